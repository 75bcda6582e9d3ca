"""Vocabularies for date extraction, as data (no logic, no regexes).

`transforms.dates` turns these tables into its compiled grammar once per language, on first use. Keys
are lower-case (matching is case-insensitive; the grammar checks capitalisation where a word is ambiguous).
Languages: English fully; German, French, Spanish, Italian, Russian and Polish for month and
weekday names, the days around today and a few relative phrases.
"""
from __future__ import annotations

__all__ = [
    "LANGUAGES", "MONTHS", "AMBIGUOUS_MONTHS", "WEEKDAYS", "WEEKDAYS_NEED_PREPOSITION", "WEEKDAY_PREPOSITIONS",
    "CASED_WEEKDAY_LANGUAGES", "RELATIVE_DAYS", "RELATIVE_UNIT_PHRASES", "YEAR_SUFFIXES", "FUTURE_MARKERS",
    "WEAK_FUTURE_MARKERS", "PAST_MARKERS", "REPORTING_VERBS", "NOT_PAST_ED",
    "NUMBER_WORDS", "ORDINAL_WORDS", "DECADE_WORDS", "SEASONS", "PARTS_OF_DAY", "UNITS", "REFERENCE_WORDS",
    "ERA_NOUNS", "HOLIDAYS", "WEEKDAY_NAME_PREFIXES", "WEEKDAY_NAME_SUFFIXES", "COUNT_NOUNS",
]

LANGUAGES = ("en", "de", "fr", "es", "it", "ru", "pl")

# Month names, including abbreviations and (ru, pl) the inflected forms news text uses:
# genitive after a day number (`17 декабря`, `17 grudnia`) and locative after `в`/`w` (`в декабре`, `w grudniu`).
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
        "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "dezember": 12, "dez": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "ru": {
        "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2,
        "март": 3, "марта": 3, "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4, "май": 5, "мая": 5, "мае": 5,
        "июнь": 6, "июня": 6, "июне": 6, "июль": 7, "июля": 7, "июле": 7, "август": 8, "августа": 8, "августе": 8,
        "сентябрь": 9, "сентября": 9, "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10,
        "ноябрь": 11, "ноября": 11, "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
    },
    "pl": {
        "styczeń": 1, "stycznia": 1, "styczniu": 1, "luty": 2, "lutego": 2, "lutym": 2,
        "marzec": 3, "marca": 3, "marcu": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4,
        "maj": 5, "maja": 5, "maju": 5, "czerwiec": 6, "czerwca": 6, "czerwcu": 6,
        "lipiec": 7, "lipca": 7, "lipcu": 7, "sierpień": 8, "sierpnia": 8, "sierpniu": 8,
        "wrzesień": 9, "września": 9, "wrześniu": 9, "październik": 10, "października": 10, "październiku": 10,
        "listopad": 11, "listopada": 11, "listopadzie": 11, "grudzień": 12, "grudnia": 12, "grudniu": 12,
    },
}

# Month names that are also common words or names, per language: alone (without a day or a year) they
# only count after a preposition or a modifier (`in May`, `last March`), and in English only capitalised.
AMBIGUOUS_MONTHS: dict[str, frozenset[str]] = {
    "en": frozenset({"may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec", "june", "august", "april"}),
    "de": frozenset({"mai", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
                     "august", "april"}),
    "fr": frozenset({"mars", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"}),
    "es": frozenset({"mayo"}),
    "it": frozenset(),
    "ru": frozenset({"май", "март"}),
    "pl": frozenset({"maj", "maja", "luty"}),
}

# Weekday names -> ISO weekday - 1 (Monday = 0). Russian/Polish include the accusative after `в`/`w`.
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    "de": {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
           "sonnabend": 5, "sonntag": 6},
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    "es": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
           "sábado": 5, "sabado": 5, "domingo": 6},
    "it": {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
           "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6},
    "ru": {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
           "воскресенье": 6},
    "pl": {"poniedziałek": 0, "wtorek": 1, "środę": 2, "czwartek": 3, "piątek": 4, "sobotę": 5,
           "niedzielę": 6},
}
# Russian `среда` is also "environment" and Polish `Piątek` a surname: there a weekday counts only
# after the preposition that means "on" (`в пятницу`, `w piątek`); the span excludes the preposition.
WEEKDAYS_NEED_PREPOSITION = frozenset({"ru", "pl"})
WEEKDAY_PREPOSITIONS: dict[str, tuple[str, ...]] = {"ru": ("в", "во"), "pl": ("w", "we")}
# Romance weekday names are written in lower case; capitalised they are usually names (`Domingo`).
CASED_WEEKDAY_LANGUAGES = frozenset({"es", "it", "fr"})

# Day offsets from the anchor: today, yesterday, tomorrow and their neighbours.
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1},
    "de": {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    "fr": {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2},
    "es": {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2},
    "it": {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "dopodomani": 2},
    "ru": {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2},
    "pl": {"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2},
}

# Relative phrases in the other languages: (unit, offset from the anchor's unit). Units as in UNITS.
RELATIVE_UNIT_PHRASES: dict[str, dict[str, tuple[str, int]]] = {
    "de": {"letzte woche": ("W", -1), "vergangene woche": ("W", -1), "letzten woche": ("W", -1),
           "vergangenen woche": ("W", -1), "diese woche": ("W", 0), "dieser woche": ("W", 0),
           "nächste woche": ("W", 1), "nächsten woche": ("W", 1), "kommende woche": ("W", 1),
           "kommenden woche": ("W", 1),
           "letzten monat": ("M", -1), "vergangenen monat": ("M", -1), "diesen monat": ("M", 0),
           "nächsten monat": ("M", 1),
           "letztes jahr": ("Y", -1), "letzten jahr": ("Y", -1), "vergangenes jahr": ("Y", -1),
           "vergangenen jahr": ("Y", -1), "vorjahr": ("Y", -1), "dieses jahr": ("Y", 0), "diesem jahr": ("Y", 0),
           "nächstes jahr": ("Y", 1), "nächsten jahr": ("Y", 1), "kommendes jahr": ("Y", 1),
           "kommenden jahr": ("Y", 1)},
    "fr": {"la semaine dernière": ("W", -1), "cette semaine": ("W", 0), "la semaine prochaine": ("W", 1),
           "le mois dernier": ("M", -1), "ce mois-ci": ("M", 0), "le mois prochain": ("M", 1),
           "l'année dernière": ("Y", -1), "l’année dernière": ("Y", -1), "l'an dernier": ("Y", -1),
           "l’an dernier": ("Y", -1), "l'an passé": ("Y", -1), "l’an passé": ("Y", -1),
           "cette année": ("Y", 0), "l'année prochaine": ("Y", 1), "l’année prochaine": ("Y", 1),
           "l'an prochain": ("Y", 1), "l’an prochain": ("Y", 1)},
    "es": {"la semana pasada": ("W", -1), "esta semana": ("W", 0), "la próxima semana": ("W", 1),
           "la semana próxima": ("W", 1), "la semana que viene": ("W", 1),
           "el mes pasado": ("M", -1), "este mes": ("M", 0), "el próximo mes": ("M", 1),
           "el año pasado": ("Y", -1), "este año": ("Y", 0), "el próximo año": ("Y", 1),
           "el año que viene": ("Y", 1)},
    "it": {"la settimana scorsa": ("W", -1), "la scorsa settimana": ("W", -1), "questa settimana": ("W", 0),
           "la prossima settimana": ("W", 1), "la settimana prossima": ("W", 1),
           "il mese scorso": ("M", -1), "lo scorso mese": ("M", -1), "questo mese": ("M", 0),
           "il prossimo mese": ("M", 1), "l'anno scorso": ("Y", -1), "l’anno scorso": ("Y", -1),
           "lo scorso anno": ("Y", -1), "quest'anno": ("Y", 0), "quest’anno": ("Y", 0),
           "l'anno prossimo": ("Y", 1), "l’anno prossimo": ("Y", 1), "il prossimo anno": ("Y", 1)},
    "ru": {"на прошлой неделе": ("W", -1), "на этой неделе": ("W", 0), "на следующей неделе": ("W", 1),
           "в прошлом месяце": ("M", -1), "в этом месяце": ("M", 0), "в следующем месяце": ("M", 1),
           "в прошлом году": ("Y", -1), "в этом году": ("Y", 0), "в следующем году": ("Y", 1)},
    "pl": {"w zeszłym tygodniu": ("W", -1), "w ubiegłym tygodniu": ("W", -1), "w tym tygodniu": ("W", 0),
           "w przyszłym tygodniu": ("W", 1), "w zeszłym miesiącu": ("M", -1), "w ubiegłym miesiącu": ("M", -1),
           "w tym miesiącu": ("M", 0), "w przyszłym miesiącu": ("M", 1), "w zeszłym roku": ("Y", -1),
           "w ubiegłym roku": ("Y", -1), "w tym roku": ("Y", 0), "w przyszłym roku": ("Y", 1)},
}

# What may follow a year in the other languages and belongs to the expression (`2024 года`, `2024 r.`).
YEAR_SUFFIXES: dict[str, tuple[str, ...]] = {"ru": ("года", "году", "г."), "pl": ("roku", "r.")}

# Words that put a clause in the future (English fully, a few for the others). Used to choose between
# the previous and the next Friday or December; the nearest tense marker to the date decides.
# (`next` is not one: `next to`.)
FUTURE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("will", "'ll", "’ll", "shall", "going to", "won't", "is to", "are to", "is to be",
           "are to be", "scheduled", "is expected to", "are expected to", "expects to", "expect to",
           "set to", "plans to", "plan to", "planning to", "is due", "are due", "slated",
           "upcoming", "to be held", "intends to", "as soon as", "as early as", "ahead of", "supposed to"),
    "de": ("wird", "werden", "soll", "sollen", "will", "wollen", "nächste", "nächsten", "kommende", "kommenden"),
    "fr": ("va", "vont", "sera", "seront", "prochain", "prochaine", "doit", "doivent"),
    "es": ("será", "serán", "va a", "van a", "próximo", "próxima"),
    "it": ("sarà", "saranno", "prossimo", "prossima", "dovrà", "dovranno"),
    "ru": ("будет", "будут", "следующ"),
    "pl": ("będzie", "będą", "przyszł"),
}

# Weaker cues of a future (`would` is also a conditional, `planned` a past plan): they lean, not decide.
WEAK_FUTURE_MARKERS: dict[str, tuple[str, ...]] = {"en": ("would", "planned", "hopes to", "later this")}

# Words that put an English clause in the past: irregular past forms and a few adverbs (any other
# word ending in -ed counts too, except those below, which are adjectives or announce a future).
PAST_MARKERS = tuple("""said told was were had did went came took made gave met began left held found got saw
    knew thought became fell rose won lost struck shot sent spent paid led brought kept ran sold bought fought
    caught wrote spoke broke chose drove flew grew threw stood heard built fled sought sank withdrew arose blew
    drew hid hung stole swore tore woke ago last earlier yesterday since""".split())
# Past verbs that attribute what was said: after a date they belong to the attribution (`... on
# Thursday,'' Castro said`), not to the clause the date is in, and do not count there.
REPORTING_VERBS = frozenset("said told added explained announced reported noted stated declared insisted claimed "
                            "argued warned wrote".split())
NOT_PAST_ED = frozenset("""scheduled expected planned proposed intended slated needed united based limited
    hundred indeed speed seed feed shed wed bed red bred proceed exceed succeed agreed reed weed hatred kindred
    sacred unspecified undisclosed unidentified unnamed unexpected unchanged unrelated unprecedented
    unemployed unsolved unsecured unaudited unconfirmed""".split())

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
    "a couple of": 2, "a dozen": 12, "half a dozen": 6,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

# Spelled decades (`the nineties`) -> first year; the century is the twentieth.
DECADE_WORDS: dict[str, int] = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day as TIMEX3 writes them after a date (`1998-08-07TMO`); `noon` etc. are clock times.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mid-morning": "MO", "midmorning": "MO", "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF",
    "noon": "12:00", "midday": "12:00", "midnight": "24:00",
}

# Calendar units: name -> code used by the normalizer.
UNITS: dict[str, str] = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "F", "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE",
}

# Words and phrases that TimeML normalises to a reference value rather than a calendar date.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "presently": "PRESENT_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "more recently": "PAST_REF",
    "until recently": "PAST_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF", "the recent past": "PAST_REF",
    "former times": "PAST_REF", "past years": "PAST_REF", "recent quarters": "PAST_REF",
    "the future": "FUTURE_REF", "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming quarters": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF", "the coming quarters": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "soon": "FUTURE_REF",  # only after a modal (`will soon`) or before `will`/`to`: see `dates._ref`
}

# Nouns after `today's` / `tomorrow's` that make it an era, not a day (`today's youth`, `in today's world`).
ERA_NOUNS = frozenset("""world youth society generation generations children kids families economy economies
    market markets standards technology technologies computers life lives culture media politics business
    businesses companies consumers students parents women men people society's young""".split())

# Fixed-date holidays (month, day); moving ones are computed in the normalizer.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31), "new year’s eve": (12, 31),
    "valentine's day": (2, 14), "valentine’s day": (2, 14), "st patrick's day": (3, 17),
    "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "election day": "election",
    "labor day": "labor", "labour day": "labor", "memorial day": "memorial", "easter": "easter",
    "easter sunday": "easter", "easter monday": "easter+1", "good friday": "easter-2",
}

# A capitalised word before a weekday that makes it a name or an event, not a date
# (`Super Tuesday`, `Bloody Sunday`), and words after it that make it a title (`the Sunday Times`).
WEEKDAY_NAME_PREFIXES = frozenset({"super", "bloody", "black", "cyber", "palm", "ash", "holy", "maundy", "shrove",
                                   "good", "easter", "whit", "low", "man", "girl", "mail on", "independent on",
                                   "scotland on", "wales on", "ireland on"})
WEEKDAY_NAME_SUFFIXES = frozenset({"times", "telegraph", "mirror", "herald", "express", "post", "mail", "people",
                                   "tribune", "independent", "observer", "sport", "star", "record", "business",
                                   "night live", "league", "school", "club", "bloody", "supplement", "edition",
                                   "magazine", "paper", "papers", "newspaper", "newspapers", "show", "programme"})

# Nouns that, right after a four-digit number, make it a count rather than a year (`2000 troops`).
COUNT_NOUNS = frozenset({
    "people", "persons", "men", "women", "children", "troops", "soldiers", "workers", "jobs", "employees",
    "staff", "students", "members", "fans", "votes", "voters", "seats", "homes", "houses", "cars", "units",
    "shares", "tonnes", "tons", "metres", "meters", "miles", "kilometres", "kilometers", "km", "feet", "ft",
    "yards", "acres", "hectares", "points", "pounds", "dollars", "euros", "yen", "calories", "words",
    "pages", "copies", "tickets", "games", "goals", "runs", "wickets", "matches", "cases", "deaths", "victims",
    "patients", "refugees", "sites", "stores", "shops", "branches", "companies", "firms", "computers", "pcs",
    "cc", "mhz", "ghz", "mb", "gb", "kb", "rpm", "hp", "kg", "mg", "ml", "gmt", "bst", "cet", "utc", "hours",
    "hrs", "sq", "square", "barrels", "cattle", "animals", "birds", "species", "others", "more", "times",
    "complaints", "messages", "emails", "e-mails", "users", "customers", "subscribers", "viewers", "visitors",
    "listeners", "readers", "downloads", "songs", "films", "titles", "items", "officers", "police", "delegates",
    "guests", "participants", "applications", "entries", "arrests", "prisoners", "pupils", "teachers",
    "doctors", "nurses", "weapons", "rounds", "planes", "aircraft", "ships", "vehicles", "lines", "posts",
    "a", "an", "per", "x", "by",
})
