"""Spanish: what the language contributes to date extraction (see `transforms.dates.profile`)."""
from transforms.dates.profile import DateProfile

PROFILE = DateProfile(
    code="es",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    ambiguous_months=frozenset("""
        mayo
""".split()),
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
        "sabado": 5, "domingo": 6,
    },
    weekday_prepositions=(),
    weekday_needs_preposition=False,
    weekday_name_determiners=("", "el", "le", "il", "la", "de"),
    capitalisation="lower",
    month_prepositions=("en", "desde", "hasta", "de", "a finales de", "a principios de"),
    numeric_order="dmy",
    relative_days={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2},
    relative_days_lower_only=frozenset(),
    relative_days_not_after={"mañana": ("la", "esta", "cada", "una", "por")},
    relative_units={
        "la semana pasada": ("W", -1), "esta semana": ("W", 0), "la próxima semana": ("W", 1),
        "la semana próxima": ("W", 1), "la semana que viene": ("W", 1), "el mes pasado": ("M", -1),
        "este mes": ("M", 0), "el próximo mes": ("M", 1), "el año pasado": ("Y", -1), "este año": ("Y", 0),
        "el próximo año": ("Y", 1), "el año que viene": ("Y", 1),
    },
    year_suffixes=(),
    future_markers=("será", "serán", "va a", "van a", "próximo", "próxima"),
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
        del esta este las los pasada pasado próxima próximo que viene
""".split()),
    examples=(
        ("f_dmy", "El 17 de diciembre de 2024 habló.", "17 de diciembre de 2024", "2024-12-17"),
        ("f_month_year", "Marzo de 2023 fue frío.", "Marzo de 2023", "2023-03"),
        ("f_month", "Volverá en enero.", "enero", "2025-01"),
        ("f_weekday", "Habló el martes.", "martes", "2024-12-17"),
        ("f_relday", "Ayer habló.", "Ayer", "2024-12-19"),
        ("f_relunit", "Habló el año pasado.", "el año pasado", "2023"),
    ),
)
