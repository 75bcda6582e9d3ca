"""Italian: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="it",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=words("""
        detto dice disse dichiarato dichiara affermato afferma aggiunto aggiunge spiegato spiega
        sottolineato sottolinea sostenuto sostiene osservato osserva precisato precisa scritto scrive
        ribadito ribadisce commentato commenta annunciato annuncia avvertito avverte chiesto chiede
    """),
    reporting_phrases=frozenset({
        "ha detto", "ha dichiarato", "ha affermato", "ha aggiunto", "ha spiegato", "ha sottolineato",
        "ha sostenuto", "ha precisato", "ha scritto", "ha ribadito", "ha commentato"}),
    according_to=frozenset({"secondo"}),
    pro_drop=True,
    auxiliaries=words("ha aveva è"),
    determiners=words("il lo la gli un uno una suo sua"),
    indefinite_determiners=words("un uno una"),
    clause_starters=words("che ed ma e o"),
    prepositions=words("alla ai nel nella nei con sul sulla per tra fra dopo prima"),
    relative_pronouns=words("che"),
    pronoun_gender={"lui": "m", "lei": "f"},
    titles=words("signor signora presidente ministro ministra sindaco"),
    title_gender={"signor": "m", "signora": "f"},
    first_name_gender={
        **dict.fromkeys(words("matteo giuseppe silvio mario marco luca giovanni francesco alessandro lorenzo paolo roberto stefano"), "m"),
        **dict.fromkeys(words("giulia francesca chiara paola federica alessandra"), "f"),
    },
    not_names=words("il gli"),
    articles_not_in_names=words("il lo gli uno una un"),
)
