"""The shortcuts that keep `extract_quotes` fast must not change what it finds.

Each shortcut skips work only where the skipped step provably finds nothing, or
rewrites a pattern into an equivalent, faster one; these tests hold them to that on
tricky strings and the sample articles.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from transforms import quotes as Q

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
        Q._TOKEN_RE: re.compile(r"[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]"),
        Q._SENT_END_RE: re.compile(Q._SENT_END_RE.pattern.replace("[.!?…][.!?…]*", "[.!?…]+", 1)),
        Q._NAME_RE: re.compile(Q._NAME_RE.pattern.replace(
            rf"[{Q._CAP}](?:[a-z]{{0,3}}\.|", rf"(?:[{Q._CAP}][a-z]{{0,3}}\.|[{Q._CAP}]")),
    }
    for fast, slow in originals.items():
        assert fast.pattern != slow.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def _quote_sites(text):
    spans = Q._drop_non_quotations(text, [sp for sp in Q.scan_quote_spans(text) if Q._has_word(text, sp[1], sp[2])])
    for k, (o, s, e, c) in enumerate(spans):
        para_end = Q._para_end_of(text, c)
        post_end = min(para_end, spans[k + 1][0]) if k + 1 < len(spans) else para_end
        yield spans, k, c, min(post_end, c + 160)


@pytest.mark.parametrize("text", _texts())
def test_after_quote_needs_a_word_first(text):
    """Where `attribute` skips `_after_quote`, running it would have found nobody."""
    for _, _, c, hi in _quote_sites(text):
        w = Q._WORD_AFTER_MARK_RE.match(text, c, hi)
        toks = Q._tokens(text, c, Q._clause_end(text, c, hi), limit=16)
        if w:
            first = next(t for t in toks if t.is_word)
            assert (w.start(1), w[1].lower()) == (first.start, first.low)
        if not w or Q._no_cue_after(w[1]):
            assert Q._after_quote(toks, True) is None and Q._after_quote(toks, False) is None


@pytest.mark.parametrize("tail", [" the minister said.", " Peskov said.", " said Peskov.", " he said.",
                                  ", said the official.", " a-t-il dit.", " told reporters.", " - Ana Pérez"])
def test_words_that_skip_after_quote_never_start_an_attribution(tail):
    """`attribute` skips `_after_quote` when one of these words follows the mark: whatever comes next, it finds nobody."""
    assert {"and", "to", "in", "which"} <= Q._NO_CUE_AFTER
    for word in sorted(Q._NO_CUE_AFTER):
        text = "“Fine,” " + word + tail
        toks = Q._tokens(text, text.index("”") + 1, len(text), limit=16)
        assert Q._after_quote(toks, False) is None and Q._after_quote(toks, True) is None, word


def test_after_quote_check_on_punctuation_alone():
    text = "“Fine” (he said). “Fine”. He said. “Fine” — Carlos Raúl. “Fine”, said Ana."
    starts = [m.end() for m in re.finditer("”", text)]
    assert [bool(Q._WORD_AFTER_MARK_RE.match(text, c, len(text))) for c in starts] == [False, False, True, True]


@pytest.mark.parametrize("text", _texts())
def test_runs_read_line_by_line_are_the_whole_text_runs(text):
    spans = Q.scan_quote_spans(text)
    resolver = Q._Resolver(text, spans)
    everywhere = [m.span() for m in resolver._all_runs()[0]]   # (the whole-text index `description` walks)
    for pos in range(0, len(text) + 1, 37):
        expected = [sp for sp in reversed(everywhere) if sp[1] <= pos]
        got = [m.span() for m in resolver._runs_before(pos, span=len(text) + 1)]
        assert got == expected
        near = [m.span() for m in resolver._runs_before(pos, span=200)]
        cut = next((i for i, sp in enumerate(expected) if sp[0] < pos - 200), len(expected))
        assert near == expected[:cut]
