"""The machine's cache folder does not grow without bound: entries no process has used for a month go
when a cache writes a new entry, entries in use are kept, and pruning runs at most once a day per kind."""
import os
import time

import pytest

from transforms import machine_cache, regex_cache
from transforms.dates.patterns import FLAGS, alt

DAY = 86400
PATTERN = r"\b(?:" + alt([f"q{i:04d}z" for i in range(300)]) + r")\b"


def aged(path, days):
    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def entry(folder, name, days, is_folder=False):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if is_folder:
        path.mkdir()
        (path / "data.npy").write_bytes(b"x")
    else:
        path.write_bytes(b"x")
    return aged(path, days)


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_old_entries_go_and_recent_ones_stay(root):
    kind = root / "language"
    old = entry(kind, "old", 40, is_folder=True)
    recent = entry(kind, "recent", 10, is_folder=True)
    stale_file = entry(kind, "stale.tmp", 31)
    assert machine_cache.prune(str(kind)) == 2
    assert not old.exists() and not stale_file.exists()
    assert recent.exists()


def test_pruning_runs_at_most_once_a_day_per_kind(root):
    kind = root / "memo"
    entry(kind, "a.marshal", 40)
    assert machine_cache.prune(str(kind)) == 1
    late = entry(kind, "b.marshal", 40)
    assert machine_cache.prune(str(kind)) == 0 and late.exists()   # pruned less than a day ago
    aged(root / ".memo.pruned", 2)
    assert machine_cache.prune(str(kind)) == 1 and not late.exists()


def test_a_new_compiled_pattern_prunes_the_pattern_cache(root):
    kind = root / "regex"
    old = entry(kind / "ab", "old.marshal", 45)
    kept = entry(kind / "cd", "kept.marshal", 3)
    regex_cache.compile(PATTERN, FLAGS)
    assert not old.exists() and kept.exists()
    assert len(list(kind.glob("*/*.marshal"))) == 2   # the new entry and the one in use


def test_reading_an_entry_keeps_it(root):
    regex_cache.compile(PATTERN, FLAGS)
    [stored] = (root / "regex").glob("*/*.marshal")
    aged(stored, 29)
    assert regex_cache.compile(PATTERN, FLAGS).pattern == PATTERN   # read from the file
    assert time.time() - stored.stat().st_mtime < 60                # and marked as used
    aged(root / ".regex.pruned", 2)
    aged(stored, 0.5)   # used within the day: not written again, and not pruned
    assert machine_cache.prune(str(root / "regex"), depth=2) == 0 and stored.exists()


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")
    assert machine_cache.prune(str(tmp_path / "file" / "regex")) == 0
    assert regex_cache.compile(PATTERN, FLAGS).pattern == PATTERN
