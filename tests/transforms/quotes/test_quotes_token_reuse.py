"""Tokens taken from a stretch already tokenised are the tokens `tokenize` finds (quotes speed, round 8).

`Windows.tokens(lo, hi, limit)` serves a stretch from one read before that covers it; it must
give exactly `tokenize(text, lo, hi, limit)` whatever was read before, wherever `lo` and `hi`
fall (between words, inside a word, on a dot or an apostrophe that a word may hold).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeam.transforms.quotes import marks, tokens
from newsbeam.transforms.quotes.lexicon import lexicon_for

from newsbeam_dev.evaluation import REPO

LX = lexicon_for(None)

# the characters the token pattern treats specially: word characters, `_`, spaces, the dot,
# apostrophes and hyphens a word may hold, punctuation and quotation marks
ALPHABET = "aZé1_ .’'-,:“”«»\n\u00a0"


def _as_read(toks):
    return [(t.text, t.start, t.end, t.low, t.is_word, t.is_cap) for t in toks]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60),
       reads=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 5)), max_size=12))
def test_tokens_served_from_earlier_reads_are_tokenize(text, reads):
    win = tokens.Windows(text, [])
    for a, b, limit in reads:
        lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
        assert _as_read(win.tokens(lo, hi, limit)) == _as_read(tokens.tokenize(text, lo, hi, limit)), (lo, hi, limit)


def test_a_stretch_inside_one_read_before_is_not_tokenised_again():
    text = "Then Mr. O’Neil said the U.S. plan, co-signed by all, was fine."
    win = tokens.Windows(text, [])
    whole = win.tokens(0, len(text))
    lo, hi = text.index("said"), text.index(" was")
    part = win.tokens(lo, hi)
    assert [t.text for t in part] == ["said", "the", "U.S.", "plan", ",", "co-signed", "by", "all", ","]
    assert part[0] is whole[3]                                  # (taken, not read again)
    # inside a word, or cutting one: read afresh, as `tokenize` reads it
    for lo, hi in ((text.index("’Neil"), hi), (0, text.index(".S.") + 2), (text.index("U.S.") + 1, hi)):
        assert _as_read(win.tokens(lo, hi)) == _as_read(tokens.tokenize(text, lo, hi))


def test_the_sample_articles_read_the_same_in_any_order():
    for path in sorted((REPO / "samples" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = marks.scan_quote_spans(text, LX)
        win = tokens.Windows(text, spans)
        for step in (97, 41, 13):
            for lo in range(0, len(text), step):
                hi = min(len(text), lo + 3 * step)
                assert _as_read(win.tokens(lo, hi, step % 7)) == _as_read(tokens.tokenize(text, lo, hi, step % 7))
