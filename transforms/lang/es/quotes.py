"""Spanish: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="es",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=words("""
        dijo dice decía declaró declara afirmó afirma añadió añade agregó agrega explicó explica aseguró
        asegura señaló señala indicó indica sostuvo sostiene advirtió advierte manifestó expresó subrayó
        destacó destaca apuntó apunta escribió preguntó pregunta respondió responde
    """),
    according_to=frozenset({"según"}),
    pro_drop=True,
    determiners=words("el la los las un una su sus"),
    indefinite_determiners=words("un una uno"),
    clause_starters=words("quien que pero sino"),
    prepositions=words("con sin sobre desde durante tras para por ante hacia al"),
    relative_pronouns=words("quien"),
    pronoun_gender={"él": "m", "ella": "f"},
    titles=words("señor señora sr. sra. presidente ministro ministra alcalde alcaldesa"),
    title_gender={"señor": "m", "señora": "f", "sr.": "m", "sra.": "f"},
    first_name_gender={
        **dict.fromkeys(words("pedro jose josé juan carlos luis pablo miguel javier antonio manuel alejandro diego fernando jorge sergio"), "m"),
        **dict.fromkeys(words("lucía lucia carmen laura marta ana isabel pilar"), "f"),
    },
    not_names=words("el los las"),
    articles_not_in_names=words("el los las una uno un"),
)
