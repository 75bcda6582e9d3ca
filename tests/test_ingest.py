"""`newsbeam ingest` / `watch` / `status`: real ingests into a temp folder."""
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.cli import main
from pipeline.lock import OutputLocked, output_lock
from newsbeam_dev.evaluation import REPO


def story(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def rows(out: Path, table: str) -> list[dict]:
    files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
    return ds.dataset(files, format="parquet", partitioning="hive").to_table().to_pylist() if files else []


def latest_articles(out: Path) -> list[dict]:
    all_rows = rows(out, "articles")
    latest = {}
    for r in all_rows:
        latest[r["source_uri"]] = max(latest.get(r["source_uri"], ""), r["run_id"])
    return [r for r in all_rows if r["run_id"] == latest[r["source_uri"]]]


@pytest.fixture
def inbox(tmp_path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    for i in range(3):
        (d / f"a{i}.txt").write_text(story(f"Story {i}", f"Officials said on Monday that project {i} would go ahead."))
    return d


def ingest(inbox: Path, out: Path, *extra: str) -> int:
    return main(["ingest", str(inbox / "*.txt"), "--output", str(out), *extra])


def test_first_run_noop_new_changed_and_bad_files(inbox, tmp_path, capsys):
    out = tmp_path / "data"
    assert ingest(inbox, out) == 0
    first = capsys.readouterr().out
    assert "processed 3 files (3 new, 0 changed, 0 retried): added 3 (3 articles), failed 0" in first
    partitions = {p.name for p in (out / "articles").iterdir()}
    assert len(partitions) == 1 and partitions.pop().startswith("ingest_date=")

    files_before = sorted(p for p in out.rglob("*") if p.is_file() and ".newsbeam" not in p.parts)
    assert ingest(inbox, out) == 0
    assert "nothing new in 3 files" in capsys.readouterr().out
    assert sorted(p for p in out.rglob("*") if p.is_file() and ".newsbeam" not in p.parts) == files_before

    os.utime(inbox / "a0.txt")  # touched, same bytes: not new work
    (inbox / "a3.txt").write_text(story("Story 3", "A new story arrived on Tuesday."))
    (inbox / "a1.txt").write_text(story("Story 1", "The project was cancelled on Wednesday, officials said."))
    (inbox / "broken.txt").write_bytes(b"")
    assert ingest(inbox, out) == 1  # one file failed
    line = capsys.readouterr().out
    assert "processed 3 files (2 new, 1 changed, 0 retried): added 2 (2 articles), failed 1" in line

    latest = latest_articles(out)
    assert sorted(Path(a["source_uri"]).name for a in latest) == ["a0.txt", "a1.txt", "a2.txt", "a3.txt"]
    assert "cancelled" in next(a["text"] for a in latest if a["source_uri"].endswith("a1.txt"))
    history = [a for a in rows(out, "articles") if a["source_uri"].endswith("a1.txt")]
    assert len(history) == 2  # the superseded version stays inspectable
    errors = rows(out, "errors")
    assert [(Path(e["source_uri"]).name, e["error_type"]) for e in errors] == [("broken.txt", "empty")]


def test_failed_files_are_retried_up_to_the_limit(inbox, tmp_path, capsys):
    out = tmp_path / "data"
    (inbox / "broken.txt").write_bytes(b"\x00\x01binary")
    for attempt in (1, 2):
        assert ingest(inbox, out, "--set", "ingest.max_attempts=2") == 1
    assert ingest(inbox, out, "--set", "ingest.max_attempts=2") == 0
    assert "nothing new in 4 files (3 unchanged, 1 given up)" in capsys.readouterr().out
    assert main(["status", "--output", str(out), "--set", "ingest.max_attempts=2"]) == 0
    status = capsys.readouterr().out
    assert "3 ingested (3 articles)" in status and "broken.txt  attempts 2/2" in status
    (inbox / "broken.txt").write_text(story("Fixed", "Now it has text."))
    assert ingest(inbox, out, "--set", "ingest.max_attempts=2") == 0
    assert len(latest_articles(out)) == 4


def test_duplicate_of_an_article_from_an_earlier_run(inbox, tmp_path):
    out = tmp_path / "data"
    assert ingest(inbox, out) == 0
    (inbox / "0-copy.txt").write_text((inbox / "a2.txt").read_text())  # sorts before a2.txt, arrives later
    assert ingest(inbox, out) == 0
    by_name = {Path(a["source_uri"]).name: a for a in latest_articles(out)}
    assert by_name["0-copy.txt"]["duplicate_of"] == by_name["a2.txt"]["article_id"]
    assert by_name["a2.txt"]["duplicate_of"] is None


def test_a_second_ingest_on_the_same_output_exits_with_a_clear_message(inbox, tmp_path, capsys):
    out = tmp_path / "data"
    with output_lock(str(out / ".newsbeam")):
        assert ingest(inbox, out) == 3
        assert "is being written by newsbeam pid" in capsys.readouterr().err
    assert ingest(inbox, out) == 0  # released: no stale lock


def test_lock_waits_when_asked(tmp_path):
    meta = str(tmp_path / ".newsbeam")
    holder = output_lock(meta).__enter__()
    threading.Timer(0.5, holder.__exit__, (None, None, None)).start()
    with output_lock(meta, wait_seconds=5):
        pass
    with output_lock(meta):
        with pytest.raises(OutputLocked):
            output_lock(meta).__enter__()


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    meta = tmp_path / ".newsbeam"
    code = ("import sys, time; sys.path.insert(0, %r); from pipeline.lock import output_lock; "
            "l = output_lock(%r).__enter__(); print('locked', flush=True); time.sleep(60)") % (str(REPO), str(meta))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    with pytest.raises(OutputLocked):
        output_lock(str(meta)).__enter__()
    proc.kill()
    proc.wait()
    with output_lock(str(meta)):
        pass


def test_two_concurrent_ingest_processes(inbox, tmp_path):
    out = tmp_path / "data"
    cmd = [sys.executable, "-m", "pipeline.cli", "ingest", str(inbox / "*.txt"), "-o", str(out)]
    procs = [subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _, _ in results)
    # Either the second saw the lock and stepped aside, or it started after the first and found nothing new.
    assert codes in ([0, 0], [0, 3]), results
    assert sorted(Path(a["source_uri"]).name for a in rows(out, "articles")) == ["a0.txt", "a1.txt", "a2.txt"]


def test_watch_ticks_and_status(inbox, tmp_path, capsys):
    out = tmp_path / "data"
    assert main(["watch", str(inbox / "*.txt"), "-o", str(out), "--every", "1s", "--ticks", "2"]) == 0
    printed = capsys.readouterr().out
    assert "added 3 (3 articles)" in printed and "nothing new in 3 files" in printed
    assert main(["status", str(inbox / "*.txt"), "-o", str(out)]) == 0
    status = capsys.readouterr().out
    assert "1 runs" in status and "pending: 0 new, 0 changed" in status


def test_watch_rejects_a_bad_schedule(inbox, tmp_path, capsys):
    assert main(["watch", str(inbox / "*.txt"), "-o", str(tmp_path / "d"), "--every", "soon"]) == 2
    assert "neither an interval" in capsys.readouterr().err
