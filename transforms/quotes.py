"""Direct quotations and who said them, rule-based.

`extract_quotes(text)` runs in three small steps, each a pure function:

1. `scan_quote_spans`: one left-to-right pass over the quotation marks only (a regex finds
   them; prose between marks is never looked at), pairing openers with closers on a
   small stack. Flanking (what stands either side of a mark) decides whether a mark may
   open or close, so `Putin’s` and `doesn’t` stay apostrophes; a paragraph that ends
   inside a quotation continues it only when the next paragraph opens with the same
   mark (the multi-paragraph convention); anything else left open is dropped.
2. `attribute`: for each quotation, the speaker mention from the patterns reporters use:
   after the quote (`,” Peskov said` / `,” said a soldier`), inside the sentence before
   it (`X told reporters that “`, `according to X`, `X’s claim that “`), an introducing
   line ending in a colon, or inherited from the previous quotation of the same speech.
3. `resolve`: who a mention is (`Peskov` -> `Dmitry Peskov`, `he` -> the last named
   person, `the official` -> the last named speaker).

Everything is linear in the text: each regex is anchored on short windows and the
stack depth is bounded.
"""
from __future__ import annotations

import bisect
import itertools
import dataclasses
import re
import unicodedata
from dataclasses import dataclass


from transforms import quote_lexicon as lex
from transforms.stage import ArticleStage

__all__ = ["Quote", "extract_quotes", "scan_quote_spans", "add_quotes", "ExtractQuotes"]


@dataclass(frozen=True, slots=True)
class Quote:
    char_start: int          # offset of first quoted char, inside the marks
    char_end: int            # one past last quoted char, inside the marks
    text: str                # text[char_start:char_end]
    kind: str                # 'sentence' or 'phrase'
    speaker: str | None      # speaker mention as written, None when no speaker
    speaker_start: int | None
    speaker_end: int | None
    speaker_name: str | None  # resolved name, else the mention; None when no speaker


# ================================================================ 1. quotation marks


_OPENER_CLOSERS = lex.OPENER_CLOSERS
_MAX_DEPTH = 6   # deeper nesting is noise (stray marks); bounding it keeps the pass linear


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace() and unicodedata.category(ch)[0] in "PS"


def _flanking(text: str, i: int, j: int) -> tuple[bool, bool]:
    """(left_flanking, right_flanking) of the mark text[i:j], as CommonMark defines them.

    Left-flanking marks can open (`“Hello`), right-flanking ones can close (`end.”`).
    """
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    prev_space, next_space = prev.isspace(), nxt.isspace()
    prev_punct = not prev_space and _is_punct(prev)
    next_punct = not next_space and _is_punct(nxt)
    left = not next_space and (not next_punct or prev_space or prev_punct)
    right = not prev_space and (not prev_punct or next_space or next_punct)
    return left, right


def _roles(text: str, m: str, i: int, j: int) -> tuple[bool, bool]:
    """(may_open, may_close) for mark `m` at text[i:j].

    The glyph says what a mark usually does; flanking settles the marks that serve
    both ways (straight quotes, “ as English opener and German closer, » in German).
    A mark may do both: the scanner tries closing an open quotation first.
    """
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
            if text[j].isdigit() or text[j:k].lower() in lex.ELISIONS:
                return False, False      # '90s, 'em, 'cause
            return True, False
        return False, not left
    # straight double quote: a spaced one (`center,' " she said`) can still close
    return left, right or not left


_OPEN_ONLY = frozenset({"„", "‚", "「", "『", "``"})
_CLOSE_ONLY = frozenset({"」", "』"})


def _weak_single_closer(text: str, i: int, j: int) -> bool:
    """`players’ union`: a plural possessive followed by a lower-case word."""
    return (i > 0 and text[i - 1] in "sS" and j + 1 < len(text) and text[j] == " "
            and text[j + 1].islower())


_STRONG_SINGLE_CLOSER_RE = re.compile(r"(?<![sS\s])[’'](?![^\W_])")


class _Open:
    """A quotation opened but not yet closed."""
    __slots__ = ("mark", "open_pos", "start", "closers", "children")

    def __init__(self, mark: str, open_pos: int, start: int):
        self.mark = mark
        self.open_pos = open_pos    # where the opening mark is
        self.start = start          # first character inside the mark
        self.closers = _OPENER_CLOSERS[mark]
        self.children: list[tuple[int, int, int, int]] = []


_MARK_CHARS = "\"“”„«»‹›「」『』‘‚'’`"


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
            found.append((i, j, ch))
            i = text.find(ch, j)
    found.sort()
    return [(m, i, j) for i, j, m in found]


def scan_quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Top-level quotations as (open_mark_pos, start, end, close_mark_end), in text order.

    `text[start:end]` is the quoted text inside the marks. Quotations nested inside
    another are part of the outer one and not listed. Unclosed marks are dropped and
    any quotations closed inside them move up a level.
    """
    out: list[tuple[int, int, int, int]] = []
    stack: list[_Open] = []
    n = len(text)
    para_end = _para_end_of(text, 0)

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
            para_end = _para_end_of(text, i)
            if stack and k == i and m == stack[0].mark:
                drop_unclosed(1)
                continue
            drop_unclosed(0)
        may_open, may_close = _roles(text, m, i, j)
        if may_close and stack and _close(text, stack, m, i, j, para_end, out, drop_unclosed):
            continue
        if may_open and len(stack) < _MAX_DEPTH and (i == 0 or text[i - 1] != "="):
            # (a mark right after `=` is markup: <tweet author="...">)
            stack.append(_Open(m, i, j))
    drop_unclosed(0)
    out.sort()
    return out


def _close(text, stack, m, i, j, para_end, out, drop_unclosed) -> bool:
    """Close the innermost open quotation that `m` can end; False if there is none."""
    for d in range(len(stack) - 1, -1, -1):
        entry = stack[d]
        if m in entry.closers:
            if m in "’'" and _weak_single_closer(text, i, j) and \
                    _STRONG_SINGLE_CLOSER_RE.search(text, j, para_end):
                return False   # `players’ union`: a later ’ closes this quotation
            drop_unclosed(d + 1)
            stack.pop()
            if i > entry.start:
                (stack[-1].children if stack else out).append((entry.open_pos, entry.start, i, j))
            return True
    return False


def _para_end_of(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl < 0 else nl


# ================================================================ 2. tokens and sentences

# A word keeps inner apostrophes, hyphens and dots (`Putin’s`, `U.S.`, `Mr.`); anything
# else is a one-character punctuation token.
_TOKEN_RE = re.compile(r"[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr st sen rep gov gen lt col capt sgt jr sr inc co corp ltd vs no prof rev
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e ft mt
""".split())
_SENT_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[]*[A-Z\u00C0-\u00DE\u0400-\u042F\d])")
_PRONOUNS = frozenset(lex.PRONOUN_GENDER)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
_PREPS_IN_NP = frozenset({"of", "for", "from", "at", "with", "de", "du", "des", "der", "von"})
_NP_STOP = (lex.CLAUSE_STARTERS | lex.PREPOSITIONS | lex.AUXILIARIES | lex.REPORTING_VERBS) - _PREPS_IN_NP
_TERMINAL = (".", "!", "?", "…")
_QUOTE_TOKEN = "\u201cQ\u201d"   # stands for a masked quotation inside a window


class _Tok:
    """A word or punctuation token with its offsets into the article text."""
    __slots__ = ("text", "low", "start", "end", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.low = text.rstrip(".").lower() if len(text) > 1 else text.lower()
        self.start = start
        self.end = end
        c = text[0]
        self.is_word = c.isalnum()
        self.is_cap = c.isupper()


def _tokens(text: str, start: int, end: int, limit: int = 0) -> list[_Tok]:
    """Tokens of text[start:end]; at most `limit` of them when limit > 0.

    The hot loop of the module: tokens are filled in place (`_Tok.__new__`), which
    skips a Python-level `__init__` call per token.
    """
    it = _TOKEN_RE.finditer(text, start, end)
    if limit:
        it = itertools.islice(it, limit)
    new = _Tok.__new__
    out = []
    for m in it:
        t = new(_Tok)
        w = t.text = m.group()
        t.low = w.rstrip(".").lower() if len(w) > 1 else w.lower()
        t.start, t.end = m.span()
        c = w[0]
        t.is_word = c.isalnum()
        t.is_cap = c.isupper()
        out.append(t)
    return out


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    return len(w) == 1 or w in _ABBREVIATIONS or ("." in w and len(w) <= 5)


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence that contains position `hi`, not before `lo`."""
    start = lo
    for m in _SENT_END_RE.finditer(text, lo, hi):
        k = m.start()
        w0 = k
        while w0 > lo and (text[w0 - 1].isalnum() or text[w0 - 1] == "."):
            w0 -= 1
        if text[k] == "." and _is_abbreviation(text[w0:k]):
            continue
        start = m.end()
    return start


# ================================================================ 3. attribution

@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    kind: str = "np"      # 'np', 'pronoun', 'relative'
    antecedent: tuple[int, int] | None = None   # for `who`: the noun phrase it stands for


def _is_reporting(tokens: list[_Tok], i: int) -> int:
    """Length (in tokens) of the reporting verb starting at tokens[i], or 0."""
    t = tokens[i]
    if not t.is_word:
        return 0
    if i + 1 < len(tokens):
        pair = t.low + " " + tokens[i + 1].low
        if pair in _REPORTING_PHRASES:
            return 2
    return 1 if t.low in lex.REPORTING_VERBS else 0


_REPORTING_PHRASES = frozenset(lex.REPORTING_PHRASES)


def _np_right(tokens: list[_Tok], k: int, limit: int = 10) -> tuple[int, int] | None:
    """Token range [k, end) of the noun phrase starting at tokens[k], read rightwards."""
    n = len(tokens)
    while k < n and (tokens[k].low in lex.ADVERBS and tokens[k].is_word and k + 1 < n
                     and tokens[k + 1].is_word):
        k += 1                                    # "said Tuesday Mr. Smith"
    if k >= n or not tokens[k].is_word:
        return None
    t = tokens[k]
    if t.low in _PRONOUNS and not (t.low in lex.DETERMINERS and k + 1 < n and tokens[k + 1].is_word
                                   and tokens[k + 1].low not in _NP_STOP):
        return k, k + 1                           # (Italian "il ministro" is not French "il")
    end = k
    if t.low in lex.DETERMINERS or not t.is_cap:
        # a description: "a soldier from the Eastern Front", "der freiheitliche Sprecher"
        if t.low in _NP_STOP and t.low not in lex.DETERMINERS:
            return None
        end = k + 1
        while end < n and end - k < limit:
            u = tokens[end]
            if not u.is_word or (u.low in _NP_STOP and not u.is_cap):
                break
            end += 1
        return (k, end) if end > k else None
    # a name, possibly with titles and roles: "Trump campaign manager Corey Lewandowski"
    end = k + 1
    while end < n and end - k < limit:
        u = tokens[end]
        if not u.is_word:
            break
        if u.is_cap or (u.low in lex.NAME_PARTICLES and end + 1 < n and tokens[end + 1].is_cap):
            end += 1
            continue
        # a lower-case run is kept only when a capitalised word follows it closely
        r = end
        while r < n and r - end < 3 and tokens[r].is_word and not tokens[r].is_cap \
                and tokens[r].low not in _NP_STOP:
            r += 1
        if r < n and r > end and tokens[r].is_word and tokens[r].is_cap:
            end = r
            continue
        break
    return k, end


def _np_left(tokens: list[_Tok], k: int, limit: int = 8) -> tuple[int, int] | None:
    """Token range [start, k+1) of the noun phrase ending at tokens[k], read leftwards."""
    if k < 0 or not tokens[k].is_word:
        return None
    t = tokens[k]
    if t.low in _PRONOUNS or t.low in lex.RELATIVE_PRONOUNS:
        return k, k + 1
    if t.low in _NP_STOP and not t.is_cap:
        return None
    start = k
    lower_run = 0
    while start - 1 >= 0 and k - start < limit:
        u = tokens[start - 1]
        if not u.is_word:
            break
        if u.low in lex.DETERMINERS:
            start -= 1
            # "a spokesman for the campaign": carry on across one preposition
            if start - 2 >= 0 and tokens[start - 1].low in _PREPS_IN_NP and tokens[start - 2].is_word:
                inner = _np_left(tokens, start - 2, limit=4)
                if inner and tokens[inner[0]].low in lex.DETERMINERS:
                    start = inner[0]
            break
        if u.is_cap:
            if u.low in lex.NOT_NAMES and u.low not in lex.DETERMINERS:
                break
            start -= 1
            lower_run = 0
            continue
        if u.low in _NP_STOP or u.low in _PREPS_IN_NP or u.low in _POSSESSIVE_PRONOUNS:
            break
        lower_run += 1
        if lower_run > 3:
            break
        start -= 1
    return start, k + 1


def _skippable(t: _Tok) -> bool:
    """Auxiliaries and adverbs between a subject and its verb: `has also repeatedly said`."""
    return t.is_word and not t.is_cap and (
        t.low in lex.AUXILIARIES or t.low in lex.ADVERBS or (t.low.endswith("ly") and len(t.low) > 4))


def _verbish(t: _Tok) -> bool:
    """An unknown word that reads like a finite verb after a subject: `retaliated`, `quips`."""
    return t.is_word and not t.is_cap and (t.low.endswith("ed") or t.low.endswith("s")) \
        and t.low not in _NP_STOP and len(t.low) > 3


def _mention(tokens: list[_Tok], r: tuple[int, int] | None) -> _Mention | None:
    if r is None:
        return None
    a, b = r
    for i in range(b - 2, a - 1, -1):
        if tokens[i].text.endswith(".") and not _is_abbreviation(tokens[i].text) and tokens[i + 1].is_cap:
            a = i + 1                    # ran back over a sentence end: `xenophobia. He`
            break
    while a < b - 1 and tokens[a].low in _LEADING_NON_SUBJECTS:
        a += 1                           # `that Trump`, `Although the IMF`
    while b > a + 1 and (not tokens[b - 1].is_word or tokens[b - 1].low in _TRAILING_NON_HEADS):
        b -= 1                           # `the debate moderators of` -> `the debate moderators`
    first = tokens[a]
    if b - a == 1 and first.low in lex.NOT_SPEAKERS:
        return None                      # `Moreover, …`, `When asked …`: not a noun phrase
    pron = _CONTRACTION_RE.sub("", first.low)
    if b - a == 1 and pron in _PRONOUNS:
        # `he’d asked` / `she’s said`: the pronoun without its contracted auxiliary
        return _Mention(first.start, first.start + len(pron), "pronoun")
    kind = "np"
    last = tokens[b - 1]
    end = last.end - 1 if last.text.endswith(".") and not _is_abbreviation(last.text) else last.end
    return _Mention(first.start, end, kind)


# Words that cannot end a speaker phrase; a phrase read too far is cut back before them.
_TRAILING_NON_HEADS = (lex.PREPOSITIONS | lex.DETERMINERS | lex.CLAUSE_STARTERS) - _PRONOUNS - {"others"}
_LEADING_NON_SUBJECTS = lex.NOT_SPEAKERS | frozenset({"that", "what", "whether"})
_CONTRACTION_RE = re.compile(r"[’'](?:d|s|ll|ve|re|m)$")


def _after_quote(toks: list[_Tok], ends_sentence: bool) -> _Mention | None:
    """`…,” Peskov stated` / `…,” said a soldier` / `…“, sagte er` / `», — сказал он`.

    `toks` are the tokens right after the closing mark, up to the next quotation.
    """
    i = 0
    while i < len(toks) and toks[i].text in (",", ";", "—", "–", "-", ":"):
        i += 1
    if i >= len(toks):
        return None
    n_verb = _is_reporting(toks, i)
    if not n_verb and toks[i].low in lex.AUXILIARIES and i + 1 < len(toks):
        n_verb = _is_reporting(toks, i + 1)       # "a déclaré", "ha detto"
        if n_verb:
            i += 1
    if n_verb:
        r = _np_right(toks, i + n_verb)
        if r is None or toks[r[0]].low in lex.REPORTING_VERBS:
            return None
        return _mention(toks, r)
    if toks[i].low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to":
        return _mention(toks, _np_right(toks, i + 2))
    r = _np_right(toks, i, limit=8)
    if r is None:
        return None
    a, j = r
    bare = not (toks[a].is_cap or toks[a].low in _PRONOUNS or toks[a].low in lex.DETERMINERS)
    if j - a >= 3 and toks[a].low in lex.DETERMINERS and _verbish(toks[j - 1]):
        j -= 1                                    # "an angry Hollande retaliated"
        r = (a, j)
    if j < len(toks) and toks[j].text == ",":
        # one appositive: "Josh Earnest, White House press secretary, said"
        k = j + 1
        while k < len(toks) and k - j < 12 and toks[k].text not in (",", ".", ";", ":", _QUOTE_TOKEN):
            k += 1
        if k < len(toks) and toks[k].text == ",":
            j = k + 1
    while j < len(toks) and _skippable(toks[j]):
        j += 1
    if j >= len(toks):
        return None
    n_verb = _is_reporting(toks, j)
    if not n_verb and not ends_sentence and not bare and _verbish(toks[j]) and (
            j + 1 >= len(toks) or toks[j + 1].text in (".", ",", ";")):
        n_verb = 1                                # `,” an angry Hollande retaliated.`
    if not n_verb:
        return None
    if ends_sentence:
        # after a full stop, `He added, “…”` introduces what follows; only a bare
        # `He said.` still belongs to the quotation before it
        k = j + n_verb
        while k < len(toks) and toks[k].is_word and k - j < 6:
            k += 1
        if k >= len(toks) or toks[k].text != "." or k - j >= 6:
            return None
    return _mention(toks, r)


def _sentence_tokens(text: str, lo: int, hi: int, spans, first: int, last: int) -> list[_Tok]:
    """Tokens of text[lo:hi], quotations spans[first..last] each replaced by one quote token."""
    toks: list[_Tok] = []
    pos = lo
    for o, s, e, c in spans[first:last + 1]:
        toks.extend(_tokens(text, pos, o))
        toks.append(_Tok(_QUOTE_TOKEN, o, c))
        pos = c
    toks.extend(_tokens(text, pos, hi))
    return toks


_BE = frozenset({"was", "were", "been", "being", "be", "is", "are"})


def _subject_of(tokens: list[_Tok], v: int) -> _Mention | None:
    """The subject of the reporting verb tokens[v] (the noun phrase before it)."""
    k = v - 1
    while k >= 0 and _skippable(tokens[k]):
        if tokens[k].low in _BE and not tokens[v].low.endswith("ing"):
            return None   # passive: "was described as"
        k -= 1
    k = _skip_parenthetical(tokens, k)
    if k < 0:
        return None
    r = _np_left(tokens, k)
    if r is None:
        return None
    a, b = r
    t = tokens[a]
    if b - a == 1 and t.low in lex.RELATIVE_PRONOUNS:
        # "others, who described …": the relative pronoun stands for the phrase before it
        ante = None
        if a >= 2 and tokens[a - 1].text == ",":
            ante = _np_left(tokens, a - 2)
        elif a >= 1 and t.low != "that":
            ante = _np_left(tokens, a - 1)
        if ante is None:
            return None if t.low == "that" else _Mention(t.start, t.end, "relative")
        return _Mention(t.start, t.end, "relative", (tokens[ante[0]].start, tokens[ante[1] - 1].end))
    return _mention(tokens, r)


def _skip_parenthetical(tokens: list[_Tok], k: int) -> int:
    """`Trump, speaking in Ohio, said` / `One veteran, who wished …, shared`: skip the aside."""
    if k >= 1 and tokens[k].text in (",", ")", "—", "–"):
        opener = {",": ",", ")": "(", "—": "—", "–": "–"}[tokens[k].text]
        j = k - 1
        while j >= 0 and k - j < 16 and tokens[j].text not in (opener, ".", ";", ":", _QUOTE_TOKEN):
            j -= 1
        if j >= 1 and tokens[j].text == opener and j < k - 1:
            return j - 1
        return -1
    return k


_INTRO_WORDS = lex.PREPOSITIONS | lex.CLAUSE_STARTERS | frozenset(
    "but and so yet still now then also meanwhile however instead indeed later earlier asked".split())


def _sentence_subject(toks: list[_Tok], upto: int) -> _Mention | None:
    """The subject that opens a sentence, skipping an introductory phrase (`On Monday, …`)."""
    i = 0
    while i < upto and toks[i].is_word and toks[i].low in ("but", "and", "so", "yet", "still", "now", "then"):
        i += 1
    if i < upto and toks[i].is_word and (toks[i].low in _INTRO_WORDS or toks[i].low.endswith("ing")):
        j = i
        while j < upto and j - i < 15 and toks[j].text != ",":
            j += 1
        if j >= upto or toks[j].text != ",":
            return None
        i = j + 1
    if i >= upto or not toks[i].is_word:
        return None
    r = _np_right(toks, i, limit=8)
    if r is None or r[1] > upto:
        return None
    a, b = r
    head = toks[b - 1].low
    first = toks[a]
    if first.low in _PRONOUNS and first.low not in ("it", "i", "we", "they"):
        return _mention(toks, r)
    if first.is_cap and first.low not in lex.NOT_NAMES and first.low not in _INTRO_WORDS:
        return _mention(toks, r)
    if first.low in lex.DETERMINERS and head.rstrip("s") in lex.ROLE_NOUNS:
        return _mention(toks, r)
    return None


def _before_quote(toks: list[_Tok], qi: int) -> _Mention | None:
    """The nearest cue before the quotation toks[qi] within its sentence.

    `X said (that) “`, `what X called “`, `X’s claim that “`, `according to X, “`.
    """
    for v in range(qi - 1, -1, -1):
        t = toks[v]
        if not t.is_word:
            continue
        if t.low == "according" and v + 2 < qi and toks[v + 1].low == "to":
            m = _mention(toks, _np_right(toks, v + 2))
            if m:
                return m
        n = _is_reporting(toks, v)
        if n:
            if t.low.endswith("ing") and v >= 1 and (toks[v - 1].text == "," or not _skippable(toks[v - 1])):
                # a participle ("…, saying", "ads calling it") reports the clause's subject
                m = _sentence_subject(toks, v)
                if m:
                    return m
            m = _subject_of(toks, v)
            if m:
                return _outer_speaker(toks, m) or m
            continue
        if t.low in lex.SPEECH_NOUNS and v >= 1:
            m = _possessor(toks, v)
            if m:
                return m
    return None


def _outer_speaker(toks: list[_Tok], m: _Mention) -> _Mention | None:
    """`Israel said Clinton called it “…”`: reported speech inside reported speech.

    The quotation belongs to whoever reports the inner clause, when the inner subject
    directly follows an outer reporting verb (optionally with `that`).
    """
    a = next((i for i, t in enumerate(toks) if t.start == m.start), None)
    if a is None:
        return None
    u = a - 1
    if u >= 0 and toks[u].low == "that":
        u -= 1
    if u < 1 or not _is_reporting(toks, u) or toks[u].low.endswith("ing") or toks[u].low in _OUTER_EXCLUDED:
        return None
    outer = _subject_of(toks, u)
    return outer if outer is not None and outer.start < m.start else None


# Verbs that take a person as object, so what follows them is not a reported clause:
# `told him`, `asked Trump`, `called Clinton “…”`.
_OUTER_EXCLUDED = frozenset(lex.OBJECT_REPORTING_VERBS)


def _possessor(toks: list[_Tok], v: int) -> _Mention | None:
    """`Trump’s claim`, `his description`: who owns the speech noun toks[v]."""
    p = v - 1
    while p >= 0 and toks[p].is_word and not _possessive(toks[p]) and v - p < 3 \
            and not toks[p].is_cap and toks[p].low not in lex.DETERMINERS:
        p -= 1
    if p < 0 or not _possessive(toks[p]):
        return None
    q = toks[p]
    if q.low in _POSSESSIVE_PRONOUNS:
        return _Mention(q.start, q.end, "pronoun")
    r = _np_left(toks, p)
    if r is None:
        return None
    end = toks[r[1] - 1].end
    if toks[r[1] - 1].text.endswith(("’s", "'s")):
        end -= 2
    return _Mention(toks[r[0]].start, end, "np")


def _possessive(t: _Tok) -> bool:
    return t.low in _POSSESSIVE_PRONOUNS or (t.is_cap and t.text.endswith(("’s", "'s")))


def _sentence_final(toks: list[_Tok], qi: int) -> _Mention | None:
    """`“Boots on the ground” would be appropriate, Ben Carson said after the attacks.`"""
    for v in range(len(toks) - 1, qi, -1):
        if _is_reporting(toks, v) and not toks[v].low.endswith("ing"):
            tail = toks[v + 1:]
            if len(tail) > 8 or any(t.text in (_QUOTE_TOKEN, ",", ":") for t in tail):
                return None
            k = v - 1
            while k > qi and _skippable(toks[k]):
                k -= 1
            r = _np_left(toks, k)
            if r and r[0] - 1 > qi and toks[r[0] - 1].text == ",":
                return _subject_of(toks, v)
            return None
    return None


def _headline_speaker(text: str, para_start: int, o: int) -> _Mention | None:
    """`Pence: Trump Was ‘Mocking’ Clinton` / transcripts `PENCE: …` (a short name and a colon)."""
    colon = text.find(":", para_start, min(o, para_start + 60))
    if colon < 0:
        return None
    toks = [t for t in _tokens(text, para_start, colon) if t.is_word]
    if not toks or len(toks) > 4 or not all(t.is_cap or t.low in lex.NAME_PARTICLES for t in toks):
        return None
    if toks[0].low in lex.NOT_NAMES:
        return None
    return _Mention(toks[0].start, toks[-1].end, "np")


def _gap_ends_sentence(text: str, spans, j: int, lo: int, hi: int) -> bool:
    """Does quotation j end its sentence, given the text text[lo:hi] after it?"""
    inner = text[spans[j][1]:spans[j][2]].rstrip()
    gap = text[lo:hi]
    return inner[-1:] in _TERMINAL and (gap.strip() == "" or (gap[:1].isspace() and gap.lstrip()[:1].isupper()))


def _sentence_bounds(text: str, spans, k: int, para_start: int, para_end: int) -> tuple[int, int, int, int]:
    """(lo, hi, first, last): the sentence around quotation k and the quotations in it."""
    hi = spans[k][0]
    j = k - 1
    while True:
        gap_lo = spans[j][3] if j >= 0 and spans[j][3] > para_start else para_start
        lo = _sentence_start(text, gap_lo, hi)
        if lo > gap_lo or gap_lo == para_start or _gap_ends_sentence(text, spans, j, gap_lo, hi):
            break
        hi = spans[j][0]
        j -= 1
    first = j + 1
    last = k
    while True:
        nxt = spans[last + 1][0] if last + 1 < len(spans) and spans[last + 1][0] < para_end else para_end
        if _gap_ends_sentence(text, spans, last, spans[last][3], nxt) and nxt != para_end:
            return lo, spans[last][3], first, last
        m = _SENT_END_RE.search(text, spans[last][3], nxt)
        if m or nxt == para_end:
            return lo, (m.start() + 1 if m else para_end), first, last
        last += 1


_NEAR = 160   # characters before a quotation searched first for its cue


class _Windows:
    """Token windows around quotations, quotations inside each replaced by one token.

    Windows are cut from the text on demand (a whole paragraph costs more than the few
    sentences that are ever read) and cached, since quotations share sentences.
    """

    def __init__(self, text: str, spans):
        self.text = text
        self.spans = spans
        self.opens = [sp[0] for sp in spans]
        self.cache: dict[tuple[int, int], list[_Tok]] = {}

    def window(self, k: int, para_start: int, lo: int, hi: int) -> list[_Tok]:
        toks = self.cache.get((lo, hi))
        if toks is None:
            spans = self.spans
            first = bisect.bisect_left(self.opens, lo)
            if first > 0 and spans[first - 1][3] > lo:
                lo = spans[first - 1][3]          # starts inside a quotation: skip it
            last = bisect.bisect_left(self.opens, hi) - 1
            toks = self.cache[(lo, hi)] = _sentence_tokens(self.text, lo, hi, spans, first, last)
        return list(toks)


def _near_cue(win: _Windows, k: int, para_start: int, lo: int) -> _Mention | None:
    """The cue before quotation k, looking only at the last `_NEAR` characters.

    Most cues sit just before the quotation, so this cheap pass usually settles it;
    a cue whose subject reaches the edge of the stretch is left to the full sentence.
    """
    o, c = win.spans[k][0], win.spans[k][3]
    if o - _NEAR <= lo:
        return None
    toks = win.window(k, para_start, o - _NEAR, o)
    if not toks:
        return None
    toks.append(_Tok(_QUOTE_TOKEN, o, c))
    m = _before_quote(toks, len(toks) - 1)
    if m is None or m.start <= toks[0].start:
        return None
    return m


def attribute(text: str, spans: list[tuple[int, int, int, int]]) -> list[_Mention | None]:
    """The speaker mention of each quotation (None where the text names none)."""
    found: list[_Mention | None] = []
    para_of: list[int] = []
    win = _Windows(text, spans)
    for k, (o, s, e, c) in enumerate(spans):
        para_start = text.rfind("\n", 0, o) + 1
        para_end = _para_end_of(text, c)
        para_of.append(para_start)
        post_end = min(para_end, spans[k + 1][0]) if k + 1 < len(spans) else para_end
        inner = text[s:e].rstrip()
        ends_sentence = inner[-1:] == "." and text[c:c + 1] != ","
        m = _after_quote(_tokens(text, c, min(post_end, c + 160), limit=16), ends_sentence)
        if m is None:
            lo, hi, first, last = _sentence_bounds(text, spans, k, para_start, para_end)
            m = _near_cue(win, k, para_start, lo)
        if m is None:
            toks = win.window(k, para_start, lo, hi)
            qi = next(i for i, t in enumerate(toks) if t.start == o and t.text == _QUOTE_TOKEN)
            m = (_before_quote(toks, qi) or _sentence_final(toks, qi)
                 or (_colon_intro(text, para_start) if qi == 0 else None)
                 or _sentence_subject(toks, qi))
        if m is None:
            m = _headline_speaker(text, para_start, o)
        found.append(m)
    # Quotations of one speech share its speaker: “…,” she said. “…” (forwards), and
    # “….” “…,” he said (backwards), within one paragraph.
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and para_of[k] == para_of[k - 1]:
            found[k] = found[k - 1]
    for k in range(len(spans) - 2, -1, -1):
        if found[k] is None and found[k + 1] is not None and para_of[k] == para_of[k + 1] \
                and text[spans[k][3]:spans[k + 1][0]].strip() == "":
            found[k] = found[k + 1]
    # A paragraph that is nothing but an unattributed quotation goes on with the speech
    # of the paragraph just before it: `“…,” Barkley said.\n\n“Then you have …”`.
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and spans[k][0] == para_of[k] \
                and _next_paragraph(text, para_of[k - 1]) == para_of[k]:
            found[k] = found[k - 1]
    return found


def _next_paragraph(text: str, para_start: int) -> int:
    """Start of the paragraph after the one starting at `para_start` (blank lines skipped)."""
    k = _para_end_of(text, para_start)
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _colon_intro(text: str, para_start: int) -> _Mention | None:
    """A quotation opening a paragraph after `Caddell continued:` / `He said:`."""
    p = para_start - 1
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if p <= 0 or text[p - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, p - 1) + 1
    lo = _sentence_start(text, prev_start, p - 1)
    toks = _tokens(text, lo, p - 1)
    toks.append(_Tok(_QUOTE_TOKEN, p - 1, p))
    return _before_quote(toks, len(toks) - 1) or _sentence_subject(toks, len(toks) - 1)


# ================================================================ 4. who is the speaker

_CAP = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0400-\u042F"
# One capitalised word: an abbreviation or initial with its dot (`Mr.`, `J.`), or a word
# without one, so a run never crosses a sentence end (`Peskov. Speaking`).
_NAME_WORD = rf"(?:[{_CAP}][a-z]{{0,3}}\.|[{_CAP}][\w\-]*(?:[’'][\w]+)?)"
_PARTICLES = "|".join(sorted(lex.NAME_PARTICLES))
# A run of capitalised words, allowing name particles: "Ursula von der Leyen", "Dmitry Peskov".
_NAME_RE = re.compile(rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:(?:{_PARTICLES})[ \t]+)*{_NAME_WORD})*")


def _strip_possessive(w: str) -> str:
    """`Putin’s` -> `Putin`."""
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _name_tokens(words: list[str]) -> list[str]:
    """The personal-name part of a capitalised run: after any title (`President Vladimir Putin`)."""
    cut = 0
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in lex.TITLES or lw in lex.NOT_NAMES:
            cut = i + 1
    return words[cut:]


_NOT_SINGLE_NAMES = lex.NOT_NAMES | lex.TITLES | lex.ORG_WORDS


def _role_before(text: str, a: int) -> bool:
    for w in text[max(0, a - 30):a].split()[-3:]:
        w = w.lower().strip(",")
        if w in lex.ROLE_NOUNS or w in lex.TITLES:
            return True
    return False


def _looks_personal(words: list[str]) -> bool:
    return all(len(w) > 1 and not w.isupper() and w.lower() not in lex.ORG_WORDS
               and w.lower() not in lex.NOT_NAMES for w in words if w.lower() not in lex.NAME_PARTICLES)


class _Resolver:
    """Resolves speaker mentions to names, in text order, remembering the last speaker.

    Lookups are lazy and local (a surname's occurrences, the names in the stretch of
    text before a pronoun) so an article pays only for the mentions it has.
    """

    def __init__(self, text: str, spans):
        self.text = text
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.last_speaker: str | None = None
        self._full: dict[str, list[tuple[int, str]]] = {}

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][3]

    def full_name(self, surname: str, pos: int) -> str | None:
        """The fullest name ending in `surname`: the most recent before `pos`, else the first."""
        found = self._full.get(surname)
        if found is None:
            found = self._full[surname] = self._full_names(surname)
        best = None
        for start, name in found:
            if start < pos or best is None:
                best = name
            if start >= pos:
                break
        return best

    def _full_names(self, surname: str) -> list[tuple[int, str]]:
        text, n = self.text, len(surname)
        out = []
        i = text.find(surname)
        while i >= 0:
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                words = []
                for w in reversed(text[max(0, i - 60):i].split()):
                    if w.lower() in lex.NAME_PARTICLES or (w[:1].isupper() and w.lower() not in lex.TITLES
                                                           and w.lower() not in _NOT_SINGLE_NAMES
                                                           and not w.endswith((",", ".", ":", "’s", "'s"))):
                        words.append(w)
                    else:
                        if w.endswith(".") and len(w) == 2:    # a middle initial: "Donald J. Trump"
                            words.append(w)
                            continue
                        break
                if words and _looks_personal([w for w in words if not w.endswith(".")]):
                    out.append((i - sum(len(w) + 1 for w in words), " ".join(reversed(words)) + " " + surname))
            i = text.find(surname, end)
        return out

    def resolve(self, m: _Mention) -> str:
        text = self.text
        mention = text[m.start:m.end]
        low = mention.lower()
        if m.kind == "relative" and m.antecedent:
            return self.resolve(_Mention(m.antecedent[0], m.antecedent[1], "np"))
        pron = _POSSESSIVE_PRONOUNS.get(low, low)
        if m.kind == "pronoun" or pron in _PRONOUNS:
            g = lex.PRONOUN_GENDER.get(pron)
            if g in ("m", "f"):
                return self.person_before(m.start, g) or mention
            return mention
        words = [_strip_possessive(w) for w in mention.split()]
        first = words[0].lower()
        if first in lex.INDEFINITE_DETERMINERS:
            return mention                      # an anonymous source stays as written
        caps = [w for w in words if w[:1].isupper()]
        if first in lex.DETERMINERS or not caps or len(caps) == 1 and caps[0].lower() in lex.DETERMINERS:
            return self.description(m, words) or mention
        nw = _name_tokens(words)
        # cut roles before the name: "Stein spokeswoman Melezia Figueroa" -> "Melezia Figueroa"
        for i in range(len(nw) - 1, -1, -1):
            if not (nw[i][:1].isupper() or nw[i].lower() in lex.NAME_PARTICLES):
                nw = nw[i + 1:]
                break
        if not nw:
            return mention
        full = self.full_name(nw[-1], m.start)
        if full and len(full.split()) >= len(nw):
            return full
        return " ".join(nw)

    def _runs_before(self, pos: int, span: int = 1500):
        """Capitalised runs before `pos`, nearest first, outside quotations."""
        runs = list(_NAME_RE.finditer(self.text, max(0, pos - span), pos))
        for m in reversed(runs):
            if not self._inside_quote(m.start()):
                yield m

    def person_before(self, pos: int, gender: str | None) -> str | None:
        """The most recent named person before `pos` whose gender does not clash."""
        text = self.text
        for m in self._runs_before(pos):
            words = [_strip_possessive(w) for w in m.group().split()]
            nw = _name_tokens(words)
            if not nw or not _looks_personal(nw):
                continue
            titled = len(nw) < len(words)
            full = self.full_name(nw[-1], m.start() + 1 if len(nw) == 1 else m.start())
            if len(nw) == 1:
                if not (full or titled):
                    continue
            elif not (nw[0].lower() in lex.FIRST_NAME_GENDER or titled or _role_before(text, m.start())
                      or text.count(nw[-1]) > 1):
                continue
            name = full if full and len(full.split()) >= len(nw) else " ".join(nw)
            g = self._gender(name, words[:len(words) - len(nw)], m.start())
            if g is None or g == gender:
                return name
        return None

    def _gender(self, name: str, titles: list[str], start: int) -> str | None:
        for w in titles + self.text[max(0, start - 30):start].split()[-3:]:
            w = w.lower().strip(",")
            g = lex.TITLE_GENDER.get(w) or lex.ROLE_GENDER.get(w)
            if g:
                return g
        return lex.FIRST_NAME_GENDER.get(name.split()[0].lower())

    def description(self, m: _Mention, words: list[str]) -> str | None:
        """`the official` / `the Indiana governor` -> the person that role points to."""
        head = words[-1].lower()
        if head not in lex.ROLE_NOUNS:
            return None
        for r in self._runs_before(m.start, span=m.start):
            nw = _name_tokens([_strip_possessive(w) for w in r.group().split()])
            if len(nw) >= 2 and _looks_personal(nw) and head in self.text[max(0, r.start() - 40):r.end()].lower():
                return self.full_name(nw[-1], r.start()) or " ".join(nw)
        return self.last_speaker


# ================================================================ 5. putting it together



def _kind(text: str, o: int, s: int, e: int) -> str:
    """'sentence' for a quoted statement, 'phrase' for a few embedded words."""
    inner = text[s:e].strip()
    n_words = inner.count(" ") + 1
    if n_words >= 6:
        return "sentence"
    first = next((ch for ch in inner if ch.isalnum()), "")
    before = text[max(0, o - 3):o].rstrip()
    opens_statement = before[-1:] in (":", ",", "") or before.endswith(("\n",))
    if n_words >= 3 and first.isupper() and (inner.endswith(_TERMINAL + (",",)) or opens_statement):
        return "sentence"
    return "phrase"


def extract_quotes(text: str, language: str | None = None) -> list[Quote]:
    """Direct quotations in `text`, each with its speaker where the text names one.

    Pure function, no Beam. `language` is an ISO 639-1 hint; the patterns of every
    supported language are tried, so it may be None.
    """
    if not text:
        return []
    spans = [sp for sp in scan_quote_spans(text) if _has_word(text, sp[1], sp[2])]
    spans = _drop_non_quotations(text, spans)
    if not spans:
        return []
    mentions = attribute(text, spans)
    resolver = _Resolver(text, spans)
    quotes = []
    for (o, s, e, c), m in zip(spans, mentions):
        if m is None:
            speaker = name = None
            s0 = s1 = None
        else:
            s0, s1 = m.start, m.end
            speaker = text[s0:s1]
            name = resolver.resolve(m)
            if m.kind == "np" and name != speaker or name and name[:1].isupper() and " " in name:
                resolver.last_speaker = name
        quotes.append(Quote(s, e, text[s:e], _kind(text, o, s, e), speaker, s0, s1, name))
    return quotes


def _drop_non_quotations(text: str, spans):
    """Drop marked spans that name something rather than quote anyone (see below)."""
    doubles = any(text[o] != "'" for o, _, _, _ in spans)
    return [sp for sp in spans
            if not (doubles and text[sp[0]] == "'")
            and not _is_title(text, *sp) and not _is_nickname(text, *sp)]


# Straight single marks (above): in a text that quotes with double marks, a top-level
# '…' is headline style or a scare quote (ASCII ' being mostly an apostrophe), and news
# annotation does not count it as a quotation; a text with no double marks keeps them.

# A title-case span right after one of these words is the name of a work or a show:
# `Pence said on CNN’s “State of the Union.”`, `his new documentary “13th.”`.
_TITLE_CUES = lex.TITLE_CUES
_TITLE_SMALL_WORDS = lex.TITLE_SMALL_WORDS
_WORD_RE = re.compile(r"[^\W_][\w’'\-]*")


def _last_word(text: str, end: int, reach: int = 40) -> tuple[str, int]:
    """The last whitespace-delimited word of text[end-reach:end], and where it starts."""
    lo = max(0, end - reach)
    chunk = text[lo:end].rstrip()
    k = max(chunk.rfind(" "), chunk.rfind("\n"), chunk.rfind("\u00a0")) + 1
    return chunk[k:], lo + k


def _is_title_case(text: str, s: int, e: int, max_words: int = 7) -> bool:
    words = _WORD_RE.findall(text, s, e)
    if not words or len(words) > max_words:
        return False
    return all(w[0].isupper() or w[0].isdigit() or (i and w.lower() in _TITLE_SMALL_WORDS)
               for i, w in enumerate(words))


def _is_title(text: str, o: int, s: int, e: int, c: int) -> bool:
    """`CNN’s “State of the Union”`, `on “Face the Nation,”`, `the show “Hannity”`."""
    cue, at = _last_word(text, o)
    if cue == "of":            # `this weekend’s broadcast of “Fox News Sunday”`
        cue = _last_word(text, at, 30)[0]
        if not cue.isalpha():
            return False
    elif cue[:1].isupper() and cue.endswith(("’s", "'s", "s’", "s'")):
        return _is_title_case(text, s, e)    # a possessive of a network, paper or author
    return cue.lower() in _TITLE_CUES and _is_title_case(text, s, e)


def _is_nickname(text: str, o: int, s: int, e: int, c: int) -> bool:
    """`Rep. Robert C. “Bobby” Scott`: one capitalised word between parts of a name."""
    inner = text[s:e]
    return (inner[:1].isupper() and inner.isalpha() and o >= 2 and text[o - 1] == " "
            and text[o - 2].isalpha() or text[o - 2:o] == ". ") and \
        c + 1 < len(text) and text[c] == " " and text[c + 1].isupper() and _preceded_by_name(text, o)


def _preceded_by_name(text: str, o: int) -> bool:
    w = _last_word(text, o, 30)[0]
    return w[:1].isupper() and w.rstrip(".").isalpha()


def _has_word(text: str, s: int, e: int) -> bool:
    for ch in text[s:min(e, s + 50)]:
        if ch.isalpha():
            return True
    return e - s > 50 and any(ch.isalpha() for ch in text[s:e])


# ================================================================ Beam

def add_quotes(article):
    """Article -> Article with `quotes` filled."""
    return dataclasses.replace(article, quotes=tuple(extract_quotes(article.text, article.language)))


class ExtractQuotes(ArticleStage):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with `quotes` filled, `.errors`)."""

    stage = "quotes"

    def article_fn(self):
        return add_quotes
