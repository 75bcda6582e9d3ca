"""Error classes found on the blind sets of round 2 (`tests/data/dates-*-blind.jsonl`, scored before
any fix), each on sentences written for these tests: the class, not the article, is what is fixed."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dates import found, values

WEDNESDAY = dt.date(2022, 6, 15)


@pytest.mark.parametrize("language, text, expected", [
    # a month with last / this / next: the last one before the anchor's month, this year's, the next one
    ("es", "El acuerdo se firmó el pasado julio.", [("el pasado julio", "2021-07")]),
    ("es", "La campaña circula desde este mes de octubre.", [("este mes de octubre", "2022-10")]),
    ("es", "Volverá el próximo enero.", [("el próximo enero", "2023-01")]),
    ("fr", "Il s'est rendu à Rome en octobre dernier.", [("octobre dernier", "2021-10")]),
    ("fr", "Elle a été élue en janvier dernier.", [("janvier dernier", "2022-01")]),
    ("it", "Il patto è stato firmato lo scorso marzo.", [("lo scorso marzo", "2022-03")]),
    ("it", "Il patto è stato firmato a settembre scorso.", [("settembre scorso", "2021-09")]),
    ("de", "Das Gesetz gilt seit letzten Juli.", [("letzten Juli", "2021-07")]),
])
def test_a_month_with_last_this_or_next(language, text, expected):
    assert found(text, WEDNESDAY, language) == expected
