"""Calendar arithmetic and TIMEX3 rendering for `newsbeam.transforms.dates`, as small pure functions.

A `Point` is a calendar period at some granularity with possibly unknown parts (None, written `X`
in TIMEX3: `XXXX-12-17`). The grammar builds Points; `render` turns one into the (value, date,
granularity) triple of a `DateMention`. Nothing here knows about text.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

__all__ = [
    "Point", "render", "day_point", "week_point", "weekend_point", "month_point", "quarter_point",
    "year_point", "shift", "resolve_weekday", "resolve_month", "resolve_month_day",
    "resolve_quarter", "resolve_season", "this_season_year", "holiday_date", "easter", "SEASON_START",
]

# First month of each season (meteorological, northern hemisphere); a season belongs to the year it starts in.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Point:
    """A period as TIMEX3 names it. None means unknown; `index` is the ISO week, the quarter, the
    half-year, the decade's first year or the century's first two digits; `season` a TIMEX3 season code; `time`
    what follows `T` (`MO`, `10:35`)."""
    gran: str  # day | week | weekend | month | quarter | half | season | year | decade | century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    index: int | None = None
    season: str | None = None
    weekday: int | None = None  # 0 = Monday; only for a weekday whose week is unknown (XXXX-WXX-5)
    time: str = ""

    @property
    def known(self) -> bool:
        """True when the period is fully located in the calendar."""
        if self.year is None:
            return False
        if self.gran == "day":
            return self.month is not None and self.day is not None
        if self.gran in ("week", "weekend", "quarter", "half"):
            return self.index is not None
        if self.gran == "month":
            return self.month is not None
        return True


def _x(v: int | None, width: int) -> str:
    return "X" * width if v is None else f"{v:0{width}d}"


def render(p: Point) -> tuple[str, dt.date | None, str]:
    """(TIMEX3 value, first day of the period or None, granularity name) of a Point; the day is None
    too when it falls outside what `datetime.date` holds (the next century from the year 9997)."""
    try:
        return _render(p)
    except (ValueError, OverflowError):
        return _render(replace(p, year=None) if p.gran not in ("decade", "century") else replace(p, index=None))


def _render(p: Point) -> tuple[str, dt.date | None, str]:
    y = _x(p.year, 4)
    first: dt.date | None = None
    if p.gran == "day":
        if p.month is None and p.day is None and p.weekday is not None:
            value = f"{y}-WXX-{p.weekday + 1}"
        else:
            value = f"{y}-{_x(p.month, 2)}-{_x(p.day, 2)}"
            if p.known:
                first = dt.date(p.year, p.month, p.day)
        if p.time:
            return f"{value}T{p.time}", first, "time"
        return value, first, "day"
    if p.gran in ("week", "weekend"):
        if p.year is None or p.index is None:
            value = f"{y}-WXX"
        else:
            value = f"{y}-W{p.index:02d}"
            first = dt.date.fromisocalendar(p.year, p.index, 6 if p.gran == "weekend" else 1)
        return (value + "-WE" if p.gran == "weekend" else value), first, "week"
    if p.gran == "month":
        if p.known:
            first = dt.date(p.year, p.month, 1)
        return f"{y}-{_x(p.month, 2)}", first, "month"
    if p.gran == "quarter":
        if p.known:
            first = dt.date(p.year, 3 * p.index - 2, 1)
        return f"{y}-Q{'X' if p.index is None else p.index}", first, "quarter"
    if p.gran == "half":
        if p.known:
            first = dt.date(p.year, 6 * p.index - 5, 1)
        return f"{y}-H{'X' if p.index is None else p.index}", first, "half"
    if p.gran == "season":
        if p.year is not None:
            first = dt.date(p.year, SEASON_START[p.season], 1)
        return f"{y}-{p.season}", first, "season"
    if p.gran == "year":
        if p.year is not None:
            first = dt.date(p.year, 1, 1)
        return y, first, "year"
    if p.gran == "decade":
        if p.index is None:
            return "XXX", None, "decade"
        return str(p.index // 10), dt.date(max(p.index, 1), 1, 1), "decade"
    if p.gran == "century":
        if p.index is None:
            return "XX", None, "century"
        return f"{p.index:02d}", dt.date(max(p.index * 100, 1), 1, 1), "century"
    raise ValueError(f"unknown granularity {p.gran!r}")


# ------------------------------------------------------------------ constructors
def day_point(d: dt.date, time: str = "") -> Point:
    return Point("day", d.year, d.month, d.day, time=time)


def week_point(d: dt.date) -> Point:
    iso = d.isocalendar()
    return Point("week", iso[0], index=iso[1])


def weekend_point(d: dt.date) -> Point:
    iso = d.isocalendar()
    return Point("weekend", iso[0], index=iso[1])


def month_point(year: int | None, month: int | None) -> Point:
    return Point("month", year, month)


def quarter_point(year: int | None, q: int | None) -> Point:
    return Point("quarter", year, index=q)


def year_point(year: int | None) -> Point:
    return Point("year", year)


def _month_add(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _date_of(p: Point) -> dt.date | None:
    """The first day of a known Point (used as the base of day and week arithmetic)."""
    return render(p)[1] if p.known else None


def shift(p: Point, unit: str, n: int) -> Point:
    """`p` moved by n units ('D', 'W', 'M', 'Q', 'Y', 'DE', 'CE'); the result has the unit's granularity,
    except years, which keep a quarter's, month's or season's granularity (`a year earlier` than the
    third quarter is last year's third quarter). Unknown parts stay unknown."""
    if unit == "D":
        base = _date_of(p) if p.gran == "day" else None
        return day_point(base + dt.timedelta(days=n)) if base else Point("day", p.year if n == 0 else None,
                                                                         p.month if n == 0 else None)
    if unit in ("W", "F"):
        days = 7 * n * (2 if unit == "F" else 1)
        base = _date_of(p) if p.gran in ("day", "week", "weekend") else None
        return week_point(base + dt.timedelta(days=days)) if base else Point("week")
    if unit == "M":
        if p.year is None or p.month is None:
            return Point("month", None, p.month if n % 12 == 0 else None)
        return month_point(*_month_add(p.year, p.month, n))
    if unit == "Q":
        q = p.index if p.gran == "quarter" else ((p.month - 1) // 3 + 1 if p.month else None)
        if p.year is None or q is None:
            return Point("quarter")
        k = p.year * 4 + (q - 1) + n
        return quarter_point(k // 4, k % 4 + 1)
    years = {"Y": n, "DE": 10 * n, "CE": 100 * n}[unit]
    y = None if p.year is None else p.year + years
    if unit == "Y" and p.gran in ("quarter", "month", "season"):
        return replace(p, year=y, day=None, time="")
    if unit == "Y" and p.gran == "day" and y is not None and p.month and p.day:
        if p.month == 2 and p.day == 29 and not calendar.isleap(y):
            return Point("day", y, 2, 28)
        return Point("day", y, p.month, p.day)
    return year_point(y)


# ------------------------------------------------------------------ resolving against an anchor
def resolve_weekday(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The `weekday` (0 = Monday) nearest the anchor in `direction` (-1 past, +1 future, 0 nearest,
    ties to the past); the anchor itself counts unless `strict` (`last Friday` is never today)."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if strict:
        back, fwd = back or 7, fwd or 7
    if direction < 0:
        return anchor - dt.timedelta(days=back)
    if direction > 0:
        return anchor + dt.timedelta(days=fwd)
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


# How much nearer a period on the side the tense points to counts (a fraction of its distance): a
# weak cue (a past verb somewhere in the sentence, `would`) halves it, a strong one (`will`, a past
# verb right before the date) makes that side win unless the other is ten times closer.
LEAN_WEAK, LEAN_STRONG = 0.5, 0.1
LEAN_ONLY = 0.001  # (-3/+3: that side, whatever the distances: `seit Freitag`)


def _pick_year(anchor: dt.date, interval, direction: int) -> int | None:
    """Of the anchor's year and its neighbours, the year whose period (interval(year) -> (first, last)
    day, or None if it does not exist) lies nearest the anchor. A period on the side the tense points
    to counts as nearer: `direction` -1/+1 (a tense cue in the sentence) as LEAN_WEAK of its distance,
    -2/+2 (`will`, a past verb right before the date) as LEAN_STRONG, -3/+3 as LEAN_ONLY. None if no year
    has it."""
    lean = {0: 1.0, 1: LEAN_WEAK, 2: LEAN_STRONG, 3: LEAN_ONLY}[min(abs(direction), 3)]
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        span = interval(y)
        if span is None:
            continue
        first, last = span
        if first <= anchor <= last:
            return y
        if last < anchor:
            dist = (anchor - last).days * (lean if direction < 0 else 1.0)
        else:
            dist = (first - anchor).days * (lean if direction > 0 else 1.0)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None


def resolve_month(anchor: dt.date, month: int, direction: int, strict: bool = False) -> int:
    """The year of a `month` named without one: nearest the anchor, leaning the way the tense points;
    `strict` (`last March`, `next March`) means strictly before/after the anchor's month."""
    if strict:
        if direction < 0:
            return anchor.year if month < anchor.month else anchor.year - 1
        return anchor.year if month > anchor.month else anchor.year + 1
    return _pick_year(anchor, lambda y: (dt.date(y, month, 1),
                                         dt.date(y, month, calendar.monthrange(y, month)[1])), direction)


def resolve_month_day(anchor: dt.date, month: int, day: int, direction: int) -> int | None:
    """The year of a month/day named without one (None if the day never exists): nearest the anchor,
    leaning the way the tense points."""
    def interval(y: int):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            return None
        return d, d
    return _pick_year(anchor, interval, direction)


def resolve_quarter(anchor: dt.date, q: int, direction: int) -> int:
    """The year of quarter q: reports speak of the current fiscal year's quarters, so the anchor's
    year, unless the quarter has not begun yet and the clause is in the past (`fourth-quarter profit
    rose`, written in February), or it is the fourth, just ended, in a clause of no tense (`a weak fourth
    quarter points to slower growth`, written in January: the one being reported on)."""
    current = (anchor.month - 1) // 3 + 1
    just_ended = q == 4 and current == 1 and direction == 0
    return anchor.year - 1 if q > current and (direction < 0 or just_ended) else anchor.year


def resolve_season(anchor: dt.date, season: str, direction: int, strict: bool = False,
                   ahead_on_tie: bool = False) -> int:
    """The year a season named relative to the anchor starts in (winter starts in December):
    the season under way counts as `this` one, `strict` skips it (`last summer` in July). Without a
    direction the nearest one; of two as near, the past one, or with `ahead_on_tie` the coming one."""
    def key(year: int, code: str) -> int:
        return year * 12 + SEASON_START[code]
    now = anchor.year * 12 + anchor.month
    current = max(k for k in (key(y, c) for y in (anchor.year - 1, anchor.year) for c in SEASON_START) if k <= now)
    years = (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)
    if direction < 0:
        return max(y for y in years if key(y, season) < current or (key(y, season) == current and not strict))
    if direction > 0:
        return min(y for y in years if key(y, season) > current or (key(y, season) == current and not strict))
    return min(years, key=lambda y: (abs(key(y, season) - current), (key(y, season) > current) != ahead_on_tie))


def this_season_year(anchor: dt.date, season: str, tense: int, past_tie_ahead: bool = False) -> int:
    """The year `this` season names: in a future clause the coming one (the one under way included); in a
    past clause the nearer one, as near the past one (`sales rose this summer` said in February) or, with
    `past_tie_ahead` where a clause's past is weak evidence, the coming one (`diesen Winter ist ...
    angesagt` said in June: a participle); in a clause of no tense this year's (`this summer` said in
    February is the coming one, not last year's; winter starts in December, so early in a year it is
    last year's)."""
    if tense:
        return resolve_season(anchor, season, 1 if tense > 0 else 0, ahead_on_tie=tense > 0 or past_tie_ahead)
    return anchor.year - (season == "WI" and anchor.month <= 3)


# ------------------------------------------------------------------ holidays
def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) `weekday` of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(rule: tuple[int, int] | str, year: int) -> dt.date:
    """The date of a holiday (a (month, day) pair or the name of a moving feast) in a year."""
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    if rule == "thanksgiving":
        return _nth_weekday(year, 11, 3, 4)
    if rule == "labor":
        return _nth_weekday(year, 9, 0, 1)
    if rule == "memorial":
        return _nth_weekday(year, 5, 0, -1)
    if rule == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if rule == "super_tuesday":  # the US primaries' big day: the first Tuesday of March of an election year
        if year % 4:
            raise ValueError(f"no Super Tuesday in {year}")
        return _nth_weekday(year, 3, 1, 1)
    raise ValueError(f"unknown holiday rule {rule!r}")
