"""What a handler reads a match against: the text, its anchor and language, and the dates mentioned
so far, which anaphora (`later that year`, `the next day`, `a year earlier`) refer to."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newsbeam.transforms.dates.profile import DateProfile
from newsbeam.transforms.dates.tense import TenseMarkers
from newsbeam.transforms.dates.timex import (
    Point, day_point, month_point, render, resolve_month, resolve_month_day, shift, week_point, year_point,
)

__all__ = ["DateMention", "Doc", "CLOCK_DAY_REACH", "QUARTER_CONTEXT"]


@dataclass(frozen=True, slots=True)
class DateMention:
    char_start: int   # offsets into `text`
    char_end: int
    text: str         # text[char_start:char_end]
    value: str        # TIMEX3 value
    date: dt.date | None   # first calendar day of the period; None when not resolvable
    granularity: str  # 'day','week','month','quarter','season','year','decade','century','time','reference'


CLOCK_DAY_REACH = 300  # characters after a day is named within which a bare clock time is on that day
QUARTER_CONTEXT = 600  # characters after a quarter is named within which `a year earlier` means that quarter
SENTENCE_YEAR_REACH = 120  # characters after a year is named within which a month of the sentence is in it
_SENTENCE_END = re.compile(r"[.!?][\"»”]?\s+(\w)|\n")

# Every value `TenseMarkers.tense` gives (and the month tenses built on it: `handlers._english_month_tense`).
TENSES = (-3, -2, -1, 0, 1, 2)
# Whether a year that every tense resolves alike is taken without reading the tense (`Doc.month_year`,
# `Doc.month_day_year`); off, the tense is read for every month and day (the same mentions: a test
# compares both).
SKIP_UNREAD_TENSE = True


@lru_cache(maxsize=4096)
def _same_for_every_tense(anchor: dt.date, month: int, day: int | None) -> int | None:
    """The year a month (or a month and day) named without one has around `anchor` whatever the tense
    (`TENSES`): the month under way, a day of the last few weeks; None when the tense can change it or
    the day never exists."""
    years = {resolve_month(anchor, month, t) if day is None else resolve_month_day(anchor, month, day, t)
             for t in TENSES}
    return years.pop() if len(years) == 1 else None


class Doc:
    """The state of one text being read: what was mentioned so far, in text order."""
    __slots__ = ("text", "low", "padded", "anchor", "profile", "last", "last_explicit", "last_end", "last_quarter",
                 "last_quarter_end", "year_hint", "mentions", "markers")

    def __init__(self, text: str, low: str, anchor: dt.date | None, profile: DateProfile):
        self.text = text
        self.low = low
        # the patterns that begin with the character before a word run over this (see `index`)
        self.padded = " " + low
        self.anchor = anchor
        self.profile = profile
        self.last: Point | None = None          # the last date mentioned (for anaphora)
        self.last_explicit = False              # whether it was written out (`1987`), not relative
        self.last_end = 0                       # where it ends
        self.last_quarter: Point | None = None  # the last quarter mentioned (financial reports)
        self.last_quarter_end = 0
        self.year_hint: int | None = None       # the last explicit year, used when there is no anchor
        self.mentions: list[DateMention] = []
        self.markers: TenseMarkers | None = None  # found on first need

    def _tense_markers(self) -> TenseMarkers:
        if self.markers is None:
            self.markers = TenseMarkers(self.text, self.low, self.padded, self.profile)
        return self.markers

    def tense(self, start: int, end: int) -> int:
        return self._tense_markers().tense(start, end)

    def month_year(self, month: int, start: int, end: int, tense) -> int:
        """`resolve_month` of a month named at [start, end) around the anchor, leaning the way
        `tense(self, month, start, end)` (one of `TENSES`) points, which is not read when every tense
        gives the same year (a tense costs a sentence's scan; the year, a few date sums, kept)."""
        if SKIP_UNREAD_TENSE and (year := _same_for_every_tense(self.anchor, month, None)) is not None:
            return year
        return resolve_month(self.anchor, month, tense(self, month, start, end))

    def month_day_year(self, month: int, day: int, start: int, end: int) -> int | None:
        """`resolve_month_day` of a day named at [start, end) around the anchor, leaning the way the
        sentence's tense points, which is not read when every tense gives the same year."""
        if SKIP_UNREAD_TENSE and (year := _same_for_every_tense(self.anchor, month, day)) is not None:
            return year
        return resolve_month_day(self.anchor, month, day, self.tense(start, end))

    def habitual(self, start: int, end: int) -> bool:
        return self._tense_markers().habitual(start, end)

    def reports_event(self, start: int, end: int) -> bool:
        return self._tense_markers().reports_event(start, end)

    def clause_tense(self, start: int, end: int, spanning: bool = False, modals: bool = True) -> int:
        return self._tense_markers().clause_tense(start, end, spanning, modals)

    def last_verb_before(self, start: int, end: int) -> int:
        return self._tense_markers().last_verb_before(start, end)

    def ahead_infinitive(self, start: int) -> bool:
        return self._tense_markers().ahead_infinitive(start)

    def past_between(self, lo: int, hi: int) -> bool:
        return self._tense_markers().past_between(lo, hi)

    def base(self) -> Point | None:
        """What an anaphor refers to: the last date mentioned, else the anchor day."""
        if self.last is not None:
            return self.last
        return day_point(self.anchor) if self.anchor else None

    def _could_be_report(self, q: Point) -> bool:
        """Whether a quarter can be the one a financial report is about (what `a year earlier` and
        `the quarter` then refer to): with an anchor, a quarter of this or last year, and a finished
        one is not displaced by one under way or ahead (`fourth-quarter` outlook after the results)."""
        if self.anchor is None or self.last_quarter is None:
            return self.anchor is None or (q.year is not None and self.anchor.year - 1 <= q.year <= self.anchor.year)
        if q.year is None or not self.anchor.year - 1 <= q.year <= self.anchor.year:
            return False

        def finished(p: Point) -> bool:
            return p.known and shift(p, "Q", 1).year * 4 + shift(p, "Q", 1).index <= \
                self.anchor.year * 4 + (self.anchor.month - 1) // 3 + 1
        old = self.last_quarter
        if not finished(q):
            return not finished(old)
        return not finished(old) or (q.year, q.index) >= (old.year, old.index)

    def emit(self, start: int, end: int, what: Point | str, context: bool = True, explicit: bool = False) -> None:
        """Record a mention. `context=False` for a comparison period (`a year earlier`, `the year-ago
        quarter`): it does not become what later anaphora and `the quarter` refer to."""
        if isinstance(what, str):
            value, first, gran = what, None, "reference"
        else:
            if what.year is not None and not 1 <= what.year <= 9999:
                return  # outside the calendar (`3,000 years ago` from year 1000)
            value, first, gran = render(what)
            if context and what.gran not in ("decade", "century"):
                self.last = what
                self.last_explicit = explicit
                self.last_end = end
                if what.gran == "quarter" and self._could_be_report(what):
                    self.last_quarter = what
                    self.last_quarter_end = end
            if self.anchor is None and what.year is not None:
                self.year_hint = what.year
        self.mentions.append(DateMention(start, end, self.text[start:end], value, first, gran))

    # ------------------------------------------------------------------------- anaphora
    def report_quarter(self, pos: int) -> Point | None:
        """The quarter a report is about, if one was named shortly before `pos`."""
        if self.last_quarter is not None and pos - self.last_quarter_end <= QUARTER_CONTEXT:
            return self.last_quarter
        return None

    def year_ago(self, pos: int) -> Point:
        """`a year earlier`, `year-ago`: in a report about a quarter, that quarter a year before; else last year."""
        quarter = self.report_quarter(pos)
        if quarter is not None:
            return shift(quarter, "Y", -1)
        base = self.base()
        return year_point(base.year - 1 if base and base.year else None)

    def day_spoken_of(self, pos: int) -> Point:
        """The day a time of day without its date is on: the day named just before, else the anchor's."""
        last = self.last
        if last is not None and last.gran == "day" and last.known and pos - self.last_end <= CLOCK_DAY_REACH:
            return last
        return day_point(self.anchor) if self.anchor else Point("day")

    def unit_point(self, unit: str, offset: int) -> Point:
        """This/last/next week, month, year, decade relative to the anchor (unknown parts without one)."""
        a = self.anchor
        if unit == "week":
            return week_point(a + dt.timedelta(days=7 * offset)) if a else Point("week")
        if unit == "month":
            return shift(month_point(a.year, a.month), "M", offset) if a else Point("month")
        if unit == "year":
            return year_point(a.year + offset) if a else year_point(None)
        if unit == "decade":
            return Point("decade", index=(a.year // 10 + offset) * 10) if a else Point("decade")
        raise ValueError(unit)

    def anaphoric_unit(self, unit: str, offset: int, same: bool = False) -> Point | None:
        """`that year`, `the following month`, `the next day`: the unit of the last date mentioned (else
        the anchor), moved by offset. None when that date is too coarse (`that day` after `in 1987`), but
        `the same day` after a month is a day in it (`1998-10-XX`)."""
        base = self.base()
        if base is None:
            return Point(unit)
        if unit == "year":
            return year_point(None if base.year is None else base.year + offset)
        if unit == "month":
            if base.month is None:
                return None if base.year is None else month_point(base.year, None) if offset == 0 else None
            return shift(month_point(base.year, base.month), "M", offset)
        if unit == "week":
            return shift(base, "W", offset) if base.known and base.gran in ("day", "week") else Point("week")
        if same and base.gran == "month" and base.month is not None and unit == "day":
            return Point("day", base.year, base.month)  # `that same day` after `last October`: a day then
        if base.gran != "day":
            return None
        return shift(base, "D", offset) if offset else dataclasses.replace(base, time="")

    def sentence_year(self, pos: int) -> int | None:
        """The year a month or day named at `pos` without one is in when its sentence has just written
        out a year (`in 2023: in January ... and from July`): a year written out at most SENTENCE_YEAR_REACH
        characters before, with no sentence end in between, and only days and months of that year (or
        present/past references) mentioned since."""
        year, between = None, []  # (the mentions since the year: a few, within the reach)
        for mention in reversed(self.mentions):
            if pos - mention.char_end > SENTENCE_YEAR_REACH:
                return None
            if mention.granularity == "year":
                if not any(c.isdigit() for c in mention.text):
                    return None  # (`lo scorso anno ...; a marzo`: a relative year, not one the sentence is about)
                year, since = mention.value, mention.char_end
                break
            if mention.granularity not in ("day", "month", "season", "time", "reference"):
                return None
            between.append(mention)
        if year is None or not year.isdigit() or any(
                m.granularity != "reference" and not m.value.startswith(year) for m in between):
            return None
        if any(c in self.text[since:pos] for c in ")»”\""):
            return None  # the year was in an aside or a quotation (`(im Jahr 2014) ... im Februar`)
        # (a full stop before a capital ends the sentence; `2023 r. w styczniu` is the year's abbreviation)
        if any(found.group(1) is None or found.group(1).isupper()
               for found in _SENTENCE_END.finditer(self.text, since, pos)):
            return None
        return int(year)

    def the_year_point(self, pos: int, plain: bool = True) -> Point:
        """`the year`, `earlier in the year`: the year a date just named is in (`In 1987 ... the year`),
        else the anchor's (reports speak of the current year; `the full year` always)."""
        if plain and self.last is not None and self.last_explicit and self.last.year is not None \
                and pos - self.last_end <= 200:
            return year_point(self.last.year)
        return year_point(self.anchor.year if self.anchor else self.year_hint)
