"""Vocabulary for `transforms.quotes`: quotation marks, reporting verbs, pronouns, titles.

Plain data, no logic, so that adding a language or a verb is a one-line change and
the extractor's code never spells out a word. Every set holds lower-case forms;
multi-word entries use single spaces.
"""
from __future__ import annotations

__all__ = [
    "OPENER_CLOSERS", "DOUBLE_MARKS", "ELISIONS",
    "REPORTING_VERBS", "REPORTING_PHRASES", "SPEECH_NOUNS", "ACCORDING_TO",
    "AUXILIARIES", "ADVERBS", "PREPOSITIONS", "DETERMINERS", "INDEFINITE_DETERMINERS", "CLAUSE_STARTERS",
    "PRONOUN_GENDER", "RELATIVE_PRONOUNS", "TITLES", "TITLE_GENDER", "ROLE_NOUNS", "ROLE_GENDER",
    "FIRST_NAME_GENDER", "NOT_NAMES", "NAME_PARTICLES", "ORG_WORDS", "TITLE_CUES", "TITLE_SMALL_WORDS",
    "NOT_SPEAKERS", "OBJECT_REPORTING_VERBS", "ARTICLES_NOT_IN_NAMES", "PRO_DROP_VERBS", "CASE_ARTICLES", "GENITIVE_ARTICLES", "AFTER_QUOTE_CUES", "ROLE_SUFFIXES",
    "VERB_PARTICLES", "INVERTED_PRONOUN_RE", "ZERO_SUBJECT_GENDER",
]

# ---------------------------------------------------------------- quotation marks
# Which closing marks may end a quotation opened with a given mark. Sloppy pairs seen
# in real text are allowed (“…“, „…”); the scanner uses flanking to tell them apart.
OPENER_CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“"),        # English “…”; sloppy “…“
    "„": ("“", "”"),        # German „…“, Polish/Romanian „…”
    "«": ("»",),            # French, Russian, Spanish, Italian
    "»": ("«",),            # German/Danish »…«
    "‹": ("›",),
    "›": ("‹",),
    "「": ("」",),
    "『": ("』",),
    "‘": ("’", "‘"),        # English ‘…’
    "‚": ("‘", "’"),        # German ‚…‘
    '"': ('"',),
    "'": ("'", "’"),
    "``": ("''", '"', "”"),  # TimeBank / LaTeX ``…''
    # '' never opens: as an opener it is ambiguous ASCII (inches, seconds, a stray closer),
    # so the NYT archive's ''…'' is deliberately not read as a quotation.
    "”": ("”",),            # Swedish/Finnish ”…” (only when it clearly opens)
}

# Marks of the double family (the single ones double as apostrophes).
DOUBLE_MARKS = frozenset('"“”„«»‹›「」『』') | {"``", "''"}

# Words that start with an apostrophe: 'em, 'cause, '90s ... never open a quotation.
ELISIONS = frozenset({"em", "cause", "til", "till", "tis", "twas", "n", "bout", "s", "round", "nuff", "ere"})

# ---------------------------------------------------------------- reporting verbs
# Finite and participle forms; the extractor matches whole words, case-insensitively.
_EN_VERBS = """
say says said saying tell tells told telling add adds added adding state states stated
declare declares declared explain explains explained write writes wrote written writing
tweet tweets tweeted tweeting post posts posted ask asks asked asking continue continues continued
note notes noted insist insists insisted argue argues argued claim claims claimed warn warns warned
recall recalls recalled reply replies replied respond responds responded answer answers answered
acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
announce announces announced suggest suggests suggested observe observes observed remark remarks
remarked comment comments commented joke jokes joked quip quips quipped pledge pledges pledged
promise promises promised vow vows vowed confirm confirms confirmed emphasize emphasizes emphasized
emphasise emphasises emphasised stress stresses stressed complain complains complained charge charges
charged contend contends contended maintain maintains maintained predict predicts predicted
urge urges urged shout shouts shouted yell yells yelled cry cries cried scream screamed whisper
whispered boast boasts boasted brag brags bragged lament laments lamented muse mused report reports
reported describe describes described describing call calls called calling dub dubs dubbed label labels
labeled labelled brand brands branded term termed share shares shared reiterate reiterates reiterated
repeat repeats repeated counter counters countered retort retorted snap snapped conclude concludes
concluded opine opined testify testifies testified allege alleges alleged assert asserts asserted
agree agrees agreed accuse accuses accused blast blasts blasted slam slams slammed praise praises
praised thunder thundered assure assures assured sing sings sang read reads rule rules ruled
mock mocks mocked chant chants chanted exclaim exclaimed proclaim proclaims proclaimed
announce insist interject interjected interrupt interrupted begin began begins point pointed
recount recounts recounted reflect reflected reflects caution cautions cautioned advise advised
demand demands demanded tout touts touted hail hails hailed decry decries decried deride derided
dismiss dismissed criticize criticized criticised condemn condemned deny denies denied
admonish admonished acknowledge vow wonder wonders wondered quote quotes quoted message messaged
text texted email emailed e-mail e-mailed sign signed
"""
_DE_VERBS = """
sagt sagte sagten gesagt sagen erklärt erklärte erklärten betont betonte betonten meint meinte
fügte fügt hinzu ergänzt ergänzte fragt fragte fragten schreibt schrieb warnt warnte kritisiert
kritisierte behauptet behauptete so betonen erklären sagen zeigte zeigt teilte teilt mit sprach spricht
bekräftigte bekräftigt versicherte versichert räumte ein kündigte an forderte fordert
unterstrich unterstreicht stellte klar bestätigte bestätigt antwortete antwortet erläuterte erläutert
"""
_FR_VERBS = """
dit dire disait déclaré déclare déclarait affirmé affirme affirmait ajouté ajoute expliqué explique
souligné souligne estimé estime indiqué indique précisé précise assuré assure écrit écrivait
confié confie lancé lance martelé martèle insisté insiste répondu répond averti avertit
demandé demande reconnu reconnaît dénoncé dénonce rappelé rappelle annoncé annonce poursuivi poursuit
"""
_ES_VERBS = """
dijo dice decía declaró declara afirmó afirma añadió añade agregó agrega explicó explica
aseguró asegura señaló señala indicó indica sostuvo sostiene advirtió advierte manifestó
expresó subrayó destacó destaca apuntó apunta escribió preguntó pregunta respondió responde
"""
_IT_VERBS = """
detto dice disse dichiarato dichiara affermato afferma aggiunto aggiunge spiegato spiega
sottolineato sottolinea ha sostenuto sostiene osservato osserva precisato precisa scritto scrive
ribadito ribadisce commentato commenta annunciato annuncia avvertito avverte chiesto chiede
"""
_RU_VERBS = """
сказал сказала сказали говорит говорил говорила говорят заявил заявила заявили заявляет
отметил отметила отметили подчеркнул подчеркнула подчеркнули добавил добавила добавили
пояснил пояснила пояснили сообщил сообщила сообщили считает написал написала написали
признал признала заметил заметила указал указала уточнил уточнила рассказал рассказала
ответил ответила спросил спросила объяснил объяснила предупредил предупредила
"""
_PL_VERBS = """
powiedział powiedziała powiedzieli mówi mówił mówiła stwierdził stwierdziła dodał dodała
podkreślił podkreśliła zaznaczył zaznaczyła oświadczył oświadczyła wyjaśnił wyjaśniła
napisał napisała ocenił oceniła przekonywał przekonywała zapewnił zapewniła
przyznał przyznała pytał pytała zapytał zapytała odpowiedział odpowiedziała uważa
"""
REPORTING_VERBS: frozenset[str] = frozenset(
    w for block in (_EN_VERBS, _DE_VERBS, _FR_VERBS, _ES_VERBS, _IT_VERBS, _RU_VERBS, _PL_VERBS)
    for w in block.split()
    # words that are also ordinary nouns/particles in their language and too ambiguous alone
    if w not in {"so", "hinzu", "mit", "ein", "an", "klar", "ha", "post", "posts", "read", "reads",
                 "sign", "text", "quote", "message", "point", "rule", "rules", "call", "report", "state",
                 "states", "counter", "term", "charge", "charges", "share", "shares", "begin", "cry",
                 "blast", "brand", "label", "dub", "praise", "claim", "comment", "comments", "answer",
                 "warn", "remark", "remarks", "pledge", "promise", "vow", "note", "notes", "reply",
                 "tweet", "tweets", "email", "e-mail", "demand", "demands", "stress", "repeat",
                 "mock", "reflect", "reflects", "wonder", "joke", "jokes", "signed"}
)

# Verbs of the pro-drop languages, which may report speech with no subject: `«…», dijo.`
PRO_DROP_VERBS: frozenset[str] = frozenset(
    w for block in (_ES_VERBS, _IT_VERBS, _RU_VERBS, _PL_VERBS) for w in block.split()) & REPORTING_VERBS

# Multi-word reporting expressions treated as one verb.
REPORTING_PHRASES: tuple[str, ...] = (
    "went on", "goes on", "pointed out", "points out", "summed up", "spoke of", "fired back",
    "shot back", "chimed in", "weighed in", "wrote in", "a déclaré", "a dit", "a affirmé",
    "a ajouté", "a expliqué", "a souligné", "a estimé", "a indiqué", "a précisé", "a assuré",
    "a confié", "a lancé", "a répondu", "a averti", "a reconnu", "a dénoncé", "a rappelé",
    "a annoncé", "ha detto", "ha dichiarato", "ha affermato", "ha aggiunto", "ha spiegato",
    "ha sottolineato", "ha sostenuto", "ha precisato", "ha scritto", "ha ribadito",
    "ha commentato", "fügte hinzu", "fügt hinzu", "teilte mit", "teilt mit", "räumte ein",
    "kündigte an", "stellte klar", "hat gesagt", "hat erklärt",
)

# Nouns that introduce a quotation when a possessive names the source: "Trump’s claim that “…”".
SPEECH_NOUNS = frozenset("""
claim claims statement statements words remark remarks comment comments tweet tweets assertion
description promise pledge vow warning message declaration announcement phrase slogan
characterization accusation allegation insistence argument quote quip response reply answer
testimony speech letter post op-ed column memo interview question call calls prediction
""".split())

ACCORDING_TO = ("according to", "laut", "selon", "según", "secondo", "по словам", "według", "zufolge")

# Words skipped between a subject and its verb: "Trump has also repeatedly said".
AUXILIARIES = frozenset("""
has have had is was were are be been will would could should may might must did does do also
then later again once further previously recently repeatedly reportedly often frequently never
always still just already not n't allegedly famously publicly privately earlier subsequently
only even
hat hatte ist war wird a avait est ha aveva è было
""".split())
ADVERBS = frozenset("""
today yesterday tonight recently later earlier afterward afterwards then also again simply flatly
bluntly firmly quietly loudly angrily publicly privately sarcastically jokingly emphatically
monday tuesday wednesday thursday friday saturday sunday
""".split())

DETERMINERS = frozenset("""
the a an one another this that these those his her its their our my your some several many
two three four other others any each every no der die das den dem des ein eine einer einem
einen sein seine ihr ihre le la les un une ses leur el los las una su sus il lo gli uno
suo sua
""".split())
# Descriptions that start with these stay as written (anonymous sources).
INDEFINITE_DETERMINERS = frozenset("""
a an one another some several many two three four other others any each ein eine einer un une
uno una
""".split())

# Pronouns for people in general: `anybody who complains …` is nobody's speech.
GENERIC_PRONOUNS = frozenset("anybody anyone everybody everyone somebody someone nobody whoever".split())

# Words that end a noun phrase read rightwards from a verb: "said Trump in an interview".
CLAUSE_STARTERS = frozenset("""
who which that whom whose when while as in on at during after before because since if adding
noting saying according but and or to for with without about than last this next speaking
referring who's wer der die das qui que quien que che который которая
und oder aber sondern et ou mais pero sino ed ma и или но oraz lub ale e o i
""".split())

PREPOSITIONS = frozenset("""
by in on at to into onto over under about against between through during without within via
per than like unlike toward towards upon among amid despite beyond across behind
am im vom zum zur beim ins bei nach seit gegen über unter vor während wegen gegenüber aus auf mit
au aux dans sur sous pour avec sans chez depuis pendant lors après avant par en
con sin sobre desde durante tras para por ante hacia al
alla ai nel nella nei con sul sulla per tra fra dopo prima
в во на о об при после до для без по с со у из от перед
w we na z ze do od dla po przy podczas przez u
""".split())

PRONOUN_GENDER: dict[str, str] = {
    "he": "m", "she": "f", "they": "p", "i": "s", "we": "p", "it": "n",
    "er": "m", "sie": "f", "il": "m", "elle": "f", "él": "m", "ella": "f", "lui": "m", "lei": "f",
    "он": "m", "она": "f", "они": "p", "on": "m", "ona": "f", "oni": "p",
    "ils": "p", "elles": "p",
}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "der", "die", "qui", "quien", "che", "который", "которая", "który", "która"})

# Titles and honorifics: part of a mention, dropped from the resolved name key.
TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. senator rep rep. representative gov gov.
governor president vice prime minister secretary gen gen. general col col. lt lt. capt capt.
sgt sgt. rev rev. sir dame lord lady judge justice mayor chancellor king queen prince princess
pope ambassador chairman chairwoman chief ceo director spokesman spokeswoman spokesperson
councillor councilor councilman councilwoman alderman commissioner inspector detective professor
doctor bishop archbishop cardinal rabbi imam sheikh coach
herr frau monsieur madame m. mme señor señora sr. sra. signor signora
präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin ministerpräsident
président présidente ministre maire député députée
presidente ministro ministra alcalde alcaldesa sindaco
президент министр премьер мэр
prezydent wiceprezydent premier burmistrz
""".split())
TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                "sir": "m", "dame": "f", "lord": "m", "lady": "f", "king": "m", "queen": "f",
                "prince": "m", "princess": "f", "herr": "m", "frau": "f", "monsieur": "m",
                "madame": "f", "m.": "m", "mme": "f", "señor": "m", "señora": "f", "sr.": "m",
                "sra.": "f", "signor": "m", "signora": "f", "chairman": "m", "chairwoman": "f",
                "spokesman": "m", "spokeswoman": "f"}

# Nouns for people by role; "the official" resolves to the last named speaker.
ROLE_NOUNS = frozenset("""
official officials spokesman spokeswoman spokesperson president minister secretary senator
governor mayor chairman chairwoman chair director executive chief leader candidate nominee
congressman congresswoman lawmaker representative ambassador diplomat commander general officer
analyst expert economist strategist adviser advisor aide lawyer attorney judge prosecutor
businessman businesswoman billionaire founder manager coach captain player star actor actress
singer author writer columnist reporter editor host anchor professor scientist researcher
chancellor premier king queen prince pope bishop veteran soldier politician activist
democrat republican campaign commission committee company firm agency ministry department
champion councillor councilor owner resident witness
""".split())
ROLE_GENDER = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
               "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f",
               "actor": "m", "actress": "f", "king": "m", "queen": "f", "prince": "m",
               "princess": "f", "wife": "f", "husband": "m", "mother": "f", "father": "m",
               "daughter": "f", "son": "m", "sister": "f", "brother": "m"}

# A small list of frequent first names, for pronoun/gender agreement only.
FIRST_NAME_GENDER: dict[str, str] = {
    **{n: "m" for n in """
    donald barack bill joe john james robert michael david richard thomas charles george paul mark
    mike mitt ted marco jeb ben chris rand bernie tim jim tony gordon boris vladimir dmitry sergei
    sergey alexei alexander emmanuel francois françois nicolas angela olaf friedrich jean pierre
    michel jacques matteo giuseppe silvio mario pedro jose josé juan carlos luis andrzej donald
    lech jarosław mateusz xi recep benjamin justin scott steve stephen peter andrew kevin brian
    eric jeff jeffrey josh reince rudy newt rick ron kenneth ken frank gary harry jack adam sean
    patrick martin anthony daniel matthew jason ryan jonathan nick nicholas sam samuel tom kim
    hans klaus jürgen wolfgang stefan thomas markus lukas jan jonas felix florian christian
    julien antoine louis philippe laurent olivier thierry yves hugo luc bruno
    pablo miguel javier antonio manuel alejandro diego fernando jorge sergio
    marco luca giovanni francesco alessandro andrea lorenzo paolo roberto stefano
    piotr krzysztof tomasz paweł michał marcin łukasz jakub adam jacek wojciech
    igor ivan nikolai mikhail andrei oleg yuri
    игорь иван сергей андрей алексей дмитрий владимир николай михаил олег юрий александр
    """.split()},
    **{n: "f" for n in """
    hillary melania ivanka michelle nancy elizabeth sarah carly kellyanne theresa angela ursula
    marine ségolène segolene giorgia beata maria mary anna anne jane susan karen linda lisa laura
    patricia jennifer jessica emily emma olivia sophie catherine kate katherine christine nicola
    amy debbie donna hope huma jill kamala condoleezza madeleine margaret hannah rachel rebecca
    julia natalia olga tatiana elena irina ekaterina maria marie claire helen helena alice
    priya ursula petra sabine katrin andrea monika claudia susanne julie camille léa chloé
    isabelle nathalie sylvie valérie lucía lucia carmen laura marta ana isabel pilar
    giulia francesca chiara paola federica alessandra agnieszka katarzyna małgorzata
    joanna magdalena ewa barbara zofia
    ольга анна мария елена наталья ирина татьяна екатерина светлана юлия
    """.split()},
}

# Words that make a capitalised sequence an organisation or place, not a person.
ORG_WORDS = frozenset("""
post times news journal house party department university college committee commission
street center centre institute council court senate congress state states union bank
group company corp inc foundation network agency ministry office campaign association
review press media fox cnn abc nbc cbs msnbc tass ria reuters club city county republic
kingdom america europe fund organization organisation army navy police service tribune
gazette herald daily weekly magazine radio tv television school hospital church airport
research records music entertainment studios games motors airlines systems technologies
partners capital securities associates international global energy oil telecom industries
holdings sport sports united rovers athletic fc league cup championship council
""".split())

# Capitalised words that never name a speaker on their own.
NOT_NAMES = frozenset("""
si mais et der die das ein eine und aber el los las il gli и но ale
the a an this that these those it its in on at but and or so if when while as after before
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december i we you they he she there here his her our
their what why how who which mr mrs ms dr
""".split())

# Articles that, capitalised at the head of a run, start a title or a body, never a
# surname (`Der Spiegel`, `The Guardian`); `Le`, `La`, `De` are left out (`Marine Le Pen`).
ARTICLES_NOT_IN_NAMES = frozenset("the der die das den dem des el los las il lo gli les ein eine a an un une una uno".split())

# German articles that are also name particles (`von der Leyen`) but, after a name, start
# the object of the verb: `sagte Thomas Mertens den Zeitungen`.
CASE_ARTICLES = frozenset("der den dem des das die".split())
# ... while `des` only ever opens a genitive, part of the phrase: `der Sprecher des Verbands`.
GENITIVE_ARTICLES = frozenset({"des"})

# Lower-case particles allowed inside personal names: "Charles de Gaulle", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de da di du del della der den van von la le el bin al ibn dos das y".split())

# ---------------------------------------------------------------- titles of works
# Words right before a title-case span that make it the name of a show, a work or a
# publication rather than a quotation: `appeared on “Meet the Press”`, `the film “Frozen”`.
# (`titled` and `called` are left out: what follows them is as often someone's words.)
TITLE_CUES = frozenset("""
on in with show shows program programme podcast film films movie movies documentary series
sitcom drama book books memoir novel song songs album episode broadcast column op-ed clip trailer
newsletter play musical magazine newspaper
""".split())
# Words left lower-case inside a title: "Face the Nation", "Parks and Recreation".
TITLE_SMALL_WORDS = frozenset("of the and a an in on at to for with by from or as vs".split())

# Capitalised words that open a sentence but never are its subject on their own:
# `Moreover, Gowdy referenced …`, `When asked, …` (the subject comes later, or is absent).
NOT_SPEAKERS = frozenset("""
though although however moreover meanwhile ironically indeed instead still yet also when while
after before because since if then now thus hence besides furthermore nevertheless nonetheless
correction partial check talk night morning afternoon evening today yesterday tomorrow
""".split())

# Reporting verbs whose object is a person or a thing, not a clause: `told him`, `called it`.
OBJECT_REPORTING_VERBS = frozenset("""
tell tells told telling ask asks asked asking call calls called calling dub dubs dubbed label labels
labeled labelled brand brands branded describe describes described describing accuse accuses accused
praise praises praised urge urges urged warn warns warned mock mocks mocked blast blasts blasted
slam slams slammed hail hails hailed deride derides derided criticize criticizes criticized
criticises criticised condemn condemns condemned dismiss dismisses dismissed
""".split())

# ---------------------------------------------------------------- other languages
# Words that report speech only right after a quotation: German `„…“, so der Minister.`
AFTER_QUOTE_CUES = frozenset({"so"})

# Endings of German compound role nouns, capitalised like names: `Projektleiterin Anna
# Becker`, `Regierungssprecher Steffen …`. Only a word that is not the last of a name run is
# read as a role, so a surname such as `Meister` stays a name.
ROLE_SUFFIXES = (
    "leiter", "leiterin", "sprecher", "sprecherin", "chef", "chefin", "minister", "ministerin",
    "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
    "meister", "meisterin", "experte", "expertin", "forscher", "forscherin", "politiker",
    "politikerin", "kanzler", "kanzlerin", "manager", "managerin", "trainer", "trainerin",
    "beauftragte", "beauftragter", "führer", "führerin", "berater", "beraterin",
)

# Separable verb particles that may close a German reporting clause: `fügte er hinzu:`.
VERB_PARTICLES = frozenset({"hinzu", "an", "ein", "mit", "fort", "fest", "klar", "zu"})

# French inverted subject pronouns glued to the verb: `a-t-il déclaré`, `ajoute-t-elle`, `dit-il`.
INVERTED_PRONOUN_RE = r"^(?P<verb>\w+)-(?:t-)?(?P<pron>il|elle|ils|elles|on)$"

# Pro-drop languages report speech with no subject at all: `„…” – powiedział.`, `«…», — сказала.`
# The verb ending tells the speaker's gender (Polish and Russian past tense).
ZERO_SUBJECT_GENDER = (("ła", "f"), ("ał", "m"), ("ił", "m"), ("ył", "m"),
                       ("ла", "f"), ("ал", "m"), ("ил", "m"), ("ял", "m"), ("ел", "m"))
