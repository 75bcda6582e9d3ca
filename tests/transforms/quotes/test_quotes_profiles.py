"""Every language's quotation profile (`transforms/lang/<code>/quotes.py`) has the shape the engine reads."""
from __future__ import annotations

import dataclasses

import pytest

from transforms.lang import SUPPORTED, profile
from transforms.quote_lexicon import GENDERS, OPENER_CLOSERS, QuoteProfile
from transforms.quotes import extract_quotes
from transforms.quotes.lexicon import lexicon_for

PROFILES = {code: profile(code, "quotes") for code in SUPPORTED}


@pytest.mark.parametrize("code", SUPPORTED)
def test_profile_shape(code):
    p = PROFILES[code]
    assert isinstance(p, QuoteProfile), f"transforms/lang/{code}/quotes.py must define PROFILE = QuoteProfile(...)"
    assert p.code == code
    # the marks a language quotes with are marks the scanner pairs
    assert p.quote_marks
    for opener, closer in p.quote_marks:
        assert closer in OPENER_CLOSERS.get(opener, ()), (opener, closer)
    assert p.reporting_verbs and p.according_to | p.according_to_after and p.pronoun_gender
    for f in dataclasses.fields(QuoteProfile):
        value = getattr(p, f.name)
        words = value if isinstance(value, frozenset) else value.keys() if isinstance(value, dict) else ()
        for w in words:
            # lower case, single spaces, no stray punctuation: the engine looks words up as written
            assert w == w.lower() and w == " ".join(w.split()) and w.strip(",;:") == w, (f.name, w)
        if isinstance(value, dict) and f.name.endswith("gender"):
            assert set(value.values()) <= GENDERS, f.name
    assert all(g in GENDERS for _, g in p.zero_subject_gender)
    assert not p.zero_subject_gender or p.pro_drop, "verb endings that tell a dropped subject need pro_drop"
    assert set(p.possessive_pronouns.values()) <= GENDERS | {""}, "a possessive tells its owner's gender, or ''"
    assert all(len(w.split()) >= 2 for w in p.reporting_phrases), "one-word verbs belong in reporting_verbs"
    assert all(w.endswith(("'", "’")) for w in p.elided_conjunctions), "an elided conjunction ends with its apostrophe"


@pytest.mark.parametrize("code", SUPPORTED)
def test_each_language_reads_its_own_profile(code):
    lx = lexicon_for(code)
    assert lx.code == code
    assert PROFILES[code].reporting_verbs <= lx.reporting_verbs


def test_a_language_without_a_profile_reads_every_profile():
    union = lexicon_for(None)
    assert lexicon_for("nl") == dataclasses.replace(union, code="nl", subject_fallback=False)
    for p in PROFILES.values():
        assert p.reporting_verbs <= union.reporting_verbs


def test_every_profile_attributes_its_own_reporting_verbs():
    """A profile's verbs work in the engine: `„…“, <verb> <pronoun>.` finds the pronoun (a smoke test over
    every verb, so a typo or an engine that ignores a field shows)."""
    for code, p in PROFILES.items():
        pronoun = next(w for w, g in p.pronoun_gender.items() if g == "m")
        for verb in sorted(p.reporting_verbs):
            if verb.endswith(p.participle_suffixes) and p.participle_suffixes and not p.pro_drop:
                continue                          # (`”, adding he …`: a participle's subject is never after it)
            text = f"«Oui, bien sûr», {verb} {pronoun}."
            (q,) = extract_quotes(text, code)
            assert q.speaker == pronoun, (code, verb, q)
