"""Score `transforms.dates.extract_dates` on a TIMEX3 gold set with the shared evaluator.

    .venv/bin/python benchmarks/eval_dates.py ../shared/eval/dates-tbaq [--json] [--split dev|holdout]

Runs `extract_dates(text, published_at)` over `GOLD_DIR/articles.jsonl`, writes a `dates` table
(the product's schema) into a temporary folder and runs `../shared/tools/evaluate.py dates` on it,
printing its summary line (and with `--json` its full result: counts, wrong values); `--misses` lists every
missed and spurious expression. `--split` scores every fourth document (`holdout`) or the others
(`dev`), so rules can be tuned on one part and checked on the other; `--split a|b` are the two
halves by a hash of the document id.
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.shared_data import read_jsonl, require_shared, write_gold_slice, write_table  # noqa: E402
from transforms.dates import extract_dates  # noqa: E402


def predict(articles: list[dict]) -> list[dict]:
    """One `dates` row per mention, as the pipeline would write it."""
    rows = []
    for a in articles:
        anchor = dt.date.fromisoformat(a["published_at"][:10]) if a.get("published_at") else None
        for m in extract_dates(a["text"], anchor, a.get("language") or "en"):
            rows.append({"article_id": a["id"], "paragraph_index": 0, "char_start": m.char_start,
                         "char_end": m.char_end, "text": m.text, "value": m.value, "date": m.date,
                         "granularity": m.granularity, "run_id": "eval"})
    return rows


def split_ids(articles: list[dict], split: str) -> set[str]:
    ids = [a["id"] for a in articles]
    if split == "all":
        return set(ids)
    if split in ("a", "b"):
        # halves by a stable hash of the document id: a rule is kept only if neither half loses
        return {x for x in ids if (zlib.crc32(x.encode()) % 2 == 0) == (split == "a")}
    keep = (lambda i: i % 4 == 0) if split == "holdout" else (lambda i: i % 4 != 0)
    return {x for i, x in enumerate(ids) if keep(i)}


def _context(text: str, start: int, end: int) -> str:
    return repr(text[max(0, start - 50):start] + "[" + text[start:end] + "]" + text[end:end + 30])


def misses(gold_dir: Path, articles: list[dict], rows: list[dict]) -> list[str]:
    """Every gold DATE/TIME without an overlapping prediction, and every prediction without gold."""
    text = {a["id"]: a["text"] for a in articles}
    preds: dict[str, list[dict]] = {}
    for r in rows:
        preds.setdefault(r["article_id"], []).append(r)
    out = []
    for g in read_jsonl(gold_dir / "gold.jsonl"):
        if g["id"] not in text:
            continue
        t = text[g["id"]]
        ps = preds.get(g["id"], [])
        for x in g["timexes"]:
            hit = [p for p in ps if p["char_start"] < x["end"] and x["start"] < p["char_end"]]
            if x["type"] in ("DATE", "TIME"):
                ctx = _context(t, x["start"], x["end"])
                if not hit:
                    out.append(f"MISS {g['id']} {x['value']:>12} | {ctx}")
                else:
                    p = hit[0]
                    if (p["char_start"], p["char_end"]) != (x["start"], x["end"]):
                        out.append(f"SPAN {g['id']} {x['value']:>12} | {ctx} got {p['text']!r}")
                    if p["value"] != x["value"]:
                        out.append(f"VAL  {g['id']} {x['value']:>12} got {p['value']:>12} | {ctx}")
        for p in ps:
            if not any(p["char_start"] < x["end"] and x["start"] < p["char_end"] for x in g["timexes"]):
                ctx = _context(t, p["char_start"], p["char_end"])
                out.append(f"FP   {g['id']} {p['value']:>12} | {ctx}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the evaluator's full JSON result")
    ap.add_argument("--misses", action="store_true", help="list missed, spurious and wrongly valued expressions")
    ap.add_argument("--split", choices=["all", "dev", "holdout", "a", "b"], default="all")
    args = ap.parse_args()
    articles = read_jsonl(args.gold_dir / "articles.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = args.gold_dir
        if args.split != "all":
            ids = split_ids(articles, args.split)
            articles = [a for a in articles if a["id"] in ids]
            gold_dir = write_gold_slice(args.gold_dir, Path(tmp) / "gold", ids)
        rows = predict(articles)
        out = Path(tmp) / "out"
        write_table(out, "dates", rows)
        if args.misses:
            print("\n".join(misses(gold_dir, articles, rows)))
        # the evaluator's own output: its JSON with --json, and always its summary line
        tool = require_shared() / "tools" / "evaluate.py"
        cmd = [sys.executable, str(tool), "dates", str(gold_dir), str(out)] + (["--json"] if args.json else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        print(proc.stdout.rstrip())


if __name__ == "__main__":
    main()
