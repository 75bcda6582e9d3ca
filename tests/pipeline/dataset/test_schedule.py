import datetime as dt

import pytest

from newsbeam.pipeline.dataset.schedule import ScheduleError, parse_schedule

T = dt.datetime(2026, 11, 28, 23, 0)  # a Saturday


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("5m", 300), ("1h", 3600), ("1d", 86400), ("90", 90)])
def test_intervals(text, seconds):
    assert parse_schedule(text).next_after(T) == T + dt.timedelta(seconds=seconds)


@pytest.mark.parametrize("expr, expected", [
    ("*/15 * * * *", dt.datetime(2026, 11, 28, 23, 15)),
    ("*/15 6-22 * * mon-fri", dt.datetime(2026, 11, 30, 6, 0)),
    ("0 2 * * *", dt.datetime(2026, 11, 29, 2, 0)),
    ("30 23 1 jan *", dt.datetime(2027, 1, 1, 23, 30)),
    ("0 0 29 2 *", dt.datetime(2028, 2, 29, 0, 0)),
    ("0 12 * * 7", dt.datetime(2026, 11, 29, 12, 0)),
])
def test_cron(expr, expected):
    assert parse_schedule(expr).next_after(T) == expected


@pytest.mark.parametrize("text", ["soon", "* * *", "61 * * * *", "*/0 * * * *", "0 0 30 2 *x", "-5m"])
def test_bad_schedules(text):
    with pytest.raises(ScheduleError):
        parse_schedule(text).next_after(T)
