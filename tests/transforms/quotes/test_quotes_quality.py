"""Quotation quality floors per language, scored by ../shared/tools/evaluate.py on gold data.

Up to nine gold sets per language: the dev set `../shared/eval/quotes-multi-dev` (10 articles each), and
this repository's own annotations, made by the same GUIDE.md before the engine was run on them
(texts read from ../shared, offsets only): `tests/data/quotes-multinews.jsonl` (round 1, 6 to 8
articles each), `quotes-multinews-2.jsonl` (round 2, 7 to 11 articles each, worked on by error
class), `quotes-multinews-3.jsonl` (round 3, 9 articles each and the one Spanish article no other
set used, annotated before the engine ran on them, then worked on by error class),
`quotes-multinews-4.jsonl` (round 4, 7 articles each of de fr it pl ru, scored once before any fix,
then worked on by error class), `quotes-multinews-blind.jsonl` (round 2, 3 to 7 articles each, kept
out of tuning and measured once at the end of each round as a blind check) and
`quotes-multinews-final.jsonl` (round 4, 4 articles each of de fr it pl ru, annotated with set 4 and
scored once, at the end of the round), `quotes-multinews-5.jsonl` (round 5, 6 articles each of de fr it
pl ru, scored once before any fix, then worked on by error class), `quotes-multinews-final3.jsonl`
(round 5, 3 to 4 articles each, annotated with set 5 and scored once, at the end of the round),
`quotes-multinews-6.jsonl` (round 6, 8 articles each of de fr it pl and 4 of ru, scored once before
any fix, then worked on by error class) and `quotes-multinews-final4.jsonl` (round 6, 4 articles each
of de fr it pl, annotated with set 6 and scored once, at the end of the round),
`quotes-multinews-7.jsonl` (round 7, 10 articles of de and fr, 8 of it and pl, 5 of ru, scored once
before any fix, then worked on by error class) and `quotes-multinews-final5.jsonl` (round 7, 4 articles
each of de fr it pl, annotated with set 7 and scored once, at the end of the round),
`quotes-multinews-8.jsonl` (round 8, 10 articles of it, 8 of pl and fr, 6 of de and ru, scored once before
any fix, then worked on by error class) and `quotes-multinews-final6.jsonl` (round 8, 3 to 4 articles
each of de fr it pl ru, annotated with set 8 and scored once, at the end of the round), and
`quotes-multinews-final7-itpl.jsonl` (round 9, 6 Italian and 5 Polish articles, scored once at the end of
the round that read the older held-out sets' errors). Each floor sits a little under the score measured
when it was set (docs/quality.md), so a regression in any language fails CI. English
is held by PolNeAR: the whole dev and train sets here (train is where English errors are
studied, dev checks that the fixes generalise), and a slice in tests/transforms/quotes/test_quotes.py; and by 22
BBC articles annotated here by the same GUIDE before the engine ran on them (`quotes-bbc-1.jsonl`,
17 articles; `quotes-bbc-1-final.jsonl`, 5, scored once at the end), and 26 more annotated the same
way in English round 3 (`quotes-bbc-2.jsonl`, 20, studied for error classes with bbc-1;
`quotes-bbc-2-final.jsonl`, 6, never looked into, scored once at the end of that round), and 32 more
in English round 4 (`quotes-bbc-3.jsonl`, 20, studied; `quotes-bbc-3-final.jsonl`, 12, scored once at
the end), and 32 more in English round 5 (`quotes-bbc-4.jsonl`, 20, studied; `quotes-bbc-4-final.jsonl`,
12, scored once at the end). English round 6 retired the four final sets into dev (their errors studied)
and annotated `quotes-bbc-5-final.jsonl` (15, scored once at the end) and `quotes-bbc-5.jsonl` (15, studied).
"""
from __future__ import annotations

import pytest

from newsbeam_dev.evaluation import DATA, evaluate_rows, read_gold, require_shared, write_gold

pytestmark = pytest.mark.quality   # floors on gold data: `pytest -m "not quality"` skips them

# language -> (quote F1, speaker accuracy, quote+speaker F1), a little under the measured scores
DEV_FLOORS = {
    "de": (0.84, 0.83, 0.71),
    "es": (0.88, 0.88, 0.77),
    "fr": (0.85, 0.93, 0.82),
    "it": (0.89, 0.87, 0.79),
    "pl": (0.87, 0.82, 0.73),
    "ru": (0.89, 0.86, 0.76),
}
OWN_FLOORS = {          # tests/data/quotes-multinews.jsonl
    "de": (0.93, 0.71, 0.67),
    "es": (0.92, 0.86, 0.78),
    "fr": (0.90, 0.78, 0.72),
    "it": (0.86, 0.74, 0.64),
    "pl": (0.89, 0.77, 0.68),
    "ru": (0.87, 0.86, 0.74),
}
SECOND_FLOORS = {       # tests/data/quotes-multinews-2.jsonl
    "de": (0.85, 0.71, 0.62),
    "es": (0.75, 0.72, 0.55),
    "fr": (0.88, 0.85, 0.77),
    "it": (0.92, 0.68, 0.62),
    "pl": (0.85, 0.92, 0.80),
    "ru": (0.89, 0.70, 0.64),
}
THIRD_FLOORS = {        # tests/data/quotes-multinews-3.jsonl
    "de": (0.81, 0.69, 0.57),
    "es": (0.97, 0.77, 0.77),
    "fr": (0.88, 0.80, 0.73),
    "it": (0.80, 0.67, 0.55),
    "pl": (0.94, 0.66, 0.64),
    "ru": (0.87, 0.90, 0.81),
}
FOURTH_FLOORS = {       # tests/data/quotes-multinews-4.jsonl (no Spanish: its articles were all used)
    "de": (0.87, 0.95, 0.87),
    "fr": (0.83, 0.95, 0.83),
    "it": (0.90, 0.90, 0.83),
    "pl": (0.95, 0.76, 0.74),
    "ru": (0.95, 0.95, 0.95),
}
FIFTH_FLOORS = {        # tests/data/quotes-multinews-5.jsonl (round 5, scored once before any fix, then
    "de": (0.90, 0.74, 0.68),  # worked on by error class; first scores in docs/quality.md)
    "fr": (0.95, 0.82, 0.80),
    "it": (0.92, 0.83, 0.77),
    "pl": (0.91, 0.71, 0.66),
    "ru": (0.91, 0.78, 0.73),
}
SIXTH_FLOORS = {        # tests/data/quotes-multinews-6.jsonl (round 6, scored once before any fix: speaker
    "de": (0.90, 0.87, 0.78),  # de .756 fr .450 it .688 pl .600 ru 1.0; then worked on by error class)
    "fr": (0.88, 0.72, 0.65),
    "it": (0.88, 0.86, 0.78),
    "pl": (0.78, 0.78, 0.62),
    "ru": (0.74, 0.95, 0.74),
}
SEVENTH_FLOORS = {      # tests/data/quotes-multinews-7.jsonl (round 7, scored once before any fix: speaker
    "de": (0.88, 0.85, 0.77),  # de .800 fr .741 it .610 pl .762 ru .826; then worked on by error class;
    "fr": (0.88, 0.80, 0.72),  # round 8 read reversed spaced marks: fr .800/.815/.657 -> .895/.818/.737)
    "it": (0.89, 0.71, 0.64),
    "pl": (0.93, 0.78, 0.75),
    "ru": (0.95, 0.88, 0.86),
}
EIGHTH_FLOORS = {       # tests/data/quotes-multinews-8.jsonl (round 8, scored once before any fix: F1/speaker/
    "de": (0.91, 0.80, 0.74),  # joint de .925/.649/.600 fr .931/.773/.690 it .775/.700/.550 pl .793/.435/.345
    "fr": (0.91, 0.85, 0.74),  # ru .960/.750/.720; then worked on by error class: de .925/.811/.750
    "it": (0.84, 0.80, 0.69),  # fr .931/.864/.759 it .857/.800/.691 pl .871/.815/.710 ru .960/.875/.840)
    "pl": (0.88, 0.83, 0.74),
    "ru": (0.95, 0.86, 0.82),
}
BLIND_FLOORS = {        # tests/data/quotes-multinews-blind.jsonl
    "de": (0.85, 0.75, 0.66),
    "es": (0.97, 0.77, 0.77),
    "fr": (0.75, 0.53, 0.40),
    "it": (0.79, 0.47, 0.38),
    "pl": (0.88, 0.33, 0.30),
    "ru": (0.94, 0.86, 0.83),
}
FINAL_FLOORS = {        # tests/data/quotes-multinews-final.jsonl (round 4, scored once, at the end)
    "de": (0.90, 0.95, 0.90),
    "fr": (0.97, 0.73, 0.73),
    "it": (0.79, 0.59, 0.48),
    "pl": (0.87, 0.86, 0.77),
    "ru": (0.84, 0.77, 0.66),
}
FINAL3_FLOORS = {       # tests/data/quotes-multinews-final3.jsonl (round 5, scored once, at the end)
    "de": (0.80, 0.74, 0.60),
    "fr": (0.91, 0.86, 0.78),
    "it": (0.98, 0.34, 0.34),
    "pl": (0.74, 0.73, 0.55),  # (round 6 with main merged: .762 / .375 / .286, one more quotation found)
    "ru": (0.95, 0.92, 0.85),
}
FINAL4_FLOORS = {       # tests/data/quotes-multinews-final4.jsonl (round 6, scored once, at the end)
    "de": (0.86, 0.54, 0.52),
    "fr": (0.89, 0.90, 0.82),
    "it": (0.87, 0.77, 0.71),
    "pl": (0.78, 0.95, 0.78),
}
FINAL5_FLOORS = {       # tests/data/quotes-multinews-final5.jsonl (round 7, scored once, at the end)
    "de": (0.86, 0.88, 0.78),
    "fr": (0.80, 0.97, 0.79),
    "it": (0.82, 0.97, 0.82),
    "pl": (0.68, 0.81, 0.56),
}
FINAL6_FLOORS = {       # tests/data/quotes-multinews-final6.jsonl (round 8, never looked into, scored once, at
    "de": (0.82, 0.43, 0.36),  # the end: de .833/.360/.300 fr .900/.667/.600 it .421/.750/.316 (5 gold, 14
    "fr": (0.88, 0.64, 0.58),  # predicted) pl .533/.750/.400 (4 gold, 11 predicted) ru 1.0/.833/.833)
    "it": (0.55, 0.72, 0.40),
    "pl": (0.51, 0.72, 0.38),
    "ru": (0.98, 0.81, 0.81),
}
FINAL7_FLOORS = {       # tests/data/quotes-multinews-final7.jsonl (round 9, 4 articles of de and fr, 6 of ru, never
    "de": (0.73, 0.89, 0.67),  # looked into, scored once, at the end: de .765/.923/.706 fr .944/.706/.667
    "fr": (0.91, 0.67, 0.63),  # ru .909/.867/.788)
    "ru": (0.87, 0.83, 0.75),
}
FINAL7_ITPL_FLOORS = {  # tests/data/quotes-multinews-final7-itpl.jsonl (round 9, Italian and Polish only, never
    "it": (0.79, 0.59, 0.48),  # looked into, scored once at the end: it .812/.615/.500 (15 gold, 17 predicted),
    "pl": (0.86, 0.59, 0.52),  # pl .886/.615/.545 (43 gold, 45 predicted); the round's retired sets became dev)
}

BBC_FLOORS = {          # tests/data/quotes-bbc-1.jsonl (17 BBC articles, English; first scored 0.926 / 0.873 / 0.809,
    "en": (0.96, 0.92, 0.90),   # 0.958 / 0.941 / 0.901 after the English round 3, 0.979 / 0.944 / 0.924 after round 4)
}
BBC2_FINAL_FLOORS = {   # tests/data/quotes-bbc-2-final.jsonl (6 more, scored once at the end of English round 3:
    "en": (0.95, 0.98, 0.95),   # 0.970 / 0.938 / 0.909; at the end of round 4: 1.000 / 0.941 / 0.941; retired into
}                               # dev in English round 6, then worked on: 0.971 / 1.000 / 0.971)
BBC2_FLOORS = {         # tests/data/quotes-bbc-2.jsonl (20 more, annotated before the engine ran on them; first
    "en": (0.94, 0.94, 0.88),   # scored 0.917 / 0.907 / 0.817, 0.943 / 0.965 / 0.894 after the English round 3,
}                               # 0.952 / 0.966 / 0.903 after round 4)
BBC3_FLOORS = {         # tests/data/quotes-bbc-3.jsonl (20 more, annotated before the engine ran on them; first
    "en": (0.97, 0.93, 0.92),   # scored 0.996 / 0.840 / 0.837, 0.996 / 0.950 / 0.946 after the English round 4)
}
BBC_FINAL_FLOORS = {    # tests/data/quotes-bbc-1-final.jsonl (5 more, scored once at the end: 0.895 / 0.882 / 0.789;
    "en": (0.93, 0.98, 0.93),   # once at the end of English round 4: 0.950 / 0.842 / 0.800, 19 matched not 17;
}                               # retired into dev in English round 6, then worked on: 0.950 / 1.000 / 0.950)
BBC3_FINAL_FLOORS = {   # tests/data/quotes-bbc-3-final.jsonl (12 more, never looked into, scored once at the end of
    "en": (0.95, 0.93, 0.91),   # English round 4: 0.967 / 0.841 / 0.813; retired into dev in English round 6,
}                               # then worked on: 0.978 / 0.956 / 0.935)

BBC4_FLOORS = {         # tests/data/quotes-bbc-4.jsonl (20 more, annotated before the engine ran on them; first
    "en": (0.96, 0.97, 0.95),   # scored 0.953 / 0.912 / 0.869, 0.982 / 0.991 / 0.973 after the English round 5)
}
BBC4_FINAL_FLOORS = {   # tests/data/quotes-bbc-4-final.jsonl (12 more, never looked into, scored once at the end of
    "en": (0.97, 0.96, 0.96),   # English round 5: 1.000 / 0.896 / 0.896; retired into dev in English round 6,
}                               # then worked on: 1.000 / 0.979 / 0.979)
BBC5_FLOORS = {         # tests/data/quotes-bbc-5.jsonl (15 more, annotated before the engine ran on them at the end of
    "en": (0.95, 0.93, 0.90),   # English round 6; first scored 0.970 / 0.902 / 0.876, then 0.970 / 0.951 / 0.923)
}
BBC5_FINAL_FLOORS = {   # tests/data/quotes-bbc-5-final.jsonl (15 more, 3 per topic, never looked into, scored once at
    "en": (0.93, 0.92, 0.87),   # the end of English round 6: 0.948 / 0.945 / 0.896)
}

ENGLISH_FLOORS = {      # ../shared/eval/quotes-polnear-*: measured .961/.928/.881 and .946/.922/.863 (round 3),
                        # .961/.929/.882 and .946/.923/.864 (round 4), .962/.931/.885 and .945/.926/.866 (round 5)
    "quotes-polnear-dev": (0.957, 0.925, 0.879),
    "quotes-polnear-train": (0.94, 0.92, 0.86),
}


def _score(articles: list[dict], golds: list[dict], lang: str, tmp_path) -> dict:
    from newsbeam_dev.evaluation import quote_rows
    articles = [a for a in articles if a["id"].startswith(lang + ":")]
    golds = [g for g in golds if g["id"].startswith(lang + ":")]
    gold_dir = write_gold(tmp_path / "gold", articles, golds)
    return evaluate_rows("quotes", gold_dir, quote_rows(articles), tmp_path / "out")


def _check(res: dict, floors: tuple[float, float, float]) -> None:
    f1, speaker, joint = floors
    assert res["quote_prf"][2] >= f1, res
    assert res["speaker_accuracy_on_matches"] >= speaker, res
    assert res["quote_and_speaker_f1"] >= joint, res


@pytest.mark.parametrize("lang", sorted(DEV_FLOORS))
def test_multilingual_dev_set_does_not_regress(lang, tmp_path):
    articles, golds = read_gold(require_shared() / "eval" / "quotes-multi-dev")
    _check(_score(articles, golds, lang, tmp_path), DEV_FLOORS[lang])


OWN_SETS = (
    ("quotes-multinews.jsonl", OWN_FLOORS),
    ("quotes-multinews-2.jsonl", SECOND_FLOORS),
    ("quotes-multinews-3.jsonl", THIRD_FLOORS),
    ("quotes-multinews-4.jsonl", FOURTH_FLOORS),
    ("quotes-multinews-5.jsonl", FIFTH_FLOORS),
    ("quotes-multinews-6.jsonl", SIXTH_FLOORS),
    ("quotes-multinews-7.jsonl", SEVENTH_FLOORS),
    ("quotes-multinews-8.jsonl", EIGHTH_FLOORS),
    ("quotes-multinews-blind.jsonl", BLIND_FLOORS),
    ("quotes-multinews-final.jsonl", FINAL_FLOORS),
    ("quotes-multinews-final3.jsonl", FINAL3_FLOORS),
    ("quotes-multinews-final4.jsonl", FINAL4_FLOORS),
    ("quotes-multinews-final5.jsonl", FINAL5_FLOORS),
    ("quotes-multinews-final6.jsonl", FINAL6_FLOORS),
    ("quotes-multinews-final7.jsonl", FINAL7_FLOORS),
    ("quotes-multinews-final7-itpl.jsonl", FINAL7_ITPL_FLOORS),
    ("quotes-bbc-1.jsonl", BBC_FLOORS),
    ("quotes-bbc-2.jsonl", BBC2_FLOORS),
    ("quotes-bbc-2-final.jsonl", BBC2_FINAL_FLOORS),
    ("quotes-bbc-3.jsonl", BBC3_FLOORS),
    ("quotes-bbc-3-final.jsonl", BBC3_FINAL_FLOORS),
    ("quotes-bbc-1-final.jsonl", BBC_FINAL_FLOORS),
    ("quotes-bbc-4.jsonl", BBC4_FLOORS),
    ("quotes-bbc-4-final.jsonl", BBC4_FINAL_FLOORS),
    ("quotes-bbc-5.jsonl", BBC5_FLOORS),
    ("quotes-bbc-5-final.jsonl", BBC5_FINAL_FLOORS),
)


@pytest.mark.parametrize("name, floors, lang", [(n, f, lang) for n, f in OWN_SETS for lang in sorted(f)])
def test_own_annotations_do_not_regress(name, floors, lang, tmp_path):
    require_shared()
    articles, golds = read_gold(DATA / name)
    _check(_score(articles, golds, lang, tmp_path), floors[lang])


@pytest.mark.parametrize("name", sorted(ENGLISH_FLOORS))
def test_english_polnear_sets_do_not_regress(name, tmp_path):
    from newsbeam_dev.evaluation import quote_rows
    gold_dir = require_shared() / "eval" / name
    articles, _ = read_gold(gold_dir)
    _check(evaluate_rows("quotes", gold_dir, quote_rows(articles), tmp_path / "out"), ENGLISH_FLOORS[name])
