"""The scans `transforms.dates` runs over the padded text (`" " + low`, the pattern beginning with the
character before a word instead of `(?<!\\w)`) find exactly what the plain formulations find."""
from __future__ import annotations

import random
import re

import pytest

from transforms import date_lexicon as lex
from transforms import dates as d

_NUM = (r"(?:1[5-9]|20)\d\d(?=s\b|['’]s\b|(?!\w))|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)|\d0(?=s\b)"
        r"|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b")
# The formulations before the padded scans, kept here as the reference.
_OLD_TRIGGER = re.compile(r"\W(?=\w)(?:(?P<w>" + d._alt(d._HEADS) + r")(?!\w)|" + _NUM + ")")
_OLD_PAST = re.compile(r"(?<!\w)(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )(?:had\s+been\s+(?:scheduled|"
                       r"expected|set|due|planned|slated)|" + d._alt(lex.PAST_MARKERS) + r"|[a-z]{3,}ed)(?!\w)")
_OLD_ATTRIBUTIVE = re.compile(r"(?<!\w)(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)(?!\w)")

_PIECES = ["the", "last", "next", "year", "years", "week", "friday", "may", "december", "dec", "q3", "1990",
           "1990s", "'90s", "’90s", "90s", "17", "2024", "12/17/2024", "10", "am", "a.m.", "p.m", "ago", "two",
           "be", "is", "are", "been", "being", "had", "said", "planned", "reported", "quickly", "an", "its",
           "im", "dezember", "la", "semaine", "dernière", "'", "’", ",", ".", "-", "/", ":", "(", ")", "_",
           "\n", "£", "é", "\x00", "x", "1", "2", "0"]


def _texts(n: int = 400, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "  ", ",", "."]) for _ in range(rng.randint(1, 40)))


def _windows(text: str, rng: random.Random):
    yield 0, len(text)
    for _ in range(3):
        lo = rng.randint(0, len(text))
        yield lo, rng.randint(lo, len(text))


def test_trigger_same_matches():
    for text in _texts():
        padded = " " + text
        old = [(m.span(), m.group("w")) for m in _OLD_TRIGGER.finditer(padded)]
        assert [(m.span(), m.group("w")) for m in d._TRIGGER.finditer(padded)] == old, text


@pytest.mark.parametrize("lang", [None, "de", "fr", "es"])
def test_starters_same_positions(lang):
    old = re.compile(r"(?<!\w)(?:(?:" + d._alt(d._starters(lang)) + r")(?!\w)|(?<![,.])\d|['’]\d)")
    new = d._starter_re(lang)
    rng = random.Random(3)
    for text in _texts():
        for lo, hi in _windows(text, rng):
            assert [m.start() for m in new.finditer(" " + text, lo, hi + 1)] == \
                   [m.start() for m in old.finditer(text, lo, hi)], (text, lo, hi)


def test_past_and_attributive_same_spans():
    rng = random.Random(5)
    for text in _texts():
        padded = " " + text
        for lo, hi in _windows(text, rng):
            assert [(m.start(), m.end() - 1, m.group()[1:]) for m in d._PAST_RE.finditer(padded, lo, hi + 1)] == \
                   [(m.start(), m.end(), m.group()) for m in _OLD_PAST.finditer(text, lo, hi)], (text, lo, hi)
            assert [m.start(1) - 1 for m in d._ATTRIBUTIVE.finditer(padded, lo, hi + 1)] == \
                   [m.start(1) for m in _OLD_ATTRIBUTIVE.finditer(text, lo, hi)], (text, lo, hi)


def test_latin1_triggers_same_as_regex_scan():
    """The bytes scan for Latin-1 texts finds the triggers `_TRIGGER` finds (lower-case `may` dropped)."""
    cased = d._cased_heads(None)
    for text in _texts():
        text = text.replace("’", "'")  # (a Latin-1 text)
        for t in (text, text.title(), text.upper()):
            low = d._lower(t)
            padded = " " + low
            want = []
            for m in d._TRIGGER.finditer(padded):
                word = m.group("w")
                if word is None:
                    want.append((m.start(), m.end() - 1, d._DIGIT_KINDS))
                elif not (word in cased and t[m.start()].islower()):
                    want.append((m.start(), m.end() - 1, d._HEAD_KINDS[word]))
            assert d._latin1_triggers(t, low.encode("latin-1"), padded, cased) == want, t


def test_latin1_lower_is_str_lower():
    every = "".join(map(chr, range(256)))
    for text in (every, every * 3 + "ÀÉÎÕÜ £1,000 Straße", "£ only ascii AND CAPS"):
        assert d._lower(text) == text.lower(), text


def test_sentence_break_titles_grouped_by_length():
    old = re.compile(r"[.!?\n]" + "".join(rf"(?<!\b{a}\.)" for a in d._TITLES) + r"(?<!(?<![\w.])[A-Z]\.)"
                     + d._SENTENCE_BREAK.pattern[len("[.!?\\n]" + d._NOT_AFTER):])
    pieces = [*d._TITLES, "Mr", "HMr", "A", "U.S", "He", "the", ".", ". ", "! ", "\n", "\n\n", "'", "”", " ", "x"]
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in d._SENTENCE_BREAK.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_future_markers_same_spans():
    """`_FUTURE_RES` over the padded text finds what `(?<!\\w)` over the text finds."""
    rng = random.Random(13)
    markers = [w for lang in lex.FUTURE_MARKERS for w in (*lex.FUTURE_MARKERS[lang], *lex.WEAK_FUTURE_MARKERS.get(lang, ()))]
    for lang, words in lex.FUTURE_MARKERS.items():
        old = re.compile(r"(?<!\w)(?:(?P<weak>" + d._alt(lex.WEAK_FUTURE_MARKERS.get(lang, ("\x00",))) + r")|"
                         + d._alt(words) + r")(?!\w)")
        for text in _texts():
            text = " ".join(part + (rng.choice(markers) if rng.random() < 0.3 else "") for part in text.split(" "))
            for lo, hi in _windows(text, rng):
                assert [(m.start(), m.end() - 1, m.group("weak")) for m in d._FUTURE_RES[lang].finditer(" " + text, lo, hi + 1)] == \
                       [(m.start(), m.end(), m.group("weak")) for m in old.finditer(text, lo, hi)], (lang, text, lo, hi)


_DATE_PIECES = ["the third quarter of", "early next year", "about two years ago", "17 December 2024", "Dec. 17",
                "mid-December", "10 a.m. GMT", "10:30pm", "Christmas Eve", "the day before yesterday", "the 1990s",
                "the twentieth century", "nineteen ninety-nine", "the year two thousand and one", "last Friday night",
                "im Dezember", "la semaine dernière", "17 декабря 2024 года", "w grudniu", "Q3 2024", "the past year",
                "the first half of 1990", "a year earlier", "the year-ago quarter", "earlyspring", "fiscal 2004"]


@pytest.mark.parametrize("lang", [None, "de", "fr", "ru", "pl"])
def test_blocker_finds_no_word_inside_a_match(lang):
    """Every word a rule's match holds is one of `_words_in` of its rule: the blocker (the last word
    no rule can hold) finds nothing inside a match, so skipping the starts before it loses none."""
    grammar = d._grammar_for(lang)
    blocker = d._blocker_re(grammar.sources)
    assert blocker is not None
    rules = list(grammar.rules.values())
    rng = random.Random(17)
    for text in _texts(300):
        text = " ".join(part + (" " + rng.choice(_DATE_PIECES) + " " if rng.random() < 0.3 else "")
                        for part in text.split(" "))
        low = d._lower(text)
        padded = " " + low
        for i in range(len(low)):
            for regex in rules:
                m = regex.match(low, i)
                if m is not None and m.end() > i:
                    assert blocker.match(padded, i, m.end() + 1) is None, (regex.pattern[:40], low[i:m.end()])


def test_blocker_finds_the_last_word_no_rule_holds():
    blocker = d._blocker_re(d._grammar_for(None).sources)
    padded = " " + "the government said that the year"
    m = blocker.match(padded, 0, padded.index("year"))
    assert m is not None and padded[:m.end()].endswith("that") is False and padded[:m.end()].endswith("said")
