"""Regex building blocks of the grammar: word lists as tries, and the pieces English rules share.

Rules match the lower-cased text (see `index.lower`), so every piece is written in lower case and no
rule needs IGNORECASE (which would disable `re`'s fast skip of non-matching alternatives).
"""
from __future__ import annotations

import bisect
import re

from newsbeam.transforms.dates.profile import all_profiles, date_profile, norm

__all__ = ["alt", "month_alt", "norm", "tokens", "last_match", "EN", "ANY_MONTH", "ANY_WEEKDAY", "NUMBERS", "TO_SPACES", "FLAGS"]

FLAGS = re.UNICODE


# Characters of a word list that match more than themselves: a space any white space, an apostrophe
# either apostrophe (`aujourd'hui`, `aujourd’hui`).
_CHAR_SOURCE = {" ": r"\s+", "'": "['’]"}


def alt(words, digit_runs: bool = False) -> str:
    """A regex matching any of the (lower-case) words/phrases, written as a trie (`sept(?:ember)?`): the
    longest word is tried first, and each branch starts with a distinct literal, which `re` skips
    in one step; a flat `a|b|c|...` of hundreds of words would be tried word by word. With `digit_runs`,
    a `0` stands for a run of digits (`q0` matches `q3`)."""
    sources = {**_CHAR_SOURCE, "0": r"\d+"} if digit_runs else _CHAR_SOURCE
    # The trie is walked over the sorted words rather than built of dicts (a language's grammar
    # asks for tens of thousands of nodes: it was most of the grammar's start-up): the words below
    # a node are a run of the sorted list, a word ending there sorts first, and a run of one is
    # written out whole.
    ordered = sorted({w.lower().replace("’", "'") for w in words})
    source = {ch: sources.get(ch) or re.escape(ch) for ch in set("".join(ordered))}

    def emit(lo: int, hi: int, depth: int) -> str:  # ordered[lo:hi] share their first `depth` characters
        ends_here = len(ordered[lo]) == depth
        lo += ends_here
        if lo == hi:
            return ""
        if hi - lo == 1:
            body = "".join(source[ch] for ch in ordered[lo][depth:])
        else:
            parts = []
            while lo < hi:
                ch, end = ordered[lo][depth], lo + 1
                while end < hi and ordered[end][depth] == ch:
                    end += 1
                parts.append(source[ch] + emit(lo, end, depth + 1))
                lo = end
            body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends_here else body
    return emit(0, len(ordered), 0) if ordered else ""


def month_alt(names: dict[str, int]) -> str:
    """Month names for a regex: full names end at a word boundary; abbreviations (a short prefix of
    a full name: `Dec`, `Sept`, `févr`, `нояб`) may take a period, which then belongs to the expression."""
    ordered = sorted(names)  # (the names a name begins are a run of the sorted names from it on)
    abbrevs = set()
    for w in names:
        if len(w) <= 5:
            at = bisect.bisect_left(ordered, w)
            while at < len(ordered) and ordered[at].startswith(w):
                if ordered[at] != w and names[ordered[at]] == names[w]:
                    abbrevs.add(w)
                    break
                at += 1
    full = [w for w in names if w not in abbrevs]
    parts = [rf"(?:{alt(full)})\b"] if full else []
    if abbrevs:
        parts.append(rf"(?:{alt(abbrevs)})(?:\.|\b)")
    return "|".join(parts)


PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»„“”‘’‚‹›–—…·"
TO_SPACES = {ord(c): " " for c in PUNCTUATION}


def tokens(phrase: str) -> list[str]:
    return phrase.lower().translate(TO_SPACES).split()


def last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last of `pattern`'s matches in text[lo:hi] (found left to right, as `finditer` does), or None:
    the nearest cue before a mention."""
    found = None
    for found in pattern.finditer(text, lo, hi):
        pass
    return found


EN = date_profile("en")
ANY_MONTH = {w: m for p in all_profiles() for w, m in p.months.items()}
ANY_WEEKDAY = {w: d for p in all_profiles() for w, d in p.weekdays.items()}
NUMBERS = dict(EN.number_words)
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        NUMBERS[f"{_tens}-{_unit}"] = EN.number_words[_tens] + EN.number_words[_unit]
        NUMBERS[f"{_tens} {_unit}"] = NUMBERS[f"{_tens}-{_unit}"]

# ----------------------------------------------------------------------------- English pieces
MONTH = rf"(?P<month>{month_alt(EN.months)})"
WD = rf"(?P<wd>{alt(EN.weekdays)})\b"
# A day of the month: not part of a longer number, a decimal, a time or an amount (`May 1,000`).
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:/]\d)"
# A year: four digits, not inside a longer number, an amount or a range like `1998-99`.
YEAR_CORE = r"1[5-9]\d\d|20\d\d"
YEAR = rf"(?P<year>{YEAR_CORE})(?!\w|[.,:]\d|%|[-/]\d)"
POD = r"(?P<pod>morning|afternoon|evening|night|overnight)\b"
TZ = r"(?:\s*\(?(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|local\s+time)\)?)?"
TIME = (r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)"
        r"|(?P<named>noon|midnight|midday))")
NUMWORD = alt(NUMBERS)
APPROX = (r"(?P<approx>about|almost|nearly|some|roughly|around|approximately|more\s+than|less\s+than|"
          r"fewer\s+than|over|under|just|only|barely|at\s+least|little\s+more\s+than|exactly|precisely|"
          r"just\s+over|just\s+under|well\s+over)")
UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
ORD_Q = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
EDGE_MOD = r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder)\s+of"
SPELLED_YEAR = (r"(?P<spelled>nineteen[\s-]+(?:hundred(?:\s+and)?\s+)?(?:" + alt(
    [w for w, n in NUMBERS.items() if 10 <= n <= 99 and " " not in w]) + r")|the\s+year\s+two\s+thousand"
    r"(?:\s+(?:and\s+)?(?:" + alt([w for w, n in NUMBERS.items() if 1 <= n <= 19 and w.isalpha()
                                   and w not in ("a", "an")]) + r"))?)\b")
HOLIDAY = rf"(?<!\w)(?:(?P<rel>last|this|next)\s+)?(?P<hol>{alt(EN.holidays)})\b"
