"""Start-up cost of each command, whole process, beside `python -c 'import apache_beam'` as a floor.

    .venv/bin/python benchmarks/bench_startup.py --runs 7
    .venv/bin/python benchmarks/bench_startup.py --src . --src /tmp/base   # two trees side by side

Each command runs `--runs` times as its own process (interleaved with the others, so a change in
the machine's load touches every figure alike); it prints the median wall time, CPU time (user +
system) and peak RSS of each:

  python          `python -c pass`: the interpreter alone
  import beam     `python -c 'import apache_beam'`: the floor of any command that builds a job
  run 1 article   `newsbeam run one.txt -o OUT --overwrite -q` (an invented article, written here)
  ingest, nothing new   `newsbeam ingest one.txt -o OUT2 -q` once the file is in OUT2
  query           `newsbeam query -o OUT "SELECT count(*) FROM articles"`
  stats           `newsbeam stats -o OUT`
  run 1 article, 2 workers   the same run with `--workers 2`: CPU and wall beyond the 1-worker run
                  are what two worker processes' start-up costs (the workers' and their fork
                  server's CPU is counted: `pipeline.fork_server` reaps the workers it forks)

Then one worker process's set-up step by step (`benchmarks/_worker_setup.py`: Beam's worker
import, the stage modules, each stage's first-use set-up), the median CPU seconds of `--runs`
processes: what the fork server of `--workers N` pays once (`pipeline.fork_server`), and every
worker of a runner without it before its first article.

`--src` names the source trees to measure (default: this checkout); with two, each command runs
from each tree in turn and the last column is the ratio of the first tree's median to the
second's. An older commit to compare with: `git archive COMMIT | tar -x -C /tmp/base`.
Targets (issue 16): one-article run <= 2.5 s and a nothing-new ingest <= 1.5 s, whole process.
On a shared machine wall time grows with the load (printed); CPU time is the steadier figure.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from benchmarks._procs import Figures, load, measure, newsbeam_cmd, tree_options

TARGETS = {"run 1 article": 2.5, "ingest, nothing new": 1.5}

# Invented for this benchmark: a short news story with a quotation and a few dates.
ARTICLE = """Harbour town opens its new ferry terminal

The new ferry terminal in Porthaven opened on Monday, 3 March 2025, two years after work began.

"We waited a long time for this," said Mara Lind, who chairs the harbour council. "From next spring the \
boats will run every hour, even in winter."

The first crossing left at 7 a.m. and carried 140 passengers. A second terminal is planned for 2027.
"""


def commands(src: Path, work: Path) -> dict[str, tuple[list[str], dict | None, str | None]]:
    one = str(work / "one.txt")
    out, out2 = str(work / f"out-{id(src)}"), str(work / f"ingested-{id(src)}")
    return {
        "run 1 article": newsbeam_cmd(src, "run", one, "-o", out, "--overwrite", "-q"),
        "ingest, nothing new": newsbeam_cmd(src, "ingest", one, "-o", out2, "-q"),
        "query": newsbeam_cmd(src, "query", "-o", out, "SELECT count(*) FROM articles"),
        "stats": newsbeam_cmd(src, "stats", "-o", out),
        "run 1 article, 2 workers": newsbeam_cmd(src, "run", one, "-o", out + "-2w", "--overwrite", "-q",
                                                 "--workers", "2"),
    }


def worker_setup(trees: list[Path], runs: int) -> dict[str, dict[str, float]]:
    """Median CPU seconds per step of a worker's set-up, per tree (a tree without the script is left out)."""
    found: dict[str, dict[str, list[float]]] = {}
    for _ in range(runs):
        for src in trees:
            if not (src / "benchmarks" / "_worker_setup.py").exists():
                continue
            env = {**newsbeam_cmd(src)[1], "PYTHONWARNINGS": "ignore"}
            out = subprocess.run([sys.executable, "-m", "benchmarks._worker_setup"], env=env, cwd=str(src),
                                 capture_output=True, text=True, check=True).stdout
            for step, cpu in json.loads(out.strip().splitlines()[-1]).items():
                found.setdefault(str(src), {}).setdefault(step, []).append(cpu)
    return {src: {step: statistics.median(v) for step, v in steps.items()} for src, steps in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    args, trees = tree_options(parser, 5, REPO)
    with tempfile.TemporaryDirectory(prefix="nb-startup-") as tmp:
        work = Path(tmp)
        (work / "one.txt").write_text(ARTICLE, encoding="utf-8")
        per_tree = {src: commands(src, work) for src in trees}
        for src, cmds in per_tree.items():  # datasets for the commands that read one (not timed)
            for name in ("run 1 article", "ingest, nothing new"):
                cmd, env, cwd = cmds[name]
                subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
        floors = {"python": ([sys.executable, "-c", "pass"], None, None),
                  "import beam": ([sys.executable, "-W", "ignore", "-c", "import apache_beam"], None, None)}
        figures: dict[tuple[str, Path | None], Figures] = {}
        loads = [load()]
        for _ in range(args.runs):
            for name, (cmd, env, cwd) in floors.items():
                figures.setdefault((name, None), Figures()).samples.append(measure(cmd, env, cwd))
            for name in per_tree[trees[0]]:
                for src in trees:
                    cmd, env, cwd = per_tree[src][name]
                    figures.setdefault((name, src), Figures()).samples.append(measure(cmd, env, cwd))
        loads.append(load())
    beam = figures[("import beam", None)].median("wall")
    print(f"median of {args.runs} processes each; load average {loads[0]} before, {loads[1]} after")
    labels = [f"tree {i + 1}" for i in range(len(trees))]
    for label, src in zip(labels, trees):
        print(f"  {label}: {src}")
    head = f"{'command':22s}" + "".join(f"{lab + ' wall':>13s}{'cpu':>7s}{'rss MB':>8s}{'/beam':>7s}" for lab in labels)
    print(head + ("   wall 1/2   cpu 1/2" if len(trees) == 2 else ""))
    for name, _ in floors.items():
        f = figures[(name, None)]
        print(f"{name:22s}{f.median('wall'):13.2f}{f.median('cpu'):7.2f}{f.median('rss_mb'):8.0f}"
              f"{f.median('wall') / beam:7.2f}")
    result = {"load": loads, "trees": [str(t) for t in trees], "commands": {}}
    for name in per_tree[trees[0]]:
        line = f"{name:22s}"
        for src in trees:
            f = figures[(name, src)]
            line += f"{f.median('wall'):13.2f}{f.median('cpu'):7.2f}{f.median('rss_mb'):8.0f}{f.median('wall') / beam:7.2f}"
            result["commands"].setdefault(name, {})[str(src)] = f.to_json()
        if len(trees) == 2:
            a, b = figures[(name, trees[0])], figures[(name, trees[1])]
            line += f"{a.median('wall') / b.median('wall'):11.2f}{a.median('cpu') / b.median('cpu'):10.2f}"
        if name in TARGETS:
            line += f"   (target <= {TARGETS[name]} s)"
        print(line)
    for name in floors:
        result["commands"][name] = figures[(name, None)].to_json()
    setup = worker_setup(trees, args.runs)
    if setup:
        print(f"\none worker process's set-up, median CPU s of {args.runs} processes (load average {load()}):")
        steps = list(next(iter(setup.values())))
        print(f"{'step':34s}" + "".join(f"{lab:>10s}" for lab, src in zip(labels, trees) if str(src) in setup))
        for step in steps:
            print(f"{step:34s}" + "".join(f"{setup[str(src)].get(step, float('nan')):10.3f}"
                                          for src in trees if str(src) in setup))
        result["worker_setup_cpu_s"] = setup
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
