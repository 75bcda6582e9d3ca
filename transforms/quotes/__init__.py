"""Direct quotations and who said them, rule-based, in every language with a profile.

`extract_quotes(text, language)` runs in small steps, each a pure function in its own module:

1. `marks`: one left-to-right pass over the quotation marks pairs openers with closers
   (`scan_quote_spans`); `nonquotes` drops marked spans that name something rather than
   quote anyone (titles of works, nicknames, words talked about).
2. `tokens`: the words and sentences around each quotation, quotations inside masked.
3. `cues` and `attribution`: the speaker mention of each quotation, from an ordered list of
   named cues (`CUES`: after the quote `,” Peskov said` / `», a-t-il déclaré` / `” – powiedziała`,
   before it `X sagte: „`, `according to X`, `selon X`, ...), then inherited within one speech;
   `phrases` reads the noun phrases the cues point to.
4. `speakers`: who a mention is (`Peskov` -> `Dmitry Peskov`, `he` -> the last person it can
   stand for, `the official` -> the last named official); titles and roles never stay in the name.

What a language contributes (reporting verbs, pronouns, titles, according-to forms ...) is
read from its profile, `transforms/lang/<code>/quotes.py`, through `lexicon.lexicon_for`;
the engine itself names no word of any language. Everything is linear in the text.
"""
from __future__ import annotations

import re

from newsbeam.transforms.article import Quote, with_field
from newsbeam.transforms.quotes.attribution import attribute
from newsbeam.transforms.quotes.cues import CUES, starts_with_reporting
from newsbeam.transforms.quotes.lexicon import lexicon_for
from newsbeam.transforms.quotes.marks import scan_quote_spans, split_interrupted
from newsbeam.transforms.quotes.nonquotes import drop_non_quotations, has_word
from newsbeam.transforms.quotes.speakers import Resolver
from newsbeam.transforms.quotes.tokens import TERMINAL

__all__ = ["Quote", "CUES", "extract_quotes", "scan_quote_spans", "add_quotes"]


def extract_quotes(text: str, language: str | None = None) -> list[Quote]:
    """Direct quotations in `text`, each with its speaker where the text names one.

    Pure function, no Beam. `language` is the article's ISO 639-1 code; its profile's words
    are used. None: detected from the text (as the pipeline does). For a language without a
    profile, the words of every profile are tried.
    """
    if not text:
        return []
    if language is None:
        language = _detected_language(text)
    lx = lexicon_for(language)
    spans = [sp for sp in scan_quote_spans(text, lx) if has_word(text, sp[1], sp[2])]
    spans = drop_non_quotations(lx, text, spans)
    if not spans:
        return []
    spans = split_interrupted(text, spans, lambda a, b: starts_with_reporting(lx, text, a, b),
                              _incise_test(lx, text) if lx.inverted_re is not None else None)
    resolver = Resolver(lx, text, spans)
    quotes = []
    for (o, s, e, c), (m, cue) in zip(spans, attribute(lx, text, spans, resolver.is_name, resolver.person_span_before, resolver.resolve)):
        name = resolver.resolve(m) if m is not None else None
        if m is not None and m.kind == "zero" and name == text[m.start:m.end]:
            m = None                            # `– powiedział.` with nobody before it to point to
        kind = _kind(text, o, s, e)
        if m is None:
            if kind == "phrase":
                continue                        # a scare quote, a term or a name: nobody's words (GUIDE)
            speaker = name = cue = None
            s0 = s1 = None
        else:
            s0, s1 = m.start, m.end
            if lx.colon_subject and name and m.end <= o:
                s0, s1 = _closest_pronoun(lx, text, m, o, name) or (s0, s1)
            speaker = text[s0:s1]
            if name and _unresolved_pronoun(lx, name):
                name = None                     # `he`, `er`, `он` with nobody found: no one's name
                if kind == "phrase" and speaker.lower() in lx.relative_pronouns:
                    continue                    # `doktryna, która mówi, że „wolne sądy”`: a thing's scare quotes
            if m.kind == "np" and name != speaker or name and name[:1].isupper() and " " in name:
                resolver.last_speaker = name
        quotes.append(Quote(s, e, text[s:e], kind, speaker, s0, s1, name, cue))
    return quotes


def _closest_pronoun(lx, text: str, m, o: int, name: str) -> tuple[int, int] | None:
    """The personal pronoun standing for `name` between its mention `m` and the quotation at `o`,
    in the same sentence: the closest mention of the speaker (GUIDE), as in `Dafür zeigte der
    Kanzler, dass er fest entschlossen ist, „…“`. Only where the name tells its gender."""
    gender = lx.first_name(name.split()[0]) if " " in name else None
    if gender not in ("m", "f") or _SENTENCE_END.search(text, m.end, o):
        return None
    found = None
    for w in _PRONOUN_WORD.finditer(text, m.end, o):
        low = w.group().lower()
        if lx.pronoun_gender.get(low) == gender and low not in lx.object_clitics:
            before = text[max(0, w.start() - 20):w.start()].split()[-1:]
            if not (before and before[0].lower() in lx.prepositions):
                found = w.span()                  # (a subject: not `à lui`, `do niego`)
    return found


_SENTENCE_END = re.compile(r"[.!?]\s")
_PRONOUN_WORD = re.compile(r"(?<![\w\-’'])[^\W\d_]{1,4}(?![\w\-’'])")


def _incise_test(lx, text: str):
    """Is text[a:b] an inverted reporting incise (`a-t-elle ajouté`, `dit-il`, `poursuit-elle`)?"""
    def is_incise(a: int, b: int) -> bool:
        return any(lx.inverted_re.match(w.lower()) for w in text[a:b].split()[:2])
    return is_incise


def _unresolved_pronoun(lx, name: str) -> bool:
    """Is `name` a pronoun or possessive the resolver could not tie to anyone (`it`, `er`, `его`)?"""
    low = name.lower()
    return low in lx.pronouns or low in lx.possessive_pronouns or low in lx.relative_pronouns


def _detected_language(text: str) -> str:
    """The text's language as the pipeline detects it (for callers that do not say)."""
    from newsbeam.transforms.language import detect_language
    return detect_language(text)[0]


def _kind(text: str, o: int, s: int, e: int) -> str:
    """'sentence' for a quoted statement, 'phrase' for a few embedded words."""
    inner = text[s:e].strip()
    n_words = inner.count(" ") + 1
    if n_words >= 6:
        return "sentence"
    first = next((ch for ch in inner if ch.isalnum()), "")
    before = text[max(0, o - 3):o].rstrip()
    opens_statement = before[-1:] in (":", ",", "") or before.endswith(("\n",))
    if n_words >= 3 and first.isupper() and (inner.endswith(TERMINAL + (",",)) or opens_statement):
        return "sentence"
    return "phrase"


# ================================================================ the stage (`newsbeam.transforms.stages`)

def add_quotes(article):
    """Article -> Article with `quotes` filled."""
    quotes = tuple(extract_quotes(article.text, article.language))
    if not quotes and not article.quotes:
        return article                          # (nothing to fill: the element is immutable, share it)
    return with_field(article, "quotes", quotes)

