"""Who a sentence is about: the subject of a clause, and the person a dropped subject continues.

Two readers that the cue list does not cover, for every language:

- `clause_subject`: the subject that opens a sentence, past an introductory phrase (`Dans une
  lettre, Turner a …`) or, in verb-second languages, past the fronted word and the verb
  (`Darin kündigte er …`). News annotation credits an embedded quotation to whoever its
  sentence is about when that is a person or a body that speaks (`Il a évoqué «…»`).
- `antecedent`: the mention a pro-drop verb stands for (`«…», ha aggiunto.`, `Añade que «…»`):
  the most recent person-like subject or speaker mention before it, of matching gender.
"""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.phrases import (
    Mention, according_to, is_reporting, mention_of, np_right, person_like, skippable, subject_of, verbish,
    with_apposition,
)
from newsbeam.transforms.quotes.tokens import DASHES, QUOTE_TOKEN, Tok, Windows, sentence_start

__all__ = ["clause_subject", "person_like", "antecedent", "mention_gender", "reporter_before"]

_LOOK_BACK = 900      # characters searched for the person a dropped subject continues
_CLAUSE_END_RE = re.compile(r"[.!?;]\s|\n")
_SENTENCES_BACK = 4   # sentences searched for it


def clause_subject(lx: Lexicon, toks: list[Tok], upto: int) -> tuple[int, int] | None:
    """Token range of the subject opening the sentence toks[:upto], or None."""
    i = 0
    while i + 1 < upto and toks[i].is_word and toks[i].text.isupper() and len(toks[i].text) > 1 \
            and toks[i + 1].text in DASHES:
        i += 2                                    # a dateline: `ROMA – …`
    while i < upto and toks[i].is_word and toks[i].low in lx.sentence_connectives:
        i += 1
    if i < upto and toks[i].is_word and toks[i].low not in lx.determiners and (
            toks[i].low in lx.all_intro_words or toks[i].low in lx.prepositions
            or toks[i].low.endswith(lx.participle_suffixes or ("\0",))):
        if lx.verb_second and toks[i].low not in lx.prepositions and i + 1 < upto and toks[i + 1].is_word \
                and not toks[i + 1].is_cap:
            return _after_fronted(lx, toks, i, upto)   # `Weiter verlangte sie …`
        j = i
        while j < upto and j - i < 15 and toks[j].text != ",":
            j += 1
        if j < upto and toks[j].text == ",":
            i = j + 1                             # `Dans une lettre avec X, Turner a …`
        elif lx.verb_second:
            return _after_fronted(lx, toks, i, upto)
        else:
            return None
    while i < upto and toks[i].is_word and toks[i].low in lx.sentence_connectives:
        i += 1
    if i >= upto or not toks[i].is_word or toks[i].low in lx.not_speakers and toks[i].low not in lx.pronouns:
        return None
    r = np_right(lx, toks, i, limit=8)
    if r is None or r[1] > upto:
        return None
    return r


def _after_fronted(lx: Lexicon, toks: list[Tok], i: int, upto: int) -> tuple[int, int] | None:
    """Verb-second: `Darin kündigte er …`, `Im Interview sagte die Ministerin …`: the subject right
    after the finite verb that follows the fronted word or prepositional phrase."""
    j = i + 1
    if toks[i].low in lx.prepositions:
        r = np_right(lx, toks, j, limit=5)
        if r is None:
            return None
        j = r[1]
    if j >= upto or not toks[j].is_word or toks[j].is_cap:
        return None                               # (the verb is a lower-case word)
    k = j + 1
    while k < upto and skippable(lx, toks[k]):
        k += 1
    if k >= upto:
        return None
    r = np_right(lx, toks, k, limit=6)
    return r if r is not None and r[1] <= upto else None


def reporter_before(lx: Lexicon, text: str, win: Windows, pos: int, statements: bool = False) -> Mention | None:
    """`…, warnte Finnern. „Lehrkräfte müssen …“`: a quotation that opens its sentence continues the
    report of the sentence just before it; the subject of that sentence's last reporting verb.
    `statements`: a subject issuing a statement counts too (`X gab eine Erklärung ab.`)."""
    hi = pos
    while hi > 0 and text[hi - 1].isspace():
        hi -= 1
    if hi <= 0 or text[hi - 1] not in ".:!?":
        return None
    lo = sentence_start(lx, text, max(0, text.rfind("\n", 0, hi) + 1, pos - _LOOK_BACK), hi)
    toks = win.stretch(lo, hi)
    for v in range(len(toks) - 1, -1, -1):
        if toks[v].text == QUOTE_TOKEN:
            return None                           # (a quotation there has its own reporting clause)
        n = according_to(lx, toks, v)
        if n:                                     # `… со ссылкой на Twitter советника Подоляка. «…»`
            r = np_right(lx, toks, v + n, limit=8)
            return mention_of(lx, toks, r) if r is not None else None
        if statements and toks[v].low in lx.speech_nouns and v > 1 and toks[v - 1].low in lx.determiners:
            # `X gab am Dienstag eine Erklärung ab. »…«`, `X a publié un communiqué. « … »`: the
            # sentence's subject made the statement that follows
            r = np_right(lx, toks, 0, limit=8)
            if r is not None and r[1] < v - 1 and toks[0].low not in lx.prepositions and (
                    person_like(lx, toks, r) or any(t.is_cap for t in toks[r[0] + 1:r[1]])):
                return mention_of(lx, toks, r)
            continue
        n = is_reporting(lx, toks, v)
        if not n:
            continue
        k = v + n
        if k + 1 < len(toks) and toks[k].low in lx.agent_prepositions:
            k += 1                                # `è stata confermata da Vitaly Kiselev.`: the passive's agent
        r = np_right(lx, toks, k, limit=6)
        if r is not None and person_like(lx, toks, r) and not (r[1] < len(toks) and verbish(lx, toks[r[1]])
                                                               or r[1] + 1 < len(toks) and toks[r[1]].low in lx.auxiliaries):
            return mention_of(lx, toks, with_apposition(lx, toks, r))   # `warnte Finnern.` (not `She says
                                                                        # people should …`: their own clause)
        m = subject_of(lx, toks, v)
        if m is not None and m.kind != "zero":
            return m
        return None
    return None


def mention_gender(lx: Lexicon, text: str) -> str | None:
    """'m', 'f' or 'p' when the mention says (a pronoun, a role, a first name), else None."""
    low = text.lower()
    if low in lx.pronoun_gender:
        return lx.pronoun_gender[low]
    if low in lx.possessive_pronouns:
        return lx.possessive_pronouns[low] or None
    for w in low.split():
        g = lx.role_gender.get(w) or lx.title_gender.get(w) or lx.first_name(w)
        if g:
            return g
    return None


def antecedent(lx: Lexicon, text: str, win: Windows, pos: int, gender: str | None,
               earlier: list[Mention], is_name=None, person_at=None) -> Mention | None:
    """The mention a dropped subject at `pos` continues: the nearest person-like sentence subject,
    earlier speaker mention, or named person (`person_at(pos, gender)` -> (start, end) of the
    nearest name before `pos`) within a few sentences, whose gender does not clash."""
    floor = max(0, pos - _LOOK_BACK)
    best: Mention | None = None
    named: Mention | None = None
    if person_at is not None:
        found = person_at(pos, gender)
        if found is not None and found[0] >= floor:
            best = named = Mention(found[0], found[1], "np")
    for m in reversed(earlier):
        if m.kind in ("np", "pronoun") and floor <= m.start < pos and _agrees(lx, text, m, gender):
            if best is None or m.start > best.start or best is named and m.end <= best.start \
                    and not _CLAUSE_END_RE.search(text, m.end, best.start):
                best = m                          # (`«…», ha detto il presidente X a Ankara. «…», ha aggiunto.`:
            break                                 # the speaker, not a name later in their own clause)
    hi = pos
    for _ in range(_SENTENCES_BACK):
        while hi > floor and text[hi - 1].isspace():
            hi -= 1
        if hi <= floor:
            break
        lo = sentence_start(lx, text, max(floor, text.rfind("\n", 0, hi) + 1), hi)
        toks = win.stretch(lo, hi)
        cut = next((n for n, t in enumerate(toks) if t.text == QUOTE_TOKEN), len(toks))
        r = clause_subject(lx, toks, cut) if cut else None
        if r is not None and person_like(lx, toks, r, is_name):
            m = mention_of(lx, toks, r)
            if m is not None and m.start < pos and _agrees(lx, text, m, gender):
                if best is None or m.start > best.start or best is named and m.start < best.start < hi \
                        and _named_subject(lx, text, m) and text[m.end:best.start].strip(" ,–-\t") != "":
                    best = m                      # (the sentence's subject, not a name later in it:
                break                             # `X otworzyła grupę … Izraela. Powiedziała, że …`)
        hi = lo
    return best


def _named_subject(lx: Lexicon, text: str, m: Mention) -> bool:
    """Does the subject mention `m` name a person (a known first name) or a role (`the minister`)?"""
    words = text[m.start:m.end].split()
    head = next((w for w in words if w.lower() not in lx.determiners), "")
    return any(w[:1].isupper() and lx.first_name(w) for w in words) or lx.is_one_of(head, lx.role_nouns)


def _agrees(lx: Lexicon, text: str, m: Mention, gender: str | None) -> bool:
    if gender is None:
        return True
    mention = text[m.start:m.end]
    g = mention_gender(lx, mention)
    if gender == "p":                             # a plural verb: a group (a pronoun, a description), not a name
        words = mention.lower().split()
        return g == "p" or words[0] in lx.determiners or any(lx.is_one_of(w, lx.people_nouns) for w in words)
    return g is None or g == gender
