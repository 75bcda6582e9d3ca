"""Handlers: what a rule's match means. Each takes the document and the match (over the lower-cased
text; capitalisation is read from the original) and returns (start, end, Point or reference value[,
context]) or None when the match is not a date after all (`May` as a name, `2000 troops`).

`context=False` marks a comparison period (`a year earlier`) that later anaphora do not refer to.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Callable

from newsbeam.transforms.dates.document import Doc
from newsbeam.transforms.dates.patterns import ANY_MONTH, ANY_WEEKDAY, DAY, EN, FLAGS, HOLIDAY, MONTH, NUMBERS, POD, WD, YEAR, alt, last_match, \
    norm
from newsbeam.transforms.dates.tense import prev_word
from newsbeam.transforms.dates.timex import (
    Point, day_point, holiday_date, month_point, quarter_point, render, resolve_month,
    resolve_quarter, resolve_season, resolve_weekday, this_season_year, shift, week_point, weekend_point, year_point,
)

def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether `pos` starts a sentence (after `.`, `?`, a line break or an opening quote thereafter)."""
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'‘“`(«„"):
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?:;"


def _title_cased(text: str, m: re.Match, group: str) -> bool:
    """A capitalised word that should be lower case here is part of a name (`ABC's "This Week"`,
    `VOA Today`), unless the text is in capitals anyway or the word starts a sentence."""
    if m.group(group) is None:
        return False
    word = text[m.start(group):m.end(group)]
    if not word[:1].isupper() or word.isupper():
        return False
    return not _sentence_initial(text, m.start(group)) and not _headline_case(text, m.start(group))


# Function words the handlers test for, from the profile (`the`, `this`, `that`, `of`, `in`, `to`).
_THE, _THIS, _THAT, _NEXT = EN.definite_articles, EN.near_demonstratives, EN.far_demonstratives, EN.next_words
_OF, _IN, _TO = EN.of_prepositions, EN.in_prepositions, EN.toward_prepositions
_DEFINITE = (*_THE, *_THAT)
_BARE_OR_DEFINITE = ("", *_DEFINITE)


def _headline_case(text: str, pos: int) -> bool:
    """Whether `pos` is in a short line written in Title Case (`Unity Meeting Scheduled For Next Week`),
    where a capital says nothing of a name: three in four of its longer words are capitalised (not
    after `the`: `The Tomorrow People`)."""
    if prev_word(text, pos) in _THE:
        return False
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if hi - lo > 150:
        return False
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text[lo:hi])]
    return len(words) >= 4 and 4 * sum(w[0].isupper() for w in words) >= 3 * len(words)


def _next_word(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "-"):
        j += 1
    return text[i:j]


_MONTH_PREPOSITIONS = frozenset(EN.month_prepositions)
# Words before a four-digit number that make it a quantity (`about 1500 metres`, `another 2000 seats`).
_YEAR_QUANTIFIERS = EN.year_quantifiers


def _month_number(word: str) -> int:
    return ANY_MONTH[word.lower().rstrip(".")]


def _orig(doc: "Doc", m: re.Match, group: str | int = 0) -> str:
    """A group as written: rules match the lower-cased text, capitalisation is read here."""
    return doc.text[m.start(group):m.end(group)]


def _en_month_ok(doc: "Doc", m: re.Match) -> bool:
    """English month names must be capitalised (`may`, `march` are words)."""
    return _is_capitalised(_orig(doc, m, "month"))


def _pod_suffix(word: str | None) -> str:
    return EN.parts_of_day[word.lower()] if word else ""


def _day_in(doc: Doc, year: int | None, month: int, day: int, start: int, end: int) -> Point | None:
    """A month/day without year: the year from the anchor and the tense, else the last explicit year."""
    if not 1 <= day <= 31:
        return None
    if year is None and doc.habitual(start, end):
        return Point("day", None, month, day)  # `comienza habitualmente el 1 de octubre`: any year's
    if year is None and (first := _range_start(doc, start)) is not None:
        year = first.year + ((month, day) < (first.month, first.day))  # `from June 1 to November 30`: after it
    if year is None:
        if doc.anchor:
            year = doc.month_day_year(month, day, start, end)
            if year is None:
                return None
        else:
            year = doc.year_hint
    try:
        dt.date(year or 2000, month, day)  # leap year stands in when the year is unknown
    except ValueError:
        return None
    return Point("day", year, month, day)


def _range_start(doc: Doc, start: int) -> Point | None:
    """The day a range's end at `start` runs from, when only a range word stands between them (`June 1
    to`, `June 1 through`, `1 June -`): the end day is that one or after it."""
    last = doc.last
    if last is None or last.gran != "day" or last.year is None or last.month is None or last.day is None \
            or not 0 < start - doc.last_end <= 12:
        return None
    between = norm(doc.text[doc.last_end:start])
    return last if between in doc.profile.range_end_words else None


def _anchor_or_unknown(doc: Doc, make: Callable[[dt.date], Point], unknown: Point) -> Point:
    return make(doc.anchor) if doc.anchor else unknown


# ----------------------------------------------------------------------------- English
def _clock_time(m: re.Match) -> str:
    """`10:35 a.m.` -> `10:35`, `noon` -> `12:00` (what follows `T` in a TIMEX3 value)."""
    if m.group("named"):
        return EN.parts_of_day[m.group("named").lower()]
    hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    return f"{hour:02d}:{m.group('minute') or '00'}"


def time_day(doc: Doc, m: re.Match):
    time = _clock_time(m)
    day = _day_of(doc, m, m.start(), m.end())
    if day is None:
        return None
    on_day = day
    if day.known or day.weekday is not None or day.month is not None:
        day = dataclasses.replace(day, time=time)
    if m.group("on"):
        # `at 8am on Friday`: the time on that day, and the day a mention of its own, read with the time's
        # tense; the rules of their own take `on Friday evening` and `on Nov. 6, 2004`
        time_end = len(doc.text[:m.start("on")].rstrip(" ,\t\n"))
        if m.group("month") or _POD_AHEAD.match(doc.low, m.end()) or _DATE_AHEAD_OF_WEEKDAY.match(doc.low, m.end()):
            return m.start(), time_end, day
        day_start = m.start("wd") if m.group("wd") else m.start("rd")
        return m.start(), time_end, day, True, ((day_start, m.end(), on_day),)
    return m.start(), m.end(), day


_POD_AHEAD = re.compile(rf"\s+{POD}")
_DATE_AHEAD_OF_WEEKDAY = re.compile(rf",?\s+(?:{DAY}|{MONTH})")  # `on Tuesday 9 November`: the date rules' whole


# The day after an aside in parentheses, which the time is on (the span keeps to the time, as TimeML's).
_RELATIVE_DAY = alt(EN.relative_day_offsets)
_ON = alt(EN.verb_date_gap_words)
_DAY_AFTER_ASIDE = re.compile(rf"\s*\([^()\n]{{1,24}}\)\s*(?:(?:{_ON})\s+)?(?:{WD}|(?P<rd>{_RELATIVE_DAY})\b)")


def clock(doc: Doc, m: re.Match):
    """A clock time without its day (`at 10:35 a.m.`, `at midday`): TimeML places it on the day the
    text is speaking of, the day named just before, else the anchor's (`high noon` is an idiom)."""
    if m.group("named") and prev_word(doc.text, m.start()) in EN.clock_idiom_words:
        return None
    after = _DAY_AFTER_ASIDE.match(doc.low, m.end())
    if after is not None and (after.group("rd") or _is_capitalised(_orig(doc, after, "wd"))):
        day = _day_of(doc, after, m.start(), m.end())  # `10:35 a.m. (0735 GMT) Friday`
    elif _alone_on_its_line(doc.text, m.start(), m.end()):
        day = day_point(doc.anchor) if doc.anchor else Point("day")  # a live report's time stamp: the day of it
    else:
        day = doc.day_spoken_of(m.start())
    return m.start(), m.end(), dataclasses.replace(day, time=_clock_time(m))


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """`\n\n6:20 p.m.\n\nClinton says ...`: a live report's entry stamp, not a time of the day just named."""
    line_end = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and \
        not text[end:line_end if line_end >= 0 else len(text)].strip()


# Words before a 24-hour time without a zone that make it one (`at 14:30`; not `won 2.30` or `John 3:16`).
_CLOCK24_PREPOSITIONS = EN.clock24_prepositions
_DAY_AFTER_TIME = re.compile(rf",?\s+(?:(?:{_ON})\s+)?(?:{WD}|(?P<rd>{_RELATIVE_DAY})\b)")


def clock24(doc: Doc, m: re.Match):
    """A 24-hour time (`at 14:30`, `10.30 local time`, `2200 GMT`): with a zone, or with a colon after
    `at` and such (four digits, or a dot, only with a zone: else a year, a number or a price). On the day named right after it (`10:30
    local time on Tuesday`: the weekday is a mention of its own), else the day spoken of."""
    zone = m.group("zone")
    if zone and m.group("hhmm") and not doc.text[m.start("zone"):m.end("zone")].strip().isupper():
        return None  # (four digits and a zone in lower case: a year and a word, `le Rapport 2022 est publié`)
    pod = None if zone or m.group("hhmm") else _CLOCK_POD.match(doc.low, m.end())
    if pod is not None and _modifies_noun(_next_word(doc.text, pod.end())):
        pod = None  # `at 2.50 in the morning session`: a price, and the session's morning
    if not zone and (m.group("hhmm") or prev_word(doc.text, m.start()) not in _CLOCK24_PREPOSITIONS
                     or (doc.text[m.start() + len(m.group("hour"))] != ":" and pod is None)
                     or _AMPM_AHEAD.match(doc.low, m.end())):
        return None  # (`at 2.50` is a price: a dot only with a zone, or a part of day: `at 8.30 in the evening`)
    hour, minute = (m.group("hour"), m.group("minute")) if m.group("hour") else (m.group("hhmm"), m.group("mm"))
    end = m.end()
    if pod is not None:  # `at 7:45 in the evening`: one time, the hour on a 12-hour clock
        end = pod.end()
        if int(hour) < 12:
            hour = str(int(hour) + EN.clock_pod_phrases[norm(pod.group("pod"))])
    after = _DAY_AFTER_TIME.match(doc.low, end)
    day = None
    if after is not None and (after.group("rd") or _is_capitalised(_orig(doc, after, "wd"))):
        day = _day_of(doc, after, m.start(), m.end())
    if day is None:
        day = doc.day_spoken_of(m.start())
    return m.start(), end, dataclasses.replace(day, time=f"{int(hour):02d}:{minute}")


def _modifies_noun(nxt: str) -> bool:
    """Whether a lower-case word that can be a noun follows (not `on`, `and`, `when`)."""
    return nxt[:1].islower() and nxt not in _CLAUSE_WORDS and nxt not in _NOT_NOUNS


# After a clock time, the part of the day that says which half of the day it is in (`7:45 in the morning`).
_CLOCK_POD = re.compile(rf"\s+(?P<pod>{alt(EN.clock_pod_phrases)})\b")
_AMPM_AHEAD = re.compile(rf"\s*(?:{EN.meridiem_forms})")


_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
# The parts of the day `mid-` makes (`midmorning`, `midafternoon`), as the profile spells them run together.
_MID_PARTS_OF_DAY = {w: v for w, v in EN.parts_of_day.items() if w.isalpha() and w not in EN.day_part_nouns
                     and v in ("MO", "AF")}
_PLURAL = EN.plural_suffix


# Prepositions before `mid-afternoon` that make it a time (`by mid afternoon`; not `mid-afternoon tea`).
_MID_POD_PREPOSITIONS = EN.mid_pod_prepositions


def mid_pod(doc: Doc, m: re.Match):
    """`by mid afternoon`: that part of the day being spoken of (`1998-03-06TAF`)."""
    if prev_word(doc.text, m.start()) not in _MID_POD_PREPOSITIONS:
        return None
    pod = EN.parts_of_day[_SPACE_OR_HYPHEN.sub("", m.group("mid"))]  # (`mid afternoon` is `midafternoon`)
    return m.start(), m.end(), dataclasses.replace(doc.day_spoken_of(m.start()), time=pod)


def _day_of(doc: Doc, m: re.Match, start: int, end: int) -> Point | None:
    """The day named by a weekday, today/yesterday/tomorrow or month + day group in a match."""
    if m.group("wd"):
        if not _is_capitalised(_orig(doc, m, "wd")):
            return None
        return _weekday_point(doc, EN.weekdays[m.group("wd").lower()], 0, start, end)
    if m.group("rd"):
        offset = EN.relative_day_offsets[m.group("rd").lower()]
        return _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=offset)), Point("day"))
    if not _en_month_ok(doc, m):
        return None
    return _day_in(doc, None, _month_number(m.group("month")), int(m.group("day")), start, end)


_POSSESSIVE = re.compile(rf"(?:\s+(?:{alt(EN.day_part_nouns)}))?['’]s\b")
# A market's day, reported after it (`Thursday's closing price`); other events named so in a clause
# with no tense are the nearer day (`expect her to win Monday's debate`, said on Sunday).
_MARKET_PERIOD = re.compile(rf"\s+(?:\w+\s+)?(?:{alt(EN.market_words)})\b")
# A price a market fixed that day (`Wednesday's closing price`, `Friday's close`): known, so past whatever the tense.
_MARKET_PRICE = re.compile(rf"\s+(?:{EN.market_price_forms})")


def _weekday_point(doc: Doc, wd: int, rel: int, start: int, end: int, strict: bool = False) -> Point:
    """A weekday resolved against the anchor: `rel` -1/+1 for last/next, else by the clause's tense;
    with no cue, the nearer one (ties to the past, today included: `Arafat meet separately Monday`).
    A possessive names an event already reported on in a past clause (`after Wednesday's ruling`) or a
    market's day (`Friday's close`): the most recent such day, unless the clause points ahead (`will
    attend Tuesday's meeting`); in a clause of no tense the nearer day (`expect her to win Monday's debate`)."""
    if not doc.anchor:
        return Point("day", weekday=wd)
    direction = rel or doc.tense(start, end)
    if not rel and (week := _week_just_named(doc, start)) is not None:
        day = week + dt.timedelta(days=wd)
        if abs(direction) < 2 or (day <= doc.anchor if direction < 0 else day >= doc.anchor):
            return day_point(day)  # `this week, ... in Durban on Wednesday`: that week's, unless a strong cue
            # disagrees (`meets next week, he tweeted Friday`)
    if direction < 0 and not rel and doc.ahead_infinitive(start):
        direction = 1  # `invited him to meet on Thursday`: the meeting is still to come
    elif direction == -1 and not rel and _present_clause(doc, start):
        direction = 0  # `the ties have stirred ill-feeling and they meet again on Tuesday`: the nearer one
    possessive = None if rel else _POSSESSIVE.match(doc.low, end)
    if possessive is not None and direction >= 0 and _previewed(doc, start):
        return day_point(resolve_weekday(doc.anchor, wd, 1, strict))  # `fit for Saturday's game`: the one ahead
    if not rel and direction >= 0 and (day := _day_of_range_ahead(doc, wd)) is not None:
        return day_point(day)  # `the festival is on 26-28 August ... Pixies play on Saturday`: that Saturday
    if possessive is not None and (0 < direction < 2 or direction <= 0 and _MARKET_PERIOD.match(doc.low, possessive.end())
                                   or _MARKET_PRICE.match(doc.low, possessive.end())):
        direction = -1  # (a price set on a day is known, so that day is past: `will pay 6% over Friday's close`)
    return day_point(resolve_weekday(doc.anchor, wd, direction, strict))


def _previewed(doc: Doc, start: int) -> bool:
    """Whether a preview preposition stands right before the weekday at `start` (`fit for Saturday's game`)."""
    before = doc.low[max(0, start - 20):start].split()
    return bool(before) and before[-1] in EN.preview_prepositions


def _day_of_range_ahead(doc: Doc, wd: int) -> dt.date | None:
    """The day of that weekday in the last range of days named in the text (`26-28 August`, `from 9 to 11
    March`) more than a week after the anchor: an event's days, which its weekdays then name."""
    mentions = doc.mentions
    for i in range(len(mentions) - 1, 0, -1):
        first, second = mentions[i - 1], mentions[i]
        if first.granularity == second.granularity == "day" and first.date and second.date \
                and 0 <= second.char_start - first.char_end <= 5 and 0 < (second.date - first.date).days <= 6 \
                and (first.date - doc.anchor).days > 7:
            day = first.date + dt.timedelta(days=(wd - first.date.weekday()) % 7)
            return day if day <= second.date else None
    return None


def _week_just_named(doc: Doc, start: int) -> dt.date | None:
    """The Monday of a week named just before, in the same sentence (`misses the tie this week, with the
    team playing on Wednesday`, `Last week the side lost on Tuesday`): a weekday then falls in it."""
    last = doc.last
    if last is None or last.gran != "week" or not last.known or start - doc.last_end > 100:
        return None
    value, first, _ = render(last)
    if first is None or "-W" not in value or value.endswith("WE"):  # (a week, not its weekend)
        return None
    gap = doc.text[doc.last_end:start]
    if any(c in gap for c in ".!?\n;"):
        return None
    return first


# A coordinate clause with a pronoun subject (`... and they meet again on Tuesday`): its own verb, not
# the past one of the clause before, is the date's.
_COORDINATE_SUBJECT = re.compile(rf"\b(?:{alt(EN.coordinators)})\s+(?:{alt(EN.subject_pronouns)})\s+(?:\w+\s+)?\w+\b")


def _present_clause(doc: Doc, start: int) -> bool:
    """Whether the mention at `start` is in a coordinate clause with no past verb of its own, the past
    verb that set the sentence's tense being before it."""
    clause = last_match(_COORDINATE_SUBJECT, doc.low, max(0, start - 80), start)
    if clause is None or any(c in doc.text[clause.start():start] for c in ",;:.\n"):
        return False
    return not doc.past_between(clause.start(), start) and doc.past_between(max(0, clause.start() - 200),
                                                                             clause.start())


def dmy(doc: Doc, m: re.Match):
    """`17 December 2024`, `the 17th of December`; also the month-day reading of `mdy`."""
    if not _en_month_ok(doc, m):
        return None
    if m.group("wd") and not _is_capitalised(_orig(doc, m, "wd")):
        return None
    year = int(m.group("year")) if m.group("year") else None
    p = _day_in(doc, year, _month_number(m.group("month")), int(m.group("day")), m.start(), m.end())
    if p is None:
        return None
    start = m.start()
    # (before the day and its month, where no weekday is: the rule's determiner)
    if not m.group("wd") and start < m.start("day") < m.start("month") and not _OF_MONTH.match(doc.low, m.end("day")) \
            and _premodifies(doc.text, m.end()):
        start = m.start("day")  # `the 12 March game`: `the` is the game's
    return start, m.end(), p


def _premodifies(text: str, end: int) -> bool:
    """Whether the date or season ending at `end` describes the noun after it (`the 12 March game`, `the
    autumn internationals`): a lower-case word that is no function word, clause opener or relative word."""
    nxt = _next_word(text, end)
    return _attributive(text, end) and nxt not in _SUBORDINATORS and nxt not in _REL


_OF_MONTH = re.compile(r"(?:st|nd|rd|th)?\s+of\b")  # (`the 3rd of March` keeps its `the`)
_SUBORDINATORS = frozenset((*EN.subordinators, *EN.subordinating_prepositions))


# `April 24 and 25`: a second day of the same month, a date of its own (not `May 5 and 6 others`).
# (`April 24 and 25`, and a range `April 24-25`, `Jan. 30 to 31`: the guides count two dates)
_RANGE_WORDS = [w for w in EN.range_end_words if w.isalpha()]
_RANGE_DASHES = [w for w in EN.range_end_words if not w.isalpha()]
_CONJOINED_DAY = re.compile(rf"(?:\s+(?:{alt((*EN.day_conjunctions, *_RANGE_WORDS))})\s+|\s*(?:{alt(_RANGE_DASHES)})\s*)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:/]\d|%)"
                            rf"(?:,?\s+{YEAR})?")


_COUNT_OR_PERCENT = EN.count_nouns | EN.percent_words


def _conjoined_day(doc: Doc, pos: int, first: Point) -> tuple[int, int, Point, bool] | None:
    """The day after `and` that continues a month-and-day date ending at `pos` (`April 24 and 25`),
    in the same month and year, and whether that year is written after it (`Dec. 17 and 19, 2024`)."""
    m = _CONJOINED_DAY.match(doc.low, pos)
    if m is None or first.month is None or first.day is None or int(m.group("day")) <= first.day:
        return None
    if _next_word(doc.text, m.end()).lower() in _COUNT_OR_PERCENT:
        return None
    year = int(m.group("year")) if m.group("year") else first.year
    try:
        dt.date(year or 2000, first.month, int(m.group("day")))
    except ValueError:
        return None
    return m.start("day"), m.end(), Point("day", year, first.month, int(m.group("day"))), m.group("year") is not None


def mdy(doc: Doc, m: re.Match):
    """`Dec. 17, 2024`, `Friday, Oct. 23`; and a second day after `and` (`April 24 and 25`), which
    gives both the year written after it (`Dec. 17 and 19, 2024`)."""
    found = dmy(doc, m)
    if found is None:
        return None
    start, end, first = found
    second = _conjoined_day(doc, end, first)
    if second is None:
        return found
    if second[3]:
        first = dataclasses.replace(first, year=second[2].year)
    return start, end, first, True, (second[:3],)


def day_range(doc: Doc, m: re.Match):
    """`from 3 to 5 May`, `between 9 and 11 March 2004`: two dates (as the annotation guides count a
    range), the first day in the second's month and year, and the earlier one; with a dash too (`26-28
    August`: `26` and `28 August`, as the guide counts it)."""
    if not _en_month_ok(doc, m):
        return None
    day1, day2 = int(m.group("day1")), int(m.group("day"))
    if not day1 < day2:
        return None
    year = int(m.group("year")) if m.group("year") else None
    second = _day_in(doc, year, _month_number(m.group("month")), day2, m.start("day"), m.end())
    if second is None or second.month is None:
        return None
    first = dataclasses.replace(second, day=day1)
    return m.start(), m.end("day1"), first, True, ((m.start("day"), m.end(), second),)


def week_of(doc: Doc, m: re.Match):
    """`the week of March 6`: the week that day is in."""
    if not _en_month_ok(doc, m):
        return None
    year = int(m.group("year")) if m.group("year") else None
    p = _day_in(doc, year, _month_number(m.group("month")), int(m.group("day")), m.start(), m.end())
    if p is None:
        return None
    return m.start(), m.end(), week_point(render(p)[1]) if p.known else Point("week")


def iso(doc: Doc, m: re.Match):
    p = _day_in(doc, int(m.group("year")), int(m.group("mm")), int(m.group("dd")), m.start(), m.end())
    if p is None:
        return None
    if m.group("hh"):
        p = dataclasses.replace(p, time=f"{m.group('hh')}:{m.group('mi')}")
    return m.start(), m.end(), p


def _full_year(y: str) -> int:
    """A two-digit year: 00-29 are 2000s, 30-99 are 1900s."""
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 30 else 1900 + n)


def num_slash(doc: Doc, m: re.Match):
    a, b, y = int(m.group("a")), int(m.group("b")), _full_year(m.group("y"))
    # the language's order (12/17/2024 in English, 17/12/2024 elsewhere); the number > 12 decides when it can
    month, day = (a, b) if doc.profile.numeric_order == "mdy" else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    return _numeric_day(doc, m, y, month, day)


def num_dot(doc: Doc, m: re.Match):
    return _numeric_day(doc, m, int(m.group("y")), int(m.group("b")), int(m.group("a")))


def _numeric_day(doc: Doc, m: re.Match, y: int, month: int, day: int):
    """An all-digit date (`12/17/2024`, `17.12.2024`) when it is a real day of a plausible year."""
    if month > 12 or not 1900 <= y <= 2099:
        return None
    p = _day_in(doc, y, month, day, m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


def month_year(doc: Doc, m: re.Match):
    if not _en_month_ok(doc, m):
        return None
    month = _month_number(m.group("month"))
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("spelled"):
        year = _spelled_year(m.group("spelled"))
        if year is None:
            return None
    else:
        rel = _REL[m.group("rel").lower()]
        year = doc.anchor.year + rel if doc.anchor else None
    return m.start(), m.end(), month_point(year, month)


def _month_point_for(doc: Doc, month: int, rel_word: str | None, start: int, end: int,
                     tense: Callable[[Doc, int, int, int], int] | None = None) -> Point:
    """A month named without a year: `last`/`next` or the tense (`tense(doc, month, start, end)`, else
    the sentence's) choose the year around the anchor."""
    if not doc.anchor:
        return month_point(doc.year_hint, month)
    if not rel_word and doc.habitual(start, end):
        return month_point(None, month)  # `held every year in July`
    rel_word = norm(rel_word or "")
    rel = _rel(rel_word) if rel_word else 0
    if rel_word in _THIS:
        return month_point(doc.anchor.year, month)
    if rel:
        return month_point(resolve_month(doc.anchor, month, rel, strict=True), month)
    if _narrated_year(doc, month, start) is None:
        # (the year every tense gives is taken without reading the tense: `Doc.month_year`)
        return month_point(doc.month_year(month, start, end, tense or _sentence_tense), month)
    direction = (tense or _sentence_tense)(doc, month, start, end)
    if direction < 0:
        return month_point(doc.last.year, month)  # `в апреле 2021 года ..., а уже в июне`: that year's June
    return month_point(resolve_month(doc.anchor, month, direction), month)


def _narrated_year(doc: Doc, month: int, start: int) -> int | None:
    """The year of a past narrative a month without one continues: the date just named in the same
    sentence, with its year written out, another year than the anchor's and a month not after this one
    (`in April 2021 he hoped ..., and in June he said ...`)."""
    last = doc.last
    if last is None or not doc.last_explicit or last.gran not in ("month", "day") or last.year is None \
            or last.month is None or last.year == doc.anchor.year or month < last.month \
            or not 0 < start - doc.last_end <= 160 or any(c in doc.text[doc.last_end:start] for c in ".!?\n"):
        return None
    return last.year


def _sentence_tense(doc: Doc, month: int, start: int, end: int) -> int:
    return doc.tense(start, end)


def _english_month_tense(doc: Doc, month: int, start: int, end: int) -> int:
    """The tense an English month without a year is read in (English's clause cues, on top of the
    sentence's tense)."""
    direction = doc.tense(start, end)
    if direction > -1 or resolve_month(doc.anchor, month, direction) == resolve_month(doc.anchor, month, -3):
        return direction  # (the past one already: no clause to read)
    if direction == -1 and _PERIOD_TO.search(doc.low, max(0, start - 24), start):
        return -3  # `turnover was £1bn in the year to March`, said in February: a period closed in the past
    if direction == -1 and (doc.clause_tense(start, end) < 0 or doc.last_verb_before(start, end) < 0) \
            and _past_verb_governs(doc, start):
        direction = -2  # `they won three awards in February`, said in November: the past verb governs it
        # (not across a clause opened by `if`, `when`, `that`..., nor an aside between dashes)
    if direction == -2 and not _attributive(doc.text, end):
        direction = -3  # a past event is not in a month still to come (`the plant closed in March`, said in
        # February); a month describing a noun is not the verb's time (`started trading for November delivery`)
    elif direction == -2 and prev_word(doc.text, start) in _DETERMINERS:
        direction = -1  # nor is one after a determiner (`the judge set a March date for the trial`): the
        # noun's time, only leaning to the past
    return direction


# Words that open a clause of its own, whose tense the main verb's does not settle (`had not signed ...
# if they lose when the case is heard in May`), or end a period ahead (`loans through January`); and a
# dash opening an aside (`the election - widely expected in May - gathered pace`).
_SUBORDINATE = re.compile(rf"\b(?:{alt(EN.subordinators)})\b"
                          rf"|\b(?:{alt(EN.subordinating_prepositions)})\b(?!\s+(?:{alt(EN.attributive_determiners)})\b)"
                          r"| - ")


def _past_verb_governs(doc: Doc, start: int) -> bool:
    """Whether the clause's past verb reaches a month at `start`: no `if`, `when`, `through`... opens a
    clause between them, or the clause so opened has a past verb of its own (`when he first described
    the wall in December`)."""
    opener = last_match(_SUBORDINATE, doc.low, _clause_start(doc.text, start), start)
    return opener is None or doc.past_between(opener.end(), start)


def _attributive(text: str, end: int) -> bool:
    nxt = _next_word(text, end)
    return nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUNS


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ",;:.!?\n–—") + 1


# A reporting period up to a month (`the year to March`, `the three months to December`).
_PERIOD_TO = re.compile(rf"(?:{alt(EN.reporting_period_nouns)})\s+(?:{alt(EN.period_to_words)})\s+$")


_REL = EN.relative_offsets


def _rel(word: str | None) -> int:
    return _REL[norm(word)] if word else 0


_DETERMINERS = frozenset(EN.attributive_determiners)
_NOT_NOUNS = EN.not_nouns


def _month_premodifier(doc: Doc, m: re.Match) -> bool:
    """A month between a determiner and a noun modifies it (`a June agreement`, `the March accession`); so
    does one between a headline's present verb and a noun (`Minister announces June retirement`: no
    determiner there, and a name would be followed by a capitalised one)."""
    nxt = _next_word(doc.text, m.end())
    if not (nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUNS):
        return False
    before = prev_word(doc.text, m.start())
    if before in _DETERMINERS:
        return True
    at = m.start()
    while at > 0 and doc.text[at - 1] in " \t":
        at -= 1
    at -= len(before)  # (where prev_word, which lower-cases it, found it: is it so written?)
    return (len(before) > 3 and before.endswith(_PLURAL) and not before.endswith(_PLURAL * 2) and before not in _NOT_NOUNS
            and doc.text[at].islower())


def _month_pair(doc: Doc, m: re.Match) -> bool:
    """A month joined to another month name (`June or July is better`, `May and June were dry`): both are
    months. (The joining words are among the month prepositions: `and`, `or`, `to`.)"""
    pos = m.end()
    joint = _next_word(doc.text, pos)
    if joint not in _MONTH_PREPOSITIONS:
        return False
    other = _next_word(doc.text, doc.text.find(joint, pos) + len(joint))
    return other[:1].isupper() and other.lower() in EN.months and len(other) > 3


# A month's longest form is its name; the others are abbreviations (`Jun`, `Sept`).
_FULL_MONTH_NAMES = frozenset(max((w for w, n in EN.months.items() if n == month), key=len) for month in range(1, 13))


def month(doc: Doc, m: re.Match):
    word = _orig(doc, m, "month")
    if not _is_capitalised(word):
        return None
    key = word.lower().rstrip(".")
    modified = bool(m.group("mod") or m.group("rel"))
    if key in EN.ambiguous_months and not modified:
        if key in EN.months and len(key) <= 4 and key not in _FULL_MONTH_NAMES or word.endswith("."):
            return None  # an abbreviation alone (`Jan`, `Dec.`) is a name or a word
        if prev_word(doc.text, m.start()) not in _MONTH_PREPOSITIONS and not _month_premodifier(doc, m) \
                and not _month_pair(doc, m):
            return None  # `May`, `March`, `August` alone are names or words unless `in`, `since` ... precede
    if not modified:
        if _after_set_quantifier(doc.text, m.start()):
            return None  # `every July`: a set of months, not one
        # `April Jones`: a capitalised word right after makes it a name
        nxt = _next_word(doc.text, m.end())
        if nxt[:1].isupper() and prev_word(doc.text, m.start()) not in _MONTH_PREPOSITIONS:
            return None
    return m.start(), m.end(), _month_point_for(doc, _month_number(word), m.group("rel"), m.start(), m.end(),
                                                _english_month_tense)


def q_code(doc: Doc, m: re.Match):
    if not _orig(doc, m).lstrip()[:1].isupper() and not m.group("y2"):
        return None
    q = int(m.group("q") or m.group("q2") or m.group("q3"))
    year_s = m.group("year") or m.group("y2")
    if year_s:
        return m.start(), m.end(), quarter_point(int(year_s), q)
    if not doc.anchor:
        return m.start(), m.end(), quarter_point(doc.year_hint, q)
    return m.start(), m.end(), quarter_point(resolve_quarter(doc.anchor, q, doc.tense(m.start(), m.end())), q)


_ORDINAL_Q = EN.quarter_ordinals


def _quarter_from(doc: Doc, mods: list[str], q: int | None, year: int | None, start: int, end: int):
    """(quarter, is-the-report's-own-quarter) from an ordinal and modifiers (`the year-ago third quarter`,
    `this year's first quarter`, `the latest quarter`). Without an ordinal it is the quarter the report
    is about (the last one mentioned, else the anchor's); `year-ago` and `last year's` move it back a
    year, and such a comparison period does not become the report's quarter."""
    shift_years, rel_q, latest = 0, None, False
    for mod in mods:
        if mod in EN.year_back_modifiers or mod.startswith(EN.year_back_prefixes):
            shift_years = -1
        elif mod.startswith(EN.year_ahead_prefixes):
            shift_years = 1
        elif mod.isdigit():
            year = int(mod)
        elif mod in EN.quarter_relatives:
            rel_q = EN.quarter_relatives[mod]
        elif mod in EN.latest_modifiers:
            latest = True
    report = doc.last_quarter
    if q is not None:
        if year is None:
            if report is not None and shift_years:
                year = report.year  # `the year-ago third quarter` is a year before the report's
            elif doc.anchor:
                year = resolve_quarter(doc.anchor, q, doc.tense(start, end))
            else:
                year = doc.year_hint
        p = quarter_point(year, q)
    elif rel_q == 0 and any(x in _THIS for x in mods) and report is not None and doc.tense(start, end) <= 0 \
            and doc.report_quarter(start) is not None:
        p = report  # `This quarter's loss includes ...` in a report: the quarter reported on
    elif rel_q is not None:
        p = shift(quarter_point(doc.anchor.year, (doc.anchor.month - 1) // 3 + 1), "Q", rel_q) if doc.anchor \
            else Point("quarter")
    elif latest and report is not None:
        p = report  # `the latest period` of a report is the quarter it is about
    elif latest and doc.anchor:
        # else `the latest quarter` is the last one finished
        p = shift(quarter_point(doc.anchor.year, (doc.anchor.month - 1) // 3 + 1), "Q", -1)
    elif report is not None:
        p = report
    elif doc.anchor:
        p = quarter_point(doc.anchor.year, (doc.anchor.month - 1) // 3 + 1)
    else:
        p = Point("quarter")
    if q is None and year is not None:
        p = quarter_point(year, p.index)
    if shift_years:
        p = shift(p, "Y", shift_years)
    own = not shift_years and (report is None or year is None or q is not None or year == report.year)
    return p, own


# A quarter's modifiers, word by word but for the possessives of a year (`last year's`, `the year-ago`).
_QUARTER_MODS = re.compile(rf"{alt(EN.quarter_possessives)}|\S+")


def quarter(doc: Doc, m: re.Match):
    mods = [norm(w) for w in _QUARTER_MODS.findall(m.group("mods"))]
    q = _ORDINAL_Q[m.group("ord").lower()] if m.group("ord") else None
    if q is None and not (m.group("the") or mods):
        return None  # `a quarter`, `quarter` alone: a fraction, not a period
    if q is None and mods and all(x in EN.same_period_modifiers for x in mods) \
            and any(x in EN.same_words for x in mods):
        return None
    if m.group("ago"):
        mods.append("year-ago")  # `the quarter a year ago`
    year = None
    if m.group("oy") or m.group("ofy"):
        year = int(m.group("oy") or m.group("ofy"))
    elif m.group("orel") and doc.anchor:
        year = doc.anchor.year + _rel(m.group("orel"))
    start = m.start()
    if m.group("the") and m.group("sep") and "-" in m.group("sep"):
        # `the third-quarter loss`, `the fiscal second-quarter profit`: `the` belongs to the noun
        start = m.start("mods") if mods else m.start("ord")
    p, own = _quarter_from(doc, mods, q, year, start, m.end())
    if q is None and own and year is None and doc.report_quarter(start) is None:
        # (after `the fiscal first quarter`, `the quarter ended Sept. 30` is that one)
        p = _quarter_ended(doc, m.end()) or p
    return start, m.end(), p, own


_QUARTER_ENDED = re.compile(rf"\s+(?:{alt(EN.period_end_verbs)})\s+{MONTH}\s*{DAY}")


def _period_end(doc: Doc, pos: int) -> Point | None:
    """The day named right after `pos` as the end of a period (`... ended July 31`), with its year."""
    m = _QUARTER_ENDED.match(doc.low, pos)
    if m is None or not _en_month_ok(doc, m):
        return None
    # (its tense from the verb before the day, as the day's own mention reads it: `ended Jan. 31` is past)
    end = _day_in(doc, None, _month_number(m.group("month")), int(m.group("day")), m.start("month"), m.end())
    return None if end is None or end.year is None else end


def _quarter_ended(doc: Doc, pos: int) -> Point | None:
    """`the quarter ended July 31`: the three months up to that day, named by the calendar quarter
    their first month is in (fiscal quarters need not match the calendar's: May-July is `Q2`)."""
    end = _period_end(doc, pos)
    if end is None:
        return None
    first = shift(month_point(end.year, end.month), "M", -2)
    return quarter_point(first.year, (first.month - 1) // 3 + 1)


def period(doc: Doc, m: re.Match):
    mods = m.group("mods").lower().split()
    if m.group("ly"):
        mods.append("year-ago")
    if not any(x in EN.year_back_modifiers or x in EN.latest_modifiers or x.isdigit() for x in mods):
        return None  # `the same period` alone is not placed in the calendar
    if doc.last_quarter is None and not doc.anchor:
        return None
    return (m.start(), m.end(), *_quarter_from(doc, mods, None, None, m.start(), m.end()))


# What follows `fall` as a drop (`the fall in prices`, `the fall of Rome`, `a fall to 3%`), not the season.
_AFTER_A_DROP = EN.drop_followers
_SEASON_PREPOSITIONS = EN.season_prepositions


def season(doc: Doc, m: re.Match):
    season_word = m.group("season").lower()
    code = EN.seasons[season_word]
    rel_word = norm(m.group("rel") or "")
    mod = m.group("mod") or m.group("mod2")
    year = int(m.group("year")) if m.group("year") else _spelled_year(m.group("spelled")) if m.group("spelled") else None
    if year is None:
        prev = prev_word(doc.text, m.start())
        if season_word in EN.ambiguous_seasons and rel_word in _BARE_OR_DEFINITE and not mod \
                and _next_word(doc.text, m.end()).lower() in _AFTER_A_DROP:
            return None  # `after the fall in demand`, `a fall of 3%`: a drop (not `last fall in Ohio`)
        possessive = season_word not in EN.ambiguous_seasons and doc.low.startswith(("'s", "’s"), m.end())  # `a winter's training`
        if rel_word in _BARE_OR_DEFINITE and not mod and prev not in _SEASON_PREPOSITIONS and not possessive \
                and not (prev in _TO and rel_word in _THE):
            return None  # `summer` as a word, `the fall in prices` (but `turned to the fall`: towards it)
        if not mod and prev in EN.edge_words:
            return None  # (the season with its modifier was tried first, and turned down)
        if not rel_word and prev not in _SEASON_PREPOSITIONS and prev not in _DETERMINERS:
            nxt = _next_word(doc.text, m.end())
            if nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUNS:
                return None  # `promised late winter sunshine`: what kind of sunshine, not when
        if rel_word in _DEFINITE and _next_word(doc.text, m.end()).lower() in _OF:
            return None  # `the fall of Rome`
        if rel_word in _THAT and doc.last is not None:
            year = doc.last.year
        elif rel_word in ("", *_THE) and doc.habitual(m.start(), m.end()):
            year = None  # `usually in the summer`
        elif doc.anchor:
            if _REL.get(rel_word, 0):  # (`last`, `this past`, `next`...)
                year = resolve_season(doc.anchor, code, _rel(rel_word), strict=True)
            elif rel_word in _THIS:
                tense = doc.tense(m.start(), m.end())
                # a past verb further off does not make `this summer` last year's (`was named captain for
                # the tour this summer`, said in February, is the coming one): only one right before does
                year = this_season_year(doc.anchor, code, 0 if tense == -1 and code != "WI" else tense)
            else:
                # `moved the vote to the fall`: towards the season, whatever the verb's tense
                tense = 1 if prev in _TO else doc.tense(m.start(), m.end())
                # with no tense to go by (a headline: `Console may be unveiled in summer`), this year's
                year = resolve_season(doc.anchor, code, tense) if tense else this_season_year(doc.anchor, code, 0)
        else:
            year = doc.year_hint
    start = m.start()
    if rel_word in _THE and not mod and not m.group("year") and _premodifies(doc.text, m.end()):
        start = m.start("season")  # `during the autumn internationals`: `the` is the internationals'
    return start, m.end(), Point("season", year, season=code)


def decade(doc: Doc, m: re.Match):
    if m.group("dec"):
        start_year = int(m.group("dec"))
    elif m.group("dec2"):
        start_year = 1900 + int(m.group("dec2"))
    elif m.group("dec3"):
        if not m.group("the"):
            return None  # `in their 80s`, `a man in his mid-70s`: ages
        start_year = 1900 + int(m.group("dec3"))
    else:
        if not m.group("the"):
            return None  # `forties` alone is an age
        start_year = EN.decade_words[m.group("decw").lower()]
    return m.start(), m.end(), Point("decade", index=start_year)


def century(doc: Doc, m: re.Match):
    if m.group("crel"):
        if not doc.anchor:
            return m.start(), m.end(), Point("century")
        rel = _REL[norm(m.group("crel"))]
        return m.start(), m.end(), Point("century", index=doc.anchor.year // 100 + rel)
    n = int(m.group("cn")) if m.group("cn") else EN.ordinal_words[m.group("cw").lower()]
    if not 1 <= n <= 30:
        return None
    return m.start(), m.end(), Point("century", index=n - 1)


def fin_adj(doc: Doc, m: re.Match):
    return m.start(), m.end(), doc.year_ago(m.start()), False


def _spelled_year(s: str) -> int | None:
    words = s.lower().replace("-", " ").split()
    if " ".join(words[:2]) in EN.spelled_year_openers:
        rest = " ".join(w for w in words[4:] if w not in EN.number_joiners)
        return 2000 + (NUMBERS.get(rest, 0) if rest else 0)
    rest = " ".join(w for w in words[1:] if w not in EN.hundred_words and w not in EN.number_joiners)
    n = NUMBERS.get(rest)
    return None if n is None else 1900 + n


def half(doc: Doc, m: re.Match):
    """`the first half of 1990`, `the first two quarters of 1990` -> `1990-H1` (TIMEX3 half-years); `the
    second half of last year`, `the first half of the year` from the anchor or the year spoken of."""
    second = EN.half_words.get(m.group("half")) == 2 or EN.half_words.get(m.group("two")) == 2
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("hrel"):  # `the second half of last year`
        year = doc.anchor.year + _rel(m.group("hrel")) if doc.anchor else None
    else:  # `the first half of the year`: the year being spoken of, as `the year` alone
        year = doc.the_year_point(m.start("hthe")).year
    return m.start(), m.end(), Point("half", year, index=2 if second else 1)


def past_span(doc: Doc, m: re.Match):
    """`the past year` as a date is the year before the anchor's (TimeML annotates it so where it is not
    a duration), `the last decade` the decade before; `the past few months` is PAST_REF. `the next few
    months` is a stretch of time ahead (TimeML's duration `PXM`), no date: the rule only claims it whole."""
    if m.group("next"):
        return None
    if m.group("few"):
        return m.start(), m.end(), "PAST_REF"
    return m.start(), m.end(), doc.unit_point(m.group("unit"), -1)


def year(doc: Doc, m: re.Match):
    if m.group("spelled"):
        year = _spelled_year(m.group("spelled"))
        if year is None:
            return None
    else:
        year = int(m.group("year"))
        if not m.group("mod"):
            text = doc.text
            nxt = _next_word(text, m.end())
            if (nxt.lower() in EN.count_nouns and not (nxt[:1].isupper() and nxt[1:].islower()
                                                       and not _headline_case(text, m.start()))) \
                    or (nxt[:1].islower() and prev_word(text, m.start()) in _YEAR_QUANTIFIERS
                                                  and not nxt.lower().startswith(EN.year_event_nouns)):
                return None  # `2000 troops`, `about 1500 metres` (but `the 2012 Games` names an event's year)
            if year < 1700 and prev_word(text, m.start()) not in EN.old_year_prepositions:
                return None
            if _name_before(text, m.start()):
                return None  # `the Terrorism Act 2000`, `Euro 2004`, `Orion 1980`: part of a name
            if _DIMENSION_AFTER.match(text, m.end()) or _DIMENSION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                return None  # `2048 * 1080 pixels`: a size
    return m.start(), m.end(), year_point(year)


def year_pair(doc: Doc, m: re.Match):
    """A year and the next, slashed (`2003/04`, `1998/9`, `1999/2000`): a financial, school or sports year,
    one date with the first year's value (as `1983/1984` in the Italian gold); other pairs (`2003/7`) are
    not years. (Hyphened pairs, `2003-04`, are the language-neutral year range's: two dates.)"""
    first = int(m.group("year"))
    second = m.group("next")
    if len(second) == 3 or not str(first + 1).endswith(second):
        return None
    return m.start(), m.end(), year_point(first)


# A number times another: a size or a resolution, not a year (`2048 x 1536`, `1600*1200`).
_DIMENSION_AFTER = re.compile(rf"\s*(?:[x×*]|(?:{alt(EN.dimension_words)})(?=\s))\s*\d")
# (`$0.10 by 2030`, `2.5 by 2030`: an amount by a deadline, not a size)
_DIMENSION_BEFORE = re.compile(rf"(?<![$£€¥.,\d])\d+\s*(?:[x×*]|\s(?:{alt(EN.dimension_words)})\s)\s*$")


# Capitalised words that may stand right before a year in a date (`Christmas 2004`, `Spring 2005`).
_DATE_WORDS_BEFORE_YEAR = frozenset({*ANY_MONTH, *ANY_WEEKDAY, *EN.seasons, *EN.year_date_words, *_MONTH_PREPOSITIONS})


def _name_before(text: str, pos: int) -> bool:
    """Whether a capitalised word that is not a date's (and does not start the sentence) is right before
    the year at `pos`: the year then belongs to a name (`the Terrorism Act 2000`, `Football Manager 2005`)."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    j = pos - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:pos - 1]
    return (len(word) > 1 and word[0].isupper() and word[1:].islower()
            and word.lower() not in _DATE_WORDS_BEFORE_YEAR and not _sentence_initial(text, j))


def holiday(doc: Doc, m: re.Match):
    name = norm(m.group("hol"))
    if not _is_capitalised(_orig(doc, m, "hol")):
        return None
    rule = EN.holidays[name]
    if m.group("year"):
        if _next_word(doc.text, m.end()).lower() not in EN.count_nouns:
            day = _holiday_in(rule, int(m.group("year")))
            return None if day is None else (m.start(), m.end(), day_point(day))  # `Christmas 2004`
        m = _HOLIDAY_ALONE.match(doc.low, m.start())  # `by Christmas 2000 people`: without the number
    nxt = _next_word(doc.text, m.end()).lower()
    if nxt in EN.holiday_period_nouns:
        return None  # `the Christmas holidays`, `Easter weekend` are longer than the day
    if nxt in EN.title_nouns and _word_after_next(doc.text, m.end()) not in EN.attributive_determiners:
        return None  # `a Christmas album`, `the Christmas single`: a kind of work, not the day (but in
        # `polls ahead of Super Tuesday show the senator ahead`, `show` is a verb)
    week = _HOLIDAY_WEEK.match(doc.low, m.end()) if nxt in EN.holiday_week_nouns else None
    if week is not None:
        day = _holiday_day(doc, m, rule, near=7)  # `Easter week`: the (ISO) week the day is in
        return m.start(), week.end(), week_point(render(day)[1]) if day.known else Point("week")
    if rule == "super_tuesday" and (_NUMBERED_AFTER.match(doc.low, m.end())
                                    or _YEAR_BEFORE.search(doc.low, max(0, m.start() - 8), m.start())):
        return None  # `Super Tuesday 2` (a later one), `the 1988 Super Tuesday` (the year says which)
    day = _holiday_day(doc, m, rule)
    return None if not day.known and rule == "super_tuesday" else (m.start(), m.end(), day)


def _word_after_next(text: str, pos: int) -> str:
    """The second word after `pos` (lower-case), each after spaces or tabs."""
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    return _next_word(text, i + len(_next_word(text, i))).lower()


_NUMBERED_AFTER = re.compile(r"\s*(?:\d|ii\b|iii\b)")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s+$")


_HOLIDAY_WEEK = re.compile(rf"\s+(?:{alt(EN.holiday_week_nouns)})\b(?!-)")
_HOLIDAY_ALONE = re.compile(HOLIDAY, FLAGS)


def _holiday_day(doc: Doc, m: re.Match, rule, near: int = 0) -> Point:
    """The day of a holiday: the year from `last`/`next`, the tense and the anchor, else the text;
    one within `near` days of the anchor whatever the tense (`as Easter week began`)."""
    if not doc.anchor:
        if doc.year_hint is None:
            return Point("day", None, *rule) if isinstance(rule, tuple) else Point("day")
        day = _holiday_in(rule, doc.year_hint)
        return Point("day") if day is None else day_point(day)
    rel = _rel(m.group("rel")) if "rel" in m.re.groupindex else None
    direction = rel or doc.tense(m.start(), m.end())
    a = doc.anchor
    options = [d for d in (_holiday_in(rule, y) for y in (a.year - 1, a.year, a.year + 1)) if d is not None]
    if not options:
        return Point("day")  # (a holiday of some years only, none of them near)
    if not direction:
        # no cue: the nearer one, ties to the past (`the shops are busy before Christmas`, said in December)
        return day_point(min(options, key=lambda d: (abs((d - a).days), d > a)))
    if rule == "super_tuesday" and direction < 0 and not rel and options[0] > a:
        direction = 1  # (only one ahead: the campaign's)
    close = [d for d in options if abs((d - a).days) <= near]
    if close and not rel:
        return day_point(close[0])
    if direction < 0:
        pick = ([d for d in options if (d < a if rel else d <= a)] or options)[-1]
    else:
        pick = ([d for d in options if (d > a if rel else d >= a)] or options)[0]
    return day_point(pick)


def _holiday_in(rule, year: int) -> dt.date | None:
    try:
        return holiday_date(rule, year)
    except ValueError:
        return None  # `Super Tuesday` only in a presidential election year


def _names_paper(text: str, start: int, before: list[str]) -> bool:
    """Whether `X on Sunday` before the weekday at `start` is a newspaper's name: after a determiner or
    a reporting verb (`the Mail on Sunday`, `told Scotland on Sunday`) or opening the sentence, not after
    another word (`play their game against Ireland on Sunday`: a team and a day)."""
    at = text.rfind(before[-2], 0, start)
    if at <= 0 or _sentence_initial(text, at):
        return True
    word = prev_word(text, at)
    return word in EN.attributive_determiners or word in EN.reporting_verbs or not word \
        or text[at - 1 - len(word):at][:1].isupper()


def _after_set_quantifier(text: str, pos: int) -> bool:
    """Whether `every`, `each`, `every other` stands right before `pos` (a recurring time, not a date)."""
    words = norm(text[max(0, pos - 16):pos]).split()
    return any(words[-len(q.split()):] == q.split() for q in EN.set_quantifiers)


def weekday(doc: Doc, m: re.Match):
    word = _orig(doc, m, "wd")
    if not _is_capitalised(word):
        return None
    text = doc.text
    nxt = _next_word(text, m.end())
    if not m.group("rel") and not m.group("mod"):
        before = text[max(0, m.start() - 20):m.start()].split()
        if (before and _is_capitalised(before[-1]) and before[-1].lower() in EN.weekday_name_prefixes) or (
                len(before) > 1 and _is_capitalised(before[-2])
                and " ".join(before[-2:]).lower() in EN.weekday_name_prefixes and _names_paper(text, m.start(), before)):
            return None  # `Super Tuesday`, `the Mail on Sunday`
        if _after_set_quantifier(text, m.start()):
            return None  # `every Tuesday`, `each Saturday morning`: a set of days (TimeML SET), not one
    if not m.group("pod") and nxt.lower() in EN.weekday_name_suffixes and nxt[:1].isupper():
        return None  # `the Sunday Times`
    if m.group("pod") and not m.group("rel") and nxt in EN.slot_nouns \
            and prev_word(text, m.start()) not in _MONTH_PREPOSITIONS:
        return None  # `the station's Sunday evening show`: a programme's weekly slot, not a day
    rel_word = norm(m.group("rel") or "")
    wd = EN.weekdays[word.lower()]
    start = m.start()
    if rel_word in EN.relative_prepositions and _POSSESSIVE.match(doc.low, m.end("wd")):
        rel_word, start = "", m.start("wd")  # `following Tuesday's vote`: after the vote, a preposition
    if rel_word in EN.weekday_anaphors:
        base = doc.base()
        if base is None or not base.known or base.gran != "day":
            p = Point("day", weekday=wd)
        else:
            d = render(base)[1]
            p = day_point(resolve_weekday(d, wd, EN.weekday_anaphors[rel_word], strict=True))
    elif _REL.get(rel_word) in (-1, 1):  # (`last`, `this past`, `next`, `this coming`)
        p = _weekday_point(doc, wd, _REL[rel_word], m.start(), m.end(), strict=True)
    elif rel_word:  # `this`
        p = _weekday_point(doc, wd, 0, m.start(), m.end())
    else:
        p = _weekday_point(doc, wd, 0, start, m.end())
    pod = _pod_suffix(m.group("pod"))
    if pod:
        p = dataclasses.replace(p, time=pod)
    return start, m.end(), p


def day_by(doc: Doc, m: re.Match):
    """`the day before last Tuesday`: a day from a weekday."""
    if not _is_capitalised(_orig(doc, m, "wd")):
        return None
    rel = _rel(m.group("rel")) if m.group("rel") not in _THIS else 0
    day = _weekday_point(doc, EN.weekdays[m.group("wd")], rel, m.start(), m.end(), strict=bool(rel))
    return m.start(), m.end(), shift(day, "D", -1 if m.group("ba") in EN.earlier_after else 1)


def weekend(doc: Doc, m: re.Match):
    """A weekend counted in (ISO) weeks from the anchor's: `last weekend` the previous week's (said on a
    Sunday too), `next weekend` the following week's (said on a Monday too: the coming one is `this
    weekend`), `this weekend` the anchor's week's, unless a past verb on a Monday or Tuesday looks back to
    the one just gone; `the weekend`, `that weekend` by the tense."""
    rel_word = norm(m.group("rel"))
    if not doc.anchor:
        return m.start(), m.end(), Point("weekend")
    a = doc.anchor
    base = doc.last
    if EN.anaphoric_words.get(rel_word) and base is not None and base.known and base.gran == "day":
        day = render(base)[1]  # `Aug. 17 ... the floods of the previous weekend`: the weekend before that day
        return m.start(), m.end(), weekend_point(resolve_weekday(day, 5, EN.anaphoric_words[rel_word], strict=True))
    saturday = a + dt.timedelta(days=5 - a.weekday())  # of the anchor's week
    if _REL.get(rel_word) == -1:  # (`last`, `this past`, `the previous`)
        d = saturday - dt.timedelta(days=7)
    elif rel_word in _NEXT:
        d = saturday + dt.timedelta(days=7)
    elif _REL.get(rel_word) == 1:  # (`this coming`, `the following`, `the coming`)
        d = resolve_weekday(a, 5, 1, strict=True)
    elif rel_word in _THIS:
        looks_back = a.weekday() <= 1 and doc.tense(m.start(), m.end()) < 0
        d = saturday - dt.timedelta(days=7) if looks_back else saturday
    else:
        direction = doc.tense(m.start(), m.end()) or -1
        if a.weekday() >= 5:
            d = a
        else:
            d = resolve_weekday(a, 5, direction)
    return m.start(), m.end(), weekend_point(d)


_RELDAY_OFFSETS = {**EN.relative_day_offsets, **EN.relative_day_phrase_offsets}


def relday(doc: Doc, m: re.Match):
    if m.group("rd") and not m.group("mod") and _title_cased(doc.text, m, "rd"):
        return None
    key = (m.group("rd") or m.group("dba") or m.group("lt")).lower()
    key = " ".join(key.split())
    if key in EN.generic_relative_days and not m.group("mod") and _generic_today(doc, m):
        return None
    if key in EN.present_relative_days and not m.group("mod") and not m.group("pod") and _today_against_years(doc, m):
        return m.start(), m.end(), "PRESENT_REF"
    if m.group("pod2") and _title_cased(doc.text, m, "pod2"):
        return None  # `ITV1's This Morning`: a programme
    offset = _RELDAY_OFFSETS[key]
    pod = _pod_suffix(m.group("pod") or m.group("pod2"))
    if key in EN.night_relative_days:
        pod = "NI"
    elif key in EN.night_phrase_words:
        pod = pod or "NI"
    mod = (m.group("mod") or "").lower()
    if not pod:
        pod = _MID_PARTS_OF_DAY.get(_SPACE_OR_HYPHEN.sub("", mod), "")  # `mid-afternoon tomorrow`
    if not doc.anchor:
        return m.start(), m.end(), Point("day", time=pod)
    return m.start(), m.end(), day_point(doc.anchor + dt.timedelta(days=offset), time=pod)


_GENERIC_AFTER = re.compile(rf"(?:{alt(EN.possessive_suffixes)})\s+(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z]+))?")


def _generic_today(doc: Doc, m: re.Match) -> bool:
    """`today's world`, `many of today's computers`, `the people of tomorrow`: the present or the future
    era, not a day."""
    after = _GENERIC_AFTER.match(doc.low, m.end())
    if after is not None:
        return after.group("w1") in EN.era_nouns or after.group("w2") in EN.era_nouns  # (`today's personal computers`)
    return prev_word(doc.text, m.start()) in _OF and _next_word(doc.text, m.end()) == ""


_TODAY_CLAUSE_CUTS = (". ", "\n", ",", ";", ":", " - ", "–", "—")
# A year written out, not part of an amount (`$2,030`, `2030%`).
_YEAR_IN_SENTENCE = re.compile(r"(?<![\d$£€.,])(?:1[89]|20)\d\d(?![\d%])")


def _today_against_years(doc: Doc, m: re.Match) -> bool:
    """`costs of $0.23 today, down to $0.10 by 2030`, `fewer farms today than in 1950`: set against a
    year some way off, `today` is the present, not the day."""
    if doc.anchor is None or doc.tense(m.start(), m.end()) < -1:
        return False  # (`said today that sales doubled since 2015`, `Today, it announced`: the day of an act)
    text = doc.text  # (in its own clause: not `The museum, founded in 1990, reopens today`)
    lo = max(m.start() - 200, *(text.rfind(c, 0, m.start()) for c in _TODAY_CLAUSE_CUTS)) + 1
    hi = min(i for i in (m.end() + 200, len(text), *(text.find(c, m.end()) for c in _TODAY_CLAUSE_CUTS)) if i >= 0)
    return any(abs(int(y.group()) - doc.anchor.year) >= 2 for y in _YEAR_IN_SENTENCE.finditer(text, lo, hi))


def rel_unit(doc: Doc, m: re.Match):
    if _title_cased(doc.text, m, "unit"):
        return None
    rel_word = norm(m.group("rel"))
    unit = m.group("unit").lower()
    if rel_word in EN.anaphoric_words:
        offset = EN.anaphoric_words[rel_word]
        p = doc.anaphoric_unit(unit, offset) if unit != "decade" else None
        return None if p is None else (m.start(), m.end(), p)
    offset = _REL[rel_word]
    article = prev_word(doc.text, m.start())
    if rel_word in _NEXT and not m.group("mod") and unit != "decade" and doc.last is not None \
            and article in _THE and doc.tense(m.start(), m.end()) < 0:
        # `joined in 2001; the next year he left`: in a past narrative, the one after the date just named
        p = doc.anaphoric_unit(unit, 1)
        if p is not None:
            return doc.low.rfind(article, 0, m.start()), m.end(), p
    return m.start(), m.end(), doc.unit_point(unit, offset)


def unit_before(doc: Doc, m: re.Match):
    """`the year before`, `the day after` closing a clause: the unit before or after the date just named
    (as `the previous year`); not `the day before the vote`, whose date is the vote's."""
    p = doc.anaphoric_unit(m.group("unit").lower(), -1 if m.group("side").lower() in EN.earlier_after else 1)
    return None if p is None else (m.start(), m.end(), p)


def edge_of(doc: Doc, m: re.Match):
    unit = m.group("unit").lower()
    if unit == "century":  # `by the middle of the century`: the anchor's
        return m.start(), m.end(), Point("century", index=doc.anchor.year // 100) if doc.anchor else Point("century")
    if unit == "year" and doc.last is not None and doc.last.gran == "year":
        return m.start(), m.end(), doc.last
    return m.start(), m.end(), doc.unit_point(unit, 0)


# (singular and plural alike, as `rstrip("s")` leaves them: `day`, `centurie`)
_UNIT_CODES = {unit.rstrip(EN.plural_suffix): code for unit, code in EN.units.items()}


# `two years ago`, `three days earlier`: back in time; `ago`, `from now`: from the anchor, not the date just named.
_BACK = frozenset((*EN.ago_after, *EN.earlier_after))
_DEICTIC = frozenset((*EN.ago_after, *EN.hence_after))


def ago(doc: Doc, m: re.Match):
    try:
        found = _ago_point(doc, m)
    except (OverflowError, ValueError):
        return None  # `900,000 days ago` is outside the calendar
    if found is None:
        return None
    what, context = found if isinstance(found, tuple) else (found, True)
    if isinstance(what, Point) and what.year is not None and not 1 <= what.year <= 9999:
        return None  # `6,000 years ago` is before the calendar this module writes
    return m.start(), m.end(), what, context


def _ago_point(doc: Doc, m: re.Match):
    """What `two years ago`, `three days later` names (a Point, a reference, or (Point, context))."""
    num_s = norm(m.group("num"))
    unit = m.group("unit").lower().rstrip(EN.plural_suffix)
    # (`in five years' time`, `in a week's time`: counted from now, as `from now`)
    if (m.group("time") or m.group("time1")) and prev_word(doc.text, m.start()) not in _IN:
        return None  # (`spent five years' time`: how long)
    direction = "from now" if m.group("time") or m.group("time1") else norm(m.group("dir"))
    back = direction in _BACK
    if num_s in EN.vague_quantities:
        if direction not in _DEICTIC:
            return None  # `a few months later`, `several years earlier`: a stretch from a date, not a time
        return "PAST_REF" if back else "FUTURE_REF"
    n = int(num_s.replace(",", "")) if num_s[0].isdigit() else NUMBERS.get(num_s)
    if n is None:
        return None
    code = _UNIT_CODES[unit]
    n = -n if back else n
    deictic = direction in _DEICTIC
    quarter = doc.report_quarter(m.start()) if code == "Y" and n == -1 else None
    if quarter is not None:
        return shift(quarter, "Y", n), False
    if deictic:
        if not doc.anchor:
            base = Point("day")
        else:
            base = day_point(doc.anchor)
    else:
        base = doc.base() or Point("day")
    if code == "D":
        return shift(base, "D", n)
    if code in ("W", "F"):
        return shift(base, code, n)
    if code == "M":
        return shift(base, "M", n) if base.month else Point("month")
    if code == "Q":
        return shift(base, "Q", n)
    if code == "Y":
        return year_point(None if base.year is None else base.year + n)
    if code == "DE":
        return year_point(None if base.year is None else base.year + 10 * n)
    return Point("century", index=None if base.year is None else (base.year + 100 * n) // 100)


def in_units(doc: Doc, m: re.Match):
    """`will start balloting in four days`: in a clause pointing ahead, that many days (weeks, months,
    years) from the anchor is a date (TimeML's `in five years`); not how long (`the second letter in two
    weeks`, `its first goal in 16 months`: a record's stretch), nor without a future verb."""
    if doc.anchor is None or prev_word(doc.text, m.start()) not in EN.in_prepositions \
            or doc.tense(m.start(), m.end()) < 2:
        return None
    clause = doc.clause_tense(m.start(), m.end())
    if clause < 0 or (clause == 0 and doc.text[m.end():m.end() + 1] != ","):
        return None  # (a future verb in its clause, or the main clause's after a fronted `In four days,`)
    if _RECORD_BEFORE.search(doc.low, max(0, m.start() - 60), m.start()):
        return None
    num_s = norm(m.group("num"))
    n = int(num_s) if num_s.isdigit() else NUMBERS.get(num_s)
    if not n:
        return None
    code = _UNIT_CODES[m.group("unit").lower().rstrip(EN.plural_suffix)]
    base = day_point(doc.anchor)
    return m.start(), m.end(), year_point(doc.anchor.year + n) if code == "Y" else shift(base, code, n)


# Words that make `in two years` a record's stretch (`the first time in`, `its highest level in`).
_RECORD_BEFORE = re.compile(rf"\b(?:{alt((*EN.record_words, *EN.ordinal_words))})\b[^.,;:!?]*?\s+(?:{alt(EN.in_prepositions)})\s+$")


def anaphor(doc: Doc, m: re.Match):
    det = norm(m.group("det") or "")
    unit = (m.group("unit") or m.group("unit2")).lower()
    time = ""
    if unit in EN.day_part_nouns:
        time = EN.parts_of_day[unit]
        unit = "day"
    if m.group("ba"):
        offset = -1 if m.group("ba").lower() in EN.earlier_after else 1
    elif det in EN.forward_determiners:
        if unit != "day" and det in EN.stretch_determiners:
            return None  # `the next year` is a stretch of time, not a date
        offset = 1
    elif EN.anaphoric_words.get(det, 0) < 0:
        offset = -1
    elif det in _THE and not m.group("mod") and time and prev_word(doc.text, m.start()) in EN.within_prepositions \
            and doc.last is not None and doc.last.gran == "day" and doc.last.known \
            and not doc.habitual(m.start(), m.end()):
        offset = 0  # `hearings ended on Tuesday. In the morning, ...`: that part of the day just named
    elif det in _THE and not m.group("mod"):
        return None  # `the day`, `the week` alone are too vague to emit
    elif det in _THE and unit == "year":
        return m.start(), m.end(), doc.the_year_point(m.start())  # `earlier in the year`
    else:
        offset = 0
    p = doc.anaphoric_unit(unit, offset, same=any(w in det.split() for w in EN.same_words))
    if p is None:
        return None
    if time and p.gran == "day":
        p = dataclasses.replace(p, time=time)
    return m.start(), m.end(), p


def the_year(doc: Doc, m: re.Match):
    year_at = doc.low.rfind("year", m.start(), m.end())
    if doc.text[year_at].isupper() and not doc.text[m.start():m.end()].isupper() \
            and not _sentence_initial(doc.text, m.start()):
        return None  # `Novel of the Year`, `Player of the Year`: a title
    of = prev_word(doc.text, m.start())
    if of in _OF and prev_word(doc.text, doc.low.rfind(of, 0, m.start())).lstrip("'’") in doc.profile.title_nouns:
        return None  # `named player of the year`, `the team of the year prize`, `'album of the year'`
    end = _period_end(doc, m.end())
    if end is not None:
        return m.start(), m.end(), year_point(end.year)  # `the year ended Dec. 31`: the year that day closes
    return m.start(), m.end(), doc.the_year_point(m.start(), plain=m.group("adj") is None)


def new_year(doc: Doc, m: re.Match):
    """`in the new year`: said late in a year (from September), the next one, unless a past verb looks
    back; else the year under way (`since the start of the new year`, said in February)."""
    if _title_cased(doc.text, m, 0):
        return None  # `The New Year` of a name, or the holiday
    if not doc.anchor:
        return m.start(), m.end(), year_point(doc.year_hint)
    ahead = doc.anchor.month >= 9 and doc.tense(m.start(), m.end()) >= 0
    return m.start(), m.end(), year_point(doc.anchor.year + ahead)


def year_end(doc: Doc, m: re.Match):
    """`year-end`, `by year's end`: the end of the current year (of the previous one after `since`)."""
    if not doc.anchor:
        return m.start(), m.end(), year_point(doc.year_hint)
    back = prev_word(doc.text, m.start()) in EN.since_prepositions
    return m.start(), m.end(), year_point(doc.anchor.year - back)


_FUTURE_PREPOSITIONS = EN.future_prepositions
_MODALS = EN.modals


# Words that may follow a reference phrase that ends a noun phrase (`in the short term and ...`).
_CLAUSE_WORDS = EN.clause_words


# `today is the eighth day of ...`, `It's the second day of ...`: the subject names the day.
_NTH_DAY_SUBJECT = re.compile(rf"(?:(?P<rd>{_RELATIVE_DAY})\s+(?:{alt(EN.copulas)})|{alt(EN.day_subjects)})"
                              r"\s+$")


def nth_day(doc: Doc, m: re.Match):
    """`(today is) the eighth day of the operation`: the day the sentence's subject names (`today`,
    `it` meaning today); other `the second day of` phrases count from an event not in the calendar."""
    subject = _NTH_DAY_SUBJECT.search(doc.low, max(0, m.start() - 24), m.start())
    if subject is None:
        return None
    offset = _RELDAY_OFFSETS[subject.group("rd")] if subject.group("rd") else 0
    return m.start(), m.end(), _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=offset)),
                                                  Point("day"))


# What the `ref` handler's guards know each reference word as (the English words are the profile's).
_REF_ROLES = EN.reference_roles


def ref(doc: Doc, m: re.Match):
    phrase = norm(m.group("ref"))
    role = _REF_ROLES.get(phrase, "")
    last_word = phrase.rsplit(" ", 1)[-1]
    text = doc.text
    nxt = _next_word(text, m.end()).lower()
    if role == "future_word" and prev_word(text, m.start()) not in _IN and not _owned_future(text, m, nxt):
        return None  # `future earnings`: only `in future` and `its future` (a noun) are a time
    if role in ("the_past", "the_future") and nxt in _OF:
        return None  # `the future of Europe`
    if role == "the_future" and nxt.isalpha() and text[m.end():m.end() + 1] == " " and nxt[:1].islower() \
            and nxt not in _CLAUSE_WORDS and nxt not in _MODALS and not nxt.endswith((EN.present_suffix, EN.past_suffix)) \
            and prev_word(text, m.start()) not in _FUTURE_PREPOSITIONS:
        return None  # `the future king`, `the future wife of`: an adjective (not `the future looks`, `holds`,
        # `in the future people will`)
    if role == "the_past" and (nxt in NUMBERS or nxt[:1].isdigit() or nxt in EN.quantity_words
                                 or nxt.rstrip(EN.plural_suffix) in _UNIT_CODES):
        return None  # `the past three years` is a duration
    if " " in phrase and last_word in EN.ago_words and (prev_word(text, m.start()) in EN.question_words or text[:m.start()].rstrip()[-1:].isdigit()):
        return None  # `how long ago?` asks; `6,000 years ago` is the `ago` rule's (outside the calendar)
    if role == "now" and prev_word(text, m.start()) in EN.now_not_after:
        return None  # `from now on`: a duration's start
    if last_word in EN.term_words and nxt[:1].islower() and nxt not in _CLAUSE_WORDS:
        return None  # `the long term unemployed`: part of an adjective
    if role == "recently" and _DATE_AHEAD.match(doc.low, m.end()):
        return None  # `most recently last October`: the date that follows is the time
    if role == "current" and nxt in _CURRENT_TERMS:
        return None  # `the current account`, `current assets`, `current affairs`: names of things, not times
    if role == "soon" and not (prev_word(text, m.start()) in _SOON_BEFORE or nxt in EN.soon_followers
                                 or _ends_future_clause(text, m)):
        return None  # `as soon as`, `soon after`, `was soon released`: only a future `soon` is a time
    if role == "the_past" and norm(text[max(0, m.start() - 40):m.start()]).endswith(_PAST_IDIOMS):
        return None  # `a thing of the past`: gone, not a time
    return m.start(), m.end(), EN.reference_words[phrase]


_OWNERS = EN.owners


def _owned_future(text: str, m: re.Match, nxt: str) -> bool:
    """`best hope for its future`, `Europe's future is bright`: the future as a noun someone has, not
    `its future earnings` (an adjective)."""
    owner = prev_word(text, m.start())
    if text[m.start()].isupper():
        return False  # `For Our Future`: a name
    if owner not in _OWNERS and not owner.endswith(("'s", "’s")):
        return False
    return nxt == "" or not text[m.end():m.end() + 1].isspace() or nxt in _NOT_NOUNS or nxt in _CLAUSE_WORDS


# Nouns `current` makes a fixed term with, where it says which kind, not when (accounting and news).
_CURRENT_TERMS = EN.current_terms
_DATE_AHEAD = re.compile(rf"\s+(?:(?:{alt(EN.date_lead_prepositions)})\s+)?(?:(?:{alt(EN.date_lead_relatives)})\s+)?"
                         rf"(?:{MONTH}|{WD}|(?:1[5-9]|20)\d\d\b|{alt(EN.recent_date_words)})")
# Words before a `soon` that points ahead (`will soon`, `may soon seek`, `to soon grow`, `is soon being moved`).
_SOON_BEFORE = EN.soon_before
_SOON_CLAUSE_MODALS = EN.soon_clause_modals
_SOON_NOT_AFTER = EN.soon_not_after
_CLITIC_MODALS = tuple(w for w in _SOON_CLAUSE_MODALS if w.startswith("'"))
_PAST_IDIOMS = tuple(EN.past_idioms)
_CLAUSE_BREAK = re.compile(r"[.;:!?,\"“”()]")


def _ends_future_clause(text: str, m: re.Match) -> bool:
    """`he will be gone soon.`: a `soon` ending a clause whose verb is a future modal points ahead (not
    `plans to strike again soon`, nor `soon after`)."""
    if _next_word(text, m.end()) or prev_word(text, m.start()) in _SOON_NOT_AFTER:
        return False
    lo = max(0, m.start() - 80)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, m.start())]
    words = norm(text[breaks[-1] if breaks else lo:m.start()]).split()
    return any(w in _SOON_CLAUSE_MODALS or w.endswith(_CLITIC_MODALS) for w in words)


