"""The one place tests and benchmarks find `../shared/` (evaluation data, never product input).

`NEWSBEAM_SHARED` wins when set; otherwise `shared/` beside the repository checkout.
Tests that need it are skipped (with the reason) when it is absent.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path | None:
    env = os.environ.get("NEWSBEAM_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared")
    for c in candidates:
        if (c / "tools" / "evaluate.py").is_file():
            return c
    return None


def require_shared() -> Path:
    """The shared folder, or skip the calling test when it is not there."""
    d = shared_dir()
    if d is None:
        import pytest
        pytest.skip("../shared (evaluation data) not found; set NEWSBEAM_SHARED")
    return d


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


def write_gold_slice(gold_dir: Path, dest: Path, ids: set[str]) -> Path:
    """Copy the rows of `articles.jsonl` and `gold.jsonl` for `ids` into `dest` (a temp dir)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("articles.jsonl", "gold.jsonl"):
        with open(gold_dir / name, encoding="utf-8") as src, open(dest / name, "w", encoding="utf-8") as out:
            for line in src:
                if line.strip() and json.loads(line)["id"] in ids:
                    out.write(line)
    return dest


def write_table(out_dir: Path, table: str, rows: list[dict]) -> None:
    """Write rows as `out_dir/<table>/part-0.parquet` with the product's schema for that table."""
    from transforms.schemas import schema_for
    schema = schema_for(table)
    (out_dir / table).mkdir(parents=True, exist_ok=True)
    full = [{name: r.get(name) for name in schema.names} for r in rows]
    pq.write_table(pa.Table.from_pylist(full, schema=schema), out_dir / table / "part-0.parquet")


def evaluate(task: str, gold_dir: Path, out_dir: Path) -> dict:
    """Run `../shared/tools/evaluate.py TASK GOLD OUT --json` and return its JSON result."""
    tool = require_shared() / "tools" / "evaluate.py"
    proc = subprocess.run([sys.executable, str(tool), task, str(gold_dir), str(out_dir), "--json"],
                          capture_output=True, text=True, check=True)
    body = proc.stdout[: proc.stdout.rstrip().rfind("\n")]
    return json.loads(body)


def write_columns(out_dir: Path, table: str, columns: dict[str, list]) -> None:
    """Write only the named columns as `out_dir/<table>/part-0.parquet` (what a scorer reads)."""
    (out_dir / table).mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), out_dir / table / "part-0.parquet")
