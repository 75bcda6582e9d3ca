"""Unit tests of the TimeML rules added to `transforms.dates` for the TBAQ value-F1 target: each a
small string through `extract_dates`, or a pure helper call."""
from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys

from newsbeam_dev.evaluation import REPO
from tests.transforms.dates.test_dates import found, values


class TestSentenceOpeningDate:
    def test_past_main_verb_after_a_fronted_month_puts_it_in_the_past(self):
        # told in October: January ahead is nearer, but `brought` governs the date that opens the sentence
        assert values("In January, American Medical brought in a new chief executive.", dt.date(1989, 10, 27)) \
            == ["1989-01"]
        assert values("In January, the company will open a plant.", dt.date(1989, 10, 27)) == ["1990-01"]

    def test_a_date_inside_the_sentence_keeps_the_weak_cue(self):
        assert values("Talks that are supposed to end by May, invited Sinn Fein.", dt.date(1998, 3, 22)) == ["1998-05"]

    def test_initials_and_titles_do_not_end_the_sentence(self):
        # the break after `Roe vs.` would leave `In January, a week after the ... Roe vs.` without a verb
        text = "In January, a week after the anniversary of Roe vs. Wade, a bombing killed a guard."
        assert values(text, dt.date(1998, 10, 25)) == ["1998-01"]


class TestTenseMarkers:
    def test_participle_after_a_determiner_is_not_the_verb(self):
        # `planned` in `the hastily planned trip` is an adjective; `lifted` is the clause's verb
        text = "On Friday, when she set aside plans for the hastily planned trip, the department lifted a warning."
        assert values(text, dt.date(1998, 8, 17)) == ["1998-08-14"]

    def test_past_auxiliary_of_a_future_marker_is_not_a_past(self):
        text = "Protesters planned a demonstration on Saturday and were planning to drive on Monday."
        assert values(text, dt.date(2000, 1, 7)) == ["2000-01-08", "2000-01-10"]


class TestMonthAsModifier:
    def test_month_between_determiner_and_noun(self):
        assert found("It sold itself under a June agreement with holders.", dt.date(1989, 10, 27)) == \
            [("June", "1989-06")]
        assert found("The March accession will enable them to join.", dt.date(1999, 2, 10)) == [("March", "1999-03")]

    def test_ambiguous_month_names_stay_names(self):
        assert found("The March of Dimes raised money.") == []
        assert found("She met April Jones.") == []
        assert found("We may agree.") == []


class TestConjoinedDays:
    def test_second_day_after_and(self):
        assert found("The summit is on April 24 and 25.", dt.date(1999, 2, 10)) == \
            [("April 24", "1999-04-24"), ("25", "1999-04-25")]

    def test_year_after_the_second_day_dates_both(self):
        assert found("They met on Dec. 30 and 31, 2023.") == [("Dec. 30", "2023-12-30"), ("31, 2023", "2023-12-31")]
        assert values("On December 17 and 19", None) == ["XXXX-12-17", "XXXX-12-19"]

    def test_not_a_count_or_an_earlier_number(self):
        assert found("On May 5 and 6 people died.") == [("May 5", "2024-05-05")]
        assert found("On Dec. 17 and 3 more days.") == [("Dec. 17", "2024-12-17")]


class TestSameDayAfterAMonth:
    def test_the_same_day_after_a_month_is_a_day_in_it(self):
        text = "Doctors were killed last October. His name was crossed out that same day."
        assert values(text, dt.date(1999, 2, 6)) == ["1998-10", "1998-10-XX"]

    def test_that_day_after_a_month_stays_unresolved(self):
        assert values("Funds lost money last month, and redemptions came that day.") == ["2024-11"]


class TestReferenceWords:
    def test_soon_after_a_modal_is_future_ref(self):
        assert found("Prosecutors may soon seek an indictment.") == [("soon", "FUTURE_REF")]
        assert found("It expects sales to soon grow.") == [("soon", "FUTURE_REF")]
        assert found("It soon will begin selling boxes.") == [("soon", "FUTURE_REF")]

    def test_other_soons_are_not_times(self):
        assert found("Return the boy as soon as possible.") == []
        assert found("He was soon released.") == []
        assert found("He was killed soon after being captured.") == []

    def test_recently_before_a_date_leaves_the_date(self):
        assert found("Doctors were killed, most recently last October.") == [("last October", "2024-10")]
        assert found("He recently moved.") == [("recently", "PAST_REF")]


class TestTimesOfDay:
    def test_mid_afternoon_after_a_preposition(self):
        assert found("By mid afternoon, officials said the offensive had ended.", dt.date(1998, 3, 6)) == \
            [("mid afternoon", "1998-03-06TAF")]
        assert values("On Tuesday, by midmorning the talks had stalled.") == ["2024-12-17", "2024-12-17TMO"]

    def test_mid_afternoon_as_an_adjective_is_not_a_time(self):
        assert found("They had a mid-afternoon snack.") == []

    def test_nth_day_of_an_event_said_of_today(self):
        assert found("Today is the eighth day of Desert Shield.", dt.date(1990, 8, 15))[-1] == \
            ("the eighth day", "1990-08-15")
        assert found("It's the second day of an offensive.", dt.date(1998, 3, 6)) == [("the second day", "1998-03-06")]
        assert found("On the second day of the trial, he spoke.") == []


class TestHolidayWeek:
    def test_week_of_a_holiday_is_its_iso_week(self):
        # Easter 2000 was April 23: the week is ongoing, whatever the tense
        assert found("Protesters prayed as Easter week began.", dt.date(2000, 4, 17)) == [("Easter week", "2000-W16")]
        assert found("They met during Christmas week.") == [("Christmas week", "2024-W52")]
        assert found("They met during Christmas week.", None) == [("Christmas week", "XXXX-WXX")]

    def test_longer_holiday_periods_are_not_days(self):
        assert found("They left for the Christmas holidays.") == []
        assert found("It rained over Easter weekend.") == []


def test_importing_compiles_no_grammar():
    """Grammars are compiled per language on first use, not at import (a worker starts faster)."""
    code = ("import transforms.dates.extract as d; assert not d._LANGUAGES; "
            "d.extract_dates('On Dec. 17'); assert list(d._LANGUAGES) == ['en']; "
            "d.extract_dates('am 17. Dezember', language='de'); assert set(d._LANGUAGES) == {'en', 'de'}")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                   cwd=REPO)


def test_languages_built_lazily_give_the_same_results():
    extract = importlib.import_module("transforms.dates.extract")
    assert found("am 17. Dezember 2024", language="de") == [("17. Dezember 2024", "2024-12-17")]
    assert found("le 17 décembre", language="fr") == [("17 décembre", "2024-12-17")]
    assert {"de", "fr"} <= set(extract._LANGUAGES)


class TestYearInAName:
    def test_year_after_a_capitalised_name_is_part_of_it(self):
        assert found("Cases under the Terrorism Act 2000 rose in 2004.") == [("2004", "2004")]
        assert found("They set up a venture called Orion 1980, making parts.") == []
        assert found("It runs on Windows 2000 and sold well at Euro 2004.") == []

    def test_prepositions_months_and_sentence_starts_still_date_a_year(self):
        assert found("Economy Grew In 1998 As Exports Rose") == [("1998", "1998")]
        assert found("Since 1990, prices rose.") == [("1990", "1990")]
        assert found("It was signed in June 1998.") == [("June 1998", "1998-06")]


class TestHolidayWithYear:
    def test_holiday_and_year_are_one_date(self):
        assert found("Sales at Christmas 2004 were the worst in years.") == [("Christmas 2004", "2004-12-25")]
        assert found("Easter 2005 falls early.") == [("Easter 2005", "2005-03-27")]

    def test_a_count_after_the_holiday_is_not_its_year(self):
        assert found("By Christmas 2000 people will sign.") == [("Christmas", "2024-12-25")]


class TestHalfYears:
    def test_half_of_a_relative_year(self):
        assert found("Growth slowed in the second half of last year.") == [("the second half of last year", "2023-H2")]
        assert found("It will come in the first half of next year.") == [("the first half of next year", "2025-H1")]

    def test_half_of_the_year_spoken_of(self):
        assert values("Profit fell in the first half of the year.") == ["2024-H1"]
        assert values("In 2010 sales rose, and in the second half of the year profit doubled.") == ["2010", "2010-H2"]


class TestThisQuarterInAReport:
    def test_this_quarter_after_a_reported_quarter_is_that_quarter(self):
        text = ("Profit for the third quarter fell to $4 million. This quarter's loss includes a charge.")
        assert values(text, dt.date(1989, 10, 30)) == ["1989-Q3", "1989-Q3"]

    def test_this_quarter_without_a_report_or_ahead_is_the_current_one(self):
        assert values("Sales will rise this quarter.", dt.date(1989, 10, 30)) == ["1989-Q4"]
        text = "Profit for the third quarter fell to $4 million. Sales will rise this quarter."
        assert values(text, dt.date(1989, 10, 30)) == ["1989-Q3", "1989-Q4"]


class TestWeekendsCountedInWeeks:
    """`last`/`this`/`next weekend` count ISO weeks from the anchor's (issue 14, found on BBC articles)."""
    SUNDAY, TUESDAY, MONDAY, THURSDAY = dt.date(2005, 3, 6), dt.date(2005, 3, 1), dt.date(2005, 2, 28), dt.date(2005, 3, 3)

    def test_last_weekend_said_on_a_sunday_is_the_one_before(self):
        assert values("The striker scored twice last weekend.", self.SUNDAY) == ["2005-W08-WE"]
        assert values("The striker scored twice last weekend.", self.TUESDAY) == ["2005-W08-WE"]

    def test_this_weekend_on_a_weekday_is_the_coming_one(self):
        assert values("She is the favourite at this weekend's indoor meeting.", self.TUESDAY) == ["2005-W09-WE"]
        assert values("The striker scored twice this weekend.", self.SUNDAY) == ["2005-W09-WE"]
        assert values("The striker scored twice this weekend.", self.MONDAY) == ["2005-W08-WE"]  # looking back

    def test_next_weekend_is_not_this_weekend(self):
        for anchor in (self.MONDAY, self.THURSDAY):
            assert values("The club will play next weekend.", anchor) == ["2005-W10-WE"]
            assert values("The club will play this weekend.", anchor) == ["2005-W09-WE"]


class TestScheduledPresent:
    def test_a_present_tense_schedule_points_ahead(self):
        # `ends`, `opens`, `starts`: a programme or an event to come, not the same day a year ago
        assert values("The exhibition ends on 31 December.", dt.date(2005, 3, 5)) == ["2005-12-31"]
        assert values("The new musical opens on Thursday.", dt.date(2005, 3, 6)) == ["2005-03-10"]


class TestNamesAndSizes:
    def test_of_the_year_in_a_title_is_not_a_year(self):
        assert values("Her book won the Debut Novel of the Year Award.", dt.date(2005, 3, 5)) == []
        assert values("He was named Coach of the Year.", dt.date(2005, 3, 5)) == []
        assert values("Sales rose during the year.", dt.date(2005, 3, 5)) == ["2005"]

    def test_a_programme_named_this_morning_is_not_a_time(self):
        assert values("She told ITV1's This Morning about the tour.", dt.date(2005, 3, 1)) == []
        assert values("She told reporters this morning about the tour.", dt.date(2005, 3, 1)) == ["2005-03-01TMO"]

    def test_a_screen_size_is_not_a_year(self):
        assert values("The panel shows 2048 * 1080 pixels.") == []
        assert values("The panel shows 1600 x 2000 pixels.") == []
        assert values("The panel went on sale in 2004.") == ["2004"]
