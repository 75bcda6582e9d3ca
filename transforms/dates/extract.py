"""`extract_dates`: the rules of a language's grammar run over a text, where the index says they may match."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.dates.document import DateMention, Doc
from transforms.dates.index import BACK, CLOCK_KINDS, DIGIT_KINDS, PREFIX, CandidateIndex, Segment, lower, start_key
from transforms.dates.patterns import EN
from transforms.dates.profile import DateProfile, date_profile
from transforms.dates.grammar import Grammar, grammar_for
from transforms.dates.rules import Rule

__all__ = ["extract_dates", "extract_with_rules", "naive_scan", "language_of"]


@dataclass(frozen=True)
class Language:
    """What extracting one language needs: its profile, grammar and index. Built on its first text
    (`language_of`): importing the package compiles nothing."""
    profile: DateProfile
    grammar: Grammar
    index: CandidateIndex


_LANGUAGES: dict[str, Language] = {}


def language_of(language: str | None) -> Language:
    """The language of an ISO 639-1 hint (`de`, `pt-BR`); English for none or one without a profile."""
    code = (language or "en").split("-")[0].lower()
    spec = _LANGUAGES.get(code)
    if spec is None:
        profile = date_profile(code) or EN
        # the English rules are English's grammar; another language adds its profile's rules to them
        own = profile if profile is not EN else None
        grammar = grammar_for(own)
        spec = Language(profile, grammar, CandidateIndex(grammar, own))
        _LANGUAGES[code] = spec  # (two threads may both build it: the same result)
    return spec


def _accept(doc: Doc, rule: Rule, m: re.Match):
    """What the rule's handler makes of a match: (start, end, what, context, also) or None."""
    try:
        found = rule.handler(doc, m)
    except (ValueError, OverflowError):  # a date the calendar cannot hold (`year 10000`)
        return None
    if found is None:
        return None
    start, end, what = found[:3]
    return start, end, what, len(found) < 4 or found[3], found[4] if len(found) > 4 else ()


def _record(doc: Doc, rule: Rule, found) -> int:
    """Emit an accepted match (and the mentions that came with it); returns where the scan goes on."""
    start, end, what, context, also = found
    doc.emit(start, end, what, context=context, explicit=rule.explicit)
    for extra_start, extra_end, extra in also:  # (`April 24 and 25`: the second day)
        doc.emit(extra_start, extra_end, extra, explicit=True)
        end = extra_end
    return end


def _match_at(doc: Doc, low: str, starts: list[tuple[int, str | None]], head_start: int, head_key: str | None,
              segments: list[Segment], dead: set[tuple[int, int]]):
    """The expression reaching the head word from the leftmost possible start (as a left-to-right scan
    would find it): at each start, the rules in order; the first match its handler accepts wins.
    `dead` holds the (segment, start) pairs tried in vain: a rule's match at a start does not depend on
    the head, and its handler's answer only on what was emitted since, which moves the scan past the
    start; so a start that found nothing for one head finds nothing for the next (text with many heads
    and no date stays linear). `starts` come with their `start_key` where it is known, and `head_key`
    is the head's."""
    for i, begins in starts:
        if begins is None:
            begins = head_key if i == head_start and head_key is not None else start_key(low, i)
        for segment in segments:
            entry = segment[begins]
            if entry is None:
                continue  # no rule of the segment begins with this word
            key = (id(segment), i)
            if key in dead:
                continue
            for rule, regex in entry:
                rm = regex.match(low, i)
                if rm is None or rm.end() <= head_start:
                    continue
                found = _accept(doc, rule, rm)
                if found is not None:
                    return rule, found
            dead.add(key)
    return None


def _new_doc(text: str, reference_date: dt.date | None, spec: Language) -> Doc:
    if reference_date is not None and not 2 <= reference_date.year <= 9997:
        reference_date = None  # too near the ends of the calendar to count from: treated as unknown
    return Doc(text, lower(text), reference_date, spec.profile)


def extract_with_rules(text: str, reference_date: dt.date | None = None,
                       language: str | None = None) -> list[tuple[DateMention, str]]:
    """`extract_dates`, with the name of the rule that found each mention."""
    names: list[str] = []
    return list(zip(_scan(text, reference_date, language, names), names))


def _scan(text: str, reference_date: dt.date | None, language: str | None, names: list[str] | None) -> list[DateMention]:
    """The mentions of `extract_dates`; the name of the rule that found each is added to `names` (if given)."""
    spec = language_of(language)
    doc = _new_doc(text, reference_date, spec)
    low, padded, index = doc.low, doc.padded, spec.index
    dead: set[tuple[int, int]] = set()
    tried: dict[frozenset[str], int] = {}  # per kind of head: the starts up to here found nothing
    last_end = 0
    for head_start, head_end, kinds in index.heads(text, low, padded):
        if head_start < last_end:
            continue  # inside the expression already found
        # where an expression reaching the head word may start: the head itself, and before it, in
        # the same paragraph, words that can begin one
        lo = max(last_end, head_start - BACK)
        lo = max(lo, low.rfind("\n", lo, head_start) + 1)  # (the same paragraph; looked for in the window only)
        # (the starts the last head of this kind tried in vain are tried no more: see `_match_at`)
        # (a head word is a whole word: of letters only, its first characters are its `start_key`)
        head_key = word[:PREFIX] if kinds is not DIGIT_KINDS and kinds is not CLOCK_KINDS \
            and (word := low[head_start:head_end]).isalpha() else None
        hit = _match_at(doc, low, index.keyed_starts(low, padded, max(lo, tried.get(kinds, -1) + 1), head_start),
                        head_start, head_key, index.rules_for(kinds), dead)
        if hit is None:
            tried[kinds] = head_start
            continue
        rule, found = hit
        before = len(doc.mentions)
        last_end = _record(doc, rule, found)
        if names is not None:
            names += [rule.name] * (len(doc.mentions) - before)
    return doc.mentions


def extract_dates(text: str, reference_date: dt.date | None = None, language: str | None = None) -> list[DateMention]:
    """Date expressions in `text`, in order, with TIMEX3 values.

    `reference_date` is the anchor for relative expressions (the article's publication date); without it
    they keep what the text says and mark the rest unknown (`XXXX-12-17`). `language` is an ISO 639-1
    hint; English is always understood, the hinted language's names and words in addition.
    """
    return _scan(text, reference_date, language, None)


def naive_scan(text: str, reference_date: dt.date | None = None, language: str | None = None) -> list[DateMention]:
    """The reference semantics of `extract_dates`, without the index: at every position of the text,
    every rule in grammar order; the first match its handler accepts is an expression, and the scan
    goes on after it. Slow (every rule at every character); for tests."""
    spec = language_of(language)
    doc = _new_doc(text, reference_date, spec)
    compiled = [(r, re.compile(r.pattern)) for r in spec.grammar.rules]
    last_end = 0
    for i in range(len(doc.low)):
        if i < last_end:
            continue
        for rule, regex in compiled:
            m = regex.match(doc.low, i)
            if m is None or m.end() <= i:
                continue
            found = _accept(doc, rule, m)
            if found is not None:
                last_end = _record(doc, rule, found)
                break
    return doc.mentions
