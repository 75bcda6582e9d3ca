"""French: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="fr",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=words("""
        dit dire disait déclaré déclare déclarait affirmé affirme affirmait ajouté ajoute expliqué explique
        souligné souligne estimé estime indiqué indique précisé précise assuré assure écrit écrivait confié
        confie lancé lance martelé martèle insisté insiste répondu répond averti avertit demandé demande
        reconnu reconnaît dénoncé dénonce rappelé rappelle annoncé annonce poursuivi poursuit
    """),
    reporting_phrases=frozenset({
        "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a souligné", "a estimé", "a indiqué",
        "a précisé", "a assuré", "a confié", "a lancé", "a répondu", "a averti", "a reconnu", "a dénoncé",
        "a rappelé", "a annoncé"}),
    according_to=frozenset({"selon"}),
    inverted_pronouns=words("il elle ils elles on"),
    auxiliaries=words("a avait est"),
    determiners=words("le la les un une ses leur"),
    indefinite_determiners=words("un une"),
    clause_starters=words("qui que et ou mais"),
    prepositions=words("au aux dans sur sous pour avec sans chez depuis pendant lors après avant par en"),
    np_prepositions=words("de du des"),
    relative_pronouns=words("qui"),
    pronoun_gender={"il": "m", "elle": "f", "ils": "p", "elles": "p"},
    titles=words("monsieur madame m. mme président présidente ministre maire député députée"),
    title_gender={"monsieur": "m", "madame": "f", "m.": "m", "mme": "f"},
    first_name_gender={
        **dict.fromkeys(words("françois jean pierre michel jacques julien antoine louis philippe laurent olivier thierry yves hugo luc bruno"), "m"),
        **dict.fromkeys(words("julie camille léa chloé isabelle nathalie sylvie valérie"), "f"),
    },
    not_names=words("si mais et"),
    articles_not_in_names=words("les un une"),
)
