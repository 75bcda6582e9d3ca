"""Italian: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


def _are(*stems: str) -> frozenset[str]:
    """Forms of -are verbs a reporter uses: `dichiar` -> dichiara dichiarano dichiarato dichiarò dichiarava,
    and the infinitive with a clitic after a modal (`ha voluto ribadirlo`, `ha tenuto a precisarlo`)."""
    return frozenset(stem + e for stem in stems
                     for e in ("a", "ano", "ato", "ata", "ò", "arono", "ava", "avano", "arlo", "arla"))


PROFILE = QuoteProfile(
    code="it",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=_are(
        "dichiar", "afferm", "spieg", "sottoline", "osserv", "precis", "comment", "annunci", "ricord",
        "denunci", "lament", "raccont", "replic", "conferm", "assicur", "esort",
        "invoc", "evoc", "auspic", "puntualizz", "attacc", "accus", "critic", "twitt", "scand", "tuon", "incalz",
        "continu", "segnal", "not", "avvis", "evidenzi", "rilev", "ribatt", "argoment", "esclam",
        "ammon", "sentenzi", "rimarc", "incalz", "domand", "interrog", "cit", "ironizz",
        "sbott", "chios", "minacci", "elogi", "profetizz", "pronostic", "parl", "riport",
        "giur", "narr", "dubit", "martell", "svel", "inneggi",
    ) | words("""
        rivelato rivela rivelano rivelò strillato urlato gridato
        detto dice dicono disse dissero diceva dicevano aggiunge aggiungono aggiunto aggiunse
        sostiene sostengono sostenuto sostenne ribadisce ribadito ribadì avverte avvertito avvertì
        chiede chiedono chiesto chiese scrive scrivono scritto scrisse risponde rispondono risposto
        rispose conclude concluso concluse insiste insistito ammette ammesso ammise riferisce
        riferito riferì chiarisce chiarito chiarì definisce definito definì prosegue proseguito
        proseguì garantisce garantito
        suggerisce suggerito suggerì suggeriscono scandisce scandito scandì
        dirlo ribadirlo scriverlo ammetterlo chiarirlo
        esprime esprimono espresso espressa espresse
    """),
    reporting_phrases=frozenset({"fa sapere", "ha fatto sapere", "fatto sapere", "reso noto", "rende noto", "ha reso noto", "mette in guardia", "ha messo in guardia",
                                 "ha detto", "ha dichiarato", "ha affermato", "ha aggiunto", "ha spiegato",
                                 "ha sottolineato", "ha sostenuto", "ha precisato", "ha scritto",
                                 "ha ribadito", "ha commentato"}),
    object_reporting_verbs=words("""
        definisce definito definì chiede chiesto chiese accusa accusato esorta esortato
        definendolo definendola definendoli definendole definita definiti definite
    """),
    speech_nouns=words("risposta nota appello relazione rapporto post parole dichiarazioni dichiarazione messaggio comunicato tweet lettera discorso intervista articolo editoriale documento"),
    adverbial_phrases=frozenset({"poco dopo", "più tardi", "poco più tardi", "a sua volta", "dal canto suo", "da parte sua", "ancora una volta", "di nuovo"}),
    as_cues=frozenset({"come"}),
    usage_participles=words("usata usato utilizzata utilizzato coniata coniato"),
    agent_prepositions=words("da dal dalla dai dagli"),
    cataphora=frozenset({"con queste parole", "così", "lo ha detto", "lo ha dichiarato", "lo ha affermato", "lo ha spiegato"}),
    opinion_of=words("per"),
    colon_subject=True,
    phrase_needs_speech=True,
    cleft_copulas=frozenset({"è stato", "è stata", "sono stati", "sono state", "era stato", "era stata",
                             "è lui", "è lei"}),
    cleft_links=words("a ad"),
    # heads of a phrase of time opening a clause, its subject dropped: `Due giorni fa aveva scritto`
    time_nouns=words("giorno giorni settimana settimane mese mesi anno anni ore fa epoca all’epoca all'epoca tempo"),
    agreeing_participle_endings=("ata", "ate", "ati"),
    mixed_closers=True,
    cataphora_pronouns=words("lo ciò questo"),
    participle_suffixes=("ando", "endo"),
    adverb_suffixes=("mente",),
    zero_subject_gender=(("ano", "p"), ("ono", "p"), ("ero", "p")),   # `affermano`, `dicono`, `dissero`
    quoting_verbs=words("cita citano citava"),
    according_to=frozenset({"secondo", "a detta di", "stando a",
                             # the preposition fused with the article: `stando al giurista X`
                             "a detta del", "a detta della", "a detta dei", "stando al", "stando alla",
                             "stando allo", "stando ai", "stando agli", "stando all'", "stando all’"}),
    according_to_pronoun=("secondo {}", "a {} dire", "a {} avviso", "a {} parere", "per {}"),
    impersonal_reports=frozenset({"si legge", "è scritto", "si afferma", "si sottolinea", "si precisa", "si spiega",
                                  "si aggiunge", "si evidenzia"}),
    pro_drop=True,
    subject_after_verb=True,
    object_clitics=words("mi ti gli le ci vi si lo la"),
    auxiliaries=words("""
        ha hanno aveva avevano avrebbe è sono era erano sarà sarebbe sta stanno anche inoltre poi già
        ancora ieri oggi non pure invece quindi infatti subito
        voluto tenuto potuto dovuto vuole voleva volle
    """),
    adverbs=words("più volte spesso sempre mai subito oggi ieri domani poi inoltre anche già quasi persino perfino addirittura infine lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    determiners=words("""
        il lo la i gli le l' l’ un uno una un' un’ suo sua suoi sue loro questo questa questi queste
        quel quello quella quei quegli quelle alcuni alcune diversi diverse due tre quattro molti molte
    """),
    indefinite_determiners=words("un uno una un' un’ alcuni alcune diversi diverse due tre quattro molti molte"),
    clause_starters=words("che ed ma e o cui quando dove come perché se mentre anche però quindi"),
    prepositions=words("""
        alla ai nel nella nei con sul sulla per tra fra dopo prima in a da su senza contro verso
        presso durante secondo al allo agli alle dal dalla dai dagli dalle negli nelle sui sugli sulle
    """),
    of_prepositions=words("di del della dei degli delle dello dell' dell’ d' d’"),
    np_prepositions=words("di del della dei degli delle dello dell' dell’ d' d’"),
    sentence_connectives=words("e ma però quindi"),
    intro_words=words("""
        così inoltre tuttavia però quindi poi infatti intanto dunque oggi ieri ora già anche ancora
        invece insomma peraltro comunque finora nel frattempo dopo prima secondo in per con su da
        lunedì martedì mercoledì giovedì venerdì sabato domenica
    """),
    not_speakers=words("""
        così inoltre tuttavia però quindi poi infatti intanto dunque oggi ieri ora già anche ancora
        invece insomma peraltro comunque finora questo questa ciò quello che chi cui quando dove come
        perché se mentre si non né e o ma secondo in per con su da tra fra è c'è ci sono
    """),
    leading_non_subjects=words("che se"),
    not_inverted_subjects=words("questo ciò si io noi"),
    noun_articles=words("un uno una il lo la le i gli suo sua suoi sue"),
    relative_pronouns=words("che quale quali cui"),
    clause_relatives=words("che"),
    generic_pronouns=words("chiunque nessuno qualcuno tutti"),
    impersonal_pronouns=words("ciò questo esso"),
    first_person_pronouns=words("io noi"),
    pronoun_gender={"lui": "m", "lei": "f", "loro": "p", "egli": "m", "ella": "f", "io": "s", "noi": "p"},
    possessive_pronouns={"suo": "", "sua": "", "suoi": "", "sue": ""},
    titles=words("""
        signor signore signora sig. sig.ra dott. dottor dottore dottoressa prof. professore professoressa
        presidente ministro ministra sindaco sindaca onorevole on. senatore senatrice deputato deputata
        generale avvocato
    """),
    title_gender={"signor": "m", "signore": "m", "signora": "f", "sig.": "m", "sig.ra": "f", "dottoressa": "f",
                  "professoressa": "f", "ministra": "f", "ministro": "m", "sindaca": "f", "sindaco": "m",
                  "senatrice": "f", "deputata": "f"},
    role_nouns=words("""
        portavoce ministro ministra presidente presidentessa capo esperto esperta esperti responsabile
        responsabili dirigente dirigenti deputato deputata senatore senatrice sindaco sindaca candidato
        candidata giornalista autore autrice analista economista ricercatore ricercatrice ricercatori
        scienziato scienziata medico professore professoressa direttore direttrice segretario
        segretaria ambasciatore ambasciatrice diplomatico generale comandante politologo storico
        storica avvocato avvocata giudice procuratore leader governo ministero premier finanziere
        epidemiologo virologo immunologo commissario commissaria assessore assessora consigliere
    """),
    people_nouns=words("""
        critici oppositori sostenitori manifestanti residenti elettori testimoni osservatori attivisti scienziati ricercatori medici esperti specialisti responsabili fonti analisti autorità utenti volontari organizzatori associazioni vittime cittadini sindacati firmatari promotori autori dimostranti contestatori
    """),
    role_gender={"ministra": "f", "presidentessa": "f", "esperta": "f", "deputata": "f", "senatrice": "f",
                 "sindaca": "f", "candidata": "f", "autrice": "f", "ricercatrice": "f", "scienziata": "f",
                 "professoressa": "f", "direttrice": "f", "segretaria": "f", "ambasciatrice": "f",
                 "storica": "f", "avvocata": "f", "commissaria": "f", "assessora": "f", "ministro": "m",
                 "sindaco": "m", "direttore": "m", "finanziere": "m"},
    first_name_gender={
        **dict.fromkeys(words("""
            matteo giuseppe silvio mario marco luca giovanni francesco alessandro lorenzo paolo roberto
            stefano andrea antonio luigi carlo enrico massimo fabio gianluca davide simone riccardo
            federico claudio sergio vincenzo raffaele nicola guido maurizio walter romano beppe
            gianni alberto pietro salvatore domenico ignazio nino cesare vittorio
            adriano alessio angelo arturo bruno carmine corrado dario edoardo emanuele enzo ettore fabrizio
            filippo flavio franco gabriele giacomo gino giorgio giulio leonardo lucio manuel mattia michele
            nicolò ottavio piero renato renzo riccardo rocco sandro tommaso umberto valerio vito maurizio
            raffaele carlo
        """), "m"),
        **dict.fromkeys(words("""
            giulia francesca chiara paola federica alessandra giorgia elly maria laura sara valentina
            elena silvia anna marta simona cristina roberta daniela barbara lucia mara mariastella
            marta ilaria beatrice licia teresa
            alessia angela antonella arianna carla carolina caterina claudia donatella elisa emma erika
            franca gabriella giovanna grazia isabella letizia lorena luisa marina marisa michela monica
            nadia paola patrizia rita rosa sabrina serena sofia stefania tiziana vittoria
        """), "f"),
    },
    not_names=words("leggi guarda il gli la le lo i un una e o ma se non è"),
    articles_not_in_names=words("il lo gli la le i uno una un"),
    org_words=words("""
        stati uniti unione europa casa bianca
        partito ministero governo camera senato consiglio commissione agenzia banca gruppo società
        università istituto fondazione associazione sindacato movimento quotidiano giornale
    """),
    abbreviations=words("sig sig.ra dott prof on ecc avv ing"),
    title_cues=words("film libro romanzo serie programma canzone album documentario"),
    capitalised_span_is_name=True,
    name_cues=words("""
        intitolato intitolata intitolati
        quotidiano giornale settimanale rivista programma trasmissione rete canale emittente radio
        partito movimento operazione legge decreto progetto piano libro romanzo film serie documentario
        canzone album titolo associazione piattaforma gruppo società azienda banca marchio sito app
        campagna slogan motto iniziativa vertice forum festival nave
    """),
    mentioned_words=words("lui lei loro"),
    scare_markers=words("cosiddetto cosiddetta cosiddetti cosiddette presunto presunta presunti presunte"),
)
