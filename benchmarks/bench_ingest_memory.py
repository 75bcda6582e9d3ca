"""Launcher memory of `newsbeam ingest` as the dataset grows: 1,000 new articles into an empty
dataset and into one of 100,000, side by side.

    .venv/bin/python benchmarks/bench_ingest_memory.py --runs 3
    .venv/bin/python benchmarks/bench_ingest_memory.py --src . --src /tmp/base   # two trees side by side

The new articles are the first 1,000 of the shared corpora (`benchmarks/_corpus.py`), one JSON
Lines file written under a temporary folder. The existing dataset is made directly (running
the pipeline on 100,000 articles would take an hour here): 100 committed runs of 1,000 article
rows each (one JSON Lines source file per run, with their run records), short invented texts;
a few rows share a text or an article id with new articles, so the ingest has earlier copies to
find. Each measurement ingests into a fresh copy of the dataset, in its own process (local
runner, one worker: the job runs inside the launcher, so its peak RSS is the launcher's).

It prints, per tree, the median peak RSS, wall and CPU time for each dataset size, and the ratio
of the largest to the empty one (target, issue 16: peak memory within 1.2x).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from newsbeam_dev.corpus import parsed_source, source_files
from benchmarks._procs import Figures, load, measure, newsbeam_cmd, tree_options

NEW_ARTICLES = 1000
PER_RUN = 1000
SHARED_TEXTS = 20    # rows of the dataset whose text a new article repeats (they get duplicate_of)
SHARED_IDS = 10      # rows whose article id a new article repeats (those new ones become repeated_id errors)


def new_articles(shared: Path, path: Path) -> list[tuple[str, str]]:
    """Write the 1,000 new articles; returns their (article_id, content_sha256)."""
    from transforms.sources import content_sha256

    found = []
    with open(path, "w", encoding="utf-8") as out:
        for source in source_files(shared):
            parsed = parsed_source(source)
            if parsed is None:
                continue
            _, title, text = parsed
            aid = f"new-{len(found):05d}"
            out.write(json.dumps({"id": aid, "title": title, "text": text}, ensure_ascii=False) + "\n")
            found.append((aid, content_sha256(title, text)))
            if len(found) == NEW_ARTICLES:
                break
    return found


def make_dataset(root: Path, size: int, new: list[tuple[str, str]]) -> None:
    """A committed dataset of `size` article rows in runs of PER_RUN (see the module doc)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from transforms.schemas import TABLES, schema_for

    runs = root / ".newsbeam" / "runs"
    runs.mkdir(parents=True)
    for r in range(size // PER_RUN):
        run_id = f"20260101T{r // 60:04d}{r % 60:02d}Z-{r:06x}"
        uri = f"/archive/feed-{r:03d}.jsonl"
        rows = []
        for i in range(PER_RUN):
            n = r * PER_RUN + i
            text = f"Archived story {n}: the council met on a Tuesday and approved plan {n}."
            aid, sha = f"old-{n:07d}", hashlib.sha256(text.encode()).hexdigest()
            if r == 0 and i < SHARED_TEXTS:
                sha = new[i * 7][1]
            if r == 1 and i < SHARED_IDS:
                aid = new[i * 11][0]
            rows.append({"article_id": aid, "source_uri": uri, "source_line": i + 1, "title": None, "text": text,
                         "language": "en", "language_probability": 1.0, "encoding": "utf-8", "n_paragraphs": 1,
                         "n_words": 12, "n_quotes": 0, "n_dates": 0, "content_sha256": sha, "run_id": run_id})
        data_files = []
        for table in TABLES:
            rel = f"{table}/ingest_date=2026-01-01/part-{run_id}-00000-of-00001.parquet"
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            schema = schema_for(table)
            table_rows = rows if table == "articles" else []
            pq.write_table(pa.Table.from_pylist([{c: row.get(c) for c in schema.names} for row in table_rows],
                                                schema=schema), root / rel, compression="zstd")
            data_files.append(rel)
        source = {"uri": uri, "size": 1, "mtime": 1.0, "sha256": None, "run_id": run_id, "articles": PER_RUN,
                  "errors": 0, "status": "ok", "attempts": 0, "reason": None}
        (runs / f"{run_id}.json").write_text(json.dumps({
            "run_id": run_id, "output": str(root), "files": 1, "seconds": 1.0, "counters": {}, "languages": {},
            "finished_at": "2026-01-01T00:00:00+00:00", "sources": [source], "reset": False, "data_files": data_files}))


def main() -> None:
    from newsbeam_dev.evaluation import require_shared

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100_000], help="articles already in the dataset")
    args, trees = tree_options(parser, 3, REPO)
    with tempfile.TemporaryDirectory(prefix="nb-ingest-mem-") as tmp:
        work = Path(tmp)
        inbox = work / "inbox"
        inbox.mkdir()
        new = new_articles(require_shared(), inbox / "new.jsonl")
        templates = {}
        for size in args.sizes:
            templates[size] = work / f"dataset-{size}"
            templates[size].mkdir()
            if size:
                make_dataset(templates[size], size, new)
        figures: dict[tuple[Path, int], Figures] = {}
        loads = [load()]
        for k in range(args.runs):
            for size in args.sizes:
                for src in trees:
                    target = work / f"run-{k}-{size}-{trees.index(src)}"
                    shutil.copytree(templates[size], target)
                    cmd, env, cwd = newsbeam_cmd(src, "ingest", str(inbox / "new.jsonl"), "-o", str(target), "-q")
                    sample = measure(cmd, env, cwd, expect=(0, 1))  # 1: the repeated ids are error rows
                    figures.setdefault((src, size), Figures()).samples.append(sample)
                    shutil.rmtree(target)
        loads.append(load())
    print(f"ingest of {len(new):,} new articles; median of {args.runs} processes each; "
          f"load average {loads[0]} before, {loads[1]} after")
    result = {"load": loads, "new_articles": len(new), "trees": {}}
    smallest, largest = min(args.sizes), max(args.sizes)
    for i, src in enumerate(trees):
        print(f"tree {i + 1}: {src}")
        print(f"  {'dataset':>14s} {'peak RSS MB':>12s} {'wall s':>8s} {'cpu s':>7s}")
        for size in args.sizes:
            f = figures[(src, size)]
            print(f"  {size:>14,d} {f.median('rss_mb'):12.0f} {f.median('wall'):8.2f} {f.median('cpu'):7.2f}")
            result["trees"].setdefault(str(src), {})[size] = f.to_json()
        ratio = figures[(src, largest)].median("rss_mb") / figures[(src, smallest)].median("rss_mb")
        print(f"  peak RSS {largest:,} / {smallest:,}: {ratio:.2f}x (target <= 1.2x)")
        result["trees"][str(src)]["rss_ratio"] = round(ratio, 3)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
