"""Quotation marks: which marks pair up into quotations (one left-to-right pass).

A regex-free scan lists the marks only (prose between them is never looked at), and a
small stack pairs openers with closers. Flanking (what stands either side of a mark) decides
whether a mark may open or close, so `Putin’s` and `doesn’t` stay apostrophes; a paragraph that
ends inside a quotation continues it only when the next paragraph opens with the same mark
(the multi-paragraph convention); anything else left open is dropped.
"""
from __future__ import annotations

import re
import unicodedata

from newsbeam.transforms.quote_lexicon import OPENER_CLOSERS
from newsbeam.transforms.quotes.lexicon import Lexicon, lexicon_for

__all__ = ["Spans", "scan_quote_spans", "para_end_of", "split_interrupted"]

# A quotation's span: (opening mark, text start, text end, closing mark), text[start:end] inside the marks.
Spans = list[tuple[int, int, int, int]]
_MAX_DEPTH = 6   # deeper nesting is noise (stray marks); bounding it keeps the pass linear


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace() and unicodedata.category(ch)[0] in "PS"


def _flanking(text: str, i: int, j: int) -> tuple[bool, bool]:
    """(left_flanking, right_flanking) of the mark text[i:j], as CommonMark defines them.

    Left-flanking marks can open (`“Hello`), right-flanking ones can close (`end.”`).
    """
    prev = _CHAR_KIND[text[i - 1]] if i > 0 else "s"
    nxt = _CHAR_KIND[text[j]] if j < len(text) else "s"
    left = nxt != "s" and (nxt != "p" or prev != "w")
    right = prev != "s" and (prev != "p" or nxt != "w")
    return left, right


class _CharKinds(dict):
    """Character -> 's' (space), 'p' (punctuation or symbol) or 'w' (anything else).

    Each character is classified once per process: every quotation mark asks about
    both its neighbours, and the Unicode category lookup is the slow part.
    """

    def __missing__(self, ch: str) -> str:
        kind = self[ch] = "s" if ch.isspace() else "p" if _is_punct(ch) else "w"
        return kind


_CHAR_KIND = _CharKinds()


def _roles(text: str, m: str, i: int, j: int, elisions: frozenset[str], spaced: bool = False) -> tuple[bool, bool]:
    """(may_open, may_close) for mark `m` at text[i:j].

    The glyph says what a mark usually does; flanking settles the marks that serve
    both ways (straight quotes, “ as English opener and German closer, » in German).
    A mark may do both: the scanner tries closing an open quotation first.
    """
    if m == '"':
        # straight double quote (most marks): a spaced one (`center,' " she said`) can still close
        left, right = _flanking(text, i, j)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if before.isspace() and after.isspace():
            return True, True            # padded inside: `" Siamo contrari … 2050. "`
        if before.isspace() and after in ",.;:!?":
            return left, True            # a padded closer: `… più scientifiche ", hanno detto`
        return left, right or not left
    # (languages that mix marks, `mixed_closers`: not English, whose spaced marks are stray)
    if spaced and m in "“”«»" and 0 < i and text[i - 1].isspace() and (
            j >= len(text) or text[j].isspace() or text[j] in ",.;:!?"):
        return True, True                # spaced on both sides, either way round: `” préoccupante “.`, `» … «`
    if m in _OPEN_ONLY:
        return True, False
    if m in _CLOSE_ONLY:
        return False, True
    left, right = _flanking(text, i, j)
    only_left, only_right = left and not right, right and not left
    if m == "''":
        # Two apostrophes only ever close (the end of TimeBank/LaTeX ``…''). As an opener
        # they are ambiguous ASCII: inches (6'' 2), seconds, a stray closer; the NYT
        # archive's ''…'' convention is not one of the quotation styles we read.
        return False, True
    if m in "“‘":
        if m == "‘" and left and right and text[i - 1].isalnum() and text[j].isalnum():
            return False, False          # Hawai‘i: a misused apostrophe
        return not only_right, right
    if m in "”»›":
        # closes unless it stands like an opener after a space (Swedish ”…”, German »…«)
        opener_like = only_left and (i == 0 or text[i - 1].isspace() or m != "”")
        return opener_like, not (only_left and m == "”" and (i == 0 or text[i - 1].isspace()))
    if m in "«‹":
        return True, only_right
    if m == "’":
        return False, right
    if m == "'":
        if only_left:
            k = j
            while k < len(text) and text[k].isalpha():
                k += 1
            if text[j].isdigit() or text[j:k].lower() in elisions:
                return False, False      # '90s, 'em, 'cause
            return True, False
        return False, not left
    raise ValueError(f"not a quotation mark: {m!r}")


_OPEN_ONLY = frozenset({"„", "‚", "「", "『", "``", "<<"})
_CLOSE_ONLY = frozenset({"」", "』", ">>"})


def _weak_single_closer(text: str, i: int, j: int) -> bool:
    """`players’ union`: a plural possessive followed by a lower-case word."""
    return (i > 0 and text[i - 1] in "sS" and j + 1 < len(text) and text[j] == " "
            and text[j + 1].islower())


_STRONG_SINGLE_CLOSER_RE = re.compile(r"(?<![sS\s])[’'](?![^\W_])")


class _Open:
    """A quotation opened but not yet closed."""
    __slots__ = ("mark", "open_pos", "start", "closers", "children", "own_closer_at")

    def __init__(self, mark: str, open_pos: int, start: int):
        self.mark = mark
        self.open_pos = open_pos    # where the opening mark is
        self.start = start          # first character inside the mark
        self.closers = OPENER_CLOSERS[mark]
        self.children: list[tuple[int, int, int, int]] = []
        self.own_closer_at: int | None = None   # where its own closer is next (-1: none near), once asked


def _mixed_closer(text: str, entry: _Open, m: str, j: int, para_end: int, mixed: bool) -> bool:
    """May the double mark `m` (ending at j) close `entry`, opened with another double mark, as in
    `“I veri italiani sono analfabeti"` or `"…Europa''`? Only when none of the entry's own closers
    follows in its paragraph (looked for once per quotation, within a bounded stretch)."""
    if not mixed or m not in _MIXED_CLOSERS or entry.mark not in _MIXED_OPENERS:
        return False
    if entry.own_closer_at is None:
        hi = min(para_end, j + _MIXED_REACH)
        entry.own_closer_at = min((k for k in (text.find(c, j, hi) for c in entry.closers) if k >= 0), default=-1)
    return entry.own_closer_at < 0


_MIXED_OPENERS = frozenset({"“", "„", '"'})
_MIXED_CLOSERS = frozenset({'"', "''", "”", "“"})
_MIXED_REACH = 2000   # characters searched for a quotation's own closer before a mixed one may close it


_MARK_CHARS = "\"“”„«»‹›「」『』‘‚'’`<>"


def _marks(text: str) -> list[tuple[str, int, int]]:
    """(mark, start, end) for every candidate mark, in text order.

    `str.find` per mark character is a C-speed scan, many times faster than a regex
    over the whole text. A single quote between two word characters (`doesn’t`,
    `Putin’s`) is an apostrophe and never listed; `` and '' count as one mark, and
    `?'''` as a single closer followed by a double one (NYT style).
    """
    found: list[tuple[int, int, str]] = []
    n = len(text)
    for ch in _MARK_CHARS:
        i = text.find(ch)
        while i >= 0:
            j = i + 1
            if ch in "'’":
                if 0 < i and j < n and text[i - 1].isalnum() and text[j].isalnum():
                    i = text.find(ch, j)
                    continue                       # an apostrophe
                if ch == "'" and j < n and text[j] == "'":
                    if i > 0 and text[i - 1] == "'":
                        i = text.find(ch, j)
                        continue                   # inside a run already taken
                    k = j
                    while k < n and text[k] == "'":
                        k += 1
                    if k - i == 3:
                        found.append((i, i + 1, "'"))
                        found.append((i + 1, k, "''"))
                    else:
                        found.append((i, i + 2, "''"))
                    i = text.find(ch, k)
                    continue
            elif ch == "`":
                if j < n and text[j] == "`" and (i == 0 or text[i - 1] != "`"):
                    found.append((i, i + 2, "``"))
                i = text.find(ch, j + 1)
                continue
            elif ch in "<>":
                # `<<…>>`: guillemets typed as two ASCII signs (a lone `<` or a run of three is no mark)
                if j < n and text[j] == ch and (i == 0 or text[i - 1] != ch) and (j + 1 >= n or text[j + 1] != ch):
                    found.append((i, i + 2, ch * 2))
                i = text.find(ch, j + 1)
                continue
            found.append((i, j, ch))
            i = text.find(ch, j)
    found.sort()
    return [(m, i, j) for i, j, m in found]


def scan_quote_spans(text: str, lx: Lexicon | None = None) -> Spans:
    """Top-level quotations as (open_mark_pos, start, end, close_mark_end), in text order.

    `text[start:end]` is the quoted text inside the marks. Quotations nested inside
    another are part of the outer one and not listed. Unclosed marks are dropped and
    any quotations closed inside them move up a level. `lx` (default: every language's
    words) says which words an apostrophe may elide (`'em`, `'90s`).
    """
    lx = lx or lexicon_for(None)
    elisions, mixed, reopening = lx.elisions, lx.mixed_closers, lx.reopening_marks
    out: list[tuple[int, int, int, int]] = []
    stack: list[_Open] = []
    n = len(text)
    para_end = para_end_of(text, 0)

    def drop_unclosed(upto: int) -> None:
        while len(stack) > upto:
            gone = stack.pop()
            (stack[-1].children if stack else out).extend(gone.children)

    for m, i, j in _marks(text):
        if i > para_end:
            # Crossed a paragraph break. Continue the open quotation only if the very
            # next paragraph opens with the same mark (the multi-paragraph convention).
            k = para_end
            while k < n and text[k].isspace():
                k += 1
            ended, para_end = para_end, para_end_of(text, i)
            if stack and k == i and m == stack[0].mark:
                drop_unclosed(1)
                if m not in reopening or stack[0].children:
                    continue
                # (a profile's `reopening_marks`: each paragraph's marked segment is a quotation
                # of its own, `…to them.\n\n"We looked…"`, and the mark opens the next one; not
                # a quoted block that quotes others inside it, whose inner quotations are the rows)
                _end_at(text, stack.pop(), ended, stack, out)
            if not (len(stack) == 1 and _closes_later_paragraph(text, stack[0], m, i, j)):
                drop_unclosed(0)
        may_open, may_close = _roles(text, m, i, j, elisions, mixed)
        if may_open and not may_close and stack and stack[-1].mark == m and m in reopening \
                and _after_sentence_end(text, stack[-1].start, i):
            # `…days of rest. "We want…"`: the open segment ends at that sentence (the profile's
            # `reopening_marks`)
            _end_at(text, stack.pop(), i, stack, out)
        if may_close and stack and _close(text, stack, m, i, j, para_end, out, drop_unclosed, mixed):
            continue
        if may_open and len(stack) < _MAX_DEPTH and (i == 0 or text[i - 1] != "="):
            # (a mark right after `=` is markup: <tweet author="...">)
            stack.append(_Open(m, i, j))
    drop_unclosed(0)
    out.sort()
    return out


def _after_sentence_end(text: str, start: int, i: int) -> bool:
    """Does text[start:i] (an open quotation up to a mark at i) end with a finished sentence and a space?"""
    k = i
    while k > start and text[k - 1] in " \t\u00a0":
        k -= 1
    return start < k < i and text[k - 1] in ".?!"


def _end_at(text: str, entry: _Open, end: int, stack: list[_Open], out: Spans) -> None:
    """Record `entry` as a quotation ending at `end` (its trailing spaces left out) with no closing mark."""
    while end > entry.start and text[end - 1].isspace():
        end -= 1
    target = stack[-1].children if stack else out
    if end > entry.start:
        target.append((entry.open_pos, entry.start, end, end))   # (quotations nested in it are part of it)
    else:
        target.extend(entry.children)


def _closes_later_paragraph(text: str, entry: _Open, m: str, i: int, j: int) -> bool:
    """Does the first mark of a later paragraph, `m` at text[i:j], close a quotation that spans
    paragraphs without reopening its marks (`«… .\n\n… .»`)? Only a closer standing as one, a
    paragraph or two later, that ends its own paragraph's text or has the attribution after it."""
    if entry.mark not in _SPANNING or m not in entry.closers or not _roles(text, m, i, j, frozenset())[1]:
        return False
    if text.count("\n", entry.start, i) > 6 or len(text[entry.start:i].split("\n")) > 7:
        return False
    paragraphs = [p for p in text[entry.start:i].split("\n") if p.strip()]
    if len(paragraphs) > 3:
        return False
    rest = text[j:para_end_of(text, j)]
    # (the closer ends its paragraph's text, or the attribution follows it: `…”, ha detto X.`)
    return not rest.strip(" .,;:!?…)\r") or rest[:1] == "," or _DASH_AFTER_RE.match(rest) is not None


# openers a quotation may carry across paragraphs (a straight `"` only closes there when it
# stands like a closer, after a word: `…fondi certi", conclude la nota.`)
_SPANNING = frozenset({"«", "„", "<<", "»", "“", '"'})
_DASH_AFTER_RE = re.compile(r"[.,]?[ \t\u00a0]+[-–—―][ \t\u00a0]+\w")


def _close(text, stack, m, i, j, para_end, out, drop_unclosed, mixed=False) -> bool:
    """Close the innermost open quotation that `m` can end; False if there is none."""
    for d in range(len(stack) - 1, -1, -1):
        entry = stack[d]
        if m in entry.closers or d == len(stack) - 1 and _mixed_closer(text, entry, m, j, para_end, mixed):
            if m in "’'" and _weak_single_closer(text, i, j) and \
                    _STRONG_SINGLE_CLOSER_RE.search(text, j, para_end):
                return False   # `players’ union`: a later ’ closes this quotation
            drop_unclosed(d + 1)
            stack.pop()
            if i > entry.start:
                (stack[-1].children if stack else out).append((entry.open_pos, entry.start, i, j))
            return True
    return False


def para_end_of(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl < 0 else nl




# An attribution set off by dashes inside the marks: `«Je sais – a-t-il dit – que …»`,
# `«Я был там, – рассказывает он. – Это …»`. The dashes stand between spaces (a hyphen
# inside a word is no dash) and the clause between them stays on one line.
# (The pattern opens with an optional mark, so a search tries it at every character; the
# dash between spaces it needs is searched first, a plain character class that skips at C speed.)
_SPACED_DASH_RE = re.compile(r"[ \t\u00a0][-–—―][ \t\u00a0]")
_DASH_CLAUSE_RE = re.compile(r"[,.;:!?…]?[ \t\u00a0]+[-–—―][ \t\u00a0]+([^\n–—―]{2,120}?)[,.;:]?[ \t\u00a0]+[-–—―][ \t\u00a0]+")


# An inverted incise set off by commas inside the marks: `« Avec lui, a-t-elle ajouté, tout change »`.
_COMMA_CLAUSE_RE = re.compile(r",[ \t\u00a0]+([^\n,;:«»\"“”„]{3,60}?),[ \t\u00a0]+")


def split_interrupted(text: str, spans: Spans, is_attribution, is_incise=None) -> Spans:
    """Split each quotation whose marks hold an attribution between dashes into the quoted parts
    before and after it (GUIDE: an interrupted quotation is two entries), so that the attribution
    is read as text outside the quotation. `is_attribution(start, end)` says whether text[start:end]
    is a reporting clause (`ha detto il primate`, `рассказывает академик Петров`)."""
    out: Spans = []
    for o, s, e, c in spans:
        pos = s
        if _SPACED_DASH_RE.search(text, s, e) is None:
            out.append((o, s, e, c))              # (most quotations hold no spaced dash: one fast scan)
            continue
        for m in _DASH_CLAUSE_RE.finditer(text, s, e):
            if m.start() <= pos or m.end() >= e or not is_attribution(m.start(1), m.end(1)):
                continue
            out.append((o, s, m.start(), m.start()))   # (the part ends where the clause begins)
            o, s = m.end(1), m.end()
            pos = m.end()
        out.append((o, s, e, c))
    return _split_incises(text, out, is_incise) if is_incise is not None else out


def _split_incises(text: str, spans: Spans, is_incise) -> Spans:
    """Split a quotation at an inverted incise between commas (`, a-t-elle ajouté,`), as at an
    attribution between dashes; `is_incise(start, end)` says whether text[start:end] is one."""
    out: Spans = []
    for o, s, e, c in spans:
        if "-" not in text[s:e]:
            out.append((o, s, e, c))              # (an inverted pronoun is hyphenated: one fast scan)
            continue
        for m in _COMMA_CLAUSE_RE.finditer(text, s, e):
            if m.start() <= s or m.end() >= e or not is_incise(m.start(1), m.end(1)):
                continue
            out.append((o, s, m.start(), m.start()))
            o, s = m.end(1), m.end()
        out.append((o, s, e, c))
    return out
