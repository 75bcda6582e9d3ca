"""German: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="de",
    quote_marks=(("„", "“"), ("»", "«"), ("‚", "‘"), ('"', '"')),
    reporting_verbs=words("""
        sagt sagte sagten gesagt sagen erklärt erklärte erklärten betont betonte betonten meint meinte fügte
        fügt ergänzt ergänzte fragt fragte fragten schreibt schrieb warnt warnte kritisiert kritisierte
        behauptet behauptete betonen erklären zeigte zeigt teilte teilt sprach spricht bekräftigte
        bekräftigt versicherte versichert räumte kündigte forderte fordert unterstrich unterstreicht stellte
        bestätigte bestätigt antwortete antwortet erläuterte erläutert
    """),
    reporting_phrases=frozenset({
        "fügte hinzu", "fügt hinzu", "teilte mit", "teilt mit", "räumte ein", "kündigte an", "stellte klar",
        "hat gesagt", "hat erklärt"}),
    according_to=frozenset({"laut"}),
    according_to_after=frozenset({"zufolge"}),
    after_quote_cues=frozenset({"so"}),
    verb_particles=words("hinzu an ein mit fort fest klar zu"),
    auxiliaries=words("hat hatte ist war wird"),
    determiners=words("der die das den dem des ein eine einer einem einen sein seine ihr ihre"),
    indefinite_determiners=words("ein eine einer"),
    clause_starters=words("wer der die das und oder aber sondern"),
    prepositions=words("am im vom zum zur beim ins bei nach seit gegen über unter vor während wegen gegenüber aus auf mit"),
    np_prepositions=words("der von"),
    relative_pronouns=words("der die"),
    pronoun_gender={"er": "m", "sie": "f"},
    titles=words("herr frau präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin ministerpräsident"),
    title_gender={"herr": "m", "frau": "f"},
    # Compound roles, capitalised like names: `Projektleiterin Anna Becker`, `Regierungssprecher Steffen …`.
    # Only a word that is not the last of a name run is read as a role, so a surname such as
    # `Meister` stays a name.
    role_suffixes=(
        "leiter", "leiterin", "sprecher", "sprecherin", "chef", "chefin", "minister", "ministerin",
        "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
        "meister", "meisterin", "experte", "expertin", "forscher", "forscherin", "politiker",
        "politikerin", "kanzler", "kanzlerin", "manager", "managerin", "trainer", "trainerin",
        "beauftragte", "beauftragter", "führer", "führerin", "berater", "beraterin",
    ),
    first_name_gender={
        **dict.fromkeys(words("hans klaus jürgen wolfgang stefan thomas markus lukas jan jonas felix florian christian"), "m"),
        **dict.fromkeys(words("petra sabine katrin andrea monika claudia susanne"), "f"),
    },
    not_names=words("der die das ein eine und aber"),
    articles_not_in_names=words("der die das den dem des ein eine"),
    # `von der Leyen` keeps its articles, but after a name they start the verb's object:
    # `sagte Thomas Mertens den Zeitungen`; `des` only ever opens a genitive.
    case_articles=words("der den dem des das die"),
    genitive_articles=words("des"),
    nouns_capitalised=True,
)
