"""Progress of long work: one line in place on a terminal, plain lines in a log, nothing with --quiet;
every local worker counted."""
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.progress import Counts, Progress, _covers_file, format_line
from newsbeam_dev.evaluation import REPO

TEXT = "The council said on Monday that the new bridge would open in May, after two years of work."


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """12 .txt files and a JSON Lines feed of 40 articles (read in many slices with a tiny slice_mb)."""
    folder = tmp_path_factory.mktemp("inputs")
    for i in range(12):
        (folder / f"story{i:02d}.txt").write_text(f"Story {i}\n\n{TEXT} Item {i}.\n")
    (folder / "feed.jsonl").write_text("".join(json.dumps({"id": f"f{i}", "text": f"{TEXT} Line {i}."}) + "\n"
                                               for i in range(40)))
    return folder


LINE = re.compile(r"newsbeam: (\d+)/(\d+) files, (\d+)/(\d+) articles")


def test_plain_lines_in_a_log_count_every_worker(inputs, tmp_path):
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(inputs / "*"), "-o", str(tmp_path / "o"),
           "--workers", "2", "--set", "slice_mb=0.0005", "--set", "progress_seconds=0.1"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) >= 3 and all(line.startswith("newsbeam: ") for line in lines) and "\r" not in proc.stderr
    assert LINE.match(lines[-1]).groups() == ("13", "13", "52", "52"), lines[-1]  # the final counts, both workers'
    assert "finished" in proc.stdout


def test_one_line_redrawn_in_place_on_a_terminal(inputs, tmp_path):
    master, slave = pty.openpty()
    cmd = [sys.executable, "-m", "pipeline.cli", "ingest", str(inputs / "*.txt"), "-o", str(tmp_path / "o")]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not data:
            break
        chunks.append(data)
    stdout = proc.communicate(timeout=600)[0]
    err = b"".join(chunks).decode()
    assert proc.returncode == 0 and "processed 12 files" in stdout
    assert "\n" not in err and err.count("\r") >= 3  # redrawn, never scrolled
    assert err.endswith("\r\x1b[K")  # and erased before the summary
    assert "12/12 files, 12/12 articles" in err


def test_quiet_prints_nothing(inputs, tmp_path, capsys):
    assert main(["run", str(inputs / "*.txt"), "-o", str(tmp_path / "o"), "-q", "--set", "progress_seconds=0.1"]) == 0
    assert main(["watch", str(inputs / "*.txt"), "-o", str(tmp_path / "w"), "-q", "--every", "1s", "--ticks", "1",
                 "--set", "progress_seconds=0.1"]) == 0
    assert capsys.readouterr() == ("", "")


def test_each_watch_tick_shows_its_progress(inputs, tmp_path, capsys):
    # (a line every 0.01 s: a warm tick of 12 articles can end before a longer period's first line)
    assert main(["watch", str(inputs / "*.txt"), "-o", str(tmp_path / "w"), "--every", "1s", "--ticks", "1",
                 "--set", "progress_seconds=0.01"]) == 0
    out, err = capsys.readouterr()
    assert "added 12 (12 articles)" in out
    assert LINE.match(err.splitlines()[-1]).groups() == ("12", "12", "12", "12")


def test_files_are_done_when_their_slices_cover_them():
    assert _covers_file([(0, None)])
    assert not _covers_file([(0, 10), (20, None)]) and not _covers_file([(0, 10), (10, 20)])
    assert _covers_file([(10, 20), (20, None), (0, 10)])
    counts = Counts(2)
    for line in ['F 30', 'S 10 - "/in/a.jsonl"', 'A 10', 'S 0 10 "/in/a.jsonl"', 'A 5', 'S 0 - "/in/b c.txt"']:
        counts.read_line(line, now=100.0)
    assert (counts.files_done, counts.done, counts.found) == (2, 15, 30)


def test_the_line_says_what_is_happening():
    counts = Counts(40)
    assert format_line(counts, 3, 3) == "newsbeam: starting the job for 40 files, 0:03 elapsed"
    counts.found = 1000
    assert format_line(counts, 5, 5) == "newsbeam: reading 40 files: 1,000 articles found, 0:05 elapsed"
    counts.first_done_at, counts.last_done_at, counts.done, counts.files_done = 10.0, 30.0, 400, 12
    assert format_line(counts, 34, 30.0) == ("newsbeam: 12/40 files, 400/1,000 articles, 20 articles/s, "
                                             "0:34 elapsed, ETA 0:30")


def test_a_remote_runner_is_followed_through_its_metrics():
    class Counter:
        def __init__(self, name, value):
            self.key = type("Key", (), {"metric": type("Metric", (), {"name": name})()})()
            self.committed, self.attempted = None, value

    class Result:  # what Dataflow, Flink or Spark return while the job runs
        def metrics(self):
            return self

        def query(self):
            return {"counters": [Counter("articles_written", 250), Counter("files_read", 7)]}

    with Progress(10, mode="lines", every=3600, stream=open(os.devnull, "w")) as progress:
        progress.follow(Result())
        progress._collect()
    assert (progress.counts.done, progress.counts.files_done) == (250, 7)
