"""HTML article extraction: newsbeam's reader against trafilatura, side by side, time and F1.

    .venv/bin/python benchmarks/bench_extract.py [GOLD_DIR ...] [--passes 3]

GOLD_DIR holds `html/<id>.html.gz` and `gold.jsonl` (id, text), as `../shared/eval/extract-html-dev`
(the default) does; name more folders of the same kind (a held-out set) to score them too. The
held-out figures in the README come from the other 60 pages of the same public benchmark
(scrapinghub/article-extraction-benchmark: its `html/` pages and `ground-truth.json` `articleBody`,
less the 121 ids of the dev set), laid out the same way outside the repository.
For every page, in one process and interleaved page by page so that load on a shared machine
hits all contenders alike:

- `newsbeam`: what the pipeline does with a page file: `decode_html` + `extract_page`
  (body, title, canonical URL, date, site name, authors);
- `trafilatura fast`: `trafilatura.extract(page_bytes, fast=True)` (body only), the time to beat;
- `trafilatura`: `trafilatura.extract(page_bytes)` with its defaults (body only).

Each page counts with its best of `--passes` passes (CPU time of this process). F1 is scored by
`../shared/tools/evaluate.py extract` itself on a Parquet `articles` table of each contender's texts.
`--instructions N` also counts the CPU instructions each contender spends on the first N pages
(valgrind's callgrind, minus a run that only warms up): the same on a busy machine as on an idle one.
A script that prints figures, not a timed test.
"""
from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from newsbeam_dev.evaluation import evaluate, read_jsonl, require_shared, write_columns
from transforms.html import NoArticle, decode_html, extract_page


def newsbeam_text(page: bytes) -> str:
    text = decode_html(page).text
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
    pages = load_pages(gold_dir)
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
            write_columns(Path(out), "articles", {"source_uri": [f"html/{i}.html.gz" for i in ids], "text": texts[name]})
            score = evaluate("extract", gold_dir, Path(out))
        results.append((name, 1000 * sum(best[name]) / len(pages), score))
    return results


def load_pages(gold_dir: Path, limit: int | None = None) -> list[bytes]:
    ids = [g["id"] for g in read_jsonl(gold_dir / "gold.jsonl", limit)]
    return [gzip.decompress((gold_dir / "html" / f"{i}.html.gz").read_bytes()) for i in ids]


def run_pages(name: str, gold_dir: Path, count: int) -> None:
    """(Under callgrind) warm every contender up on one page, then run `name` over `count` more."""
    pages = load_pages(gold_dir, count + 1)
    fns = contenders()
    for fn in fns.values():
        fn(pages[0])
    for page in pages[1:count + 1]:
        fns[name](page)


def instructions(gold_dir: Path, count: int) -> dict[str, float]:
    """Instructions per page for each contender over the first `count` pages."""
    def collected(name: str, pages: int) -> int:
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                               __file__, "--run-pages", name, str(pages), str(gold_dir)],
                              capture_output=True, text=True, check=True)
        return int(re.search(r"Collected : (\d+)", proc.stderr).group(1))

    return {name: (collected(name, count) - collected(name, 0)) / count for name in contenders()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--instructions", type=int, metavar="N", help="also count instructions on N pages (valgrind)")
    parser.add_argument("--run-pages", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_pages:
        name, count, gold_dir = args.run_pages
        return run_pages(name, Path(gold_dir), int(count))
    gold_dirs = args.gold_dirs or [require_shared() / "eval" / "extract-html-dev"]
    for gold_dir in gold_dirs:
        results = bench(gold_dir, args.passes)
        reference = next(ms for name, ms, _ in results if name == "trafilatura fast")
        print(f"{gold_dir} ({results[0][2]['pages']} pages, best of {args.passes} passes, CPU ms per page)")
        print(f"  {'extractor':<18} {'ms/page':>8} {'x fast':>7} {'P':>6} {'R':>6} {'F1':>6}")
        for name, ms, s in results:
            print(f"  {name:<18} {ms:8.2f} {ms / reference:7.2f} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
        if args.instructions:
            counts = instructions(gold_dir, args.instructions)
            fast = counts["trafilatura fast"]
            print(f"  instructions per page over the first {args.instructions} pages (callgrind): " + ", ".join(
                f"{name} {n / 1e6:.1f} M ({n / fast:.2f}x fast)" for name, n in counts.items()))


if __name__ == "__main__":
    main()
