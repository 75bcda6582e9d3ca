"""Where a `--workers N` run's wall time goes: a CPU timeline of every process of one `newsbeam run`.

    .venv/bin/python benchmarks/trace_workers.py --workers 2 -- '/tmp/w2bp/corpus-10000/jsonl/*.jsonl.gz'

Runs `newsbeam run INPUT... -o TMP --workers N` (the checkout, or `--src TREE`) once and samples the
CPU time of each process of its tree every 0.05 s (/proc, 10 ms resolution). It prints what decides
the speedup over one worker, as measured, not modelled:

  start-up    from launch to the moment the first worker is busy (launcher import and job
              construction, fork server warm-up, worker start: the serial head); and
              `head_until_all_busy_s`, to the moment every worker is busy
  workers     each worker's CPU, first and last busy moment, and its idle time inside the span in
              which any worker is busy (a stage barrier or an uneven split shows up here)
  tail        from the last worker's last busy moment to the end of the run (finalize, commit,
              exit); and `tail_after_first_done_s`, from the first worker's last busy moment (so
              with the last chunks' imbalance)
  stages      per stage of the local runner, each worker's CPU in it; `imbalance_cpu_s` sums, over
              stages, the busiest worker's CPU less the mean (what an uneven split costs, in CPU)
  waits       per stage, how long each worker waited after its last bundle for the stage to end
              (`longest_wait_sum_s`: the wall time the stage barriers cost); the runner's stage and
              bundle times are printed by the launcher itself (its methods are wrapped, so any
              source tree can be traced unchanged)
  serial ends the launcher's CPU before the first stage and after the last one
  timeline    per 0.5 s, the CPU share each process used (100 = one whole core)

On a shared host a worker waiting for a core looks idle too: read the load average printed with it
and compare CPU seconds (the less contaminated figure) across runs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from benchmarks._procs import newsbeam_cmd
from benchmarks.bench_pipeline import _tree_cpu

_BUSY = 0.3      # a sample interval counts as busy for a process that used this share of a core in it
_BUCKET = 0.5


# `newsbeam` with each of the local runner's stages timed: the launcher prints when each stage starts
# and ends (the runner's own method, wrapped here, so any tree can be traced unchanged).
_TIMED_CLI = """
import sys, time
from apache_beam.runners.portability.fn_api_runner import fn_runner
_execute = fn_runner.FnApiRunner._execute_bundle
def _timed(self, context, bundle_context_manager, bundle_input):
    start = time.time()
    try:
        return _execute(self, context, bundle_context_manager, bundle_input)
    finally:
        print("STAGE", start, time.time(), bundle_context_manager.stage.name[:60], file=sys.stderr, flush=True)
fn_runner.FnApiRunner._execute_bundle = _timed
_bundle = fn_runner.BundleManager.process_bundle
def _timed_bundle(self, *args, **kwargs):
    start = time.time()
    try:
        return _bundle(self, *args, **kwargs)
    finally:
        worker = getattr(self._worker_handler, "worker_id", "?")
        print("BUNDLE", start, time.time(), worker, file=sys.stderr, flush=True)
fn_runner.BundleManager.process_bundle = _timed_bundle
from pipeline.cli import main
sys.exit(main())  # (as the program runs it: it reads sys.argv, and ends as the program does)
"""


def trace(cmd: list[str], env: dict, cwd: str):
    """Run `cmd`; (wall s, CPU samples [(t, {pid: CPU s})], pid kinds, stages [(start, end, name)])."""
    seen: dict[int, list] = {}  # pid -> [kind, CPU s so far]
    samples: list[tuple[float, dict[int, float]]] = []
    t0 = time.perf_counter()
    epoch = time.time()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            _tree_cpu(proc.pid, seen)
            samples.append((time.perf_counter() - t0, {pid: cpu for pid, (_, cpu) in seen.items()}))
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{text[-3000:]}")
    kinds = {pid: kind for pid, (kind, _) in seen.items()}
    stages, bundles = [], []
    for line in text.splitlines():
        if line.startswith("STAGE "):
            _, start, end, name = line.split(" ", 3)
            stages.append((float(start) - epoch, float(end) - epoch, name))
        elif line.startswith("BUNDLE "):
            _, start, end, worker = line.split(" ", 3)
            bundles.append((float(start) - epoch, float(end) - epoch, worker))
    return wall, samples, kinds, stages, bundles


def stage_waits(stages, bundles) -> dict:
    """Per stage, how long each worker (by the runner's id for it) waited between its last bundle and the
    stage's end, for the other worker(s) to finish: what an uneven split costs, in wall time."""
    rows, total = [], 0.0
    for start, end, name in stages:
        last: dict[str, float] = {}
        count = 0
        for b_start, b_end, worker in bundles:
            if b_start >= start - 0.01 and b_end <= end + 0.01:
                last[worker] = max(last.get(worker, b_start), b_end)
                count += 1
        if len(last) < 2:
            continue
        finish = max(last.values())
        waits = sorted(round(finish - t, 2) for t in last.values())
        rows.append({"stage": name[:60], "bundles": count, "wall_s": round(end - start, 2), "waits_s": waits})
        total += max(waits)
    return {"stage_end_waits": rows, "longest_wait_sum_s": round(total, 2)}


def _cpu_at(samples, pid: int, t: float) -> float:
    """CPU s of `pid` at time t (the last sample at or before t)."""
    cpu = 0.0
    for st, s in samples:
        if st > t:
            break
        cpu = s.get(pid, cpu)
    return cpu


def stage_cpu(samples, kinds: dict[int, str], stages) -> dict:
    """Per stage, each worker's CPU s in it; the sum over stages of the busiest worker's (the parallel part's
    critical path in CPU, which a loaded host does not stretch) against the even split of the same work."""
    workers = sorted(p for p in kinds if kinds[p] == "worker")
    rows, critical, even = [], 0.0, 0.0
    for start, end, name in stages:
        used = [_cpu_at(samples, p, end + 0.05) - _cpu_at(samples, p, start) for p in workers]
        if sum(used) < 0.05:
            continue
        rows.append({"stage": name, "wall_s": round(end - start, 2), "worker_cpu_s": [round(u, 2) for u in used]})
        critical += max(used)
        even += sum(used) / len(used)
    return {"stages": rows, "critical_cpu_s": round(critical, 2), "even_split_cpu_s": round(even, 2),
            "imbalance_cpu_s": round(critical - even, 2)}


def analyse(wall: float, samples, kinds: dict[int, str]) -> dict:
    pids = sorted({pid for _, s in samples for pid in s}, key=lambda p: (kinds[p], p))
    busy: dict[int, list[tuple[float, float]]] = {p: [] for p in pids}
    last_cpu: dict[int, float] = {}
    total: dict[int, float] = {}
    prev_t = 0.0
    for t, s in samples:
        for pid, cpu in s.items():
            used = cpu - last_cpu.get(pid, 0.0)
            last_cpu[pid] = cpu
            total[pid] = cpu
            if t > prev_t and used / (t - prev_t) >= _BUSY:
                busy[pid].append((prev_t, t))
        prev_t = t
    workers = [p for p in pids if kinds[p] == "worker"]
    report: dict = {"wall_s": round(wall, 2), "processes": {}}
    for pid in pids:
        spans = busy[pid]
        report["processes"][f"{kinds[pid]} {pid}"] = {
            "cpu_s": round(total.get(pid, 0.0), 2),
            "first_busy_s": round(spans[0][0], 2) if spans else None,
            "last_busy_s": round(spans[-1][1], 2) if spans else None}
    if workers and any(busy[p] for p in workers):
        first = min(busy[p][0][0] for p in workers if busy[p])
        last = max(busy[p][-1][1] for p in workers if busy[p])
        idle = {}
        for p in workers:
            covered = sum(b - a for a, b in busy[p] if a >= first and b <= last)
            idle[f"worker {p}"] = round((last - first) - covered, 2)
        all_busy = max(busy[p][0][0] if busy[p] else wall for p in workers)
        first_done = min(busy[p][-1][1] if busy[p] else 0.0 for p in workers)
        report.update(start_up_s=round(first, 2), workers_span_s=round(last - first, 2),
                      tail_s=round(wall - last, 2), worker_idle_in_span_s=idle,
                      worker_finish_gap_s=round(last - min(busy[p][-1][1] for p in workers if busy[p]), 2),
                      # the serial ends as a 2-worker speedup sees them: until every worker is busy, and
                      # from the moment the first one is done for good
                      head_until_all_busy_s=round(all_busy, 2), tail_after_first_done_s=round(wall - first_done, 2))
    # the timeline: CPU share per bucket and process
    rows = []
    buckets = int(wall / _BUCKET) + 1
    prev = {}
    per_bucket = [{} for _ in range(buckets)]
    for t, s in samples:
        b = min(int(t / _BUCKET), buckets - 1)
        for pid, cpu in s.items():
            per_bucket[b][pid] = per_bucket[b].get(pid, 0.0) + cpu - prev.get(pid, 0.0)
            prev[pid] = cpu
    shown = [p for p in pids if total.get(p, 0) >= 0.2]
    for b, used in enumerate(per_bucket):
        rows.append(f"{b * _BUCKET:6.1f} " + " ".join(f"{round(100 * used.get(p, 0.0) / _BUCKET):4d}" for p in shown))
    report["timeline_header"] = "     t " + " ".join(f"{kinds[p][:4]:>4}" for p in shown)
    report["timeline"] = rows
    return report


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--src", type=Path, default=REPO, help="source tree to run (default: this checkout)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--quiet", action="store_true", help="no timeline")
    p.add_argument("inputs", nargs="+")
    args = p.parse_args()
    out = tempfile.mkdtemp(prefix="trace-workers-")
    try:
        cmd, env, cwd = newsbeam_cmd(args.src.resolve(), "run", *args.inputs, "-o", os.path.join(out, "ds"),
                                     "--workers", str(args.workers))
        cmd = [cmd[0], "-c", _TIMED_CLI, *cmd[3:]]  # (python -m pipeline.cli ARGS, its stages timed)
        load = os.getloadavg()[0]
        wall, samples, kinds, stages, bundles = trace(cmd, env, cwd)
        report = analyse(wall, samples, kinds)
        report.update(stage_cpu(samples, kinds, stages))
        report.update(stage_waits(stages, bundles))
        launcher = next(p for p in kinds if kinds[p] == "launcher")
        if stages:  # the launcher's CPU before the job's first stage and after its last (the serial ends)
            report["launcher_cpu_before_first_stage_s"] = round(_cpu_at(samples, launcher, stages[0][0]), 2)
            report["launcher_cpu_after_last_stage_s"] = round(
                _cpu_at(samples, launcher, wall) - _cpu_at(samples, launcher, stages[-1][1]), 2)
            report["first_stage_start_s"] = round(stages[0][0], 2)
            report["after_last_stage_s"] = round(wall - stages[-1][1], 2)
        report["load_before"] = round(load, 2)
        report["load_after"] = round(os.getloadavg()[0], 2)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    timeline = report.pop("timeline"), report.pop("timeline_header")
    print(json.dumps(report, indent=1))
    if not args.quiet:
        print(timeline[1])
        print("\n".join(timeline[0]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
