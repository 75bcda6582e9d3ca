"""Polish: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


def _past(*stems: str) -> frozenset[str]:
    """Past tense: `powiedzia` -> powiedział powiedziała powiedziało powiedziały powiedziali
    (irregular plurals, `powiedzieli`, are listed by hand)."""
    return frozenset(stem + e for stem in stems for e in ("ł", "ła", "ło", "ły", "li"))


PROFILE = QuoteProfile(
    code="pl",
    quote_marks=(("„", "”"), ("„", "“"), ("«", "»"), ('"', '"')),
    reporting_verbs=_past(
        "powiedzia", "stwierdzi", "doda", "podkreśli", "zaznaczy", "oświadczy", "wyjaśni", "napisa",
        "oceni", "przekonywa", "zapewni", "przyzna", "pyta", "zapyta", "odpowiedzia", "mówi",
        "tłumaczy", "zauważy", "przypomnia", "wskaza", "poinformowa", "zapowiedzia", "zadeklarowa",
        "skomentowa", "dodawa", "podsumowa", "zakończy", "kontynuowa", "wezwa", "zaapelowa",
        "argumentowa", "twierdzi", "uważa", "ogłosi", "przekaza", "oznajmi", "relacjonowa", "przemawia",
        "zaznacza", "podkreśla", "alarmowa", "ostrzega", "zarzuci", "zarzuca", "krytykowa", "skrytykowa",
        "nazwa", "określi", "przestrzega", "apelowa", "wzywa", "deklarowa", "zdradzi", "wspomnia",
        "opowiada", "opowiedzia", "przyznawa", "opisa", "porówna", "punktowa", "donosi", "pyta", "ripostowa", "dopytywa", "tłumaczy", "wyjaśnia",
        "komentowa", "pisa", "cytowa", "stwierdza", "ocenia", "zastrzeg", "nawiąza",
        "zwróci", "zasugerowa", "sugerowa", "przyzna", "zażartowa", "ironizowa", "grzmia",
        "wypowiedzia", "wypowiada", "reagowa", "zareagowa", "pochwali", "poskarży", "skarży", "żali", "odnosi", "uzna",
        "tryumfowa", "triumfowa", "szydzi", "drwi", "kpi", "ubolewa", "nalega", "protestowa",
        "dowodzi", "wywodzi", "prawi", "rozpowiada", "poda", "odpowiada", "potępi",
    ) | words("""
        argumentuje argumentują określa określają nazywa nazywają
        powiedzieli rozpoczął rozpoczęła zaczął zaczęła ostrzegł ostrzegła odniósł odniosła
        odparł odparła odparli orzekł orzekła orzekli rzekł rzekła stwierdził stwierdziła
        mówi mówią twierdzi twierdzą uważa uważają pisze piszą podkreśla podkreślają zaznacza zaznaczają
        dodaje dodają ocenia oceniają wskazuje wskazują przekonuje przekonują zapewnia zapewniają
        przyznaje przyznają stwierdza stwierdzają informuje informują wyjaśnia wyjaśniają tłumaczy
        tłumaczą zauważa zauważają przypomina przypominają apeluje apelują wzywa wzywają ostrzega
        ostrzegają zapowiada zapowiadają deklaruje deklarują komentuje komentują relacjonuje
        podsumowuje pyta pytają odpowiada odpowiadają alarmuje alarmują przestrzega zarzuca cytuje
        cytują przytacza przytaczają czytamy donosi donoszą reaguje reagują dowodzi dowodzą prawi
        mówiąc dodając podkreślając zaznaczając twierdząc pisząc stwierdzając argumentując przekonując
        tłumacząc wyjaśniając ostrzegając apelując komentując odpowiadając zapewniając przypominając
        oceniając nazywając wskazując sugerując zauważając
    """),
    object_reporting_verbs=words("nazwał nazwała nazwali określił określiła zarzucił zarzuciła pyta zapytał zapytała"),
    speech_nouns=words("""
        raport
        słowa słowach wypowiedź wypowiedzi oświadczenie komunikat wpis tweet list przemówienie wywiad
        obietnica apel żądanie opinia ocena prognoza ostrzeżenie odpowiedź pytanie
    """),
    adverbial_phrases=frozenset({"nieco później", "chwilę później", "z kolei", "po chwili", "raz jeszcze"}),
    as_cues=frozenset({"jak"}),
    usage_participles=words("używane używana używany stosowane stosowana"),
    agent_prepositions=words("przez"),
    cataphora=frozenset({"tymi słowami", "tak", "w ten sposób", "to powiedział", "to powiedziała"}),
    opinion_of=words("dla"),
    colon_subject=True,
    phrase_needs_speech=True,
    # heads of a phrase of time opening a clause, its subject dropped: `Parę dni temu napisała`
    time_nouns=words("dzień dni tydzień tygodnie tygodni miesiąc miesiące miesięcy rok lata lat godzin temu"),
    mixed_closers=True,
    cataphora_pronouns=words("to"),
    quoting_verbs=words("cytuje cytują cytował cytowała zacytował zacytowała"),
    according_to=frozenset({"według", "zdaniem", "jak podaje", "jak pisze", "jak twierdzi", "jak mówi",
                            "jak podkreśla", "jak zaznacza", "jak informuje", "jak ocenia", "jak donosi",
                            "powołując się na", "cytując"}),
    according_to_pronoun=("{} zdaniem", "według {}", "w {} opinii", "jak {} mówi"),
    # (impersonal -no forms and `we` forms point to a document or a recording: `Na nagraniu
    # przekonywano, że „…”`, `Jak możemy przeczytać na stronie X: „…”`)
    impersonal_reports=frozenset({"czytamy w", "napisano w", "czytamy", "słyszymy", "możemy przeczytać",
                                  "można przeczytać", "możemy usłyszeć", "można usłyszeć", "podano",
                                  "napisano", "przekonywano", "stwierdzono", "twierdzono", "zaznaczono",
                                  "podkreślono", "wskazano", "ogłoszono", "zapowiedziano", "poinformowano"}),
    pro_drop=True,
    participle_suffixes=("ąc",),     # `…, mówiąc, że „…”`: reports the clause's subject
    subject_after_verb=True,
    zero_subject_gender=(("li", "p"), ("ły", "p"), ("ją", "p"), ("ła", "f"), ("ał", "m"), ("ił", "m"), ("ył", "m"), ("ął", "m"), ("ęła", "f"),
                         ("ół", "m"), ("egł", "m"), ("ogł", "m")),
    auxiliaries=words("się też także również już wcześniej później jeszcze nie był była było byli będzie"),
    # a capitalised word with these endings opening a clause is an adverb, the subject dropped:
    # `Łaskawie uznał, że „…”`
    sentence_adverb_suffixes=("awie", "liwie", "ście", "rze", "wie"),
    adverbs=words("niedawno ostatnio ponownie dalej następnie ponadto potem dziś dzisiaj wczoraj jutro wcześniej później też także również poniedziałek wtorek środa czwartek piątek sobota niedziela"),
    determiners=words("ten ta to te ci tego tej tych tym tą temu tymi jego jej ich swój swoja swoje swojego swojej swojemu swoim swoją swoich swoimi pewien pewna kilku kilka dwóch trzech wielu"),
    indefinite_determiners=words("pewien pewna pewni kilku kilka dwóch trzech wielu jeden jedna jakiś jakaś"),
    clause_starters=words("że który która które którzy oraz lub ale i a czy gdy kiedy gdzie jak bo ponieważ jeśli jeżeli choć chociaż aby żeby"),
    prepositions=words("w we na z ze do od dla po przy podczas przez u o za nad pod przed między wobec bez"),
    np_prepositions=words(""),
    sentence_connectives=words("i a ale jednak"),
    intro_words=words("""
        jednak także również też ponadto natomiast zatem więc dlatego przy tym wówczas wtedy teraz
        dziś dzisiaj wczoraj już wcześniej później najpierw potem następnie wreszcie oczywiście zresztą
        tymczasem tak otóż według zdaniem w na z do od dla po przy podczas przez u o za nad pod przed
    """),
    not_speakers=words("""
        jednak także również też ponadto natomiast zatem więc dlatego wówczas wtedy teraz dziś dzisiaj
        wczoraj już wcześniej później najpierw potem następnie wreszcie oczywiście zresztą tymczasem tak
        to ten ta te co kto gdy kiedy gdzie jak bo że czy nie się jest są był była było według zdaniem
        w na z do od dla po przy podczas przez u o za nad pod przed i a ale oraz lub
    """),
    leading_non_subjects=words("że czy"),
    not_inverted_subjects=words("to się ja my"),
    noun_articles=words("jego jej ich swoje swoja swój"),
    relative_pronouns=words("który która które którzy którego której"),
    clause_relatives=words("że"),
    generic_pronouns=words("nikt ktoś każdy wszyscy"),
    impersonal_pronouns=words("to tego"),
    first_person_pronouns=words("ja my"),
    pronoun_gender={"on": "m", "ona": "f", "oni": "p", "one": "p", "niego": "m", "niej": "f", "nich": "p",
                    "ja": "s", "my": "p"},
    possessive_pronouns={"jego": "m", "jej": "f", "ich": "p"},
    titles=words("""
        pan pani prezydent wiceprezydent premier wicepremier burmistrz minister ministra poseł posłanka
        senator senatorka prof. prof dr gen. generał marszałek prezes
    """),
    title_gender={"pan": "m", "pani": "f", "posłanka": "f", "senatorka": "f", "poseł": "m"},
    role_nouns=words("""
        rzecznik rzeczniczka minister ministra prezydent premier szef szefowa ekspert ekspertka eksperci
        analityk analitycy dziennikarz dziennikarka autor autorka polityk polityczka poseł posłanka
        senator senatorka burmistrz prezes prezeska dyrektor dyrektorka profesor lekarz lekarka
        naukowiec naukowcy badacz badaczka ambasador dyplomata generał komendant politolog historyk
        adwokat prawnik sędzia prokurator lider liderka przewodniczący przewodnicząca rząd ministerstwo
        dziennik gazeta portal tygodnik aktywistka aktywista aktor aktorka piosenkarz piosenkarka pisarz
        pisarka reżyser artysta artystka muzyk sportowiec trener ksiądz biskup
        sekretarz sekretarka wiceminister wicepremier doradca doradczyni dowódca gubernator wojewoda
        marszałek komisarz kanclerz zastępca wiceprezydent
    """),
    people_nouns=words("""
        krytycy przeciwnicy zwolennicy demonstranci mieszkańcy wyborcy świadkowie obserwatorzy aktywiści naukowcy badacze lekarze eksperci specjaliści źródła analitycy władze użytkownicy internauci wolontariusze organizatorzy ofiary obywatele
        parlamentarzyści posłowie posłanki politycy senatorowie radni ministrowie europosłowie sygnatariusze autorzy protestujący
    """),
    role_gender={"rzeczniczka": "f", "szefowa": "f", "ekspertka": "f", "dziennikarka": "f", "autorka": "f",
                 "posłanka": "f", "senatorka": "f", "prezeska": "f", "dyrektorka": "f", "lekarka": "f",
                 "badaczka": "f", "liderka": "f", "przewodnicząca": "f", "aktywistka": "f", "rzecznik": "m",
                 "szef": "m", "dziennikarz": "m", "poseł": "m", "przewodniczący": "m", "aktywista": "m",
                 "sekretarz": "m", "sekretarka": "f", "doradczyni": "f"},
    first_name_gender={
        **dict.fromkeys(words("""
            andrzej donald lech jarosław mateusz piotr krzysztof tomasz paweł michał marcin łukasz
            jakub adam jacek wojciech jerzy zbigniew ryszard grzegorz rafał robert szymon bartosz
            kamil dariusz mariusz janusz stanisław józef władysław jurek władimir siergiej
            aleksander antoni bogdan czesław edward eugeniusz henryk ireneusz kazimierz leszek marian mirosław
            roman sławomir stefan tadeusz wiesław witold zdzisław zygmunt borys dawid filip hubert igor kacper
            maciej marek mikołaj przemysław radosław sebastian tomasz wacław waldemar bronisław jan józef
            paweł piotr szymon arkadiusz artur adrian daniel
        """), "m"),
        **dict.fromkeys(words("""
            agnieszka katarzyna małgorzata joanna magdalena ewa barbara zofia anna maria beata elżbieta
            krystyna dorota monika aleksandra marta karolina justyna natalia julia greta urszula
            alicja bożena danuta grażyna halina helena irena iwona jadwiga janina jolanta kinga lidia marzena
            renata teresa wanda weronika wioletta zuzanna ilona izabela kamila klaudia paulina sylwia ewelina
            emilia hanna oliwia gabriela marianna iryna nina
        """), "f"),
    },
    not_names=words("zobacz czytaj ale i a to ten ta te jak gdy nie się"),
    org_words=words("""
        stany zjednoczone unia biały
        partia ministerstwo rząd sejm senat rada komisja agencja bank grupa spółka uniwersytet
        instytut fundacja stowarzyszenie związek ruch dziennik gazeta
    """),
    name_case_endings=("a", "owi", "em", "ie", "u", "ą", "ę", "y", "i", "ego", "emu", "iem", "om", "ów"),
    abbreviations=words("dr prof gen im ul m.in np tj tzw godz ok ds nt ws św pkt ust art"),
    title_cues=words("film książka powieść serial program piosenka album"),
    capitalised_span_is_name=True,
    name_cues=words("""
        zatytułowany zatytułowana zatytułowane tytułem
        dziennik dziennika gazeta gazety tygodnik tygodnika miesięcznik portal portalu serwis stacja
        stacji telewizja program programu audycja partia partii ruch ruchu operacja operacji ustawa
        ustawy projekt projektu plan planu książka książki powieść film filmu serial piosenka album
        tytuł fundacja fundacji stowarzyszenie grupa grupy spółka firma marka strona aplikacja
        kampania kampanii hasło akcja akcji inicjatywa szczyt festiwal statek okręt krążownik
        polityki polityka strategia strategii
    """),
    mentioned_words=words("on ona oni"),
    scare_markers=words("tzw. tzw rzekomy rzekoma rzekome rzekomych tak zwany tak zwana"),
)
