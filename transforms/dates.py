"""Date expressions in news text, normalised to TIMEX3 values as TimeML annotators write them.

`extract_dates(text, reference_date, language)` finds absolute dates (`17 December 2024`, `Dec. 17`,
`2024-12-17`, `the 1990s`, `Q3 2024`), dates relative to the article's publication date (`yesterday`,
`on Tuesday`, `last week`, `two years ago`) and anaphoric ones (`later that year`, `the next day`,
resolved against the last date mentioned), and returns `DateMention`s with a TIMEX3 `value`
(`2024-12-17`, `2024-W51`, `2013-03-22TMO`, `XXXX-12-17`, `PRESENT_REF` ...).

How, in one pass: every expression contains a *head word* (a month or weekday name, a number like a
year, `week`, `yesterday`, `now` ...). One regex over the lower-cased text finds the head words
(`_triggers`); around each, the words that can begin an expression (`the`, `last`, a number) are
tried as starts, leftmost first, with only the rules that can contain that kind of head word (one
combined regex per kind; `_KindRules`). The winning rule's own regex re-reads the match with named
groups and a small handler builds a `Point` (see `date_normalize`) or a reference value. Handlers run
in text order with the document's state (the last date mentioned, the quarter a report is about) so
that anaphora resolve as an annotator would; the tense of the sentence (`will`, past verbs) chooses
between the previous and the next Friday (no cue: the nearer one). Vocabularies live in
`date_lexicon`; a language's grammar is compiled on its first text (`_language`: English and the
numeric dates of every language on the first call, another language's words on its first text), so
importing the module is cheap (the rules for the characters an expression may begin with are
combined on first need, `_Segment`). Text without head words costs one scan (of its bytes, for a short
Latin-1 text: `_latin1_triggers`); a long text's blocks without a digit or head word are skipped
before it (`_candidate_regions`).

Conventions (TimeML/TIMEX3): the span excludes prepositions (`on`, `in`) but keeps determiners and
modifiers (`the third quarter`, `early next year`, `about two years ago`); weeks are ISO weeks
(`2024-W51`), decades `199`, centuries `19`; `Friday night` is `...TNI`, `this morning` `...TMO`;
`a year earlier` in a report about a quarter is that quarter a year before (`1988-Q3`); a dateline
date (`WASHINGTON, Aug. 11 (AP) --`) is a mention like any other; a clock time alone (`at 10:35 a.m.`)
is on the day being spoken of (`1998-08-07T10:35`); `the first half of 1990` (`of last year`, `of the
year`) is `1990-H1`, `the past year` the year before; `this quarter` in a report is the quarter reported
on; a year right after a capitalised name is part of it (`the Terrorism Act 2000`, `Euro 2004`), but
`Christmas 2004` is a day. Durations (`three years`), sets (`every day`) and bare numbers that may be
times (`at 10:30`) are not emitted.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

from transforms import date_lexicon as lex
from transforms.stage import ArticleStage
from transforms.date_normalize import (
    Point, day_point, holiday_date, month_point, quarter_point, render, resolve_month, resolve_month_day,
    resolve_quarter, resolve_season, resolve_weekday, shift, week_point, weekend_point, year_point,
)

__all__ = ["DateMention", "extract_dates", "add_dates", "ExtractDates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    char_start: int   # offsets into `text`
    char_end: int
    text: str         # text[char_start:char_end]
    value: str        # TIMEX3 value
    date: dt.date | None   # first calendar day of the period; None when not resolvable
    granularity: str  # 'day','week','month','quarter','season','year','decade','century','time','reference'


# =====================================================================================  grammar pieces
def _alt(words) -> str:
    """A regex matching any of the (lower-case) words/phrases, written as a trie (`sept(?:ember)?`): the
    longest word is tried first, and each branch starts with a distinct literal, which `re` skips
    in one step; a flat `a|b|c|...` of hundreds of words would be tried word by word."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = sorted((ch, sub) for ch, sub in node.items() if ch)
        if not kids:
            return ""
        parts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in kids]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(trie)


_EN_MONTHS = lex.MONTHS["en"]
_EN_WEEKDAYS = lex.WEEKDAYS["en"]
_FOREIGN = [lang for lang in lex.LANGUAGES if lang != "en"]
_ANY_MONTH = {w: m for lang in lex.LANGUAGES for w, m in lex.MONTHS[lang].items()}
_ANY_WEEKDAY = {w: d for lang in lex.LANGUAGES for w, d in lex.WEEKDAYS[lang].items()}
_NUMBERS = dict(lex.NUMBER_WORDS)
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        _NUMBERS[f"{_tens}-{_unit}"] = lex.NUMBER_WORDS[_tens] + lex.NUMBER_WORDS[_unit]
        _NUMBERS[f"{_tens} {_unit}"] = _NUMBERS[f"{_tens}-{_unit}"]

def _month_alt(names: dict[str, int]) -> str:
    """Month names for a regex: full names end at a word boundary; abbreviations (a prefix of the
    full name: `Dec`, `Sept`, `févr`) may take a period, which then belongs to the expression."""
    abbrevs = {w for w in names if any(o != w and o.startswith(w) and names[o] == names[w] for o in names)}
    full = [w for w in names if w not in abbrevs]
    parts = [rf"(?:{_alt(full)})\b"] if full else []
    if abbrevs:
        parts.append(rf"(?:{_alt(abbrevs)})(?:\.|\b)")
    return "|".join(parts)


_MONTH = rf"(?P<month>{_month_alt(_EN_MONTHS)})"
_WD = rf"(?P<wd>{_alt(_EN_WEEKDAYS)})\b"
# A day of the month: not part of a longer number, a decimal, a time or an amount (`May 1,000`).
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:/]\d)"
# A year: four digits, not inside a longer number, an amount or a range like `1998-99`.
_YEAR_CORE = r"1[5-9]\d\d|20\d\d"
_YEAR = rf"(?P<year>{_YEAR_CORE})(?!\w|[.,:]\d|%|[-/]\d)"
_POD = r"(?P<pod>morning|afternoon|evening|night|overnight)\b"
_TZ = r"(?:\s*\(?(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|local\s+time)\)?)?"
_TIME = (r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)"
         r"|(?P<named>noon|midnight|midday))")
_NUMWORD = _alt(_NUMBERS)
_APPROX = (r"(?P<approx>about|almost|nearly|some|roughly|around|approximately|more\s+than|less\s+than|"
           r"fewer\s+than|over|under|just|only|barely|at\s+least|little\s+more\s+than|exactly|precisely|"
           r"just\s+over|just\s+under|well\s+over)")
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
_ORD_Q = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_EDGE_MOD = r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder)\s+of"
_SPELLED_YEAR = (r"(?P<spelled>nineteen[\s-]+(?:hundred(?:\s+and)?\s+)?(?:" + _alt(
    [w for w, n in _NUMBERS.items() if 10 <= n <= 99 and " " not in w]) + r")|the\s+year\s+two\s+thousand"
    r"(?:\s+(?:and\s+)?(?:" + _alt([w for w, n in _NUMBERS.items() if 1 <= n <= 19 and w.isalpha()
                                    and w not in ("a", "an")]) + r"))?)\b")

_HOLIDAY_SRC = rf"(?<!\w)(?:(?P<rel>last|this|next)\s+)?(?P<hol>{_alt(lex.HOLIDAYS)})\b"

# Rules: (name, pattern). Order matters where two rules match at the same place: the first wins,
# so longer/more specific rules come first. Named groups are re-read by the rule's own regex.
_EN_RULES: list[tuple[str, str]] = [
    ("time_day", rf"(?<!\w){_TIME}{_TZ},?\s+(?:on\s+)?(?:{_WD}|(?P<rd>today|tonight|tomorrow|yesterday)\b"
                 rf"|{_MONTH}\s*{_DAY})"),
    ("week_of", rf"(?<!\w)the\s+week\s+of\s+{_MONTH}\s*{_DAY}(?:,\s*{_YEAR})?"),
    ("mdy", rf"(?<!\w)(?:{_WD},?\s+)?{_MONTH}\s*{_DAY}(?:(?:,\s*|\s+)(?:of\s+)?{_YEAR})?"),
    ("dmy", rf"(?<!\w)(?:{_WD},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"),
    ("iso", rf"(?<![\w.-])(?P<year>{_YEAR_CORE})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])"
            r"(?:t(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\w-])"),
    ("num_slash", r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)"),
    ("num_dot", r"(?<![\w.,-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?!\w|[.,]\d)"),
    ("month_year", rf"(?<!\w)(?:(?P<mod>early|late|mid-?|{_EDGE_MOD})\s*)?{_MONTH},?\s+(?:of\s+)?"
                   rf"(?:{_YEAR}|{_SPELLED_YEAR}|(?P<rel>this|last|next)\s+year\b)"),
    ("q_code", rf"(?<!\w)(?:q(?P<q>[1-4])(?:\s*|-|/)(?P<year>{_YEAR_CORE})\b|(?P<y2>{_YEAR_CORE})(?:\s*|-|/)"
               r"q(?P<q2>[1-4])\b|q(?P<q3>[1-4])\b(?!-))"),
    ("quarter", rf"(?<!\w)(?:(?P<the>the)\s+)?(?P<mods>(?:(?:year-ago|year-earlier|comparable|corresponding|same|"
                rf"latest|current|previous|prior|past|last|next|this|that(?!\s+{_ORD_Q.replace('?P<ord>', '?:')})|"
                rf"fiscal|calendar|{_YEAR_CORE}|"
                r"(?:this|last|next)\s+year['’]s|(?:the\s+)?year\s+(?:ago|earlier)['’]s)\s+)*)"
                rf"(?:{_ORD_Q}(?P<sep>[-\s]+))?quarter\b(?!-)(?:\s+of\s+(?:(?P<oy>{_YEAR_CORE})\b|"
                rf"(?P<orel>this|last|next)\s+year\b|fiscal\s+(?P<ofy>{_YEAR_CORE})\b)"
                r"|\s+(?P<ago>a\s+year\s+(?:ago|earlier)\b))?"),
    ("period", rf"(?<!\w)the\s+(?P<mods>(?:(?:year-ago|year-earlier|comparable|corresponding|same|latest|"
               rf"{_YEAR_CORE})\s+)+)period\b(?:\s+(?P<ly>last|a)\s+year\b)?"),
    ("season", rf"(?<!\w)(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|"
               rf"the|that|past)\s+)?(?:(?P<mod2>early|late|mid-?)\s*)?(?P<season>spring|summer|fall|autumn|winter)\b"
               rf"(?:\s+(?:of\s+)?(?:{_YEAR}|{_SPELLED_YEAR}))?"),
    ("decade", r"(?<![\w'’])(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
               r"|['’](?P<dec2>\d0)['’]?s|(?P<decw>" + _alt(lex.DECADE_WORDS) + r"))\b"),
    ("century", r"(?<!\w)(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)"
                r"|(?P<cw>" + _alt(w for w, n in lex.ORDINAL_WORDS.items() if n <= 21) + r"))[-\s]+century\b"
                r"|(?<!\w)(?P<crel>this|last|next|the\s+last|the\s+previous|the\s+next|the\s+current)"
                r"\s+century\b"),
    ("fin_adj", r"(?<!\w)(?:(?P<the>the)\s+(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\s+"
                r"(?:quarter|period)\b|year-(?:ago|earlier)\b)"),
    ("half", rf"(?<!\w)(?:the\s+)?(?:(?P<half>first|second|last|latter)\s+half|(?P<two>first|last)\s+two\s+quarters)"
             rf"\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:{_YEAR}|(?P<hrel>this|last|next)\s+year\b|"
             r"(?P<hthe>the\s+(?:current\s+)?(?:fiscal\s+|calendar\s+)?year)\b(?!-|\s+(?:before|after|ago|earlier)\b))"),
    ("year", rf"(?<![\w$£€#¥.,/:-])(?:(?P<mod>{_EDGE_MOD}|early|late|mid-?|post-|pre-|fiscal(?:\s+year)?|"
             rf"calendar(?:\s+year)?|the\s+(?:fiscal\s+)?year|model\s+year)\s*)?(?:{_YEAR}|{_SPELLED_YEAR})"),
    ("holiday", _HOLIDAY_SRC + rf"(?:\s+{_YEAR})?"),
    ("day_by", rf"(?<!\w)(?:the\s+)?day\s+(?P<ba>before|after)\s+(?:(?P<rel>last|this|next)\s+)?{_WD}"),
    ("weekday", rf"(?<!\w)(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|"
                rf"(?:the\s+)?previous|(?:the\s+)?following)\s+)?{_WD}(?:\s+{_POD})?"),
    ("weekend", r"(?<!\w)(?P<rel>this\s+past|this\s+coming|this|last|next|the|that|the\s+previous|"
                r"the\s+following|the\s+coming)\s+weekend\b"),
    ("relday", r"(?<!\w)(?:(?P<mod>early|late|earlier|later|mid-?\s*(?:morning|afternoon)|midafternoon|midmorning)"
               r"\s+)?(?:(?P<rd>today|tonight|tomorrow|yesterday)\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"
               r"|the\s+day\s+(?P<dba>before\s+yesterday|after\s+tomorrow)\b"
               r"|(?P<lt>last|this)\s+(?P<pod2>morning|afternoon|evening|night)\b)"),
    ("mid_pod", r"(?<!\w)(?P<mid>mid-?\s*(?P<part>morning|afternoon)|midafternoon|midmorning)\b(?!-)"),
    ("past_span", r"(?<!\w)the\s+(?:past|last)\s+(?:(?P<few>few|several|couple\s+of)\s+(?:days|weeks|months|quarters|years)"
                  r"|(?P<unit>year|decade))\b(?!-|\s+(?:of|in\s+which|when|before|after)\b)"),
    ("rel_unit", rf"(?<!\w)(?:(?P<mod>earlier|later|early|late|mid-?|{_EDGE_MOD})\s*)?(?P<rel>this\s+past|"
                 r"this\s+coming|this|last|next|the\s+current|the\s+previous|the\s+following|the\s+same|that|"
                 r"the\s+preceding|the\s+prior)\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|decade)\b(?!-)"),
    ("edge_of", rf"(?<!\w)(?P<mod>{_EDGE_MOD})\s+the\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|decade)\b"),
    ("ago", rf"(?<![\w,.])(?:{_APPROX}\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})?|{_NUMWORD}|a\s+few|several|many)\s+{_UNIT}"
            r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|before(?=\s*[.,;:)!?\"'’”]|\s*$)"
            r"|after(?=\s*[.,;:)!?\"'’”]|\s*$))"),
    ("the_year", r"(?<!\w)the\s+(?:(?P<adj>full|fiscal|whole|entire|calendar|current\s+fiscal)\s+)?year\b"
                 r"(?!-|\s+(?:before|after|earlier|later|ago|of|in|to|when|that|which|since|between)\b)"),
    ("year_end", r"(?<!\w)(?:around\s+)?(?:year[-\s]end|year['’]s\s+end)\b(?!-)"),
    ("anaphor", r"(?<!\w)(?:(?P<mod>earlier|later)\s+(?:in\s+)?)?(?:(?P<det>that\s+same|the\s+very\s+same|the\s+same|"
                r"that|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|the)\s+"
                r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)"
                r"|the\s+(?P<unit2>day|week|month|year)\s+(?P<ba>before|after|earlier|later))\b(?!-)"),
    ("nth_day", r"(?<!\w)(?P<the>the\s+)?(?P<nth>" + _alt(w for w, n in lex.ORDINAL_WORDS.items() if n <= 31)
                + r"|\d{1,2}(?:st|nd|rd|th))\s+day\b(?=\s+of\b)"),
    ("ref", r"(?<![\w-])(?P<ref>" + _alt(lex.REFERENCE_WORDS) + r")\b(?!-)"),
    ("clock", rf"(?<![\w.:,]){_TIME}{_TZ}"),
    ("month", rf"(?<!\w)(?:(?P<mod>early|late|mid-?|{_EDGE_MOD})\s*|(?P<rel>last|this|next|this\s+past|"
              rf"this\s+coming|the\s+coming)\s+)?{_MONTH}(?!\.?\s*\d)"),
]


# Prepositions before a bare month name in the other languages (`im Dezember`, `en décembre`).
_MONTH_PREPS = {"de": "im|seit|bis|ab|vom|zum|anfang|ende|mitte", "fr": "en|depuis|début|fin|mi|d'ici",
                "es": "en|desde|hasta|de|a\\s+finales\\s+de|a\\s+principios\\s+de",
                "it": "a|ad|in|da|dal|fino\\s+a|entro|di", "ru": "в|с|до|к|по", "pl": "w|we|od|do|z"}


def _foreign_rules(lang: str | None) -> list[tuple[str, str]]:
    """Rules for the other languages. Day + month (+ year) with any language's month names always
    (unambiguous with the number); bare months, weekdays and relative words only for the hinted one."""
    if lang is None:
        names = {w: m for la in _FOREIGN for w, m in lex.MONTHS[la].items() if w not in lex.AMBIGUOUS_MONTHS[la]}
    else:
        names = lex.MONTHS[lang]
    months = _month_alt(names)
    suffix = r"(?:\s+(?:года|году|г\.|roku|r\.))?"
    rules = [
        ("f_dmy", rf"(?<![\w.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:\.|er|º|°)?\s*(?:de\s+)?(?P<fmonth>{months})"
                  rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR}{suffix})?"),
        ("f_month_year", rf"(?<!\w)(?P<fmonth>{months})\s*(?:de\s+|del\s+)?{_YEAR}{suffix}"),
    ]
    if lang is not None:
        preps = _MONTH_PREPS[lang]
        rules.append(("f_month", rf"(?<!\w)(?:(?P<prep>{preps})\s+)?(?P<fmonth>{months})"
                                 rf"(?:\s*(?:de\s+|del\s+)?{_YEAR}{suffix})?"))
        wprep = "|".join(lex.WEEKDAY_PREPOSITIONS.get(lang, ()))
        prep_part = rf"(?P<prep>{wprep})\s+" if lang in lex.WEEKDAYS_NEED_PREPOSITION else ""
        rules.append(("f_weekday", rf"(?<!\w){prep_part}(?P<fwd>{_alt(lex.WEEKDAYS[lang])})\b"))
        rules.append(("f_relday", rf"(?<![\w-])(?P<frd>{_alt(lex.RELATIVE_DAYS[lang])})(?![\w-])"))
        if lang in lex.RELATIVE_UNIT_PHRASES:
            rules.append(("f_relunit", rf"(?<!\w)(?P<frel>{_alt(lex.RELATIVE_UNIT_PHRASES[lang])})\b"))
    return rules


# Rules run on the lower-cased text (see `_lower`): no IGNORECASE, which would disable the fast skip
# of non-matching alternatives; handlers read capitalisation from the original text.
_FLAGS = re.UNICODE


@functools.lru_cache(maxsize=None)
def _parsed(src: str):
    """A rule's parse tree (`re`'s own), read by `_first_chars` and `_words_in`."""
    from re import _parser
    return _parser.parse(src, _FLAGS)


def _class_chars(items, c, spaces: bool = False) -> set[str] | None:
    """The characters of a parsed character class (`re`'s (op, value) items, `c` its constants), or
    None when that is not a short list; `\s` counts as one space when `spaces`, else as unknown."""
    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 64:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out.update("0123456789")
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE and spaces:
            out.add(" ")
        else:
            return None
    return out


@functools.lru_cache(maxsize=None)
def _first_chars(src: str) -> frozenset[str] | None:
    """The characters a match of `src` can begin with, or None when that is not a short list (`\\w`,
    `.`) or the parse is not understood. Lets the extractor skip a rule after one look at the first
    character, which makes trying many rules cheap."""
    try:
        from re import _constants as c
    except ImportError:  # pragma: no cover - a Python without these internals just runs unguarded
        return None

    def first(items) -> tuple[set[str] | None, bool]:
        chars: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: look at what follows
            if op is c.LITERAL:
                return chars | {chr(av)}, False
            if op is c.IN:
                got = _class_chars(av, c)
                if got is None:
                    return None, False
                return chars | got, False
            if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
                return chars | set("0123456789"), False
            if op is c.BRANCH:
                nullable = False
                for alt in av[1]:
                    got, alt_nullable = first(alt)
                    if got is None:
                        return None, False
                    chars |= got
                    nullable |= alt_nullable
                if not nullable:
                    return chars, False
                continue
            if op is c.SUBPATTERN:
                got, nullable = first(av[3])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                got, nullable = first(av[2])
                nullable = nullable or av[0] == 0
            else:
                return None, False
            if got is None:
                return None, False
            chars |= got
            if not nullable:
                return chars, False
        return chars, True

    try:
        chars, nullable = first(_parsed(src))
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return None
    if chars is None or nullable or not chars:
        return None
    return frozenset(chars)


# Which words a rule's match can hold: an expression that starts before its head word covers every
# word between, so a start is hopeless when a word between is one that no rule can hold (`government`
# in `the government said ... next year`), and is skipped before its regexes are tried (`_blocker_re`;
# at `the`, two dozen failing alternatives cost microseconds). The words are read off the parsed
# pattern, so that none is forgotten: a set of matches is abstracted as (whole, left, right, inner):
# the strings of those without a non-word character, and of the others the word fragments before the
# first one and after the last one, and the complete words between. Digits are written `0` (a run of
# them one `0`): a text word with a digit is never skipped on.
_ONE = (frozenset({""}), frozenset(), frozenset(), frozenset())  # the empty match
_BREAK = (frozenset(), frozenset({""}), frozenset({""}), frozenset())  # one non-word character
_WORD_CHAR = re.compile(r"\w").match
_MAX_WORDS = 50_000  # more strings than that: the analysis gives up (None), and nothing is skipped


class _Unknown(Exception):
    pass


def _cat(a, b):
    if a == _ONE or b == _ONE:
        return b if a == _ONE else a  # (most items of a sequence: zero-width ones, first items)

    def join(xs, ys):
        out = {x + y[1:] if x[-1:] == "0" == y[:1] else x + y for x in xs for y in ys}
        if len(out) > _MAX_WORDS:
            raise _Unknown
        return out
    (aw, al, ar, ai), (bw, bl, br, bi) = a, b
    return (frozenset(join(aw, bw)), al | frozenset(join(aw, bl)), br | frozenset(join(ar, bw)),
            ai | bi | frozenset(join(ar, bl)))


def _union(a, b):
    return tuple(x | y for x, y in zip(a, b))


@functools.lru_cache(maxsize=None)
def _words_in(src: str) -> frozenset[str] | None:
    """The letter words (maximal runs of word characters, without a digit) that a match of `src` can
    hold, or None when the pattern is not understood (`\\w+`, `.`): then no start is skipped."""
    try:
        from re import _constants as c
    except ImportError:  # pragma: no cover - a Python without these internals skips no start
        return None

    def chars(items):
        out = _class_chars(items, c, spaces=True)
        if out is None:
            raise _Unknown
        words = frozenset("0" if ch.isdecimal() else ch for ch in out if _WORD_CHAR(ch))
        result = (words, frozenset(), frozenset(), frozenset())
        return _union(result, _BREAK) if any(not _WORD_CHAR(ch) for ch in out) else result

    def seq(items):
        acc = _ONE
        for op, av in items:
            acc = _cat(acc, item(op, av))
        return acc

    def item(op, av):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return _ONE  # zero-width
        if op is c.LITERAL:
            return chars([(op, av)])
        if op is c.IN:
            return chars(av)
        if op is c.BRANCH:
            out = seq(av[1][0])
            for alt in av[1][1:]:
                out = _union(out, seq(alt))
            return out
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, body = av
            one = seq(body)
            acc = _ONE
            for _ in range(low):
                acc = _cat(acc, one)
            for _ in range(high - low):  # more repeats, until they add nothing (`(?:...\s+)*`)
                more = _union(acc, _cat(acc, one))
                if more == acc:
                    break
                acc = more
                if _ > 8:
                    raise _Unknown
            return acc
        raise _Unknown

    try:
        whole, left, right, inner = seq(_parsed(src))
    except _Unknown:
        return None
    return frozenset(w for w in whole | left | right | inner if w and "0" not in w)


_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»„“”‘’‚‹›–—…·"
_TO_SPACES = {ord(c): " " for c in _PUNCTUATION}


# Which kinds of head word (see `_HEAD_KINDS`) an expression of each rule can contain: around a head
# word only the rules that can contain it are tried.
_RULE_HEADS: dict[str, frozenset[str]] = {name: frozenset(kinds.split()) for name, kinds in {
    "time_day": "weekday relday month pod digit", "clock": "digit pod", "week_of": "unit month", "mdy": "weekday month digit", "dmy": "weekday month digit",
    "iso": "digit", "num_slash": "digit", "num_dot": "digit", "month_year": "month digit spelled unit",
    "q_code": "qcode digit", "quarter": "unit digit", "period": "unit digit", "season": "season digit spelled",
    "decade": "digit decade", "century": "unit", "fin_adj": "unit", "year": "digit spelled unit",
    "holiday": "holiday unit weekday month", "weekday": "weekday pod", "weekend": "unit",
    "relday": "relday pod unit", "mid_pod": "pod", "nth_day": "unit", "rel_unit": "unit", "past_span": "unit", "half": "digit", "day_by": "unit weekday", "edge_of": "unit", "the_year": "unit",
    "year_end": "unit", "anaphor": "unit pod", "ref": "ref unit", "month": "month", "ago": "unit spelled",
    "f_dmy": "month digit", "f_month_year": "month digit", "f_month": "month", "f_weekday": "weekday",
    "f_relday": "relday", "f_relunit": "frel unit",
}.items()}


def _tokens(phrase: str) -> list[str]:
    return phrase.lower().translate(_TO_SPACES).split()


def _head_kinds() -> dict[str, frozenset[str]]:
    """Head words and their kinds. Every expression contains at least one head word, and only around
    head words is the grammar tried. Derived from the vocabularies: a word added there is found."""
    kinds: dict[str, set[str]] = {}

    def add(kind: str, phrases, keep=lambda w: True) -> None:
        for phrase in phrases:
            for w in _tokens(phrase):
                if keep(w):
                    kinds.setdefault(w, set()).add(kind)
    add("month", _ANY_MONTH)
    add("weekday", _ANY_WEEKDAY)
    add("unit", [*lex.UNITS, "period", "weekend", "day", "days"])
    add("season", lex.SEASONS)
    add("pod", [*lex.PARTS_OF_DAY, "tonight"], lambda w: w != "mid")
    add("relday", [w for d in lex.RELATIVE_DAYS.values() for w in d], lambda w: len(w) > 2)
    add("decade", lex.DECADE_WORDS)
    add("spelled", ["nineteen"])
    add("qcode", ["q1", "q2", "q3", "q4"])
    add("holiday", ["christmas", "thanksgiving", "easter", "halloween"])
    add("frel", [w for d in lex.RELATIVE_UNIT_PHRASES.values() for w in d], lambda w: len(w) > 2 and w not in _FREL_STOP)
    add("ref", lex.REFERENCE_WORDS, lambda w: w not in _REF_STOP and w not in kinds)
    return {w: frozenset(k) for w, k in kinds.items()}


# Words of the relative phrases that are too common to look for (`the`, `this`, `la`, `next`): every
# phrase has a rarer word (`woche`, `semaine`, `year`, `future`).
_FREL_STOP = frozenset("""the this that next last diese dieser dieses diesem diesen letzte letzten letztes
    vergangene vergangenen vergangenes kommende kommenden kommendes nächste nächsten nächstes cette que viene
    prossimo prossima scorso scorsa próximo próxima pasado pasada passé dernière prochaine prochain esta este
    questo questa quest las los del des""".split())
_REF_STOP = frozenset("the this that these at just right more until former near short long longer distant "
                      "coming recent the".split())
_HEAD_KINDS = _head_kinds()
_DIGIT_KINDS = frozenset({"digit"})


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@functools.lru_cache(maxsize=None)
def _compile(src: str) -> re.Pattern:
    """A rule's regex, compiled once for all the languages that share it."""
    return re.compile(src, _FLAGS)


# A rule's leading lookbehind (`(?<!\w)`, `(?<![\w.-])`), which its master alternative leaves out (see
# `_master`): one without nested groups or brackets inside its class.
_LEADING_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\[\]\\]|\\.|\[(?:[^\]\\]|\\.)*\])*\)")


@functools.lru_cache(maxsize=None)
def _master(rules: tuple[tuple[str, str], ...]) -> re.Pattern:
    """One regex trying `rules` in order at a position (their named groups dropped; each rule named by
    its group, `m.lastgroup`), to find the first rule worth reading there: the rule's own regex then
    decides, and the rules after it are tried in turn when it fails. So an alternative may match more
    than its rule, and leaves out the rule's leading lookbehind: a start is at the beginning of a word,
    which `(?<!\w)` then only re-checks, at the cost of a Unicode class test per rule tried. Shared by
    the languages whose rules for a kind of head are the same."""
    parts = []
    for name, src in rules:
        body = _NAMED_GROUP.sub("(?:", src)
        if body.startswith("(?<"):
            body = _LEADING_LOOKBEHIND.sub("", body, count=1)
        parts.append(f"(?P<{name}>{body})")
    return re.compile("|".join(parts), _FLAGS)


class _Segment(dict):
    """One segment of a kind's rules (see `_KindRules`), by the character a match begins with: for
    `ch`, (master, rules, index) of the segment's rules that can begin with it (`_first_chars`), in
    order, or None when none can, so that a start is tried with only those. Filled on first need."""
    __slots__ = ("sources", "compiled")

    def __init__(self, sources: list[tuple[str, str]], compiled: dict[str, re.Pattern]):
        super().__init__()
        self.sources = sources
        self.compiled = compiled

    def __missing__(self, ch: str):
        chosen = tuple((name, src) for name, src in self.sources
                       if (first := _first_chars(src)) is None or ch in first)
        entry = None
        if chosen:
            rules = [(name, self.compiled[name]) for name, _ in chosen]
            entry = (_master(chosen), rules, {name: k for k, (name, _) in enumerate(rules)})
        self[ch] = entry  # (two threads may both build it: the same result)
        return entry


class _KindRules:
    """The rules that can contain one kind of head word, in order, in segments (the hinted language's
    rules before the English ones, the English ones, its rules after): in each, for the character at
    a position, `master` finds the first rule that matches there, and (name, regex) pairs re-read it
    with its groups or try the rules after it. The English segments' regexes are the same objects
    for every language."""
    __slots__ = ("segments",)

    def __init__(self, segments: list[list[tuple[str, str]]], compiled: dict[str, re.Pattern]):
        self.segments = [_Segment(sources, compiled) for sources in segments if sources]


_HEAD_WORD_IN_SOURCE = re.compile(r"(?<![^\W\d_])(?:" + _alt(_HEAD_KINDS) + r")(?![^\W\d_])")


@functools.lru_cache(maxsize=None)
def _rule_kinds(name: str, src: str) -> frozenset[str]:
    """The kinds of head word a rule's expressions can contain: those `_RULE_HEADS` names (its head
    words and vocabularies), and those of head words written into its pattern as modifiers (`the
    current year` holds the reference word `current`), which are found here so none is forgotten."""
    plain = _NAMED_GROUP.sub("(", src).replace(r"\s+", " ").replace(r"\s*", " ")
    found = {kind for word in _HEAD_WORD_IN_SOURCE.findall(plain) for kind in _HEAD_KINDS[word]}
    return _RULE_HEADS[name] | found


class _Grammar:
    """One language's rules, grouped by the kind of head word they can contain."""

    def __init__(self, segments: list[list[tuple[str, str]]]):
        self.sources = [src for rules in segments for _, src in rules]
        self.rules = {name: _compile(src) for rules in segments for name, src in rules}
        kinds_of = {name: _rule_kinds(name, src) for rules in segments for name, src in rules}
        self.by_kinds = {kinds: _KindRules([[(n, src) for n, src in rules if kinds_of[n] & kinds] for rules in segments],
                                           self.rules)
                         for kinds in {*_HEAD_KINDS.values(), _DIGIT_KINDS}}


def _blocker_re(sources: list[str]) -> re.Pattern | None:
    """Over the padded text (see `_TRIGGER`), from where an expression may start to its head word:
    finds the last word there that no rule can hold (`_words_in`; a whole word without a digit,
    `[^\\W\\d_]+`, not one of theirs), with `.*` backtracking from the end; its end in `low` is
    m.end() - 1. None when a rule's words are not known. (One for all the rules: per kind of head
    word it would skip hardly more, and cost a compiled word list for each.)"""
    words: set[str] = set()
    for src in sources:
        rule_words = _words_in(src)
        if rule_words is None:
            return None
        words |= rule_words
    return re.compile(r"(?s:.*)\W(?!(?:" + _alt(words) + r")(?!\w))[^\W\d_]+(?!\w)", _FLAGS)


def _grammar_for(lang: str | None) -> _Grammar:
    foreign = _foreign_rules(lang if lang in _FOREIGN else None)
    # foreign day-month rules go first: `17. Dezember` must not be read as English `17` + nothing
    return _Grammar([foreign[:2], _EN_RULES, foreign[2:]])



# =====================================================================================  tense
# Over the padded text, as `_PAST_RE` below: a `\W` in place of `(?<!\w)` (which `re` would try at
# every character), so m.start() is the marker's offset in `low` and m.end() - 1 its end.
_FUTURE_RES = {lang: re.compile(r"\W(?:(?P<weak>" + _alt(lex.WEAK_FUTURE_MARKERS.get(lang, ("\x00",)))
                                + r")|" + _alt(words) + r")(?!\w)", _FLAGS)
               for lang, words in lex.FUTURE_MARKERS.items()}
# Past tense in English: irregular past forms and -ed verbs (not those of `lex.NOT_PAST_ED`, dropped
# after matching), but not passives (`will be paid`, `is heard`); `had been scheduled` is a past plan.
# Like `_ATTRIBUTIVE`, run over the padded text (`" " + low`, see `_TRIGGER`): the pattern begins with
# the non-word character before the word (for `(?<!\w)`), so `re` tries it only after a space or
# punctuation mark, not at every letter; m.start() is the word's offset in `low`, m.end() - 1 its end.
# (Exact because every match ends with a letter: the character after it is never consumed.)
_PAST_RE = re.compile(r"\W(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )(?:had\s+been\s+(?:scheduled|"
                      r"expected|set|due|planned|slated)|" + _alt(lex.PAST_MARKERS) + r"|[a-z]{3,}ed)(?!\w)", _FLAGS)
# A period after an initial (`Richard A. Smith`) or a title or abbreviation that is followed by a
# capitalised word (`Mr. Smith`, `Roe vs. Wade`, `Gen. Schwarzkopf`) does not end a sentence.
_TITLES = "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Adm Cmdr Sen Rep Gov Pres Rev Sr Jr St Ft Mt vs No".split()
# (one lookbehind per length of title, as a lookbehind's alternatives must be as long as each other:
# `re` then checks the word boundary once and skips titles by their first letter)
_NOT_AFTER = "".join(rf"(?<!\b(?:{'|'.join(sorted(t for t in _TITLES if len(t) == n))})\.)"
                     for n in sorted({len(t) for t in _TITLES})) + r"(?<!(?<![\w.])[A-Z]\.)"
_SENTENCE_BREAK = re.compile(r"[.!?\n]" + _NOT_AFTER + r"(?:(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]*[A-Z])|"
                             r"(?<=\n)\s*\n|(?<=\n)(?=\s*[A-Z\"'‘“]))")
# A participle after a determiner (and an adverb) is an adjective (`the hastily planned trip`). Over
# the padded text, as `_PAST_RE`: m.start(1) - 1 is the participle's offset in `low`.
_ATTRIBUTIVE = re.compile(r"\W(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)(?!\w)", _FLAGS)
# Words that may come before a date that opens a sentence (`In January, ...`, `But on Friday, ...`).
_FRONTING_WORDS = frozenset("in on at by during since from early late and but then also so yet".split())


class _TenseMarkers:
    """Tense markers of a text's sentences, found when a date in the sentence first needs its tense
    and kept for the other dates there."""
    __slots__ = ("text", "low", "padded", "future", "past", "sentences")

    def __init__(self, text: str, low: str, padded: str, lang: str):
        self.text, self.low = text, low
        self.padded = padded  # `" " + low`, for `_FUTURE_RES`, `_PAST_RE` and `_ATTRIBUTIVE`
        self.future = _FUTURE_RES.get(lang, _FUTURE_RES["en"])
        self.past = _PAST_RE if lang == "en" or lang not in _FUTURE_RES else None
        self.sentences: dict[tuple[int, int], list[tuple[int, int, int, bool]]] = {}

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end): from the last break before to the first after, looked for
        within about 300 characters (bounds rounded, so that dates close together in a text without
        breaks share their sentence)."""
        text = self.text
        lo = max(0, (start - 300) // 256 * 256)
        hi = min(len(text), (end + 555) // 256 * 256)
        for m in _SENTENCE_BREAK.finditer(text, lo, start):
            lo = m.end()
        m = _SENTENCE_BREAK.search(text, end, hi)
        return lo, (m.start() + 1 if m else hi)

    def _deadline(self, start: int) -> bool:
        """Whether the date is a deadline after a verb (`postponed until Tuesday`, `has until 9 a.m.
        Tuesday`), which lies ahead whatever the verb's tense; not `Until Thursday, they had ...`,
        `up until`, `not until`, which look back."""
        word = _prev_word(self.text, start)
        if word not in ("until", "till"):
            return False
        at = self.low.rfind(word, 0, start)
        if self.text[at].isupper():
            return False
        return _prev_word(self.text, at) not in ("up", "not", "since", "from")

    def _fronted(self, lo: int, start: int) -> bool:
        """Whether the mention at `start` opens its sentence (after at most a preposition or two:
        `In January,`, `Early on Friday,`)."""
        if start - lo > 32:
            return False
        words = self.low[lo:start].translate(_TO_SPACES).split()
        return len(words) <= 2 and all(w in _FRONTING_WORDS for w in words)

    def tense(self, start: int, end: int) -> int:
        """Which way the sentence around [start, end) points: +2 a future (`will`), +1 maybe one
        (`would`), -1 the past, -2 surely (a past verb right before the date: `ended Jan. 31`, `since
        May`), 0 no cue. The marker nearest the mention in its sentence decides; one after the mention
        counts as twice as far (the verb governing a date mostly precedes it), and on a tie the longer
        one wins (`had been scheduled` over `scheduled`)."""
        bounds = self._sentence(start, end)
        markers = self.sentences.get(bounds)
        if markers is None:
            lo, hi = bounds
            # (start, end, direction, is a reporting verb); direction: future +2 (`will`) or +1
            # (`would`), past -1
            # participles after a determiner are adjectives, not the clause's verb (`the hastily
            # planned trip`, `the wounded soldiers`)
            adjectives = {m.start(1) - 1 for m in _ATTRIBUTIVE.finditer(self.padded, lo, hi + 1)}
            markers = [(m.start(), m.end() - 1, 1 if m.group("weak") else 2, False)
                       for m in self.future.finditer(self.padded, lo, hi + 1) if m.start() not in adjectives]
            if self.past is not None:
                # a past auxiliary right before a future marker is part of it (`were planning to`)
                futures = {m_start for m_start, _, _, _ in markers}
                # (padded text: the match begins with the character before the word)
                markers += [(m.start(), m.end() - 1, -1, word in lex.REPORTING_VERBS)
                            for m in self.past.finditer(self.padded, lo, hi + 1)
                            if (word := m.group()[1:]) not in lex.NOT_PAST_ED
                            and m.start() not in adjectives and m.end() not in futures]
            self.sentences[bounds] = markers
        if self._deadline(start):
            return 1
        if self._fronted(bounds[0], start):
            # `In January, American Medical brought in ...`: a date opening the sentence belongs to its
            # main clause, whose verb is the first one after it (a reporting verb too: `On Friday,
            # officials said`), and a past verb there puts it surely in the past
            after = [(m_start, direction) for m_start, m_end, direction, _ in markers if m_start >= end]
            if after:
                direction = min(after)[1]
                return -2 if direction < 0 else direction
        best = None
        for m_start, m_end, direction, reporting in markers:
            if m_end <= start:
                dist = start - m_end
            elif m_start >= end:
                if reporting:
                    continue  # `... will leave Thursday,'' Castro said`: the quote's own verb decides
                dist = 2 * (m_start - end)
            else:
                continue  # inside the mention itself (`last`, `yesterday`)
            key = (dist, m_start - m_end)
            if best is None or key < best[0]:
                best = (key, direction, m_end <= start)
        if best is None:
            return 0
        (dist, _), direction, before = best
        # a past verb governing the date sits right before it (`ended Jan. 31`); one right after is
        # the next clause's (`talks ... by May, invited Sinn Fein`)
        return -2 if direction < 0 and before and dist <= 12 else direction


# =====================================================================================  document state
class _Doc:
    """What a handler needs: the text, the anchor, the language, and what was mentioned so far."""
    __slots__ = ("text", "low", "padded", "anchor", "lang", "last", "last_explicit", "last_end", "last_quarter",
                 "last_quarter_end", "year_hint", "mentions", "markers")

    def __init__(self, text: str, low: str, anchor: dt.date | None, lang: str):
        self.text = text
        self.low = low
        # the patterns that begin with the character before a word run over this (see `_TRIGGER`)
        self.padded = " " + low
        self.anchor = anchor
        self.lang = lang
        self.last: Point | None = None          # the last date mentioned (for anaphora)
        self.last_explicit = False              # whether it was written out (`1987`), not relative
        self.last_end = 0                       # where it ends
        self.last_quarter: Point | None = None  # the last quarter mentioned (financial reports)
        self.last_quarter_end = 0
        self.year_hint: int | None = None       # the last explicit year, used when there is no anchor
        self.mentions: list[DateMention] = []
        self.markers: _TenseMarkers | None = None  # found on first need

    def tense(self, start: int, end: int) -> int:
        if self.markers is None:
            self.markers = _TenseMarkers(self.text, self.low, self.padded, self.lang)
        return self.markers.tense(start, end)

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


_Handler = Callable[[_Doc, re.Match], "tuple[int, int, Point | str] | None"]
_HANDLERS: dict[str, _Handler] = {}


def _handler(name: str):
    def register(fn):
        _HANDLERS[name] = fn
        return fn
    return register


# =====================================================================================  helpers
def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _prev_word(text: str, pos: int) -> str:
    """The word just before `pos` (lower-case), skipping spaces."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    return text[j:i].lower()


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
    return not _sentence_initial(text, m.start(group))


def _next_word(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "-"):
        j += 1
    return text[i:j]


_MONTH_PREPOSITIONS = frozenset({"in", "since", "by", "until", "till", "through", "from", "to", "of", "during",
                                 "before", "after", "early", "late", "mid", "last", "this", "next", "between",
                                 "and", "or", "for", "on", "throughout", "into", "around", "about", "until",
                                 "past", "end", "beginning", "middle", "start"})
# Words before a four-digit number that make it a quantity (`about 1500 metres`, `another 2000 seats`).
_YEAR_QUANTIFIERS = frozenset({"about", "some", "nearly", "almost", "approximately", "over", "under", "than",
                               "another", "additional", "extra", "estimated", "roughly", "least", "total"})


def _month_number(word: str) -> int:
    return _ANY_MONTH[word.lower().rstrip(".")]


def _orig(doc: "_Doc", m: re.Match, group: str | int = 0) -> str:
    """A group as written: rules match the lower-cased text, capitalisation is read here."""
    return doc.text[m.start(group):m.end(group)]


def _en_month_ok(doc: "_Doc", m: re.Match) -> bool:
    """English month names must be capitalised (`may`, `march` are words)."""
    return _is_capitalised(_orig(doc, m, "month"))


def _pod_suffix(word: str | None) -> str:
    return lex.PARTS_OF_DAY[word.lower()] if word else ""


def _day_in(doc: _Doc, year: int | None, month: int, day: int, start: int, end: int) -> Point | None:
    """A month/day without year: the year from the anchor and the tense, else the last explicit year."""
    if not 1 <= day <= 31:
        return None
    if year is None:
        if doc.anchor:
            year = resolve_month_day(doc.anchor, month, day, doc.tense(start, end))
            if year is None:
                return None
        else:
            year = doc.year_hint
    try:
        dt.date(year or 2000, month, day)  # leap year stands in when the year is unknown
    except ValueError:
        return None
    return Point("day", year, month, day)


def _anchor_or_unknown(doc: _Doc, make: Callable[[dt.date], Point], unknown: Point) -> Point:
    return make(doc.anchor) if doc.anchor else unknown


# =====================================================================================  handlers
def _clock_time(m: re.Match) -> str:
    """`10:35 a.m.` -> `10:35`, `noon` -> `12:00` (what follows `T` in a TIMEX3 value)."""
    if m.group("named"):
        return lex.PARTS_OF_DAY[m.group("named").lower()]
    hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    return f"{hour:02d}:{m.group('minute') or '00'}"


@_handler("time_day")
def _time_day(doc: _Doc, m: re.Match):
    time = _clock_time(m)
    day = _day_of(doc, m, m.start(), m.end())
    if day is None:
        return None
    if day.known or day.weekday is not None or day.month is not None:
        day = dataclasses.replace(day, time=time)
    return m.start(), m.end(), day


# The day after an aside in parentheses, which the time is on (the span keeps to the time, as TimeML's).
_DAY_AFTER_ASIDE = re.compile(rf"\s*\([^()\n]{{1,24}}\)\s*(?:on\s+)?(?:{_WD}|(?P<rd>today|tonight|tomorrow|yesterday)\b)")
_CLOCK_DAY_REACH = 300  # characters after a day is named within which a bare clock time is on that day


@_handler("clock")
def _clock(doc: _Doc, m: re.Match):
    """A clock time without its day (`at 10:35 a.m.`, `at midday`): TimeML places it on the day the
    text is speaking of, the day named just before, else the anchor's (`high noon` is an idiom)."""
    if m.group("named") and _prev_word(doc.text, m.start()) == "high":
        return None
    after = _DAY_AFTER_ASIDE.match(doc.low, m.end())
    if after is not None and (after.group("rd") or _is_capitalised(_orig(doc, after, "wd"))):
        day = _day_of(doc, after, m.start(), m.end())  # `10:35 a.m. (0735 GMT) Friday`
    else:
        day = _day_spoken_of(doc, m.start())
    return m.start(), m.end(), dataclasses.replace(day, time=_clock_time(m))


def _day_spoken_of(doc: _Doc, pos: int) -> Point:
    """The day a time of day without its date is on: the day named just before, else the anchor's."""
    last = doc.last
    if last is not None and last.gran == "day" and last.known and pos - doc.last_end <= _CLOCK_DAY_REACH:
        return last
    return day_point(doc.anchor) if doc.anchor else Point("day")


# Prepositions before `mid-afternoon` that make it a time (`by mid afternoon`; not `mid-afternoon tea`).
_MID_POD_PREPOSITIONS = frozenset("by at in until till before after around since from about".split())


@_handler("mid_pod")
def _mid_pod(doc: _Doc, m: re.Match):
    """`by mid afternoon`: that part of the day being spoken of (`1998-03-06TAF`)."""
    if _prev_word(doc.text, m.start()) not in _MID_POD_PREPOSITIONS:
        return None
    pod = "AF" if "afternoon" in m.group("mid") else "MO"
    return m.start(), m.end(), dataclasses.replace(_day_spoken_of(doc, m.start()), time=pod)


def _day_of(doc: _Doc, m: re.Match, start: int, end: int) -> Point | None:
    """The day named by a weekday, today/yesterday/tomorrow or month + day group in a match."""
    if m.group("wd"):
        if not _is_capitalised(_orig(doc, m, "wd")):
            return None
        return _weekday_point(doc, _EN_WEEKDAYS[m.group("wd").lower()], 0, start, end)
    if m.group("rd"):
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[m.group("rd").lower()]
        return _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=offset)), Point("day"))
    if not _en_month_ok(doc, m):
        return None
    return _day_in(doc, None, _month_number(m.group("month")), int(m.group("day")), start, end)


_POSSESSIVE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b")


def _weekday_point(doc: _Doc, wd: int, rel: int, start: int, end: int, strict: bool = False) -> Point:
    """A weekday resolved against the anchor: `rel` -1/+1 for last/next, else by the clause's tense;
    with no cue, the nearer one (ties to the past, today included: `Arafat meet separately Monday`).
    A possessive names an event already reported on (`around Wednesday's ruling`, `Friday's close`):
    the most recent such day, whatever the clause's tense."""
    if not doc.anchor:
        return Point("day", weekday=wd)
    if not rel and _POSSESSIVE.match(doc.low, end):
        rel = -1
    direction = rel or doc.tense(start, end)
    return day_point(resolve_weekday(doc.anchor, wd, direction, strict))


@_handler("mdy")
def _mdy(doc: _Doc, m: re.Match):
    if not _en_month_ok(doc, m):
        return None
    if m.group("wd") and not _is_capitalised(_orig(doc, m, "wd")):
        return None
    year = int(m.group("year")) if m.group("year") else None
    p = _day_in(doc, year, _month_number(m.group("month")), int(m.group("day")), m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


_handler("dmy")(_mdy)


# `April 24 and 25`: a second day of the same month, a date of its own (not `May 5 and 6 others`).
_CONJOINED_DAY = re.compile(r"\s+(?:and|or|&)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:/]\d|%)"
                            rf"(?:,?\s+{_YEAR})?")


def _conjoined_day(doc: _Doc, pos: int, first: Point) -> tuple[int, int, Point, bool] | None:
    """The day after `and` that continues a month-and-day date ending at `pos` (`April 24 and 25`),
    in the same month and year, and whether that year is written after it (`Dec. 17 and 19, 2024`)."""
    m = _CONJOINED_DAY.match(doc.low, pos)
    if m is None or first.month is None or first.day is None or int(m.group("day")) <= first.day:
        return None
    if _next_word(doc.text, m.end()).lower() in lex.COUNT_NOUNS | {"percent", "per"}:
        return None
    year = int(m.group("year")) if m.group("year") else first.year
    try:
        dt.date(year or 2000, first.month, int(m.group("day")))
    except ValueError:
        return None
    return m.start("day"), m.end(), Point("day", year, first.month, int(m.group("day"))), m.group("year") is not None


@_handler("week_of")
def _week_of(doc: _Doc, m: re.Match):
    """`the week of March 6`: the week that day is in."""
    if not _en_month_ok(doc, m):
        return None
    year = int(m.group("year")) if m.group("year") else None
    p = _day_in(doc, year, _month_number(m.group("month")), int(m.group("day")), m.start(), m.end())
    if p is None:
        return None
    return m.start(), m.end(), week_point(render(p)[1]) if p.known else Point("week")


@_handler("iso")
def _iso(doc: _Doc, m: re.Match):
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


@_handler("num_slash")
def _num_slash(doc: _Doc, m: re.Match):
    a, b, y = int(m.group("a")), int(m.group("b")), _full_year(m.group("y"))
    # month first in English (12/17/2024), day first elsewhere; the number > 12 decides when it can
    month, day = (a, b) if doc.lang == "en" else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    return _numeric_day(doc, m, y, month, day)


@_handler("num_dot")
def _num_dot(doc: _Doc, m: re.Match):
    return _numeric_day(doc, m, int(m.group("y")), int(m.group("b")), int(m.group("a")))


def _numeric_day(doc: _Doc, m: re.Match, y: int, month: int, day: int):
    """An all-digit date (`12/17/2024`, `17.12.2024`) when it is a real day of a plausible year."""
    if month > 12 or not 1900 <= y <= 2099:
        return None
    p = _day_in(doc, y, month, day, m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


@_handler("month_year")
def _month_year(doc: _Doc, m: re.Match):
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
        rel = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        year = doc.anchor.year + rel if doc.anchor else None
    return m.start(), m.end(), month_point(year, month)


def _month_point_for(doc: _Doc, month: int, rel_word: str | None, start: int, end: int) -> Point:
    """A month named without a year: `last`/`next` or the tense choose the year around the anchor."""
    if not doc.anchor:
        return month_point(doc.year_hint, month)
    rel_word = " ".join((rel_word or "").lower().split())
    rel = _rel(rel_word) if rel_word else 0
    if rel_word == "this":
        return month_point(doc.anchor.year, month)
    if rel:
        return month_point(resolve_month(doc.anchor, month, rel, strict=True), month)
    return month_point(resolve_month(doc.anchor, month, doc.tense(start, end)), month)


_REL = {"last": -1, "this": 0, "next": 1, "this past": -1, "this coming": 1, "the coming": 1, "past": -1,
        "previous": -1, "the previous": -1, "following": 1, "the following": 1, "the": 0, "that": 0}


def _rel(word: str | None) -> int:
    return _REL[" ".join(word.lower().split())] if word else 0


_DETERMINERS = frozenset("a an the its their his her our".split())
_NOT_NOUNS = frozenset("and or but to as is was are were will would for in of on at with than that which by "
                       "from who".split())


def _month_premodifier(doc: _Doc, m: re.Match) -> bool:
    """A month between a determiner and a noun modifies it (`a June agreement`, `the March accession`)."""
    nxt = _next_word(doc.text, m.end())
    return (_prev_word(doc.text, m.start()) in _DETERMINERS and nxt.isalpha() and nxt.islower()
            and nxt not in _NOT_NOUNS)


@_handler("month")
def _month(doc: _Doc, m: re.Match):
    word = _orig(doc, m, "month")
    if not _is_capitalised(word):
        return None
    key = word.lower().rstrip(".")
    modified = bool(m.group("mod") or m.group("rel"))
    if key in lex.AMBIGUOUS_MONTHS["en"] and not modified:
        if key in _EN_MONTHS and len(key) <= 4 and key not in ("may", "june") or word.endswith("."):
            return None  # an abbreviation alone (`Jan`, `Dec.`) is a name or a word
        if _prev_word(doc.text, m.start()) not in _MONTH_PREPOSITIONS and not _month_premodifier(doc, m):
            return None  # `May`, `March`, `August` alone are names or words unless `in`, `since` ... precede
    if not modified:
        # `April Jones`: a capitalised word right after makes it a name
        nxt = _next_word(doc.text, m.end())
        if nxt[:1].isupper() and _prev_word(doc.text, m.start()) not in _MONTH_PREPOSITIONS:
            return None
    return m.start(), m.end(), _month_point_for(doc, _month_number(word), m.group("rel"), m.start(), m.end())


@_handler("q_code")
def _q_code(doc: _Doc, m: re.Match):
    if not _orig(doc, m).lstrip()[:1].isupper() and not m.group("y2"):
        return None
    q = int(m.group("q") or m.group("q2") or m.group("q3"))
    year_s = m.group("year") or m.group("y2")
    if year_s:
        return m.start(), m.end(), quarter_point(int(year_s), q)
    if not doc.anchor:
        return m.start(), m.end(), quarter_point(doc.year_hint, q)
    return m.start(), m.end(), quarter_point(resolve_quarter(doc.anchor, q, doc.tense(m.start(), m.end())), q)


_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_from(doc: _Doc, mods: list[str], q: int | None, year: int | None, start: int, end: int):
    """(quarter, is-the-report's-own-quarter) from an ordinal and modifiers (`the year-ago third quarter`,
    `this year's first quarter`, `the latest quarter`). Without an ordinal it is the quarter the report
    is about (the last one mentioned, else the anchor's); `year-ago` and `last year's` move it back a
    year, and such a comparison period does not become the report's quarter."""
    shift_years, rel_q, latest = 0, None, False
    for mod in mods:
        if mod in ("year-ago", "year-earlier") or mod.startswith(("last year", "year ago", "the year ago",
                                                                   "year earlier", "the year earlier")):
            shift_years = -1
        elif mod.startswith("next year"):
            shift_years = 1
        elif mod.isdigit():
            year = int(mod)
        elif mod in ("previous", "prior", "last", "past", "next", "current", "this"):
            rel_q = {"next": 1, "current": 0, "this": 0}.get(mod, -1)
        elif mod in ("latest", "most recent"):
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
    elif rel_q == 0 and "this" in mods and report is not None and doc.tense(start, end) <= 0 \
            and _report_quarter(doc, start) is not None:
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


@_handler("quarter")
def _quarter(doc: _Doc, m: re.Match):
    mods = [" ".join(w.lower().split()) for w in re.findall(
        r"(?:this|last|next)\s+year['’]s|(?:the\s+)?year\s+(?:ago|earlier)['’]s|\S+", m.group("mods"))]
    q = _ORDINAL_Q[m.group("ord").lower()] if m.group("ord") else None
    if q is None and not (m.group("the") or mods):
        return None  # `a quarter`, `quarter` alone: a fraction, not a period
    if q is None and mods and all(x in ("same", "that", "fiscal", "calendar", "comparable") for x in mods) and "same" in mods:
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
    if q is None and own and year is None and _report_quarter(doc, start) is None:
        # (after `the fiscal first quarter`, `the quarter ended Sept. 30` is that one)
        p = _quarter_ended(doc, m.end()) or p
    return start, m.end(), p, own


_QUARTER_ENDED = re.compile(rf"\s+end(?:ed|ing)\s+{_MONTH}\s*{_DAY}")


def _quarter_ended(doc: _Doc, pos: int) -> Point | None:
    """`the quarter ended July 31`: the three months up to that day, named by the calendar quarter
    their first month is in (fiscal quarters need not match the calendar's: May-July is `Q2`)."""
    m = _QUARTER_ENDED.match(doc.low, pos)
    if m is None or not _en_month_ok(doc, m):
        return None
    end = _day_in(doc, None, _month_number(m.group("month")), int(m.group("day")), m.start(), m.end())
    if end is None or end.year is None:
        return None
    first = shift(month_point(end.year, end.month), "M", -2)
    return quarter_point(first.year, (first.month - 1) // 3 + 1)


@_handler("period")
def _period(doc: _Doc, m: re.Match):
    mods = m.group("mods").lower().split()
    if m.group("ly"):
        mods.append("year-ago")
    if not any(x in ("year-ago", "year-earlier", "latest") or x.isdigit() for x in mods):
        return None  # `the same period` alone is not placed in the calendar
    if doc.last_quarter is None and not doc.anchor:
        return None
    return (m.start(), m.end(), *_quarter_from(doc, mods, None, None, m.start(), m.end()))


_SEASON_PREPOSITIONS = frozenset({"in", "into", "toward", "towards", "during", "by", "until", "till", "since",
                                  "through", "over", "throughout",
                                  "for", "this", "last", "next", "early", "late", "mid", "of", "before", "after"})


@_handler("season")
def _season(doc: _Doc, m: re.Match):
    season_word = m.group("season").lower()
    code = lex.SEASONS[season_word]
    rel_word = " ".join((m.group("rel") or "").lower().split())
    mod = m.group("mod") or m.group("mod2")
    year = int(m.group("year")) if m.group("year") else _spelled_year(m.group("spelled")) if m.group("spelled") else None
    if year is None:
        prev = _prev_word(doc.text, m.start())
        if rel_word in ("", "the", "that") and not mod and prev not in _SEASON_PREPOSITIONS:
            return None  # `summer` as a word, `the fall in prices`
        if rel_word in ("the", "that") and _next_word(doc.text, m.end()).lower() == "of":
            return None  # `the fall of Rome`
        if rel_word == "that" and doc.last is not None:
            year = doc.last.year
        elif doc.anchor:
            if rel_word in ("last", "this past", "past", "next", "this coming"):
                year = resolve_season(doc.anchor, code, _rel(rel_word), strict=True)
            elif rel_word == "this":
                year = resolve_season(doc.anchor, code, 0)
            else:
                year = resolve_season(doc.anchor, code, doc.tense(m.start(), m.end()))
        else:
            year = doc.year_hint
    return m.start(), m.end(), Point("season", year, season=code)


@_handler("decade")
def _decade(doc: _Doc, m: re.Match):
    if m.group("dec"):
        start_year = int(m.group("dec"))
    elif m.group("dec2"):
        start_year = 1900 + int(m.group("dec2"))
    else:
        if not m.group("the"):
            return None  # `forties` alone is an age
        start_year = lex.DECADE_WORDS[m.group("decw").lower()]
    return m.start(), m.end(), Point("decade", index=start_year)


@_handler("century")
def _century(doc: _Doc, m: re.Match):
    if m.group("crel"):
        if not doc.anchor:
            return m.start(), m.end(), Point("century")
        rel = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1,
               "next": 1, "the next": 1}[" ".join(m.group("crel").lower().split())]
        return m.start(), m.end(), Point("century", index=doc.anchor.year // 100 + rel)
    n = int(m.group("cn")) if m.group("cn") else lex.ORDINAL_WORDS[m.group("cw").lower()]
    if not 1 <= n <= 30:
        return None
    return m.start(), m.end(), Point("century", index=n - 1)


@_handler("fin_adj")
def _fin_adj(doc: _Doc, m: re.Match):
    return m.start(), m.end(), _year_ago(doc, m.start()), False


_QUARTER_CONTEXT = 600  # characters after a quarter is named within which `a year earlier` means that quarter


def _report_quarter(doc: _Doc, pos: int) -> Point | None:
    """The quarter a report is about, if one was named shortly before `pos`."""
    if doc.last_quarter is not None and pos - doc.last_quarter_end <= _QUARTER_CONTEXT:
        return doc.last_quarter
    return None


def _year_ago(doc: _Doc, pos: int) -> Point:
    """`a year earlier`, `year-ago`: in a report about a quarter, that quarter a year before; else last year."""
    quarter = _report_quarter(doc, pos)
    if quarter is not None:
        return shift(quarter, "Y", -1)
    base = doc.base()
    return year_point(base.year - 1 if base and base.year else None)


def _spelled_year(s: str) -> int | None:
    words = s.lower().replace("-", " ").split()
    if words[:2] == ["the", "year"]:
        rest = " ".join(w for w in words[4:] if w != "and")
        return 2000 + (_NUMBERS.get(rest, 0) if rest else 0)
    rest = " ".join(w for w in words[1:] if w not in ("hundred", "and"))
    n = _NUMBERS.get(rest)
    return None if n is None else 1900 + n


@_handler("half")
def _half(doc: _Doc, m: re.Match):
    """`the first half of 1990`, `the first two quarters of 1990` -> `1990-H1` (TIMEX3 half-years); `the
    second half of last year`, `the first half of the year` from the anchor or the year spoken of."""
    second = m.group("half") in ("second", "last", "latter") or m.group("two") == "last"
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("hrel"):  # `the second half of last year`
        year = doc.anchor.year + _rel(m.group("hrel")) if doc.anchor else None
    else:  # `the first half of the year`: the year being spoken of, as `the year` alone
        year = _the_year_point(doc, m.start("hthe")).year
    return m.start(), m.end(), Point("half", year, index=2 if second else 1)


@_handler("past_span")
def _past_span(doc: _Doc, m: re.Match):
    """`the past year` as a date is the year before the anchor's (TimeML annotates it so where it is not
    a duration), `the last decade` the decade before; `the past few months` is PAST_REF."""
    if m.group("few"):
        return m.start(), m.end(), "PAST_REF"
    return m.start(), m.end(), _unit_point(doc, m.group("unit"), -1)


@_handler("year")
def _year(doc: _Doc, m: re.Match):
    if m.group("spelled"):
        year = _spelled_year(m.group("spelled"))
        if year is None:
            return None
    else:
        year = int(m.group("year"))
        if not m.group("mod"):
            text = doc.text
            nxt = _next_word(text, m.end())
            if nxt.lower() in lex.COUNT_NOUNS or (nxt[:1].islower() and _prev_word(text, m.start()) in _YEAR_QUANTIFIERS
                                                  and not nxt.lower().startswith(("season", "election", "elections"))):
                return None  # `2000 troops`, `about 1500 metres`
            if year < 1700 and _prev_word(text, m.start()) not in ("in", "since", "of", "by", "from", "until", "around",
                                                                     "before", "after", "circa", "c"):
                return None
            if _name_before(text, m.start()):
                return None  # `the Terrorism Act 2000`, `Euro 2004`, `Orion 1980`: part of a name
    return m.start(), m.end(), year_point(year)


# Capitalised words that may stand right before a year in a date (`Christmas 2004`, `Spring 2005`).
_DATE_WORDS_BEFORE_YEAR = frozenset({*_ANY_MONTH, *_ANY_WEEKDAY, *lex.SEASONS, "christmas", "easter", "thanksgiving",
                                     "halloween", "day", "eve", "fiscal", "calendar", "year", "early", "late", "mid",
                                     "circa", "anno", "ad", *_MONTH_PREPOSITIONS, "at", "within", "as", "than"})


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


@_handler("holiday")
def _holiday(doc: _Doc, m: re.Match):
    name = " ".join(m.group("hol").lower().split())
    if not _is_capitalised(_orig(doc, m, "hol")):
        return None
    rule = lex.HOLIDAYS[name]
    if m.group("year"):
        if _next_word(doc.text, m.end()).lower() not in lex.COUNT_NOUNS:
            return m.start(), m.end(), day_point(holiday_date(rule, int(m.group("year"))))  # `Christmas 2004`
        m = _compile(_HOLIDAY_SRC).match(doc.low, m.start())  # `by Christmas 2000 people`: without the number
    nxt = _next_word(doc.text, m.end()).lower()
    if nxt in ("weekend", "holiday", "holidays", "season", "break"):
        return None  # `the Christmas holidays`, `Easter weekend` are longer than the day
    week = _HOLIDAY_WEEK.match(doc.low, m.end()) if nxt == "week" else None
    if week is not None:
        day = _holiday_day(doc, m, rule, near=7)  # `Easter week`: the (ISO) week the day is in
        return m.start(), week.end(), week_point(render(day)[1]) if day.known else Point("week")
    return m.start(), m.end(), _holiday_day(doc, m, rule)


_HOLIDAY_WEEK = re.compile(r"\s+week\b(?!-)")


def _holiday_day(doc: _Doc, m: re.Match, rule, near: int = 0) -> Point:
    """The day of a holiday: the year from `last`/`next`, the tense and the anchor, else the text;
    one within `near` days of the anchor whatever the tense (`as Easter week began`)."""
    if not doc.anchor:
        if doc.year_hint is None:
            return Point("day", None, *rule) if isinstance(rule, tuple) else Point("day")
        return day_point(holiday_date(rule, doc.year_hint))
    rel = _rel(m.group("rel"))
    direction = rel or doc.tense(m.start(), m.end()) or -1
    a = doc.anchor
    options = [holiday_date(rule, y) for y in (a.year - 1, a.year, a.year + 1)]
    close = [d for d in options if abs((d - a).days) <= near]
    if close and not rel:
        return day_point(close[0])
    if direction < 0:
        pick = [d for d in options if (d < a if rel else d <= a)][-1]
    else:
        pick = [d for d in options if (d > a if rel else d >= a)][0]
    return day_point(pick)


@_handler("weekday")
def _weekday(doc: _Doc, m: re.Match):
    word = _orig(doc, m, "wd")
    if not _is_capitalised(word):
        return None
    text = doc.text
    nxt = _next_word(text, m.end())
    if not m.group("rel") and not m.group("mod"):
        before = text[max(0, m.start() - 20):m.start()].split()
        if (before and _is_capitalised(before[-1]) and before[-1].lower() in lex.WEEKDAY_NAME_PREFIXES) or (
                len(before) > 1 and _is_capitalised(before[-2])
                and " ".join(before[-2:]).lower() in lex.WEEKDAY_NAME_PREFIXES):
            return None  # `Super Tuesday`, `the Mail on Sunday`
    if not m.group("pod") and nxt.lower() in lex.WEEKDAY_NAME_SUFFIXES and nxt[:1].isupper():
        return None  # `the Sunday Times`
    rel_word = " ".join((m.group("rel") or "").lower().split())
    wd = _EN_WEEKDAYS[word.lower()]
    if rel_word.endswith(("previous", "following")):
        base = doc.base()
        if base is None or not base.known or base.gran != "day":
            p = Point("day", weekday=wd)
        else:
            d = render(base)[1]
            p = day_point(resolve_weekday(d, wd, -1 if "previous" in rel_word else 1, strict=True))
    elif rel_word in ("last", "this past"):
        p = _weekday_point(doc, wd, -1, m.start(), m.end(), strict=True)
    elif rel_word in ("next", "this coming"):
        p = _weekday_point(doc, wd, 1, m.start(), m.end(), strict=True)
    elif rel_word == "this":
        p = _weekday_point(doc, wd, 0, m.start(), m.end())
    else:
        p = _weekday_point(doc, wd, 0, m.start(), m.end())
    pod = _pod_suffix(m.group("pod"))
    if pod:
        p = dataclasses.replace(p, time=pod)
    return m.start(), m.end(), p


@_handler("day_by")
def _day_by(doc: _Doc, m: re.Match):
    """`the day before last Tuesday`: a day from a weekday."""
    if not _is_capitalised(_orig(doc, m, "wd")):
        return None
    rel = _rel(m.group("rel")) if m.group("rel") != "this" else 0
    day = _weekday_point(doc, _EN_WEEKDAYS[m.group("wd")], rel, m.start(), m.end(), strict=bool(rel))
    return m.start(), m.end(), shift(day, "D", -1 if m.group("ba") == "before" else 1)


@_handler("weekend")
def _weekend(doc: _Doc, m: re.Match):
    rel_word = " ".join(m.group("rel").lower().split())
    if not doc.anchor:
        return m.start(), m.end(), Point("weekend")
    a = doc.anchor
    if rel_word in ("last", "this past", "the previous"):
        d = resolve_weekday(a, 5, -1, strict=True)
    elif rel_word in ("next", "this coming", "the following", "the coming"):
        d = resolve_weekday(a, 5, 1, strict=True)
    else:
        direction = doc.tense(m.start(), m.end()) or -1
        if a.weekday() >= 5:
            d = a
        else:
            d = resolve_weekday(a, 5, direction)
    return m.start(), m.end(), weekend_point(d)


_RELDAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "before yesterday": -2,
                   "after tomorrow": 2, "last": -1, "this": 0}


@_handler("relday")
def _relday(doc: _Doc, m: re.Match):
    if m.group("rd") and not m.group("mod") and _title_cased(doc.text, m, "rd"):
        return None
    key = (m.group("rd") or m.group("dba") or m.group("lt")).lower()
    key = " ".join(key.split())
    if key in ("today", "tomorrow") and not m.group("mod") and _generic_today(doc, m):
        return None
    offset = _RELDAY_OFFSETS[key]
    pod = _pod_suffix(m.group("pod") or m.group("pod2"))
    if key == "tonight":
        pod = "NI"
    elif key == "last":
        pod = pod or "NI"
    mod = (m.group("mod") or "").lower().replace(" ", "")
    if mod.startswith("mid") and not pod:
        pod = "AF" if "afternoon" in mod else "MO"
    if not doc.anchor:
        return m.start(), m.end(), Point("day", time=pod)
    return m.start(), m.end(), day_point(doc.anchor + dt.timedelta(days=offset), time=pod)


_GENERIC_AFTER = re.compile(r"['’]s\s+(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z]+))?")


def _generic_today(doc: _Doc, m: re.Match) -> bool:
    """`today's world`, `many of today's computers`, `the people of tomorrow`: the present or the future
    era, not a day."""
    after = _GENERIC_AFTER.match(doc.low, m.end())
    if after is not None:
        return after.group("w1") in lex.ERA_NOUNS or after.group("w2") in lex.ERA_NOUNS  # (`today's personal computers`)
    return _prev_word(doc.text, m.start()) == "of" and _next_word(doc.text, m.end()) == ""


def _unit_point(doc: _Doc, unit: str, offset: int) -> Point:
    """This/last/next week, month, year, decade relative to the anchor (unknown parts without one)."""
    a = doc.anchor
    if unit == "week":
        return week_point(a + dt.timedelta(days=7 * offset)) if a else Point("week")
    if unit == "month":
        return shift(month_point(a.year, a.month), "M", offset) if a else Point("month")
    if unit == "year":
        return year_point(a.year + offset) if a else year_point(None)
    if unit == "decade":
        return Point("decade", index=(a.year // 10 + offset) * 10) if a else Point("decade")
    raise ValueError(unit)


def _anaphoric_unit(doc: _Doc, unit: str, offset: int, same: bool = False) -> Point | None:
    """`that year`, `the following month`, `the next day`: the unit of the last date mentioned (else
    the anchor), moved by offset. None when that date is too coarse (`that day` after `in 1987`), but
    `the same day` after a month is a day in it (`1998-10-XX`)."""
    base = doc.base()
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


@_handler("rel_unit")
def _rel_unit(doc: _Doc, m: re.Match):
    if _title_cased(doc.text, m, "unit"):
        return None
    rel_word = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if rel_word in ("the previous", "the following", "the same", "that", "the preceding", "the prior"):
        offset = {"the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1}.get(rel_word, 0)
        p = _anaphoric_unit(doc, unit, offset) if unit != "decade" else None
        return None if p is None else (m.start(), m.end(), p)
    offset = {"this": 0, "the current": 0, "last": -1, "this past": -1, "next": 1, "this coming": 1}[rel_word]
    return m.start(), m.end(), _unit_point(doc, unit, offset)


@_handler("edge_of")
def _edge_of(doc: _Doc, m: re.Match):
    unit = m.group("unit").lower()
    if unit == "year" and doc.last is not None and doc.last.gran == "year":
        return m.start(), m.end(), doc.last
    return m.start(), m.end(), _unit_point(doc, unit, 0)


_UNIT_CODES = {"day": "D", "week": "W", "fortnight": "F", "month": "M", "quarter": "Q", "year": "Y",
               "decade": "DE", "century": "CE", "centurie": "CE"}


@_handler("ago")
def _ago(doc: _Doc, m: re.Match):
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


def _ago_point(doc: _Doc, m: re.Match):
    """What `two years ago`, `three days later` names (a Point, a reference, or (Point, context))."""
    num_s = " ".join(m.group("num").lower().split())
    unit = m.group("unit").lower().rstrip("s")
    direction = " ".join(m.group("dir").lower().split())
    back = direction in ("ago", "earlier", "before")
    if num_s in ("a few", "several", "many"):
        return "PAST_REF" if back else "FUTURE_REF"
    n = int(num_s.replace(",", "")) if num_s[0].isdigit() else _NUMBERS.get(num_s)
    if n is None:
        return None
    code = _UNIT_CODES[unit]
    n = -n if back else n
    deictic = direction in ("ago", "from now", "hence")
    quarter = _report_quarter(doc, m.start()) if code == "Y" and n == -1 else None
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


@_handler("anaphor")
def _anaphor(doc: _Doc, m: re.Match):
    det = " ".join((m.group("det") or "").lower().split())
    unit = (m.group("unit") or m.group("unit2")).lower()
    time = ""
    if unit in ("morning", "afternoon", "evening", "night"):
        time = lex.PARTS_OF_DAY[unit]
        unit = "day"
    if m.group("ba"):
        offset = -1 if m.group("ba").lower() in ("before", "earlier") else 1
    elif det in ("the next", "the following"):
        if unit != "day" and det == "the next":
            return None  # `the next year` is a stretch of time, not a date
        offset = 1
    elif det in ("the previous", "the preceding", "the prior"):
        offset = -1
    elif det == "the" and not m.group("mod"):
        return None  # `the day`, `the week` alone are too vague to emit
    elif det == "the" and unit == "year":
        return m.start(), m.end(), _the_year_point(doc, m.start())  # `earlier in the year`
    else:
        offset = 0
    p = _anaphoric_unit(doc, unit, offset, same="same" in det)
    if p is None:
        return None
    if time and p.gran == "day":
        p = dataclasses.replace(p, time=time)
    return m.start(), m.end(), p


@_handler("the_year")
def _the_year(doc: _Doc, m: re.Match):
    return m.start(), m.end(), _the_year_point(doc, m.start(), plain=m.group("adj") is None)


def _the_year_point(doc: _Doc, pos: int, plain: bool = True) -> Point:
    """`the year`, `earlier in the year`: the year a date just named is in (`In 1987 ... the year`),
    else the anchor's (reports speak of the current year; `the full year` always)."""
    if plain and doc.last is not None and doc.last_explicit and doc.last.year is not None \
            and pos - doc.last_end <= 200:
        return year_point(doc.last.year)
    return year_point(doc.anchor.year if doc.anchor else doc.year_hint)


@_handler("year_end")
def _year_end(doc: _Doc, m: re.Match):
    """`year-end`, `by year's end`: the end of the current year (of the previous one after `since`)."""
    if not doc.anchor:
        return m.start(), m.end(), year_point(doc.year_hint)
    back = _prev_word(doc.text, m.start()) == "since"
    return m.start(), m.end(), year_point(doc.anchor.year - back)


# Words that may follow a reference phrase that ends a noun phrase (`in the short term and ...`).
_CLAUSE_WORDS = frozenset("and or but to as is was are were will would for in of on at with than that which".split())


# `today is the eighth day of ...`, `It's the second day of ...`: the subject names the day.
_NTH_DAY_SUBJECT = re.compile(r"(?:(?P<rd>today|tomorrow|yesterday)\s+(?:is|was|will\s+be)|it\s+is|it['’]s|this\s+is)"
                              r"\s+$")


@_handler("nth_day")
def _nth_day(doc: _Doc, m: re.Match):
    """`(today is) the eighth day of the operation`: the day the sentence's subject names (`today`,
    `it` meaning today); other `the second day of` phrases count from an event not in the calendar."""
    subject = _NTH_DAY_SUBJECT.search(doc.low, max(0, m.start() - 24), m.start())
    if subject is None:
        return None
    offset = _RELDAY_OFFSETS[subject.group("rd")] if subject.group("rd") else 0
    return m.start(), m.end(), _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=offset)),
                                                  Point("day"))


@_handler("ref")
def _ref(doc: _Doc, m: re.Match):
    phrase = " ".join(m.group("ref").lower().split())
    text = doc.text
    nxt = _next_word(text, m.end()).lower()
    if phrase in ("the past", "the future") and nxt == "of":
        return None  # `the future of Europe`
    if phrase == "the past" and (nxt in _NUMBERS or nxt[:1].isdigit() or nxt in ("few", "several", "couple", "many")
                                 or nxt.rstrip("s") in _UNIT_CODES):
        return None  # `the past three years` is a duration
    if phrase == "now" and _prev_word(text, m.start()) in ("from", "by"):
        return None  # `from now on`: a duration's start
    if phrase.endswith("term") and nxt[:1].islower() and nxt not in _CLAUSE_WORDS:
        return None  # `the long term unemployed`: part of an adjective
    if phrase == "recently" and _DATE_AHEAD.match(doc.low, m.end()):
        return None  # `most recently last October`: the date that follows is the time
    if phrase == "soon" and not (_prev_word(text, m.start()) in _SOON_BEFORE or nxt in ("will", "to")):
        return None  # `as soon as`, `soon after`, `was soon released`: only a future `soon` is a time
    return m.start(), m.end(), lex.REFERENCE_WORDS[phrase]


_DATE_AHEAD = re.compile(rf"\s+(?:on\s+|in\s+)?(?:(?:last|this|next)\s+)?(?:{_MONTH}|{_WD}|(?:1[5-9]|20)\d\d\b|"
                         r"yesterday|today|last\s+(?:week|month|year))")
# Words before a `soon` that points ahead (`will soon`, `may soon seek`, `to soon grow`).
_SOON_BEFORE = frozenset("will would may might could should shall must to".split())


# ------------------------------------------------------------------------------------- other languages
_PLAIN_LOWER_LANGS = frozenset({"fr", "es", "it", "ru", "pl"})


@_handler("f_dmy")
def _f_dmy(doc: _Doc, m: re.Match):
    year = int(m.group("year")) if m.group("year") else None
    p = _day_in(doc, year, _month_number(m.group("fmonth")), int(m.group("day")), m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


@_handler("f_month_year")
def _f_month_year(doc: _Doc, m: re.Match):
    return m.start(), m.end(), month_point(int(m.group("year")), _month_number(m.group("fmonth")))


@_handler("f_month")
def _f_month(doc: _Doc, m: re.Match):
    word = _orig(doc, m, "fmonth")
    key = word.lower().rstrip(".")
    lang = doc.lang
    if lang == "de" and not _is_capitalised(word):
        return None  # German nouns are capitalised
    if lang in _PLAIN_LOWER_LANGS and _is_capitalised(word) and not m.group("prep"):
        return None  # `Mayo`, `Marzec` capitalised mid-sentence are names
    if key in lex.AMBIGUOUS_MONTHS.get(lang, ()) and not m.group("prep"):
        return None
    start = m.start("fmonth")
    if m.group("year"):
        return start, m.end(), month_point(int(m.group("year")), _month_number(word))
    return start, m.end(), _month_point_for(doc, _month_number(word), None, start, m.end())


@_handler("f_weekday")
def _f_weekday(doc: _Doc, m: re.Match):
    word = _orig(doc, m, "fwd")
    lang = doc.lang
    if lang == "de" and not _is_capitalised(word):
        return None
    if lang in lex.CASED_WEEKDAY_LANGUAGES and _is_capitalised(word) and _prev_word(doc.text, m.start()) not in ("", "el", "le", "il", "la", "de"):
        return None
    start = m.start("fwd")
    return start, m.end(), _weekday_point(doc, _ANY_WEEKDAY[word.lower()], 0, start, m.end())


@_handler("f_relday")
def _f_relday(doc: _Doc, m: re.Match):
    word = _orig(doc, m, "frd")
    key = " ".join(word.lower().split())
    if doc.lang == "de" and key == "morgen" and word[0].isupper():
        return None  # `Morgen` is "morning"
    if doc.lang == "es" and key == "mañana" and _prev_word(doc.text, m.start()) in ("la", "esta", "cada", "una", "por"):
        return None  # `por la mañana` is "in the morning"
    offset = lex.RELATIVE_DAYS[doc.lang][key]
    return m.start(), m.end(), _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=offset)), Point("day"))


@_handler("f_relunit")
def _f_relunit(doc: _Doc, m: re.Match):
    key = " ".join(m.group("frel").lower().split())
    unit, offset = lex.RELATIVE_UNIT_PHRASES[doc.lang][key]
    return m.start(), m.end(), _unit_point(doc, {"W": "week", "M": "month", "Y": "year"}[unit], offset)


# Rules whose dates are written out in full (the year is in the text), for `the year` to refer to.
_EXPLICIT_RULES = frozenset({"mdy", "dmy", "iso", "num_slash", "num_dot", "month_year", "year", "f_dmy",
                             "f_month_year"})

assert set(_HANDLERS) >= {name for name, _ in _EN_RULES} | {"f_dmy", "f_month_year", "f_month", "f_weekday",
                                                           "f_relday", "f_relunit"}, "a rule without a handler"


# =====================================================================================  entry points
_WORD = re.compile(r"(?<!\w)\w+")
_BACK = 40  # how far before its head word an expression may start (`the year-ago third quarter`)


_HEADS = frozenset(_HEAD_KINDS)
# Head words and date-like numbers, found in one pass over the lower-cased text (numbers: years
# 1500-2099, `1990s`, `12/17/2024`). The pattern begins with the character before the word, so that
# `re` skips from one space or punctuation mark to the next in C; `_triggers` puts a space in front.
# Every alternative begins with a word character, so no `(?=\w)` is needed after the `\W`, and the
# number alternatives sit behind one `(?=\d)`: after a space followed by a letter that begins no
# head word, `re` gives up after the trie's literal checks and one digit test (~20% faster).
_NUMBER_TRIGGER_SRC = (r"(?=\d)(?:(?:1[5-9]|20)\d\d(?=s\b|['’]s\b|(?!\w))|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"
                       r"|\d0(?=s\b)|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b)")
_TRIGGER = re.compile(r"\W(?:(?P<w>" + _alt(_HEADS) + r")(?!\w)|" + _NUMBER_TRIGGER_SRC + ")")
_NUMBER_TRIGGER = re.compile(r"\W" + _NUMBER_TRIGGER_SRC)

# The same triggers found faster in a text whose characters are all Latin-1 (every BBC article; a
# text with `’` or Cyrillic takes `_TRIGGER`): `_TRIGGER` stops after every space and tries the
# head-word trie there, one branch per first letter. Instead, the text as bytes with every non-word
# character made a space (`bytes.translate`, a table lookup per character) is split into its words,
# the few head words among them are picked with one set intersection and then found with
# `bytes.find` between spaces, and numbers are only tried where a digit follows a non-word
# character. A head word is a whole `\w+` run (`\W` before it, `(?!\w)` after it), which is what
# the spaced bytes delimit; numbers never hold a head word, so the two kinds cannot overlap.
assert all(re.fullmatch(r"\w+", w) for w in _HEADS), "a head word must be one \\w+ run for the fast scan"
assert _HEADS.isdisjoint({"a", "p", "m", "am", "pm"}), "a number trigger (`10 a.m.`) would hold a head word"
_LATIN1_WORD_CHARS = [chr(b).isalnum() or chr(b) == "_" for b in range(256)]  # `\w` of `re` in Latin-1
_SPACE_NON_WORD = bytes(b if _LATIN1_WORD_CHARS[b] else 0x20 for b in range(256))
# digit -> `0`, other word character -> `a`, non-word -> space: ` 0` is a number's first digit
_DIGIT_STARTS = bytes(0x30 if chr(b).isdecimal() else 0x61 if _LATIN1_WORD_CHARS[b] else 0x20 for b in range(256))
_LATIN1_HEADS = {w.encode("latin-1"): w for w in _HEADS if max(w) <= "\xff"}

_EN_MODIFIERS = frozenset("""
    the a an last this next early late mid earlier later about almost nearly some roughly around approximately
    more less fewer over under just only barely at little exactly precisely well several many few that past
    previous following same current fiscal calendar model post pre end beginning start middle rest remainder
    first second third fourth half right until these former very comparable corresponding latest prior
    preceding coming sometime one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    dozen couple twentieth twenty-first nineteenth eighteenth seventeenth sixteenth fifteenth eleventh tenth
    fifth sixth seventh eighth ninth twelfth thirteenth fourteenth year years
""".split()) | _HEADS | {_tokens(phrase)[0] for phrase in (
    *lex.REFERENCE_WORDS, *lex.HOLIDAYS, *lex.RELATIVE_DAYS["en"])}


def _starters(lang: str | None) -> frozenset[str]:
    """Words a `lang` expression can begin with: English ones, and the hinted language's prepositions
    and first words of its relative phrases (`im Dezember`, `la semaine dernière`)."""
    if lang is None:
        return _EN_MODIFIERS
    extra = {w for rule_preps in (_MONTH_PREPS[lang], "|".join(lex.WEEKDAY_PREPOSITIONS.get(lang, ())))
             for w in re.sub(r"\\s\+", " ", rule_preps).replace("|", " ").split()}
    extra |= {phrase.lower().translate(_TO_SPACES).split()[0]
              for phrase in (*lex.RELATIVE_DAYS[lang], *lex.RELATIVE_UNIT_PHRASES.get(lang, ()))}
    return _EN_MODIFIERS | extra


def _starter_re(lang: str | None) -> re.Pattern:
    """Where an expression may begin: a word of `_starters(lang)`, a number, or (`'90s`) an apostrophe.
    Run over the padded text (`" " + low`, as `_TRIGGER`): the pattern begins with the non-word
    character before the start, so `re` only tries it after a space or punctuation mark instead of
    at every character, and m.start() is the start's offset in `low`. That consumed character
    stands for the `(?<!\w)` of the start; the digit's `(?<![,.])` looks at it."""
    return re.compile(r"\W(?:(?:" + _alt(_starters(lang)) + r")(?!\w)|(?<![,.])\d|['’]\d)", _FLAGS)


def _cased_heads(lang: str | None) -> frozenset[str]:
    """English month and weekday names that no rule of `lang` accepts in lower case."""
    english = set(_EN_MONTHS) | set(_EN_WEEKDAYS)
    if lang is None:
        lower_ok = {w for la in _FOREIGN for w in lex.MONTHS[la] if w not in lex.AMBIGUOUS_MONTHS[la]}
    else:
        lower_ok = set(lex.MONTHS[lang]) | set(lex.WEEKDAYS[lang])
    return frozenset(english - lower_ok)


class _Language:
    """What `extract_dates` needs for one language hint (None: English and any language's dates with
    numbers): its grammar, where expressions may start, which head words must be capitalised. Built
    on the first text of that language (`_language`): importing this module compiles nothing."""
    __slots__ = ("by_kinds", "blocker", "starter_at", "cased")

    def __init__(self, lang: str | None):
        grammar = _grammar_for(lang)
        self.by_kinds = grammar.by_kinds
        self.blocker = _blocker_re(grammar.sources)
        self.starter_at = _starter_re(lang).finditer
        self.cased = _cased_heads(lang)


_LANGUAGES: dict[str | None, _Language] = {}


def _language(key: str | None) -> _Language:
    spec = _LANGUAGES.get(key)
    if spec is None:
        spec = _LANGUAGES[key] = _Language(key)  # (two threads may both build it: the same result)
    return spec


_LATIN1_LOWER = bytes(ord(chr(b).lower()) for b in range(256))  # every Latin-1 letter lower-cases to one


def _lower(text: str) -> str:
    """`text.lower()` with the same length (a few characters, like `İ`, lower-case to two)."""
    if not text.isascii():
        # a Latin-1 text with `£` or `é`: `str.lower` looks each character up in the Unicode tables,
        # a byte table does the same in a fraction of the time
        try:
            return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
        except UnicodeEncodeError:
            pass
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


# Long texts are first cut into blocks of about _BLOCK characters, and `_TRIGGER` (whose scan costs about
# 80 ns a character: it is tried after every space) runs only over blocks holding a digit or a head
# word, found with `str.split` and a set lookup at a fraction of that cost. Short texts are scanned whole.
_BLOCK = 4096
_PREFILTER_MIN = 32_768
_HAS_DIGIT = re.compile(r"\d")


def _candidate_regions(low: str) -> list[tuple[int, int]]:
    """[start, end) regions of `low` that may hold a date expression's head word: the whole of a short
    text; of a long one, its blocks with a digit or a head word (blocks end at a space, so no word is
    cut), adjacent ones merged."""
    n = len(low)
    if n < _PREFILTER_MIN:
        return [(0, n)]
    regions: list[tuple[int, int]] = []
    start = 0
    while start < n:
        end = low.find(" ", start + _BLOCK)
        end = n if end < 0 else end
        block = low[start:end]
        if _HAS_DIGIT.search(block) or not _HEADS.isdisjoint(block.translate(_TO_SPACES).split()):
            if regions and regions[-1][1] == start:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
        start = end
    return regions


def _triggers(text: str, low: str, padded: str, cased: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, kinds) of the head words and date-like numbers in the text, in order. Head words in
    `cased` (English month and weekday names) only count capitalised: `may`, `march` are verbs.
    `padded` is `" " + low`: padded[i] is the character before low[i], so m.start() is the word's
    offset in low."""
    if len(low) < _PREFILTER_MIN:
        try:
            raw = low.encode("latin-1")
        except UnicodeEncodeError:
            pass
        else:
            return _latin1_triggers(text, raw, padded, cased)
    found = []
    for lo, hi in _candidate_regions(low):
        for m in _TRIGGER.finditer(padded, lo, hi + 1):
            start, end = m.start(), m.end() - 1
            word = m.group("w")
            if word is None:
                found.append((start, end, _DIGIT_KINDS))
            elif not (word in cased and text[start].islower()):
                found.append((start, end, _HEAD_KINDS[word]))
    return found


def _latin1_triggers(text: str, raw: bytes, padded: str, cased: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """`_triggers` of a short text whose lower-cased form is `raw` in Latin-1 (see `_SPACE_NON_WORD`)."""
    found = []
    spaced = b" " + raw.translate(_SPACE_NON_WORD) + b" "  # spaced[i + 1] is low[i]
    for word in _LATIN1_HEADS.keys() & spaced.split():
        head = _LATIN1_HEADS[word]
        kinds = _HEAD_KINDS[head]
        drop_lower = head in cased
        needle = b" " + word + b" "
        at = spaced.find(needle)
        while at >= 0:
            if not (drop_lower and text[at].islower()):
                found.append((at, at + len(word), kinds))
            at = spaced.find(needle, at + len(word) + 1)
    digits = b" " + raw.translate(_DIGIT_STARTS)  # digits[i + 1] is low[i]
    at = digits.find(b" 0")
    while at >= 0:
        m = _NUMBER_TRIGGER.match(padded, at)  # padded[at] is the character before the digit
        if m is None:
            at = digits.find(b" 0", at + 1)
        else:
            found.append((at, m.end() - 1, _DIGIT_KINDS))
            at = digits.find(b" 0", m.end())  # (as `finditer`: on after the number)
    found.sort()
    return found


def _match_at(doc: _Doc, low: str, starts: list[int], head_start: int, kind_rules: _KindRules):
    """The expression reaching the head word from the leftmost possible start (as a left-to-right scan
    would find it): at each start, the rules in order; the first match its handler accepts wins."""
    for i in starts:
        ch = low[i]
        for segment in kind_rules.segments:
            entry = segment[ch]
            if entry is None:
                continue  # no rule of the segment begins with this character
            master, rules, index = entry
            m = master.match(low, i)
            if m is None:
                continue
            for name, regex in rules[index[m.lastgroup]:]:
                rm = regex.match(low, i)
                if rm is None or rm.end() <= head_start:
                    continue
                try:
                    found = _HANDLERS[name](doc, rm)
                except (ValueError, OverflowError):  # a date the calendar cannot hold (`year 10000`)
                    found = None
                if found is not None:
                    return (*found[:3], len(found) < 4 or found[3], name)
    return None


def extract_dates(text: str, reference_date: dt.date | None = None, language: str | None = None) -> list[DateMention]:
    """Date expressions in `text`, in order, with TIMEX3 values.

    `reference_date` is the anchor for relative expressions (the article's publication date); without it
    they keep what the text says and mark the rest unknown (`XXXX-12-17`). `language` is an ISO 639-1
    hint; English is always understood, the hinted language's names and words in addition.
    """
    lang = (language or "en").split("-")[0].lower()
    key = lang if lang in _FOREIGN else None
    spec = _language(key)
    low = _lower(text)
    if reference_date is not None and not 2 <= reference_date.year <= 9997:
        reference_date = None  # too near the ends of the calendar to count from: treated as unknown
    doc = _Doc(text, low, reference_date, lang if lang in lex.LANGUAGES else "en")
    starter_at = spec.starter_at
    blocker = spec.blocker
    by_kinds = spec.by_kinds
    padded = doc.padded  # for `_TRIGGER`, the blocker and the starter pattern
    last_end = 0
    for head_start, head_end, kinds in _triggers(text, low, padded, spec.cased):
        if head_start < last_end:
            continue  # inside the expression already found
        # where an expression reaching the head word may start: the head itself, and before it, in
        # the same paragraph, words that can begin one (`the`, `last`, a number; not `on`, `said`)
        lo = max(last_end, head_start - _BACK, low.rfind("\n", 0, head_start) + 1)
        if blocker is not None and (m := blocker.match(padded, lo, head_start + 1)) is not None:
            # an expression starting before a word that no rule can hold (`government` in `the
            # government said ... next year`) cannot reach the head word: start after it. Trying
            # the rules at such a start costs microseconds (two dozen failing alternatives at `the`).
            lo = m.end() - 1
        # (padded[lo] is low[lo - 1]; right before the head word, a space, there is no start)
        starts = [m.start() for m in starter_at(padded, lo, head_start + 1)] if lo < head_start - 1 else []
        starts.append(head_start)
        found = _match_at(doc, low, starts, head_start, by_kinds[kinds])
        if found is None:
            continue
        start, end, what, context, name = found
        last_end = end
        second = _conjoined_day(doc, end, what) if name == "mdy" and not what.time else None
        if second is not None and second[3]:
            what = dataclasses.replace(what, year=second[2].year)  # `Dec. 17 and 19, 2024`: the year of both
        doc.emit(start, end, what, context=context, explicit=name in _EXPLICIT_RULES)
        if second is not None:
            last_end = second[1]
            doc.emit(*second[:3], explicit=True)
    return doc.mentions


def add_dates(article, reference_date: dt.date | None = None, overrides: bool = False):
    """Article -> Article with `dates` filled, anchored on its published_at, else on `reference_date`.

    `overrides=True` anchors on `reference_date` even an article with its own published_at.
    """
    anchor = (reference_date or article.published_at) if overrides else (article.published_at or reference_date)
    return dataclasses.replace(article, dates=tuple(extract_dates(article.text, anchor, article.language)))


class ExtractDates(ArticleStage):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with `dates` filled, `.errors`).

    `reference_date` anchors the articles without a published_at (every article with `overrides`).
    """

    stage = "dates"

    def __init__(self, reference_date: dt.date | None = None, overrides: bool = False):
        super().__init__()
        self._reference_date = reference_date
        self._overrides = overrides

    def article_fn(self):
        return functools.partial(add_dates, reference_date=self._reference_date, overrides=self._overrides)
