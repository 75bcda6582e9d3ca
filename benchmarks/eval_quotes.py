"""Score `extract_quotes` on a gold set with the shared evaluator.

    .venv/bin/python benchmarks/eval_quotes.py ../shared/eval/quotes-polnear-dev

Runs `extract_quotes` over GOLD_DIR/articles.jsonl, writes the `quotes` table exactly as
the pipeline would (every quotation found, attributed or not) into a temp folder, and
prints the summary line of `../shared/tools/evaluate.py quotes`. A second line says how
many predictions fall in articles whose gold lists no quotation at all: PolNeAR left some
articles unannotated (e.g. those written with ''…'' marks), and every quotation found
there counts as a false positive; a third line scores the annotated articles alone, as a
diagnostic (the first line is the official figure).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.shared_data import evaluate, read_jsonl, write_gold_slice, write_table  # noqa: E402
from transforms.quotes import extract_quotes  # noqa: E402


def quote_rows(articles: list[dict]) -> list[dict]:
    """Rows of the `quotes` table for `articles` (dicts with `id` and `text`)."""
    rows = []
    for a in articles:
        for i, q in enumerate(extract_quotes(a["text"], a.get("language"))):
            rows.append({
                "article_id": a["id"], "quote_index": i, "paragraph_index": 0, "run_id": "eval",
                "char_start": q.char_start, "char_end": q.char_end, "text": q.text, "kind": q.kind,
                "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "speaker_name": q.speaker_name,
            })
    return rows


def score(gold_dir: Path) -> tuple[dict, list[dict]]:
    """evaluate.py's JSON result for `gold_dir`, and the rows that were scored."""
    rows = quote_rows(read_jsonl(gold_dir / "articles.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        write_table(Path(tmp), "quotes", rows)
        return evaluate("quotes", gold_dir, Path(tmp)), rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    args = ap.parse_args()
    res, rows = score(args.gold_dir)
    p, r, f = res["quote_prf"]
    print(f"quotes: P {p:.3f} R {r:.3f} F1 {f:.3f}  speaker accuracy {res['speaker_accuracy_on_matches']:.3f}  "
          f"quote+speaker F1 {res['quote_and_speaker_f1']:.3f}  (gold {res['gold']}, predicted {res['predicted']})")
    golds = read_jsonl(args.gold_dir / "gold.jsonl")
    unannotated = {g["id"] for g in golds if not g["quotes"]}
    n_there = sum(1 for r_ in rows if r_["article_id"] in unannotated)
    print(f"({len(unannotated)} articles have no gold quotation; {n_there} of the predictions are in them)")
    if unannotated:
        # Diagnostic only: the same scorer on the annotated articles alone.
        with tempfile.TemporaryDirectory() as tmp:
            annotated = {g["id"] for g in golds} - unannotated
            sliced = write_gold_slice(args.gold_dir, Path(tmp) / "gold", annotated)
            write_table(Path(tmp) / "out", "quotes", [r_ for r_ in rows if r_["article_id"] in annotated])
            res = evaluate("quotes", sliced, Path(tmp) / "out")
        p, r, f = res["quote_prf"]
        print(f"annotated articles only: P {p:.3f} R {r:.3f} F1 {f:.3f}  speaker accuracy "
              f"{res['speaker_accuracy_on_matches']:.3f}  quote+speaker F1 {res['quote_and_speaker_f1']:.3f}")


if __name__ == "__main__":
    main()
