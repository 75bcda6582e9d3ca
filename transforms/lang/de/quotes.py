"""German: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


def _weak(*stems: str) -> frozenset[str]:
    """Present, past and participle of weak verbs: `sag` -> sagt sagen sagte sagten gesagt."""
    out = set()
    for stem in stems:
        # an `e` before the ending after t, d, or a consonant and n: antwortet, bezeichnet (not warnt,
        # nor mahnt, whose h only lengthens the vowel)
        # (`ch` is a consonant: bezeichnet)
        e = "e" if stem[-1] in "td" or (stem[-1] in "nm" and (stem[-2] not in "aeiouäöülrh" or stem[-3:-1] == "ch")) else ""
        out |= {stem + e + "t", stem + e + "te", stem + e + "ten",
                stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")}
        # (a participle with ge- for verbs without an unstressed prefix or -ieren; `gemeint ist`
        # explains, it reports nobody)
        if not stem.startswith(("be", "er", "ver", "ent", "zer", "ge", "mein")) and not stem.endswith("ier"):
            out.add("ge" + stem + e + "t")
    return frozenset(out)


PROFILE = QuoteProfile(
    code="de",
    quote_marks=(("„", "“"), ("»", "«"), ("‚", "‘"), ('"', '"')),
    reporting_verbs=_weak(
        "sag", "erklär", "beton", "mein", "ergänz", "frag", "warn", "kritisier", "behaupt", "forder",
        "bekräftig", "versicher", "bestätig", "antwort", "erläuter", "twitter", "kommentier", "verkünd",
        "mahn", "appellier", "dräng", "verlang", "beklag", "bemängel", "bericht", "erzähl", "schilder",
        "zitier", "argumentier", "konstatier", "resümier", "prognostizier", "bilanzier", "beteuer",
        "entgegn", "erwider", "klag", "schimpf", "spott", "lob", "läster", "ätz", "stichel", "witzel", "bezeichn", "formulier", "präzisier",
        "protestier", "insistier", "urteil", "folger", "äußer", "bekenn", "bedauer", "beschwör", "post",
        "dekretier", "philosophier", "polemisier", "predig", "verkünd", "wünsch", "bekund", "orakel",
        "skandier", "prophezei", "resümier", "ermahn", "entschuldig", "monier", "beschwer",
    ) | words("""
        schreibt schreiben schrieb schrieben geschrieben spricht sprechen sprach sprachen gesprochen
        unterstrich unterstreicht unterstrichen nennt nannte nannten genannt rief riefen gerufen
        fügte fügt fügten teilte teilt teilten räumte räumt kündigte kündigt stellte stellt zeigte zeigt
        verweist verwies verwiesen empfiehlt empfahl empfohlen
    """),
    reporting_phrases=frozenset({
        "fügte hinzu", "fügt hinzu", "teilte mit", "teilt mit", "räumte ein", "kündigte an", "stellte klar",
        "hat gesagt", "hat erklärt", "gab zu", "gibt zu", "wies hin", "weist hin", "hob hervor",
        "hebt hervor", "zeigte sich", "zeigt sich", "machte deutlich", "macht deutlich", "stellte fest", "stellt fest",
        # `„…“, freut sich X`: a feeling voiced in the quotation
        "freut sich", "freute sich", "ärgert sich", "ärgerte sich", "wundert sich", "wunderte sich",
        "empört sich", "empörte sich"}),
    object_reporting_verbs=words("fragt fragte fragten nennt nannte nannten genannt bezeichnet bezeichnete bezeichneten"),
    speech_nouns=words("""
        begründung bericht
        worte worten aussage aussagen äußerung äußerungen erklärung erklärungen mitteilung warnung forderung
        kritik antwort interview rede appell brief tweet post botschaft stellungnahme zitat
    """),
    adverbial_phrases=frozenset({"kurz darauf", "wenig später", "kurz danach", "einmal mehr", "ihrerseits", "seinerseits"}),
    as_cues=frozenset({"wie"}),
    object_clitics=words("sich mir mich dir dich uns euch ihm ihnen"),
    usage_participles=words("benutzt verwendet gebraucht geprägt"),
    agent_prepositions=words("von vom"),
    cataphora=frozenset({"mit diesen worten", "so", "das sagte", "dies sagte", "so äußerte sich"}),
    opinion_of=words("für"),
    colon_subject=True,
    mixed_closers=True,
    reported_mood=words("""
        sei seien habe werde könne müsse solle dürfe wolle möge gebe gehe stehe liege falle komme bleibe
        brauche wisse lasse mache sehe zeige führe stelle
    """),
    cataphora_pronouns=words("das dies"),
    quoting_verbs=words("zitiert zitierte zitieren zitierten"),
    according_to=frozenset({"laut", "nach angaben", "unter berufung auf", "zitiert nach"}),
    according_to_after=frozenset({"zufolge"}),
    according_to_pronoun=("{} worten zufolge", "{} angaben zufolge", "nach {} worten", "nach {} angaben",
                          "{} zufolge"),
    impersonal_reports=frozenset({"heißt es", "hieß es"}),
    after_quote_cues=frozenset({"so"}),
    verb_particles=words("hinzu an ein mit fort fest klar zu hervor hin darauf"),
    auxiliaries=words("""
        hat hatte haben hatten ist war sind waren wird wurde werden wurden habe sei seien hätte hätten
        auch zudem außerdem noch bereits schon nun jetzt dann später erneut wieder zuvor damals gestern
        heute ebenfalls zuletzt jedoch aber allerdings denn ausdrücklich deutlich bislang offenbar
    """),
    adverbs=words("""
        heute gestern morgen zuvor später dann nun jetzt damals bereits schon auch zudem erneut wieder denn
        montag dienstag mittwoch donnerstag freitag samstag sonntag
    """),
    determiners=words("""
        der die das den dem des ein eine einer einem einen eines sein seine seiner seinem seinen ihr ihre
        ihrer ihrem ihren dieser diese dieses diesem diesen jener jene mehrere viele einige zwei drei vier
    """),
    indefinite_determiners=words("ein eine einer einem einen eines mehrere viele einige zwei drei vier"),
    clause_starters=words("""
        wer der die das und oder aber sondern dass weil wenn als ob wie während nachdem bevor damit
        denn doch sowie zu
    """),
    prepositions=words("""
        am im vom zum zur beim ins bei nach seit gegen über unter vor während wegen gegenüber aus auf mit
        in an für um durch ohne bis zu von laut trotz
    """),
    of_prepositions=words("von des"),
    np_prepositions=words("der von des"),
    sentence_connectives=words("und aber doch denn sondern"),
    intro_words=words("""
        dafür darin dabei damit danach dazu daher deshalb deswegen dennoch trotzdem jedoch allerdings
        immerhin inzwischen mittlerweile zudem außerdem auch so dann nun jetzt heute gestern bereits
        schon noch zuvor später weiter ebenso gleichzeitig zugleich anschließend zuletzt schließlich
        also ergo demnach folglich natürlich offenbar tatsächlich vielleicht wahrscheinlich zunächst
        erstens zweitens einerseits andererseits hier dort kürzlich neulich damals unterdessen diesmal
        nichtsdestotrotz gleichwohl indes indessen freilich ferner überdies hingegen wiederum stattdessen
        jedenfalls abschließend nochmals
    """),
    not_speakers=words("""
        dafür darin dabei damit danach dazu daher deshalb deswegen dennoch trotzdem jedoch allerdings
        immerhin inzwischen mittlerweile zudem außerdem auch so dann nun jetzt heute gestern bereits
        schon noch zuvor später weiter ebenso gleichzeitig zugleich anschließend zuletzt schließlich
        also ergo demnach folglich natürlich offenbar tatsächlich vielleicht wahrscheinlich zunächst
        es das dies diese dieser dieses was wer wie wo warum wann man nur denn doch aber und oder
        laut nach bei mit für von vor während wegen seit ob als wenn weil dass
        konkret wörtlich zitat fazit kurzum sprich nämlich beispielsweise
    """),
    leading_non_subjects=words("dass ob wie"),
    not_inverted_subjects=words("es das dies man ich wir"),
    relative_pronouns=words("der die welcher welche"),
    clause_relatives=words("dass"),
    generic_pronouns=words("man jeder jemand niemand alle"),
    impersonal_pronouns=words("es das dies"),
    first_person_pronouns=words("ich wir"),
    pronoun_gender={"er": "m", "sie": "f", "ich": "s", "wir": "p"},
    possessive_pronouns={"sein": "m", "seine": "m", "seiner": "m", "seinem": "m", "seinen": "m",
                         "seines": "m", "ihr": "", "ihre": "", "ihrer": "", "ihrem": "",
                         "ihren": "", "ihres": ""},
    titles=words("""
        herr frau dr dr. prof prof. präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin
        ministerpräsident ministerpräsidentin minister ministerin bundeskanzler bundeskanzlerin
        bundespräsident bundespräsidentin senator senatorin abgeordneter abgeordnete
    """),
    title_gender={"herr": "m", "frau": "f", "präsidentin": "f", "präsident": "m", "kanzlerin": "f",
                  "kanzler": "m", "ministerin": "f", "minister": "m", "bürgermeisterin": "f",
                  "bürgermeister": "m", "bundeskanzler": "m", "bundeskanzlerin": "f"},
    role_nouns=words("""
        sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin chef chefin
        experte expertin politiker politikerin abgeordneter abgeordnete vorsitzende vorsitzender
        direktor direktorin leiter leiterin journalist journalistin autor autorin analyst analystin
        forscher forscherin wissenschaftler wissenschaftlerin professor professorin arzt ärztin
        bürgermeister bürgermeisterin botschafter botschafterin kommissar kommissarin beamter beamtin
        vertreter vertreterin historiker historikerin ökonom ökonomin sänger sängerin trainer trainerin
        regierungssprecher kremlchef kremlsprecher bundeskanzler bundeskanzlerin diplomat diplomatin
        papst bischof erzbischof patriarch kardinal pfarrer priester sänger schauspieler schauspielerin
        ministerium regierung behörde verband partei gewerkschaft unternehmen konzern
    """),
    people_nouns=words("""
        kritiker kritikerin gegner befürworter demonstranten anwohner wähler zeugen beobachter aktivisten wissenschaftler forscher ärzte experten expertinnen analysten quellen kreise behörden nutzer kommentatoren helfer freiwillige täter opfer bürger einwohner menschen leute umweltschützer umweltverbände organisationen unterzeichner autoren
    """),
    role_gender={"sprecherin": "f", "sprecher": "m", "ministerin": "f", "minister": "m",
                 "präsidentin": "f", "präsident": "m", "kanzlerin": "f", "kanzler": "m", "chefin": "f",
                 "chef": "m", "expertin": "f", "experte": "m", "journalistin": "f", "journalist": "m",
                 "autorin": "f", "autor": "m", "ärztin": "f", "arzt": "m", "professorin": "f",
                 "professor": "m", "politikerin": "f", "politiker": "m"},
    # Compound roles, capitalised like names: `Projektleiterin Anna Becker`, `Regierungssprecher Steffen …`.
    # Only a word that is not the last of a name run is read as a role, so a surname such as
    # `Meister` stays a name.
    role_suffixes=(
        "leiter", "leiterin", "sprecher", "sprecherin", "chef", "chefin", "minister", "ministerin",
        "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
        "meister", "meisterin", "experte", "expertin", "forscher", "forscherin", "politiker",
        "politikerin", "kanzler", "kanzlerin", "manager", "managerin", "trainer", "trainerin",
        "beauftragte", "beauftragter", "führer", "führerin", "berater", "beraterin", "journalist",
        "journalistin", "korrespondent", "korrespondentin", "wissenschaftler", "wissenschaftlerin",
        "analyst", "analystin", "historiker", "historikerin", "referent", "referentin", "kommissar",
        "kommissarin", "abgeordnete", "abgeordneter", "senator", "senatorin", "ökonom", "ökonomin",
        "ministerium", "regierung", "behörde", "verband", "kommission",
        "sekretär", "sekretärin", "spezialist", "spezialistin", "botschafter", "botschafterin",
        "admiral", "loge", "login", "sprecherin", "aktivist", "aktivistin",
        "-jährige", "-jähriger", "-jährigen",    # `der 52-Jährige`: a person by age
    ),
    first_name_gender={
        **dict.fromkeys(words("""
            hans klaus jürgen wolfgang stefan thomas markus lukas jan jonas felix florian christian
            michael andreas peter frank uwe dieter horst helmut gerhard günter karl heinz werner walter
            manfred bernd ralf rolf martin matthias sebastian tobias alexander daniel david tim tom
            philipp robert robin moritz maximilian max paul leon ben elias finn noah olaf friedrich
            armin markus karl-heinz hans-jürgen wladimir dmitrij sergej gerd udo ingo claus volker
            franz josef georg heinrich hermann otto fritz ernst kurt erich rudolf ludwig wilhelm willi günther
            günter helmut joachim jochen johannes johann konrad lothar norbert reinhard siegfried ulrich rainer
            dirk jens lars nils sven torsten holger kai timo niklas lukas leon luca simon anton emil karl-heinz
            christoph bernhard hubert alois sepp toni gregor björn malte hendrik henrik kevin marcel dennis
            patrick sascha mario marco markus stephan steffen olaf cem robert till helge gerd egon winfried
            franziskus benedikt
        """), "m"),
        **dict.fromkeys(words("""
            petra sabine katrin andrea monika claudia susanne angela ursula annalena ricarda franziska
            julia anna lena laura lisa sarah katharina christine christina martina birgit heike karin
            gabriele renate ingrid brigitte ute nicole stefanie melanie nina sophie marie maria johanna
            annette maike valeska orietta natascha saskia svenja alice anke kerstin elke dagmar
            ilse gisela helga hildegard ingrid inge ursula waltraud gertrud erika elke anja bettina carola
            christiane cornelia doris eva frauke gabi hanna hannah heidi ines iris jana jutta kathrin katja
            kirsten lea lina luisa marlene miriam nadine nele paula petra regina rita sandra silke simone
            sonja stefanie tanja ulrike vanessa vera verena yvonne zoe sahra svenja luise beatrix dorothee
            giorgia ricarda malu manuela judith irene barbara michaela alexandra
        """), "f"),
    },
    not_names=words("""
        lesen mehr
        der die das ein eine und aber auch so nur wie was wer wo wann warum es er sie wir ich ihr man
        herr frau montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april
        mai juni juli august september oktober november dezember
    """),
    articles_not_in_names=words("der die das den dem des ein eine"),
    # `von der Leyen` keeps its articles, but after a name they start the verb's object:
    # `sagte Thomas Mertens den Zeitungen`; `des` only ever opens a genitive.
    case_articles=words("der den dem des das die"),
    # after a verb these open its recipient, never its subject: `sagte dem Sender`, `den Zeitungen`,
    # `der` before a feminine noun (`sagte der Nachrichtenagentur AFP, …`)
    oblique_articles={"dem": (), "den": (), "des": (),
                      "der": ("ung", "agentur", "heit", "keit", "schaft", "ion", "tät", "ei")},
    genitive_articles=words("des"),
    org_words=words("""
        staaten vereinigte weiße
        zeitung sender verlag partei verband ministerium regierung amt behörde institut universität
        gmbh ag bank konzern gruppe union bund stiftung verein agentur rundfunk fernsehen magazin
    """),
    nouns_capitalised=True,
    name_articles=words("dem des vom beim zum im"),
    verb_second=True,
    name_case_endings=("s",),
    genitive_name_endings=("s", "'", "’"),
    abbreviations=words("dr prof bzw ca etc evtl ggf inkl usw vgl z.b u.a d.h s. st nr abs"),
    name_cues=words("""
        titel betitelt
        zeitung tageszeitung wochenzeitung magazin nachrichtenmagazin sender fernsehsender radiosender
        sendung programm partei bündnis bewegung gruppe gruppen organisation operation gesetz gesetzes
        projekt plattform portal verein initiative kampagne motto slogan roman buch film serie titel
        überschrift aktion mission firma konzern unternehmen app dokumentation studie bericht
        nachrichtenagentur agentur blatt tv rubrik kolumne schiff
    """),
    mentioned_words=words("er sie es ihn ihm"),
    scare_markers=words("sogenannte sogenannten sogenannter sogenanntes so-genannte"),
)
