"""kill -9 a real `newsbeam ingest` at 20 random moments; after each recovery run the dataset
holds every input article exactly once and nothing temporary or partial is left. And kill -9
`newsbeam run --overwrite` inside its commit: readers see the old dataset or the new one, whole."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.cli import main
from newsbeam_dev.evaluation import REPO

KILLS = 20
COMMIT_PAUSE = "0.15"  # seconds per commit step, so that some kills land inside the commit
COMMIT_STEPS = 6       # an ingest's commit: five table files moved, then the record


def add_batch(inbox: Path, batch: int) -> set[str]:
    """Two text files and one JSONL file of three articles; returns the article ids to expect."""
    ids = set()
    for k in range(2):
        (inbox / f"b{batch:02d}-{k}.txt").write_text(
            f"Batch {batch} story {k}\n\nThe council said on Monday that item {batch}-{k} was approved.\n")
    lines = [json.dumps({"id": f"j{batch}-{n}", "text": f"Line {n} of batch {batch}: prices rose in March 2024."})
             for n in range(3)]
    (inbox / f"b{batch:02d}.jsonl").write_text("\n".join(lines) + "\n")
    ids.update(f"j{batch}-{n}" for n in range(3))
    return ids


def phase_of(out: Path) -> str:
    staging = out / ".newsbeam" / "staging"
    runs = list(staging.iterdir()) if staging.exists() else []
    if not runs:
        return "starting or done"
    if any((r / "COMMIT.json").exists() for r in runs):
        return "commit"
    if any(p.suffix == ".parquet" or "beam-temp" in p.name for r in runs for p in r.rglob("*")):
        return "writing"
    return "reading"


def check_exactly_once(out: Path, expected_json_ids: set[str], expected_txt: int) -> None:
    files = sorted(out.rglob("*.parquet"))
    for f in files:
        pq.read_metadata(f)  # every visible file is complete
    visible = [p for p in out.rglob("*") if ".newsbeam" not in p.relative_to(out).parts]
    assert not [p for p in visible if "beam-temp" in str(p) or p.name.endswith(".tmp")]
    staging = out / ".newsbeam" / "staging"
    assert not staging.exists() or not any(staging.iterdir())
    table = ds.dataset([str(f) for f in files if f.relative_to(out).parts[0] == "articles"],
                       format="parquet", partitioning="hive").to_table(columns=["article_id", "source_uri"])
    counts = Counter(table.column("article_id").to_pylist())
    assert all(n == 1 for n in counts.values()), [k for k, n in counts.items() if n > 1]
    json_ids = {k for k in counts if k.startswith("j")}
    assert json_ids == expected_json_ids
    assert sum(1 for u in table.column("source_uri").to_pylist() if u.endswith(".txt")) == expected_txt


def test_sigkill_at_random_moments_never_loses_or_duplicates(tmp_path, capsys):
    rng = random.Random(20261129)
    inbox, out = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    expected, n_txt = add_batch(inbox, 0), 2
    cmd = [sys.executable, "-m", "pipeline.cli", "ingest", str(inbox / "*"), "-o", str(out)]
    env = {**os.environ, "NEWSBEAM_COMMIT_STEP_PAUSE": COMMIT_PAUSE}
    # One uninterrupted ingest measures how long a run's staged part lasts on this machine.
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and phase_of(out) == "starting or done":
        time.sleep(0.01)
    staged_from = time.monotonic()
    assert proc.wait() == 0
    staged_span = time.monotonic() - staged_from

    started = time.monotonic()
    probe = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)  # nothing new: startup cost
    startup = time.monotonic() - started
    assert probe.returncode == 0, probe.stderr

    phases = Counter()
    for batch in range(1, KILLS + 1):
        expected |= add_batch(inbox, batch)
        n_txt += 2
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Every fifth kill lands in start-up and planning; every third waits for the commit's plan
        # and kills inside the commit, which the pause above stretches to about a second; the others
        # wait for the Beam run to start (its staging folder appears) and kill at a random point of
        # its measured span: reading, writing, or the commit.
        if batch % 5 == 0:
            deadline = time.monotonic() + rng.uniform(0.2, startup)
        elif batch % 3 == 0:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None and phase_of(out) != "commit":
                time.sleep(0.01)
            deadline = time.monotonic() + rng.uniform(0.0, COMMIT_STEPS * float(COMMIT_PAUSE))
        else:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None and phase_of(out) == "starting or done":
                time.sleep(0.01)
            deadline = time.monotonic() + rng.uniform(0.0, staged_span * 0.9)
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        phases[phase_of(out) if proc.poll() is None else "finished before the kill"] += 1
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert main(["ingest", str(inbox / "*"), "-o", str(out)]) == 0  # the recovery run
        check_exactly_once(out, expected, n_txt)
    with capsys.disabled():
        print(f"\ncrash test: {KILLS} kills, by phase {dict(phases)} (staged span {staged_span:.1f} s)")
    # Most kills must land inside the run (the rest are start-up, or its last moments before exit).
    assert phases["reading"] + phases["writing"] + phases["commit"] >= KILLS // 3, phases
    assert phases["commit"] >= 3, phases


def reader_view(out: Path) -> tuple:
    """What `newsbeam query` and `status` show: rows per table, their runs, and status's last run."""
    from pipeline.query import connect
    from pipeline.status import dataset_status

    con = connect(str(out))
    try:
        counts = tuple(con.sql(f"SELECT count(*) FROM {t}_all").fetchall()[0][0]
                       for t in ("articles", "paragraphs", "quotes", "dates", "errors"))
        runs = {r for (r,) in con.sql("SELECT DISTINCT run_id FROM articles_all").fetchall()}
    finally:
        con.close()
    last = dataset_status(str(out)).runs[-1]["run_id"]
    assert runs == {last}, (runs, last)  # query and status describe the same committed run
    return counts


def test_sigkill_inside_an_overwrite_commit_never_shows_a_mix(tmp_path):
    rng = random.Random(20261207)
    inputs, out = [tmp_path / "a", tmp_path / "b"], tmp_path / "data"
    for k, folder in enumerate(inputs):
        folder.mkdir()
        for batch in range(2 + 2 * k):
            add_batch(folder, batch)
    views = []
    for folder in inputs:  # each input set's dataset, committed without interruption
        assert main(["run", str(folder / "*"), "-o", str(out), "--overwrite", "-q"]) == 0
        views.append(reader_view(out))
    assert views[0] != views[1]
    committed = 1
    env = {**os.environ, "NEWSBEAM_COMMIT_STEP_PAUSE": COMMIT_PAUSE}
    # An overwrite's commit: every table file moved, the record, then the replaced run's files deleted.
    span = (2 * 5 + 1) * float(COMMIT_PAUSE)
    for kill in range(4):
        target = 1 - committed
        cmd = [sys.executable, "-m", "pipeline.cli", "run", str(inputs[target] / "*"), "-o", str(out), "--overwrite"]
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None and phase_of(out) != "commit":
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, span))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        seen = reader_view(out)
        assert seen in views, (seen, views)  # one whole state, never a mix
        assert main(["verify", "-o", str(out), "--repair"]) == 0  # finishes the interrupted commit
        committed = target
        assert reader_view(out) == views[committed]
        assert main(["verify", "-o", str(out)]) == 0
        files = [p for p in out.rglob("*") if ".newsbeam" not in p.relative_to(out).parts and p.is_file()]
        assert len({p.name for p in files}) == 1 and len(files) == 5  # one part per table, of the committed run
