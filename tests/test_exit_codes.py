"""One exit-code table for every command (`pipeline.exit_codes`): the README shows it, `--help` shows it,
and each row is checked here, command by command, against what a user would do to get it."""
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main
from pipeline.exit_codes import EXIT_CODES, markdown
from pipeline.lock import output_lock
from tests.processes import stopped_once_it_catches_sigterm
from newsbeam_dev.evaluation import REPO

COMMANDS = ("run", "ingest", "watch", "status", "verify", "query", "stats", "report")
STORY = "A harbour story\n\nThe mayor said on Monday that the harbour would reopen in May.\n"
# Rows checked in other files (they need a Beam run killed mid-way or a damaged dataset):
ELSEWHERE = {(130, "run"): "test_signals", (130, "ingest"): "test_signals", (130, "watch"): "test_signals",
             (130, "query"): "test_query", (5, "query"): "test_datasets", (5, "stats"): "test_datasets",
             (5, "ingest"): "test_datasets", (5, "watch"): "test_datasets", (5, "status"): "test_datasets",
             (5, "verify"): "test_datasets", (5, "report"): "test_datasets",
             (130, "status"): "test_130_for_the_quick_commands_too", (130, "report"): "test_130_for_the_quick_commands_too",
             (130, "verify"): "test_130_for_the_quick_commands_too", (130, "stats"): "test_130_for_the_quick_commands_too"}


def test_the_readme_and_help_show_the_table():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"<!-- exit-codes:start -->\n(.*)<!-- exit-codes:end -->", readme, re.S).group(1) == markdown()
    epilog = build_parser().epilog
    assert all(f"  {c.code:<3} " in epilog for c in EXIT_CODES)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text(STORY.replace("May", "June"))
    return folder


@pytest.fixture(scope="module")
def dataset(inbox, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("data") / "data"
    assert main(["run", str(inbox / "*.txt"), "-o", str(out), "-q"]) == 0
    return out


def in_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def broken_staging(tmp_path: Path) -> Path:
    """An output whose staging folder is a file: the Beam job fails when it starts writing."""
    out = tmp_path / "out"
    (out / ".newsbeam").mkdir(parents=True)
    (out / ".newsbeam" / "staging").write_text("in the way")
    return out


# (code, command, what the user does) -> argv; each is a function of (tmp_path, inbox, dataset).
SCENARIOS = {
    (0, "run", "a clean run"): lambda t, i, d: ["run", str(i / "*.txt"), "-o", str(t / "o")],
    (0, "ingest", "a clean ingest"): lambda t, i, d: ["ingest", str(i / "*.txt"), "-o", str(t / "o")],
    (0, "watch", "ticks that went well"): lambda t, i, d: ["watch", str(i / "*.txt"), "-o", str(t / "o"),
                                                            "--every", "1s", "--ticks", "1"],
    (0, "status", "a dataset"): lambda t, i, d: ["status", "-o", str(d)],
    (0, "verify", "a sound dataset"): lambda t, i, d: ["verify", "-o", str(d)],
    (0, "query", "a SELECT"): lambda t, i, d: ["query", "-o", str(d), "SELECT count(*) FROM articles"],
    (0, "stats", "a dataset"): lambda t, i, d: ["stats", "-o", str(d)],
    (0, "report", "a dataset"): lambda t, i, d: ["report", "-o", str(d), "--to", str(t / "r.html")],
    (1, "run", "an empty file"): lambda t, i, d: ["run", str(in_folder(t, {"a.txt": STORY, "e.txt": ""}) / "*"),
                                                  "-o", str(t / "o")],
    (1, "ingest", "one bad line in a good feed"): lambda t, i, d: [
        "ingest", str(in_folder(t, {"f.jsonl": json.dumps({"id": "x", "text": "The mayor spoke."}) + "\n{oops\n"})
                      / "*.jsonl"), "-o", str(t / "o")],
    (2, "run", "a folder as input"): lambda t, i, d: ["run", str(i), "-o", str(t / "o")],
    (2, "ingest", "a folder as input"): lambda t, i, d: ["ingest", str(i), "-o", str(t / "o")],
    (2, "watch", "a folder as input"): lambda t, i, d: ["watch", str(i), "-o", str(t / "o"), "--every", "1m"],
    (2, "run", "--output naming a file"): lambda t, i, d: ["run", str(i / "*.txt"), "-o", str(i / "a.txt")],
    (2, "ingest", "--output naming a file"): lambda t, i, d: ["ingest", str(i / "*.txt"), "-o", str(i / "a.txt")],
    (2, "status", "a folder that does not exist"): lambda t, i, d: ["status", "-o", str(t / "typo")],
    (2, "verify", "a folder that does not exist"): lambda t, i, d: ["verify", "-o", str(t / "typo")],
    (2, "query", "an unknown table"): lambda t, i, d: ["query", "-o", str(d), "SELECT * FROM speakers"],
    (2, "stats", "a folder that does not exist"): lambda t, i, d: ["stats", "-o", str(t / "typo")],
    (2, "report", "a folder that does not exist"): lambda t, i, d: ["report", "-o", str(t / "typo"),
                                                                    "--to", str(t / "r.html")],
    (3, "run", "another writer"): lambda t, i, d: ["run", str(i / "*.txt"), "-o", str(t / "locked")],
    (3, "ingest", "another writer"): lambda t, i, d: ["ingest", str(i / "*.txt"), "-o", str(t / "locked")],
    (3, "verify", "another writer"): lambda t, i, d: ["verify", "-o", str(t / "locked")],
    (4, "run", "a failing write (with -v)"): lambda t, i, d: ["run", str(i / "*.txt"), "-o", str(broken_staging(t)),
                                                              "-v"],
    (4, "ingest", "a failing write"): lambda t, i, d: ["ingest", str(i / "*.txt"), "-o", str(broken_staging(t))],
    (4, "watch", "a failing tick"): lambda t, i, d: ["watch", str(i / "*.txt"), "-o", str(broken_staging(t)),
                                                     "--every", "1s", "--ticks", "1"],
    (4, "query", "an SQL error"): lambda t, i, d: ["query", "-o", str(d), "SELECT error('no such thing')"],
    (4, "query", "over its time limit"): lambda t, i, d: [
        "query", "-o", str(d), "--timeout", "0.5", "SELECT count(*) FROM range(100000000) a, range(1000) b WHERE a.range * b.range = 7"],
    (5, "run", "an unreadable commit plan"): lambda t, i, d: [
        "run", str(i / "*.txt"), "-o", str(damaged_plan(t)), "--overwrite"],
}


def damaged_plan(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    plan = out / ".newsbeam" / "staging" / "20260101T000000Z-abcdef" / "COMMIT.json"
    plan.parent.mkdir(parents=True)
    plan.write_text('{"run_id": "20260101T000000Z-abcdef", "moves": [')
    return out


@pytest.mark.parametrize("code,command,what", list(SCENARIOS), ids=[f"{c}-{m}-{w}" for c, m, w in SCENARIOS])
def test_exit_code(code, command, what, tmp_path, inbox, dataset, capsys):
    argv = SCENARIOS[(code, command, what)](tmp_path, inbox, dataset)
    if code == 3:
        (tmp_path / "locked").mkdir()
        with output_lock(str(tmp_path / "locked" / ".newsbeam")):
            assert main(argv) == code
    else:
        assert main(argv) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err or "-v" in argv
    if code == 2 and "a folder as input" == what:
        assert f"'{inbox}/*.txt'" in err  # says what to type instead


def test_every_row_is_checked_for_every_command_it_names():
    checked = {(c, m) for c, m, _ in SCENARIOS} | set(ELSEWHERE)
    for row in EXIT_CODES:
        named = COMMANDS if row.commands == "all" else tuple(m.strip() for m in row.commands.split(","))
        missing = [m for m in named if (row.code, m) not in checked]
        assert not missing, f"exit code {row.code}: no test for {missing}"


@pytest.mark.parametrize("command", ["status", "verify", "stats", "report"])
def test_130_for_the_quick_commands_too(command, dataset):
    # Interrupted while still starting (the quick commands finish before a signal could land later).
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", command, "-o", str(dataset)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert stopped_once_it_catches_sigterm(proc.pid), "the command never installed its SIGTERM handler"
    proc.terminate()
    os.kill(proc.pid, signal.SIGCONT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "Traceback" not in err, err

