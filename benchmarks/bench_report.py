"""How long does `newsbeam report` take on 100,000+ articles, and how big is the file? Prints figures.

    .venv/bin/python benchmarks/bench_report.py [--dir /tmp/newsbeam-bench] [--articles 100000] [--repeat 3]

Reuses bench_query.py's dataset (real pipeline rows replicated, with 10% history; built on first use).
Each timing is a whole `newsbeam report` process, as a user runs it (start-up, imports, queries, charts,
the inlined JavaScript, writing the file), wall and CPU seconds, beside a whole `newsbeam stats` process
on the same data: CPU time and the ratio of the two are steadier than wall time on a shared machine.
The first run has an empty cache folder (vl-convert builds the JavaScript bundle, as on a user's first
report); the others use the cache. Then one in-process run splits the time by phase.
Targets (issue 18): <= 10 s and <= 5 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from benchmarks.bench_query import build, make_seed
from pipeline.dataset_report import build_report
from pipeline.query import connect, query
from newsbeam_dev.evaluation import REPO

NEWSBEAM = [sys.executable, "-m", "pipeline.cli"]


def _timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one whole process."""
    before, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    wall, after = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report_cmd_in(command: list[str], cache: Path) -> list[str]:
    """The command with XDG_CACHE_HOME pointing at `cache` (an empty folder: nothing cached)."""
    shutil.rmtree(cache, ignore_errors=True)
    return ["env", f"XDG_CACHE_HOME={cache}", *command]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default="/tmp/newsbeam-bench", help="where the dataset goes (not in the repo)")
    parser.add_argument("--articles", type=int, default=100_000, help="at least this many articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command")
    args = parser.parse_args()
    root = Path(args.dir).resolve()
    if root == REPO or REPO in root.parents:
        sys.exit("--dir must be outside the repository")
    seed, data = root / "seed", root / "data"
    if not (seed / "articles").exists():
        make_seed(seed)
    if not (data / "articles").exists():
        build(seed, data, args.articles, parts=8)

    con = connect(data)
    counts = query(con, "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM quotes) q, "
                        "(SELECT count(*) FROM dates) d, (SELECT count(*) FROM articles_all) h").to_pylist()[0]
    con.close()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"dataset: {counts['a']:,} articles ({counts['h']:,} with history), {counts['q']:,} quotes, "
          f"{counts['d']:,} dates: {data}")

    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        report_cmd = [*NEWSBEAM, "report", "--output", str(data), "--to", str(html)]
        stats_cmd = [*NEWSBEAM, "stats", "--output", str(data)]
        # The first report builds the JavaScript bundle (then kept in the user's cache): time it with an
        # empty cache folder, then the usual case.
        cold = _timed(report_cmd_in(report_cmd, Path(tmp) / "cache"))
        runs = [(_timed(report_cmd), _timed(stats_cmd)) for _ in range(args.repeat)]
        size = html.stat().st_size
    print(f"\n{'run':<12} {'report wall s':>13} {'CPU s':>6} {'stats wall s':>13} {'CPU s':>6} {'CPU ratio':>9}")
    print(f"{'cold cache':<12} {cold[0]:>13.2f} {cold[1]:>6.2f}")
    for i, ((rw, rc), (sw, sc)) in enumerate(runs, 1):
        print(f"{i:<12} {rw:>13.2f} {rc:>6.2f} {sw:>13.2f} {sc:>6.2f} {rc / sc:>9.2f}")
    print(f"\nnewsbeam report, whole process: wall best {min(r[0] for r, _ in runs):.2f} s, "
          f"CPU best {min(r[1] for r, _ in runs):.2f} s, cold cache {cold[0]:.2f} s wall / {cold[1]:.2f} s CPU "
          f"(target <= 10 s); file {size / 1e6:.2f} MB (target <= 5 MB)")

    report = build_report(str(data))
    phases = ", ".join(f"{k} {v:.2f} s" for k, v in report.seconds.items())
    print(f"in-process phases, wall (bundle from the cache): {phases}")


if __name__ == "__main__":
    main()
