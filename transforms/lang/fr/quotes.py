"""French: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


def _er(*stems: str) -> frozenset[str]:
    """Forms of -er verbs a reporter uses: `déclar` -> déclare déclarent déclaré déclarait déclara ...
    (before an `a`, a stem in -c takes ç and one in -g an e: annonçait, jugea)."""
    return frozenset(_before_a(stem) + ending if ending[0] == "a" else stem + ending for stem in stems
                     for ending in ("e", "ent", "é", "ée", "és", "ait", "aient", "a", "èrent", "er", "ant"))


def _before_a(stem: str) -> str:
    return stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem


PROFILE = QuoteProfile(
    code="fr",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    reporting_verbs=_er(
        "déclar", "affirm", "ajout", "expliqu", "soulign", "estim", "indiqu", "précis", "assur", "confi",
        "lanc", "insist", "demand", "dénonc", "annonc", "justifi", "regrett", "comment", "ironis",
        "fustig", "déplor", "insurg", "indign", "interrog", "exclam", "menac", "tweet", "résum", "racont",
        "témoign", "plaid", "avou", "not", "observ", "relev", "nuanc", "rétorqu", "répliqu", "avanc",
        "jug", "considér", "qualifi", "évoqu", "exhort", "prôn", "martel", "rappel", "confirm", "tranch",
        "exprim",
        "alert", "accus", "critiqu", "salu", "préconis", "invoqu", "cit", "proclam", "réclam", "implor",
        "suppli", "conclu", "commen", "recommand", "signal", "lâch", "ajout", "grinc", "tonn", "raill",
        "tacl", "rassur", "défend", "insinu", "murmur", "soupir", "gliss", "poursuiv",
        "désol", "constat", "point", "réaffirm", "déplor", "enjoign", "calcul", "chiffr",
        "parl", "pens",
    ) | words("""
        dit dire disent disait disaient dirent écrit écrivent écrivait écrivaient écrivit écrire
        répond répondent répondu répondait répondit répondre reconnaît reconnaissent reconnu reconnaissait
        reconnut relève relèvent avertit avertissent averti avertissait prévient préviennent prévenu prévenait promet
        promettent promis admet admettent admis soutient soutiennent soutenu soutenait soutint conclut
        concluent conclu concluait poursuit poursuivent poursuivi poursuivait réagit réagissent réagi
        réagissait s'exclame s'insurge s'indigne s'interroge s'étonne s'inquiète interpelle interpellé
        appelle appellent appelé appelait assène assené martèle rappelle rappellent
        disant écrivant répondant reconnaissant avertissant prévenant promettant admettant soutenant
        concluant poursuivant réagissant
    """),
    reporting_phrases=frozenset({"a déclaré", "a dit", "fait savoir", "a fait savoir", "fait valoir",
                                 "a fait valoir", "met en garde", "a mis en garde"}),
    object_reporting_verbs=words("""
        qualifie qualifié qualifiait appelle appelé interpelle interpellé accuse accusé demande demandé
        interroge interrogé exhorte exhorté
    """),
    speech_nouns=words("""
        note rapport
        propos déclaration déclarations paroles mots message communiqué tweet lettre discours interview
        entretien tribune avertissement appel réponse réaction
    """),
    adverbial_phrases=frozenset({"un peu plus tard", "plus tard", "un peu plus tôt", "plus tôt", "peu après", "un peu après", "peu avant", "à son tour", "de son côté", "pour sa part", "quant à lui", "quant à elle", "à nouveau", "une fois de plus", "de nouveau"}),
    as_cues=frozenset({"comme"}),
    usage_participles=words("utilisée utilisé utilisés employée employé consacrée"),
    agent_prepositions=words("par"),
    participle_suffixes=("ant",),   # `…, en disant : « … »`: the gerund reports the clause's subject
    cataphora=frozenset({"c'est ce qu'a", "c’est ce qu’a", "ainsi", "par ces mots", "ce sont les mots de", "ainsi s'exprime"}),
    opinion_of=words("pour"),
    colon_subject=True,
    agreeing_participle_endings=("ée", "ées", "és"),
    mixed_closers=True,
    quoting_verbs=words("cite citent citait"),
    according_to=frozenset({"selon", "d'après", "d’après", "aux dires de"}),
    according_to_pronoun=("selon {}", "d'après {}", "d’après {}", "à {} avis", "pour {}"),
    impersonal_reports=frozenset({"peut-on lire", "lit-on", "est-il écrit", "indique-t-on", "souligne-t-on",
                                  "on peut lire", "on lit"}),
    inverted_pronouns=words("il elle ils elles on"),
    object_clitics=words("me m' m’ te t' t’ se s' s’ lui leur nous vous y en"),
    auxiliaries=words("""
        s'est s’est s'était s’était
        a avait ont avaient est était sont étaient aurait auraient sera serait va vont vient viennent
        aussi encore également ensuite alors déjà toujours jamais pas plus ne n' n’ bien même d'ailleurs
        notamment ainsi d’ailleurs mardi
        l'a l’a l'avait l’avait l'ont l’ont
    """),
    adverbs=words("""
        aujourd'hui aujourd’hui hier demain récemment ensuite alors également aussi encore déjà ainsi
        simplement seulement clairement finalement publiquement longuement directement vivement fermement
        immédiatement ouvertement rapidement sèchement vertement fièrement personnellement officiellement
        franchement aussitôt
        lundi mardi mercredi jeudi vendredi samedi dimanche
    """),
    determiners=words("""
        le la les l' l’ un une des du ses son sa leur leurs ce cet cette ces plusieurs certains certaines
        deux trois quatre quelques nombreux nombreuses
    """),
    indefinite_determiners=words("un une des plusieurs certains certaines deux trois quatre quelques nombreux"),
    clause_starters=words("""
        qui que qu' qu’ et ou mais dont où lorsque quand si car comme puisque parce tandis alors
    """),
    prepositions=words("""
        au aux dans sur sous pour avec sans chez depuis pendant lors après avant par en à vers contre
        entre devant derrière parmi malgré selon
    """),
    of_prepositions=words("de du des d' d’"),
    np_prepositions=words("de du des d' d’"),
    sentence_connectives=words("et mais or donc puis"),
    intro_words=words("""
        ainsi alors pourtant cependant toutefois enfin puis ensuite aujourd'hui aujourd’hui hier depuis
        désormais déjà or donc car mais en effet néanmoins également aussi bref certes ici là-bas
        dans pour avec sur sous lors après avant selon outre parmi face d'ailleurs d’ailleurs
        finalement notamment surtout seulement mieux pis quant
    """),
    not_speakers=words("""
        été ainsi alors pourtant cependant toutefois enfin puis ensuite aujourd'hui aujourd’hui hier depuis
        désormais déjà or donc car mais néanmoins également aussi bref certes ce cela ceci ça c' c’
        quand lorsque si comme qui que quoi où dont pourquoi comment on tout tous rien chacun
        selon pour dans avec sur après avant lors face en au aux et ou ni même
    """),
    leading_non_subjects=words("que qu' qu’ si"),
    elided_conjunctions=words("qu' qu’ lorsqu' lorsqu’ puisqu' puisqu’ quoiqu' quoiqu’"),   # `lorsqu’il`
    not_inverted_subjects=words("ce cela on je nous vous"),
    noun_articles=words("un une le la les l' l’ son sa ses leur"),
    relative_pronouns=words("qui lequel laquelle lesquels lesquelles"),
    clause_relatives=words("que qu' qu’"),
    generic_pronouns=words("on chacun quiconque personne tous"),
    impersonal_pronouns=words("ce cela ceci ça"),
    impersonal_verbs=words("""
        semble semblait semblerait sembleraient paraît paraissait paraîtrait faut fallait faudrait faudra
        s'agit s’agit s'agissait s’agissait
    """),
    first_person_pronouns=words("je nous j' j’"),
    pronoun_gender={"il": "m", "elle": "f", "ils": "p", "elles": "p", "lui": "m", "eux": "p",
                    "je": "s", "nous": "p"},
    possessive_pronouns={"son": "", "sa": "", "ses": "", "leur": "p", "leurs": "p"},
    titles=words("""
        monsieur madame m. mme mlle dr président présidente ministre maire député députée sénateur
        sénatrice général professeur docteur
    """),
    title_gender={"monsieur": "m", "madame": "f", "m.": "m", "mme": "f", "mlle": "f", "présidente": "f",
                  "président": "m", "députée": "f", "député": "m", "sénatrice": "f", "sénateur": "m"},
    role_nouns=words("""
        porte-parole ministre président présidente chef cheffe expert experte experts responsable
        responsables dirigeant dirigeante dirigeants député députée sénateur sénatrice maire candidat
        candidate journaliste auteur autrice analyste économiste chercheur chercheuse chercheurs
        scientifique scientifiques médecin professeur directeur directrice secrétaire ambassadeur
        ambassadrice diplomate général commandant politologue historien historienne avocat avocate
        juge procureur syndicaliste militant militante écologiste élu élue gouvernement ministère
        patron patronne conseiller conseillère premier
    """),
    people_nouns=words("""
        critiques opposants partisans manifestants habitants électeurs témoins observateurs militants scientifiques chercheurs médecins experts responsables sources analystes élus autorités internautes utilisateurs commentateurs bénévoles organisateurs associations syndicats victimes citoyens signataires auteurs contestataires
    """),
    role_gender={"présidente": "f", "président": "m", "cheffe": "f", "dirigeante": "f", "députée": "f",
                 "sénatrice": "f", "candidate": "f", "candidat": "m", "directrice": "f", "directeur": "m",
                 "chercheuse": "f", "ambassadrice": "f", "historienne": "f", "avocate": "f", "militante": "f",
                 "élue": "f", "patronne": "f", "conseillère": "f", "experte": "f", "autrice": "f"},
    first_name_gender={
        **dict.fromkeys(words("""
            françois jean pierre michel jacques julien antoine louis philippe laurent olivier thierry yves
            hugo luc bruno emmanuel éric eric nicolas gérald gabriel édouard edouard bernard alain patrick
            christophe stéphane sébastien vincent fabien jérôme raphaël benoît arnaud damien rémi xavier
            jean-luc jean-marie jean-pierre jean-michel jean-yves marc gilles didier dominique
            adrien alexandre amaury bastien benjamin cédric clément denis fabrice florian franck frédéric
            gaspard guillaume henri jordan kevin lionel lucas mathieu matthieu maxime nathan noël pascal paul
            quentin raymond renaud richard robert romain serge sylvain théo thomas tristan valentin william
        """), "m"),
        **dict.fromkeys(words("""
            julie camille léa chloé isabelle nathalie sylvie valérie marine ségolène anne sophie catherine
            christine élisabeth elisabeth brigitte martine françoise monique nicole sandrine karine
            céline aurélie émilie amélie agnès clémentine manon pauline marion charlotte rachida
            jeanne hélène caroline véronique laurence cécile florence
            adèle alice anaïs audrey béatrice bernadette carole chantal christelle claire clara danielle
            delphine dominique éléonore élise elsa emma estelle eva fabienne géraldine ghislaine inès jacqueline
            jeanne joséphine josiane juliette laure léa lucie lydie margaux marie mathilde mélanie muriel
            nadine noémie océane patricia sarah solène stéphanie sylvie valentine virginie yvette
        """), "f"),
    },
    not_names=words("lire voir si mais et le la les un une ce cette il elle on nous"),
    articles_not_in_names=words("le la les l' l’ un une des"),
    org_words=words("""
        états-unis union maison-blanche
        journal ministère gouvernement parti assemblée sénat conseil commission agence banque groupe
        société université institut fondation association syndicat mouvement
    """),
    name_case_endings=(),
    abbreviations=words("m mme mlle dr pr st ste etc av apr cf p ex"),
    title_cues=words("""
        émission émissions série livre roman film documentaire chanson album titre ouvrage
    """),
    capitalised_span_is_name=True,
    name_cues=words("""
        intitulé intitulée intitulés
        journal quotidien hebdomadaire mensuel magazine revue émission chaîne radio station parti
        mouvement opération loi projet plan programme livre roman film série documentaire chanson
        album titre ouvrage association collectif groupe groupement société entreprise marque site
        plateforme application réseau campagne slogan devise initiative dispositif rubrique tribune
        navire sommet forum festival
    """),
    mentioned_words=words("il elle ils elles lui eux"),
    scare_markers=words("soi-disant prétendu prétendue prétendus prétendues dits dites"),
)
