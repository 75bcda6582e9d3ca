"""What a rule's regex can match, read off its source: the characters a match can begin with and the
words it can hold. The index (`newsbeam.transforms.dates.index`) uses both to skip work that provably finds
nothing; neither changes what is found.

The patterns are parsed here, by a small parser of the regex syntax the grammar uses (literals,
escapes, classes, groups, look-arounds, alternation, repeats), not with `re`'s private parser,
whose module and tree change between Python versions. A construct it does not know (a back
reference, `.`, a class it cannot list) makes the answer None, "unknown", and then nothing is
skipped: the scan degrades to trying every rule at every start, with the same output.
"""
from __future__ import annotations

import functools
import re

__all__ = ["first_chars", "first_words", "words_in"]

# A parsed pattern is a sequence (list) of items:
#   ("chars", frozenset[str] | None, has_space)   one character of a known set (None: unknown set)
#   ("zero",)                                     zero-width: anchors and look-arounds
#   ("alt", [sequence, ...])                      alternatives
#   ("rep", low, high | None, sequence)           a repeat (high None: unbounded)
#   ("unknown",)                                  anything else (`.`, back references)
_DIGITS = frozenset("0123456789")
_SPACE = " "  # `\s` stands for one space: a non-word character, where words break


class _Unknown(Exception):
    pass


_PLAIN_RUN = re.compile(r"[^\\()\[\]|?*+{}^$.]+")


class _Parser:
    def __init__(self, src: str):
        self.src, self.i = src, 0

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.src[j] if j < len(self.src) else ""

    def take(self) -> str:
        ch = self.peek()
        self.i += 1
        return ch

    def alternation(self) -> list:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else [("alt", branches)]

    def sequence(self) -> list:
        items: list = []
        while self.peek() not in ("", "|", ")"):
            # (a run of plain characters, most of a word list's trie, is read at once: all but its
            # last are single-character atoms that no quantifier follows)
            run = _PLAIN_RUN.match(self.src, self.i)
            if run and run.end() - self.i > 1:
                items.extend(("chars", frozenset(ch), False) for ch in self.src[self.i:run.end() - 1])
                self.i = run.end() - 1
            atom = self.atom()
            quantified = self.quantifier(atom)
            items.append(quantified)
        return items

    def quantifier(self, atom):
        ch = self.peek()
        if ch and ch in "?*+":
            self.i += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        elif ch == "{" and (m := re.compile(r"\{(\d*)(?:(,)(\d*))?\}").match(self.src, self.i)) and (m.group(1) or m.group(3)):
            self.i = m.end()
            low = int(m.group(1) or 0)
            high = None if m.group(2) and not m.group(3) else int(m.group(3) or m.group(1))
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.i += 1
        return ("rep", low, high, [atom])

    def atom(self):
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in "^$":
            return ("zero",)
        if ch == ".":
            return ("unknown",)
        return ("chars", frozenset(ch), False)

    def group(self):
        zero = False
        if self.peek() == "?":
            self.i += 1
            kind = self.take()
            if kind == "P" and self.peek() == "<":
                self.i = self.src.index(">", self.i) + 1
            elif kind == ":":
                pass
            elif kind in "=!":
                zero = True
            elif kind == "<" and self.peek() in "=!":
                self.i += 1
                zero = True
            elif kind.isalpha():
                flags = kind
                while self.peek().isalpha() or self.peek() == "-":
                    flags += self.take()
                if self.take() != ":" or set(flags) - {"s"}:
                    raise _Unknown  # (only `(?s:...)`, which changes no string a pattern here matches)
            else:
                raise _Unknown
        body = self.alternation()
        if self.take() != ")":
            raise _Unknown
        return ("zero",) if zero else ("alt", [body])

    def escape(self, in_class: bool):
        ch = self.take()
        if ch == "":
            raise _Unknown  # a pattern ending in a backslash
        if ch == "d":
            return ("chars", _DIGITS, False)
        if ch == "s":
            return ("chars", frozenset(_SPACE), True)
        if ch in "bBAZ" and not in_class:
            return ("zero",)
        if ch in "wWSD":
            return ("chars", None, False)
        if ch in "ntrfv":
            return ("chars", frozenset({"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}[ch]), False)
        if ch == "x":
            code = self.src[self.i:self.i + 2]
            self.i += 2
            return ("chars", frozenset(chr(int(code, 16))), False)
        if ch == "u":
            code = self.src[self.i:self.i + 4]
            self.i += 4
            return ("chars", frozenset(chr(int(code, 16))), False)
        if ch.isalnum():
            raise _Unknown  # a back reference, `\N{...}`, an octal escape
        return ("chars", frozenset(ch), False)

    def char_class(self):
        """A `[...]` class: its characters, or None for one too large to list (negated, `\\w`, a
        wide range), which only matters where a match can begin (inside a look-around it does not)."""
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        chars: set[str] | None = set()
        space = False
        first = True
        while True:
            ch = self.take()
            if ch == "":
                raise _Unknown
            if ch == "]" and not first:
                break
            first = False
            if ch == "\\":
                _, got, has_space = self.escape(in_class=True)
                space |= has_space
                chars = None if chars is None or got is None else chars | got
                continue
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                end = self.take()
                if end == "\\":
                    end_item = self.escape(in_class=True)
                    end = next(iter(end_item[1])) if end_item[1] and len(end_item[1]) == 1 else ch
                if chars is not None and ord(end) - ord(ch) < 64:
                    chars.update(chr(x) for x in range(ord(ch), ord(end) + 1))
                else:
                    chars = None
                continue
            if chars is not None:
                chars.add(ch)
        return ("chars", None if negated or chars is None else frozenset(chars), space)


@functools.lru_cache(maxsize=None)
def parse(src: str) -> list | None:
    """The parsed pattern, or None when it uses a construct this parser does not know."""
    try:
        p = _Parser(src)
        tree = p.alternation()
        if p.i != len(src):
            raise _Unknown  # an unbalanced `)`
        return tree
    except (_Unknown, ValueError, IndexError):
        return None


# ----------------------------------------------------------------------------- first characters
@functools.lru_cache(maxsize=None)
def first_chars(src: str) -> frozenset[str] | None:
    """The characters a match of `src` can begin with, or None when that is not a short list (`\\w`,
    `.`), the pattern can match the empty string, or the parse is not known. Lets the index skip a
    rule after one look at the first character, which makes trying many rules cheap."""
    tree = parse(src)
    if tree is None:
        return None

    def first(items) -> tuple[set[str] | None, bool]:
        """(first characters, whether the sequence can match the empty string)."""
        chars: set[str] = set()
        for item in items:
            kind = item[0]
            if kind == "zero":
                continue
            if kind == "chars":
                if item[1] is None or item[2]:
                    return None, False  # (`\s` at a start: any white space, not a short list)
                return chars | item[1], False
            if kind == "alt":
                nullable = False
                for branch in item[1]:
                    got, branch_nullable = first(branch)
                    if got is None:
                        return None, False
                    chars |= got
                    nullable |= branch_nullable
                if not nullable:
                    return chars, False
                continue
            if kind == "rep":
                got, nullable = first(item[3])
                if got is None:
                    return None, False
                chars |= got
                if not (nullable or item[1] == 0):
                    return chars, False
                continue
            return None, False
        return chars, True

    chars, nullable = first(tree)
    if chars is None or nullable or not chars:
        return None
    return frozenset(chars)


# ----------------------------------------------------------------------------- words
# Which words a rule's match can hold: a set of matches is abstracted as (whole, left, right, inner):
# the strings of those without a non-word character, and of the others the word fragments before the
# first one and after the last one, and the complete words between. Digits are written `0` (a run of
# them one `0`): a text word with a digit is never skipped on.
_ONE = (frozenset({""}), frozenset(), frozenset(), frozenset())  # the empty match
_BREAK = (frozenset(), frozenset({""}), frozenset({""}), frozenset())  # one non-word character
_WORD_CHAR = re.compile(r"\w").match
_MAX_WORDS = 50_000  # more strings than that: the analysis gives up (None), and nothing is skipped


def _cat(a, b):
    if a == _ONE or b == _ONE:
        return b if a == _ONE else a

    def join(xs, ys):
        out = {x + y[1:] if x[-1:] == "0" == y[:1] else x + y for x in xs for y in ys}
        if len(out) > _MAX_WORDS:
            raise _Unknown
        return out
    (aw, al, ar, ai), (bw, bl, br, bi) = a, b
    return (frozenset(join(aw, bw)), al | frozenset(join(aw, bl)), br | frozenset(join(ar, bw)),
            ai | bi | frozenset(join(ar, bl)))


def _union(a, b):
    return tuple(x | y for x, y in zip(a, b))


def _abstract(tree):
    """(whole, left, right, inner) of the matches of a parsed pattern (see above); raises _Unknown."""
    def chars(got: frozenset[str] | None):
        if got is None:
            raise _Unknown
        words = frozenset("0" if ch.isdecimal() else ch for ch in got if _WORD_CHAR(ch))
        result = (words, frozenset(), frozenset(), frozenset())
        return _union(result, _BREAK) if any(not _WORD_CHAR(ch) for ch in got) else result

    def seq(items):
        acc = _ONE
        word = ""  # a run of single word characters, joined before it is concatenated (same result)
        for item in items:
            if item[0] == "chars" and item[1] is not None and len(item[1]) == 1:
                (ch,) = item[1]
                if _WORD_CHAR(ch):
                    ch = "0" if ch.isdecimal() else ch
                    if not (ch == "0" and word.endswith("0")):  # (a run of digits is one `0`, as `_cat` joins)
                        word += ch
                    continue
            if word:
                acc, word = _cat(acc, (frozenset({word}), frozenset(), frozenset(), frozenset())), ""
            acc = _cat(acc, one(item))
        if word:
            acc = _cat(acc, (frozenset({word}), frozenset(), frozenset(), frozenset()))
        return acc

    def one(item):
        kind = item[0]
        if kind == "zero":
            return _ONE
        if kind == "chars":
            return chars(item[1])
        if kind == "alt":
            out = seq(item[1][0])
            for branch in item[1][1:]:
                out = _union(out, seq(branch))
            return out
        if kind == "rep":
            low, high, body = item[1], item[2], seq(item[3])
            acc = _ONE
            for _ in range(low):
                acc = _cat(acc, body)
            extra = 0
            while high is None or extra < high - low:  # more repeats, until they add nothing
                more = _union(acc, _cat(acc, body))
                if more == acc:
                    break
                acc = more
                extra += 1
                if extra > 9:
                    raise _Unknown
            return acc
        raise _Unknown

    return seq(tree)


_abstractions: dict[int, tuple] = {}  # id(parse tree) -> (the tree, its `_abstract` or None)


def _abstraction(src: str) -> tuple | None:
    """`_abstract` of `src`'s parse, or None when it is not understood. `words_in` and `first_words`
    ask for the same patterns: computed once per parse tree (`parse` caches the trees)."""
    tree = parse(src)
    if tree is None:
        return None
    known = _abstractions.get(id(tree))
    if known is None or known[0] is not tree:
        try:
            found = _abstract(tree)
        except _Unknown:
            found = None
        known = _abstractions[id(tree)] = (tree, found)
    return known[1]


@functools.lru_cache(maxsize=None)
def words_in(src: str) -> frozenset[str] | None:
    """The letter words (maximal runs of word characters, without a digit) that a match of `src` can
    hold, or None when the pattern is not understood (`\\w+`, `.`)."""
    found = _abstraction(src)
    if found is None:
        return None
    whole, left, right, inner = found
    return frozenset(w for w in whole | left | right | inner if w and "0" not in w)


@functools.lru_cache(maxsize=None)
def first_words(src: str) -> frozenset[str] | None:
    """The words a match of `src` can begin with: maximal runs of word characters, digits written
    `0` (a run of them one `0`); "" when it can begin with a non-word character. None when the
    pattern is not understood."""
    found = _abstraction(src)
    if found is None:
        return None
    whole, left, _, _ = found
    return frozenset(whole | left)
