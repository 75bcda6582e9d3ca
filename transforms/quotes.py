"""Direct quotations and who said them, rule-based.

`extract_quotes(text)` runs in three small steps, each a pure function:

1. `scan_quote_spans`: one left-to-right pass over the quotation marks only (a regex finds
   them; prose between marks is never looked at), pairing openers with closers on a
   small stack. Flanking (what stands either side of a mark) decides whether a mark may
   open or close, so `Putin’s` and `doesn’t` stay apostrophes; a paragraph that ends
   inside a quotation continues it only when the next paragraph opens with the same
   mark (the multi-paragraph convention); anything else left open is dropped.
2. `attribute`: for each quotation, the speaker mention from the patterns reporters use:
   after the quote (`,” Peskov said` / `,” said a soldier` / `», a-t-il déclaré` /
   `” – powiedziała` / `” ― Carlos Raúl`), inside the sentence before it (`X told
   reporters that “`, `according to X`, `selon X`, `X’s claim that “`, `sagte er: „`),
   an introducing line ending in a colon, or inherited from the previous quotation of the
   same speech; as a last resort (English), the subject of the sentence whose predicate
   holds the quotation.
3. `resolve`: who a mention is (`Peskov` -> `Dmitry Peskov`, `he` -> the last named
   person or the anonymous speaker just quoted, `the official` -> the last named speaker,
   `la direttrice Giulia Romano` -> `Giulia Romano`); titles and roles never stay in
   the name.

Everything is linear in the text: each regex is anchored on short windows and the
stack depth is bounded.
"""
from __future__ import annotations

import bisect
import dataclasses
import operator
import re
import unicodedata
from dataclasses import dataclass
from typing import Final


from transforms import quote_lexicon as lex
from transforms.article import Quote
from transforms.compiled import compiled_twin
from transforms.stage import ArticleStage

__all__ = ["Quote", "extract_quotes", "scan_quote_spans", "add_quotes", "ExtractQuotes"]

# The lexicon's word sets as this module's constants: the compiled build reads a `Final`
# name as a constant, but `lex.X` as an attribute lookup, in the innermost loops.
_ADVERBS: Final = lex.ADVERBS
_AFTER_QUOTE_CUES: Final = lex.AFTER_QUOTE_CUES
_ARTICLES_NOT_IN_NAMES: Final = lex.ARTICLES_NOT_IN_NAMES
_AUXILIARIES: Final = lex.AUXILIARIES
_CASE_ARTICLES: Final = lex.CASE_ARTICLES
_DETERMINERS: Final = lex.DETERMINERS
_ELISIONS: Final = lex.ELISIONS
_FIRST_NAME_GENDER: Final = lex.FIRST_NAME_GENDER
_GENERIC_PRONOUNS: Final = lex.GENERIC_PRONOUNS
_GENITIVE_ARTICLES: Final = lex.GENITIVE_ARTICLES
_INDEFINITE_DETERMINERS: Final = lex.INDEFINITE_DETERMINERS
_NAME_PARTICLES: Final = lex.NAME_PARTICLES
_NOT_NAMES: Final = lex.NOT_NAMES
_NOT_SPEAKERS: Final = lex.NOT_SPEAKERS
_ORG_WORDS: Final = lex.ORG_WORDS
_PRONOUN_GENDER: Final = lex.PRONOUN_GENDER
_PRO_DROP_VERBS: Final = lex.PRO_DROP_VERBS
_RELATIVE_PRONOUNS: Final = lex.RELATIVE_PRONOUNS
_REPORTING_VERBS: Final = lex.REPORTING_VERBS
_ROLE_GENDER: Final = lex.ROLE_GENDER
_ROLE_NOUNS: Final = lex.ROLE_NOUNS
_SPEECH_NOUNS: Final = lex.SPEECH_NOUNS
_TITLES: Final = lex.TITLES
_TITLE_GENDER: Final = lex.TITLE_GENDER
_VERB_PARTICLES: Final = lex.VERB_PARTICLES
_ZERO_SUBJECT_GENDER: Final = lex.ZERO_SUBJECT_GENDER


# ================================================================ 1. quotation marks


# A quotation's span: (opening mark, text start, text end, closing mark), text[start:end] inside the marks.
_Spans = list[tuple[int, int, int, int]]
_OPENER_CLOSERS: Final = lex.OPENER_CLOSERS
_MAX_DEPTH: Final = 6   # deeper nesting is noise (stray marks); bounding it keeps the pass linear


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


_CHAR_KIND: Final = _CharKinds()


def _roles(text: str, m: str, i: int, j: int) -> tuple[bool, bool]:
    """(may_open, may_close) for mark `m` at text[i:j].

    The glyph says what a mark usually does; flanking settles the marks that serve
    both ways (straight quotes, “ as English opener and German closer, » in German).
    A mark may do both: the scanner tries closing an open quotation first.
    """
    if m == '"':
        # straight double quote (most marks): a spaced one (`center,' " she said`) can still close
        left, right = _flanking(text, i, j)
        return left, right or not left
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
            if text[j].isdigit() or text[j:k].lower() in _ELISIONS:
                return False, False      # '90s, 'em, 'cause
            return True, False
        return False, not left
    raise ValueError(f"not a quotation mark: {m!r}")


_OPEN_ONLY: Final = frozenset({"„", "‚", "「", "『", "``"})
_CLOSE_ONLY: Final = frozenset({"」", "』"})


def _weak_single_closer(text: str, i: int, j: int) -> bool:
    """`players’ union`: a plural possessive followed by a lower-case word."""
    return (i > 0 and text[i - 1] in "sS" and j + 1 < len(text) and text[j] == " "
            and text[j + 1].islower())


_STRONG_SINGLE_CLOSER_RE: Final = re.compile(r"(?<![sS\s])[’'](?![^\W_])")


class _Open:
    """A quotation opened but not yet closed."""
    __slots__ = ("mark", "open_pos", "start", "closers", "children")

    def __init__(self, mark: str, open_pos: int, start: int):
        self.mark = mark
        self.open_pos = open_pos    # where the opening mark is
        self.start = start          # first character inside the mark
        self.closers = _OPENER_CLOSERS[mark]
        self.children: list[tuple[int, int, int, int]] = []


_MARK_CHARS: Final = "\"“”„«»‹›「」『』‘‚'’`"


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


def scan_quote_spans(text: str) -> _Spans:
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
# else is a one-character punctuation token. (Written as runs of word characters rather
# than one character at a time, `[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]`: the same
# tokens, about a third faster, and this regex runs over every window tokenised.)
_TOKEN_RE: Final = re.compile(r"(?![_\s])(?:\w[\w\-]*(?:[’'.][^\W_][\w\-]*)*\.?|\W)")
_ABBREVIATIONS: Final = frozenset("""
mr mrs ms dr st sen rep gov gen lt col capt sgt jr sr inc co corp ltd vs no prof rev
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e ft mt
""".split())
# (`[.!?…][.!?…]*` rather than `[.!?…]+`: a pattern opening with a plain character class
# lets a search skip to the next candidate at C speed instead of trying every position.)
_SENT_END_RE: Final = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[]*[A-Z\u00C0-\u00DE\u0400-\u042F\d])")
_PRONOUNS: Final = frozenset(lex.PRONOUN_GENDER)
_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
_PREPS_IN_NP: Final = frozenset({"of", "for", "from", "at", "with", "de", "du", "des", "der", "von"})
_NP_STOP: Final = (lex.CLAUSE_STARTERS | lex.PREPOSITIONS | lex.AUXILIARIES | lex.REPORTING_VERBS) - _PREPS_IN_NP
_TERMINAL: Final = (".", "!", "?", "…")
_QUOTE_TOKEN: Final = "\u201cQ\u201d"   # stands for a masked quotation inside a window


class _Tok:
    """A word or punctuation token with its offsets into the article text."""
    __slots__ = ("text", "low", "start", "end", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        # a token ends in at most one dot (`Mr.`, `said.`): `low` is the word without it
        self.low = text[:-1].lower() if len(text) > 1 and text[-1] == "." else text.lower()
        self.start = start
        self.end = end
        c = text[0]
        self.is_word = c.isalnum()
        self.is_cap = c.isupper()


def _tokens(text: str, start: int, end: int, limit: int = 0) -> list[_Tok]:
    """Tokens of text[start:end]; at most `limit` of them when limit > 0.

    The hot loop of the module. `findall` hands back plain strings (no match objects),
    and each token's offset is found with `str.find` from the end of the one before
    (only spaces and `_` lie between tokens, so the next occurrence is the token itself).
    """
    words = _TOKEN_RE.findall(text, start, end)
    if limit:
        del words[limit:]
    out = []
    pos = start
    for w in words:
        i = text.find(w, pos)
        pos = i + len(w)
        out.append(_Tok(w, i, pos))
    return out


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    return len(w) == 1 or w in _ABBREVIATIONS or ("." in w and len(w) <= 5)


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence that contains position `hi`, not before `lo`."""
    start = lo
    for m in _SENT_END_RE.finditer(text, lo, hi):
        k = m.start()
        if text[k] == ".":                # (only a full stop can be an abbreviation's)
            w0 = k
            while w0 > lo and (text[w0 - 1].isalnum() or text[w0 - 1] == "."):
                w0 -= 1
            if _is_abbreviation(text[w0:k]):
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
    return 1 if t.low in _REPORTING_VERBS else 0


_REPORTING_PHRASES: Final = frozenset(lex.REPORTING_PHRASES)


def _according_to(tokens: list[_Tok], i: int) -> int:
    """Length (in tokens) of an `according to` cue read rightwards (`selon`, `по словам`), or 0."""
    t = tokens[i]
    if not t.is_word:
        return 0
    if t.low in _ACCORDING_TO:
        return 1
    if i + 1 < len(tokens) and t.low + " " + tokens[i + 1].low in _ACCORDING_TO:
        return 2
    return 0


# (`zufolge` follows its noun phrase: `dem Bericht zufolge`; not read rightwards)
_ACCORDING_TO: Final = frozenset(lex.ACCORDING_TO) - {"zufolge"}


def _np_right(tokens: list[_Tok], k: int, limit: int = 10) -> tuple[int, int] | None:
    """Token range [k, end) of the noun phrase starting at tokens[k], read rightwards."""
    n = len(tokens)
    while k < n and (tokens[k].low in _ADVERBS and tokens[k].is_word and k + 1 < n
                     and tokens[k + 1].is_word):
        k += 1                                    # "said Tuesday Mr. Smith"
    if k >= n or not tokens[k].is_word:
        return None
    t = tokens[k]
    if t.low in _PRONOUNS and not (t.low in _DETERMINERS and k + 1 < n and tokens[k + 1].is_word
                                   and tokens[k + 1].low not in _NP_STOP):
        return k, k + 1                           # (Italian "il ministro" is not French "il")
    end = k
    if t.low in _DETERMINERS or not t.is_cap:
        # a description: "a soldier from the Eastern Front", "der freiheitliche Sprecher"
        if t.low in _NP_STOP and t.low not in _DETERMINERS:
            return None
        end = k + 1
        while end < n and end - k < limit:
            u = tokens[end]
            if not u.is_word or (u.low in _NP_STOP and not u.is_cap):
                break
            if _starts_new_phrase(tokens, end):
                break                             # `der Sprecher Thomas Mertens den Zeitungen`
            end += 1
            if _ends_sentence(u):
                break
        return (k, end) if end > k else None
    # a name, possibly with titles and roles: "Trump campaign manager Corey Lewandowski"
    end = k + 1
    while end < n and end - k < limit:
        u = tokens[end]
        if not u.is_word:
            break
        if _ends_sentence(tokens[end - 1]):
            break                                 # `said Peskov. Speaking …`
        if u.is_cap or (u.low in _NAME_PARTICLES and end + 1 < n and tokens[end + 1].is_cap):
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
    if tokens[end - 1].text.endswith(("’s", "'s")):
        # a possessed noun: `Ryan’s office said`, `the senator’s campaign said`
        while end < n and end - k < limit and tokens[end].is_word and not tokens[end].is_cap \
                and tokens[end].low not in _NP_STOP:
            end += 1
    return k, end


def _ends_sentence(t: _Tok) -> bool:
    """A word carrying the full stop of its sentence (`Präsident.`), not an abbreviation (`Mr.`)."""
    return t.text.endswith(".") and t.is_word and not _is_abbreviation(t.text)


def _starts_new_phrase(tokens: list[_Tok], i: int) -> bool:
    """A second article inside a description starts another phrase, except after `of`
    (`the head of the agency`) and inside a name (`Michery el Soheil`, `van der Berg`)."""
    u = tokens[i]
    if u.is_cap or u.low not in _DETERMINERS or u.low in _GENITIVE_ARTICLES:
        return False
    prev = tokens[i - 1].low
    if prev in _PREPS_IN_NP or prev in _NAME_PARTICLES:
        return False
    return not (u.low in _NAME_PARTICLES and u.low not in _CASE_ARTICLES
                and i + 1 < len(tokens) and tokens[i + 1].is_cap)


def _np_left(tokens: list[_Tok], k: int, limit: int = 8) -> tuple[int, int] | None:
    """Token range [start, k+1) of the noun phrase ending at tokens[k], read leftwards."""
    if k < 0 or not tokens[k].is_word:
        return None
    t = tokens[k]
    if t.low in _PRONOUNS or t.low in _RELATIVE_PRONOUNS:
        return k, k + 1
    if t.low in _NP_STOP and not t.is_cap:
        return None
    start = k
    lower_run = 0
    while start - 1 >= 0 and k - start < limit:
        u = tokens[start - 1]
        if not u.is_word:
            break
        if u.low in _DETERMINERS:
            start -= 1
            # "a spokesman for the campaign": carry on across one preposition
            if start - 2 >= 0 and tokens[start - 1].low in _PREPS_IN_NP and tokens[start - 2].is_word:
                inner = _np_left(tokens, start - 2, limit=4)
                if inner and tokens[inner[0]].low in _DETERMINERS:
                    start = inner[0]
            break
        if u.is_cap:
            if u.low in _NOT_NAMES and u.low not in _DETERMINERS:
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
        t.low in _AUXILIARIES or t.low in _ADVERBS or (t.low.endswith("ly") and len(t.low) > 4))


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
    if b - a == 1 and first.low in _NOT_SPEAKERS:
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
_TRAILING_NON_HEADS: Final = (lex.PREPOSITIONS | lex.DETERMINERS | lex.CLAUSE_STARTERS) - _PRONOUNS - {"others"}
_LEADING_NON_SUBJECTS: Final = lex.NOT_SPEAKERS | frozenset({"that", "what", "whether"})
_CONTRACTION_RE: Final = re.compile(r"[’'](?:d|s|ll|ve|re|m)$")


def _after_quote(toks: list[_Tok], ends_sentence: bool) -> _Mention | None:
    """`…,” Peskov stated` / `…,” said a soldier` / `…“, sagte er` / `», — сказал он`.

    `toks` are the tokens right after the closing mark, up to the next quotation. Every
    pattern starts with a word once commas, colons and dashes are skipped, so anything
    else finds nobody (`attribute` checks that with `_WORD_AFTER_MARK_RE` before tokenising).
    """
    i = 0
    while i < len(toks) and toks[i].text in (",", ";", ":") + _DASHES:
        i += 1
    dashed = any(t.text in _DASHES for t in toks[:i])
    if i + 2 < len(toks) and toks[i].low == "as" and toks[i + 1].is_word:
        i += 1                                    # `,” as Cruz said on Monday`
    if i >= len(toks):
        return None
    inverted = _inverted_pronoun(toks, i)
    if inverted:
        return inverted
    n_verb = _is_reporting(toks, i)
    if not n_verb and toks[i].low in _AUXILIARIES and i + 1 < len(toks):
        n_verb = _is_reporting(toks, i + 1)       # "a déclaré", "ha detto"
        if n_verb:
            i += 1
    if n_verb:
        r = _np_right(toks, i + n_verb)
        if r is None:
            return _zero_subject(toks, i, n_verb, ends_sentence)
        if toks[r[0]].low in _REPORTING_VERBS:
            return None
        return _mention(toks, _with_apposition(toks, r))
    if toks[i].low in _AFTER_QUOTE_CUES and i > 0 and toks[i - 1].text == ",":
        r = _np_right(toks, i + 1)                        # `„…“, so der Minister.`
        return _mention(toks, _with_apposition(toks, r)) if r else None
    n_cue = _according_to(toks, i)
    if n_cue:
        return _mention(toks, _np_right(toks, i + n_cue))
    r = _np_right(toks, i, limit=8)
    if r is None:
        return None
    a, j = r
    if dashed and toks[a].is_cap and (j >= len(toks) or toks[j].text in (".", _QUOTE_TOKEN)):
        return _mention(toks, r)                  # `“…” ― Carlos Raúl`: a signature after a dash
    j = _skip_brackets(toks, j)                   # `Rep. Gwen Moore (D-Wis.) said`
    bare = not (toks[a].is_cap or toks[a].low in _PRONOUNS or toks[a].low in _DETERMINERS)
    if j - a >= 3 and toks[a].low in _DETERMINERS and _verbish(toks[j - 1]):
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


_DASHES: Final = ("—", "–", "-", "―")


def _skip_brackets(toks: list[_Tok], j: int) -> int:
    """Index after a short bracketed aside at toks[j] (`(D-Md.)`), else j."""
    if j < len(toks) and toks[j].text == "(":
        k = j + 1
        while k < len(toks) and k - j < 8 and toks[k].text != ")":
            k += 1
        if k < len(toks) and toks[k].text == ")":
            return k + 1
    return j


_INVERTED_PRONOUN_RE: Final = re.compile(lex.INVERTED_PRONOUN_RE)


def _inverted_pronoun(toks: list[_Tok], i: int) -> _Mention | None:
    """French `, a-t-il déclaré` / `, ajoute-t-elle` / `, dit-il`: the pronoun glued to the verb."""
    t = toks[i]
    m = _INVERTED_PRONOUN_RE.match(t.low)
    if m is None:
        return None
    verb = m.group("verb")
    if verb not in _REPORTING_VERBS and not (
            verb in _AUXILIARIES and i + 1 < len(toks) and _is_reporting(toks, i + 1)):
        return None
    end = _word_end(t)
    return _Mention(end - len(m.group("pron")), end, "pronoun")


def _word_end(t: _Tok) -> int:
    """End of a word token without the full stop a sentence end glued to it (`dit-il.`)."""
    return t.start + len(t.text.rstrip("."))


def _zero_subject(toks: list[_Tok], v: int, n_verb: int, ends_sentence: bool) -> _Mention | None:
    """`„…” – powiedział.` / `«…», dijo.`: a reporting verb with no subject (pro-drop).

    The verb stands for the omitted subject; the resolver finds who it is.
    """
    k = v + n_verb
    if ends_sentence or toks[k - 1].low not in _PRO_DROP_VERBS or (
            k < len(toks) and toks[k].text not in (".", ",", ";")):
        return None
    return _Mention(toks[v].start, _word_end(toks[k - 1]), "zero")


def _with_apposition(toks: list[_Tok], r: tuple[int, int]) -> tuple[int, int]:
    """`said the transport minister, Anna Becker.`: a description followed by the name it stands for.

    The name, set off by a comma and closing the clause, joins the mention.
    """
    a, b = r
    first = toks[a]
    if first.is_cap and first.low not in _DETERMINERS or first.low in _PRONOUNS:
        return r                                  # already a name or a pronoun
    if b >= len(toks) or toks[b].text != ",":
        return r
    k = b + 1
    while k < len(toks) and k - b <= 4 and toks[k].is_word and (
            toks[k].is_cap or toks[k].low in _NAME_PARTICLES):
        k += 1
    if k == b + 1 or not toks[k - 1].is_cap or (k < len(toks) and toks[k].text not in (".", ",", ";")):
        return r
    if not _looks_personal([t.text for t in toks[b + 1:k]]):
        return r
    return a, k


def _sentence_tokens(text: str, lo: int, hi: int, spans: _Spans, first: int, last: int) -> list[_Tok]:
    """Tokens of text[lo:hi], quotations spans[first..last] each replaced by one quote token."""
    toks: list[_Tok] = []
    pos = lo
    for o, s, e, c in spans[first:last + 1]:
        toks.extend(_tokens(text, pos, o))
        toks.append(_Tok(_QUOTE_TOKEN, o, c))
        pos = c
    toks.extend(_tokens(text, pos, hi))
    return toks


_BE: Final = frozenset({"was", "were", "been", "being", "be", "is", "are"})


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
    if b - a == 1 and t.low in _RELATIVE_PRONOUNS:
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


_INTRO_WORDS: Final = lex.PREPOSITIONS | lex.CLAUSE_STARTERS | frozenset(
    "but and so yet still now then also meanwhile however instead indeed later earlier asked".split())


def _sentence_subject(toks: list[_Tok], upto: int, broad: bool = False) -> _Mention | None:
    """The subject that opens a sentence, skipping an introductory phrase (`On Monday, …`).

    `broad` (the last resort for a quotation nothing else attributes) also takes `they`,
    `I`, `it` and any described subject (`The results also showed the weakness of “…”`):
    news annotation credits a quoted phrase to whoever the sentence is about.
    """
    i = 0
    while i + 1 < upto and toks[i].is_word and toks[i].text.isupper() and len(toks[i].text) > 1 \
            and toks[i + 1].text in _DASHES:
        i += 2                                    # a dateline: `WASHINGTON — Sen. Chuck Grassley …`
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
    first = toks[a]
    if first.low in _DETERMINERS and not first.is_cap or first.low in _DETERMINERS and b - a > 1:
        v = next((k for k in range(a + 1, b) if _verbish(toks[k]) or _skippable(toks[k])), b)
        if v > a + 1:
            b = v                                 # `His chief aide doubled down` -> `His chief aide`
    head = toks[b - 1].low
    if first.low in _PRONOUNS and (broad or first.low not in ("it", "i", "we", "they")):
        return _mention(toks, (a, b))
    if first.is_cap and first.low not in _NOT_NAMES and first.low not in _INTRO_WORDS:
        return _mention(toks, (a, b))
    if first.low in _DETERMINERS and (broad or head.rstrip("s") in _ROLE_NOUNS):
        return _mention(toks, (a, b))
    return None


def _predicate_quote_subject(toks: list[_Tok], qi: int) -> _Mention | None:
    """The subject of a sentence whose predicate holds the quotation: `They are skeptical of the “…”`.

    Not for a scare quote (`The so-called “experts”`), a passive naming (`was described
    as “…”`: the namer is elsewhere), or `they`/`it` whose quotation describes someone
    else in a relative clause (`… a leader who is ‘always with his people’`).
    """
    m = _sentence_subject(toks, qi, broad=True)
    if m is None or (qi >= 1 and toks[qi - 1].low == "so-called"):
        return None
    b = next((i for i, t in enumerate(toks) if t.start >= m.end), qi)
    pairs = list(zip(toks[b:qi], toks[b + 1:qi]))
    if any(t.low in _BE and u.low in _OUTER_EXCLUDED for t, u in pairs):
        return None
    vague = toks[b - 1].low in ("it", "they") if b else False
    if vague and any(t.low in _RELATIVE_CLAUSE and u.low in _BE for t, u in pairs):
        return None
    return m


_RELATIVE_CLAUSE: Final = frozenset({"who", "which", "that"})


class _NeedsSentence(Exception):
    """A cue read in a stretch cut from the middle of a sentence needs the whole sentence."""


def _before_quote(toks: list[_Tok], qi: int, partial: bool = False) -> _Mention | None:
    """The nearest cue before the quotation toks[qi] within its sentence.

    `X said (that) “`, `what X called “`, `X’s claim that “`, `according to X, “`.
    `partial`: toks start mid-sentence, so a cue that reports the sentence's subject
    (a participle) raises `_NeedsSentence` rather than reading a subject off the cut.
    """
    for v in range(qi - 1, -1, -1):
        t = toks[v]
        if t.low not in _CUE_WORDS:
            continue                              # most words start no cue: one set lookup
        n_cue = _according_to(toks, v)
        if n_cue and v + n_cue < qi:
            m = _mention(toks, _np_right(toks, v + n_cue))
            if m:
                return m
        n = _is_reporting(toks, v)
        if n and _used_as_noun(toks, v):
            m = _sentence_subject(toks, v)        # `Sanders delivered a snappy retort: “…”`
            if m:
                return m
            continue
        if n:
            m = _inverted_subject(toks, v, n, qi)
            if m:
                return m
            if t.low.endswith("ing") and v >= 1 and (toks[v - 1].text == "," or not _skippable(toks[v - 1])):
                # a participle ("…, saying", "ads calling it") reports the clause's subject
                if partial:
                    raise _NeedsSentence
                m = _sentence_subject(toks, v)
                if m:
                    return m
            m = _subject_of(toks, v)
            if m and not _generic_subject(toks, m):
                return _outer_speaker(toks, m) or m
            continue
        if t.low in _SPEECH_NOUNS and v >= 1:
            m = _possessor(toks, v)
            if m:                                 # `Politifact ruled that Trump’s statement … “…”`
                return _outer_speaker(toks, m) or m
    return None


def _generic_subject(toks: list[_Tok], m: _Mention) -> bool:
    """`saying anybody who complains … “…”`: a clause about anyone in general reports nobody;
    the cue before it (`saying`) does."""
    start = m.antecedent[0] if m.kind == "relative" and m.antecedent else m.start
    i = bisect.bisect_left(toks, start, key=_START)
    return i < len(toks) and toks[i].start == start and toks[i].low in _GENERIC_PRONOUNS


_START: Final = operator.attrgetter("start")
_OCCURRENCE: Final = operator.itemgetter(0)
_END: Final = operator.methodcaller("end")


# Every word that can start a cue read by `_before_quote`.
_CUE_WORDS: Final = (lex.REPORTING_VERBS | lex.SPEECH_NOUNS | {p.split()[0] for p in lex.REPORTING_PHRASES}
              | {a.split()[0] for a in lex.ACCORDING_TO})


def _used_as_noun(toks: list[_Tok], v: int) -> bool:
    """`delivered a retort:`, `his answer:`: a reporting word right after an article is a noun.

    (Only right after it: in `the heckler yelled` the article belongs to the subject.)
    """
    return v >= 1 and toks[v - 1].low in _NOUN_ARTICLES


_NOUN_ARTICLES: Final = frozenset("a an the his her its their our my your this".split())


def _label_speaker(toks: list[_Tok], qi: int) -> _Mention | None:
    """`… ISIS.” Bush: “The mission is …”`: a short capitalised name and a colon, as in transcripts."""
    if qi < 2 or toks[qi - 1].text != ":":
        return None
    a = qi - 1
    while a > 0 and qi - 1 - a < 3 and toks[a - 1].is_word and toks[a - 1].is_cap:
        a -= 1
    if a == qi - 1 or (a > 0 and toks[a - 1].text not in _LABEL_BEFORE):
        return None
    if toks[a].low in _NOT_NAMES or toks[a].low in _NOT_SPEAKERS:
        return None
    return _Mention(toks[a].start, toks[qi - 2].end, "np")


_LABEL_BEFORE: Final = frozenset({".", "!", "?", _QUOTE_TOKEN, ";"})


def _inverted_subject(toks: list[_Tok], v: int, n: int, qi: int) -> _Mention | None:
    """`Dann sagte er: „…“`, `fügte er hinzu: „…“`, `заявил министр: «…»`: the subject after the verb.

    Only when nothing but the subject (and a separable particle) stands between the
    verb and the colon before the quotation; `told reporters:` takes an object, not a subject.
    """
    if toks[v].low in _OUTER_EXCLUDED:
        return None
    r = _np_right(toks, v + n, limit=8)
    if r is None:
        return None
    first = toks[r[0]]
    if first.low in _NOT_INVERTED_SUBJECTS or not (
            first.is_cap or first.low in _PRONOUNS or first.low in _DETERMINERS and (
                any(t.is_cap for t in toks[r[0]:r[1]]) or toks[r[1] - 1].low in _ROLE_NOUNS)):
        return None                               # `says of Clinton:`, `tweeted that:`, `added a caveat:`
    if v >= 1 and toks[v - 1].low in _PRONOUNS and toks[v - 1].low not in _NOT_INVERTED_SUBJECTS:
        return None                               # `she added a caveat:` has its subject already
    k = r[1]
    while k < qi and toks[k].low in _VERB_PARTICLES:
        k += 1
    if k + 1 != qi or toks[k].text != ":":
        return None
    return _mention(toks, r)


_NOT_INVERTED_SUBJECTS: Final = frozenset({"that", "this", "it", "i", "we", "you"})


def _outer_speaker(toks: list[_Tok], m: _Mention) -> _Mention | None:
    """`Israel said Clinton called it “…”`: reported speech inside reported speech.

    The quotation belongs to whoever reports the inner clause, when the inner subject
    directly follows an outer reporting verb (optionally with `that`).
    """
    a = bisect.bisect_left(toks, m.start, key=_START)
    if a == len(toks) or toks[a].start != m.start:
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
_OUTER_EXCLUDED: Final = frozenset(lex.OBJECT_REPORTING_VERBS)


def _possessor(toks: list[_Tok], v: int) -> _Mention | None:
    """`Trump’s claim`, `his description`: who owns the speech noun toks[v]."""
    p = v - 1
    while p >= 0 and toks[p].is_word and not _possessive(toks[p]) and v - p < 3 \
            and not toks[p].is_cap and toks[p].low not in _DETERMINERS:
        p -= 1
    if p < 0 or not _possessive(toks[p]):
        return None
    q = toks[p]
    if q.low in _POSSESSIVE_PRONOUNS:
        return _Mention(q.start, q.end, "pronoun")
    r = _np_left(toks, p)
    if r is None:
        return None
    a = r[0]
    while a < r[1] - 1 and toks[a].low in _LEADING_NON_SUBJECTS:
        a += 1                                    # `that Trump’s` -> `Trump’s`
    r = (a, r[1])
    end = toks[r[1] - 1].end
    if toks[r[1] - 1].text.endswith(("’s", "'s")):
        end -= 2
    return _Mention(toks[r[0]].start, end, "np")


def _possessive(t: _Tok) -> bool:
    return t.low in _POSSESSIVE_PRONOUNS or (t.is_cap and t.text.endswith(("’s", "'s")))


def _sentence_final(toks: list[_Tok], qi: int) -> _Mention | None:
    """`“Boots on the ground” would be appropriate, Ben Carson said after the attacks.`

    The subject is set off by a comma after the quotation, so without one this finds
    nobody (`attribute` relies on that to skip tokenising the rest of the sentence).
    """
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
    if not toks or len(toks) > 4 or not all(t.is_cap or t.low in _NAME_PARTICLES for t in toks):
        return None
    if toks[0].low in _NOT_NAMES:
        return None
    return _Mention(toks[0].start, toks[-1].end, "np")


def _gap_ends_sentence(text: str, spans: _Spans, j: int, lo: int, hi: int) -> bool:
    """Does quotation j end its sentence, given the text text[lo:hi] after it?"""
    inner = text[spans[j][1]:spans[j][2]].rstrip()
    gap = text[lo:hi]
    return inner[-1:] in _TERMINAL and (gap.strip() == "" or (gap[:1].isspace() and gap.lstrip()[:1].isupper()))


def _sentence_bounds(text: str, spans: _Spans, k: int, para_start: int, para_end: int) -> tuple[int, int]:
    """(start, end) of the sentence around quotation k.

    A sentence ends only where a full stop stands outside the quotations, so finding one
    walks over the quotations a sentence holds; the walk stops after `_MAX_WALK` of them
    either way, so thousands of stray marks in one sentence cost linear time.
    """
    hi = spans[k][0]
    j = k - 1
    while True:
        gap_lo = spans[j][3] if j >= 0 and spans[j][3] > para_start else para_start
        lo = _sentence_start(text, gap_lo, hi)
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
        m = _SENT_END_RE.search(text, spans[last][3], nxt)
        if m or nxt == para_end:
            return lo, (m.start() + 1 if m else para_end)
        last += 1


_MAX_WALK: Final = 8   # quotations in one sentence, either side of a quotation: more are stray marks


_NEAR: Final = 160   # characters before a quotation searched first for its cue


class _Windows:
    """Token windows around quotations, quotations inside each replaced by one token.

    A sentence is tokenised from its start only as far as a reader needs: most cues
    stand before the quotation, so the words after it are read only when no earlier
    cue is found. The tokens read so far are kept per sentence start and extended on
    demand, and the quotations of one sentence share them.
    """

    def __init__(self, text: str, spans: _Spans):
        self.text = text
        self.spans = spans
        self.opens = [sp[0] for sp in spans]
        # sentence start -> [tokens, end of the text tokenised, index of the next quotation,
        #                    {quotation index: index of its quote token}]
        self.cache: dict[int, list] = {}

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
                toks.extend(_tokens(text, pos, o))
                at[j] = len(toks)
                toks.append(_Tok(_QUOTE_TOKEN, o, c))
                pos = c
                j += 1
            if pos < hi:
                toks.extend(_tokens(text, pos, hi))
                pos = hi
            entry[1], entry[2] = pos, j
        return entry

    def before(self, k: int, lo: int) -> list[_Tok]:
        """Tokens from `lo` up to and including quotation k's token (the last one)."""
        entry = self._extend(lo, self.spans[k][0] + 1)
        return entry[0][:entry[3][k] + 1]

    def stretch(self, lo: int, hi: int) -> list[_Tok]:
        """Tokens of text[lo:hi] for any `lo` (even inside a word), not kept."""
        spans = self.spans
        first = bisect.bisect_left(self.opens, lo)
        if first > 0 and spans[first - 1][3] > lo:
            lo = spans[first - 1][3]              # starts inside a quotation: skip it
        last = bisect.bisect_left(self.opens, hi) - 1
        return _sentence_tokens(self.text, lo, hi, spans, first, last)

    def window(self, lo: int, hi: int) -> list[_Tok]:
        """Tokens of text[lo:hi]; `hi` is a sentence end, never inside a word."""
        toks = self._extend(lo, hi)[0]
        n = len(toks)
        while n and toks[n - 1].start >= hi:
            n -= 1
        return toks[:n]


def _near_cue(win: _Windows, k: int, para_start: int, lo: int) -> _Mention | None:
    """The cue before quotation k, looking only at the last `_NEAR` characters.

    Most cues sit just before the quotation, so this cheap pass usually settles it;
    a cue whose subject reaches the edge of the stretch is left to the full sentence.
    """
    o, c = win.spans[k][0], win.spans[k][3]
    if o - _NEAR <= lo:
        return None
    toks = win.stretch(o - _NEAR, o)
    if not toks:
        return None
    toks.append(_Tok(_QUOTE_TOKEN, o, c))
    try:
        m = _before_quote(toks, len(toks) - 1, partial=True)
    except _NeedsSentence:
        return None
    if m is None or m.start <= toks[0].start:
        return None
    return m


def attribute(text: str, spans: _Spans, loose: bool = True) -> list[_Mention | None]:
    """The speaker mention of each quotation (None where the text names none).

    `loose` lets a sentence's plain subject speak for a quotation with no reporting
    verb (`Trump … “…”`). That reading trusts capitals to mark names and sentence-opening
    words to be known, so it is for English only: German capitalises every noun, and the
    other languages' sentence openers (`Según`, `Proprio`) are not in the lexicon.
    """
    found: list[_Mention | None] = []
    last_resort: dict[int, int] = {}     # quotation -> its sentence start, for the subject fallback
    para_of: list[int] = []
    win = _Windows(text, spans)
    for k, (o, s, e, c) in enumerate(spans):
        para_start = text.rfind("\n", 0, o) + 1
        para_end = _para_end_of(text, c)
        para_of.append(para_start)
        post_end = min(para_end, spans[k + 1][0]) if k + 1 < len(spans) else para_end
        inner = text[s:e].rstrip()
        ends_sentence = inner[-1:] == "." and text[c:c + 1] != ","
        m = None
        clause_hi = min(post_end, c + 160)
        w = _WORD_AFTER_MARK_RE.match(text, c, clause_hi)      # (`”. The …` names nobody: not tokenised)
        if w and not _no_cue_after(w[1]):
            m = _after_quote(_tokens(text, c, _clause_end(text, c, clause_hi), limit=16), ends_sentence)
        if m is None:
            lo, hi = _sentence_bounds(text, spans, k, para_start, para_end)
            m = _near_cue(win, k, para_start, lo)
        if m is None:
            toks = win.before(k, lo)              # the words after the quotation only if needed
            qi = len(toks) - 1
            m = _label_speaker(toks, qi) or _before_quote(toks, qi)
            if m is None and "," in text[c:hi]:   # (no comma after the quotation: nothing to read there)
                m = _sentence_final(win.window(lo, hi), qi)
            if m is None and qi == 0:
                m = _colon_intro(text, para_start, loose)
            if m is None and loose:
                last_resort[k] = lo
        if m is None:
            m = _headline_speaker(text, para_start, o) or _signature_after(text, para_end)
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
    # Last, a quotation no cue and no neighbour attributes goes to its sentence's subject.
    for k, lo in last_resort.items():
        if found[k] is None:
            toks = win.before(k, lo)
            found[k] = _predicate_quote_subject(toks, len(toks) - 1)
    return found


_STOP_RE: Final = re.compile(r"[.!?]\s")
# A word as the first token after a closing mark, past commas, colons and dashes (the
# tokens `_after_quote` skips; `\s` and `_` start no token). Without one `_after_quote`
# finds no speaker, so the text after most quotations is never tokenised: `”. The …`.
# The group is that word as `_TOKEN_RE` reads it, without a final full stop.
_WORD_AFTER_MARK_RE: Final = re.compile(r"[\s_,;:—–\-―]*([^\W_][\w\-]*(?:[’'.][^\W_][\w\-]*)*)")
# Lower-case words `_after_quote` gives up on at once: `_np_right` refuses a phrase that
# opens with a stop word (`”, and the …`, `” to the …`), and none of them starts a
# reporting verb, a cue, an inverted pronoun or a skipped adverb. Derived from the
# lexicon, so it follows it.
_NO_CUE_AFTER: Final = frozenset(
    w for w in _NP_STOP - lex.DETERMINERS - _PRONOUNS - lex.ADVERBS - lex.REPORTING_VERBS - lex.AUXILIARIES
    - lex.AFTER_QUOTE_CUES - {p.split()[0] for p in lex.REPORTING_PHRASES + lex.ACCORDING_TO} - {"as"}
    if not _INVERTED_PRONOUN_RE.match(w))


def _no_cue_after(word: str) -> bool:
    """Does a quotation followed by `word` (its first word after the mark) name nobody there?"""
    return not word[0].isupper() and word.lower() in _NO_CUE_AFTER


def _clause_end(text: str, c: int, hi: int) -> int:
    """Where the sentence after a closing mark ends (an abbreviation's dot does not end it).

    `,” he said. “…` needs three tokens; tokenising on to the next quotation would cost more.
    """
    for m in _STOP_RE.finditer(text, c + 1, hi):
        k = m.start()
        w = k
        while w > c and (text[w - 1].isalnum() or text[w - 1] == "."):
            w -= 1
        if not _is_abbreviation(text[w:k]):
            return k + 1
    return hi


def _signature_after(text: str, para_end: int) -> _Mention | None:
    """A quotation whose paragraph is followed by a signature line: `“…”\n\n- Bernie Sanders.`"""
    k = _next_paragraph_at(text, para_end)
    m = _SIGNATURE_RE.match(text, k, _para_end_of(text, k))
    if m is None or m.group(1).lower() in _NOT_NAMES:
        return None
    return _Mention(m.start(1), m.end(1), "np")


def _next_paragraph_at(text: str, k: int) -> int:
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _next_paragraph(text: str, para_start: int) -> int:
    """Start of the paragraph after the one starting at `para_start` (blank lines skipped)."""
    k = _para_end_of(text, para_start)
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _colon_intro(text: str, para_start: int, loose: bool = True) -> _Mention | None:
    """A quotation opening a paragraph after `Caddell continued:` / `He said:`."""
    p = para_start - 1
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if p <= 0 or text[p - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, p - 1) + 1
    lo = _sentence_start(text, prev_start, p - 1)
    toks = _tokens(text, lo, p)                   # with the colon, as in `X sagte: „…`
    toks.append(_Tok(_QUOTE_TOKEN, p - 1, p))
    return _before_quote(toks, len(toks) - 1) or (_sentence_subject(toks, len(toks) - 1) if loose else None)


# ================================================================ 4. who is the speaker

_CAP: Final = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0400-\u042F"
# One capitalised word: an abbreviation or initial with its dot (`Mr.`, `J.`), or a word
# without one, so a run never crosses a sentence end (`Peskov. Speaking`). (The capital
# stands first, outside the alternatives, so that a search skips to the next capital at C speed.)
_NAME_WORD: Final = rf"[{_CAP}](?:[a-z]{{0,3}}\.|[\w\-]*(?:[’'][\w]+)?)"
_PARTICLES: Final = "|".join(sorted(lex.NAME_PARTICLES))
# A run of capitalised words, allowing name particles: "Ursula von der Leyen", "Dmitry Peskov".
_NAME_RE: Final = re.compile(rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:(?:{_PARTICLES})[ \t]+)*{_NAME_WORD})*")
# A signature line under a quotation: `- Bernie Sanders.`, `― Carlos Raúl`.
_SIGNATURE_RE: Final = re.compile(rf"[-—–―][ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})\.?[ \t]*$", re.M)


def _strip_possessive(w: str) -> str:
    """`Putin’s` -> `Putin`."""
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _name_tokens(words: list[str]) -> list[str]:
    """The personal-name part of a capitalised run: after any title or role
    (`President Vladimir Putin`, `Councillor Maria Okafor`, `Projektleiterin Anna Becker`)."""
    cut = 0
    for i, w in enumerate(words):
        lw = w.lower().rstrip(",")
        if lw in _TITLES or lw in _NOT_NAMES or lw in _ARTICLES_NOT_IN_NAMES or (
                i < len(words) - 1 and lw.endswith(_ROLE_SUFFIXES)):
            cut = i + 1
    return words[cut:]


_ROLE_SUFFIXES: Final = lex.ROLE_SUFFIXES


def _trailing_name(words: list[str]) -> list[str] | None:
    """The name closing a description: `la direttrice Giulia Romano`, `the defending champion
    Tomasz Wiśniewski`, `la concejala de Medio Ambiente, Lucía Fernández` (apposition).

    Not `a soldier from the Eastern Front`: a capitalised run after a preposition or an
    article names a place or a body, not the speaker.
    """
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _NAME_PARTICLES) \
            and not words[k - 1].endswith(","):
        k -= 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1                                    # a name starts capitalised
    run = words[k:]
    if not run or k == 0:
        return None
    nw = _name_tokens(run)
    before = words[k - 1]
    apposition = before.endswith(",")
    cut_role = 0 < len(nw) < len(run)
    if not apposition and before.lower() in _NOT_ROLE_WORDS:
        given = _from_given_name(nw)              # `el ministro de Economía Carlos Ruiz`
        if len(given) == len(nw) and before.lower() in _ARTICLES_NOT_IN_NAMES and len(nw) >= 3:
            given = _name_tokens(nw[1:])          # `die Medienwissenschaftlerin Martina Engelbert`
        nw, cut_role = given, cut_role or len(given) < len(nw)
    if not nw or not (apposition or cut_role or before.lower() not in _NOT_ROLE_WORDS):
        return None
    return nw if _looks_personal(nw) else None


def _from_given_name(words: list[str]) -> list[str]:
    """`Economía Carlos Ruiz` -> `Carlos Ruiz`: a known given name inside a run starts the name."""
    for i in range(1, len(words)):
        if words[i].lower() in _FIRST_NAME_GENDER and words[i - 1].lower() not in _FIRST_NAME_GENDER:
            return words[i:]
    return words


_NOT_ROLE_WORDS: Final = lex.PREPOSITIONS | lex.DETERMINERS | _PREPS_IN_NP | lex.CLAUSE_STARTERS | lex.NAME_PARTICLES


_NOT_SINGLE_NAMES: Final = lex.NOT_NAMES | lex.TITLES | lex.ORG_WORDS


def _role_before(text: str, a: int) -> bool:
    for w in text[max(0, a - 30):a].split()[-3:]:
        w = w.lower().strip(",")
        if w in _ROLE_NOUNS or w in _TITLES:
            return True
    return False


def _looks_personal(words: list[str]) -> bool:
    for w in words:
        lw = w.lower()
        if lw not in _NAME_PARTICLES and (len(w) <= 1 or w.isupper() or lw in _ORG_WORDS or lw in _NOT_NAMES):
            return False
    return True


def _in_apposition(text: str, a: int, b: int) -> bool:
    """`The defending champion, Tomasz Wiśniewski, congratulated …`: a name set off by commas
    right after a lower-case description is a person."""
    before = text[max(0, a - 30):a].rstrip()
    return before.endswith(",") and before[:-1].rstrip()[-1:].islower() and text[b:b + 1] == ","


def _description_gender(mention: str) -> str | None:
    words = mention.lower().split()
    return _ROLE_GENDER.get(words[-1]) if words else None


def _zero_subject_gender(verb: str) -> str | None:
    """`powiedziała` -> 'f', `сказал` -> 'm', `dijo` -> None (any gender)."""
    last = verb.split()[-1]
    return next((g for ending, g in _ZERO_SUBJECT_GENDER if last.endswith(ending)), None)


_NAME_REACH: Final = 62   # how far before a surname `_name_at` reads its given names (60, plus spaces)


class _Resolver:
    """Resolves speaker mentions to names, in text order, remembering the last speaker.

    Lookups are lazy and local (a surname's occurrences, the names in the stretch of
    text before a pronoun) so an article pays only for the mentions it has.
    """

    def __init__(self, text: str, spans: _Spans, nouns_capitalised: bool = False):
        self.text = text
        self.spans = spans
        self.starts = [s[0] for s in spans]
        # German capitalises every noun: a capitalised run is a person only with more evidence
        self.nouns_capitalised = nouns_capitalised
        self.last_speaker: str | None = None
        # speakers known only by a description (`a local shop owner`), as (position, mention):
        # a pronoun right after their words refers to them, not to an earlier named person
        self.anonymous: list[tuple[int, str]] = []
        # line start -> the capitalised runs of that line and their ends, found on demand
        self._line_runs: dict[int, tuple[list[re.Match], list[int]]] = {}
        self._persons: dict[int, tuple[str, str | None] | None] = {}
        self._runs: tuple[list[re.Match], list[int]] | None = None
        # role word -> {run index: index of the run a walk back from there settles on, or -1}
        self._role_runs: dict[str, dict[int, int]] = {}
        # surname -> (occurrence, start, full name) of the names it completes, found on demand
        self._names: dict[str, list[tuple[int, int, str]]] = {}

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][3]

    def full_name(self, surname: str, pos: int) -> str | None:
        """The fullest name ending in `surname`: the most recent before `pos`, else the first."""
        names = self._names.get(surname)
        if names is None:
            names = self._names[surname] = self._names_ending_in(surname)
        # a name read from occurrence i starts at most ~60 characters before i, so the
        # loop looks at no more than the few names whose occurrence lies just after `pos`
        k = bisect.bisect_left(names, pos + _NAME_REACH, key=_OCCURRENCE)
        for j in range(k - 1, -1, -1):
            if names[j][1] < pos:
                return names[j][2]
        return names[0][2] if names else None      # none before `pos`: the first one in the text

    def _names_ending_in(self, surname: str) -> list[tuple[int, int, str]]:
        """(occurrence, start, full name) for each occurrence of `surname` that completes a
        personal name, in text order; read once per surname and article, so that a surname
        repeated throughout a long text costs a lookup per mention, not a scan."""
        out = []
        for i in self._surname_positions(surname):
            found = self._name_at(surname, i)
            if found:
                out.append((i, *found))
        return out

    def _surname_positions(self, surname: str) -> list[int]:
        """Where `surname` occurs as a whole word (a C-speed `str.find` loop)."""
        text, n = self.text, len(surname)
        out = []
        i = text.find(surname)
        while i >= 0:
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                out.append(i)
            i = text.find(surname, end)
        return out

    def _name_at(self, surname: str, i: int) -> tuple[int, str] | None:
        """(start, full name) when the words before `surname` at `i` complete a personal name."""
        text = self.text
        words = []
        for w in reversed(text[max(0, i - 60):i].split()):
            lw = w.lower()
            if lw in _NAME_PARTICLES or (w[:1].isupper() and lw not in _TITLES and lw not in _NOT_SINGLE_NAMES
                                            and not w.endswith((",", ".", ":", "’s", "'s"))):
                words.append(w)
            else:
                if w.endswith(".") and len(w) == 2:    # a middle initial: "Donald J. Trump"
                    words.append(w)
                    continue
                break
        if not words:                                       # `said Peskov`, `Mr Balls`: the usual case
            return None
        words = _name_tokens(words[::-1] + [surname])[:-1]   # not `Projektleiterin Anna`
        while words and not words[0][:1].isupper():
            words.pop(0)                                    # not `de Trump`
        words = _from_given_name(words)                     # not `Economía Carlos`
        found = None
        if words and _looks_personal([w for w in words if not w.endswith(".")]):
            found = (i - sum(len(w) + 1 for w in words), " ".join(words) + " " + surname)
        return found

    def resolve(self, m: _Mention) -> str:
        text = self.text
        mention = text[m.start:m.end]
        low = mention.lower()
        if m.kind == "relative" and m.antecedent:
            return self.resolve(_Mention(m.antecedent[0], m.antecedent[1], "np"))
        if m.kind == "zero":
            return self.someone_before(m.start, _zero_subject_gender(low)) or mention
        pron = _POSSESSIVE_PRONOUNS.get(low, low)
        if m.kind == "pronoun" or pron in _PRONOUNS:
            g = _PRONOUN_GENDER.get(pron)
            if g in ("m", "f"):
                return self.someone_before(m.start, g) or mention
            return mention
        words = [_strip_possessive(w) for w in mention.split()]
        first = words[0].lower()
        named = _trailing_name(words)
        if named:
            words = named                       # `la direttrice Giulia Romano` -> `Giulia Romano`
        elif first in _INDEFINITE_DETERMINERS:
            self.anonymous.append((m.start, mention))
            return mention                      # an anonymous source stays as written
        else:
            caps = [w for w in words if w[:1].isupper()]
            if first in _DETERMINERS or not caps or len(caps) == 1 and caps[0].lower() in _DETERMINERS:
                return self.description(m, words) or mention
        nw = _name_tokens(words)
        # cut roles before the name: "Stein spokeswoman Melezia Figueroa" -> "Melezia Figueroa"
        for i in range(len(nw) - 1, -1, -1):
            if not (nw[i][:1].isupper() or nw[i].lower() in _NAME_PARTICLES):
                nw = nw[i + 1:]
                break
        if not nw:
            return mention
        full = self.full_name(nw[-1], m.start)
        if full and len(full.split()) >= len(nw) and (len(nw) == 1 or full.startswith(nw[0])):
            return full                         # (not `Medienwissenschaftlerin Martina Engelbert`)
        return " ".join(nw)

    def _runs_before(self, pos: int, span: int = 1500):
        """Capitalised runs ending before `pos`, nearest first, outside quotations.

        Read line by line backwards from `pos`, each line once per article: a pronoun
        usually finds its person within a line or two, so most of the text is never
        scanned. (A run never crosses a line break, so scanning a line alone finds
        exactly the runs a scan of the whole text would.)
        """
        text = self.text
        lo = pos - span
        if pos <= lo:
            return
        line_start = text.rfind("\n", 0, pos) + 1
        while True:
            runs, ends = self._runs_of_line(line_start)
            for i in range(bisect.bisect_right(ends, pos) - 1, -1, -1):
                m = runs[i]
                if m.start() < lo:
                    return
                if not self._inside_quote(m.start()):
                    yield m
            if line_start == 0 or line_start - 1 <= lo:
                return
            line_start = text.rfind("\n", 0, line_start - 1) + 1

    def _runs_of_line(self, line_start: int) -> tuple[list[re.Match], list[int]]:
        """The capitalised runs of the line at `line_start` (inside quotations too), and their ends."""
        found = self._line_runs.get(line_start)
        if found is None:
            runs = list(_NAME_RE.finditer(self.text, line_start, _para_end_of(self.text, line_start)))
            found = self._line_runs[line_start] = (runs, list(map(_END, runs)))
        return found

    def someone_before(self, pos: int, gender: str | None) -> str | None:
        """Who a pronoun at `pos` stands for: the most recent compatible person, named or not."""
        at, name = self.person_before(pos, gender)
        for start, mention in reversed(self.anonymous):
            if start < pos:
                if start > at and _description_gender(mention) in (None, gender):
                    return mention
                break
        return name

    def person_before(self, pos: int, gender: str | None) -> tuple[int, str | None]:
        """(where, name) of the most recent named person before `pos` whose gender does not clash."""
        for m in self._runs_before(pos):
            person = self._person(m)
            if person is not None:
                name, g = person
                if gender is None or g is None or g == gender:
                    return m.start(), name
        return -1, None

    def _person(self, m: re.Match) -> tuple[str, str | None] | None:
        """(name, gender) when the capitalised run `m` names a person, else None.

        Depends on the run alone, so it is worked out once per run (pronouns ask again).
        """
        key = m.start()
        if key not in self._persons:
            self._persons[key] = self._read_person(m)
        return self._persons[key]

    def _read_person(self, m: re.Match) -> tuple[str, str | None] | None:
        text = self.text
        words = [_strip_possessive(w) for w in m.group().split()]
        nw = _name_tokens(words)
        if not nw or not _looks_personal(nw):
            return None
        titled = any(w.lower() in _TITLES for w in words[:len(words) - len(nw)])
        if self.nouns_capitalised and not (
                nw[0].lower() in _FIRST_NAME_GENDER or _role_before(text, m.start())
                or _in_apposition(text, m.start(), m.end())):
            return None                          # German: a capitalised noun is no evidence
        if len(nw) > 1 and not (nw[0].lower() in _FIRST_NAME_GENDER or titled or _role_before(text, m.start())
                                or _in_apposition(text, m.start(), m.end()) or text.count(nw[-1]) > 1):
            return None                          # (tested before reading the full name, the costly part)
        full = self.full_name(nw[-1], m.start() + 1 if len(nw) == 1 else m.start())
        if len(nw) == 1 and not (full or titled):
            return None
        name = full if full and len(full.split()) >= len(nw) else " ".join(nw)
        return name, self._gender(name, words[:len(words) - len(nw)], m.start())

    def _gender(self, name: str, titles: list[str], start: int) -> str | None:
        for w in titles + self.text[max(0, start - 30):start].split()[-3:]:
            w = w.lower().strip(",")
            g = _TITLE_GENDER.get(w) or _ROLE_GENDER.get(w)
            if g:
                return g
        return _FIRST_NAME_GENDER.get(name.split()[0].lower())

    def description(self, m: _Mention, words: list[str]) -> str | None:
        """`the official` / `the Indiana governor` -> the person that role points to:
        the nearest full name before the mention with the role word just before it."""
        head = words[-1].lower()
        if head not in _ROLE_NOUNS:
            return None
        runs = self._all_runs()
        # Walk back from the mention over the runs, remembering per role word where each
        # walk ended, so a role repeated throughout a long text costs a lookup per mention.
        ends_at = self._role_runs.setdefault(head, {})
        walked = []
        i = bisect.bisect_right(runs[1], m.start) - 1
        found = -1
        while i >= 0:
            if i in ends_at:
                found = ends_at[i]
                break
            walked.append(i)
            r = runs[0][i]
            nw = _name_tokens([_strip_possessive(w) for w in r.group().split()])
            if len(nw) >= 2 and _looks_personal(nw) and head in self.text[max(0, r.start() - 40):r.end()].lower():
                found = i
                break
            i -= 1
        for j in walked:
            ends_at[j] = found
        if found < 0:
            return self.last_speaker
        r = runs[0][found]
        nw = _name_tokens([_strip_possessive(w) for w in r.group().split()])
        return self.full_name(nw[-1], r.start()) or " ".join(nw)

    def _all_runs(self) -> tuple[list[re.Match], list[int]]:
        """Every capitalised run outside quotations, and their ends (read once, on demand)."""
        if self._runs is None:
            runs = [m for m in _NAME_RE.finditer(self.text) if not self._inside_quote(m.start())]
            self._runs = (runs, list(map(_END, runs)))
        return self._runs


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
    supported language are tried, so it may be None. Runs the compiled build of this
    module when there is a current one (`transforms.compiled`), else the code below.
    """
    return _EXTRACT(text, language)


def _extract_quotes(text: str, language: str | None) -> list[Quote]:
    if not text:
        return []
    spans = [sp for sp in scan_quote_spans(text) if _has_word(text, sp[1], sp[2])]
    spans = _drop_non_quotations(text, spans)
    if not spans:
        return []
    mentions = attribute(text, spans, loose=language in (None, "en"))
    resolver = _Resolver(text, spans, nouns_capitalised=language == "de")
    quotes = []
    for (o, s, e, c), m in zip(spans, mentions):
        name = resolver.resolve(m) if m is not None else None
        if m is not None and m.kind == "zero" and name == text[m.start:m.end]:
            m = None                            # `– powiedział.` with nobody before it to point to
        if m is None:
            speaker = name = None
            s0 = s1 = None
        else:
            s0, s1 = m.start, m.end
            speaker = text[s0:s1]
            if m.kind == "np" and name != speaker or name and name[:1].isupper() and " " in name:
                resolver.last_speaker = name
        quotes.append(Quote(s, e, text[s:e], _kind(text, o, s, e), speaker, s0, s1, name))
    return quotes


def _drop_non_quotations(text: str, spans: _Spans):
    """Drop marked spans that name something rather than quote anyone (see below)."""
    doubles = any(text[o] != "'" for o, _, _, _ in spans)
    return [sp for sp in spans
            if not (doubles and text[sp[0]] == "'")
            and not _is_title(text, *sp) and not _is_nickname(text, *sp)
            and text[sp[1]:sp[2]].strip(" .,?!").lower() not in _MENTIONED_WORDS]


# A lone pronoun in marks is a word talked about, not words quoted: `because "she" is a "he"`.
_MENTIONED_WORDS: Final = frozenset({"he", "she", "him", "her", "they", "them", "it", "his", "hers"})


# Straight single marks (above): in a text that quotes with double marks, a top-level
# '…' is headline style or a scare quote (ASCII ' being mostly an apostrophe), and news
# annotation does not count it as a quotation; a text with no double marks keeps them.

# A title-case span right after one of these words is the name of a work or a show:
# `Pence said on CNN’s “State of the Union.”`, `his new documentary “13th.”`.
_TITLE_CUES: Final = lex.TITLE_CUES
_TITLE_SMALL_WORDS: Final = lex.TITLE_SMALL_WORDS
_WORD_RE: Final = re.compile(r"[^\W_][\w’'\-]*")


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
    return cue.rstrip(",").lower() in _TITLE_CUES and _is_title_case(text, s, e)   # `documentary, “13th,”`


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
    """Does text[s:e] hold a letter? Most quotations do in their first few characters,
    so a long one is copied whole only when its start has none."""
    return any(map(str.isalpha, text[s:min(e, s + 50)])) or (e - s > 50 and any(map(str.isalpha, text[s:e])))


# The compiled twin of this module, when `pip install` built one from this very file.
_TWIN: Final = compiled_twin(__name__, __file__)
_EXTRACT: Final = _extract_quotes if _TWIN is None else _TWIN._extract_quotes


# ================================================================ Beam

def add_quotes(article):
    """Article -> Article with `quotes` filled."""
    return dataclasses.replace(article, quotes=tuple(extract_quotes(article.text, article.language)))


class ExtractQuotes(ArticleStage):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with `quotes` filled, `.errors`)."""

    stage = "quotes"

    def article_fn(self):
        return add_quotes
