"""Does a whole `newsbeam run` still write exactly the same tables? (for refactors and moves)

    .venv/bin/python benchmarks/pipeline_identity.py record /tmp/pipeline-golden
    .venv/bin/python benchmarks/pipeline_identity.py check  /tmp/pipeline-golden

Runs this tree's `newsbeam run` (the console script beside the running Python) on four inputs:
`samples/`, a few bad files written here (they become `errors` rows), a fixed slice of the shared corpora (the first 300 BBC files and 300 multinews files
spread evenly over its languages, in sorted path order), and the articles of the
`quotes-multi-dev` and `dates-multi-dev` gold sets. Every row of every table is stored
canonically: without `run_id`, with the shared folder and the copied samples written as
`<shared>` and `<inputs>` (samples are copied into DIR first, so their paths, and the article ids
derived from them, are the same in any tree), rows sorted. `check` runs the same and names the
tables and row keys that differ (never their text). DIR holds article text: keep it outside the
repository (the shared texts are licensed for evaluation only).
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from newsbeam_dev.evaluation import REPO, shared_dir

TABLES = ("articles", "paragraphs", "quotes", "dates", "errors")
BBC_FILES = 300
MULTINEWS_FILES = 300
# what names a row in a difference report (no text)
ROW_KEYS = {"articles": ("article_id",), "paragraphs": ("article_id", "paragraph_index"),
            "quotes": ("article_id", "quote_index"), "dates": ("article_id", "char_start", "char_end"),
            "errors": ("source_uri", "line", "stage")}


def corpus_slice(shared: Path) -> list[Path]:
    corpora = shared / "corpora"
    bbc = sorted(corpora.glob("bbc/*/*.txt"))[:BBC_FILES]
    multinews = sorted(corpora.glob("multinews/*/semeval2023t3/*/article*.txt"))
    picked = sorted({i * len(multinews) // MULTINEWS_FILES for i in range(MULTINEWS_FILES)})
    return bbc + [multinews[i] for i in picked]


def inputs(shared: Path, copied: Path) -> dict[str, list[str]]:
    """Each run's name and its input paths."""
    if copied.exists():
        shutil.rmtree(copied)
    shutil.copytree(REPO / "samples", copied / "samples")
    bad = copied / "bad"                    # inputs that become `errors` rows, beside one good line
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "lines.jsonl").write_text('{"id": "ok", "text": "A short invented line of text."}\n{not json\n'
                                     '{"id": "no-text"}\n', encoding="utf-8")
    return {
        "bad-inputs": [str(bad / "*")],
        "samples": [str(copied / "samples" / "**" / "*")],
        "corpora": [str(p) for p in corpus_slice(shared)],
        "quotes-multi-dev": [str(shared / "eval" / "quotes-multi-dev" / "articles.jsonl")],
        "dates-multi-dev": [str(shared / "eval" / "dates-multi-dev" / "articles.jsonl")],
    }


def canonical(value, replace: list[tuple[str, str]]):
    if isinstance(value, str):
        for old, new in replace:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [canonical(v, replace) for v in value]
    if isinstance(value, dict):
        return {k: canonical(v, replace) for k, v in value.items()}
    return value if value is None or isinstance(value, (int, float, bool)) else str(value)


def run_tables(name: str, paths: list[str], replace: list[tuple[str, str]]) -> dict[str, list[str]]:
    newsbeam = Path(sys.executable).parent / "newsbeam"
    with tempfile.TemporaryDirectory(prefix=f"identity-{name}-") as tmp:
        out = Path(tmp) / "out"
        done = subprocess.run([str(newsbeam), "run", *paths, "--output", str(out), "-q"])
        if done.returncode not in (0, 1):               # 1: done, some input became `errors` rows
            sys.exit(f"newsbeam run on {name} failed with exit code {done.returncode}")
        tables = {}
        for table in TABLES:
            rows = pq.read_table(out / table).to_pylist() if (out / table).exists() else []
            lines = []
            for row in rows:
                row.pop("run_id", None)
                lines.append(json.dumps(canonical(row, replace), ensure_ascii=False, sort_keys=True))
            tables[table] = sorted(lines)
        return tables


def record_all(golden: Path) -> dict[str, dict[str, list[str]]]:
    shared = shared_dir()
    if shared is None:
        sys.exit("the shared folder (../shared or NEWSBEAM_SHARED) is needed")
    copied = golden / "inputs"
    replace = [(str(copied), "<inputs>"), (str(shared), "<shared>")]
    return {name: run_tables(name, paths, replace) for name, paths in inputs(shared, copied).items()}


def describe(table: str, line: str) -> str:
    row = json.loads(line)
    return f"{table}(" + ", ".join(str(row.get(k)) for k in ROW_KEYS[table]) + ")"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "check"))
    ap.add_argument("golden", type=Path, help="folder for the recording (outside the repository)")
    args = ap.parse_args()
    args.golden.mkdir(parents=True, exist_ok=True)
    stored = args.golden / "tables.json.gz"
    got = record_all(args.golden.resolve())
    if args.action == "record":
        stored.write_bytes(gzip.compress(json.dumps(got).encode("utf-8")))
        for name, tables in got.items():
            print(f"recorded {name}: " + ", ".join(f"{len(rows)} {t}" for t, rows in tables.items()))
        return
    want = json.loads(gzip.decompress(stored.read_bytes()))
    differ = 0
    for name, tables in want.items():
        for table, rows in tables.items():
            new = got.get(name, {}).get(table, [])
            if new == rows:
                continue
            differ += 1
            missing, added = sorted(set(rows) - set(new)), sorted(set(new) - set(rows))
            print(f"{name}/{table}: {len(rows)} rows recorded, {len(new)} now; {len(missing)} gone, "
                  f"{len(added)} new; first gone: {[describe(table, r) for r in missing[:3]]}; "
                  f"first new: {[describe(table, r) for r in added[:3]]}")
    total = sum(len(rows) for tables in want.values() for rows in tables.values())
    print(f"{len(want)} runs, {total} rows: " + ("IDENTICAL" if not differ else f"{differ} tables DIFFER"))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
