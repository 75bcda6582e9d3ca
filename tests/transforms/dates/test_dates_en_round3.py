"""English error classes of round three, found on two fresh sets of BBC articles annotated before the
extractor ran on them (`tests/data/dates-en-8.jsonl`, `dates-en-9.jsonl`; first scores .959/.926 and
.947/.842 relaxed/value F1), and a third (`dates-en-10.jsonl`) annotated after those fixes. Each class is shown on sentences written for these tests, with what must
stay as it was beside it: the class, not the article, is what is fixed."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.transforms.dates.test_dates import found

MONDAY = dt.date(2005, 1, 31)      # ISO week 5
WEDNESDAY = dt.date(2005, 1, 19)
THURSDAY = dt.date(2004, 12, 16)


@pytest.mark.parametrize("text, anchor, expected", [
    # `the present day` is the present (not `the present` and a stray `day`)
    ("It is the great question of the present day, she said.", MONDAY, [("the present day", "PRESENT_REF")]),
    # a present progressive of expecting points ahead: the coming summer, not the one gone
    ("The couple are expecting their first child this summer.", dt.date(2015, 12, 21), [("this summer", "2016-SU")]),
    ("The couple had their first child this summer.", dt.date(2015, 12, 21), [("this summer", "2015-SU")]),
    # a month between a headline's present verb and a noun modifies the noun (no determiner in headlines)
    ("Veteran captain announces June retirement", MONDAY, [("June", "2005-06")]),
    ("Party plans March conference", MONDAY, [("March", "2005-03")]),
    ("Officials said Thomas May said no.", MONDAY, []),
    ("He met June Carter in Paris.", MONDAY, []),
    # a month joined to another month is one too (`June or July`), and so is one after `than`
    ("We think June or July is a better option than March for the match.", WEDNESDAY,
     [("June", "2005-06"), ("July", "2005-07"), ("March", "2005-03")]),
    ("Theresa May and John Major met.", WEDNESDAY, []),
    # a participle after an adverb and a passive auxiliary is the passive's, not a past verb
    ("The hall is fully booked for Friday.", WEDNESDAY, [("Friday", "2005-01-21")]),
    ("The hall was fully booked for Friday.", WEDNESDAY, [("Friday", "2005-01-14")]),
    ("The anniversary will be officially marked on 2 March.", WEDNESDAY, [("2 March", "2005-03-02")]),
    # nor is one after a hyphen (`storm-related`, `long-awaited`): a compound adjective
    ("He added he would give figures on storm-related damage to MPs on Monday.", dt.date(2005, 1, 2),
     [("Monday", "2005-01-03")]),
    ("The striker makes his long-awaited return in a reserve game on Tuesday.", dt.date(2005, 1, 15),
     [("Tuesday", "2005-01-18")]),
    ("He gave the figures on Monday.", dt.date(2005, 1, 2), [("Monday", "2004-12-27")]),
    # a market's price of a day is known, so the day is past, even in a future clause
    ("The buyer will pay $40 a share, 6% more than Wednesday's closing price.", THURSDAY,
     [("Wednesday", "2004-12-15")]),
    ("The bidder will pay 20% over Friday's close.", THURSDAY, [("Friday", "2004-12-10")]),
    ("She will attend Saturday's closing ceremony.", THURSDAY, [("Saturday", "2004-12-18")]),
    # `Ireland on Sunday` is a newspaper after a determiner or a reporting verb, a team and a day elsewhere
    ("The squad play their game against Ireland on Sunday.", dt.date(2005, 2, 24), [("Sunday", "2005-02-27")]),
    ("He told Scotland on Sunday that he would stay.", dt.date(2005, 2, 24), []),
    ("He told the Mail on Sunday.", dt.date(2005, 2, 24), []),
    ("Scotland on Sunday reported the deal.", dt.date(2005, 2, 24), []),
    # a holiday naming a kind of work is no day (`a Christmas album`); with no tense cue, the nearer one
    ("It was the band's first Christmas album.", THURSDAY, []),
    ("The Halloween writer has died.", THURSDAY, []),
    ("Shops are busy before Christmas.", THURSDAY, [("Christmas", "2004-12-25")]),
    ("The shops were busy before Christmas.", THURSDAY, [("Christmas", "2003-12-25")]),
    # the fourth quarter named in January with no tense is the one just ended, reported on
    ("A weak fourth quarter points to slower growth.", dt.date(2005, 1, 15), [("fourth quarter", "2004-Q4")]),
    ("Growth in the fourth quarter will be slow.", dt.date(2005, 1, 15), [("the fourth quarter", "2005-Q4")]),
    # a figure compared with an earlier one (`down from ... in February`) is past
    ("Output grew 9% in the year to October, down from 12% in February.", dt.date(2004, 12, 6),
     [("October", "2004-10"), ("February", "2004-02")]),
    ("The rate is 4%, up from 3% in January.", dt.date(2004, 12, 6), [("January", "2004-01")]),
    ("Sales will reach 5m in February, up from 4m.", dt.date(2004, 12, 6), [("February", "2005-02")]),
    # a weekday right after a week is named, in the same sentence, is that week's, unless a strong cue disagrees
    ("He misses the tie this week, with his side facing the champions on Wednesday.", dt.date(2005, 2, 7),
     [("this week", "2005-W06"), ("Wednesday", "2005-02-09")]),
    ("He has not played since May and misses the tie this week, with his side away on Wednesday.", dt.date(2005, 2, 7),
     [("May", "2004-05"), ("this week", "2005-W06"), ("Wednesday", "2005-02-09")]),
    ("Last week the side lost on Tuesday.", dt.date(2005, 2, 7), [("Last week", "2005-W05"), ("Tuesday", "2005-02-01")]),
    ("The leaders meet next week, the speaker tweeted Friday.", dt.date(2005, 2, 7),
     [("next week", "2005-W07"), ("Friday", "2005-02-04")]),
    # found on a third fresh set (`dates-en-10.jsonl`, first score .948/.897): a participle after a comma and
    # an adverb is a reduced relative, not the clause's past verb (`the election, widely tipped for May`)
    ("It will not be ready before the vote, widely tipped for May.", dt.date(2005, 1, 26), [("May", "2005-05")]),
    ("He quickly moved on Monday.", dt.date(2004, 12, 17), [("Monday", "2004-12-13")]),
    # a past verb right before the date is the one it hangs on, whatever plan follows (`said on Thursday ahead of`)
    ("The coach said on Thursday ahead of signing his new deal that he was happy.", dt.date(2004, 12, 17),
     [("Thursday", "2004-12-16")]),
    ("The squad arrived ahead of Saturday's game.", dt.date(2004, 12, 17), [("Saturday", "2004-12-18")]),
    # a month after a determiner describes the noun (`a March date`): the past verb only leans it back
    ("The judge set a March date for the trial.", dt.date(2004, 12, 2), [("March", "2005-03")]),
    ("The plant closed in March.", dt.date(2004, 12, 2), [("March", "2004-03")]),
])
def test_round_three_english_classes(text, anchor, expected):
    assert found(text, anchor, "en") == expected
