"""How long does `newsbeam report` take on 100,000+ articles, and how big is the file? Prints figures.

    .venv/bin/python benchmarks/bench_report.py [--dir /tmp/newsbeam-bench] [--articles 100000] [--repeat 3]

Reuses bench_query.py's dataset (real pipeline rows replicated, with 10% history; built on first use).
Each timing is a whole `newsbeam report` process, as a user runs it (start-up, imports, queries, charts,
the inlined JavaScript, writing the file), beside a whole `newsbeam stats` process on the same data:
the ratio of the two is steadier than either time on a shared machine. Then one in-process run
splits the time by phase. Targets (issue 18): <= 10 s and <= 5 MB.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_query import build, make_seed  # noqa: E402
from pipeline.dataset_report import build_report  # noqa: E402
from pipeline.query import connect, query  # noqa: E402
from tests.shared_data import REPO  # noqa: E402

NEWSBEAM = [sys.executable, "-m", "pipeline.cli"]


def _wall(command: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    return time.perf_counter() - t0


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
        runs = [(_wall(report_cmd), _wall(stats_cmd)) for _ in range(args.repeat)]
        size = html.stat().st_size
    print(f"\n{'run':<5} {'report s':>9} {'stats s':>8} {'ratio':>6}")
    for i, (r, s) in enumerate(runs, 1):
        print(f"{i:<5} {r:>9.2f} {s:>8.2f} {r / s:>6.2f}")
    best = min(r for r, _ in runs)
    print(f"\nnewsbeam report, whole process: best {best:.2f} s, worst {max(r for r, _ in runs):.2f} s "
          f"(target <= 10 s); file {size / 1e6:.2f} MB (target <= 5 MB)")

    report = build_report(str(data))
    phases = ", ".join(f"{k} {v:.2f} s" for k, v in report.seconds.items())
    print(f"in-process phases (first call, so the JavaScript bundle is built): {phases}")


if __name__ == "__main__":
    main()
