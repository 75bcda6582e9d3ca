"""Quotation quality floors per language, scored by ../shared/tools/evaluate.py on gold data.

Two gold sets per language: the dev set `../shared/eval/quotes-multi-dev` (10 articles each), and
this repository's own annotations `tests/data/quotes-multinews.jsonl` (6 to 8 articles each, made
by the same GUIDE.md before the engine was tuned; texts read from ../shared). Each floor sits a
little under the score measured when it was set (README "Quality and speed"), so a regression in
any language fails CI. English is held by the PolNeAR slice in tests/test_quotes.py.
"""
from __future__ import annotations

import pytest

from tests.shared_data import DATA, evaluate, read_gold, require_shared, write_gold, write_table

# language -> (quote F1, speaker accuracy, quote+speaker F1), a little under the measured scores
DEV_FLOORS = {
    "de": (0.79, 0.66, 0.54),
    "es": (0.88, 0.88, 0.77),
    "fr": (0.85, 0.85, 0.74),
    "it": (0.87, 0.80, 0.71),
    "pl": (0.79, 0.68, 0.55),
    "ru": (0.82, 0.84, 0.68),
}
OWN_FLOORS = {
    "de": (0.92, 0.57, 0.54),
    "es": (0.92, 0.60, 0.55),
    "fr": (0.90, 0.70, 0.64),
    "it": (0.83, 0.60, 0.51),
    "pl": (0.83, 0.58, 0.50),
    "ru": (0.87, 0.74, 0.64),
}


def _score(articles: list[dict], golds: list[dict], lang: str, tmp_path) -> dict:
    from benchmarks.eval_quotes import quote_rows
    articles = [a for a in articles if a["id"].startswith(lang + ":")]
    golds = [g for g in golds if g["id"].startswith(lang + ":")]
    gold_dir = write_gold(tmp_path / "gold", articles, golds)
    write_table(tmp_path / "out", "quotes", quote_rows(articles))
    return evaluate("quotes", gold_dir, tmp_path / "out")


def _check(res: dict, floors: tuple[float, float, float]) -> None:
    f1, speaker, joint = floors
    assert res["quote_prf"][2] >= f1, res
    assert res["speaker_accuracy_on_matches"] >= speaker, res
    assert res["quote_and_speaker_f1"] >= joint, res


@pytest.mark.parametrize("lang", sorted(DEV_FLOORS))
def test_multilingual_dev_set_does_not_regress(lang, tmp_path):
    articles, golds = read_gold(require_shared() / "eval" / "quotes-multi-dev")
    _check(_score(articles, golds, lang, tmp_path), DEV_FLOORS[lang])


@pytest.mark.parametrize("lang", sorted(OWN_FLOORS))
def test_own_annotations_do_not_regress(lang, tmp_path):
    require_shared()
    articles, golds = read_gold(DATA / "quotes-multinews.jsonl")
    _check(_score(articles, golds, lang, tmp_path), OWN_FLOORS[lang])
