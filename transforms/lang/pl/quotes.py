"""Polish: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="pl",
    quote_marks=(("„", "”"), ("«", "»"), ('"', '"')),
    reporting_verbs=words("""
        powiedział powiedziała powiedzieli mówi mówił mówiła stwierdził stwierdziła dodał dodała podkreślił
        podkreśliła zaznaczył zaznaczyła oświadczył oświadczyła wyjaśnił wyjaśniła napisał napisała ocenił
        oceniła przekonywał przekonywała zapewnił zapewniła przyznał przyznała pytał pytała zapytał zapytała
        odpowiedział odpowiedziała uważa
    """),
    according_to=frozenset({"według"}),
    pro_drop=True,
    zero_subject_gender=(("ła", "f"), ("ał", "m"), ("ił", "m"), ("ył", "m")),
    clause_starters=words("oraz lub ale i"),
    prepositions=words("w we na z ze do od dla po przy podczas przez u"),
    relative_pronouns=words("który która"),
    pronoun_gender={"on": "m", "ona": "f", "oni": "p"},
    titles=words("prezydent wiceprezydent premier burmistrz minister"),
    first_name_gender={
        **dict.fromkeys(words("andrzej donald lech jarosław mateusz piotr krzysztof tomasz paweł michał marcin łukasz jakub adam jacek wojciech"), "m"),
        **dict.fromkeys(words("agnieszka katarzyna małgorzata joanna magdalena ewa barbara zofia"), "f"),
    },
    not_names=words("ale"),
)
