"""Bytes to text: UTF-8 first; otherwise the legacy encoding whose reading fits a language best.

A file that is not UTF-8 is almost always in one of a few 8-bit code pages, and several of them
decode any byte string without error: only the result tells them apart. Each candidate reading is
scored for how well it fits one of the languages' profiles (`transforms/lang/<code>/decoding.py`:
the language's letters beyond ASCII, its most frequent words, the code pages it was written in):

- a letter of the language scores, a letter of no profile costs, a symbol or control character
  inside a word (`W³adze`) or a word mixing scripts or cases (`пРЕЗИДЕНТ`) costs more;
- each of the language's frequent words found (in ASCII, or in the candidate reading) scores.

The best (encoding, language) pair wins; ties go to the more common encoding. When the winner
is not clearly ahead of every reading that gives a *different* text, or fits no language, the
guess is kept but reported (`Decoded.doubt`), so the reader can record it. Readings that fit no
profile at all (CJK, Greek ...) go to charset-normalizer, reported as a guess too.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

__all__ = ["DecodeError", "Decoded", "DecodingProfile", "decode_bytes"]

# Bytes that never occur in text: NUL and most C0 controls (tab, LF, CR, FF are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# Enough of a file to decide its encoding; the decision applies to the whole file.
_SAMPLE_BYTES = 16 * 1024
_MAX_CHUNKS = 64   # the most frequent distinct non-ASCII words of the sample are evidence enough
_ASCII_WORD = re.compile(rb"[A-Za-z]+")
# In a decoded chunk: runs of letters and digits (and what else counts as a word character), and
# the non-ASCII characters outside them (quotes, dashes, currency ...).
_RUN = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LONE_SYMBOL = re.compile(r"[^\w\x00-\x7f]")
# One character per script change is enough to see a word mixing scripts (`naпve`).
_ONE_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f]+|[\u0370-\u03ff]+|[\u0400-\u052f]+")
_SCRIPTS = re.compile(r"[A-Za-z\u00c0-\u024f]+|[\u0370-\u03ff]+|[\u0400-\u052f]+|[^\W\d_]")
# A run of ASCII letters, digits and high bytes holding at least one high byte: a word (or words
# and the punctuation between them) that reads differently in each code page.
_HIGH_WORD = re.compile(rb"[A-Za-z0-9\x80-\xff]*[\x80-\xff][A-Za-z0-9\x80-\xff]*")
# Non-ASCII characters that are text but not letters: typographic quotes and dashes, currency,
# degrees, superscripts, no-break space. Fine next to a word, wrong inside one (`W³adze`).
_TYPOGRAPHY = frozenset("“”„‟‘’‚‛«»‹›–—―…•·€£¥¢§¶°©®™±×÷¹²³¼½¾\xa0\xad´¨¸¯¡¿ªº")
# Those that also stand glued to a word (`„Tak`, `Apple®`, `prêt…`); the others (`Będ±`) are odd there.
_GLUED = frozenset("“”„‟‘’‚‛«»‹›–—―…•·€£¥¢°©®™\xa0\xad´¡¿ªº")
# What may stand between two letters: apostrophes (`l’homme`), no-break space, soft hyphen, middle dot (`l·l`).
_INSIDE_WORDS = frozenset("’‘´ʼ\xa0\xad·")
# Scores (see the module doc). A letter of another profile (`é` in English) is foreign but
# plausible, a letter of no profile (`ď`, `ŕ`) less so; a stray symbol worse, a control worst.
_OWN_LETTER, _PROFILED_LETTER, _UNKNOWN_LETTER = 1.0, -1.0, -2.5
_BAD, _CONTROL, _WORD = -2.0, -4.0, 2.0
# How far the winner must lead any reading that gives another text to count as sure.
_SURE_MARGIN = 2.0
# In a text of at least _EVIDENCE_WORDS words, fewer than this share of the language's frequent
# words means the text is not in that language (news prose has 20-40%), whatever its letters.
_EVIDENCE_WORDS, _MIN_WORD_SHARE = 6, 0.05
# ... and in a text of this many words, a code page of another language that charset-normalizer
# names is believed over ours (a Greek text read as Cyrillic: letters fine, words nonsense).
_OTHER_LANGUAGE_WORDS = 12
# A reading with more than this share (and at least _MIN_ODD) of odd characters (symbols inside
# words, ill-formed words, letters of no profile) is not a supported language's text, however well
# the rest scores. (One or two are typos, names, a missing line break: `uranioCosì`.)
_MAX_ODD, _MIN_ODD = 0.05, 3


class DecodeError(ValueError):
    """Input bytes that are not usable text. `error_type` is a stable code for the errors table."""

    def __init__(self, error_type: str, message: str):
        super().__init__(message)
        self.error_type = error_type


class Decoded(NamedTuple):
    text: str
    encoding: str
    doubt: str | None = None   # why the encoding is a guess (None: UTF-8, a BOM, or a clear winner)


@dataclass(frozen=True)
class DecodingProfile:
    """What a language contributes to recognising its text's encoding."""
    name: str                     # in English, as charset-normalizer names languages (`Polish`)
    letters: str                  # its letters beyond ASCII, lower case (`ąćęłńóśźż`)
    words: frozenset[str]         # its most frequent words, lower case, ASCII or not
    encodings: tuple[str, ...]    # the 8-bit code pages its texts were written in, most common first
    rare: str = ""                # those of its letters seldom seen (French `æ`, `ÿ`): no evidence


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes: (text, encoding name used, doubt about a guessed encoding).

    Raises DecodeError('empty' | 'binary' | 'undecodable', ...).
    """
    if not data.strip():
        raise DecodeError("empty", "no content (empty or whitespace only)")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16")
    if _looks_binary(data):
        raise DecodeError("binary", "binary content (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise DecodeError("undecodable", f"{name} byte order mark but invalid {name}: {e}") from None
    # Behind a byte order mark any bytes decode to something: binary bytes as UTF-16 read as a
    # scatter of code points, many of them controls, unassigned or private-use (text has next to none).
    odd = sum(1 for c in text if _odd_character(c))
    if odd * 100 > len(text):
        raise DecodeError("binary", f"binary content behind a {name} byte order mark: "
                                    f"{odd} of {len(text)} characters are controls, unassigned or private-use")
    return Decoded(text, name)


def _odd_character(c: str) -> bool:
    category = unicodedata.category(c)
    if category == "Cn":  # unassigned; beyond the BMP it may be an emoji newer than this Python's tables
        return ord(c) < 0x10000
    return category in ("Co", "Cs") or (category == "Cc" and c not in "\t\n\r\f")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or controls > len(head) * 0.01


@lru_cache(maxsize=1)
def _profiles() -> dict[str, DecodingProfile]:
    from newsbeam.transforms.lang import SUPPORTED, profile

    found = {code: profile(code, "decoding") for code in SUPPORTED}
    return {code: p for code, p in found.items() if p is not None}


@lru_cache(maxsize=1)
def _candidates() -> tuple[str, ...]:
    """Every profile's code pages, most common first, each once (by codec, so aliases count once)."""
    seen, order = set(), []
    for p in _profiles().values():
        for i, name in enumerate(p.encodings):
            codec = codecs.lookup(name).name
            if codec not in seen:
                seen.add(codec)
                order.append((i, len(order), name))
    return tuple(name for _, _, name in sorted(order))


@lru_cache(maxsize=1)
def _profiled_letters() -> frozenset[str]:
    return frozenset(c for p in _profiles().values() for c in p.letters)


def _detect(data: bytes) -> Decoded:
    sample = data[:_SAMPLE_BYTES]
    chunks = dict(Counter(_HIGH_WORD.findall(sample)).most_common(_MAX_CHUNKS))
    ascii_words = Counter(w.lower().decode("ascii") for w in _ASCII_WORD.findall(_HIGH_WORD.sub(b" ", sample)))
    ascii_hits = {code: sum(n for w, n in ascii_words.items() if w in p.words) for code, p in _profiles().items()}
    ascii_evidence = (ascii_hits, sum(ascii_words.values()))
    joined, counts = b"\n".join(chunks), tuple(chunks.values())
    scored = []  # (score, -preference, encoding, language, _Fit, reading)
    fits: dict[str, dict] = {}  # code pages that read these bytes alike are scored once
    for rank, encoding in enumerate(_candidates()):
        try:
            reading = joined.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this code page does not define
        if reading not in fits:
            fits[reading] = _fit(tuple(zip(reading.split("\n"), counts)), ascii_evidence)
        for language, fit in fits[reading].items():
            scored.append((fit.score, -rank, encoding, language, fit, reading))
    scored.sort(key=lambda s: s[:2], reverse=True)
    if not scored:
        return _fallback(data, None)
    score, _, encoding, language, fit, reading = scored[0]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # a byte beyond the sample that this code page does not define
        return _fallback(data, None)
    close = {s[2] for s in scored if score - s[0] < _SURE_MARGIN}
    if score <= 0 or fit.odd:  # another language or script, or a multi-byte encoding
        return _fallback(data, Decoded(text, encoding, f"no supported language fits; decoded as {encoding}, "
                                                       "which may be wrong"), close, other_languages=True)
    if fit.words >= _EVIDENCE_WORDS and fit.hits < _MIN_WORD_SHARE * fit.words:  # its letters fit, its words do not
        return _fallback(data, Decoded(text, encoding, f"decoded as {encoding} ({language}) with low confidence: "
                                                       f"few of its frequent words occur"),
                         other_languages=fit.words >= _OTHER_LANGUAGE_WORDS)
    rival = next((s for s in scored if s[5] != reading), None)
    if rival is not None and score - rival[0] < _SURE_MARGIN:
        # The language is clear, the letters that tell the code pages apart are few: keep the best, say so.
        return Decoded(text, encoding, f"decoded as {encoding} ({language}) with low confidence: "
                                       f"{rival[2]} reads almost as well")
    return Decoded(text, encoding)


class _Fit(NamedTuple):
    score: float
    hits: int     # the language's frequent words found
    words: int    # words seen
    odd: bool     # many odd characters: symbols inside words, ill-formed words, letters no profile has


def _fit(reading: tuple[tuple[str, int], ...], ascii_evidence: tuple[dict[str, int], int]) -> dict[str, _Fit]:
    """Each profiled language's fit to one candidate reading of the high-byte chunks (each with its
    number of occurrences), given (each language's frequent words among the ASCII words, their number)."""
    ascii_hits, ascii_total = ascii_evidence
    shared, flaws = 0.0, 0       # what counts the same whatever the language
    words: Counter = Counter()   # well-formed words, lower case
    for chunk, n in reading:
        for run in _RUN.findall(chunk):
            if run.isalpha():
                tokens = [run]
            else:  # letters with digits or numeric signs (`Ł15`, `W³adze`, `COVID19`)
                penalty = _mixed_run_penalty(run)
                if penalty:
                    shared += penalty * n
                    flaws += n
                tokens = [t for t in _LETTERS.findall(run) if len(t) > 1 or t.isascii()]  # `Ł` of `Ł15` is no word
            for token in tokens:
                if _well_formed(token):
                    words[token.lower()] += n
                else:
                    shared += _BAD * n * (len(token) - len(token.encode("ascii", "ignore")))
                    flaws += n
        for m in _LONE_SYMBOL.finditer(chunk):
            i, c = m.start(), m.group()
            penalty = _other_score(c)
            before = i > 0 and chunk[i - 1].isalpha()
            after = i < len(chunk) - 1 and chunk[i + 1].isalpha()
            if before and after and c not in _INSIDE_WORDS:
                penalty = min(_BAD, penalty)  # between two letters: a symbol where a letter should be
            elif (before or after) and c not in _GLUED:
                penalty = min(_BAD / 2, penalty)
            shared += penalty * n
            flaws += n if penalty else 0
    total = ascii_total + sum(words.values())
    # The non-ASCII letters of the well-formed words, counted in one pass.
    letters = Counter("".join(w * n for w, n in words.items() if not w.isascii()))
    for c in [c for c in letters if c.isascii()]:
        del letters[c]
    known = _profiled_letters()
    scores = {}
    for code, p in _profiles().items():
        score, unknown = shared, 0
        for c, n in letters.items():
            if c in p.rare:
                continue
            if c in p.letters:
                score += _OWN_LETTER * n
            elif c in known:
                score += _PROFILED_LETTER * n
            else:
                score += _UNKNOWN_LETTER * n
                unknown += n
        hits = ascii_hits[code] + sum(n for w, n in words.items() if w in p.words)
        odd = flaws + unknown
        many_odd = odd >= _MIN_ODD and odd > _MAX_ODD * (flaws + sum(letters.values()))
        scores[code] = _Fit(score + _WORD * hits, hits, total, many_odd)
    return scores


def _mixed_run_penalty(run: str) -> float:
    """A run of letters mixed with digits or numeric signs: a non-ASCII letter alone against a
    digit (`Ł15`: the reading where it is `£15` is likelier), or a numeric sign between two
    letters (`W³adze`), costs; `3²`, `1½` and `COVID19` do not."""
    penalty = 0.0
    for i, c in enumerate(run):
        before = run[i - 1].isalpha() if i > 0 else False
        after = run[i + 1].isalpha() if i + 1 < len(run) else False
        if c.isalpha():
            if not c.isascii() and not before and not after:
                penalty += _BAD
        elif not c.isascii() and before and after:
            penalty += _BAD
    return penalty


def _other_score(c: str) -> float:
    if ord(c) < 128:
        return 0.0
    if unicodedata.category(c) == "Cc":
        return _CONTROL
    return 0.0 if c in _TYPOGRAPHY else _BAD


def _well_formed(word: str) -> bool:
    """One script, and lower, Capitalised or UPPER case (not `пРЕЗИДЕНТ`, `naпve`)."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    if word.isascii() or _ONE_SCRIPT.fullmatch(word):
        return True
    runs = _SCRIPTS.findall(word)
    return len(runs) <= 1 or len({_script(r[0]) for r in runs}) == 1


def _script(c: str) -> str:
    code = ord(c)
    if code < 0x250:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    return unicodedata.name(c, "?").split(" ", 1)[0].lower()


def _fallback(data: bytes, ours: Decoded | None, close: set[str] = frozenset(),
              other_languages: bool = False) -> Decoded:
    """For a text no profile fits well: charset-normalizer's guess (it knows more languages and the
    multi-byte encodings) when it is one of the `close` runners-up, or, for a text that fits no
    profile (`other_languages`), a code page the profiles do not have; else ours. Either way a
    guess, so it carries a doubt."""
    import charset_normalizer  # only input that no profile fits well pays for the import

    best = charset_normalizer.from_bytes(data).best()
    codec = codecs.lookup(best.encoding).name if best is not None else None
    usable = best is not None and (ours is None or codec in {codecs.lookup(c).name for c in close} or (
        other_languages and codec not in {codecs.lookup(c).name for c in _candidates()}
        and best.language not in {p.name for p in _profiles().values()}))  # a language we know: ours knows better
    if not usable:
        if ours is None:
            raise DecodeError("undecodable", "not valid UTF-8, and no text encoding fits")
        return ours
    if ours is not None and codec == codecs.lookup(ours.encoding).name:
        return ours
    language = f", {best.language}" if best.language and best.language != "Unknown" else ""
    return Decoded(str(best), best.encoding, f"no supported language fits; decoded as {best.encoding} "
                                             f"(charset-normalizer's guess{language}), which may be wrong")
