"""Marked spans that are not quotations: titles of works, nicknames, words talked about."""
from __future__ import annotations

import re
from itertools import islice

from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.marks import Spans

__all__ = ["drop_non_quotations", "has_word"]


def drop_non_quotations(lx: Lexicon, text: str, spans: Spans) -> Spans:
    """Drop marked spans that name something rather than quote anyone: titles of works and
    shows, nicknames, a lone pronoun in marks (`because "she" is a "he"`: a word talked about),
    and straight single marks in a text that quotes with double ones (below)."""
    doubles = any(text[o] != "'" for o, _, _, _ in spans)
    return [sp for sp in spans
            if not (doubles and text[sp[0]] == "'" and not is_title_claim(lx, text, sp[0], sp[3]))
            and not _after_scare_marker(lx, text, *sp)
            and not _is_title(lx, text, *sp) and not _is_nickname(text, *sp) and not _is_name(lx, text, *sp)
            and text[sp[1]:sp[2]].strip(" .,?!").lower() not in lx.mentioned_words]


# Straight single marks (above): in a text that quotes with double marks, a top-level
# '…' is headline style or a scare quote (ASCII ' being mostly an apostrophe), and news
# annotation does not count it as a quotation; a text with no double marks keeps them.

# A title-case span right after one of these words is the name of a work or a show:
# `Pence said on CNN’s “State of the Union.”`, `his new documentary “13th.”`.
_WORD_RE = re.compile(r"[^\W_][\w’'\-]*")


def is_title_claim(lx: Lexicon, text: str, o: int, c: int) -> bool:
    """Are the marks at text[o:c] a claim in a sentence-case title (profiles with `title_claims`):
    `Sales 'fall' 4% in May`, `Schools 'short of teachers'`, not words before the noun they modify
    (`Plan to 'save' pubs`), nor any span of a headline-case title (capitals there tell nothing)?"""
    if not lx.title_claims:
        return False
    title_end = text.find("\n")
    if title_end < 0 or title_end > _TITLE_CHARS or c > title_end:
        return False
    if text[o + 1:c - 1].rstrip()[-1:] in _CLAUSE_STOPS or any(ch in text[:title_end] for ch in ":;"):
        return False      # (a headline with its own punctuation, `X: '…'`, `'…' ; a subtitle`: its own cues)
    words = _WORD_RE.findall(text, 0, title_end)
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False
    return not text[c:title_end].lstrip()[:1].islower()


_TITLE_CHARS = 250   # a first line longer than this is prose, not a title
_CLAUSE_STOPS = frozenset(".,;:!?…")


def _is_name(lx: Lexicon, text: str, o: int, s: int, e: int, c: int) -> bool:
    """A name in marks, not someone's words: `le journal « Le Monde »`, `движения «Суть времени»`,
    `"Bild"-Zeitung`, `kompleks rakiet „Fagot”`, `w rozmowie z "Donbas News"`."""
    inner = text[s:e].strip()
    if not inner[:1].isupper() or inner[-1:] in ".!?…":
        return False                              # (most quotations: tested before reading their words)
    words = list(islice(_WORD_RE.finditer(inner), 9))
    if not words or len(words) > 8:
        return False
    if len(words) > 5:                            # a longer title only after its cue and its author:
        return _cue_before_name(lx, text, o)      # `книги иностранного агента Евгения Понасенкова «…»`
    if text[c:c + 1] == "-" and text[c + 1:c + 2].isalpha() or text[c:c + 2] == "- ":
        return True                               # glued into a compound: `"Bild"-Zeitung`
    if 2 <= len(words) <= _BODY_NAME_WORDS and all(w.group()[:1].isupper() for w in words) \
            and words[-1].group().lower() in lx.org_words and not inner.isupper() and inner[-1:] != ",":
        return True                               # a body's name: `the "Abstentions Party"`
    cue, _ = _last_word(text, o)
    cue = cue.strip(",;()").lower()
    if cue in lx.name_cues or cue in lx.name_articles or _cue_before_name(lx, text, o):
        return True
    if not lx.capitalised_span_is_name or len(words) > 3:
        return False
    # An outlet standing as a reporting verb's subject, before or after it: `– pisze "SZ"`,
    # `"Sueddeutsche Zeitung" wskazuje, że`: a title-case name of two words or more, or an acronym
    # (not `powiedział "Nie"`, a one-word answer)
    outlet = all(w.group()[:1].isupper() for w in words) and (len(words) >= 2 or inner.isupper() and 1 < len(inner) <= 5)
    after, _ = _next_word(text, c)
    if outlet and (cue in lx.reporting_verbs or after.lower() in lx.reporting_verbs):
        return True
    # A capitalised span in the middle of a sentence, after a word that introduces no speech:
    # in these languages someone's words start lower-case there (`a qualifié de «sketch»`).
    before = text[max(0, o - 2):o].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "-–"):
        return False                              # after `:`, `,`, a sentence end, or a line start
    if cue in lx.reporting_verbs or cue in lx.pronouns:
        return False                              # `said "No"`
    return True


def _next_word(text: str, c: int, reach: int = 40) -> tuple[str, int]:
    """The word right after position c (past spaces only), and where it starts; ('', c) if none."""
    m = _WORD_RE.match(text, c + len(text[c:c + reach]) - len(text[c:c + reach].lstrip(" \u00a0")))
    return (m.group(), m.start()) if m else ("", c)


_BODY_NAME_WORDS = 4   # words of a capitalised name in marks that ends in a body's word (`Party`)


def _cue_before_name(lx: Lexicon, text: str, o: int) -> bool:
    """A name cue a few words before the mark, the words between it and the mark naming its author
    or owner (lower-case descriptions, then a capitalised name): `the book of the agent X Y «…»`."""
    words = text[max(0, o - 80):o].split()[-6:]
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    for i in range(len(words) - 2, -1, -1):
        w = words[i].strip(",;()").lower()
        if w in lx.name_cues:
            return all(x.isalpha() for x in words[i + 1:])
        if not words[i].isalpha():
            return False
    return False


def _after_scare_marker(lx: Lexicon, text: str, o: int, s: int, e: int, c: int) -> bool:
    """`dei cosiddetti “grazie”`, `so-called “experts”`: a few words right after a so-called word."""
    if not lx.scare_markers or text[s:e].strip().count(" ") >= 5:
        return False
    before = text[max(0, o - 40):o].lower().split()
    return bool(before) and (before[-1].strip(",") in lx.scare_markers
                             or " ".join(before[-2:]) in lx.scare_markers)


def _last_word(text: str, end: int, reach: int = 40) -> tuple[str, int]:
    """The last whitespace-delimited word of text[end-reach:end], and where it starts."""
    lo = max(0, end - reach)
    chunk = text[lo:end].rstrip()
    k = max(chunk.rfind(" "), chunk.rfind("\n"), chunk.rfind("\u00a0")) + 1
    return chunk[k:], lo + k


def _is_title_case(lx: Lexicon, text: str, s: int, e: int, max_words: int = 7) -> bool:
    words = _WORD_RE.findall(text, s, e)
    if not words or len(words) > max_words:
        return False
    return all(w[0].isupper() or w[0].isdigit() or (i and w.lower() in lx.title_small_words)
               for i, w in enumerate(words))


def _is_title(lx: Lexicon, text: str, o: int, s: int, e: int, c: int) -> bool:
    """`CNN’s “State of the Union”`, `on “Face the Nation,”`, `the show “Hannity”`.

    Not inside a headline written in title case (`Lund: Mayor’s ‘Reckless Plan’ Puts Harbor at
    Risk`): there every word is capitalised, so capitals tell nothing about a title.
    (The headline line is read last: most spans follow no title cue, and the two tests are pure.)"""
    cue, at = _last_word(text, o)
    if cue in lx.title_links:  # `this weekend’s broadcast of “Fox News Sunday”`
        cue = _last_word(text, at, 30)[0]
        if not cue.isalpha():
            return False
    elif cue[:1].isupper() and cue.endswith(lx.possessive_suffixes + lx.plural_possessive_suffixes):
        # a possessive of a network, paper or author
        return _is_title_case(lx, text, s, e) and not _in_title_case_line(lx, text, o, c)
    return cue.rstrip(",").lower() in lx.title_cues and _is_title_case(lx, text, s, e) \
        and not _in_title_case_line(lx, text, o, c)   # `documentary, “13th,”`


def _in_title_case_line(lx: Lexicon, text: str, o: int, c: int) -> bool:
    """Is the span in a headline line that reports speech in title case: every word of the line outside
    marks capitalised or a title's small word, and the line opens with a speaker and a colon
    (`Lund: Mayor’s ‘Reckless Plan’ Puts Harbor at Risk`) or holds a verb of saying (`Lund Says …`)?"""
    lo = text.rfind("\n", 0, o) + 1
    hi = text.find("\n", c)
    hi = len(text) if hi < 0 else hi
    if hi - lo > _HEADLINE_CHARS:
        return False
    line = text[lo:o] + " " + text[c + 1:hi]
    words = _WORD_RE.findall(line)
    if len(words) < 3 or not all(w[0].isupper() or w[0].isdigit() or w.lower() in lx.title_small_words
                                 for w in words):
        return False
    label = line.find(":")
    return 0 < label < 40 or any(w.lower() in lx.reporting_verbs for w in words)


_HEADLINE_CHARS = 200   # a headline line is short


def _is_nickname(text: str, o: int, s: int, e: int, c: int) -> bool:
    """`Rep. Robert C. “Bobby” Scott`: one capitalised word between parts of a name."""
    inner = text[s:e]
    # (one word, between a name's parts: `Robert C. “Bobby” Scott`; a sentence after `X said.` is none)
    return inner[:1].isupper() and inner.isalpha() and o >= 2 and text[o - 1] == " " \
        and (text[o - 2].isalpha() or text[o - 2:o] == ". ") and \
        c + 1 < len(text) and text[c] == " " and text[c + 1].isupper() and _preceded_by_name(text, o)


def _preceded_by_name(text: str, o: int) -> bool:
    w = _last_word(text, o, 30)[0]
    return w[:1].isupper() and w.rstrip(".").isalpha()


def has_word(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a letter? Most quotations do in their first few characters,
    so a long one is copied whole only when its start has none."""
    return any(map(str.isalpha, text[s:min(e, s + 50)])) or (e - s > 50 and any(map(str.isalpha, text[s:e])))
