"""Spanish: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


def _verbs(ar: str, er: str) -> frozenset[str]:
    """Third-person forms of regular verbs: `afirm` (-ar) -> afirma afirman afirmó afirmaron afirmaba
    afirmado; `respond` (-er/-ir) -> responde responden respondió respondieron respondía respondido."""
    out = set()
    for stem in ar.split():
        out |= {stem + e for e in ("a", "an", "ó", "aron", "aba", "aban", "ado")}
    for stem in er.split():
        out |= {stem + e for e in ("e", "en", "ió", "ieron", "ía", "ían", "ido")}
    return frozenset(out)


PROFILE = QuoteProfile(
    code="es",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=_verbs(
        ar="""afirm declar explic asegur señal indic manifest expres subray destac apunt pregunt agreg
              recalc coment denunci critic lament resalt enfatiz anunci reiter aclar apostill zanj
              espet matiz puntualiz remarc reclam inst replic relat argument alert avis valor calific tach
              acus tuit precis sentenci desliz ironiz cuestion reprob exclam interpel apel abog mencion
              record confirm garantiz vatic pronostic reivindic inform comunic relat narr sugir""",
        er="""añad respond insist admit escrib exig promet conced""",
    ) | words("""
        dijo dice dicen dijeron decía decían dicho sostuvo sostiene sostienen advierte advirtió
        advierten recuerda recuerdan recordó reconoce reconocen reconoció concluye concluyen concluyó
        pide piden pidió inquiere inquirió confiesa confesó cuenta contó defiende defendió insta
        instó incide incidió reconocía reconocían decían sostenía advertía
    """),
    reporting_phrases=frozenset({"hace hincapié", "hizo hincapié", "ha dicho", "ha afirmado", "ha declarado",
                                 "ha asegurado", "ha señalado", "ha explicado", "ha advertido"}),
    object_reporting_verbs=words("""
        calificó califica calificado tachó tacha acusó acusa pidió pide preguntó pregunta instó insta
        interpeló
    """),
    speech_nouns=words("respuesta nota informe palabras declaraciones declaración mensaje comunicado tuit carta discurso entrevista"),
    adverbial_phrases=frozenset({"más tarde", "poco después", "por su parte", "a su vez", "una vez más", "de nuevo"}),
    as_cues=frozenset({"como"}),
    usage_participles=words("usada usado utilizada utilizado empleada empleado acuñada acuñado"),
    agent_prepositions=words("por"),
    cataphora=frozenset({"con estas palabras", "así", "así de claro", "así lo", "lo ha dicho", "así se expresó"}),
    opinion_of=words("para"),
    colon_subject=True,
    mixed_closers=True,
    cataphora_pronouns=words("lo esto eso"),
    participle_suffixes=("ando", "iendo"),
    adverb_suffixes=("mente",),
    zero_subject_gender=(("an", "p"), ("en", "p")),   # 3rd person plural: `afirman`, `dicen`, `dijeron`
    quoting_verbs=words("cita citan citó"),
    according_to=frozenset({"según", "de acuerdo con", "a juicio de", "a juicio del", "en palabras de",
                            "en palabras del"}),
    according_to_pronoun=("según {}", "a {} juicio", "en {} opinión", "para {}"),
    impersonal_reports=frozenset({"se lee", "puede leerse", "se afirma", "se señala"}),
    pro_drop=True,
    subject_after_verb=True,
    object_clitics=words("me te le les nos os se lo la"),
    auxiliaries=words("""
        ha han había habían habrá habría fue fueron es son era eran será sería está están
        también además ya luego después hoy ayer no
    """),
    adverbs=words("hoy ayer mañana luego después también además lunes martes miércoles jueves viernes sábado domingo"),
    determiners=words("""
        el la los las un una unos unas su sus este esta estos estas ese esa esos esas aquel aquella
        varios varias algunos algunas dos tres cuatro muchos muchas otro otra otros otras
    """),
    indefinite_determiners=words("un una unos unas uno varios varias algunos algunas dos tres cuatro muchos muchas otro otra"),
    clause_starters=words("quien quienes que cual cuales pero sino y e o u cuando donde como porque si mientras aunque"),
    prepositions=words("""
        con sin sobre desde durante tras para por ante hacia al en a entre hasta contra bajo según
    """),
    of_prepositions=words("de del"),
    np_prepositions=words("de del"),
    sentence_connectives=words("y pero sin embargo además"),
    intro_words=words("""
        así además también sin embargo no obstante entonces luego después hoy ayer ahora ya pues
        asimismo finalmente por otro lado en cambio incluso tal vez quizás ahí aquí allí primero
        segundo por último mientras tanto
    """),
    not_speakers=words("""
        así además también entonces luego después hoy ayer ahora ya pues asimismo finalmente incluso
        esto eso aquello lo que quien cuando donde como porque si aunque mientras se no ni y o pero
        según en con para por sobre desde tras ante hacia al del es hay
    """),
    leading_non_subjects=words("que si"),
    not_inverted_subjects=words("esto eso lo se yo nosotros"),
    noun_articles=words("un una el la los las su sus"),
    relative_pronouns=words("quien quienes cual cuales"),
    clause_relatives=words("que"),
    generic_pronouns=words("uno nadie alguien todos"),
    impersonal_pronouns=words("esto eso ello"),
    first_person_pronouns=words("yo nosotros nosotras"),
    pronoun_gender={"él": "m", "ella": "f", "ellos": "p", "ellas": "p", "yo": "s", "nosotros": "p"},
    possessive_pronouns={"su": "", "sus": ""},
    titles=words("""
        señor señora sr. sra. don doña presidente presidenta ministro ministra alcalde alcaldesa
        diputado diputada senador senadora doctor doctora general
    """),
    title_gender={"señor": "m", "señora": "f", "sr.": "m", "sra.": "f", "don": "m", "doña": "f",
                  "presidenta": "f", "ministra": "f", "ministro": "m", "alcaldesa": "f", "alcalde": "m",
                  "diputada": "f", "senadora": "f"},
    role_nouns=words("""
        portavoz ministro ministra presidente presidenta jefe jefa experto experta expertos responsable
        responsables dirigente dirigentes diputado diputada senador senadora alcalde alcaldesa candidato
        candidata periodista autor autora analista economista investigador investigadora
        investigadores científico científica médico médica profesor profesora director directora
        secretario secretaria embajador embajadora diplomático general comandante politólogo
        historiador historiadora abogado abogada juez jueza fiscal líder gobierno ministerio mando
        vocero vocera concejal concejala consejero consejera
    """),
    people_nouns=words("""
        críticos opositores partidarios manifestantes vecinos votantes testigos observadores activistas científicos investigadores médicos expertos especialistas responsables fuentes analistas autoridades usuarios internautas voluntarios organizadores asociaciones víctimas ciudadanos firmantes autores
    """),
    role_gender={"presidenta": "f", "ministra": "f", "jefa": "f", "experta": "f", "diputada": "f",
                 "senadora": "f", "alcaldesa": "f", "candidata": "f", "autora": "f", "investigadora": "f",
                 "científica": "f", "médica": "f", "profesora": "f", "directora": "f", "secretaria": "f",
                 "embajadora": "f", "historiadora": "f", "abogada": "f", "jueza": "f", "concejala": "f",
                 "consejera": "f", "vocera": "f", "ministro": "m", "presidente": "m", "alcalde": "m"},
    first_name_gender={
        **dict.fromkeys(words("""
            pedro jose josé juan carlos luis pablo miguel javier antonio manuel alejandro diego fernando
            jorge sergio santiago alberto rafael francisco jesús ángel ramón andrés enrique víctor
            íñigo alfonso mariano felipe gonzalo álvaro raúl rubén óscar
            adrián agustín alejandro amador baltasar benito césar cristóbal emilio esteban eduardo gerardo
            guillermo héctor hugo ignacio iván jaime joaquín julio lorenzo marcos mario martín mateo nicolás
            pablo rodrigo salvador samuel santos sebastián tomás vicente xavier
        """), "m"),
        **dict.fromkeys(words("""
            lucía lucia carmen laura marta ana isabel pilar cristina elena rocío teresa yolanda irene
            inés begoña cayetana cuca esperanza macarena nuria susana montserrat soraya dolores
            adriana alicia alba amparo ángela beatriz blanca catalina clara concepción consuelo elena emilia
            eva gloria inmaculada julia lidia lorena luisa manuela margarita mercedes miriam natalia noelia
            patricia raquel rosa rosario silvia sofía verónica victoria ximena
        """), "f"),
    },
    not_names=words("lea leer el los las la lo un una y o pero si no es"),
    articles_not_in_names=words("el los las la una uno un"),
    org_words=words("""
        estados unidos unión casa blanca
        partido ministerio gobierno congreso senado consejo comisión agencia banco grupo empresa
        universidad instituto fundación asociación sindicato movimiento diario periódico
    """),
    abbreviations=words("sr sra dr dra etc ee.uu uu pp"),
    title_cues=words("película libro novela serie programa canción álbum documental"),
    capitalised_span_is_name=True,
    name_cues=words("""
        titulado titulada titulados
        diario periódico semanario revista programa cadena emisora partido movimiento operación ley
        proyecto plan libro novela película serie documental canción álbum título asociación
        plataforma colectivo grupo empresa marca web red campaña lema jornada jornadas cumbre foro
        festival buque
    """),
    mentioned_words=words("él ella ellos ellas"),
    scare_markers=words("supuesto supuesta supuestos supuestas llamado llamada llamados llamadas"),
)
