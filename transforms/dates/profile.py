"""What a language contributes to date extraction: the schema of `transforms/lang/<code>/dates.py`.

Every field is required (no defaults): a profile that forgets one fails when it is loaded, which the
schema test does for every supported language, instead of turning that language's articles into
error rows. Words are lower case (matching is case-insensitive; `capitalisation` says what case
means in the language). Multi-word phrases are written with single spaces; any run of white space
matches one. Values: units are `D`, `W`, `M`, `Q`, `Y`, `DE`, `CE` (as `calendar.shift` takes them), `H`
(a half year), `WE` (a weekend) and `HR` (hours: only their plural with last/next is a date, `nelle prossime
ore` the near future), offsets count from the anchor's unit (-1 last, 0 this, +1 next).
"""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsbeam.transforms.lang import SUPPORTED, profile

__all__ = ["DateProfile", "NO_WRITTEN_GRAMMAR", "date_profile", "all_profiles", "norm", "CAPITALISATION", "NUMERIC_ORDERS", "PAST_CLAUSE"]

# How month and weekday names are written: `names` capitalised, and lower case they are other words
# (English `may`, `march`); `nouns` capitalised like every noun (German: lower case is not a month);
# `lower` in lower case, and capitalised mid-sentence they are names (`Mayo`, `Domingo`, `Piątek`).
CAPITALISATION = ("names", "nouns", "lower")
# How an all-digit date orders day and month (`12/17/2024` in English, `17/12/2024` elsewhere).
NUMERIC_ORDERS = ("mdy", "dmy")
# In a reference word's guards: it counts in a clause whose verb is past (`mówił wtedy`, `ha allora rilevato`):
# "then" words (`wtedy`, `allora`, `тогда`) are a past time there, elsewhere "in that case" (`jeśli ..., wtedy`).
PAST_CLAUSE = "(past)"


# What a language whose grammar is built from its profile (`newsbeam.transforms.dates.profiled`) gives for the fields
# of the grammar written out in `rules` and `handlers` (English's): none of their words.
NO_WRITTEN_GRAMMAR: Mapping[str, object] = types.MappingProxyType({
    "relative_offsets": {}, "relative_day_offsets": {}, "relative_day_phrase_offsets": {}, "day_part_nouns": (),
    "year_quantifiers": frozenset(), "old_year_prepositions": frozenset(), "year_event_nouns": (),
    "year_date_words": frozenset(), "clock24_prepositions": frozenset(), "mid_pod_prepositions": frozenset(),
    "quarter_ordinals": {}, "reporting_period_nouns": (), "season_prepositions": frozenset(),
    "drop_followers": frozenset(), "holiday_period_nouns": (), "market_words": (), "coordinators": (),
    "subject_pronouns": (), "subordinators": (), "subordinating_prepositions": (), "preview_prepositions": (), "not_nouns": frozenset(), "clause_words": frozenset(),
    "modals": frozenset(), "future_prepositions": frozenset(), "owners": frozenset(), "current_terms": frozenset(),
    "soon_before": frozenset(), "hence_after": (), "slot_nouns": (),
    "soon_clause_modals": frozenset(), "soon_not_after": frozenset(), "past_idioms": (),
    "meridiem_forms": "", "market_price_forms": "", "day_conjunctions": (), "percent_words": frozenset(),
    "period_end_verbs": (), "dimension_words": (), "holiday_week_nouns": (), "period_to_words": (),
    "copulas": (), "day_subjects": (), "date_lead_prepositions": (), "date_lead_relatives": (),
    "recent_date_words": (), "possessive_suffixes": (), "title_abbreviations": "",
    "definite_articles": (),
    "near_demonstratives": (),
    "far_demonstratives": (),
    "next_words": (),
    "of_prepositions": (),
    "in_prepositions": (),
    "within_prepositions": (),
    "toward_prepositions": (),
    "since_prepositions": (),
    "clock_idiom_words": (),
    "question_words": (),
    "now_not_after": (),
    "soon_followers": (),
    "quantity_words": (),
    "hundred_words": (),
    "number_joiners": (),
    "spelled_year_openers": (),
    "generic_relative_days": (),
    "present_relative_days": (),
    "night_relative_days": (),
    "night_phrase_words": (),
    "year_back_modifiers": (),
    "year_back_prefixes": (),
    "year_ahead_prefixes": (),
    "quarter_possessives": (),
    "plural_suffix": "",
    "present_suffix": "",
    "record_words": (),
    "quarter_relatives": {},
    "latest_modifiers": (),
    "same_words": (),
    "same_period_modifiers": (),
    "forward_determiners": (), "set_quantifiers": (), "range_end_words": (), "clock_pod_phrases": {},
    "reference_roles": {}, "ago_words": (), "term_words": (), "weekday_anaphors": {}, "relative_prepositions": (),
    "stretch_determiners": (),
})


@dataclass(frozen=True, eq=False)  # (one instance per language: hashed and compared as itself)
class DateProfile:
    code: str                                   # ISO 639-1, the folder's name

    # --- names of the calendar
    months: Mapping[str, int]                   # every written form (abbreviations, case forms) -> 1..12
    ambiguous_months: frozenset[str]            # forms that alone (no day, year or preposition) are words
    weekdays: Mapping[str, int]                 # every written form -> 0 (Monday) .. 6
    weekday_adjectives: Mapping[str, int]       # `piątkowy raport` (Friday's report) -> 0 (Monday) .. 6
    weekday_compounds: Mapping[str, str]        # `Dienstagabend`: what a weekday is written together with -> MO, AF, EV, NI
    weekday_prepositions: tuple[str, ...]       # `в`, `w`: "on" before a weekday (left out of the span)
    weekday_needs_preposition: bool             # a weekday counts only after one (`Среда` is "environment")
    weekday_name_determiners: tuple[str, ...]   # words after which a capitalised weekday is still one
    capitalisation: str                         # one of CAPITALISATION
    month_prepositions: tuple[str, ...]         # words that make a bare month name a month (`im`, `en`, `since`)
    numeric_order: str                          # one of NUMERIC_ORDERS

    # --- relative expressions
    relative_days: Mapping[str, int]            # today/yesterday/tomorrow... -> day offset
    relative_days_lower_only: frozenset[str]    # of those, forms that capitalised are other words (`Morgen`)
    relative_days_not_after: Mapping[str, tuple[str, ...]]  # words before one that make it another word
    year_suffixes: tuple[str, ...]              # what follows a year and belongs to it (`года`, `r.`)

    # --- tense: which way a weekday or month without a year points
    future_markers: tuple[str, ...]             # words that put a clause in the future
    weak_future_markers: tuple[str, ...]        # cues that lean that way (`would`)
    present_modals: tuple[str, ...]             # of those, present-tense modals (`может`, `może`: can, may):
    #                                             `today` in their clause is still the present (`present_today`)
    past_markers: tuple[str, ...]               # irregular past forms and adverbs of the past
    past_suffix: str                            # regular past forms end so (`ed`; "" for none)
    not_past: frozenset[str]                    # words with that ending that are no past verbs
    passive_auxiliaries: tuple[str, ...]        # a participle after one is a passive, not a past
    planned_past: tuple[str, ...]               # `had been scheduled`: a past plan, read as one marker
    ahead_infinitives: tuple[str, ...]          # `invited ... to`: a past verb whose infinitive's act lies ahead
                                                # (`...` is its object, up to four words; the infinitive follows)
    ahead_not_verbs: tuple[str, ...]            # after the particle of one, words that make it a preposition
                                                # (`invited him to the talks`, `urged them to this`): no infinitive
    ahead_passive_auxiliaries: tuple[str, ...]  # with `passive_auxiliaries`, before one's verb: a report of what
                                                # was done (`was ordered to leave`), not a plan
    past_adverbs: frozenset[str]                # of the past markers, those that are no verb (`ago`, `last`): where
                                                # a clause's own verb is looked for, they are left out
    attributive_determiners: tuple[str, ...]    # a participle after one is an adjective
    reporting_verbs: frozenset[str]             # past verbs of attribution, which do not set the tense
    habitual_words: tuple[str, ...]             # `usually`, `every year`: a date in their clause recurs (`XXXX-10-01`)
    half_after: tuple[str, ...]                 # `e mezzo`, `y medio`, `et demi`: after a unit, an amount of time
    #                                             (`quest'ultimo anno e mezzo`), no date
    every_words: tuple[str, ...]                # `chaque`, `ogni`, `jeden`: right before a weekday or month, a set
    #                                             (`chaque samedi`, `chaque mois de mai`), no date
    fronting_words: frozenset[str]              # words that may precede a date opening a sentence

    # --- vocabulary
    number_words: Mapping[str, int | float]     # `anderthalb` is 1.5
    ordinal_words: Mapping[str, int]
    decade_words: Mapping[str, int]             # `the nineties` -> 1990
    seasons: Mapping[str, str]                  # -> SP, SU, FA, WI
    parts_of_day: Mapping[str, str]             # -> MO, AF, EV, NI, or a clock time (`noon` -> 12:00)
    units: Mapping[str, str]                    # calendar unit nouns -> unit codes
    reference_words: Mapping[str, str]          # -> PRESENT_REF, PAST_REF, FUTURE_REF
    era_nouns: frozenset[str]                   # `today's world`: the present era, not a day
    holidays: Mapping[str, tuple[int, int] | str]  # -> (month, day) or a moving feast's rule
    named_months: Mapping[str, int]             # month-long observances (`mese del pride`, `miesiąc dumy`) -> 1..12
    weekday_name_prefixes: frozenset[str]       # `Super Tuesday`, `the Mail on Sunday`: names
    weekday_name_suffixes: frozenset[str]       # `the Sunday Times`: names
    count_nouns: frozenset[str]                 # `2000 troops`: a number, not a year
    title_nouns: frozenset[str]                 # `player of the year`, `goal of the month`: an award's name
    year_name_words: tuple[str, ...]            # stems of nouns naming a plan, law or report with its year
    #                                             (`Agenda 2030`, `Coronavirus-Gesetz 2020`): such a year is part of a name
    non_head_words: frozenset[str]              # words of relative phrases too common to look for

    # --- the profiled grammar (`newsbeam.transforms.dates.profiled`: every language but English, whose grammar is
    # written out in `rules`). Forms are listed as the text writes them: every case form that occurs.
    determiners: tuple[str, ...]                # articles a span keeps (`la semaine dernière`, `los años 90`)
    day_determiners: tuple[str, ...]            # those before a day of the month (`el 19 de septiembre`, `dem 24.`)
    day_nouns: tuple[str, ...]                  # `el día 5`, `il giorno 12`: a noun before a day of the month
    of_words: tuple[str, ...]                   # `des`, `de la`, `del`, `di`: between an edge word and its period
    relative_words: Mapping[str, int]           # last / this / next, counted from the anchor: -1, 0, +1
    anaphoric_words: Mapping[str, int]          # previous / same / following, counted from the date just named
    plural_units: frozenset[str]                # the forms of `units` that are plurals (`den letzten Jahren`)
    plural_relative_words: frozenset[str]       # relative words that make their unit plural (`les derniers mois`)
    vague_quantities: frozenset[str]            # `einigen`, `unos`, `kilka`: a number not given
    approx_words: tuple[str, ...]               # `etwa`, `environ`, `около`: before a number, kept in the span
    ago_before: tuple[str, ...]                 # `vor drei Tagen`, `hace dos años`, `il y a un an`, `przed laty`
    ago_after: tuple[str, ...]                  # `due anni fa`, `два года назад`, `dwa lata temu`
    hence_before: tuple[str, ...]               # `in drei Tagen`, `dans deux ans`, `через два года`, `za rok`
    earlier_after: tuple[str, ...]              # `ein Jahr zuvor`: before the date just named
    later_after: tuple[str, ...]                # `zwei Jahre später`: after the date just named
    edge_words: tuple[str, ...]                 # `Anfang März`, `fin 2023`, `начала 1990-х`: valued as the period
    late_edge_words: tuple[str, ...]            # of those, the ones for its end: `pod koniec tygodnia` in a past clause early
    #                                             in the week is last week's end
    half_words: Mapping[str, int]               # `ersten halbjahr`, `pierwszej połowie` -> 1 or 2
    quarter_words: tuple[str, ...]              # `quartal`, `trimestre`, `квартале`, after an ordinal
    decade_nouns: tuple[str, ...]               # `années 1950`, `anni '90`, `latach 90.`, `1980-е годы`
    decade_suffixes: tuple[str, ...]            # `90er`, `90-х`, `90.`: what makes a number a decade
    century_words: tuple[str, ...]              # `XX wieku`, `XXI века`, `20. Jahrhundert`
    year_words: tuple[str, ...]                 # before a year, kept in the span (`Jahr 2020`, `roku 1956`)
    short_year_prepositions: tuple[str, ...]    # before an apostrophe and two digits, a year of the last century or
    #                                             this one (`nel '68`, `nell'89`), left out of the span
    relative_year_words: Mapping[str, int]      # `tegorocznej`, `diesjährigen`, `Vorjahr` -> year offset
    range_words: tuple[str, ...]                # between the two dates of a range (`19 do 25 maja`)
    since_words: tuple[str, ...]                # `seit`, `depuis`, `desde`: the date after one is past
    deadline_words: tuple[str, ...]             # `entro`, `d'ici`, `spätestens`: the date after one is a deadline,
    #                                             ahead unless its clause is past (`entro il 31 dicembre`)
    until_words: tuple[str, ...]                # `until`, `till` after a verb: the date is a deadline, ahead whatever
    #                                             the verb's tense (`postponed until Tuesday`); not capitalised
    until_looking_back: tuple[str, ...]         # before an until-word, make it look back (`up until`, `not until`)
    duration_prepositions: tuple[str, ...]      # `w ciągu`, `während`: `the last week` after one is a duration
    ambiguous_seasons: frozenset[str]           # season names that are also words (`été`, "been")
    ambiguous_units: frozenset[str]             # unit forms that with `this` are other words (`w tym wieku`: at
    #                                             this age), so only last/next make them a period
    clock_words: Mapping[str, int]              # after an hour, hours to add (`9 утра` 0, `2 дня` 12, `10 uhr` 0)
    clock_before: tuple[str, ...]               # before an hour with its minutes (`alle 9.30`, `a las 12:00`)
    hour_nouns: tuple[str, ...]                 # of those, clock nouns after which an hour alone is a time (`godz. 18`)
    relative_day_parts: Mapping[str, tuple[int, str]]  # `stasera` -> (0, "EV"), `anoche` -> (-1, "NI")
    anaphoric_days: Mapping[str, int]           # `le lendemain`, `am Vortag`: days from the date just named
    night_to_words: tuple[str, ...]             # `Nacht zum Sonntag`, `ночь на воскресенье`: the night before that day
    pod_phrases: Mapping[str, str]              # `in serata`, `am Abend`, `вечером` -> EV: a part of the day spoken of
    pod_connectors: tuple[str, ...]             # `por la` in `el lunes por la mañana`
    reference_guards: Mapping[str, tuple[str, ...]]    # a reference word that counts only after one of these
    #                                                   (or, with PAST_CLAUSE among them, in a past clause: `wtedy`)
    reference_not_after: Mapping[str, tuple[str, ...]]  # ... or never after one of these (`un'ora`: an hour;
    #                                                   with PAST_CLAUSE, never in a past clause: `soon` there is narrated)
    discourse_words: frozenset[str]             # reference words that open a sentence with a comma as "well,"
    present_today: bool                         # `today` in a present-tense clause is the present, not a day
    event_verbs: tuple[str, ...]                # present forms reporting the day's event (`beginnt`, `s'ouvre`, `rozpoczyna się`):
    #                                             `today` in their clause is the day, not the present
    past_forms: str                             # a regex for the regular past forms (over the lower-cased text)
    future_forms: str                           # a regex for the future forms

    # --- tense cues every language's clauses are read with (`newsbeam.transforms.dates.tense`)
    adverb_suffix: str                          # adverbs end so (`ly`: `is fully booked`, `the hastily planned
    #                                             trip`: the auxiliary or determiner before one still counts); "" none
    verb_date_gap_words: tuple[str, ...]        # words a past verb governing a date may stand apart from it by
    #                                             (`said on Thursday`)

    # --- the words of the grammar written out in `newsbeam.transforms.dates.rules` and `handlers` (English's):
    # the other languages' grammar is built from the fields above, and they leave these empty
    relative_offsets: Mapping[str, int]         # the `rel` words of its rules (`this past`, `the following`) -> -1, 0, +1
    relative_day_offsets: Mapping[str, int]     # today/tonight/tomorrow/yesterday -> day offset (`tonight` too)
    relative_day_phrase_offsets: Mapping[str, int]  # `the day before yesterday`, `last night`, `this morning`
    day_part_nouns: tuple[str, ...]             # parts of the day that make a weekday's possessive (`Monday night's`)
    year_quantifiers: frozenset[str]            # before a four-digit number, a quantity (`about 1500 metres`)
    old_year_prepositions: frozenset[str]       # a year before 1700 only after one (`in 1066`)
    year_event_nouns: tuple[str, ...]           # after a quantifier, still a year (`over 2004 elections`)
    year_date_words: frozenset[str]             # capitalised words that may stand before a year in a date
    #                                             (`Christmas 2004`, `Fiscal 2005`), beside month, weekday and season names
    clock24_prepositions: frozenset[str]        # before a 24-hour time with no zone, make it one (`at 14:30`)
    mid_pod_prepositions: frozenset[str]        # before `mid-afternoon`, make it a time (`by mid afternoon`)
    quarter_ordinals: Mapping[str, int]         # `the third quarter` -> 3
    reporting_period_nouns: tuple[str, ...]     # `the year to March`: a period closed by a month
    season_prepositions: frozenset[str]         # make a season name a season (`in summer`), not a word
    drop_followers: frozenset[str]              # after an ambiguous season, make it a drop (`the fall in prices`)
    holiday_period_nouns: tuple[str, ...]       # `Easter weekend`, `the Christmas holidays`: longer than the day
    market_words: tuple[str, ...]               # after a weekday's possessive, a market's day (`Friday's close`)
    coordinators: tuple[str, ...]               # `and`, `but` opening a coordinate clause
    subject_pronouns: tuple[str, ...]           # subjects of one (`... and they meet again on Tuesday`)
    subordinators: tuple[str, ...]              # open a clause the main verb's tense does not settle (`if`, `when`)
    subordinating_prepositions: tuple[str, ...]  # open such a clause too (`until the case is heard`), or, before a
    #                                             determiner, a phrase of the main clause (`after the show in May`)
    preview_prepositions: tuple[str, ...]       # before a weekday's possessive in a clause not past, the event ahead
    #                                             (`fit for Saturday's game`)
    not_nouns: frozenset[str]                   # function words: after a month or season, no noun it modifies
    clause_words: frozenset[str]                # function words that may follow a time phrase ending a noun phrase
    modals: frozenset[str]                      # after `the future`, make it a noun (`the future will`)
    future_prepositions: frozenset[str]         # before `the future`, make it a noun (`in the future people`)
    owners: frozenset[str]                      # possessives that make `future` a noun (`its future`)
    current_terms: frozenset[str]               # nouns `current` names a kind of (`current account`), not a time
    soon_before: frozenset[str]                 # before `soon`, make it point ahead (`will soon`)
    soon_clause_modals: frozenset[str]          # earlier in a clause `soon` ends, make it point ahead (`will be
    #                                             gone soon`; a `'`-initial one is a clitic: `he'll`)
    soon_not_after: frozenset[str]              # ... but not after a degree word (`will come too soon`)
    past_idioms: tuple[str, ...]                # before `the past`, make it an idiom, not a time (`a thing of`)
    meridiem_forms: str                         # a regex for am/pm after a clock (`a.m.`, `pm`): then no 24-hour time
    market_price_forms: str                     # a regex for a price a market fixed, after a weekday's
    #                                             possessive (`Friday's close`, `closing price`): past whatever the tense
    day_conjunctions: tuple[str, ...]           # join a second day to a month and day (`April 24 and 25`)
    percent_words: frozenset[str]               # after such a number, a percentage, not a day (`May 5 and 6 percent`)
    period_end_verbs: tuple[str, ...]           # `the quarter ended July 31`: the day that closes a period
    dimension_words: tuple[str, ...]            # between two numbers, a size (`2048 by 1536`), not a year
    holiday_week_nouns: tuple[str, ...]         # after a holiday, its week (`Easter week`)
    period_to_words: tuple[str, ...]            # a reporting period up to a month (`the year to March`,
    #                                             `the year to the end of March`)
    copulas: tuple[str, ...]                    # `today is`, `today was`: a relative day as the subject
    day_subjects: tuple[str, ...]               # subjects that mean today (`it is`, `this is` the eighth day)
    date_lead_prepositions: tuple[str, ...]     # before a date just after `recently` (`recently in May`)
    date_lead_relatives: tuple[str, ...]        # ... and its relative word (`recently last October`)
    recent_date_words: tuple[str, ...]          # dates of their own after `recently` (`recently yesterday`)
    possessive_suffixes: tuple[str, ...]        # `today's`: a possessive (`today's world`, an era)
    title_abbreviations: str                    # titles and abbreviations whose period ends no sentence
    #                                             (`Mr.`, `Gen.`, `vs.`), as written, space-separated
    definite_articles: tuple[str, ...]      # the definite article (`the day`, `the fall of Rome`)
    near_demonstratives: tuple[str, ...]    # `this` (`this summer`, `this weekend`): the anchor's own
    far_demonstratives: tuple[str, ...]     # `that` (`that summer`): the one of the date just named
    next_words: tuple[str, ...]             # `next weekend` the following week's; `the next year` after a date
    of_prepositions: tuple[str, ...]        # `of` (`the future of`, `the people of tomorrow`)
    in_prepositions: tuple[str, ...]        # `in` (`in five years' time`, `in future`)
    within_prepositions: tuple[str, ...]    # before `the morning`, that part of the day just named
    toward_prepositions: tuple[str, ...]    # `moved the vote to the fall`: towards a season
    since_prepositions: tuple[str, ...]     # `since year-end`: the previous year's end
    clock_idiom_words: tuple[str, ...]      # before a named clock time, an idiom (`high noon`)
    question_words: tuple[str, ...]         # `how long ago?` asks, names no time
    now_not_after: tuple[str, ...]          # `from now on`: a duration's start, not the present
    soon_followers: tuple[str, ...]         # after `soon`, make it point ahead (`soon will`, `soon to`)
    quantity_words: tuple[str, ...]         # `the past few years`: a duration
    hundred_words: tuple[str, ...]          # in a spelled year (`nineteen hundred and five`)
    number_joiners: tuple[str, ...]         # ... and the word joining its parts
    spelled_year_openers: tuple[str, ...]   # before a year written out (`the year two thousand`)
    generic_relative_days: tuple[str, ...]  # `today's world`, `the people of tomorrow`: an era
    present_relative_days: tuple[str, ...]  # set against years off, the present (`fewer farms today than in 1950`)
    night_relative_days: tuple[str, ...]    # a relative day that is a night (`tonight`)
    night_phrase_words: tuple[str, ...]     # with no part of day, a night (`last night`)
    year_back_modifiers: tuple[str, ...]    # a period a year before (`the year-ago quarter`)
    year_back_prefixes: tuple[str, ...]     # ... as a possessive (`last year's third quarter`)
    year_ahead_prefixes: tuple[str, ...]    # a period a year after (`next year's first quarter`)
    quarter_possessives: tuple[str, ...]    # modifiers of a quarter read as one word
    quarter_relatives: Mapping[str, int]    # a quarter from the anchor's (`the previous quarter`)
    latest_modifiers: tuple[str, ...]       # the report's own quarter (`the latest quarter`)
    same_words: tuple[str, ...]             # `the same quarter`, `the same day`: the period just named
    same_period_modifiers: tuple[str, ...]  # with `same` alone, no quarter placed
    reference_roles: Mapping[str, str]          # reference words the `ref` handler guards, by role: `future_word`
    #                                             (adjective or noun), `the_future`, `the_past`, `now`, `recently`,
    #                                             `current`, `soon`
    weekday_anaphors: Mapping[str, int]         # before a weekday, counted from the date just named (`the
    #                                             previous Tuesday` -1, `the following Monday` +1)
    relative_prepositions: tuple[str, ...]      # of those, ones that are prepositions before a possessive
    #                                             (`following Tuesday's vote`: after the vote)
    ago_words: tuple[str, ...]                  # ending a reference phrase, counted back (`long ago`)
    term_words: tuple[str, ...]                 # ending one, a horizon (`the long term`)
    clock_pod_phrases: Mapping[str, int]        # after a clock time, hours to add to it (`in the evening` 12)
    range_end_words: tuple[str, ...]            # between two days, a range: the second is on or after the first
    set_quantifiers: tuple[str, ...]            # before a weekday or month, a recurring time (`every Tuesday`)
    forward_determiners: tuple[str, ...]    # `the following day`: after the date just named
    stretch_determiners: tuple[str, ...]    # ... but `the next year` is a stretch of time (not `the next day`)
    hence_after: tuple[str, ...]                # `two years from now`, `five years hence`: counted from the anchor
    slot_nouns: tuple[str, ...]                 # after a weekday and part of day, a broadcast's weekly slot
    #                                             (`the Sunday evening show`), not a day
    plural_suffix: str                          # regular plural nouns end so (`s`; doubled it is no plural:
    #                                             `business`), and units lose it (`days` -> `day`)
    present_suffix: str                         # a present verb's third person ends so (`the future looks`)
    record_words: tuple[str, ...]               # before `in two years`, a record's stretch, not a date ahead
    #                                             (`the first time in`, `its highest level in`)

    # --- executable examples of the rules built from this profile: (rule name, text, span, value), the
    # text read with the anchor EXAMPLE_ANCHOR of `newsbeam.transforms.dates.rules` (Friday 2024-12-20)
    examples: tuple[tuple[str, str, str, str], ...]

    def __post_init__(self) -> None:
        check_types(self)
        if self.capitalisation not in CAPITALISATION:
            raise ValueError(f"{self.code}: capitalisation {self.capitalisation!r} not one of {CAPITALISATION}")
        if self.numeric_order not in NUMERIC_ORDERS:
            raise ValueError(f"{self.code}: numeric_order {self.numeric_order!r} not one of {NUMERIC_ORDERS}")
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            words = value if isinstance(value, (Mapping, frozenset)) or field.name.endswith(
                ("markers", "prepositions", "suffixes", "determiners", "auxiliaries", "past", "words")) else ()
            bad = [w for w in words if isinstance(w, str) and (w != w.lower() or w != " ".join(w.split()))]
            if bad:
                raise ValueError(f"{self.code}: {field.name} must be lower-case words with single spaces: {bad[:3]}")
            if field.name not in ("examples", "past_forms", "future_forms"):
                object.__setattr__(self, field.name, _normalised(value))  # (frozen: set once, here)
        if not 12 == len(set(self.months.values())) or not 7 == len(set(self.weekdays.values())):
            raise ValueError(f"{self.code}: every month and weekday needs a name")


def norm(phrase: str) -> str:
    """A phrase as profiles key it: lower case, single spaces, `'` for `’` (the grammar matches either)."""
    return " ".join(phrase.lower().replace("’", "'").split())


def _normalised(value):
    """A field's words as `norm` keys them (examples and other non-word values unchanged)."""
    if isinstance(value, Mapping):
        return {norm(k) if isinstance(k, str) else k: v for k, v in value.items()}
    if isinstance(value, frozenset):
        return frozenset(norm(w) if isinstance(w, str) else w for w in value)
    if isinstance(value, tuple) and all(isinstance(w, str) for w in value):
        return tuple(dict.fromkeys(norm(w) if w else w for w in value))
    return value


def _conforms(value, hint) -> bool:
    """Whether `value` is of the (simple) type `hint`: str, bool, int, unions, tuple[X, ...], tuple[X, Y],
    frozenset[X], Mapping[K, V]."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is None:
        return isinstance(value, hint) and (hint is not int or not isinstance(value, bool))
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(_conforms(v, a) for v, a in zip(value, args))
    if origin is frozenset:
        return isinstance(value, frozenset) and all(_conforms(v, args[0]) for v in value)
    if origin in (Mapping, dict):
        return isinstance(value, Mapping) and all(_conforms(k, args[0]) and _conforms(v, args[1])
                                                  for k, v in value.items())
    raise TypeError(f"no check for {hint}")


def check_types(profile: "DateProfile") -> None:
    """Every field of a profile has the type its annotation says (a dict where a tuple belongs would
    otherwise fail only when some article reaches the rule that reads it)."""
    hints = typing.get_type_hints(type(profile))
    for field in dataclasses.fields(profile):
        if not _conforms(getattr(profile, field.name), hints[field.name]):
            raise TypeError(f"{profile.code}: {field.name} is not a {hints[field.name]}: {getattr(profile, field.name)!r:.80}")


def date_profile(code: str) -> DateProfile | None:
    """The dates profile of a supported language, or None (then English rules alone apply)."""
    found = profile(code, "dates")
    if found is not None and not isinstance(found, DateProfile):
        raise TypeError(f"transforms/lang/{code}/dates.py: PROFILE is a {type(found).__name__}, not a DateProfile")
    return found


@lru_cache(maxsize=None)
def all_profiles() -> tuple[DateProfile, ...]:
    """The profile of every supported language, English first."""
    found = tuple(p for p in (date_profile(code) for code in SUPPORTED) if p is not None)
    if [p.code for p in found] != list(SUPPORTED):
        raise LookupError(f"a supported language has no dates profile: {sorted(set(SUPPORTED) - {p.code for p in found})}")
    return found
