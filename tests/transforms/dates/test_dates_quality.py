"""Quality floors of the dates stage per language, scored by the shared evaluator: a drop below one
means a regression. Two sets per language: the dev set's articles (`../shared/eval/dates-multi-dev`,
which the rules were tuned on) and this repository's own annotations of other articles
(`tests/data/dates-multi-extra.jsonl`, rebuilt from the shared corpus), a second check; and a third set
annotated in round 3 before the extractor ran on it (`tests/data/dates-multi-3.jsonl`), and a fourth of
round 5 (`tests/data/dates-multi-4.jsonl`), a fifth of round 6 (`tests/data/dates-multi-5.jsonl`), a sixth of
round 7 (`tests/data/dates-multi-6.jsonl`), a seventh of round 8 (`tests/data/dates-multi-7.jsonl`) and an eighth of
round 9 (`tests/data/dates-multi-8.jsonl`). The floors sit
a little under the scores measured when they were set (`benchmarks/eval_dates.py --by-language`);
raise them when the extractor gets better.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbeam_dev.evaluation import DATA, DATE_ANNOTATIONS, date_rows, evaluate_rows, read_jsonl, require_shared, \
    write_date_annotations, write_gold_slice

pytestmark = pytest.mark.quality   # floors on gold data: `pytest -m "not quality"` skips them

# (relaxed F1, value F1) floors, and the scores they were set under
DEV_FLOORS = {  # measured (round 10): de .978/.935 es 1.0/.986 fr .980/.939 it .962/.924 pl .978/.949 ru .986/.971
    # (round 6: the same but fr .980/.918)
    # (round 5: de .971/.927 it .933/.895 ru .986/.986; ru's one value lost in round 6 is a `сегодня` the
    # previous sentence's past verb no longer reaches, now that a Cyrillic capital starts a sentence)
    "de": (0.96, 0.92), "es": (0.98, 0.97), "fr": (0.96, 0.92), "it": (0.94, 0.90), "pl": (0.96, 0.93),
    "ru": (0.97, 0.96),
}
EXTRA_FLOORS = {  # measured (round 9): de .990/.969 es 1.0/.886 fr 1.0/1.0 it 1.0/.933 pl 1.0/.973 ru .972/.944
    # (set under: de .969/.928 es 1.0/.886 fr .980/.939 it .967/.867 pl .986/.959 ru .986/.958)
    # (round 3: de .969/.949 es 1.0/.886 fr .980/.980 it .984/.885 pl 1.0/.973 ru .986/.958;
    # round 5: de .969/.949 es 1.0/.886 fr .980/.980 it 1.0/.900 pl 1.0/.973 ru .972/.944)
    "de": (0.97, 0.95), "es": (0.98, 0.87), "fr": (0.98, 0.98), "it": (0.98, 0.88), "pl": (0.98, 0.95),
    "ru": (0.96, 0.93),
}


THIRD_SET = DATA / "dates-multi-3.jsonl"
THIRD_FLOORS = {  # measured (round 5): de .952/.932 es .976/.976 fr .966/.949 it .915/.881 pl .991/.916 ru 1.0/1.0
    # (round 3: de .941/.922 es .976/.976 fr .966/.949 it .900/.833 pl .962/.904 ru .984/.984; main before
    # that round's fixes: de .911/.852 es .950/.950 fr .950/.867 it .862/.828 pl .898/.837 ru .952/.952;
    # es holds only the two articles no other set used)
    "de": (0.94, 0.92), "es": (0.96, 0.96), "fr": (0.95, 0.93), "it": (0.90, 0.86), "pl": (0.97, 0.90),
    "ru": (0.98, 0.98),
}

FOURTH_SET = DATA / "dates-multi-4.jsonl"
FOURTH_FLOORS = {  # measured (round 5): de .983/.949 fr .926/.926 it .962/.962 pl .983/.949 ru .929/.857
    # (its first score, before the round's fixes: de .966/.897 fr .926/.926 it .830/.830 pl .889/.852
    # ru .929/.857; 8 articles a language, 5 in Russian: one expression moves a figure by .03-.07)
    "de": (0.96, 0.93), "fr": (0.91, 0.91), "it": (0.94, 0.94), "pl": (0.96, 0.93), "ru": (0.91, 0.84),
}

FIFTH_SET = DATA / "dates-multi-5.jsonl"
FIFTH_FLOORS = {  # measured (round 6): de .895/.895 fr .941/.882 it 1.0/1.0 pl .970/.970 ru .983/.915
    # (its first score, annotated before the extractor ran on it: de .895/.789 fr .824/.647 it .963/.963
    # pl .970/.970 ru .967/.900; 7 articles a language, 14-29 expressions: one moves a figure by .03-.07)
    "de": (0.87, 0.87), "fr": (0.92, 0.86), "it": (0.97, 0.97), "pl": (0.95, 0.95), "ru": (0.96, 0.89),
}

SIXTH_SET = DATA / "dates-multi-6.jsonl"
SIXTH_FLOORS = {  # measured (round 7): de .952/.857 fr 1.0/.917 it .938/.938 pl .960/.960 ru 1.0/1.0
    # (its first score, annotated before the extractor ran on it: de .952/.857 fr 1.0/.917 it .903/.839
    # pl .936/.851 ru 1.0/.900; 4-6 articles a language, 10-24 expressions: one moves a figure by .04-.1;
    # no Spanish: every Spanish multinews article is in some other set)
    "de": (0.93, 0.83), "fr": (0.97, 0.89), "it": (0.91, 0.91), "pl": (0.93, 0.93), "ru": (0.97, 0.97),
}

SEVENTH_SET = DATA / "dates-multi-7.jsonl"
SEVENTH_FLOORS = {  # measured (round 9): de .946/.946 fr .966/.966 it .966/.897 pl .933/.867 ru .952/.952
    # (round 8: de .929/.929 fr .933/.933 it .966/.897 pl .933/.867 ru .900/.900)
    # (its first score, annotated before the extractor ran on it: de .929/.929 fr .933/.933 it .966/.897
    # pl .933/.800 ru .857/.857; 6 articles a language, 11-28 expressions: one moves a figure by .04-.09;
    # no Spanish: every Spanish multinews article is in some other set)
    "de": (0.92, 0.92), "fr": (0.93, 0.93), "it": (0.93, 0.86), "pl": (0.90, 0.83), "ru": (0.92, 0.92),
}

EIGHTH_SET = DATA / "dates-multi-8.jsonl"
EIGHTH_FLOORS = {  # measured (round 9): de .968/.903 fr .906/.830 it .951/.918 pl .941/.941 ru .938/.875
    # (its first score, annotated before the extractor ran on it: de .951/.853 fr .906/.830 it .921/.889
    # pl .892/.862 ru .938/.812; 6-8 articles a language, 15-34 expressions: one moves a figure by .03-.07;
    # no Spanish: every Spanish multinews article is in some other set)
    # (round 10: it .967/.933)
    "de": (0.94, 0.87), "fr": (0.88, 0.80), "it": (0.94, 0.90), "pl": (0.91, 0.91), "ru": (0.91, 0.84),
}

NINTH_SET = DATA / "dates-multi-9.jsonl"
NINTH_FLOORS = {  # measured (round 10): de .970/.909 fr .500/.500 it 1.0/1.0 pl .941/.941 ru 1.0/1.0
    # (its first score, annotated before the extractor ran on it: de .970/.909 fr .333/.333 it 1.0/1.0
    # pl .941/.941 ru 1.0/.917; 2 articles a language, 2-17 expressions: French has 2, one moves it by .25)
    "de": (0.94, 0.87), "fr": (0.45, 0.45), "it": (0.97, 0.97), "pl": (0.89, 0.89), "ru": (0.95, 0.95),
}

FINAL7_SET = DATA / "dates-multi-final7.jsonl"
FINAL7_FLOORS = {  # measured (round 10, scored once at its end, never looked into): de .986/.899 fr .923/.923
    # it .923/.923 pl .875/.812 ru .816/.735 (4 articles a language, 12-35 expressions)
    "de": (0.95, 0.86), "fr": (0.87, 0.87), "it": (0.87, 0.87), "pl": (0.84, 0.78), "ru": (0.78, 0.70),
}

# The held-out sets of rounds 2-9, each scored once at the end of its round without being looked into,
# retired into dev in round 10 (their misses read and worked on by class); floors under round 10's scores
# (`benchmarks/eval_dates.py --annotations tests/data/FILE --by-language`). Their first scores are in
# docs/quality.md. Italian's one expression of final6 (a year past 2099) is missed: no floor there.
RETIRED_FLOORS = {
    # measured: de .941/.941 es .941/.794 fr .870/.870 it .923/.923 pl .905/.809 ru .980/.939
    "dates-multi-final.jsonl": {"de": (0.91, 0.91), "es": (0.91, 0.76), "fr": (0.84, 0.84), "it": (0.89, 0.89),
                                "pl": (0.87, 0.77), "ru": (0.95, 0.90)},
    # measured: de .909/.909 fr 1.0/.909 it .973/.757 pl .970/.970 ru 1.0/1.0
    "dates-multi-final2.jsonl": {"de": (0.85, 0.85), "fr": (0.95, 0.85), "it": (0.94, 0.72), "pl": (0.94, 0.94),
                                 "ru": (0.95, 0.95)},
    # measured: de .960/.960 fr .909/.909 it .889/.815 pl .923/.923 ru .960/.960
    "dates-multi-final3.jsonl": {"de": (0.90, 0.90), "fr": (0.85, 0.85), "it": (0.83, 0.76), "pl": (0.87, 0.87),
                                 "ru": (0.90, 0.90)},
    # measured: de 1.0/1.0 fr 1.0/1.0 it .963/.963 pl 1.0/1.0 ru .889/.778
    "dates-multi-final4.jsonl": {"de": (0.95, 0.95), "fr": (0.95, 0.95), "it": (0.91, 0.91), "pl": (0.95, 0.95),
                                 "ru": (0.83, 0.72)},
    # measured: de .909/.909 fr 1.0/1.0 it .889/.889 pl .889/.667 ru 1.0/.857
    "dates-multi-final5.jsonl": {"de": (0.85, 0.85), "fr": (0.97, 0.97), "it": (0.83, 0.83), "pl": (0.83, 0.61),
                                 "ru": (0.95, 0.80)},
    # measured: de 1.0/.933 fr .923/.923 it 0/0 (1 expression) pl .960/.960 ru .933/.800
    "dates-multi-final6.jsonl": {"de": (0.97, 0.90), "fr": (0.87, 0.87), "pl": (0.90, 0.90), "ru": (0.88, 0.75)},
    # measured: de .947/.947 es .949/.949 fr .930/.930 it .983/.983 pl .933/.889 ru .969/.938
    "dates-multi-blind.jsonl": {"de": (0.91, 0.91), "es": (0.91, 0.91), "fr": (0.90, 0.90), "it": (0.95, 0.95),
                                "pl": (0.90, 0.85), "ru": (0.93, 0.90)},
}


def _score(gold_dir, out_dir, language: str) -> dict:
    articles = [a for a in read_jsonl(gold_dir / "articles.jsonl") if a["id"].startswith(language + ":")]
    sliced = write_gold_slice(gold_dir, out_dir / "gold", {a["id"] for a in articles})
    res = evaluate_rows("dates", sliced, date_rows(articles, language), out_dir / "out")
    return {"relaxed": res["relaxed_prf"][2], "value": res["value_prf"][2], "gold": res["gold"]}


@pytest.mark.parametrize("language", sorted(DEV_FLOORS))
def test_dev_set_scores_stay_above_the_floor(language, tmp_path):
    scores = _score(require_shared() / "eval" / "dates-multi-dev", tmp_path, language)
    relaxed, value = DEV_FLOORS[language]
    assert scores["gold"] > 0 and scores["relaxed"] >= relaxed and scores["value"] >= value, json.dumps(scores)


OWN_SETS = [  # (annotation file, floors per language)
    (DATE_ANNOTATIONS, EXTRA_FLOORS),
    (THIRD_SET, THIRD_FLOORS),
    (FOURTH_SET, FOURTH_FLOORS),
    (FIFTH_SET, FIFTH_FLOORS),
    (SIXTH_SET, SIXTH_FLOORS),
    (SEVENTH_SET, SEVENTH_FLOORS),
    (EIGHTH_SET, EIGHTH_FLOORS),
    (NINTH_SET, NINTH_FLOORS),
    (FINAL7_SET, FINAL7_FLOORS),
    *((DATA / name, floors) for name, floors in RETIRED_FLOORS.items()),
]


@pytest.mark.parametrize("path,language", [(path, language) for path, floors in OWN_SETS for language in sorted(floors)],
                         ids=lambda v: v.name if isinstance(v, Path) else v)
def test_own_annotations_score_above_the_floor(path, language, tmp_path):
    gold_dir = write_date_annotations(tmp_path / "own", path)
    scores = _score(gold_dir, tmp_path, language)
    relaxed, value = dict(OWN_SETS)[path][language]
    assert scores["gold"] > 0 and scores["relaxed"] >= relaxed and scores["value"] >= value, json.dumps(scores)


@pytest.mark.parametrize("name", ["dates-multi-3.jsonl", "dates-multi-4.jsonl", "dates-multi-final2.jsonl",
                                  "dates-multi-5.jsonl", "dates-multi-final3.jsonl", "dates-multi-6.jsonl",
                                  "dates-multi-final4.jsonl", "dates-multi-7.jsonl", "dates-multi-final5.jsonl",
                                  "dates-multi-8.jsonl", "dates-multi-final6.jsonl", "dates-multi-9.jsonl",
                                  "dates-multi-final7.jsonl"])
def test_own_multilingual_sets_hold_offsets_not_text(name):
    """Offsets into a shared corpus file (cut at `end` where only its beginning was annotated), no text."""
    from newsbeam_dev.evaluation import annotated_text
    rows = read_jsonl(DATA / name)
    assert rows and all(set(r) - {"end"} == {"file", "language", "published_at", "timexes"} for r in rows)
    for r in rows:
        text = annotated_text(r)
        for t in r["timexes"]:
            assert set(t) == {"start", "end", "type", "value"}
            assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"]:t["end"]].strip() == \
                text[t["start"]:t["end"]]


def test_own_annotations_hold_offsets_not_text():
    """The stored annotations name a corpus file and offsets; the texts stay in `../shared`."""
    from newsbeam_dev.evaluation import corpus_text
    rows = read_jsonl(DATE_ANNOTATIONS)
    assert rows and all(set(r) == {"file", "language", "published_at", "timexes"} for r in rows)
    for r in rows:
        text = corpus_text(r["file"])
        for t in r["timexes"]:
            assert set(t) == {"start", "end", "type", "value"}
            assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"]:t["end"]].strip() == \
                text[t["start"]:t["end"]]


# English, on this repository's own annotations of BBC and PolNeAR leads (TimeML TIMEX3): the blind set of
# round 2 and the third set of round 4, annotated before the extractor ran on it (first score .954/.887,
# .961/.895 once its one missed `current` was added; classes fixed since, tests/transforms/dates/test_dates_classes.py).
ENGLISH_SETS = {  # set under: blind .990/.949, en-3 .993/.953 (round 5: .993/.966)
    "dates-en-blind.jsonl": (0.97, 0.92),
    "dates-en-3.jsonl": (0.97, 0.94),
}


def test_english_third_set_holds_offsets_not_text():
    """Offsets into a shared text (a corpus file, or an article of a shared gold set by `id`), no text."""
    from newsbeam_dev.evaluation import annotated_text
    rows = read_jsonl(DATA / "dates-en-3.jsonl")
    assert len(rows) == 45
    for r in rows:
        assert set(r) - {"id", "anchor_note"} == {"file", "language", "published_at", "end", "timexes"}
        text = annotated_text(r)
        for t in r["timexes"]:
            assert set(t) == {"start", "end", "type", "value"}
            span = text[t["start"]:t["end"]]
            assert 0 <= t["start"] < t["end"] <= len(text) and span.strip() == span and span


# Round five: title and first sentences of 25 BBC articles and 11 2019 wire and web news stories
# (`dates-en-4`), 16 more such stories (`-4b`, business-heavy), 16 PolNeAR leads (`-4c`) and 20 more BBC
# articles (`-5`) and 15 more 2019 stories (`-6`), none used by another set, each annotated before the
# extractor ran on it. First scores: en-4 .964/.952, 4b .971/.943, 4c .968/.839 (main: the same), 5
# .989/.943, 6 .972/.972 (after the round's fixes); classes fixed since in tests/transforms/dates/test_dates_classes.py
# (`test_round_five_english_classes`).
ROUND_FIVE_SETS = {  # set under: en-4 .988/.988, 4b .986/.986, 4c .990/.905, 5 .989/.966, 6 .986/.986 (round six)
    "dates-en-4.jsonl": (0.97, 0.97),
    "dates-en-4b.jsonl": (0.96, 0.93),
    "dates-en-4c.jsonl": (0.97, 0.88),
    "dates-en-5.jsonl": (0.98, 0.95),  # (round seven: 1.0/.977)
    "dates-en-6.jsonl": (0.97, 0.97),
}
# Round six: 29 newswire leads (22 PolNeAR, 7 BBC; weekdays and months anchored on the publication date, as
# in TempEval-3 and Wikinews), annotated before the extractor ran on them: first score .938/.867.
ROUND_SIX_SETS = {  # set under: en-7 .966/.948
    "dates-en-7.jsonl": (0.95, 0.93),
}
# Round seven: 56 more BBC articles of all five topics, none used by another set, annotated before the
# extractor ran on them: first scores en-8 .959/.926, en-9 .947/.842, en-10 (after the fixes of the first
# two) .948/.897 (classes fixed since: tests/transforms/dates/test_dates_en_round3.py).
ROUND_SEVEN_SETS = {  # set under: en-8 .959/.959, en-9 .977/.977, en-10 .948/.948 (round eight; first .948/.897)
    "dates-en-8.jsonl": (0.94, 0.94),
    "dates-en-9.jsonl": (0.96, 0.96),
    "dates-en-10.jsonl": (0.93, 0.92),
}
# Round eight: 20 more BBC articles of all five topics, none used by another set, annotated before the
# extractor ran on them: first score en-11 .974/.948 relaxed/value (classes fixed since:
# tests/transforms/dates/test_dates_en_round4.py).
ROUND_EIGHT_SETS = {  # set under: en-11 .987/.974
    "dates-en-11.jsonl": (0.97, 0.95),
}
# Round nine: 20 BBC business and politics leads, none used by another set, annotated before the extractor
# ran on them: first score en-12 .960/.914 relaxed/value (classes fixed since: tests/transforms/dates/test_dates_en_round5.py).
ROUND_NINE_SETS = {  # set under: en-12 .971/.949
    "dates-en-12.jsonl": (0.96, 0.94),
}
# Round ten (English round six): 15 BBC business and politics articles annotated before the extractor ran
# on them, first score en-13 .933/.904 relaxed/value; and the held-out sets of earlier rounds, each scored
# once, retired into dev (first scores: final .911/.871, final2 .957/.848, final3 .958/.930, final5
# .968/.947, final6 .921/.899). Classes fixed since: tests/transforms/dates/test_dates_en_round6.py.
ROUND_TEN_SETS = {  # set under: en-13 .964/.934, final .911/.871, final2 .979/.915, final3 .958/.930,
    #                 final5 .968/.947, final6 .933/.933 (final4 has too few expressions for a floor)
    "dates-en-13.jsonl": (0.95, 0.92),
    "dates-en-final.jsonl": (0.90, 0.86),
    "dates-en-final2.jsonl": (0.96, 0.90),
    "dates-en-final3.jsonl": (0.94, 0.91),
    "dates-en-final5.jsonl": (0.95, 0.93),
    "dates-en-final6.jsonl": (0.92, 0.92),
}


@pytest.mark.parametrize("name", sorted({**ENGLISH_SETS, **ROUND_FIVE_SETS, **ROUND_SIX_SETS, **ROUND_SEVEN_SETS,
                                         **ROUND_EIGHT_SETS, **ROUND_NINE_SETS, **ROUND_TEN_SETS}))
def test_english_annotations_score_above_the_floor(name, tmp_path):
    gold_dir = write_date_annotations(tmp_path / "en", DATA / name)
    scores = _score(gold_dir, tmp_path, "en")
    relaxed, value = {**ENGLISH_SETS, **ROUND_FIVE_SETS, **ROUND_SIX_SETS, **ROUND_SEVEN_SETS, **ROUND_EIGHT_SETS,
                      **ROUND_NINE_SETS, **ROUND_TEN_SETS}[name]
    assert scores["gold"] > 30 and scores["relaxed"] >= relaxed and scores["value"] >= value, json.dumps(scores)


@pytest.mark.parametrize("name", [*sorted(ROUND_FIVE_SETS), *sorted(ROUND_SIX_SETS), *sorted(ROUND_SEVEN_SETS),
                                  *sorted(ROUND_EIGHT_SETS), *sorted(ROUND_NINE_SETS), "dates-en-13.jsonl", "dates-en-final2.jsonl",
                                  "dates-en-final3.jsonl"])
def test_round_five_sets_hold_offsets_not_text(name):
    """Offsets into a shared text (a BBC file, or an article of a shared set's JSON Lines by `id`), cut
    where the annotation stopped; no text."""
    from newsbeam_dev.evaluation import annotated_text
    rows = read_jsonl(DATA / name)
    assert len(rows) >= 15
    for r in rows:
        assert set(r) - {"id"} == {"file", "language", "published_at", "end", "anchor_note", "timexes"}
        text = annotated_text(r)
        for t in r["timexes"]:
            assert set(t) == {"start", "end", "type", "value"} and t["type"] in ("DATE", "TIME")
            span = text[t["start"]:t["end"]]
            assert 0 <= t["start"] < t["end"] <= len(text) and span.strip() == span and span
