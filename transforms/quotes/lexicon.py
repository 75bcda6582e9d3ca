"""The words the engine reads for one article: its language's profile, plus sets derived from it.

`lexicon_for(language)` is built once per language per process. A language without a profile
(or None) gets the union of every profile, so text in an unknown language is still read with
every pattern newsbeam knows.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from newsbeam.transforms.lang import SUPPORTED, profile
from newsbeam.transforms.quote_lexicon import NAME_PARTICLES, NO_WORDS, QuoteProfile, Words

__all__ = ["Lexicon", "lexicon_for"]


_FORMS_KEPT = 50_000   # words whose base forms a lexicon remembers (bounded memory on endless input)


@dataclass(frozen=True)
class Lexicon(QuoteProfile):
    """A profile (or the union of several) and the sets the engine derives from it."""

    pro_drop_verbs: Words = NO_WORDS   # reporting verbs that may stand with no subject
    pronouns: Words = NO_WORDS         # personal pronouns (the keys of `pronoun_gender`)
    np_stop: Words = NO_WORDS          # words that end a noun phrase
    trailing_non_heads: Words = NO_WORDS   # cannot end a speaker phrase
    all_leading_non_subjects: Words = NO_WORDS
    all_intro_words: Words = NO_WORDS
    cue_words: Words = NO_WORDS        # every word that can start a cue read before a quotation
    no_cue_after: Words = NO_WORDS     # a quotation followed by one of these names nobody there
    not_role_words: Words = NO_WORDS
    not_single_names: Words = NO_WORDS
    linking_prepositions: Words = NO_WORDS   # `of_prepositions` and `np_prepositions`: a phrase goes on past them
    inverted_re: re.Pattern | None = None       # `a-t-il`, `dit-elle`
    contraction_re: re.Pattern | None = None    # `he’d`, `she’s`
    elided_re: re.Pattern | None = None         # `qu’`, `lorsqu’` before a pronoun
    pronoun_forms: tuple[tuple[str, ...], ...] = ()     # `according_to_pronoun` split into words
    pronoun_form_starts: Words = NO_WORDS   # the words that open a form (`selon` of `selon {}`)
    pronoun_form_slot_first: bool = False   # does a form open with its pronoun (`{} zdaniem`)?

    # word -> its base forms, worked out once per word (a text names the same people again and
    # again, and a language with many case endings tries each); emptied when it grows too large
    _forms: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict, init=False, compare=False, repr=False)
    # a capitalised run's words -> the name part of them (`speakers.name_tokens`): the same names
    # and titles come back in article after article; emptied when it grows too large
    name_parts: dict[tuple[str, ...], tuple[str, ...]] = dataclasses.field(
        default_factory=dict, init=False, compare=False, repr=False)

    def base_forms(self, word: str) -> tuple[str, ...]:
        """`word` (lower case) and, in a language that inflects names, its stems without a case
        ending and the nominative they may stand for: `grety` -> grety, gret, greta."""
        forms = self._forms.get(word)
        if forms is None:
            out = [word]
            for ending in self.name_case_endings:
                if word.endswith(ending) and len(word) - len(ending) >= 3:
                    stem = word[:-len(ending)]
                    out += [stem, stem + "a"]
            if len(self._forms) >= _FORMS_KEPT:
                self._forms.clear()
            forms = self._forms[word] = tuple(out)
        return forms

    def first_name(self, word: str) -> str | None:
        """The gender of a known first name in any of its case forms (`Roberta`, `Siergieja`), or None."""
        if not self.name_case_endings:            # (most text: a word is its only form)
            return self.first_name_gender.get(word.lower()) or None
        for w in self.base_forms(word.lower()):
            g = self.first_name_gender.get(w)
            if g:
                return g
        return None

    def is_one_of(self, word: str, words: Words) -> bool:
        """Is `word`, in any of its case forms, one of `words` (`gazety` is `gazeta`)?"""
        if not self.name_case_endings:
            return word.lower() in words
        return any(w in words for w in self.base_forms(word.lower()))

    @classmethod
    def of(cls, profiles: list[QuoteProfile], code: str, **flags: bool) -> Lexicon:
        merged = _merge(profiles)
        merged.update(code=code, **flags)
        p = QuoteProfile(**merged)
        pronouns = frozenset(p.pronoun_gender)
        np_stop = (p.clause_starters | p.prepositions | p.auxiliaries | p.reporting_verbs
                   | (p.object_clitics - p.determiners)) - p.np_prepositions
        pronoun_forms = tuple(tuple(f.split()) for f in p.according_to_pronoun)
        first_words = {w.split()[0] for w in p.reporting_phrases | p.according_to | p.according_to_after
                       | p.impersonal_reports} | {f[0] for f in pronoun_forms if f[0] != "{}"}
        first_words |= p.after_quote_cues
        if any(f[0] == "{}" for f in pronoun_forms):
            first_words |= set(p.possessive_pronouns) | set(p.pronoun_gender)
        inverted_re = (re.compile(rf"^(?P<verb>\w+)-(?:t-)?(?P<pron>{'|'.join(sorted(p.inverted_pronouns))})$")
                       if p.inverted_pronouns else None)
        no_cue_after = frozenset(
            w for w in np_stop - p.determiners - pronouns - p.adverbs - p.reporting_verbs - p.auxiliaries
            - p.after_quote_cues - first_words - p.as_cues - p.object_clitics - p.prepositions
            if not (inverted_re and inverted_re.match(w)))
        return cls(
            **merged,
            pro_drop_verbs=frozenset().union(*(q.reporting_verbs for q in profiles if q.pro_drop)),
            pronouns=pronouns,
            np_stop=np_stop,
            trailing_non_heads=(p.prepositions | p.determiners | p.clause_starters) - pronouns - p.head_determiners,
            all_leading_non_subjects=p.not_speakers | p.leading_non_subjects,
            all_intro_words=p.prepositions | p.clause_starters | p.intro_words,
            cue_words=p.reporting_verbs | p.speech_nouns | first_words,
            no_cue_after=no_cue_after,
            not_role_words=p.prepositions | p.determiners | p.np_prepositions | p.clause_starters | NAME_PARTICLES,
            not_single_names=p.not_names | p.titles | p.org_words,
            linking_prepositions=p.of_prepositions | p.np_prepositions,
            inverted_re=inverted_re,
            contraction_re=(re.compile(rf"[’'](?:{'|'.join(p.contractions)})$") if p.contractions else None),
            elided_re=(re.compile("|".join(map(re.escape, sorted(p.elided_conjunctions, key=len, reverse=True))))
                       if p.elided_conjunctions else None),
            pronoun_forms=pronoun_forms,
            pronoun_form_starts=frozenset(f[0] for f in pronoun_forms if f),
            pronoun_form_slot_first=any(f[:1] == ("{}",) for f in pronoun_forms),
        )


def _merge(profiles: list[QuoteProfile]) -> dict:
    """Field-by-field union of profiles: sets joined, mappings merged (the first profile wins
    a clash), sequences concatenated without repeats, flags or-ed."""
    out: dict = {}
    for f in dataclasses.fields(QuoteProfile):
        values = [getattr(p, f.name) for p in profiles]
        first = values[0]
        if isinstance(first, frozenset):
            out[f.name] = frozenset().union(*values)
        elif isinstance(first, dict):
            merged: dict = {}
            for v in values:
                for k, g in v.items():
                    merged.setdefault(k, g)
            out[f.name] = merged
        elif isinstance(first, tuple):
            out[f.name] = tuple(dict.fromkeys(x for v in values for x in v))
        elif isinstance(first, bool):
            out[f.name] = any(values)
        else:
            out[f.name] = first
    return out


@lru_cache(maxsize=None)
def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon for an ISO 639-1 code: that language's profile; the union of every profile
    for a language without one (or None).

    First names are about people, not the article's language (a French article quotes Olaf
    Scholz), so every lexicon knows every profile's first names, its own winning a clash.
    """
    everyone = [profile(code, "quotes") for code in SUPPORTED]
    own = profile(language, "quotes") if language else None
    if own is None:
        return Lexicon.of(everyone, code=language or "und", subject_fallback=language is None,
                          nouns_capitalised=False)
    first_names = _merge([own, *everyone])["first_name_gender"]
    return Lexicon.of([dataclasses.replace(own, first_name_gender=first_names)], code=own.code)
