"""Are quotes and dates on extracted web pages as good as on the same articles as plain text?

    .venv/bin/python benchmarks/eval_pages.py [GOLD_DIR] [--show N]

GOLD_DIR (default `../shared/eval/extract-html-dev`) holds `html/<id>.html.gz` pages and
`gold.jsonl` with each page's article body as plain text. Runs `newsbeam run` twice: on the
pages, and on the gold bodies as JSON Lines (same ids, each with the `published_at` the page run
found, so relative dates have the same anchor). Then compares, article by article, the quotes
(quoted words and speaker name) and the dates (expression and value) of the two runs: what the
plain-text run finds and the page run misses or changes is what extraction costs; what only the
page run finds comes from text the gold body does not have. `--show N` prints N examples of each.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path


import pyarrow.dataset as ds

from pipeline.cli import main as newsbeam
from newsbeam_dev.evaluation import read_jsonl, require_shared


def table(out: Path, name: str) -> list[dict]:
    return ds.dataset(str(out / name), format="parquet").to_table().to_pylist()


def run(args: list[str]) -> None:
    code = newsbeam(["run", *args, "--overwrite"])
    if code not in (0, 1):
        sys.exit(f"newsbeam run failed ({code})")


def compare(found_plain: Counter, found_page: Counter) -> tuple[int, int, int]:
    """(in both, only in the plain-text run, only in the page run), counting repeats."""
    both = sum((found_plain & found_page).values())
    return both, sum(found_plain.values()) - both, sum(found_page.values()) - both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    gold_dir = args.gold_dir or require_shared() / "eval" / "extract-html-dev"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        run([str(gold_dir / "html" / "*.html.gz"), "-o", str(work / "pages")])
        pages = {Path(a["source_uri"]).name.split(".")[0]: a for a in table(work / "pages", "articles")}
        with open(work / "plain.jsonl", "w", encoding="utf-8") as f:
            for g in read_jsonl(gold_dir / "gold.jsonl"):
                page = pages.get(g["id"])
                date = page["published_at"].isoformat() if page and page["published_at"] else None
                f.write(json.dumps({"id": g["id"], "text": g["text"], "published_at": date}) + "\n")
        run([str(work / "plain.jsonl"), "-o", str(work / "plain")])
        page_id = {a["article_id"]: name for name, a in pages.items()}
        results = {}
        for name, key in (("quotes", ("text", "speaker_name")), ("dates", ("text", "value"))):
            plain: dict[str, Counter] = {}
            page: dict[str, Counter] = {}
            for r in table(work / "plain", name):
                plain.setdefault(r["article_id"], Counter())[tuple(r[k] for k in key)] += 1
            for r in table(work / "pages", name):
                page.setdefault(page_id[r["article_id"]], Counter())[tuple(r[k] for k in key)] += 1
            totals = [compare(plain.get(i, Counter()), page.get(i, Counter())) for i in set(plain) | set(page)]
            both, only_plain, only_page = (sum(t[i] for t in totals) for i in range(3))
            results[name] = (both, only_plain, only_page)
            print(f"{name}: plain-text run {both + only_plain}, page run {both + only_page}; identical {both} "
                  f"({both / max(1, both + only_plain):.1%} of the plain-text run's); only on plain text "
                  f"{only_plain}, only on pages {only_page}")
            for label, a, b in (("only on plain text", plain, page), ("only on pages", page, plain)):
                shown = [(i, k) for i in sorted(a) for k in (a[i] - b.get(i, Counter()))][:args.show]
                for i, k in shown:
                    print(f"    {label}: {i[:8]} {k}")


if __name__ == "__main__":
    main()
