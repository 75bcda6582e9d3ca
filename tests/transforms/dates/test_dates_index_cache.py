"""What the date index reads off a grammar's patterns is kept on disk between processes (`index.PLANS`):
read back, it builds the same index; a changed rule or module, a damaged file, an unwritable folder or
two processes building it at once only cost computing it again."""
import dataclasses
import subprocess
import sys

import pytest

from transforms import regex_cache
from transforms.dates import index
from transforms.dates.extract import language_of
from transforms.dates.grammar import Grammar
from transforms.dates.patterns import EN

from newsbeam_dev.evaluation import REPO


def shape(built: index.CandidateIndex) -> tuple:
    """Everything of an index the scan uses (its patterns by source, its rules by name)."""
    return (built.trigger.pattern, built.blocker and built.blocker.pattern, built.starter_at.__self__.pattern,
            {kinds: [[r.name for r in s.rules] for s in segments] for kinds, segments in built.by_kinds.items()},
            sorted(built.head_kinds.items()), built.cased, built.clock_words)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    index.PLANS.clear()
    yield tmp_path / "memo"
    index.PLANS.clear()


def build(lang: str) -> index.CandidateIndex:
    spec = language_of(lang)
    return index.CandidateIndex(spec.grammar, None if spec.profile is EN else spec.profile)


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_plan_read_back_builds_the_same_index(cache, monkeypatch, lang):
    computed = build(lang)
    assert len(list(cache.glob("dates-index-*.marshal"))) == 1
    index.PLANS.clear()  # (as a new process: only the file)
    monkeypatch.setattr(index, "_read_plan", lambda *a: pytest.fail("computed, not read back"))
    assert shape(build(lang)) == shape(computed)


def test_a_changed_rule_or_head_word_is_read_again(cache, monkeypatch):
    spec = language_of("en")
    rules, heads = spec.grammar.rules, spec.index.head_kinds
    build("en")
    key = index._plan_key(rules, heads)
    changed = (*rules[:-1], dataclasses.replace(rules[-1], pattern=r"(?<!\w)(?:the\s+)?xmas\s+day\b"))
    fewer_heads = dict(list(heads.items())[1:])
    assert len({key, index._plan_key(changed, heads), index._plan_key(rules, fewer_heads)}) == 3
    reads = []
    real = index._read_plan
    monkeypatch.setattr(index, "_read_plan", lambda *a: reads.append(a) or real(*a))
    built = index.CandidateIndex(Grammar((changed,)), None)
    assert reads and built.starter_at.__self__.pattern == index._starter_src(changed)
    assert "xmas" in built.blocker.pattern


def test_a_damaged_file_or_an_unwritable_folder_only_costs_computing(cache, tmp_path, monkeypatch):
    want = shape(build("fr"))
    entry = next(cache.glob("dates-index-*.marshal"))
    entry.write_bytes(b"\x00not a plan")
    index.PLANS.clear()
    assert shape(build("fr")) == want
    assert entry.read_bytes() != b"\x00not a plan"  # computed again and stored whole
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path / "a-file"))
    index.PLANS.clear()
    assert shape(build("fr")) == want


def test_an_edited_module_starts_a_new_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    code = tmp_path / "module.py"
    code.write_text("one")
    memo = regex_cache.Memo("test", str(code))
    assert memo.get("k", lambda: "computed once") == "computed once"
    memo.save()
    memo.clear()
    assert memo.get("k", lambda: "again") == "computed once"
    code.write_text("two")
    memo.clear()
    assert memo.get("k", lambda: "again") == "again"
    assert len(list((tmp_path / "memo").glob("test-*.marshal"))) == 1  # (the second was not saved)


def test_two_processes_building_at_once_both_read_dates(tmp_path):
    """Two workers starting on an empty cache: both compute and save; the file they leave is whole."""
    script = ("import datetime as dt; from transforms.dates import extract_dates; "
              "print([m.value for m in extract_dates('On 17 December 2024 and last week.', dt.date(2024, 12, 20), 'de')])")
    env = {"NEWSBEAM_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", script], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outputs[0] == outputs[1] == "['2024-12-17', '2024-W50']\n"
    assert [p.name for p in (tmp_path / "memo").iterdir()] == [next((tmp_path / "memo").glob("*.marshal")).name]
    again = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert again.stdout == outputs[0]
