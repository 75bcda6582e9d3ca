"""Language profiles and rules of `newsbeam.transforms.dates`: every profile loads and has every field with its
type, and every rule's examples (the English rules' own, the other languages' from their profiles)
give what they say, found by that rule."""
from __future__ import annotations

import dataclasses
import importlib

import pytest

from newsbeam.transforms.dates.extract import extract_with_rules, language_of
from newsbeam.transforms.dates.profile import DateProfile, all_profiles, check_types
from newsbeam.transforms.dates.rules import ENGLISH, EXAMPLE_ANCHOR, Example
from newsbeam.transforms.lang import SUPPORTED

CODES = list(SUPPORTED)


@pytest.mark.parametrize("code", CODES)
def test_every_supported_language_has_a_complete_profile(code):
    module = importlib.import_module(f"newsbeam.transforms.lang.{code}.dates")
    profile = module.PROFILE
    assert isinstance(profile, DateProfile) and profile.code == code
    check_types(profile)  # (the constructor does it too: here it is said)
    assert len(set(profile.months.values())) == 12 and len(set(profile.weekdays.values())) == 7
    assert set(profile.relative_days.values()) >= {-1, 0, 1}
    assert profile.future_markers, "the tense of a clause needs the language's future markers"


def test_a_profile_missing_a_field_or_of_a_wrong_type_fails_to_load():
    en = all_profiles()[0]
    fields = {f.name: getattr(en, f.name) for f in dataclasses.fields(en)}
    with pytest.raises(TypeError):
        DateProfile(**{k: v for k, v in fields.items() if k != "weekdays"})
    with pytest.raises(TypeError):
        DateProfile(**{**fields, "month_prepositions": "in since"})
    with pytest.raises(ValueError):
        DateProfile(**{**fields, "capitalisation": "title"})
    with pytest.raises(ValueError):
        DateProfile(**{**fields, "months": {**en.months, "Dezember": 12}})


def test_profiles_are_the_supported_languages_in_order():
    assert [p.code for p in all_profiles()] == CODES


def _examples():
    for rule in ENGLISH:
        for ex in rule.examples:
            yield pytest.param(rule.name, ex, id=f"en-{rule.name}-{ex.span}")
    for profile in all_profiles():
        for name, text, span, value in profile.examples:
            yield pytest.param(name, Example(text, span, value, profile.code, EXAMPLE_ANCHOR),
                               id=f"{profile.code}-{name}-{span}")


@pytest.mark.parametrize("rule_name, example", list(_examples()))
def test_rule_examples(rule_name, example):
    found = [(m.text, m.value, name) for m, name in
             extract_with_rules(example.text, example.anchor, example.language)]
    assert (example.span, example.value, rule_name) in found, found


def test_every_rule_has_an_example_in_every_language_it_serves():
    assert all(rule.examples for rule in ENGLISH), [r.name for r in ENGLISH if not r.examples]
    for profile in all_profiles()[1:]:
        names = {r.name for group in language_of(profile.code).grammar.groups[::2] for r in group}
        missing = names - {name for name, *_ in profile.examples}
        assert not missing, f"{profile.code}: no example for {sorted(missing)}"


# The words of the grammar written out for English (`newsbeam.transforms.dates.rules` and `handlers`) live in the
# English profile, as the other languages' words live in theirs: the handlers read them from there.
WRITTEN_GRAMMAR_FIELDS = (
    "adverb_suffix", "verb_date_gap_words", "relative_offsets", "relative_day_offsets",
    "relative_day_phrase_offsets", "day_part_nouns", "year_quantifiers", "old_year_prepositions",
    "year_event_nouns", "year_date_words", "clock24_prepositions", "mid_pod_prepositions", "quarter_ordinals",
    "reporting_period_nouns", "season_prepositions", "drop_followers", "holiday_period_nouns", "market_words",
    "coordinators", "subject_pronouns", "subordinators", "subordinating_prepositions", "preview_prepositions", "not_nouns", "clause_words", "modals",
    "future_prepositions", "owners", "current_terms", "soon_before", "hence_after", "slot_nouns",
    "soon_clause_modals", "soon_not_after", "past_idioms", "meridiem_forms", "market_price_forms", "day_conjunctions",
    "percent_words", "period_end_verbs", "dimension_words", "holiday_week_nouns", "period_to_words", "copulas",
    "day_subjects", "date_lead_prepositions", "date_lead_relatives", "recent_date_words", "possessive_suffixes",
    "title_abbreviations", "definite_articles", "near_demonstratives", "far_demonstratives", "next_words", "of_prepositions", "in_prepositions", "within_prepositions", "toward_prepositions", "since_prepositions", "clock_idiom_words", "question_words", "now_not_after", "soon_followers", "quantity_words", "hundred_words", "number_joiners", "spelled_year_openers", "generic_relative_days", "present_relative_days", "night_relative_days", "night_phrase_words", "year_back_modifiers", "year_back_prefixes", "year_ahead_prefixes", "quarter_possessives", "quarter_relatives", "latest_modifiers", "same_words", "same_period_modifiers", "forward_determiners", "set_quantifiers", "range_end_words", "clock_pod_phrases", "reference_roles", "ago_words", "weekday_anaphors", "relative_prepositions", "term_words", "stretch_determiners",
    "plural_suffix", "present_suffix", "record_words",
)


@pytest.mark.parametrize("name", WRITTEN_GRAMMAR_FIELDS)
def test_the_english_grammars_words_are_profile_fields(name):
    en = all_profiles()[0]
    assert name in {f.name for f in dataclasses.fields(DateProfile)}
    assert getattr(en, name), f"the English profile gives no {name}"
    fields = {f.name: getattr(en, f.name) for f in dataclasses.fields(en)}
    with pytest.raises(TypeError):
        DateProfile(**{k: v for k, v in fields.items() if k != name})


def test_the_handlers_read_the_english_words_from_the_profile():
    from newsbeam.transforms.dates import handlers
    en = all_profiles()[0]
    assert handlers._REL is en.relative_offsets and handlers._ORDINAL_Q is en.quarter_ordinals
    assert handlers._UNIT_CODES["centurie"] == "CE" and handlers._UNIT_CODES["fortnight"] == "F"
    assert set(handlers._RELDAY_OFFSETS) == {*en.relative_day_offsets, *en.relative_day_phrase_offsets}


def test_the_profiled_languages_leave_the_written_grammars_words_empty():
    from newsbeam.transforms.dates.profile import NO_WRITTEN_GRAMMAR
    assert set(NO_WRITTEN_GRAMMAR) == set(WRITTEN_GRAMMAR_FIELDS) - {"adverb_suffix", "verb_date_gap_words"}
    for profile in all_profiles()[1:]:
        assert not any(getattr(profile, name) for name in NO_WRITTEN_GRAMMAR), profile.code
