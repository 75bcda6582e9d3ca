"""Where a small `newsbeam run` spends its time: imports, graph construction, Beam, first-use set-up, sinks, commit.

    .venv/bin/python benchmarks/profile_startup.py [--runs 5] [INPUT ...]   (default: samples/articles/chess-final.txt)

Each run is a fresh process that wraps a few dozen functions (the CLI's job steps, Beam's
graph translation and stage execution, the Parquet sinks' steps, each stage's function and its
first-use set-up) with timers, runs `newsbeam run INPUT -o TMP --overwrite`, and reports per
step: wall time, CPU time (the process's, all threads) and the main thread's time *blocked*
(wall minus CPU minus the time it waited for a CPU, from /proc/thread-self/schedstat: I/O,
sleeps, waiting on Beam's own threads). On a shared machine wall time mostly measures the other
jobs; CPU and blocked time do not, and their sum is what the step would take on an idle one.
The table gives each step's minimum over the runs. No profiler runs, so nothing is inflated;
steps nest (indented), and a parent includes its children.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (depth, label, module, attribute path): functions timed inside the measured process
STEPS = [
    (0, "imports (newsbeam.pipeline.cli.main, jobs, graph, Beam, pyarrow)", None, None),
    (0, "main(): newsbeam run", None, None),
    (1, "config", "newsbeam.pipeline.config", "load_config"),
    (1, "list inputs", "newsbeam.pipeline.run.jobs", "expand_inputs"),
    (1, "execute (everything below + bookkeeping)", "newsbeam.pipeline.run.jobs", "execute"),
    (2, "run_pipeline (construct + run)", "newsbeam.pipeline.run.jobs", "run_pipeline"),
    (3, "make_pipeline (options, runner)", "newsbeam.pipeline.run.jobs", "make_pipeline"),
    (3, "graph: AnalyzeFiles.expand", "newsbeam.pipeline.run.graph", "AnalyzeFiles.expand"),
    (3, "graph: WriteTables.expand (5 Parquet sinks)", "newsbeam.pipeline.run.graph", "WriteTables.expand"),
    (3, "Pipeline.run", "apache_beam.pipeline", "Pipeline.run"),
    (4, "graph -> runner API protos", "apache_beam.pipeline", "Pipeline.to_runner_api"),
    (4, "FnApiRunner: fuse + execute", "apache_beam.runners.portability.fn_api_runner.fn_runner",
     "FnApiRunner.run_via_runner_api"),
    (5, "execute all bundles", "apache_beam.runners.portability.fn_api_runner.fn_runner", "FnApiRunner.run_stages"),
    (6, "stage add_paragraphs", "newsbeam.transforms.paragraphs", "add_paragraphs"),
    (6, "stage add_languages", "newsbeam.transforms.language", "add_languages"),
    (7, "first use: language profiles -> arrays", "newsbeam.transforms.language_scorer", "ProfileScorer.__init__"),
    (7, "first use: langdetect's own profiles", "langdetect.detector_factory", "init_factory"),
    (6, "stage add_quotes", "newsbeam.transforms.quotes", "add_quotes"),
    (6, "stage add_dates", "newsbeam.transforms.dates.stage", "add_dates"),
    (7, "language_of (first use: grammar + index)", "newsbeam.transforms.dates.extract", "language_of"),
    (6, "sinks: initialize_write", "apache_beam.io.filebasedsink", "FileBasedSink.initialize_write"),
    (6, "sinks: open_writer", "apache_beam.io.filebasedsink", "FileBasedSink.open_writer"),
    (6, "sinks: Parquet writer close", "apache_beam.io.parquetio", "_ParquetSink.close"),
    (6, "sinks: pre_finalize", "apache_beam.io.filebasedsink", "FileBasedSink.pre_finalize"),
    (6, "sinks: finalize_write", "apache_beam.io.filebasedsink", "FileBasedSink.finalize_write"),
    (2, "account_sources (reads staged Parquet back)", "newsbeam.pipeline.run.jobs", "account_sources"),
    (2, "commit", "newsbeam.pipeline.dataset.output", "OutputFolder.commit"),
]


def _measured(inputs: list[str], out: str) -> None:
    """Runs inside the measured process: wrap, run, print one JSON line."""
    import functools
    import importlib

    totals: dict[str, list[float]] = {}

    def clock():
        with open("/proc/thread-self/schedstat") as f:
            waited = int(f.read().split()[1]) / 1e9
        return time.perf_counter(), time.process_time(), waited

    def add(label, start):
        end = clock()
        t = totals.setdefault(label, [0.0, 0.0, 0.0, 0])
        for i in range(3):
            t[i] += end[i] - start[i]
        t[3] += 1

    start = clock()
    import pyarrow.parquet  # noqa: F401 - what a run needs, imported up front to time it apart
    import apache_beam.io.parquetio  # noqa: F401
    import newsbeam.pipeline.run.graph  # noqa: F401
    import newsbeam.pipeline.run.jobs  # noqa: F401
    import newsbeam.pipeline.run.summary  # noqa: F401
    from newsbeam.pipeline.cli.main import main
    add(STEPS[0][1], start)

    for _, label, module, attr in STEPS:
        if module is None:
            continue
        *path, name = attr.split(".")
        try:  # a step the code under test does not have (an older checkout) is left out
            owner = importlib.import_module(module)
            for part in path:
                owner = getattr(owner, part)
            fn = getattr(owner, name)
        except (ImportError, AttributeError):
            continue

        def timed(*a, _fn=fn, _label=label, **k):
            t0 = clock()
            try:
                return _fn(*a, **k)
            finally:
                add(_label, t0)
        setattr(owner, name, functools.wraps(fn)(timed))

    start = clock()
    rc = main(["run", *inputs, "-o", out, "--overwrite"])
    add(STEPS[1][1], start)
    with open("/proc/self/stat") as f:
        started = int(f.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime") as f:
        wall = float(f.read().split()[0]) - started
    print(json.dumps({"rc": rc, "process_wall_s": wall, "process_cpu_s": time.process_time(),
                      "main_thread_waited_s": clock()[2], "steps": totals}))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="*", default=[str(REPO / "samples" / "articles" / "chess-final.txt")])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--_out", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._out:
        _measured(args.inputs, args._out)
        return 0
    runs = []
    with tempfile.TemporaryDirectory(prefix="nb-startup-") as tmp:
        for _ in range(args.runs):
            done = subprocess.run([sys.executable, __file__, *args.inputs, "--_out", str(Path(tmp) / "out")],
                                  capture_output=True, text=True, cwd=REPO)
            lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
            if done.returncode != 0 or not lines:
                sys.exit(f"run failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
            runs.append(json.loads(lines[-1]))
    blocked = [r["process_wall_s"] - r["process_cpu_s"] - r["main_thread_waited_s"] for r in runs]
    print(f"{len(runs)} runs of `newsbeam run {' '.join(args.inputs)}`; load average {os.getloadavg()[0]:.1f}")
    print(f"whole process: wall {min(r['process_wall_s'] for r in runs):.2f} s (min), "
          f"CPU {min(r['process_cpu_s'] for r in runs):.2f}-{max(r['process_cpu_s'] for r in runs):.2f} s, "
          f"main thread blocked {min(blocked):.2f} s; CPU + blocked = what it takes on an idle machine")
    print(f"{'step':58} {'calls':>5} {'wall s':>7} {'CPU s':>7} {'blocked':>7}")
    for depth, label, _, _ in STEPS:
        found = [r["steps"][label] for r in runs if label in r["steps"]]
        if not found:
            continue
        wall = min(f[0] for f in found)
        cpu = min(f[1] for f in found)
        blocked_s = max(0.0, min(f[0] - f[1] - f[2] for f in found))
        print(f"{'  ' * depth + label:58} {found[0][3]:>5} {wall:7.3f} {cpu:7.3f} {blocked_s:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
