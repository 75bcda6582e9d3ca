"""French: what the language contributes to date extraction (see `transforms.dates.profile`)."""
from transforms.dates.profile import DateProfile

PROFILE = DateProfile(
    code="fr",
    months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    ambiguous_months=frozenset("""
        avr déc févr janv juil mars nov oct sept
""".split()),
    weekdays={
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    },
    weekday_prepositions=(),
    weekday_needs_preposition=False,
    weekday_name_determiners=("", "el", "le", "il", "la", "de"),
    capitalisation="lower",
    month_prepositions=("en", "depuis", "début", "fin", "mi", "d'ici"),
    numeric_order="dmy",
    relative_days={
        "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
    },
    relative_days_lower_only=frozenset(),
    relative_days_not_after={},
    relative_units={
        "la semaine dernière": ("W", -1), "cette semaine": ("W", 0), "la semaine prochaine": ("W", 1),
        "le mois dernier": ("M", -1), "ce mois-ci": ("M", 0), "le mois prochain": ("M", 1),
        "l'année dernière": ("Y", -1), "l’année dernière": ("Y", -1), "l'an dernier": ("Y", -1),
        "l’an dernier": ("Y", -1), "l'an passé": ("Y", -1), "l’an passé": ("Y", -1), "cette année": ("Y", 0),
        "l'année prochaine": ("Y", 1), "l’année prochaine": ("Y", 1), "l'an prochain": ("Y", 1),
        "l’an prochain": ("Y", 1),
    },
    year_suffixes=(),
    future_markers=("va", "vont", "sera", "seront", "prochain", "prochaine", "doit", "doivent"),
    weak_future_markers=(),
    past_markers=(),
    past_suffix="",
    not_past=frozenset(),
    passive_auxiliaries=(),
    planned_past=(),
    attributive_determiners=(),
    reporting_verbs=frozenset(),
    fronting_words=frozenset(),
    number_words={},
    ordinal_words={},
    decade_words={},
    seasons={},
    parts_of_day={},
    units={},
    reference_words={},
    era_nouns=frozenset(),
    holidays={},
    weekday_name_prefixes=frozenset(),
    weekday_name_suffixes=frozenset(),
    count_nouns=frozenset(),
    non_head_words=frozenset("""
        cette dernière des passé prochain prochaine
""".split()),
    examples=(
        ("f_dmy", "Le 17 décembre, il a parlé.", "17 décembre", "2024-12-17"),
        ("f_month_year", "Mars 2023 fut froid.", "Mars 2023", "2023-03"),
        ("f_month", "Il partira en janvier.", "janvier", "2025-01"),
        ("f_weekday", "Il a parlé mardi.", "mardi", "2024-12-17"),
        ("f_relday", "Hier, il a parlé.", "Hier", "2024-12-19"),
        ("f_relunit", "Il a parlé la semaine dernière.", "la semaine dernière", "2024-W50"),
    ),
)
