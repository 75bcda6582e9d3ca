"""The speed machinery of `newsbeam.transforms.dates` finds exactly what the plain formulations find.

The main property: `extract_dates` (head words, starts, rules by first character, the blocker) gives
the same mentions as `naive_scan` (every rule at every position), on random mixes of date pieces and
on real articles; and the same again when the pattern analysis knows nothing (the degraded scan).
The other tests check the padded scans (a `\\W` consumed before a word instead of `(?<!\\w)`) against
their plain formulations, and the pattern analysis against what the regexes really match.
"""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from newsbeam.transforms.dates import analysis, extract, index, tense
from newsbeam.transforms.dates.extract import extract_dates, language_of, naive_scan
from newsbeam.transforms.dates.patterns import EN, alt
from newsbeam.transforms.dates.profile import all_profiles

# The formulations before the padded scans, kept here as the reference.
_OLD_PAST = re.compile(r"(?<![\w-])(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?:had\s+been\s+(?:scheduled|"
                       r"expected|set|due|planned|slated)|" + alt(EN.past_markers) + r"|[a-z]{3,}ed)(?!\w)")
_OLD_ATTRIBUTIVE = re.compile(r"(?<!\w)(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)(?!\w)")

_PIECES = ["the", "last", "next", "year", "years", "week", "friday", "may", "december", "dec", "q3", "1990",
           "1990s", "'90s", "’90s", "90s", "17", "2024", "12/17/2024", "10", "am", "a.m.", "p.m", "ago", "two",
           "be", "is", "are", "been", "being", "had", "said", "planned", "reported", "quickly", "an", "its",
           "im", "dezember", "la", "semaine", "dernière", "'", "’", ",", ".", "-", "/", ":", "(", ")", "_",
           "\n", "£", "é", "\x00", "x", "1", "2", "0"]
_LANGS = [None, "de", "fr", "es", "it", "ru", "pl"]


def _texts(n: int = 400, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "  ", ",", "."]) for _ in range(rng.randint(1, 40)))


def _windows(text: str, rng: random.Random):
    yield 0, len(text)
    for _ in range(3):
        lo = rng.randint(0, len(text))
        yield lo, rng.randint(lo, len(text))


# Pieces of expressions in every language, for texts that hold many dates and near misses.
_DATE_PIECES = ["the third quarter of", "early next year", "about two years ago", "17 December 2024", "Dec. 17",
                "mid-December", "10 a.m. GMT", "10:30pm", "Christmas Eve", "the day before yesterday", "the 1990s",
                "the twentieth century", "nineteen ninety-nine", "the year two thousand and one", "last Friday night",
                "im Dezember", "la semaine dernière", "17 декабря 2024 года", "w grudniu", "Q3 2024", "the past year",
                "the first half of 1990", "a year earlier", "the year-ago quarter", "earlyspring", "fiscal 2004",
                "Am 3. März", "vergangene Woche", "el año pasado", "l'anno scorso", "в прошлом году", "w piątek",
                "hier", "gestern", "hoy", "oggi", "сегодня", "dzisiaj", "en mayo", "le lundi", "Montag", "mañana",
                "Tuesday", "May", "March 2004", "in 2019", "von 2010 bis 2020", "1998-99", "2023-2026", "now", "then",
                "alle 9.30", "a las  12:00", "o godz. 10.15", "2.50", "el pasado julio", "la tarde del lunes",
                "octobre dernier", "Roma, 20 lug", "через год", "the 2001-2003 period", "les prochains mois",
                # (hour nouns: the hour after one is the head, not the noun's word, `las` being an article too)
                "a las 10", "desde las 9 horas", "las décadas", "alle ore 9", "ore 18", "o godz. 18", "o godzinie 7",
                "a las 10 de mayo", "a las 1999", "las 10.30", "godz. 9 am", "ore 12:00"]


def _date_texts(n: int, seed: int):
    rng = random.Random(seed)
    for text in _texts(n, seed):
        yield " ".join(part + (" " + rng.choice(_DATE_PIECES) + " " if rng.random() < 0.4 else "")
                       for part in text.split(" "))


def _mentions(found) -> list[tuple]:
    return [(m.char_start, m.char_end, m.value) for m in found]


@pytest.mark.parametrize("lang", _LANGS)
def test_index_finds_what_a_naive_scan_finds(lang):
    anchors = [dt.date(2024, 12, 20), None, dt.date(1999, 3, 1)]
    for k, text in enumerate(_date_texts(150, seed=23)):
        anchor = anchors[k % 3]
        assert _mentions(extract_dates(text, anchor, lang)) == _mentions(naive_scan(text, anchor, lang)), text


def test_index_finds_what_a_naive_scan_finds_in_articles():
    """A few real articles per language (the shared corpus; skipped without it)."""
    from newsbeam_dev.evaluation import read_jsonl, require_shared
    shared = require_shared()
    articles = read_jsonl(shared / "eval" / "dates-multi-dev" / "articles.jsonl")
    articles += read_jsonl(shared / "eval" / "dates-tbaq" / "articles.jsonl", limit=6)
    for a in articles[::4]:
        lang, _, _ = a["id"].partition(":")
        lang = lang if len(lang) == 2 else "en"
        anchor = dt.date.fromisoformat(a["published_at"][:10])
        text = a["text"][:6000]
        assert _mentions(extract_dates(text, anchor, lang)) == _mentions(naive_scan(text, anchor, lang)), a["id"]


def test_unknown_pattern_analysis_degrades_to_the_same_output(monkeypatch, tmp_path):
    """Where the regex analysis knows nothing (a construct its parser does not read), no start is
    skipped and every rule is tried at every start: slower, the same mentions."""
    texts = list(_date_texts(60, seed=5))
    want = {lang: [_mentions(extract_dates(t, dt.date(2024, 12, 20), lang)) for t in texts] for lang in _LANGS}
    monkeypatch.setattr(analysis, "parse", lambda src: None)
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))  # (not what the real parser read, kept on disk)
    index.PLANS.clear()
    for fn in (analysis.first_chars, analysis.first_words, analysis.words_in):
        fn.cache_clear()
    monkeypatch.setattr(extract, "_LANGUAGES", {})
    index.Segment.__missing__.__globals__["first_chars"].cache_clear()
    for lang in _LANGS:
        spec = language_of(lang)
        assert spec.index.blocker is None
        assert all(r is not None for segments in spec.index.by_kinds.values() for s in segments for r in [s["x"]]
                   if s.rules)
        assert [_mentions(extract_dates(t, dt.date(2024, 12, 20), lang)) for t in texts] == want[lang]
    monkeypatch.undo()
    for fn in (analysis.first_chars, analysis.first_words, analysis.words_in):
        fn.cache_clear()
    index.PLANS.clear()


def test_pattern_analysis_reads_the_regex_syntax():
    assert analysis.first_chars(r"(?<!\w)(?:the\s+)?(?P<d>\d{1,2})") == frozenset("t0123456789")
    assert analysis.first_chars(r"(?:a|b)?c") == frozenset("abc")
    assert analysis.first_chars(r"\w+") is None and analysis.first_chars(r"x?") is None
    assert analysis.words_in(r"(?:last|next)\s+(?:week|year)s?") == {"last", "next", "week", "weeks", "year", "years"}
    assert analysis.words_in(r"mid-?(?:day)") == {"mid", "midday", "day"}
    assert analysis.words_in(r"\w+") is None and analysis.words_in(r"a.b") is None
    assert analysis.parse(r"(?P<a>x)\1") is None  # a back reference: unknown


def test_pattern_analysis_agrees_with_the_regexes():
    """Every match of every rule begins with one of its first characters and holds only its words."""
    for lang in _LANGS:
        rules = language_of(lang).grammar.rules
        for text in list(_date_texts(80, seed=31)):
            low = index.lower(text)
            for i in range(0, len(low), 3):
                for r in rules:
                    m = re.compile(r.pattern).match(low, i)
                    if m is None or m.end() == i:
                        continue
                    first = analysis.first_chars(r.pattern)
                    assert first is None or low[i] in first, (r.name, low[i:m.end()])
                    # (and the word there begins with one of its first words: the segment tries it)
                    alone = index.Segment((r,), {r: first}, {r: index._prefixes(analysis.first_words(r.pattern))})
                    assert alone[index.start_key(low, i)] is not None, (r.name, low[i:m.end()])
                    words = analysis.words_in(r.pattern)
                    whole = set(re.findall(r"(?<!\w)[^\W\d_]+(?!\w)", m.group()))
                    assert words is None or whole <= words, (r.name, m.group(), whole - words)


@pytest.mark.parametrize("lang", _LANGS)
def test_trigger_same_matches(lang):
    """The head-word scan (number alternatives behind one `(?=\\d)`) finds what the plain one finds."""
    idx = language_of(lang).index
    numbers = (index.HOUR_TRIGGER_SRC if idx.hour_words else index.NUMBER_TRIGGER_SRC)[len("(?=\\d)(?:"):-1]
    old_trigger = re.compile(r"\W(?=\w)(?:(?P<w>" + alt(idx.head_kinds) + r")(?!\w)|" + numbers + ")")
    for text in _date_texts(300, seed=41):
        padded = " " + index.lower(text)
        old = [(m.span(), m.group("w")) for m in old_trigger.finditer(padded)]
        assert [(m.span(), m.group("w")) for m in idx.trigger.finditer(padded)] == old, text


@pytest.mark.parametrize("lang", _LANGS)
def test_starters_same_positions(lang):
    """The padded starter scan (a `\\W` consumed) finds the positions the plain one finds."""
    new = language_of(lang).index.starter_at.__self__
    body = new.pattern[len(r"\W"):]
    old = re.compile(r"(?<!\w)" + body)
    rng = random.Random(3)
    for text in _date_texts(300, seed=3):
        for lo, hi in _windows(text, rng):
            assert [m.start() for m in new.finditer(" " + text, lo, hi + 1)] == \
                   [m.start() for m in old.finditer(text, lo, hi)], (text, lo, hi)


def test_starts_are_derived_from_the_rules():
    """Every word a rule's match can begin with is a start: `im` (German), `the`, `about`, `q3`."""
    for lang, text, word in [("de", "zzz vergangene woche", "vergangene"), (None, "zzz the third quarter", "the"),
                             (None, "zzz about two years ago", "about"), (None, "zzz q3 2004", "q3")]:
        starts = language_of(lang).index.starter_at.__self__
        found = [m.start() for m in starts.finditer(" " + text)]
        assert text.index(word) in found and 0 not in found, (lang, word, found)


@pytest.mark.parametrize("lang", [None, "en", "de", "es", "fr", "it", "pl", "ru"])
def test_no_grammar_makes_every_word_a_start(lang):
    """A rule whose first words the analysis cannot read (an unusual character class) makes every word a
    start: still correct, but the scan slows down. Each language's starts stay a known set."""
    starts = language_of(lang).index.starter_at.__self__
    assert [m.start() for m in starts.finditer(" zzz qqq")] == []


def test_past_and_attributive_same_spans():
    rng = random.Random(5)
    past, attributive = tense._past_re(EN), tense._attributive_re(EN)
    for text in _texts():
        padded = " " + text
        for lo, hi in _windows(text, rng):
            assert [(m.start(), m.end() - 1, m.group()[1:]) for m in past.finditer(padded, lo, hi + 1)] == \
                   [(m.start(), m.end(), m.group()) for m in _OLD_PAST.finditer(text, lo, hi)], (text, lo, hi)
            assert [m.start(1) - 1 for m in attributive.finditer(padded, lo, hi + 1)] == \
                   [m.start(1) for m in _OLD_ATTRIBUTIVE.finditer(text, lo, hi)], (text, lo, hi)


@pytest.mark.parametrize("lang", [None, "de", "fr", "es", "it", "pl", "ru"])
@pytest.mark.parametrize("codec", index.ONE_BYTE_CODECS)
def test_one_byte_triggers_same_as_regex_scan(lang, codec):
    """The bytes scan for texts a one-byte code page holds finds the head words the regex finds
    (lower-case `may` dropped), in each code page's own letters and punctuation."""
    idx = language_of(lang).index
    own = "".join(ch for b in range(256) if (ch := bytes([b]).decode(codec, errors="ignore")).isprintable())
    rng = random.Random(43)
    for text in _date_texts(200, seed=43):
        # (the pieces a code page cannot hold left out, its own characters sprinkled in)
        text = "".join(ch if _encodes(ch, codec) else " " for ch in text)
        text = "".join(ch + (rng.choice(own) if rng.random() < 0.05 else "") for ch in text)
        for t in (text, text.title(), text.upper()):
            low = index.lower(t)
            padded = " " + low
            want = []
            for m in idx.trigger.finditer(padded):
                word = m.group("w")
                if word is None and idx.hour_words and idx._after_clock_word(low, m.start(), idx.hour_words):
                    want.append((m.start(), m.end() - 1, idx.every_kind))  # (`a las 10`: tried with every rule)
                elif word is None and m.lastgroup == "hour":
                    continue  # (an hour alone counts after an hour noun only)
                elif word is None and m.group("hhmm") is None:
                    want.append((m.start(), m.end() - 1, index.DIGIT_KINDS))
                elif word is None:  # (an hour with minutes counts after a clock word only: `alle 9.30`)
                    if idx._after_clock_word(low, m.start()):
                        want.append((m.start(), m.end() - 1, index.CLOCK_KINDS))
                elif not (word in idx.cased and t[m.start()].islower()):
                    want.append((m.start(), m.end() - 1, idx.head_kinds[word]))
            try:
                raw = low.encode(codec)
            except UnicodeEncodeError:
                continue  # (`µ` upper-cased is Greek: its lower case is no longer in the code page)
            assert idx.one_byte_heads_in(t, raw, padded, codec) == want, t


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def test_latin1_lower_is_str_lower():
    every = "".join(map(chr, range(256)))
    for text in (every, every * 3 + "ÀÉÎÕÜ £1,000 Straße", "£ only ascii AND CAPS"):
        assert index.lower(text) == text.lower(), text


def test_sentence_break_titles_grouped_by_length():
    old = re.compile(r"[.!?\n]" + "".join(rf"(?<!\b{a}\.)" for a in tense.TITLES) + r"(?<!(?<![\w.])[A-Z]\.)"
                     + tense.SENTENCE_BREAK.pattern[len("[.!?\\n]" + tense.NOT_AFTER):])
    pieces = [*tense.TITLES, "Mr", "HMr", "A", "U.S", "He", "the", ".", ". ", "! ", "\n", "\n\n", "'", "”", " ", "x"]
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in tense.SENTENCE_BREAK.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_future_markers_same_spans():
    """The future-marker scans over the padded text find what `(?<!\\w)` over the text finds."""
    rng = random.Random(13)
    markers = [w for p in all_profiles() for w in (*p.future_markers, *p.weak_future_markers)]
    for profile in all_profiles():
        forms = f"|{profile.future_forms}" if profile.future_forms else ""
        old = re.compile(r"(?<!\w)(?:(?P<weak>" + alt(profile.weak_future_markers or ("\x00",)) + r")|"
                         + alt(profile.future_markers) + forms + r")(?!\w)")
        for text in _texts(200):
            text = " ".join(part + (rng.choice(markers) if rng.random() < 0.3 else "") for part in text.split(" "))
            for lo, hi in _windows(text, rng):
                assert [(m.start(), m.end() - 1, m.group("weak"))
                        for m in tense._future_re(profile).finditer(" " + text, lo, hi + 1)] == \
                       [(m.start(), m.end(), m.group("weak")) for m in old.finditer(text, lo, hi)], (profile.code, text)


@pytest.mark.parametrize("lang", [None, "de", "fr", "ru", "pl"])
def test_blocker_finds_no_word_inside_a_match(lang):
    """Every word a rule's match holds is one of `words_in` of its rule: the blocker (the last word
    no rule can hold) finds nothing inside a match, so skipping the starts before it loses none."""
    spec = language_of(lang)
    blocker = spec.index.blocker
    assert blocker is not None
    rules = [re.compile(r.pattern) for r in spec.grammar.rules]
    for text in _date_texts(300, seed=17):
        low = index.lower(text)
        padded = " " + low
        for i in range(len(low)):
            for regex in rules:
                m = regex.match(low, i)
                if m is not None and m.end() > i:
                    assert blocker.match(padded, i, m.end() + 1) is None, (regex.pattern[:40], low[i:m.end()])


def test_blocker_finds_the_last_word_no_rule_holds():
    blocker = language_of(None).index.blocker
    padded = " " + "the government said that the year"
    m = blocker.match(padded, 0, padded.index("year"))
    assert m is not None and padded[:m.end()].endswith("that") is False and padded[:m.end()].endswith("said")


def test_ever_new_words_at_starts_are_tried_by_their_character(monkeypatch):
    """A segment keeps MAX_KEYS words; past that a start is tried with the rules its character allows
    (a text of ever new number-words, `1a 1b 1c ...`, stays linear): the same mentions."""
    texts = list(_date_texts(60, seed=8)) + [" ".join(f"{n}x{n} {1990 + n % 20}" for n in range(300))]
    want = {lang: [_mentions(extract_dates(t, dt.date(2024, 12, 20), lang)) for t in texts] for lang in _LANGS}
    monkeypatch.setattr(index, "MAX_KEYS", 3)
    monkeypatch.setattr(extract, "_LANGUAGES", {})
    for lang in _LANGS:
        assert [_mentions(extract_dates(t, dt.date(2024, 12, 20), lang)) for t in texts] == want[lang]
        assert any(s.by_char for segments in language_of(lang).index.by_kinds.values() for s in segments)


def _may_begin(prefixes: frozenset[str] | None, word: str) -> bool:
    """The plain formulation of a segment's choice: a rule may begin at `word` when one of its first
    words' prefixes is a prefix of it (or its first words are unknown, or it may begin with a mark)."""
    if prefixes is None or "" in prefixes:
        return True
    return any(word[:k] in prefixes for k in range(1, min(len(word), index.PREFIX) + 1))


@pytest.mark.parametrize("lang", _LANGS)
def test_segments_choose_the_rules_each_rule_would_choose(lang):
    """A segment looks its rules up by the start word's prefixes: the same rules, in grammar order, as
    asking every rule whether it may begin there (`_may_begin` and its first characters)."""
    idx = language_of(lang).index
    keys = {index.start_key(low, i) for text in _date_texts(40, seed=31)
            for low in [index.lower(text)] for i in range(len(low))}
    for segments in idx.by_kinds.values():
        for segment in segments:
            for key in sorted(keys):
                ch = key[0]
                word = ("0" + key[1:] if ch.isdecimal() else key) if re.match(r"\w", ch) else None
                want = tuple(r for r in segment.rules if (segment.firsts[r] is None or ch in segment.firsts[r])
                             and (word is None or _may_begin(segment.table.prefixes[r], word)))
                entry = segment[key] if len(segment) < index.MAX_KEYS or key in segment else segment._entry(ch, word)
                assert (entry and tuple(r for r, _ in entry)) == (want or None), (lang, key)


@pytest.mark.parametrize("lang", _LANGS)
def test_prefix_table_finds_the_rules_each_rule_would_choose(lang):
    """The grammar's prefix table (shared by its segments, its answers kept per word) gives the rules
    that asking each rule whether it may begin at the word gives, whether asked first or again."""
    table = next(s.table for segments in language_of(lang).index.by_kinds.values() for s in segments)
    words = sorted({w for text in _date_texts(40, seed=37) for w in re.findall(r"\w+", index.lower(text))})
    words += ["0", "0st", "q0", "septem", "s", "x" * 20]
    for _ in range(2):
        for word in words:
            want = {k for k, r in enumerate(table.rules) if _may_begin(table.prefixes[r], word)}
            assert table.positions(word) == want, (lang, word)
    fresh = index.PrefixTable(table.rules, table.prefixes)
    assert all(fresh.positions(w) == table.positions(w) for w in words)


def test_habitual_pieces_are_in_every_habitual_match():
    """The whole-text check for habitual words looks for a piece of each first (`_habitual_pieces`): a
    text the regex finds one in always holds a piece, whatever its spaces and apostrophes."""
    rng = random.Random(13)
    for profile in all_profiles():
        pattern, pieces = tense._habitual_re(profile), tense._habitual_pieces(profile)
        if pattern is None:
            continue
        for word in profile.habitual_words:
            for _ in range(5):
                variant = "".join(rng.choice([" ", "\n", "  \t"]) if ch == " " else rng.choice("'’") if ch == "'"
                                  else ch for ch in word)
                padded = " " + rng.choice(["", "x ", "1. "]) + variant + rng.choice(["", ".", " y"])
                assert pattern.search(padded), (profile.code, padded)
                assert any(piece in padded for piece in pieces), (profile.code, padded)


def test_last_match_is_the_last_of_finditer_within_the_bounds():
    from newsbeam.transforms.dates.patterns import last_match

    pattern = re.compile(r"\bwhen\b")
    text = "when he said when they met, when"
    assert last_match(pattern, text, 0, 20).start() == 13        # (the third one ends past 20)
    assert last_match(pattern, text, 0, len(text)).start() == 28
    assert last_match(pattern, text, 1, 12) is None


@pytest.mark.parametrize("lang, text, hour", [("es", "La sesión empieza a las 10 en el pleno.", "10"),
                                              ("pl", "Sesja zacznie się o godz. 18 w sejmie.", "18")])
def test_an_hour_noun_makes_its_hour_the_head_not_its_article(lang, text, hour):
    """`las` (an article as often as an hour noun's word) is no head word: the hour after an hour noun is,
    tried with every rule; an article elsewhere is tried with nothing (`las casas de las afueras`)."""
    idx = language_of(lang).index
    low = index.lower(text)
    found = [(low[s:e], kinds) for s, e, kinds in idx.heads(text, low, " " + low)]
    assert found == [(hour, idx.every_kind)]
    assert "las" not in idx.head_kinds and "godz" not in idx.head_kinds
    assert [m.text for m in extract_dates(text, dt.date(2024, 12, 20), lang)] == [hour]
    assert idx.heads("las casas de las afueras", "las casas de las afueras", " las casas de las afueras") == []
