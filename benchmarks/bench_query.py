"""How fast do typical questions answer on a dataset of 100,000+ articles? Prints a table of figures.

    .venv/bin/python benchmarks/bench_query.py [--dir /tmp/newsbeam-bench] [--articles 100000] [--seed OUTPUT]

The dataset is real pipeline rows, replicated. A seed output is made once with `newsbeam run` over a
sample of ../shared/corpora (BBC, plus multinews for other languages), or given with --seed. Each copy
of the seed gets new ids and source URIs, and a publication date spread over 2004-2005 (the BBC files
have none). Every tenth copy also appears in an older run, in an `ingest_date=` partition, so the
latest-only views have history to filter out. Nothing is written inside the repository.
A script, not a timed test: timings on a shared CI machine are noise.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import shutil
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq


from pipeline.query import connect, query
from pipeline.stats import collect_stats
from newsbeam_dev.evaluation import REPO, require_shared
from transforms.schemas import TABLES, schema_for

OLD_RUN = "20040101T000000Z-000000"
START = dt.date(2004, 1, 1)
QUESTIONS = {
    "articles per language": "SELECT language, count(*) n FROM articles GROUP BY 1 ORDER BY n DESC",
    "top speakers": "SELECT speaker_name, count(*) n FROM quotes WHERE speaker_name IS NOT NULL "
                    "GROUP BY 1 ORDER BY n DESC LIMIT 10",
    "top speakers, all runs (no latest filter)": "SELECT speaker_name, count(*) n FROM quotes_all "
                                                 "WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 10",
    "quotes per month (quotes x articles)": "SELECT date_trunc('month', published_at) m, count(*) n "
                                            "FROM quotes_in_context GROUP BY 1 ORDER BY 1",
    "speakers per language (quotes x articles)": "SELECT a.language, q.speaker_name, count(*) n FROM quotes q "
                                                 "JOIN articles a USING (article_id, run_id) "
                                                 "WHERE q.speaker_name IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC LIMIT 10",
    "date range: dates in 2004 by granularity": "SELECT granularity, count(*) n, count(DISTINCT article_id) articles "
                                                "FROM dates WHERE date BETWEEN DATE '2004-01-01' AND DATE '2004-12-31' "
                                                "GROUP BY 1 ORDER BY n DESC",
    "date range: articles published 2005-Q1": "SELECT count(*) FROM articles "
                                              "WHERE published_at BETWEEN DATE '2005-01-01' AND DATE '2005-03-31'",
    "dates in context, one month (with paragraphs)": "SELECT title, text, paragraph_text FROM dates_in_context "
                                                     "WHERE date BETWEEN DATE '2004-03-01' AND DATE '2004-03-31' LIMIT 1000",
}


def make_seed(seed: Path, n_bbc: int = 500, n_other: int = 15) -> None:
    """Run the real pipeline over a sample of the shared corpora."""
    from pipeline.cli import main as newsbeam

    corpora = require_shared() / "corpora"
    bbc = sorted((corpora / "bbc").glob("*/*.txt"))
    files = bbc[:: max(1, len(bbc) // n_bbc)]
    for lang in sorted(p for p in (corpora / "multinews").iterdir() if p.is_dir()):
        files += sorted(lang.glob("semeval2023t3/*/*.txt"))[:n_other]
    print(f"seed: newsbeam run over {len(files)} files -> {seed}", flush=True)
    if newsbeam(["run", *map(str, files), "--output", str(seed), "--overwrite"]) not in (0, 1):
        sys.exit("the seed run failed")


def _suffix(column: pa.ChunkedArray, suffix: str) -> pa.ChunkedArray:
    return pc.binary_join_element_wise(column, pa.scalar(suffix), pa.scalar(""))  # null stays null


def _copy(table: pa.Table, k: int, run_id: str | None = None) -> pa.Table:
    """Copy k of a seed table: new ids and source URIs, publication dates spread over 2004-2005."""
    def replace(t: pa.Table, name: str, values) -> pa.Table:
        return t.set_column(t.schema.get_field_index(name), t.schema.field(name), values)

    for name in ("article_id", "source_uri", "duplicate_of"):
        if name in table.column_names:
            table = replace(table, name, _suffix(table[name], f"~{k}"))
    if "published_at" in table.column_names:
        table = replace(table, "published_at", pa.array(
            [START + dt.timedelta(days=(i * 7919 + k * 104729) % 730) for i in range(table.num_rows)], pa.date32()))
    if run_id:
        table = replace(table, "run_id", pa.array([run_id] * table.num_rows, pa.string()))
    return table


def build(seed: Path, dest: Path, n_articles: int, parts: int) -> None:
    """Replicate the seed's rows into `parts` files per table, plus an older run for every tenth copy."""
    tables = {t: ds.dataset(sorted(map(str, (seed / t).rglob("*.parquet"))), schema=schema_for(t), format="parquet")
              .to_table() for t in TABLES}
    copies = math.ceil(n_articles / tables["articles"].num_rows)
    for t, table in tables.items():
        old_runs = dest / t / "ingest_date=2004-01-01"
        old_runs.mkdir(parents=True, exist_ok=True)
        for part in range(min(parts, copies)):
            ks = range(part, copies, parts)
            _write([_copy(table, k) for k in ks], dest / t / f"part-bench-{part:05d}-of-{parts:05d}.parquet")
            _write([_copy(table, k, OLD_RUN) for k in ks if k % 10 == 0], old_runs / f"part-{OLD_RUN}-{part:05d}.parquet")


def _write(tables: list[pa.Table], path: Path) -> None:
    if tables:
        pq.write_table(pa.concat_tables(tables), path, compression="zstd")  # as the pipeline writes


def _time(fn, repeat: int = 3) -> tuple[float, float, object]:
    """(first call, best of `repeat`) in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default="/tmp/newsbeam-bench", help="where the dataset goes (not in the repo)")
    parser.add_argument("--articles", type=int, default=100_000, help="at least this many articles")
    parser.add_argument("--parts", type=int, default=8, help="part files per table")
    parser.add_argument("--seed", help="an existing newsbeam output to replicate (default: make one)")
    parser.add_argument("--rebuild", action="store_true", help="build the dataset again even if it exists")
    args = parser.parse_args()
    root = Path(args.dir).resolve()
    if root == REPO or REPO in root.parents:
        sys.exit("--dir must be outside the repository")
    seed, data = Path(args.seed) if args.seed else root / "seed", root / "data"
    if not args.seed and not (seed / "articles").exists():
        make_seed(seed)
    if args.rebuild or not (data / "articles").exists():
        shutil.rmtree(data, ignore_errors=True)
        t0 = time.perf_counter()
        build(seed, data, args.articles, args.parts)
        print(f"built {data} in {time.perf_counter() - t0:.1f} s", flush=True)

    first, best, con = _time(lambda: connect(data), repeat=1)
    counts = {t: query(con, f"SELECT count(*) AS n FROM {t}")["n"][0].as_py() for t in ("articles", "articles_all",
                                                                                     "quotes", "dates", "paragraphs")}
    size = sum(f.stat().st_size for f in data.rglob("*.parquet")) / 1e6
    print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"dataset: {size:.0f} MB of Parquet; " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    print(f"\n{'question':<48} {'rows':>6} {'first ms':>9} {'best ms':>8}")
    print(f"{'connect (list files, define views)':<48} {'':>6} {first:>9.0f} {best:>8.0f}")
    for name, sql in QUESTIONS.items():
        first, best, result = _time(lambda: query(con, sql))
        print(f"{name:<48} {result.num_rows:>6} {first:>9.0f} {best:>8.0f}")
    first, best, _ = _time(lambda: collect_stats(con))
    print(f"{'newsbeam stats (all sections)':<48} {'':>6} {first:>9.0f} {best:>8.0f}")


if __name__ == "__main__":
    main()
