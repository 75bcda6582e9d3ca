"""English: what the language contributes to date extraction (see `newsbeam.transforms.dates.profile`).

English has a grammar of its own, written out in `newsbeam.transforms.dates.rules` (it was tuned on TempEval-3):
its vocabulary is here; the fields of the profiled grammar, which serves the other languages, stay empty.
"""
from newsbeam.transforms.dates.profile import DateProfile

PROFILE = DateProfile(
    code="en",
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9,
        "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    ambiguous_months=frozenset("""
        apr april aug august dec feb jan jul jun june mar march may nov oct sep sept
""".split()),
    weekdays={
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    },
    weekday_adjectives={},
    weekday_compounds={},
    weekday_prepositions=(),
    weekday_needs_preposition=False,
    weekday_name_determiners=(),
    capitalisation="names",
    month_prepositions=(
        "about", "after", "and", "around", "before", "beginning", "between", "by", "during", "early", "end",
        "for", "from", "in", "into", "last", "late", "mid", "middle", "next", "of", "on", "or", "past",
        "since", "start", "than", "this", "through", "throughout", "till", "to", "until",
    ),
    numeric_order="mdy",
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1},
    relative_days_lower_only=frozenset(),
    relative_days_not_after={},
    year_suffixes=(),
    future_markers=(
        "will", "'ll", "’ll", "shall", "going to", "won't", "is to", "are to", "is to be", "are to be",
        "scheduled", "is expecting", "are expecting", "is expected to", "are expected to", "expects to", "expect to", "set to", "plans to",
        "plan to", "planning to", "is due", "are due", "slated", "upcoming", "to be held", "intends to",
        "as soon as", "as early as", "ahead of", "supposed to", "ends", "begins", "starts", "opens", "closes",
        "expires", "takes place", "kicks off", "goes on sale", "runs until", "lasts until",
        # a forecast of what someone will do (`is tipped to name his cabinet on Monday`)
        "is tipped to", "are tipped to", "is poised to", "are poised to", "is likely to", "are likely to",
        # a rule or a talk that starts on a day (`the ban comes into force on Monday`, `talks resume on Monday`)
        "comes into force", "come into force", "comes into effect", "come into effect", "takes effect",
        "take effect", "resumes", "is expected on", "are expected on",
    ),
    weak_future_markers=("would", "planned", "hopes to", "later this", "was due to", "were due to"),
    present_modals=(),
    past_markers=(
        "said", "told", "was", "were", "had", "did", "went", "came", "took", "made", "gave", "met", "began",
        "left", "held", "found", "got", "saw", "knew", "thought", "became", "fell", "rose", "won", "lost",
        "struck", "shot", "sent", "spent", "paid", "led", "brought", "kept", "ran", "sold", "bought",
        "fought", "caught", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "threw", "stood",
        "heard", "built", "fled", "sought", "sank", "withdrew", "arose", "blew", "drew", "hid", "hung",
        "stole", "swore", "tore", "woke", "ago", "last", "earlier", "yesterday", "since",
        # irregular pasts no present shares (not `put`, `cut`, `hit`, `shut`, `set`: also presents)
        "ate", "bent", "crept", "dealt", "drank", "dug", "fed", "felt", "forbade", "forgave", "forgot",
        "froze", "knelt", "lent", "meant", "mistook", "overcame", "oversaw", "overtook", "rang", "rode",
        "sang", "sat", "shone", "shook", "shrank", "slept", "slid", "sped", "spun", "sprang", "stuck", "strode",
        "swam", "swept", "swung", "taught", "understood", "undertook", "underwent", "upheld", "wept", "withheld",
        "wore",
        # regular pasts too short for the `-ed` pattern's three letters before it (`died`, `sued`)
        "died", "sued", "tied", "vied", "owed", "axed", "eyed",
        # irregular participles (`has shown`, `had begun`; not `known`, `given`: mostly adjectives)
        "shown", "seen", "taken", "gone", "done", "begun", "grown", "written", "spoken", "chosen", "driven",
        "fallen", "risen", "flown", "thrown", "withdrawn", "undertaken", "overtaken", "shaken", "sworn",
        # `forecast` is a present and a noun too: past where it compares with an earlier forecast
        # (`growth of 1.6%, less than forecast in July`)
        "than forecast", "than first forecast", "than previously forecast", "than had been forecast",
        "than it forecast", "than they forecast", "than was forecast", "had forecast", "as forecast",
        # a figure compared with an earlier one (`output grew 9%, down from 12% in February`)
        "down from", "up from",
    ),
    past_suffix="ed",
    not_past=frozenset("""
        agreed based bed bred exceed expected feed hatred hundred indeed intended kindred
        limited needed planned proceed proposed red reed sacred scheduled seed shed slated
        speed succeed unaudited unchanged unconfirmed undisclosed unemployed unexpected
        unidentified united unnamed unprecedented unrelated unsecured unsolved unspecified
        wed weed
""".split()),
    passive_auxiliaries=("be", "been", "being", "is", "are"),
    planned_past=(
        "had been scheduled", "had been expected", "had been set", "had been due", "had been planned",
        "had been slated", "looked set to", "seemed set to", "looked likely to", "seemed likely to",
    ),
    # (verbs that ask someone else to act: after `vowed to`, `voted to`, `threatened to` the day is mostly
    # the verb's own, `voted to approve the budget on Tuesday`)
    ahead_infinitives=(
        "asked ... to", "called on ... to", "invited ... to", "ordered ... to", "summoned ... to", "told ... to",
        "urged ... to",
    ),
    ahead_not_verbs=("the", "a", "an", "his", "her", "their", "its", "this", "that"),
    ahead_passive_auxiliaries=("was", "were"),
    past_adverbs=frozenset({"ago", "last", "earlier", "yesterday", "since"}),
    attributive_determiners=("the", "a", "an", "its", "his", "her", "their", "our"),
    reporting_verbs=frozenset("""
        added announced argued claimed declared explained insisted noted reported said
        stated told warned wrote
""".split()),
    half_after=(),
    every_words=(),  # (English's written grammar reads `every` itself)
    habitual_words=("every year", "each year", "annually", "usually", "typically", "traditionally", "normally", "customarily"),
    fronting_words=frozenset("""
        also and at but by during early from in late on since so that then yet
""".split()),
    number_words={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "a hundred": 100, "a couple of": 2, "a dozen": 12, "half a dozen": 6,
    },
    ordinal_words={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
        "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
        "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    },
    decade_words={
        "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
        "seventies": 1970, "eighties": 1980, "nineties": 1990,
    },
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    parts_of_day={
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        "mid-morning": "MO", "midmorning": "MO", "mid-afternoon": "AF", "midafternoon": "AF",
        "mid afternoon": "AF", "noon": "12:00", "midday": "12:00", "midnight": "24:00",
    },
    units={
        "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "F", "month": "M", "months": "M",
        "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
        "century": "CE", "centuries": "CE",
    },
    reference_words={
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
        "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "at present": "PRESENT_REF", "the present": "PRESENT_REF", "the present day": "PRESENT_REF", "these days": "PRESENT_REF",
        "presently": "PRESENT_REF", "then current": "PAST_REF",  # (not `at the moment`: TimeBank leaves it)
        "then-current": "PAST_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
        "more recently": "PAST_REF", "until recently": "PAST_REF", "recent years": "PAST_REF",
        "recent months": "PAST_REF", "recent weeks": "PAST_REF", "recent days": "PAST_REF",
        "the recent past": "PAST_REF", "recent past": "PAST_REF", "former times": "PAST_REF", "past years": "PAST_REF",
        "recent quarters": "PAST_REF", "the future": "FUTURE_REF", "coming days": "FUTURE_REF",
        "coming weeks": "FUTURE_REF", "coming months": "FUTURE_REF", "coming quarters": "FUTURE_REF",
        "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF",
        "the coming quarters": "FUTURE_REF", "the near future": "FUTURE_REF",
        "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF", "the coming years": "FUTURE_REF",
        "coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF", "soon": "FUTURE_REF",
        # a time ago with no number (`two years ago` is the `ago` rule's)
        "long ago": "PAST_REF", "not long ago": "PAST_REF", "not so long ago": "PAST_REF",
        "not too long ago": "PAST_REF", "not that long ago": "PAST_REF", "a while ago": "PAST_REF",
        "some time ago": "PAST_REF", "a long time ago": "PAST_REF", "some years ago": "PAST_REF",
        "some months ago": "PAST_REF", "years ago": "PAST_REF", "months ago": "PAST_REF",
        "decades ago": "PAST_REF", "weeks ago": "PAST_REF",
        "future": "FUTURE_REF",  # (alone only in `in future`: British `from now on`, `in future cases`)
    },
    era_nouns=frozenset("""
        business businesses children companies computers consumers culture economies economy
        families generation generations kids life lives market markets media men parents
        people politics society society's standards students technologies technology women
        world young youth
""".split()),
    holidays={
        "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
        "new year’s eve": (12, 31), "valentine's day": (2, 14), "valentine’s day": (2, 14),
        "st patrick's day": (3, 17), "independence day": (7, 4), "the fourth of july": (7, 4),
        "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
        "remembrance day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
        "christmas": (12, 25), "boxing day": (12, 26), "thanksgiving": "thanksgiving",
        "thanksgiving day": "thanksgiving", "election day": "election", "labor day": "labor",
        "labour day": "labor", "memorial day": "memorial", "easter": "easter", "easter sunday": "easter",
        "easter monday": "easter+1", "good friday": "easter-2", "super tuesday": "super_tuesday",
    },
    named_months={},
    weekday_name_prefixes=frozenset({
        "ash", "black", "bloody", "cyber", "easter", "girl", "good", "holy", "independent on", "ireland on",
        "low", "mail on", "man", "maundy", "palm", "scotland on", "shrove", "super", "wales on", "whit",
    }),
    weekday_name_suffixes=frozenset({
        "bloody", "business", "club", "edition", "express", "herald", "independent", "league", "magazine",
        "mail", "mirror", "newspaper", "newspapers", "night live", "observer", "paper", "papers", "people",
        "post", "programme", "record", "school", "show", "sport", "star", "supplement", "telegraph", "times",
        "tribune",
    }),
    count_nouns=frozenset("""
        a acres aircraft an animals applications arrests barrels birds branches bst
        calories cars cases cattle cc cet children companies complaints computers copies
        customers deaths delegates doctors dollars downloads e-mails emails employees
        entries euros fans feet films firms ft games gb ghz gmt goals guests hectares homes
        hours houses hp hrs items jobs kb kg kilometers kilometres km lines listeners
        matches mb members men messages meters metres mg mhz miles ml more nurses officers
        others pages participants patients pcs people per persons planes points police posts
        pounds prisoners pupils readers refugees rounds rpm runs seats shares ships shops
        sites soldiers songs species sq square staff stores students subscribers teachers
        tickets times titles tonnes tons troops units users utc vehicles victims viewers
        visitors voters votes weapons wickets women words workers x yards yen
""".split()),
    title_nouns=frozenset("""player players team coach manager goal album song single book novel film movie car person
        man woman artist act newcomer record sportsman sportswoman personality entrepreneur businessman businesswoman
        company word photographer journalist athlete athletes footballer cricketer golfer boxer driver rider
        jockey rookie actor actress singer band group writer author director designer performer comedian
        sportsperson programme show game gadget""".split()),
    year_name_words=(),
    non_head_words=frozenset("""
        last next that the this these at just right more until former near short long longer distant coming recent
""".split()),
    determiners=(),
    day_determiners=(),
    day_nouns=(),
    of_words=(),
    relative_words={},
    anaphoric_words={
        "the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1, "the same": 0, "that": 0,
    },
    plural_relative_words=frozenset(),
    plural_units=frozenset("days weeks months quarters years decades centuries".split()),
    vague_quantities=frozenset({"a few", "several", "many"}),
    approx_words=(),
    ago_before=(),
    ago_after=("ago",),
    hence_before=(),
    earlier_after=("earlier", "before"),
    later_after=(),
    edge_words=("early", "late", "mid"),
    late_edge_words=(),
    half_words={"first": 1, "second": 2, "last": 2, "latter": 2},
    quarter_words=(),
    decade_nouns=(),
    decade_suffixes=(),
    century_words=(),
    year_words=(),
    short_year_prepositions=(),
    relative_year_words={},
    range_words=(),
    since_words=(),
    deadline_words=(),
    until_words=("until", "till"),
    until_looking_back=("up", "not", "since", "from"),
    duration_prepositions=(),
    ambiguous_seasons=frozenset({"fall"}),
    ambiguous_units=frozenset(),
    clock_words={},
    clock_before=("at", "around", "about", "by", "until", "till", "from", "before", "after", "since"),
    hour_nouns=(),
    relative_day_parts={},
    anaphoric_days={},
    night_to_words=(),
    pod_phrases={},
    pod_connectors=(),
    reference_guards={},
    reference_not_after={},
    discourse_words=frozenset(),
    present_today=False,
    event_verbs=(),
    past_forms="",
    future_forms="",
    adverb_suffix="ly",
    verb_date_gap_words=("on",),
    relative_offsets={
        "last": -1, "this": 0, "next": 1, "this past": -1, "this coming": 1, "the coming": 1, "past": -1,
        "previous": -1, "the previous": -1, "following": 1, "the following": 1, "the": 0, "that": 0,
        "the current": 0, "the last": -1, "the next": 1,
    },
    relative_day_offsets={"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1},
    relative_day_phrase_offsets={"before yesterday": -2, "after tomorrow": 2, "last": -1, "this": 0},
    day_part_nouns=("morning", "afternoon", "evening", "night"),
    year_quantifiers=frozenset("""
        about some nearly almost approximately over under than another additional extra estimated roughly
        least total
""".split()),
    old_year_prepositions=frozenset("in since of by from until around before after circa c".split()),
    year_event_nouns=("season", "election", "elections"),
    year_date_words=frozenset("""
        christmas easter thanksgiving halloween day eve fiscal calendar year early late mid circa anno ad
        at within as than
""".split()),
    clock24_prepositions=frozenset("at around about by until till before after since from shortly".split()),
    mid_pod_prepositions=frozenset("by at in until till before after around since from about".split()),
    quarter_ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    reporting_period_nouns=("year", "months", "weeks", "quarter", "half", "period"),
    season_prepositions=frozenset("""
        in into toward towards during by until till since through over throughout for this last next early
        late mid of before after
""".split()),
    drop_followers=frozenset("in of from to by below back off since".split()),
    holiday_period_nouns=("weekend", "holiday", "holidays", "season", "break"),
    market_words=("close", "closing", "opening", "trading", "session", "high", "low", "level", "levels", "price",
                  "prices"),
    coordinators=("and", "but"),
    subject_pronouns=("they", "we", "he", "she", "it", "you", "i"),
    # (`until`, `through`, `by` before a date end a period ahead, `loans through January`: openers always)
    subordinators=("if", "when", "whenever", "unless", "until", "till", "once", "through", "by", "that", "which",
                   "who"),
    subordinating_prepositions=("before", "after"),
    preview_prepositions=("for", "before"),
    not_nouns=frozenset("""
        and or but to as is was are were will would for in of on at with than that which by from who
""".split()),
    clause_words=frozenset("and or but to as is was are were will would for in of on at with than that which".split()),
    modals=frozenset("will would could should might may must can shall does did had".split()),
    future_prepositions=frozenset("in into for about to toward towards on with from over and or".split()),
    owners=frozenset("its their our his her my your".split()),
    current_terms=frozenset("account accounts assets liabilities expenditure affairs".split()),
    hence_after=("from now", "hence"),
    slot_nouns=("show", "programme", "program", "slot", "bulletin"),
    plural_suffix="s",
    present_suffix="s",
    record_words=("first", "second", "third", "time", "times", "highest", "lowest", "biggest", "best", "worst",
                  "longest", "strongest", "weakest", "fastest", "slowest", "most", "least", "only", "last"),
    soon_before=frozenset("will would may might could should shall must to is are am be".split()),
    soon_clause_modals=frozenset({"will", "shall", "won't", "'ll"}),
    soon_not_after=frozenset({"too", "so", "how", "as"}),
    past_idioms=("a thing of",),
    meridiem_forms=r"[ap]\.?\s?m\b",
    market_price_forms=r"close(?=\s*[.,;:)]|\s+(?:of|at)\b)|closing\s+(?:price|level)s?\b",
    day_conjunctions=("and", "or", "&"),
    percent_words=frozenset({"percent", "per"}),
    period_end_verbs=("ended", "ending"),
    dimension_words=("by",),
    holiday_week_nouns=("week",),
    period_to_words=("to", "to the end of"),
    copulas=("is", "was", "will be"),
    day_subjects=("it is", "it's", "this is"),
    date_lead_prepositions=("on", "in", "as"),  # (`as recently as 2001`: the year is the time)
    date_lead_relatives=("last", "this", "next"),
    recent_date_words=("yesterday", "today", "last week", "last month", "last year"),
    possessive_suffixes=("'s",),
    title_abbreviations="Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Adm Cmdr Sen Rep Gov Pres Rev Sr Jr St Ft Mt vs No",
    definite_articles=("the",),
    near_demonstratives=("this",),
    far_demonstratives=("that",),
    next_words=("next",),
    of_prepositions=("of",),
    in_prepositions=("in",),
    within_prepositions=("in", "during"),
    toward_prepositions=("to",),
    since_prepositions=("since",),
    clock_idiom_words=("high",),
    question_words=("how",),
    now_not_after=("from", "by"),
    soon_followers=("will", "to"),
    quantity_words=("few", "several", "couple", "many"),
    hundred_words=("hundred",),
    number_joiners=("and",),
    spelled_year_openers=("the year",),
    generic_relative_days=("today", "tomorrow"),
    present_relative_days=("today",),
    night_relative_days=("tonight",),
    night_phrase_words=("last",),
    year_back_modifiers=("year-ago", "year-earlier"),
    year_back_prefixes=("last year", "year ago", "the year ago", "year earlier", "the year earlier"),
    year_ahead_prefixes=("next year",),
    quarter_possessives=("this year's", "last year's", "next year's", "year ago's", "the year ago's", "year earlier's", "the year earlier's"),
    quarter_relatives={"previous": -1, "prior": -1, "last": -1, "past": -1, "next": 1, "current": 0, "this": 0},
    latest_modifiers=("latest", "most recent"),
    same_words=("same",),
    same_period_modifiers=("same", "that", "fiscal", "calendar", "comparable"),
    set_quantifiers=("every", "each", "every other"),
    reference_roles={"future": "future_word", "the future": "the_future", "the past": "the_past", "now": "now",
                     "recently": "recently", "current": "current", "soon": "soon"},
    weekday_anaphors={"previous": -1, "the previous": -1, "following": 1, "the following": 1},
    relative_prepositions=("following",),
    ago_words=("ago",),
    term_words=("term",),
    clock_pod_phrases={"in the morning": 0, "in the afternoon": 12, "in the evening": 12, "at night": 12},
    range_end_words=("to", "until", "till", "through", "-", "–"),
    forward_determiners=("the next", "the following"),
    stretch_determiners=("the next",),
    examples=(),
)
