"""Rules, each one object (name, pattern, handler, the head words it can hold, and examples that run
as tests), and the English ones, in order.

Where two rules match at the same place the first in order wins, so longer and more specific rules
come first. The English rules are written out here (English is always understood, and they hold the
language-neutral numeric dates); the other languages' are built from their profiles
(`newsbeam.transforms.dates.profiled`), and `grammar.grammar_for` puts a language's rules together.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from newsbeam.transforms.dates import handlers as h
from newsbeam.transforms.dates.document import Doc
from newsbeam.transforms.dates.patterns import (
    APPROX, DAY, EDGE_MOD, EN, HOLIDAY, MONTH, NUMWORD, ORD_Q, POD, SPELLED_YEAR, TIME, TZ, UNIT, WD, YEAR,
    YEAR_CORE, alt,
)

__all__ = ["Rule", "Example", "ENGLISH", "EXAMPLE_ANCHOR", "GLUE", "AFTER_NAME"]

Handler = Callable[[Doc, re.Match], "tuple | None"]
EXAMPLE_ANCHOR = dt.date(2024, 12, 20)  # a Friday, in ISO week 51


@dataclass(frozen=True)
class Example:
    """`text` read with `anchor` and `language` holds a mention `span` with `value`, found by the rule."""
    text: str
    span: str
    value: str
    language: str = "en"
    anchor: dt.date | None = EXAMPLE_ANCHOR


@dataclass(frozen=True, eq=False)  # (compared and hashed as itself: the index caches by rule)
class Rule:
    name: str
    pattern: str                  # over the lower-cased text
    handler: Handler
    heads: frozenset[str]         # kinds of head word (see `index.head_kinds`) its expressions can hold
    examples: tuple[Example, ...] = ()
    explicit: bool = False        # its dates write the year out (`the year` may then refer back to them)


def rule(name: str, pattern: str, handler: Handler, heads: str, *examples: tuple, explicit: bool = False) -> Rule:
    """A Rule, with examples written as (text, span, value[, anchor])."""
    return Rule(name, pattern, handler, frozenset(heads.split()),
                tuple(Example(t, s, v, "en", *rest) for t, s, v, *rest in examples), explicit)


# Words of an expression are whole words: a modifier is parted from what it modifies by a space or a
# hyphen (`mid-March`, `early 2020`, not `earlyspring`), a name from a number by a space or its
# abbreviation's period (`Dec. 17`, `Dec.17`, not `Dec17`). So every expression holds a whole head word,
# which is what the index looks for; and a number after a period or a comma is a decimal's part
# (`2.1 May`), where no expression begins.
GLUE = r"(?:(?<=-)\s*|\s+)"
AFTER_NAME = r"(?:(?<=\.)\s*|\s+)"

# The profile's relative days (`today`, `tonight`, `tomorrow`, `yesterday`) and parts of the day a day
# noun takes (`morning`, `afternoon`, `evening`, `night`).
_RELDAYS = alt(EN.relative_day_offsets)
_DAY_PARTS = alt(EN.day_part_nouns)

ENGLISH: tuple[Rule, ...] = (
    rule("time_day", rf"(?<!\w){TIME}{TZ},?\s+(?:(?P<on>{alt(EN.verb_date_gap_words)})\s+)?(?:{WD}|(?P<rd>{_RELDAYS})\b"
                     rf"|{MONTH}{AFTER_NAME}{DAY})", h.time_day, "weekday relday month pod digit",
         ("It exploded at 10:35 a.m. Friday.", "10:35 a.m. Friday", "2024-12-20T10:35"),
         ("The offer expired at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2024-11-06T17:00"),
         ("The sale opened at 9am on Friday.", "9am", "2024-12-20T09:00")),
    rule("week_of", rf"(?<!\w)the\s+week\s+of\s+{MONTH}{AFTER_NAME}{DAY}(?:,\s*{YEAR})?", h.week_of, "unit month",
         ("Talks began the week of March 6.", "the week of March 6", "2024-W10")),
    rule("mdy", rf"(?<!\w)(?:{WD},?\s+)?{MONTH}{AFTER_NAME}{DAY}(?:(?:,\s*|\s+)(?:of\s+)?{YEAR})?", h.mdy,
         "weekday month digit",
         ("It was signed on Friday, Oct. 23, 1998.", "Friday, Oct. 23, 1998", "1998-10-23"),
         ("The summit is on April 24 and 25.", "April 24", "2025-04-24"), explicit=True),
    rule("day_range", rf"(?<![\w.,:/-])(?P<day1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:to|and|or|until|till)\s+|\s*[-–]\s*)"
                      rf"(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?", h.day_range, "month digit",
         ("The fair runs from 3 to 5 May.", "3", "2025-05-03"),
         ("The festival will be held on 26-28 August.", "26", "2025-08-26"),
         ("The vote will be called on 4 or 5 April.", "4", "2025-04-04"), explicit=True),
    rule("dmy", rf"(?<!\w)(?:{WD},?\s+)?(?:the\s+)?(?<![.,]){DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?", h.dmy,
         "weekday month digit",
         ("It happened on 17 December 2024.", "17 December 2024", "2024-12-17"),
         ("He will come on the 3rd of March.", "the 3rd of March", "2025-03-03"), explicit=True),
    rule("iso", rf"(?<![\w.-])(?P<year>{YEAR_CORE})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])"
                r"(?:t(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\w-])", h.iso, "digit",
         ("It was filed 2024-12-17 in court.", "2024-12-17", "2024-12-17"), explicit=True),
    rule("num_slash", r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)", h.num_slash,
         "digit", ("The deadline was 12/17/2024.", "12/17/2024", "2024-12-17"), explicit=True),
    rule("num_dot", r"(?<![\w.,-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?!\w|[.,]\d)", h.num_dot, "digit",
         ("The deadline was 17.12.2024.", "17.12.2024", "2024-12-17"), explicit=True),
    rule("month_year", rf"(?<!\w)(?:(?P<mod>early|late|mid-?|{EDGE_MOD}){GLUE})?{MONTH},?\s+(?:of\s+)?"
                       rf"(?:{YEAR}|{SPELLED_YEAR}|(?P<rel>this|last|next)\s+year\b)", h.month_year,
         "month digit spelled unit",
         ("It began in July 1997.", "July 1997", "1997-07"),
         ("It ends in March of next year.", "March of next year", "2025-03"), explicit=True),
    rule("q_code", rf"(?<!\w)(?:q(?P<q>[1-4])(?:\s+|-|/)(?P<year>{YEAR_CORE})\b|(?P<y2>{YEAR_CORE})(?:\s+|-|/)"
                   r"q(?P<q2>[1-4])\b|q(?P<q3>[1-4])\b(?!-))", h.q_code, "qcode digit",
         ("Sales fell in Q3 2024.", "Q3 2024", "2024-Q3")),
    rule("quarter", rf"(?<!\w)(?:(?P<the>the)\s+)?(?P<mods>(?:(?:year-ago|year-earlier|comparable|corresponding|same|"
                    rf"latest|current|previous|prior|past|last|next|this|that(?!\s+{ORD_Q.replace('?P<ord>', '?:')})|"
                    rf"fiscal|calendar|{YEAR_CORE}|"
                    r"(?:this|last|next)\s+year['’]s|(?:the\s+)?year\s+(?:ago|earlier)['’]s)\s+){0,4})"
                    rf"(?:{ORD_Q}(?P<sep>[-\s]+))?quarter\b(?!-)(?:\s+of\s+(?:(?P<oy>{YEAR_CORE})\b|"
                    rf"(?P<orel>this|last|next)\s+year\b|fiscal\s+(?P<ofy>{YEAR_CORE})\b)"
                    r"|\s+(?P<ago>a\s+year\s+(?:ago|earlier)\b))?", h.quarter, "unit digit",
         ("Sales fell in the third quarter.", "the third quarter", "2024-Q3"),
         ("It reported a third-quarter loss.", "third-quarter", "2024-Q3")),
    rule("period", rf"(?<!\w)the\s+(?P<mods>(?:(?:year-ago|year-earlier|comparable|corresponding|same|latest|"
                   rf"{YEAR_CORE})\s+){{1,4}})period\b(?:\s+(?P<ly>last|a)\s+year\b)?", h.period, "unit digit",
         ("Sales fell in the third quarter, against the year-earlier period.", "the year-earlier period", "2023-Q3")),
    rule("season", rf"(?<!\w)(?:(?P<mod>early|late|mid-?){GLUE})?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|"
                   rf"the|that|past)\s+)?(?:(?P<mod2>early|late|mid-?){GLUE})?(?P<season>spring|summer|fall|autumn|winter)\b"
                   rf"(?:\s+(?:of\s+)?(?:{YEAR}|{SPELLED_YEAR}))?", h.season, "season digit spelled",
         ("It dates from the winter of 1994.", "the winter of 1994", "1994-WI"),
         ("They met last summer.", "last summer", "2024-SU"),
         ("The vote was moved to the fall.", "the fall", "2025-FA")),
    rule("decade", r"(?<![\w'’])(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
                   r"|['’](?P<dec2>\d0)['’]?s|(?<![\d.,])(?P<dec3>[1-9]0)s(?!\s*(?:%|degrees|percent|mph|km))|(?P<decw>"
                   + alt(EN.decade_words) + r"))\b", h.decade, "digit decade",
         ("Prices soared in the 1990s.", "the 1990s", "199"),
         ("It was built in the early '80s.", "the early '80s", "198"),
         ("It was a hit in the mid-90s.", "the mid-90s", "199")),
    rule("century", r"(?<!\w)(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?<![.,])(?P<cn>\d{1,2})(?:st|nd|rd|th)"
                    r"|(?P<cw>" + alt(w for w, n in EN.ordinal_words.items() if n <= 21) + r"))[-\s]+century\b"
                    r"|(?<!\w)(?P<crel>this|last|next|the\s+last|the\s+previous|the\s+next|the\s+current)"
                    r"\s+century\b", h.century, "unit",
         ("It dates from the 20th century.", "the 20th century", "19"),
         ("It will change by next century.", "next century", "21")),
    rule("fin_adj", r"(?<!\w)(?:(?P<the>the)\s+(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\s+"
                    r"(?:quarter|period)\b|year-(?:ago|earlier)\b)", h.fin_adj, "unit",
         ("Profit rose from year-ago levels.", "year-ago", "2023")),
    rule("half", rf"(?<!\w)(?:the\s+)?(?:(?P<half>first|second|last|latter)\s+half|(?P<two>first|last)\s+two\s+quarters)"
                 rf"\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:{YEAR}|(?P<hrel>this|last|next)\s+year\b|"
                 r"(?P<hthe>the\s+(?:current\s+)?(?:fiscal\s+|calendar\s+)?year)\b(?!-|\s+(?:before|after|ago|earlier)\b))",
         h.half, "digit",
         ("Earnings fall in the last half of 1989.", "the last half of 1989", "1989-H2"),
         ("Growth slowed in the second half of last year.", "the second half of last year", "2023-H2")),
    rule("year_pair", rf"(?<![\w$£€#¥.,/:-])(?P<year>{YEAR_CORE})/(?P<next>\d{{1,4}})(?![\w/]|[.,]\d)", h.year_pair,
         "digit", ("Profits doubled in 2003/04.", "2003/04", "2003"), explicit=True),
    rule("year", rf"(?<![\w$£€#¥.,/:-])(?:(?P<mod>{EDGE_MOD}|early|late|mid-?|post-|pre-|fiscal(?:\s+year)?|"
                 rf"calendar(?:\s+year)?|the\s+(?:fiscal\s+)?year|model\s+year){GLUE})?(?:{YEAR}|{SPELLED_YEAR})", h.year,
         "digit spelled unit",
         ("It opened in 2019.", "2019", "2019"),
         ("Profit rose in fiscal 2024.", "fiscal 2024", "2024"),
         ("The vote was in nineteen ninety-six.", "nineteen ninety-six", "1996"), explicit=True),
    rule("holiday", HOLIDAY + rf"(?:\s+{YEAR})?", h.holiday, "holiday unit weekday month",
         ("They will meet at Christmas.", "Christmas", "2024-12-25"),
         ("Sales at Christmas 2004 were poor.", "Christmas 2004", "2004-12-25"),
         ("He won big on Super Tuesday.", "Super Tuesday", "2024-03-05")),
    rule("day_by", rf"(?<!\w)(?:the\s+)?day\s+(?P<ba>before|after)\s+(?:(?P<rel>last|this|next)\s+)?{WD}", h.day_by,
         "unit weekday", ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "2024-12-16")),
    rule("weekday", rf"(?<!\w)(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|"
                    rf"(?:the\s+)?previous|(?:the\s+)?following)\s+)?{WD}(?:\s+{POD})?", h.weekday, "weekday pod",
         ("The minister resigned on Tuesday.", "Tuesday", "2024-12-17"),
         ("The minister will resign on Tuesday.", "Tuesday", "2024-12-24"),
         ("Bombs exploded Friday morning.", "Friday morning", "2024-12-20TMO")),
    rule("weekend", r"(?<!\w)(?P<rel>this\s+past|this\s+coming|this|last|next|the|that|the\s+previous|"
                    r"the\s+following|the\s+coming)\s+weekend\b", h.weekend, "unit",
         ("Rain is due this weekend.", "this weekend", "2024-W51-WE")),
    rule("relday", r"(?<!\w)(?:(?P<mod>early|late|earlier|later|mid-?\s*(?:morning|afternoon)|midafternoon|midmorning)"
                   r"\s+)?(?:(?P<rd>" + _RELDAYS + r")\b(?:\s+(?P<pod>" + _DAY_PARTS + r")\b)?"
                   r"|the\s+day\s+(?P<dba>before\s+yesterday|after\s+tomorrow)\b"
                   r"|(?P<lt>last|this)\s+(?P<pod2>" + _DAY_PARTS + r")\b)", h.relday, "relday pod unit",
         ("He left yesterday.", "yesterday", "2024-12-19"),
         ("They met last night.", "last night", "2024-12-19TNI")),
    rule("mid_pod", r"(?<!\w)(?P<mid>mid-?\s*(?P<part>morning|afternoon)|midafternoon|midmorning)\b(?!-)", h.mid_pod,
         "pod", ("By mid afternoon, officials said the offensive had ended.", "mid afternoon", "2024-12-20TAF")),
    rule("past_span", r"(?<!\w)the\s+(?:(?:past|last)\s+(?:(?P<few>few|several|couple\s+of)\s+(?:days|weeks|months|quarters|"
                      r"years)|(?P<unit>year|decade))|(?P<next>next|coming)\s+(?:few|several|couple\s+of)\s+(?:days|weeks|"
                      r"months|quarters|years))\b(?!-|\s+(?:of|in\s+which|when|before|after)\b)", h.past_span, "unit",
         ("Hate groups grew over the past year.", "the past year", "2023"),
         ("Rates have fallen in the last few months.", "the last few months", "PAST_REF")),
    rule("rel_unit", rf"(?<!\w)(?:(?P<mod>earlier|later|early|late|mid-?|{EDGE_MOD}){GLUE})?(?P<rel>this\s+past|"
                     r"this\s+coming|this|last|next|the\s+current|the\s+previous|the\s+following|the\s+same|that|"
                     r"the\s+preceding|the\s+prior)\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|decade)\b(?!-)",
         h.rel_unit, "unit",
         ("Talks broke down last week.", "last week", "2024-W50"),
         ("The deal closes early next year.", "early next year", "2025")),
    rule("unit_before", r"(?<!\w)the\s+(?P<unit>day|week|month|year)\s+(?P<side>before|after)(?=\s*[.,;:)!?\"'’”]|\s*$)",
         h.unit_before, "unit", ("Sales rose in 2023 after a fall the year before.", "the year before", "2022")),
    rule("edge_of", rf"(?<!\w)(?P<mod>{EDGE_MOD})\s+the\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|decade|century)\b",
         h.edge_of, "unit", ("It ends by the end of the month.", "the end of the month", "2024-12"),
         ("Numbers will halve by the middle of the century.", "the middle of the century", "20")),
    rule("ago", rf"(?<![\w,.])(?:{APPROX}\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})?|{NUMWORD}|a\s+few|several|many)\s+{UNIT}"
                r"(?:(?<=s)['’]\s+(?P<time>time)\b|(?<!s)['’]s\s+(?P<time1>time)\b|(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later"
                r"|from\s+now|hence|before(?=\s*[.,;:)!?\"'’”]|\s*$)|after(?=\s*[.,;:)!?\"'’”]|\s*$)))", h.ago, "unit spelled",
         ("It closed two years ago.", "two years ago", "2022"),
         ("It closed about six weeks ago.", "about six weeks ago", "2024-W45"),
         ("It reopens in five years' time.", "five years' time", "2029")),
    rule("in_units", rf"(?<![\w,.])(?P<num>\d{{1,3}}|{NUMWORD})\s+(?P<unit>days|weeks|months|years)\b(?!-|['’])(?:\s+time\b)?",
         h.in_units, "unit spelled",
         ("The union will start its ballot in four days.", "four days", "2024-12-24"),
         ("The strike will begin in two weeks.", "two weeks", "2025-W01")),
    rule("new_year", r"(?<!\w)the\s+new\s+year\b(?!-|['’]s|\s+(?:eve|day|honours|holiday|holidays|break|"
                     r"celebrations?|resolutions?|party|message|address|sales?)\b)", h.new_year, "unit",
         ("Talks will resume in the new year.", "the new year", "2025"),
         ("The rules came in at the start of the new year.", "the new year", "2024", dt.date(2024, 2, 20))),
    rule("the_year", r"(?<!\w)the\s+(?:(?P<adj>full|fiscal|whole|entire|calendar|current\s+fiscal)\s+)?year\b"
                     r"(?!-|\s+(?:before|after|earlier|later|ago|of|in|to|when|that|which|since|between)\b)",
         h.the_year, "unit", ("Profit will rise for the full year.", "the full year", "2024")),
    rule("year_end", r"(?<!\w)(?:around\s+)?(?:year[-\s]end|year['’]s\s+end)\b(?!-)", h.year_end, "unit",
         ("Rates will fall by year-end.", "year-end", "2024")),
    rule("anaphor", r"(?<!\w)(?:(?P<mod>earlier|later)\s+(?:in\s+)?)?(?:(?P<det>that\s+same|the\s+very\s+same|the\s+same|"
                    r"that|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|the)\s+"
                    r"(?P<unit>day|week|month|year|" + _DAY_PARTS + r")"
                    r"|the\s+(?P<unit2>day|week|month|year)\s+(?P<ba>before|after|earlier|later))\b(?!-)",
         h.anaphor, "unit pod",
         ("Rebels struck on Oct. 23, 1999. The next day, troops arrived.", "The next day", "1999-10-24")),
    rule("nth_day", r"(?<!\w)(?P<the>the\s+)?(?P<nth>" + alt(w for w, n in EN.ordinal_words.items() if n <= 31)
                    + r"|(?<![.,])\d{1,2}(?:st|nd|rd|th))\s+day\b(?=\s+of\b)", h.nth_day, "unit",
         ("It's the second day of an offensive.", "the second day", "2024-12-20")),
    rule("ref", r"(?<![\w-])(?P<ref>" + alt(EN.reference_words) + r")\b(?!-)", h.ref, "ref unit",
         ("He is busy now.", "now", "PRESENT_REF"),
         ("They will talk in the future.", "the future", "FUTURE_REF")),
    rule("clock", rf"(?<![\w.:,]){TIME}{TZ}", h.clock, "digit pod",
         ("He appears in court at midday.", "midday", "2024-12-20T12:00")),
    rule("clock24", r"(?<![\w.:,/(])(?:(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)|(?P<hhmm>[01]\d|2[0-3])"
                    r"(?P<mm>[0-5]\d))(?![\w:.,/]\d|\w)(?P<zone>\s*(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|"
                    r"pst|pdt|local\s+time)\b)?", h.clock24, "digit clock",
         ("The blast came at 10:30 local time.", "10:30 local time", "2024-12-20T10:30"),
         ("Polls closed at 2200 GMT on Thursday.", "2200 GMT", "2024-12-19T22:00")),
    rule("month", rf"(?<!\w)(?:(?P<mod>early-?|late-?|mid-?|earlier\s+in|later\s+in|{EDGE_MOD}){GLUE}|(?P<rel>last|this|next|this\s+past|"
                  rf"this\s+coming|the\s+coming)\s+)?{MONTH}(?!\.?\s*\d)", h.month, "month",
         ("It ended in mid-November.", "mid-November", "2024-11"),
         ("She made the late-November trip.", "late-November", "2024-11"),
         ("It was founded in December.", "December", "2024-12"),
         ("The show was held earlier in December.", "earlier in December", "2024-12")),
)
