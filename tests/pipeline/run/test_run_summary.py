"""The lines a finished run prints: every language of a small run is named, and a long tail is counted."""
from types import SimpleNamespace

from newsbeam.pipeline.run.summary import format_run_summary


def summary(languages):
    return SimpleNamespace(run_id="r1", seconds=1.5, files=3, errors=0, output="out", languages=languages,
                           count=lambda name: 0)


def languages_line(languages) -> str:
    [line] = [l for l in format_run_summary(summary(languages)).splitlines() if "languages:" in l]
    return line.strip()


def test_the_seven_languages_of_the_demo_are_all_named():
    found = {"en": 3, "de": 1, "es": 1, "fr": 1, "it": 1, "pl": 1, "ru": 1}
    assert languages_line(found) == "languages: en 3, de 1, es 1, fr 1, it 1, pl 1, ru 1"


def test_languages_beyond_the_top_eight_are_counted_not_dropped():
    found = {f"l{i}": 20 - i for i in range(11)}
    line = languages_line(found)
    assert line.startswith("languages: l0 20, l1 19,") and "l7 13" in line and "l8" not in line
    assert line.endswith("and 3 more (33 articles)")   # 12 + 11 + 10


def test_a_run_without_articles_says_none():
    assert languages_line({}) == "languages: none"
