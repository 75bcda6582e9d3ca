"""Whole-process measurements for the start-up and launcher benchmarks: one command, its wall
time, CPU time (user + system, of the process and the children it waited for) and peak RSS.

`newsbeam` is run as `python -m newsbeam.pipeline.cli.main` with the source tree under test first on
PYTHONPATH, so two trees (this checkout and, say, an older commit unpacked with `git archive`)
can be measured side by side in one run with the same interpreter and packages.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Sample", "Figures", "newsbeam_cmd", "measure", "load", "tree_options"]


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_mb: float
    code: int


@dataclass
class Figures:
    """Samples of one command; medians are what the benchmarks print."""
    samples: list[Sample] = field(default_factory=list)

    def median(self, what: str) -> float:
        return statistics.median(getattr(s, what) for s in self.samples)

    def to_json(self) -> dict:
        return {"wall_s": round(self.median("wall"), 3), "cpu_s": round(self.median("cpu"), 3),
                "peak_rss_mb": round(self.median("rss_mb"), 1), "runs": len(self.samples)}


def newsbeam_cmd(src: Path, *args: str) -> tuple[list[str], dict[str, str], str]:
    """The command line, environment and working folder that run `newsbeam ARGS` from the source tree `src`.

    The tree's folders are imported as `newsbeam.pipeline` etc. through a folder of links first on
    PYTHONPATH (the editable install would serve this checkout's code to every tree); a tree from
    before that namespace runs as its plain `pipeline` package, the tree itself first on the path."""
    env = dict(os.environ)
    if (src / "pipeline" / "cli.py").exists():
        path, module = src, "pipeline.cli"  # namespace-codemod: keep
    else:
        path, module = _namespace_links(src), "newsbeam.pipeline.cli.main"
    env["PYTHONPATH"] = str(path) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return [sys.executable, "-m", module, *args], env, str(src)


def _namespace_links(src: Path) -> Path:
    """A folder holding `newsbeam/{pipeline,transforms,configs}`, links into `src`, as the wheel lays them out."""
    root = Path(tempfile.gettempdir()) / f"newsbeam-tree-{hashlib.sha1(str(src).encode()).hexdigest()[:12]}"
    (root / "newsbeam").mkdir(parents=True, exist_ok=True)
    for name in ("pipeline", "transforms", "configs"):
        link = root / "newsbeam" / name
        if not link.is_symlink():
            link.symlink_to(src / name, target_is_directory=True)
    return root


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None,
            expect: tuple[int, ...] = (0,)) -> Sample:
    """Run `cmd` once to its end; its own resource usage (os.wait4), not the benchmark's."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in expect:
        raise SystemExit(f"{' '.join(cmd)} exited {code}:\n{err[-2000:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code)


def load() -> str:
    """The 1-minute load average, printed beside timings taken on a shared machine."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def tree_options(parser: argparse.ArgumentParser, runs: int, repo: Path) -> tuple[argparse.Namespace, list[Path]]:
    """The options every side-by-side benchmark takes (--runs, --src, --json); returns (args, trees)."""
    parser.add_argument("--runs", type=int, default=runs, help="processes per measurement and tree (median reported)")
    parser.add_argument("--src", action="append", type=Path, help="source tree(s) to measure (default: this checkout)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    return args, [p.resolve() for p in (args.src or [repo])]
