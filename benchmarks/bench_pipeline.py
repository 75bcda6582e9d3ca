"""End-to-end throughput and memory of `newsbeam run`, against two reference points.

    .venv/bin/python benchmarks/bench_pipeline.py --sizes 10000 100000 --workdir /tmp/nb-bench

For each size, a corpus is built under --workdir (the shared BBC and multinews articles
replicated with new ids, as .txt files and as .jsonl.gz; see benchmarks/_corpus.py), then, on
those same articles, each in its own process whose whole tree is measured (wall time, CPU time
of the process and every descendant, peak summed RSS of the tree sampled every 0.1 s):

  floor   langdetect alone: `DetectorFactory.seed = 0; detect(text)` once per article, plain loop
  plain   a single-process loop over the same stage functions, no Beam (read_source ->
          transforms.stages.STAGES -> article_rows), writing
          the same Parquet tables with pyarrow (zstd, schemas from transforms.schemas); it also
          times each step, which gives every stage's share of the loop's CPU
  newsbeam `newsbeam run INPUT -o OUT --workers N` (DirectRunner default), per format and N

and, once per size (not timed against anything), `langdetect`: every article's language by
langdetect alone in the pipeline's configuration (`language.method: langdetect`: seeded, first
2,000 characters), the reference the language cascade is held to. Each newsbeam run's articles
are compared with it and the agreement printed, with how many the cascade decided without it.

It prints the ratios the throughput targets are stated in and writes the figures to
benchmarks/results/pipeline-<timestamp>.json and a Markdown table to docs/benchmarks.md (between
its `bench_pipeline.py` marks; the rest of that file is kept).
Every figure is a measurement of this run; the machine is shared, so the load average before
and after each phase is recorded next to it (CPU time is the less contaminated figure).
Corpus replicas are exact copies, so all but the first copy are flagged `duplicate_of`.

The code measured is a snapshot of pipeline/, transforms/ and configs/ copied into --workdir at
start (its git commit and a digest are recorded), so every phase of one run measures the same code
even while the checkout is being edited; `--no-snapshot` runs the checkout as it is.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from newsbeam_dev.corpus import build_corpus

TARGETS = {
    "newsbeam_1w_over_floor": ("<=", 0.6),
    "newsbeam_1w_over_plain": ("<=", 1.15),
    "speedup_1w_to_2w": (">=", 1.8),
    "memory_largest_over_smallest": ("<=", 1.2),
    "same_language_as_langdetect": (">=", 0.999),
}
MEMORY_LIMIT_BYTES = 2 * 1024 ** 3


# ---------------------------------------------------------------- measuring a process tree

def _tree_rss_psutil(root_pid: int) -> int:
    import psutil
    try:
        root = psutil.Process(root_pid)
        procs = [root] + root.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _children() -> dict[int, list[int]]:
    """pid -> its child pids, from /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(name))
    return children


def _tree_rss_proc(root_pid: int) -> int:
    children = _children()
    total, todo, page = 0, [root_pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            pass
    return total


try:
    import psutil  # noqa: F401
    _tree_rss = _tree_rss_psutil
    RSS_METHOD = "psutil"
except ImportError:
    _tree_rss = _tree_rss_proc
    RSS_METHOD = "/proc"


def snapshot_code(workdir: Path) -> tuple[Path, dict]:
    """Copy the code under test into workdir; returns (folder to run it from, description)."""
    import hashlib

    dest = workdir / ("code-" + dt.datetime.now().strftime("%Y%m%dT%H%M%S"))
    digest = hashlib.sha256()
    for name in ("pipeline", "transforms", "configs"):
        shutil.copytree(REPO / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        for f in sorted((dest / name).rglob("*")):
            if f.is_file():
                digest.update(f.relative_to(dest).as_posix().encode() + f.read_bytes())
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "pipeline", "transforms", "configs"], cwd=REPO,
                               capture_output=True, text=True).stdout.split("\n")
    except OSError:
        head, dirty = "unknown", []
    return dest, {"snapshot": str(dest), "git_head": head, "uncommitted": [d[3:] for d in dirty if d.strip()],
                  "sha256": digest.hexdigest()[:16]}


def _tree_cpu(root_pid: int, seen: dict[int, list]) -> None:
    """Update `seen` (pid -> [kind, CPU s]) with the CPU time so far of every process of the tree under
    `root_pid`: `launcher` for the root, `fork server` for `pipeline.fork_server`, `worker` for a
    `--workers N` worker (forked by the fork server, or a `pipeline.worker` that runs one itself),
    `client` for a `pipeline.worker --fork-server` that only waits for its forked worker."""
    children = _children()
    todo, tick = [(root_pid, None)], os.sysconf("SC_CLK_TCK")
    while todo:
        pid, parent_kind = todo.pop()
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
        except (OSError, IndexError):
            continue
        if pid == root_pid:
            kind = "launcher"
        elif parent_kind == "fork server":
            kind = "worker"
        elif b"pipeline.fork_server" in cmdline:
            kind = "fork server"
        elif b"pipeline.worker" in cmdline:
            kind = "client" if b"--fork-server" in cmdline else "worker"
        else:
            kind = "other"
        if pid in seen and seen[pid][0] != "other":
            kind = seen[pid][0]  # (an exited process, not yet reaped, has no command line)
        seen[pid] = [kind, (int(fields[11]) + int(fields[12])) / tick]   # utime + stime
        todo.extend((child, kind) for child in children.get(pid, []))


def measure(cmd: list[str], log: Path, env: dict | None = None, cwd: Path = REPO) -> dict:
    """Run `cmd` to completion; wall, CPU (user+sys of it and all its reaped descendants), peak tree RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()
    peak = [0]
    per_process: dict[int, list] = {}
    with open(log, "w") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd)
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss(proc.pid))
                _tree_cpu(proc.pid, per_process)
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        rc = proc.wait()
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_user = after.ru_utime - before.ru_utime
    cpu_sys = after.ru_stime - before.ru_stime
    return {"cmd": " ".join(cmd), "returncode": rc, "wall_s": round(wall, 2), "cpu_s": round(cpu_user + cpu_sys, 2),
            "cpu_user_s": round(cpu_user, 2), "cpu_sys_s": round(cpu_sys, 2),
            "peak_rss_mb": round(peak[0] / 2 ** 20, 1),
            # CPU s of each process as last sampled (up to 0.1 s before it ended: a floor, not the total)
            "cpu_by_process": sorted(([kind, round(cpu, 2)] for kind, cpu in per_process.values()), reverse=True),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in os.getloadavg()], "log": str(log)}


# ---------------------------------------------------------------- the reference points (run as subprocesses)

def _jsonl_texts(files: list[str]):
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]


def phase_floor(files: list[str], result: Path) -> None:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    detect("warm up the profiles")
    n, detecting = 0, 0.0
    languages: dict[str, int] = {}
    for text in _jsonl_texts(files):
        t0 = time.perf_counter()
        try:
            lang = detect(text)
        except Exception:  # noqa: BLE001 - langdetect raises on texts without features
            lang = "und"
        detecting += time.perf_counter() - t0
        languages[lang] = languages.get(lang, 0) + 1
        n += 1
    result.write_text(json.dumps({"articles": n, "detect_s": round(detecting, 2), "languages": languages}))


def phase_langdetect(files: list[str], result: Path) -> None:
    """Every article's language by langdetect alone, as the pipeline configures it."""
    from transforms.language import decide_language

    languages = {}
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    languages[record["id"]] = decide_language(record["text"], "langdetect").language
    result.write_text(json.dumps(languages))


def phase_plain(patterns: list[str], out_dir: Path, result: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.jobs import expand_inputs, new_run_id
    from transforms.article import Article
    from transforms.rows import article_rows
    from transforms.schemas import TABLES, schema_for
    from transforms.sources import FieldNames, read_source
    from transforms.stages import STAGES, apply_stage

    run_id = new_run_id()
    schemas = {t: schema_for(t) for t in TABLES}
    writers, buffers = {}, {t: [] for t in TABLES}

    def flush(table: str) -> None:
        if not buffers[table]:
            return
        if table not in writers:
            (out_dir / table).mkdir(parents=True, exist_ok=True)
            writers[table] = pq.ParquetWriter(out_dir / table / "part-0.parquet", schemas[table], compression="zstd")
        writers[table].write_table(pa.Table.from_pylist(buffers[table], schema=schemas[table]))
        buffers[table].clear()

    def emit(table: str, rows: list[dict]) -> None:
        buffers[table].extend(rows)
        if len(buffers[table]) >= 10_000:
            flush(table)

    stages = [(stage.name, stage.bind()) for stage in STAGES]   # the job's stages, with the default config's options
    # CPU seconds per step (process time, read between steps: a few microseconds per article)
    cpu = dict.fromkeys(["read", *(stage for stage, _ in stages), "rows", "parquet"], 0.0)
    clock = time.process_time
    first_copy: dict[str, str] = {}
    n = 0
    import dataclasses
    for info in expand_inputs(patterns):   # sorted like the job, so the first copy is the job's first copy
        items = iter(read_source(info.uri, None, FieldNames()))
        while True:
            t = clock()
            item = next(items, None)
            cpu["read"] += clock() - t
            if item is None:
                break
            if not isinstance(item, Article):
                emit("errors", [{**item, "run_id": run_id}])
                continue
            article = item
            first = first_copy.setdefault(article.content_sha256, article.article_id)
            if first != article.article_id:
                article = dataclasses.replace(article, duplicate_of=first)
            for stage, fn in stages:
                t = clock()
                article, error = apply_stage(stage, fn, article)
                if error is not None:
                    emit("errors", [{**error, "run_id": run_id}])
                cpu[stage] += clock() - t
            t = clock()
            tables = article_rows(article, run_id)
            cpu["rows"] += clock() - t
            t = clock()
            for table, rows in tables.items():
                emit(table, rows)
            cpu["parquet"] += clock() - t
            n += 1
    t = clock()
    for table in TABLES:
        flush(table)
        if table in writers:
            writers[table].close()
    cpu["parquet"] += clock() - t
    result.write_text(json.dumps({"articles": n, "stage_cpu_s": {k: round(v, 2) for k, v in cpu.items()},
                                  "process_cpu_s": round(clock(), 2)}))


# ---------------------------------------------------------------- orchestration

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    import apache_beam
    import pyarrow
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(ram / 2 ** 30, 1),
            "python": platform.python_version(), "beam": apache_beam.__version__, "pyarrow": pyarrow.__version__,
            "os": f"{platform.system()} {platform.release()}", "rss_method": RSS_METHOD}


def table_rows(out_dir: Path) -> dict[str, int]:
    import pyarrow.parquet as pq
    counts = {}
    for table in ("articles", "paragraphs", "quotes", "dates", "errors"):
        files = sorted((out_dir / table).rglob("*.parquet")) if (out_dir / table).is_dir() else []
        counts[table] = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    return counts


def article_languages(out_dir: Path) -> dict[str, tuple[str, str | None]]:
    """Benchmark id (the JSONL `id`, or the .txt file's name) -> (language, language_method)."""
    import pyarrow.parquet as pq
    out = {}
    for f in sorted((out_dir / "articles").rglob("*.parquet")):
        table = pq.read_table(f, columns=["article_id", "source_uri", "source_line", "language", "language_method"])
        for row in table.to_pylist():
            key = row["article_id"] if row["source_line"] is not None else Path(row["source_uri"]).stem
            out[key] = (row["language"], row["language_method"])
    return out


def agreement(found: dict[str, tuple[str, str | None]], reference: dict[str, str]) -> dict:
    """How many articles have langdetect's language, and how many skipped langdetect."""
    same = sum(found.get(aid, ("", None))[0] == lang for aid, lang in reference.items())
    methods: dict[str, int] = {}
    for _, method in found.values():
        methods[str(method)] = methods.get(str(method), 0) + 1
    return {"articles": len(reference), "same": same, "share": round(same / max(1, len(reference)), 6),
            "methods": methods}


def run_phase(name: str, cmd: list[str], size_dir: Path, corpus, out_dir: Path | None = None,
              result_file: Path | None = None, code: Path = REPO, reference: dict | None = None) -> dict:
    print(f"  {name} ...", end="", flush=True)
    # the code under test comes first on sys.path (python -m puts the working folder first)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code), str(REPO)])}
    m = measure(cmd, size_dir / f"{name}.log", env=env, cwd=code)
    m["name"] = name
    if m["returncode"] not in (0, 1):  # newsbeam exits 1 when some input became error rows
        print(f" FAILED (exit {m['returncode']}, see {m['log']})")
        return m
    if result_file is not None and result_file.is_file():
        m["result"] = json.loads(result_file.read_text())
    if out_dir is not None:
        m["rows"] = table_rows(out_dir)
        if reference:
            m["language_agreement"] = agreement(article_languages(out_dir), reference)
        shutil.rmtree(out_dir, ignore_errors=True)
    n = corpus.size
    m["articles_per_s"] = round(n / m["wall_s"], 1)
    m["mb_per_s"] = round(corpus.text_bytes / 2 ** 20 / m["wall_s"], 3)
    m["cpu_ms_per_article"] = round(1000 * m["cpu_s"] / n, 2)
    print(f" {m['wall_s']:.1f} s wall, {m['cpu_s']:.1f} s CPU, {m['articles_per_s']:.1f} articles/s, "
          f"peak {m['peak_rss_mb']:.0f} MB, load {m['loadavg_before'][0]:.2f}->{m['loadavg_after'][0]:.2f}")
    workers = [cpu for kind, cpu in m["cpu_by_process"] if kind == "worker"]
    if workers:
        launcher = sum(cpu for kind, cpu in m["cpu_by_process"] if kind == "launcher")
        server = sum(cpu for kind, cpu in m["cpu_by_process"] if kind == "fork server")
        print(f"    CPU s by process (sampled every 0.1 s): launcher {launcher:.1f}, "
              + (f"fork server {server:.1f}, " if server else "")
              + ", ".join(f"worker {cpu:.1f}" for cpu in workers))
    if "language_agreement" in m:
        a = m["language_agreement"]
        print(f"    same language as langdetect alone: {a['same']} of {a['articles']} ({100 * a['share']:.2f}%); "
              f"decided by: {', '.join(f'{k} {v}' for k, v in sorted(a['methods'].items()))}")
    if "stage_cpu_s" in m.get("result", {}):
        shares = m["result"]["stage_cpu_s"]
        total = m["result"]["process_cpu_s"]
        print("    CPU by step: " + ", ".join(f"{k} {v:.1f} s ({100 * v / total:.0f}%)" for k, v in shares.items())
              + f"; rest (start-up, imports, listing) {total - sum(shares.values()):.1f} s of {total:.1f} s")
    return m


def bench_size(size: int, args, shared: Path, code: Path = REPO) -> dict:
    if size in args.light_sizes:
        args = argparse.Namespace(**{**vars(args), "phases": ["newsbeam"], "formats": args.formats[:1],
                                     "workers": [1], "repeat": 1})
    workdir = Path(args.workdir)
    t0 = time.perf_counter()
    corpus = build_corpus(shared, size, workdir)
    print(f"corpus {size}: {corpus.root} ({corpus.unique_texts} distinct texts, "
          f"{corpus.text_bytes / 2 ** 20:.1f} MB of text; built/reused in {time.perf_counter() - t0:.0f} s)")
    size_dir = workdir / f"runs-{size}"
    size_dir.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    me = str(Path(__file__).resolve())
    inputs = {"txt": corpus.txt_glob, "jsonl": corpus.jsonl_glob}
    phases = []
    reference = None
    if "langdetect" in args.phases:
        res = size_dir / "langdetect.json"
        phases.append(run_phase("langdetect", [py, me, "--_phase", "langdetect", "--_result", str(res),
                                               "--_inputs", *corpus.jsonl_files], size_dir, corpus, code=code))
        phases[-1].update(kind="langdetect", format="jsonl", workers=1)
        reference = json.loads(res.read_text()) if res.is_file() else None
    for rep in range(args.repeat):
        suffix = f"-r{rep + 1}" if args.repeat > 1 else ""
        if "floor" in args.phases:
            res = size_dir / f"floor{suffix}.json"
            phases.append(run_phase(f"floor{suffix}", [py, me, "--_phase", "floor", "--_result", str(res),
                                                       "--_inputs", *corpus.jsonl_files], size_dir, corpus,
                                    result_file=res, code=code))
            phases[-1].update(kind="floor", format="jsonl", workers=1)
        for fmt in args.formats:
            if "plain" in args.phases:
                out = size_dir / f"out-plain-{fmt}"
                shutil.rmtree(out, ignore_errors=True)
                res = size_dir / f"plain-{fmt}{suffix}.json"
                phases.append(run_phase(f"plain-{fmt}{suffix}", [py, me, "--_phase", "plain", "--_result", str(res),
                                                                 "--_out", str(out), "--_inputs", inputs[fmt]],
                                        size_dir, corpus, out_dir=out, result_file=res, code=code))
                phases[-1].update(kind="plain", format=fmt, workers=1)
            if "newsbeam" in args.phases:
                for workers in args.workers:
                    out = size_dir / f"out-newsbeam-{fmt}-{workers}w"
                    shutil.rmtree(out, ignore_errors=True)
                    phases.append(run_phase(f"newsbeam-{fmt}-{workers}w{suffix}",
                                            [py, "-m", "pipeline.cli", "run", inputs[fmt], "-o", str(out),
                                             "--workers", str(workers)], size_dir, corpus, out_dir=out, code=code,
                                            reference=reference))
                    phases[-1].update(kind="newsbeam", format=fmt, workers=workers)
    return {"size": size, "corpus": corpus.to_json(), "phases": phases}


def _best(phases: list[dict], kind: str, fmt: str | None = None, workers: int = 1) -> dict | None:
    ok = [p for p in phases if p.get("kind") == kind and p.get("workers") == workers and p["returncode"] in (0, 1)
          and (fmt is None or p.get("format") == fmt)]
    return min(ok, key=lambda p: p["wall_s"]) if ok else None


def ratios(sizes: list[dict], formats: list[str]) -> dict:
    out: dict = {}
    for s in sizes:
        r: dict = {}
        floor = _best(s["phases"], "floor")
        for fmt in formats:
            nb1 = _best(s["phases"], "newsbeam", fmt, 1)
            nb2 = _best(s["phases"], "newsbeam", fmt, 2)
            plain = _best(s["phases"], "plain", fmt)
            if nb1 and floor:
                r[f"{fmt}: newsbeam_1w_over_floor"] = {"wall": round(nb1["wall_s"] / floor["wall_s"], 2),
                                                      "cpu": round(nb1["cpu_s"] / floor["cpu_s"], 2)}
            if nb1 and plain:
                r[f"{fmt}: newsbeam_1w_over_plain"] = {"wall": round(nb1["wall_s"] / plain["wall_s"], 2),
                                                      "cpu": round(nb1["cpu_s"] / plain["cpu_s"], 2)}
            if nb1 and nb2:
                r[f"{fmt}: speedup_1w_to_2w"] = {"wall": round(nb1["wall_s"] / nb2["wall_s"], 2)}
            for nb in (nb1, nb2):
                if nb and "language_agreement" in nb:
                    a = nb["language_agreement"]
                    r[f"{fmt} {nb['workers']}w: same_language_as_langdetect"] = {
                        "share": a["share"], "same": a["same"], "articles": a["articles"]}
        out[str(s["size"])] = r
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        for fmt in formats:
            for workers in (1, 2):
                a = _best(small["phases"], "newsbeam", fmt, workers)
                b = _best(large["phases"], "newsbeam", fmt, workers)
                if a and b:
                    out.setdefault("memory", {})[f"{fmt} {workers}w: {large['size']} over {small['size']}"] = {
                        "ratio": round(b["peak_rss_mb"] / a["peak_rss_mb"], 2),
                        "largest_mb": b["peak_rss_mb"], "smallest_mb": a["peak_rss_mb"]}
    return out


def verdicts(rat: dict) -> list[str]:
    lines = []
    for size, r in rat.items():
        if size == "memory":
            for key, v in r.items():
                op, target = TARGETS["memory_largest_over_smallest"]
                ok = v["ratio"] <= target and v["largest_mb"] * 2 ** 20 < MEMORY_LIMIT_BYTES
                lines.append(f"memory {key}: {v['ratio']}x ({v['smallest_mb']:.0f} -> {v['largest_mb']:.0f} MB); "
                             f"target <= {target}x and < 2 GB: {'met' if ok else 'NOT met'}")
            continue
        for key, v in r.items():
            name = key.split(": ", 1)[1]
            op, target = TARGETS[name]
            if "share" in v:
                ok = v["share"] >= target
                lines.append(f"{size} {key}: {v['same']} of {v['articles']} ({100 * v['share']:.2f}%); "
                             f"target {op} {100 * target:.1f}%: {'met' if ok else 'NOT met'}")
                continue
            value = v["wall"]
            ok = value <= target if op == "<=" else value >= target
            cpu = f", CPU {v['cpu']}x" if "cpu" in v else ""
            lines.append(f"{size} {key}: wall {value}x{cpu}; target {op} {target}: {'met' if ok else 'NOT met'}")
    return lines


def _code_line(code: dict) -> str:
    if not code.get("snapshot"):
        return "the checkout as it was during the run (no snapshot)"
    dirty = f", plus uncommitted changes to {', '.join(code['uncommitted'])}" if code.get("uncommitted") else ""
    return f"a snapshot of commit {code['git_head'][:10]}{dirty} (digest {code['sha256']}), the same for every phase"


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = ["## Pipeline benchmark: the latest run of bench_pipeline.py", "",
             f"Measured {report['started']} with `python benchmarks/bench_pipeline.py {' '.join(report['argv'])}` "
             f"on {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, Python {m['python']}, "
             f"Apache Beam {m['beam']}, pyarrow {m['pyarrow']} ({m['os']}). The machine was shared with other "
             "jobs: the load average before each phase is given, and CPU time (the process and all its "
             "descendants) is the less contaminated figure. Peak memory is the summed RSS of the process tree, "
             "sampled every 0.1 s. Corpus: the shared BBC and multinews articles replicated with new ids "
             "(exact copies, so all but the first copy of a text are flagged `duplicate_of`; all are analysed).",
             "",
             f"Code measured: {_code_line(report.get('code', {}))}.",
             "",
             "| articles | run | format | workers | wall s | CPU s | articles/s | MB/s | CPU ms/article | peak MB | load before |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in report["sizes"]:
        for p in s["phases"]:
            if p["returncode"] not in (0, 1):
                lines.append(f"| {s['size']:,} | {p['name']} | | | failed (exit {p['returncode']}) | | | | | | |")
                continue
            lines.append(f"| {s['size']:,} | {p['kind']} | {p['format']} | {p['workers']} | {p['wall_s']:.1f} | "
                         f"{p['cpu_s']:.1f} | {p['articles_per_s']:.1f} | {p['mb_per_s']:.2f} | "
                         f"{p['cpu_ms_per_article']:.2f} | {p['peak_rss_mb']:.0f} | {p['loadavg_before'][0]:.2f} |")
    lines += ["", "Ratios against the targets (wall time; CPU time in brackets where it applies):", ""]
    lines += [f"- {v}" for v in report["verdicts"]]
    for s in report["sizes"]:
        for p in s["phases"]:
            if "stage_cpu_s" in p.get("result", {}):
                total = p["result"]["process_cpu_s"]
                lines += ["", f"CPU by step in `{p['name']}` ({s['size']:,} articles, {total:.1f} s of process CPU): "
                          + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in p["result"]["stage_cpu_s"].items())
                          + f", start-up and the rest {100 * (total - sum(p['result']['stage_cpu_s'].values())) / total:.0f}%."]
    lines += ["", "`floor`: langdetect alone, one `detect(text)` per article. `plain`: the same stage functions "
              "in a single-process loop without Beam, writing the same Parquet tables with pyarrow. "
              "`newsbeam`: `newsbeam run` end to end (DirectRunner, `--workers N`). `langdetect`: every "
              "article's language by langdetect alone as the pipeline configures it (the cascade's reference; "
              "its time is not compared with anything).", ""]
    return "\n".join(lines)


MARKS = ("<!-- bench_pipeline.py: start -->", "<!-- bench_pipeline.py: end -->")


def write_markdown(path: Path, table: str) -> None:
    """The run's section of `path`, between MARKS: the rest of the file (earlier runs, notes) is kept.
    A file without the marks gets the section at its end."""
    section = f"{MARKS[0]}\n{table.rstrip()}\n{MARKS[1]}\n"
    old = path.read_text() if path.is_file() else ""
    start, end = old.find(MARKS[0]), old.find(MARKS[1])
    if 0 <= start < end:
        new = old[:start] + section + old[end + len(MARKS[1]):].lstrip("\n")
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + section
    path.write_text(new)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--workdir", default="/tmp/nb-bench", help="corpora and run outputs (outside the repository)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--formats", nargs="+", choices=["txt", "jsonl"], default=["txt", "jsonl"])
    p.add_argument("--phases", nargs="+", choices=["floor", "plain", "newsbeam", "langdetect"],
                   default=["floor", "plain", "newsbeam", "langdetect"])
    p.add_argument("--light-sizes", type=int, nargs="*", default=[],
                   help="sizes (also listed in --sizes) where only newsbeam runs, first format, 1 worker: "
                        "enough for the memory-flatness ratio when a full pass would take too long")
    p.add_argument("--repeat", type=int, default=1, help="run every phase this many times (best wall kept for ratios)")
    p.add_argument("--results", default=str(REPO / "benchmarks" / "results"), help="folder for the JSON results")
    p.add_argument("--markdown", default=str(REPO / "docs" / "benchmarks.md"),
                   help="file whose marked section gets the Markdown table ('' for none; the rest of the file is kept)")
    p.add_argument("--no-snapshot", action="store_true", help="measure the checkout as it is, not a copy")
    p.add_argument("--_phase", choices=["floor", "plain", "langdetect"], help=argparse.SUPPRESS)
    p.add_argument("--_result", help=argparse.SUPPRESS)
    p.add_argument("--_out", help=argparse.SUPPRESS)
    p.add_argument("--_inputs", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args._phase == "floor":
        phase_floor(args._inputs, Path(args._result))
        return 0
    if args._phase == "langdetect":
        phase_langdetect(args._inputs, Path(args._result))
        return 0
    if args._phase == "plain":
        phase_plain(args._inputs, Path(args._out), Path(args._result))
        return 0

    from newsbeam_dev.evaluation import shared_dir
    shared = shared_dir()
    if shared is None:
        sys.exit("../shared not found (set NEWSBEAM_SHARED): the benchmark corpus is built from it")
    workdir = Path(args.workdir).resolve()
    if workdir == REPO or REPO in workdir.parents:
        sys.exit("--workdir must be outside the repository (the corpus texts must not be copied into it)")
    workdir.mkdir(parents=True, exist_ok=True)
    report = {"started": dt.datetime.now().isoformat(timespec="seconds"), "argv": sys.argv[1:] if argv is None else argv,
              "machine": machine(), "sizes": []}
    code, report["code"] = (REPO, {"snapshot": None}) if args.no_snapshot else snapshot_code(workdir)
    print(json.dumps(report["machine"]))
    print(json.dumps(report["code"]))
    args.sizes = sorted(set(args.sizes) | set(args.light_sizes))
    for size in args.sizes:
        report["sizes"].append(bench_size(size, args, shared, code))
    report["ratios"] = ratios(report["sizes"], args.formats)
    report["verdicts"] = verdicts(report["ratios"])
    report["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    print("\n".join(report["verdicts"]))
    results = Path(args.results)
    results.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    path = results / f"pipeline-{stamp}.json"
    path.write_text(json.dumps(report, indent=1))
    print(f"results: {path}")
    if args.markdown:
        write_markdown(Path(args.markdown), markdown(report))
        print(f"table: {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
