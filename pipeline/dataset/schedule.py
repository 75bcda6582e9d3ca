"""When `newsbeam watch` ticks: a fixed interval (`30s`, `5m`, `1h`, `1d`) or a cron expression.

Cron expressions are the classic five fields (minute hour day-of-month month day-of-week) with
`*`, lists, ranges and steps (`*/15 6-22 * * mon-fri`), evaluated in local time; day-of-month
and day-of-week combine as in cron (either matches when both are restricted).
"""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["Schedule", "parse_schedule", "ScheduleError"]

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, None: 1}
_FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7)]
_NAMES = {3: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
          4: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]}


class ScheduleError(ValueError):
    pass


class Schedule:
    def __init__(self, text: str, interval: float | None = None, cron: list[set[int]] | None = None):
        self.text = text
        self.interval = interval
        self._cron = cron

    def next_after(self, moment: dt.datetime) -> dt.datetime:
        """The first tick strictly after `moment`."""
        if self.interval is not None:
            return moment + dt.timedelta(seconds=self.interval)
        minute, hour, dom, month, dow = self._cron
        restricted_days = len(dom) < 31 and len(dow) < 7
        day = moment.date()
        for _ in range(5 * 366):  # Feb 29 recurs within five years
            weekday = day.isoweekday() % 7
            day_ok = (day.day in dom or weekday in dow) if restricted_days else (day.day in dom and weekday in dow)
            if day.month in month and day_ok:
                for h in sorted(hour):
                    for m in sorted(minute):
                        tick = dt.datetime.combine(day, dt.time(h, m), moment.tzinfo)
                        if tick > moment:
                            return tick
            day += dt.timedelta(days=1)
        raise ScheduleError(f"cron expression {self.text!r} never matches")


def parse_schedule(text: str) -> Schedule:
    m = _INTERVAL.match(text)
    if m:
        seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower() if m.group(2) else None]
        if seconds <= 0:
            raise ScheduleError("the interval must be positive")
        return Schedule(text, interval=seconds)
    parts = text.split()
    if len(parts) != 5:
        raise ScheduleError(f"{text!r} is neither an interval (30s, 5m, 1h, 1d) nor a 5-field cron expression")
    sets = [_parse_field(p, i) for i, p in enumerate(parts)]
    sets[4] = {d % 7 for d in sets[4]}  # cron allows 7 for Sunday
    return Schedule(text, cron=sets)


def _parse_field(part: str, index: int) -> set[int]:
    name, low, high = _FIELDS[index]
    values: set[int] = set()
    for item in part.lower().split(","):
        body, _, step_text = item.partition("/")
        step = int(step_text) if step_text.isdigit() and int(step_text) > 0 else None
        if step_text and step is None:
            raise ScheduleError(f"bad step in cron {name} field: {item!r}")
        if body == "*":
            start, end = low, high if index != 4 else 6
        else:
            a, _, b = body.partition("-")
            start = _value(a, index)
            end = _value(b, index) if b else (high if step else start)
        if not (low <= start <= high and low <= end <= high and start <= end):
            raise ScheduleError(f"cron {name} field {item!r} is out of range {low}-{high}")
        values.update(range(start, end + 1, step or 1))
    return values


def _value(token: str, index: int) -> int:
    if token.isdigit():
        return int(token)
    names = _NAMES.get(index)
    if names and token[:3] in names:
        return names.index(token[:3]) + (1 if index == 3 else 0)
    raise ScheduleError(f"cannot read {token!r} in a cron {_FIELDS[index][0]} field")
