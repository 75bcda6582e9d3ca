"""HTML article extraction: newsbeam's reader against trafilatura, side by side, time and F1.

    .venv/bin/python benchmarks/bench_extract.py [GOLD_DIR ...] [--passes 3]

GOLD_DIR holds `html/<id>.html.gz` and `gold.jsonl` (id, text), as `../shared/eval/extract-html-dev`
(the default) does; name more folders of the same kind (a held-out set) to score them too.
For every page, in one process and interleaved page by page so that load on a shared machine
hits all contenders alike:

- `newsbeam`: what the pipeline does with a page file: `decode_html` + `extract_page`
  (body, title, canonical URL, date, site name, authors);
- `trafilatura fast`: `trafilatura.extract(page_bytes, fast=True)` (body only), the time to beat;
- `trafilatura`: `trafilatura.extract(page_bytes)` with its defaults (body only).

Each page counts with its best of `--passes` passes (CPU time of this process). F1 is scored by
`../shared/tools/evaluate.py extract` itself on a Parquet `articles` table of each contender's texts.
A script that prints figures, not a timed test.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from tests.shared_data import evaluate, read_jsonl, require_shared  # noqa: E402
from transforms.html import NoArticle, decode_html, extract_page  # noqa: E402


def newsbeam_text(page: bytes) -> str:
    text, _ = decode_html(page)
    try:
        return extract_page(text).text
    except NoArticle:
        return ""


def contenders():
    import trafilatura

    return {
        "newsbeam": newsbeam_text,
        "trafilatura fast": lambda page: trafilatura.extract(page, fast=True) or "",
        "trafilatura": lambda page: trafilatura.extract(page) or "",
    }


def bench(gold_dir: Path, passes: int) -> list[tuple[str, float, dict]]:
    ids = [g["id"] for g in read_jsonl(gold_dir / "gold.jsonl")]
    pages = [gzip.decompress((gold_dir / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    fns = contenders()
    for fn in fns.values():   # warm up: imports and caches out of the timings
        fn(pages[0])
    best = {name: [float("inf")] * len(pages) for name in fns}
    texts: dict[str, list[str]] = {name: [""] * len(pages) for name in fns}
    clock = time.process_time
    for _ in range(passes):
        for i, page in enumerate(pages):
            for name, fn in fns.items():
                start = clock()
                texts[name][i] = fn(page)
                best[name][i] = min(best[name][i], clock() - start)
    results = []
    for name in fns:
        with tempfile.TemporaryDirectory() as out:   # the two columns the scorer reads
            (Path(out) / "articles").mkdir()
            table = pa.table({"source_uri": [f"html/{i}.html.gz" for i in ids], "text": texts[name]})
            pq.write_table(table, Path(out) / "articles" / "part-0.parquet")
            score = evaluate("extract", gold_dir, Path(out))
        results.append((name, 1000 * sum(best[name]) / len(pages), score))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    gold_dirs = args.gold_dirs or [require_shared() / "eval" / "extract-html-dev"]
    for gold_dir in gold_dirs:
        results = bench(gold_dir, args.passes)
        reference = next(ms for name, ms, _ in results if name == "trafilatura fast")
        print(f"{gold_dir} ({results[0][2]['pages']} pages, best of {args.passes} passes, CPU ms per page)")
        print(f"  {'extractor':<18} {'ms/page':>8} {'x fast':>7} {'P':>6} {'R':>6} {'F1':>6}")
        for name, ms, s in results:
            print(f"  {name:<18} {ms:8.2f} {ms / reference:7.2f} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")


if __name__ == "__main__":
    main()
