"""The shortcuts that keep `extract_quotes` fast must not change what it finds.

Each shortcut skips work only where the skipped step provably finds nothing, or
rewrites a pattern into an equivalent, faster one; these tests hold them to that on
tricky strings and the sample articles.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from transforms.lang import SUPPORTED
from transforms.quotes import cues, marks, nonquotes, speakers, tokens
from transforms.quotes.lexicon import lexicon_for

# every language's lexicon, and the union read for a text in no known language
LEXICONS = [lexicon_for(code) for code in (None, *SUPPORTED)]
LX = lexicon_for(None)

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples" / "articles").glob("*.txt"))
TRICKY = [
    "“It’s over,” Peskov said. U.S. officials—and Mr. Smith’s aides—weren’t sure... Then: ‘no.’",
    "_under_score __init__ a_b 3.5. 1,000 co-op rock'n'roll O'Neil’s 'em '90s ¿Qué? «Oui», dit-il.",
    "Dr. J. R. R. Tolkien; etc.. Next… Done!? “Yes.” – powiedziała. \u00a0Ursula von der Leyen",
]


def _texts() -> list[str]:
    return TRICKY + [p.read_text(encoding="utf-8") for p in SAMPLES]


@pytest.mark.parametrize("text", _texts())
def test_rewritten_patterns_match_the_originals(text):
    originals = {
        tokens.TOKEN_RE: re.compile(r"[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]"),
        tokens.SENT_END_RE: re.compile(tokens.SENT_END_RE.pattern.replace("[.!?…][.!?…]*", "[.!?…]+", 1)),
        tokens.NAME_RE: re.compile(tokens.NAME_RE.pattern.replace(
            rf"[{tokens.CAP}](?:[a-z]{{0,3}}\.|", rf"(?:[{tokens.CAP}][a-z]{{0,3}}\.|[{tokens.CAP}]")),
    }
    for fast, slow in originals.items():
        assert fast.pattern != slow.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def _quote_sites(lx, text):
    found = [sp for sp in marks.scan_quote_spans(text, lx) if nonquotes.has_word(text, sp[1], sp[2])]
    spans = nonquotes.drop_non_quotations(lx, text, found)
    for k, (o, s, e, c) in enumerate(spans):
        para_end = marks.para_end_of(text, c)
        post_end = min(para_end, spans[k + 1][0]) if k + 1 < len(spans) else para_end
        yield spans, k, c, min(post_end, c + 160)


@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
@pytest.mark.parametrize("text", _texts())
def test_after_quote_needs_a_word_first(text, lx):
    """Where the `after_quote` cue skips reading the clause, reading it would have found nobody."""
    for _, _, c, hi in _quote_sites(lx, text):
        w = cues._WORD_AFTER_MARK_RE.match(text, c, hi)
        toks = tokens.tokenize(text, c, tokens.clause_end(lx, text, c, hi), limit=16)
        if w:
            first = next(t for t in toks if t.is_word)
            assert (w.start(1), w[1].lower()) == (first.start, first.low)
        if not w or cues._no_cue_after(lx, w[1]):
            assert cues._after_quote(lx, toks, True) is None and cues._after_quote(lx, toks, False) is None


@pytest.mark.parametrize("tail", [" the minister said.", " Peskov said.", " said Peskov.", " he said.",
                                  ", said the official.", " a-t-il dit.", " told reporters.", " - Ana Pérez"])
@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
def test_words_that_skip_after_quote_never_start_an_attribution(tail, lx):
    """The `after_quote` cue gives up when one of these words follows the mark: whatever comes next, it finds nobody."""
    assert lx.no_cue_after
    for word in sorted(lx.no_cue_after):
        text = "“Fine,” " + word + tail
        toks = tokens.tokenize(text, text.index("”") + 1, len(text), limit=16)
        assert cues._after_quote(lx, toks, False) is None and cues._after_quote(lx, toks, True) is None, word


def test_english_stop_words_skip_after_quote():
    assert {"and", "which", "because", "when"} <= lexicon_for("en").no_cue_after


def test_after_quote_check_on_punctuation_alone():
    text = "“Fine” (he said). “Fine”. He said. “Fine” — Carlos Raúl. “Fine”, said Ana."
    starts = [m.end() for m in re.finditer("”", text)]
    assert [bool(cues._WORD_AFTER_MARK_RE.match(text, c, len(text))) for c in starts] == [False, False, True, True]


@pytest.mark.parametrize("text", _texts())
def test_runs_read_line_by_line_are_the_whole_text_runs(text):
    spans = marks.scan_quote_spans(text)
    resolver = speakers.Resolver(LX, text, spans)
    everywhere = [m.span() for m in resolver._all_runs()[0]]   # (the whole-text index `description` walks)
    for pos in range(0, len(text) + 1, 37):
        expected = [sp for sp in reversed(everywhere) if sp[1] <= pos]
        got = [m.span() for m in resolver._runs_before(pos, span=len(text) + 1)]
        assert got == expected
        near = [m.span() for m in resolver._runs_before(pos, span=200)]
        cut = next((i for i, sp in enumerate(expected) if sp[0] < pos - 200), len(expected))
        assert near == expected[:cut]
