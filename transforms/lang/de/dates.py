"""German: what the language contributes to date extraction (see `transforms.dates.profile`)."""
from transforms.dates.profile import DateProfile

PROFILE = DateProfile(
    code="de",
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3,
        "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
        "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "dezember": 12, "dez": 12,
    },
    ambiguous_months=frozenset("""
        apr april aug august dez feb jan jul jun mai mär nov okt sep sept
""".split()),
    weekdays={
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
        "sonnabend": 5, "sonntag": 6,
    },
    weekday_prepositions=(),
    weekday_needs_preposition=False,
    weekday_name_determiners=(),
    capitalisation="nouns",
    month_prepositions=("im", "seit", "bis", "ab", "vom", "zum", "anfang", "ende", "mitte"),
    numeric_order="dmy",
    relative_days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    relative_days_lower_only=frozenset("""
        morgen
""".split()),
    relative_days_not_after={},
    relative_units={
        "letzte woche": ("W", -1), "vergangene woche": ("W", -1), "letzten woche": ("W", -1),
        "vergangenen woche": ("W", -1), "diese woche": ("W", 0), "dieser woche": ("W", 0),
        "nächste woche": ("W", 1), "nächsten woche": ("W", 1), "kommende woche": ("W", 1),
        "kommenden woche": ("W", 1), "letzten monat": ("M", -1), "vergangenen monat": ("M", -1),
        "diesen monat": ("M", 0), "nächsten monat": ("M", 1), "letztes jahr": ("Y", -1),
        "letzten jahr": ("Y", -1), "vergangenes jahr": ("Y", -1), "vergangenen jahr": ("Y", -1),
        "vorjahr": ("Y", -1), "dieses jahr": ("Y", 0), "diesem jahr": ("Y", 0), "nächstes jahr": ("Y", 1),
        "nächsten jahr": ("Y", 1), "kommendes jahr": ("Y", 1), "kommenden jahr": ("Y", 1),
    },
    year_suffixes=(),
    future_markers=(
        "wird", "werden", "soll", "sollen", "will", "wollen", "nächste", "nächsten", "kommende", "kommenden",
    ),
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
        diese diesem diesen dieser dieses kommende kommenden kommendes letzte letzten
        letztes nächste nächsten nächstes vergangene vergangenen vergangenes
""".split()),
    examples=(
        ("f_dmy", "Am 17. Dezember 2024 sprach er.", "17. Dezember 2024", "2024-12-17"),
        ("f_month_year", "Dezember 2023 war kalt.", "Dezember 2023", "2023-12"),
        ("f_month", "Im Januar geht er.", "Januar", "2025-01"),
        ("f_weekday", "Am Dienstag sprach er.", "Dienstag", "2024-12-17"),
        ("f_relday", "Gestern kam er.", "Gestern", "2024-12-19"),
        ("f_relunit", "Er kam vergangene Woche.", "vergangene Woche", "2024-W50"),
    ),
)
