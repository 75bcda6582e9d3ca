"""The evaluation helpers tests and benchmarks share, and the one place they find `../shared/`
(evaluation data, never product input).

`NEWSBEAM_SHARED` wins when set; otherwise `shared/` beside the repository checkout.
Tests that need it are skipped (with the reason) when it is absent.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["REPO", "DATA", "DATE_ANNOTATIONS", "shared_dir", "require_shared", "read_jsonl", "write_gold_slice",
           "write_table", "write_columns", "evaluate", "evaluate_rows", "evaluator", "load_annotations", "read_gold", "write_gold",
           "corpus_text", "annotated_text", "write_date_annotations", "language_of", "quote_rows", "date_rows"]

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
    from newsbeam.transforms.schemas import schema_for
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


def evaluate_rows(task: str, gold_dir: Path, rows: list[dict], out_dir: Path) -> dict:
    """Score rows of the task's table (`quote_rows`, `date_rows`) against `gold_dir`: they are written
    to `out_dir` as the pipeline would, then `evaluate` reads them."""
    write_table(out_dir, task, rows)
    return evaluate(task, gold_dir, out_dir)


def write_columns(out_dir: Path, table: str, columns: dict[str, list]) -> None:
    """Write only the named columns as `out_dir/<table>/part-0.parquet` (what a scorer reads)."""
    (out_dir / table).mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), out_dir / table / "part-0.parquet")


@lru_cache(maxsize=None)
def evaluator() -> ModuleType:
    """`../shared/tools/evaluate.py` as a module, for its matching rules (`match`, `speaker_ok` ...)."""
    path = require_shared() / "tools" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("shared_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- this repository's own annotations
# tests/data/quotes-*.jsonl hold quotations annotated here (by the GUIDE.md of
# ../shared/eval/quotes-multi-dev) on articles of ../shared/corpora, without their text:
#   {"file": "multinews/de/semeval2023t3/train/article123.txt", "sha256": "<of the file's bytes>",
#    "quotes": [{"start": 10, "end": 52, "speaker_start": 60, "speaker_end": 66,
#                "speaker_name": "Angela Merkel"}, ...]}
# Offsets index the file's text (UTF-8, as read). `speaker_name` is a name; when the source is
# only described, `name_start`/`name_end` point at the description in the text instead. A
# quotation with no identifiable source has no speaker fields.
DATA = REPO / "tests" / "data"


def load_annotations(path: Path) -> tuple[list[dict], list[dict]]:
    """(articles, gold) in the layout of ../shared/eval (`id` `LANG:file`), texts read from ../shared."""
    corpora = require_shared() / "corpora"
    articles, golds = [], []
    for row in read_jsonl(path):
        data = (corpora / row["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            raise ValueError(f"{row['file']} changed since it was annotated")
        text = data.decode("utf-8")
        # multinews paths name their language; the BBC corpus is English
        lang = "en" if row["file"].startswith("bbc/") else row["file"].split("/")[1]
        aid = lang + ":" + row["file"]
        quotes = []
        for q in row["quotes"]:
            gold = {"start": q["start"], "end": q["end"], "text": text[q["start"]:q["end"]],
                    "speaker": None, "speaker_start": None, "speaker_end": None, "speaker_name": None}
            if "speaker_start" in q:
                name = q.get("speaker_name") or text[q["name_start"]:q["name_end"]]
                gold.update(speaker=text[q["speaker_start"]:q["speaker_end"]], speaker_start=q["speaker_start"],
                            speaker_end=q["speaker_end"], speaker_name=name)
            quotes.append(gold)
        articles.append({"id": aid, "text": text})
        golds.append({"id": aid, "language": aid.split(":")[0], "quotes": quotes})
    return articles, golds


def read_gold(path: Path) -> tuple[list[dict], list[dict]]:
    """(articles, gold) of a gold folder of ../shared/eval, or of an annotation file of tests/data."""
    if path.is_dir():
        return read_jsonl(path / "articles.jsonl"), read_jsonl(path / "gold.jsonl")
    return load_annotations(path)


def write_gold(dest: Path, articles: list[dict], golds: list[dict]) -> Path:
    """Write a gold folder (articles.jsonl, gold.jsonl) that `evaluate.py` reads."""
    dest.mkdir(parents=True, exist_ok=True)
    for name, rows in (("articles.jsonl", articles), ("gold.jsonl", golds)):
        with open(dest / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return dest


def corpus_text(relative: str) -> str:
    """A shared corpus file's text exactly as the gold sets give it (UTF-8, line ends kept): `relative`
    is under `corpora/`, e.g. `multinews/de/semeval2023t3/train/article2.txt`."""
    with open(require_shared() / "corpora" / relative, encoding="utf-8", newline="") as f:
        return f.read()


DATE_ANNOTATIONS = REPO / "tests" / "data" / "dates-multi-extra.jsonl"


@lru_cache(maxsize=4)
def _gold_set_texts(relative: str) -> dict[str, str]:
    return {a["id"]: a["text"] for a in read_jsonl(require_shared() / relative)}


def annotated_text(row: dict) -> str:
    """The text a row of own date annotations indexes: a shared corpus file (`file` under `corpora/`),
    or the article `id` of a shared gold set's `articles.jsonl` (`file` under `../shared`), cut at
    `end` when only its beginning was annotated."""
    if "id" in row:
        text = _gold_set_texts(row["file"])[row["id"]]
    else:
        text = corpus_text(row["file"])
    return text[:row["end"]] if "end" in row else text


def write_date_annotations(dest: Path, path: Path = DATE_ANNOTATIONS) -> Path:
    """Rebuild a gold set (`articles.jsonl` + `gold.jsonl`, as in `../shared/eval/`) in `dest` from this
    repository's own date annotations: each line names a shared text (`annotated_text`) and lists its
    TIMEX3 spans as character offsets, type and value (the texts stay in `../shared`; none is copied
    here). Ids are `LANG:FILE` (`LANG:FILE#ID` for an article of a gold set), like `dates-multi-dev`'s."""
    dest.mkdir(parents=True, exist_ok=True)
    with open(dest / "articles.jsonl", "w", encoding="utf-8") as arts, \
            open(dest / "gold.jsonl", "w", encoding="utf-8") as gold:
        for row in read_jsonl(path):
            text = annotated_text(row)
            doc_id = f"{row['language']}:{row['file']}" + (f"#{row['id']}" if "id" in row else "")
            timexes = [{**t, "text": text[t["start"]:t["end"]]} for t in row["timexes"]]
            arts.write(json.dumps({"id": doc_id, "text": text, "published_at": row["published_at"]},
                                  ensure_ascii=False) + "\n")
            gold.write(json.dumps({"id": doc_id, "language": row["language"], "published_at": row["published_at"],
                                   "timexes": timexes}, ensure_ascii=False) + "\n")
    return dest


# ---------------------------------------------------------------- what the extractors find, as table rows
def language_of(article: dict) -> str:
    """A gold article's language as the pipeline would give it to the quotes stage (its own, else detected)."""
    if article.get("language"):
        return article["language"]
    from newsbeam.transforms.language import detect_language
    return detect_language(article["text"])[0]


def quote_rows(articles: list[dict]) -> list[dict]:
    """Rows of the `quotes` table for `articles` (dicts with `id`, `text`, maybe `language`)."""
    from newsbeam.transforms.quotes import extract_quotes
    from newsbeam.transforms.rows import quote_row
    # paragraph_index 0: the scorer matches quotations by character offsets, not paragraphs
    return [quote_row(a["id"], i, q, 0, "eval")
            for a in articles for i, q in enumerate(extract_quotes(a["text"], language_of(a)))]


def date_rows(articles: list[dict], language: str | None = None) -> list[dict]:
    """Rows of the `dates` table for `articles` (dicts with `id`, `text`, `published_at`, maybe `language`),
    each anchored on its `published_at`; `language` overrides the articles' own."""
    from newsbeam.transforms.dates import extract_dates
    from newsbeam.transforms.rows import date_row
    rows = []
    for a in articles:
        anchor = dt.date.fromisoformat(a["published_at"][:10]) if a.get("published_at") else None
        rows += [date_row(a["id"], m, 0, "eval") for m in extract_dates(a["text"], anchor, language or language_of(a))]
    return rows
