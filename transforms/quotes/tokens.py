"""Tokens and sentences: the words around a quotation, with their offsets into the article.

Quotations inside a window are masked as one `QUOTE_TOKEN`, so a cue never reads words
from inside someone's quotation. Everything here is linear in the text: a sentence is
tokenised only as far as a reader needs, and walks over quotations are bounded.
"""
from __future__ import annotations

import bisect
import re

from newsbeam.transforms.quote_lexicon import NAME_PARTICLES
from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.marks import Spans, para_end_of

__all__ = [
    "Tok", "tokenize", "QUOTE_TOKEN", "TERMINAL", "DASHES", "is_abbreviation", "ends_sentence",
    "sentence_start", "sentence_bounds", "clause_end", "next_paragraph", "next_paragraph_at",
    "Windows", "NAME_WORD", "NAME_RE", "CAP",
]

# A word keeps inner apostrophes, hyphens and dots (`Putin’s`, `U.S.`, `Mr.`); anything
# else is a one-character punctuation token. (Written as runs of word characters rather
# than one character at a time, `[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]`: the same
# tokens, about a third faster, and this regex runs over every window tokenised.)
TOKEN_RE = re.compile(r"(?![_\s])(?:\w[\w\-]*(?:[’'.][^\W_][\w\-]*)*\.?|\W)")
# (`[.!?…][.!?…]*` rather than `[.!?…]+`: a pattern opening with a plain character class
# lets a search skip to the next candidate at C speed instead of trying every position.)
SENT_END_RE = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*\s+(?=[\"'“‘«„»‚(\[]*[A-Z\u00C0-\u00DE\u0400-\u042F\d])")
_STOP_RE = re.compile(r"[.!?]\s")
_SPACE_RE = re.compile(r"\s")
TERMINAL = (".", "!", "?", "…")
DASHES = ("—", "–", "-", "―")
QUOTE_TOKEN = "\u201cQ\u201d"   # stands for a masked quotation inside a window

# Capital letters: ASCII, Latin-1, Latin Extended-A (which interleaves capitals and small
# letters: `Ł` but not `ł`, so they are listed one by one) and Cyrillic.
CAP = "A-Z\u00C0-\u00D6\u00D8-\u00DE" + "".join(
    re.escape(c) for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "\u0400-\u042F"
# One capitalised word: an abbreviation or initial with its dot (`Mr.`, `J.`), or a word
# without one, so a run never crosses a sentence end (`Peskov. Speaking`). (The capital
# stands first, outside the alternatives, so that a search skips to the next capital at C speed.)
NAME_WORD = rf"[{CAP}](?:[a-z]{{0,3}}\.|[\w\-]*(?:[’'][\w]+)?)"
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
# A run of capitalised words, allowing name particles: "Ursula von der Leyen", "Dmitry Peskov".
NAME_RE = re.compile(rf"{NAME_WORD}(?:[ \t\u00a0]+(?:(?:{_PARTICLES})[ \t]+)*{NAME_WORD})*")


class Tok:
    """A word or punctuation token with its offsets into the article text."""
    __slots__ = ("text", "low", "start", "end", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.low, self.is_word, self.is_cap = _WORD_FACTS.get(text) or _word_facts(text)


# token text -> (low, is_word, is_cap): a text repeats its words, and a tuple lookup is
# cheaper than lower-casing and classifying each token again (bounded: emptied when full)
_WORD_FACTS: dict[str, tuple[str, bool, bool]] = {}
_WORD_FACTS_KEPT = 100_000


def _word_facts(text: str) -> tuple[str, bool, bool]:
    if len(_WORD_FACTS) >= _WORD_FACTS_KEPT:
        _WORD_FACTS.clear()
    c = text[0]
    # a token ends in at most one dot (`Mr.`, `said.`): `low` is the word without it
    facts = _WORD_FACTS[text] = (text[:-1].lower() if len(text) > 1 and text[-1] == "." else text.lower(),
                                 c.isalnum(), c.isupper())
    return facts


def tokenize(text: str, start: int, end: int, limit: int = 0) -> list[Tok]:
    """Tokens of text[start:end]; at most `limit` of them when limit > 0.

    The hot loop of the package. `findall` hands back plain strings (no match objects),
    and each token's offset is found with `str.find` from the end of the one before
    (only spaces and `_` lie between tokens, so the next occurrence is the token itself).
    """
    words = TOKEN_RE.findall(text, start, end)
    if limit:
        del words[limit:]
    out = []
    pos = start
    new, facts, find = object.__new__, _WORD_FACTS.get, text.find
    for w in words:
        i = find(w, pos)
        pos = i + len(w)
        t = new(Tok)                          # (Tok's fields set here: no __init__ call per token)
        t.text, t.start, t.end = w, i, pos
        t.low, t.is_word, t.is_cap = facts(w) or _word_facts(w)
        out.append(t)
    return out


def is_abbreviation(lx: Lexicon, word: str) -> bool:
    w = word.lower().rstrip(".")
    return len(w) == 1 or w in lx.abbreviations or ("." in w and len(w) <= 5)


def ends_sentence(lx: Lexicon, t: Tok) -> bool:
    """A word carrying the full stop of its sentence (`Präsident.`), not an abbreviation (`Mr.`)."""
    return t.text.endswith(".") and t.is_word and not is_abbreviation(lx, t.text)


def sentence_start(lx: Lexicon, text: str, lo: int, hi: int) -> int:
    """Start of the sentence that contains position `hi`, not before `lo`."""
    # (the search reads a little past `hi`: a sentence may end right before the opening mark at
    # `hi`, and the look-ahead for the next sentence's capital must see that mark and the letter)
    # The last sentence end wins, so the candidates are read back from the last: usually only
    # one is tested for an abbreviation, however many sentences the stretch holds. And usually
    # the stretch is read only from the letter before its last full stop: no sentence end holds
    # a letter, so a search from one finds the ends after it that a search from `lo` finds.
    last = max(text.rfind(".", lo, hi), text.rfind("!", lo, hi), text.rfind("?", lo, hi), text.rfind("…", lo, hi))
    if last < 0:
        return lo                         # (a sentence end opens with one of these before `hi`)
    q = last - 1
    while q > lo and not text[q].isalnum():
        q -= 1
    for start in ((q, lo) if q > lo else (lo,)):
        for m in reversed(list(SENT_END_RE.finditer(text, start, min(len(text), hi + 4)))):
            if m.end() > hi:
                continue
            k = m.start()
            if text[k] == "." and is_abbreviation(lx, text[_word_start(text, lo, k):k]):
                continue                  # (only a full stop can be an abbreviation's)
            return m.end()
    return lo


def _gap_ends_sentence(text: str, spans: Spans, j: int, lo: int, hi: int) -> bool:
    """Does quotation j end its sentence, given the text text[lo:hi] after it?"""
    inner = text[spans[j][1]:spans[j][2]].rstrip()
    gap = text[lo:hi]
    return inner[-1:] in TERMINAL and (gap.strip() == "" or (gap[:1].isspace() and gap.lstrip()[:1].isupper()))


_RUNS_TRIED = 4   # tokenised stretches tried for one that covers a stretch asked for (nearest starts first)

_MAX_WALK = 8   # quotations in one sentence, either side of a quotation: more are stray marks


def sentence_bounds(lx: Lexicon, text: str, spans: Spans, k: int, para_start: int, para_end: int) -> tuple[int, int]:
    """(start, end) of the sentence around quotation k.

    A sentence ends only where a full stop stands outside the quotations, so finding one
    walks over the quotations a sentence holds; the walk stops after `_MAX_WALK` of them
    either way, so thousands of stray marks in one sentence cost linear time.
    """
    hi = spans[k][0]
    j = k - 1
    while True:
        gap_lo = spans[j][3] if j >= 0 and spans[j][3] > para_start else para_start
        lo = sentence_start(lx, text, gap_lo, hi)
        if lo > gap_lo or gap_lo == para_start or k - j > _MAX_WALK or \
                _gap_ends_sentence(text, spans, j, gap_lo, hi):
            break
        hi = spans[j][0]
        j -= 1
    last = k
    while True:
        nxt = spans[last + 1][0] if last + 1 < len(spans) and spans[last + 1][0] < para_end else para_end
        if _gap_ends_sentence(text, spans, last, spans[last][3], nxt) and nxt != para_end or last - k >= _MAX_WALK:
            return lo, spans[last][3]
        m = SENT_END_RE.search(text, spans[last][3], nxt)
        if m or nxt == para_end:
            return lo, (m.start() + 1 if m else para_end)
        last += 1


def clause_end(lx: Lexicon, text: str, c: int, hi: int) -> int:
    """Where the sentence after a closing mark ends (an abbreviation's dot does not end it).

    `,” he said. “…` needs three tokens; tokenising on to the next quotation would cost more.
    """
    for m in _STOP_RE.finditer(text, c + 1, hi):
        k = m.start()
        if not is_abbreviation(lx, text[_word_start(text, c, k):k]):
            return k + 1
    return hi


def _word_start(text: str, lo: int, k: int) -> int:
    """Start of the run of letters, digits and dots that ends at `k` (not before `lo`): the word
    a full stop at `k` closes. Usually a space bounds it, found at C speed; else read back."""
    w = max(lo, text.rfind(" ", lo, k) + 1)
    if w < k and text[w:k].replace(".", "").isalnum():
        return w
    w = k
    while w > lo and (text[w - 1].isalnum() or text[w - 1] == "."):
        w -= 1
    return w


def next_paragraph_at(text: str, k: int) -> int:
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def next_paragraph(text: str, para_start: int) -> int:
    """Start of the paragraph after the one starting at `para_start` (blank lines skipped)."""
    return next_paragraph_at(text, para_end_of(text, para_start))


class Windows:
    """Token windows around quotations, quotations inside each replaced by one token.

    A sentence is tokenised from its start only as far as a reader needs: most cues
    stand before the quotation, so the words after it are read only when no earlier
    cue is found. The tokens read so far are kept per sentence start and extended on
    demand, and the quotations of one sentence share them.
    """

    def __init__(self, text: str, spans: Spans):
        self.text = text
        self.spans = spans
        self.opens = [sp[0] for sp in spans]
        # sentence start -> [tokens, end of the text tokenised, index of the next quotation,
        #                    {quotation index: index of its quote token}]
        self.cache: dict[int, list] = {}
        # Tokens read by `after` and `near` for a cue, kept for the sentence windows that cover
        # them again (each pair ends or starts at a space, where tokens read from anywhere agree):
        # a closing mark's position c -> (p, tokens of text[c:p]) (`after`),
        # a quotation's index -> (p, tokens of text[p:its opening mark]) (`near`).
        self.heads: dict[int, tuple[int, list[Tok]]] = {}
        self.tails: dict[int, tuple[int, list[Tok]]] = {}
        # Every stretch of text (no quotation inside) tokenised so far, as (start, covered end,
        # tokens), sorted by start, so that a stretch read again inside one of them takes its
        # tokens (see `tokens`); and results of pure readers of the text, keyed by the reader
        # (see `memo`).
        self._run_starts: list[int] = []
        self._runs: list[list] = []     # [start, covered end, tokens, their starts (when first asked)]
        self.memo: dict = {}

    def tokens(self, lo: int, hi: int, limit: int = 0) -> list[Tok]:
        """`tokenize(text, lo, hi, limit)`, from a stretch already tokenised when one covers it.

        Identical by construction: no token holds a space or `_` (the only characters between
        tokens), and a token is matched from its first character on, reading no further than
        its end (plus one character that it does not take), so the tokens of a stretch that lie
        wholly inside text[lo:hi] are those `tokenize` finds there, as long as neither `lo` nor
        `hi` falls strictly inside one of the stretch's tokens. Else the text is tokenised."""
        if lo >= hi:
            return []
        runs = self._runs
        i = bisect.bisect_right(self._run_starts, lo) - 1
        for r in range(i, max(-1, i - _RUNS_TRIED), -1):
            run = runs[r]
            if run[1] < hi:
                continue
            toks, starts = run[2], run[3]
            if starts is None:
                starts = run[3] = [t.start for t in toks]    # (once a stretch is asked for again)
            a = bisect.bisect_left(starts, lo)
            if a and toks[a - 1].end > lo:
                continue                              # (`lo` inside a token)
            b = bisect.bisect_left(starts, hi, a)
            if b and toks[b - 1].end > hi:
                continue                              # (`hi` inside a token)
            if limit and b - a > limit:
                b = a + limit
            return toks[a:b]
        toks = tokenize(self.text, lo, hi, limit)
        if toks:
            # (cut by `limit`, the tokens cover the text up to the last one's end)
            covered = toks[-1].end if limit and len(toks) == limit else hi
            self._run_starts.insert(i + 1, lo)       # (i + 1: where bisect_right put `lo`, above)
            runs.insert(i + 1, [lo, covered, toks, None])
            return toks[:]
        return toks

    def _extend(self, lo: int, hi: int) -> list:
        entry = self.cache.get(lo)
        if entry is None:
            spans = self.spans
            first = bisect.bisect_left(self.opens, lo)
            start = spans[first - 1][3] if first > 0 and spans[first - 1][3] > lo else lo
            entry = self.cache[lo] = [[], start, first, {}]   # (a start inside a quotation skips it)
        toks, pos, j, at = entry
        if pos < hi:
            text, spans = self.text, self.spans
            while j < len(spans) and spans[j][0] < hi:
                o, _, _, c = spans[j]
                self._segment(toks, pos, o, self.tails.get(j))
                at[j] = len(toks)
                toks.append(Tok(QUOTE_TOKEN, o, c))
                pos = c
                j += 1
            if pos < hi:
                self._segment(toks, pos, hi, None)
                pos = hi
            entry[1], entry[2] = pos, j
        return entry

    def _segment(self, toks: list[Tok], pos: int, end: int, tail: tuple[int, list[Tok]] | None) -> None:
        """Append the tokens of text[pos:end] (no quotation inside) to `toks`, taking those that
        `after` (from `pos`) or `near` (`tail`, up to `end`) already read."""
        head = self.heads.get(pos)
        if head is not None and head[0] <= end:
            toks.extend(head[1])
            pos = head[0]
        if tail is not None and pos <= tail[0]:
            toks.extend(self.tokens(pos, tail[0]))
            toks.extend(tail[1])
        else:
            toks.extend(self.tokens(pos, end))

    def after(self, k: int, end: int, limit: int) -> list[Tok]:
        """`tokenize(text, c, end, limit)` after quotation k's closing mark `c` (the cue read
        first), its tokens up to their last space kept for the sentence windows that go on past
        the quotation (`before` of the next quotation in the sentence, `window`)."""
        text = self.text
        c = self.spans[k][3]
        toks = self.tokens(c, end, limit)
        for i in range(len(toks) - 1, -1, -1):
            p = toks[i].end
            if p < len(text) and text[p].isspace():
                self.heads[c] = (p, toks[:i + 1])
                break
        return toks

    def before(self, k: int, lo: int) -> list[Tok]:
        """Tokens from `lo` up to and including quotation k's token (the last one)."""
        entry = self._extend(lo, self.spans[k][0] + 1)
        return entry[0][:entry[3][k] + 1]

    def stretch(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of text[lo:hi] for any `lo` (even inside a word), not kept."""
        spans = self.spans
        first = bisect.bisect_left(self.opens, lo)
        if first > 0 and spans[first - 1][3] > lo:
            lo = spans[first - 1][3]              # starts inside a quotation: skip it
        last = bisect.bisect_left(self.opens, hi) - 1
        toks: list[Tok] = []
        pos = lo
        for o, s, e, c in spans[first:last + 1]:
            toks.extend(self.tokens(pos, o))
            toks.append(Tok(QUOTE_TOKEN, o, c))
            pos = c
        toks.extend(self.tokens(pos, hi))
        return toks

    def near(self, k: int, lo: int) -> list[Tok]:
        """`stretch(lo, o)`, the words just before quotation k's opening mark `o`. A cue is looked
        for there first, then, when none is found, in the whole sentence: the tokens after the
        first space of the stretch (outside quotations) are kept for the sentence's `before(k)`.
        (No token holds a space, so tokens read from any start before it are the same after it.)"""
        spans = self.spans
        o = spans[k][0]
        toks = self.stretch(lo, o)
        start = spans[k - 1][3] if k and spans[k - 1][3] > lo else lo
        space = _SPACE_RE.search(self.text, start, o)
        if space is not None:
            p = space.start()
            i = 0
            while i < len(toks) and toks[i].start < p:
                i += 1
            self.tails[k] = (p, toks[i:])
        return toks

    def window(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of text[lo:hi]; `hi` is a sentence end, never inside a word."""
        toks = self._extend(lo, hi)[0]
        n = len(toks)
        while n and toks[n - 1].start >= hi:
            n -= 1
        return toks[:n]
