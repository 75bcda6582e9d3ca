"""newsbeam.transforms.dates: finding date expressions and normalising them to TIMEX3 values.

Layers: the calendar helpers (`date_normalize`), `extract_dates` on short sentences written for
these tests (finding, anchoring and tense, anaphora, negatives, languages, pathological inputs),
the Beam wrapper, and two tests on shared data (the seed article; a TempEval-3 slice scored by
the shared evaluator, with a floor just under the current score).
"""
from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from newsbeam.transforms.dates import timex as dn
from newsbeam.transforms.dates import DateMention, extract_dates

ANCHOR = dt.date(2024, 12, 20)  # a Friday, in ISO week 51


def found(text: str, anchor: dt.date | None = ANCHOR, language: str | None = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_dates(text, anchor, language)]


def values(text: str, anchor: dt.date | None = ANCHOR, language: str | None = "en") -> list[str]:
    return [m.value for m in extract_dates(text, anchor, language)]


# ----------------------------------------------------------------------------- calendar helpers
class TestNormalize:
    @pytest.mark.parametrize("point, expected", [
        (dn.Point("day", 2024, 12, 17), ("2024-12-17", dt.date(2024, 12, 17), "day")),
        (dn.Point("day", None, 12, 17), ("XXXX-12-17", None, "day")),
        (dn.Point("day", 2024, 12, 20, time="MO"), ("2024-12-20TMO", dt.date(2024, 12, 20), "time")),
        (dn.Point("day", weekday=4), ("XXXX-WXX-5", None, "day")),
        (dn.Point("week", 2024, index=51), ("2024-W51", dt.date(2024, 12, 16), "week")),
        (dn.Point("weekend", 2024, index=51), ("2024-W51-WE", dt.date(2024, 12, 21), "week")),
        (dn.Point("month", 2024, 12), ("2024-12", dt.date(2024, 12, 1), "month")),
        (dn.Point("quarter", 2024, index=3), ("2024-Q3", dt.date(2024, 7, 1), "quarter")),
        (dn.Point("season", 2024, season="SU"), ("2024-SU", dt.date(2024, 6, 1), "season")),
        (dn.Point("year", 2019), ("2019", dt.date(2019, 1, 1), "year")),
        (dn.Point("year"), ("XXXX", None, "year")),
        (dn.Point("decade", index=1990), ("199", dt.date(1990, 1, 1), "decade")),
        (dn.Point("century", index=19), ("19", dt.date(1900, 1, 1), "century")),
    ])
    def test_render(self, point, expected):
        assert dn.render(point) == expected

    def test_shift(self):
        assert dn.render(dn.shift(dn.quarter_point(1989, 3), "Y", -1))[0] == "1988-Q3"
        assert dn.render(dn.shift(dn.day_point(dt.date(2024, 12, 31)), "D", 1))[0] == "2025-01-01"
        assert dn.render(dn.shift(dn.month_point(2024, 1), "M", -2))[0] == "2023-11"
        assert dn.render(dn.shift(dn.day_point(dt.date(2024, 1, 3)), "W", -1))[0] == "2023-W52"
        assert dn.render(dn.shift(dn.day_point(dt.date(2024, 2, 29)), "Y", 1))[0] == "2025-02-28"
        assert dn.render(dn.shift(dn.Point("day", None, 12, 17), "M", 0))[0] == "XXXX-12"

    def test_resolve_weekday(self):
        friday = dt.date(2024, 12, 20)
        assert dn.resolve_weekday(friday, 4, -1) == friday                      # `Friday` said on a Friday
        assert dn.resolve_weekday(friday, 4, -1, strict=True) == dt.date(2024, 12, 13)  # `last Friday`
        assert dn.resolve_weekday(friday, 1, -1) == dt.date(2024, 12, 17)
        assert dn.resolve_weekday(friday, 1, 1) == dt.date(2024, 12, 24)

    def test_resolve_month_and_day(self):
        anchor = dt.date(1998, 2, 6)
        assert dn.resolve_month(anchor, 12, -1) == 1997        # `in December`, told in February
        assert dn.resolve_month(anchor, 12, 2) == 1998         # `will ... in December`
        assert dn.resolve_month(anchor, 3, 0) == 1998
        assert dn.resolve_month(anchor, 2, -1, strict=True) == 1997   # `last February`
        assert dn.resolve_month_day(dt.date(1989, 11, 2), 11, 21, -1) == 1989  # nearest wins over weak past
        assert dn.resolve_month_day(dt.date(1989, 10, 31), 1, 31, -2) == 1989  # `ended Jan. 31`
        assert dn.resolve_month_day(dt.date(2023, 3, 1), 2, 29, 0) == 2024     # only leap years have it

    def test_resolve_quarter_and_season(self):
        assert dn.resolve_quarter(dt.date(1989, 11, 2), 3, -1) == 1989
        assert dn.resolve_quarter(dt.date(1990, 2, 1), 4, -1) == 1989   # `fourth-quarter profit rose`
        assert dn.resolve_season(dt.date(1998, 8, 7), "SU", 0) == 1998
        assert dn.resolve_season(dt.date(1998, 8, 7), "SU", -1, strict=True) == 1997  # `last summer`
        assert dn.resolve_season(dt.date(1998, 8, 7), "FA", -1) == 1997

    def test_holidays(self):
        assert dn.easter(2024) == dt.date(2024, 3, 31)
        assert dn.holiday_date("thanksgiving", 1999) == dt.date(1999, 11, 25)
        assert dn.holiday_date("election", 1998) == dt.date(1998, 11, 3)
        assert dn.holiday_date((12, 25), 2024) == dt.date(2024, 12, 25)


# ----------------------------------------------------------------------------- finding + values
@pytest.mark.parametrize("text, expected", [
    ("It happened on 17 December 2024.", [("17 December 2024", "2024-12-17")]),
    ("It happened on Dec. 17.", [("Dec. 17", "2024-12-17")]),
    ("It happened on December 17th.", [("December 17th", "2024-12-17")]),
    ("It was signed on Friday, Oct. 23, 1998.", [("Friday, Oct. 23, 1998", "1998-10-23")]),
    ("It was filed 2024-12-17 in court.", [("2024-12-17", "2024-12-17")]),
    ("The deadline was 12/17/2024.", [("12/17/2024", "2024-12-17")]),
    ("The deadline was 17.12.2024.", [("17.12.2024", "2024-12-17")]),
    ("Prices soared in the 1990s.", [("the 1990s", "199")]),
    ("It was built in the early 1980s.", [("the early 1980s", "198")]),
    ("It opened in 2019.", [("2019", "2019")]),
    ("Profit rose in fiscal 2024.", [("fiscal 2024", "2024")]),
    ("Sales fell in Q3 2024.", [("Q3 2024", "2024-Q3")]),
    ("Sales fell in the third quarter.", [("the third quarter", "2024-Q3")]),
    ("It reported a third-quarter loss.", [("third-quarter", "2024-Q3")]),
    ("It began in July 1997.", [("July 1997", "1997-07")]),
    ("It ended in mid-November.", [("mid-November", "2024-11")]),
    ("It dates from the 20th century.", [("the 20th century", "19")]),
    ("It dates from the winter of 1994.", [("the winter of 1994", "1994-WI")]),
    ("The vote was in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ("We will meet this spring.", [("this spring", "2025-SP")]),
    ("They met last summer.", [("last summer", "2024-SU")]),
    ("They will meet at Christmas.", [("Christmas", "2024-12-25")]),
    ("They met at Christmas.", [("Christmas", "2023-12-25")]),
    ("Earnings fall in the last half of 1989.", [("the last half of 1989", "1989-H2")]),
    ("It lasts through the first two quarters of 1990.", [("the first two quarters of 1990", "1990-H1")]),
])
def test_absolute_and_named(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He left yesterday.", [("yesterday", "2024-12-19")]),
    ("He arrives tomorrow.", [("tomorrow", "2024-12-21")]),
    ("He is here today.", [("today", "2024-12-20")]),
    ("He is busy now.", [("now", "PRESENT_REF")]),
    ("He has recently left.", [("recently", "PAST_REF")]),
    ("They will talk in the future.", [("the future", "FUTURE_REF")]),
    ("Talks broke down last week.", [("last week", "2024-W50")]),
    ("Talks resume next month.", [("next month", "2025-01")]),
    ("It closed two years ago.", [("two years ago", "2022")]),
    ("It closed about six weeks ago.", [("about six weeks ago", "2024-W45")]),
    ("Rain is due this weekend.", [("this weekend", "2024-W51-WE")]),
    ("Sales rose this year.", [("this year", "2024")]),
    ("They met last night.", [("last night", "2024-12-19TNI")]),
    ("They met this morning.", [("this morning", "2024-12-20TMO")]),
    ("She spoke late yesterday.", [("late yesterday", "2024-12-19")]),
    ("Earlier this month, it rained.", [("Earlier this month", "2024-12")]),
    ("The deal closes early next year.", [("early next year", "2025")]),
    ("Hate groups grew over the past year.", [("the past year", "2023")]),
    ("Rates have fallen in the last few months.", [("the last few months", "PAST_REF")]),
    ("Wages lost value in the last decade.", [("the last decade", "201")]),
    ("The day before last Tuesday's hearing, he left.", [("The day before last Tuesday", "2024-12-16")]),
    ("Shares sold at the then current price.", [("then current", "PAST_REF")]),
])
def test_relative_to_the_anchor(text, expected):
    assert found(text) == expected


class TestTimesOfDay:
    def test_part_of_day_after_weekday(self):
        assert found("Bombs exploded Friday morning.", dt.date(1998, 8, 8)) == [("Friday morning", "1998-08-07TMO")]
        assert found("Police arrived Tuesday night.") == [("Tuesday night", "2024-12-17TNI")]

    def test_clock_time_attached_to_a_day(self):
        assert found("It exploded at 10:35 a.m. Friday.", dt.date(1998, 8, 8)) == \
            [("10:35 a.m. Friday", "1998-08-07T10:35")]
        assert found("The offer expires at 5 p.m. EST, Nov. 6.", dt.date(1989, 10, 30)) == \
            [("5 p.m. EST, Nov. 6", "1989-11-06T17:00")]
        assert found("It expires at midnight Friday.") == [("midnight Friday", "2024-12-20T24:00")]

    def test_clock_time_alone_is_on_the_day_spoken_of(self):
        # the day after an aside, else one just named, else the anchor's; the span keeps to the time
        assert found("It exploded at about 10:35 a.m. (0735 GMT) Friday.", dt.date(1998, 8, 8)) == \
            [("10:35 a.m.", "1998-08-07T10:35"), ("Friday", "1998-08-07")]
        assert values("He appears in court at midday.") == ["2024-12-20T12:00"]
        assert values("On Dec. 17, a man was shot around 7:15 p.m.") == ["2024-12-17", "2024-12-17T19:15"]
        assert values("High noon comes today.") == ["2024-12-20"]


class TestTenseChoosesPastOrFuture:
    def test_weekday_in_a_past_report_is_the_previous_one(self):
        assert values("The minister resigned on Tuesday.") == ["2024-12-17"]

    def test_weekday_in_a_future_clause_is_the_next_one(self):
        assert values("The minister will resign on Tuesday.") == ["2024-12-24"]
        assert values("Talks are scheduled for Monday.") == ["2024-12-23"]

    def test_weekday_without_a_cue_is_the_nearer_one(self):
        assert values("Leaders meet separately Monday with the envoy.") == ["2024-12-23"]
        assert values("Leaders meet separately Wednesday with the envoy.") == ["2024-12-18"]

    def test_possessive_weekday_is_a_reported_event(self):
        assert values("They would look for ways around Wednesday's ruling.") == ["2024-12-18"]

    def test_until_a_weekday_is_a_deadline_ahead(self):
        assert values("Officials postponed until Tuesday morning any action.") == ["2024-12-24TMO"]
        assert values("Until Thursday, they had not called him a suspect.") == ["2024-12-19"]

    def test_attribution_after_a_quote_does_not_set_the_tense(self):
        assert values("''He will leave at 4 a.m. EDT Thursday,'' Castro said.") == ["2024-12-26T04:00"]

    def test_past_verb_after_the_date_is_a_weak_cue(self):
        # `invited` belongs to the next clause: May ahead stays nearer than May a year ago
        assert values("Talks that are supposed to end by May, invited Sinn Fein.", dt.date(1998, 3, 22)) == ["1998-05"]
        assert values("It will be paid on a still unspecified date in January.", dt.date(1989, 10, 26)) == ["1990-01"]

    def test_same_weekday_as_the_anchor_is_the_anchor(self):
        assert values("The minister resigned on Friday.") == ["2024-12-20"]

    def test_last_and_next_weekday(self):
        assert values("He left last Friday.") == ["2024-12-13"]
        assert values("He leaves next Monday.") == ["2024-12-23"]

    def test_month_without_year(self):
        assert values("The plant closed in March.", dt.date(2024, 10, 1)) == ["2024-03"]
        assert values("The plant will close in March.", dt.date(2024, 10, 1)) == ["2025-03"]
        assert values("It was founded in December.", dt.date(1998, 2, 6)) == ["1997-12"]

    def test_month_day_near_the_anchor(self):
        assert values("The rights expire Nov. 21.", dt.date(1989, 11, 2)) == ["1989-11-21"]
        assert values("The fiscal year ended Jan. 31.", dt.date(1989, 10, 31))[-1] == "1989-01-31"


class TestAnaphora:
    def test_relative_to_the_last_date_mentioned(self):
        assert values("The bank failed in March 1998. Later that year, it was sold.") == ["1998-03", "1998"]
        assert values("Rebels struck on Oct. 23, 1999. The next day, troops arrived.")[1] == "1999-10-24"
        assert values("He spoke on Dec. 17. Earlier in the month, he had promised.") == ["2024-12-17", "2024-12"]
        assert values("The war ended in 1945. Two years later, the treaty came.")[1] == "1947"

    def test_financial_comparisons_follow_the_reported_quarter(self):
        text = ("Net income rose in the third quarter. A year earlier, it earned less. "
                "In the year-ago quarter, sales were flat.")
        assert values(text, dt.date(1989, 11, 2)) == ["1989-Q3", "1988-Q3", "1988-Q3"]

    def test_quarter_named_by_its_end(self):
        # May-July is the second quarter; after `the fiscal first quarter`, `the quarter` stays that one
        assert values("In the quarter ended July 31, it lost money.", dt.date(1989, 10, 30)) == ["1989-Q2", "1989-07-31"]
        text = "Profit rose in the fiscal first quarter. For the quarter ended Sept. 30, sales fell."
        assert values(text, dt.date(1989, 10, 26))[:2] == ["1989-Q1", "1989-Q1"]

    def test_latest_period_is_the_reported_quarter(self):
        text = "Ralston reported a fourth-quarter decline. Sales in the latest period fell."
        assert values(text, dt.date(1989, 11, 2)) == ["1989-Q4", "1989-Q4"]

    def test_earlier_in_the_year_is_the_current_year(self):
        text = "Profit fell from a year ago. Sales were delayed earlier in the year by rain."
        assert values(text, dt.date(1989, 10, 26)) == ["1988", "1989"]

    def test_a_year_ago_without_quarters_is_last_year(self):
        assert values("Prices were lower a year ago.") == ["2023"]


class TestNoAnchor:
    def test_keeps_what_the_text_says(self):
        assert values("On December 17, he spoke.", None) == ["XXXX-12-17"]
        assert values("He left yesterday.", None) == ["XXXX-XX-XX"]
        assert values("He left on Friday.", None) == ["XXXX-WXX-5"]
        assert values("Talks broke down last week.", None) == ["XXXX-WXX"]
        assert values("It happened on 17 December 2024.", None) == ["2024-12-17"]

    def test_year_mentioned_before_is_used(self):
        assert values("In 2019 the firm grew. On December 17, it merged.", None) == ["2019", "2019-12-17"]

    def test_date_is_none_when_unresolved(self):
        [m] = extract_dates("On December 17, he spoke.", None)
        assert m.date is None and m.granularity == "day"


# ----------------------------------------------------------------------------- what is not a date
@pytest.mark.parametrize("text", [
    "You may leave if you like.",
    "They march to the square.",
    "We said a second time that it was fine.",
    "He sat in the sun.",
    "The firm hired 2,000 workers and 1,500 engineers.",
    "Shares fell 5% and then 12.5 percent.",
    "Arsenal won 2-1 and Chelsea drew 3-3.",
    "The pound closed at 1.88 and the index at 10.30.",
    "The war lasted three years.",
    "He visits every day.",
    "About 2000 troops were sent.",
    "The Sunday Times reported it first.",
    "Black Friday deals drew crowds.",
    "April Jones said so.",
    "The fall in prices hurt.",
    "In 1,998 cases it failed.",
    "Call 555-1234 or visit room B12.",
    "It matters for today's youth and in today's world.",
    "Chips power many of today's personal computers.",
    "I would have chosen the people of tomorrow.",
])
def test_not_dates(text):
    assert values(text) == []


def test_may_and_march_as_months_need_context():
    assert values("It closed in May.", dt.date(2024, 10, 1)) == ["2024-05"]
    assert values("It may close.") == []
    assert values("Protesters march today.") == ["2024-12-20"]


def test_durations_and_sets_are_not_emitted():
    assert values("It took five days, and it happens weekly.") == []


def test_offsets_index_the_text():
    text = "Bombs exploded Friday.\n\nOn December 17, 2024, talks began."
    for m in extract_dates(text, ANCHOR):
        assert text[m.char_start:m.char_end] == m.text
        assert isinstance(m, DateMention)


def test_dateline_is_a_mention():
    assert values("WASHINGTON, August 11 (Xinhua) -- Officials met today.", dt.date(1998, 8, 11)) == \
        ["1998-08-11", "1998-08-11"]


def test_long_text_prefilter_finds_what_a_full_scan_finds(monkeypatch):
    from newsbeam.transforms.dates.extract import language_of
    from newsbeam.transforms.dates.index import PREFILTER_MIN
    filler = "The officials said that the plans would be announced after talks with union leaders. " * 600
    text = filler + "Talks broke down on 17 December 2024 and resumed Friday." + filler + "It rained in 1999."
    assert len(text) > PREFILTER_MIN
    filtered = values(text)
    monkeypatch.setattr(language_of("en").index, "prefilter_min", 10 ** 9)
    assert filtered == values(text) == ["2024-12-17", "2024-12-20", "1999"]


# ----------------------------------------------------------------------------- other languages
@pytest.mark.parametrize("language, text, expected", [
    ("de", "Am 17. Dezember 2024 sprach er.", [("17. Dezember 2024", "2024-12-17")]),
    ("de", "Gestern kam er, im Januar geht er.", [("Gestern", "2024-12-19"), ("Januar", "2025-01")]),
    ("de", "Am Morgen kam er.", [("Morgen", "2024-12-20TMO")]),  # the morning, never tomorrow
    ("fr", "Le 17 décembre, il a parlé.", [("17 décembre", "2024-12-17")]),
    ("fr", "Hier, la semaine dernière.", [("Hier", "2024-12-19"), ("la semaine dernière", "2024-W50")]),
    ("es", "El 17 de diciembre de 2024 habló.", [("El 17 de diciembre de 2024", "2024-12-17")]),
    ("es", "Llegó por la mañana.", [("la mañana", "2024-12-20TMO")]),  # the morning, never tomorrow
    ("it", "Il 17 dicembre 2024 ha parlato venerdì.", [("Il 17 dicembre 2024", "2024-12-17"), ("venerdì", "2024-12-20")]),
    ("ru", "17 декабря он выступил в пятницу.", [("17 декабря", "2024-12-17"), ("пятницу", "2024-12-20")]),
    ("ru", "Среда обитания важна.", []),
    ("pl", "17 grudnia 2024 r. mówił w piątek.", [("17 grudnia 2024 r.", "2024-12-17"), ("piątek", "2024-12-20")]),
    ("pl", "Piątek powiedział.", []),
])
def test_languages(language, text, expected):
    assert found(text, ANCHOR, language) == expected


@pytest.mark.parametrize("language", [None, "en", "xx", "zh-cn"])
def test_day_month_in_any_language_without_or_with_a_wrong_hint(language):
    text = "Am 17. Dezember 2024, le 17 décembre, 17 grudnia 2024, 17 декабря."
    assert values(text, ANCHOR, language) == ["2024-12-17"] * 4


def test_bare_foreign_words_need_the_hint():
    assert values("Hier et demain, mars.", ANCHOR, "en") == []


# ----------------------------------------------------------------------------- robustness
@pytest.mark.parametrize("text", [
    "1" * 50_000,
    "1,2.3/4-5:" * 5_000,
    "1999" * 10_000,
    "DecemberMayMarch" * 3_000,
    " " * 50_000,
    "the " * 10_000,
    "twenty-one " * 4_000,
    "\n" * 10_000,
    "İstanbul " * 1_000,  # lower-cases to a longer string
    "1999 2000 " * 5_000,  # a head word every five characters (was quadratic: quarter modifiers)
    "1999-2000 " * 5_000,
    "vergangene letzten dernière pasado scorso прошлом zeszłym " * 800,
    "",
])
@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_pathological_inputs_terminate(text, language):
    t0 = time.process_time()
    mentions = extract_dates(text, ANCHOR, language)
    assert time.process_time() - t0 < 5  # a loose bound: the benchmark measures the real figure
    for m in mentions:
        assert text[m.char_start:m.char_end] == m.text


def test_random_word_salad_never_fails():
    """Random mixes of date words, numbers and punctuation, with anchors at the ends of the calendar."""
    import random
    rng = random.Random(7)
    vocab = ("Friday December Dec. 17 17th 2024 1999 1990s '90s the last next this week month year years ago "
             "earlier later yesterday tomorrow tonight now Q3 third quarter year-ago a two 10:35 a.m. noon spring "
             "fall of on 12/17/2024 17.12.2024 2024-12-17 century 20th early mid- Christmas that past , . ' ( - "
             "2,000 5% декабря Dezember grudnia в пятницу hier İ 9999 0001 \n").split(" ")
    anchors = [None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2000, 2, 29), ANCHOR]
    for _ in range(400):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 30)))
        for m in extract_dates(text, rng.choice(anchors), rng.choice([None, "en", "de", "ru", "pl", "xx"])):
            assert text[m.char_start:m.char_end] == m.text


def test_dense_dates_are_all_found():
    text = "Dec. 17 and Friday. " * 500
    assert values(text).count("2024-12-17") == 500


def test_out_of_calendar_values_are_dropped():
    assert values("It was 6,000 years ago.") == []
    assert values("It was 900,000 days ago.") == []


# ----------------------------------------------------------------------------- Beam wrapper
# ----------------------------------------------------------------------------- shared data
def test_seed_article():
    from newsbeam_dev.evaluation import require_shared
    text = (require_shared() / "corpora" / "seed" / "svo-meetings.txt").read_text(encoding="utf-8")

    unanchored = [(m.text, m.value) for m in extract_dates(text, None)]
    assert [v for t, v in unanchored if v.startswith("XXXX-12")] == ["XXXX-12-17", "XXXX-12-19", "XXXX-12"]
    assert ("Earlier in the month", "XXXX-12") in unanchored

    anchored = {m.text: m for m in extract_dates(text, dt.date(2024, 12, 20))}
    assert anchored["December 17"].value == "2024-12-17"
    assert anchored["December 19"].value == "2024-12-19"
    assert anchored["Earlier in the month"].value == "2024-12"
    assert anchored["tomorrow"].value == "2024-12-21" and anchored["tomorrow"].date == dt.date(2024, 12, 21)
    assert not any("every day" in t for t in anchored)  # a set, not a date


# Scores of the first 40 TempEval-3 (TBAQ) documents when these floors were set, just under what the
# extractor then reached (strict 0.916, relaxed 0.962, value 0.812; these 40 are harder than the whole
# set): a drop below means a regression. Raise them when the extractor gets better.
TBAQ_FLOORS = {"strict": 0.91, "relaxed": 0.955, "value": 0.805}


@pytest.mark.quality
def test_tbaq_slice_scores_stay_above_the_floor(tmp_path):
    from newsbeam_dev.evaluation import date_rows, evaluate_rows, read_jsonl, require_shared, write_gold_slice

    gold_dir = require_shared() / "eval" / "dates-tbaq"
    articles = read_jsonl(gold_dir / "articles.jsonl", limit=40)
    sliced = write_gold_slice(gold_dir, tmp_path / "gold", {a["id"] for a in articles})
    res = evaluate_rows("dates", sliced, date_rows(articles, "en"), tmp_path / "out")
    scores = {"strict": res["strict_prf"][2], "relaxed": res["relaxed_prf"][2], "value": res["value_prf"][2]}
    assert all(scores[k] >= floor for k, floor in TBAQ_FLOORS.items()), json.dumps(scores)
