"""Score `newsbeam.transforms.dates.extract_dates` on a TIMEX3 gold set with the shared evaluator, in seconds.

    .venv/bin/python benchmarks/eval_dates.py ../shared/eval/dates-tbaq [--json] [--split dev|holdout|a|b]
    .venv/bin/python benchmarks/eval_dates.py ../shared/eval/dates-multi-dev --by-language [--misses]
    .venv/bin/python benchmarks/eval_dates.py --extra --by-language     # this repository's own annotations
    .venv/bin/python benchmarks/eval_dates.py --annotations tests/data/dates-multi-blind.jsonl --by-language

Runs `extract_dates(text, published_at, language)` over `GOLD_DIR/articles.jsonl` in this process and
scores the mentions with `eval_dates` of `../shared/tools/evaluate.py` (the scorer `newsbeam run` +
`evaluate.py dates` uses, without the Parquet round trip), printing its summary line (with `--json` its
full result). The language is the article's `language` field, else the `LANG:` prefix of its id
(what langdetect finds for these articles), else English. `--by-language` prints one line per
language; `--misses` lists every missed, spurious, mis-spanned and wrongly valued expression with its
context. `--split` scores every fourth document (`holdout`) or the others (`dev`), or the two halves by
a hash of the id (`a`, `b`). `--extra` scores `tests/data/dates-multi-extra.jsonl` (annotations stored
as offsets into the shared corpus files, rebuilt by `tests/shared_data.write_date_annotations`);
`--annotations FILE` scores another file of that kind (`tests/data/dates-*.jsonl`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import tempfile
import zlib
from pathlib import Path


from newsbeam_dev.evaluation import DATE_ANNOTATIONS, read_jsonl, require_shared, write_date_annotations, \
    write_gold_slice
from newsbeam.transforms.dates import extract_dates
from newsbeam.transforms.rows import date_row


def scorer():
    """The shared evaluator's module (`../shared/tools/evaluate.py`), imported once."""
    spec = importlib.util.spec_from_file_location("shared_evaluate", require_shared() / "tools" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def language_of(article: dict) -> str:
    if article.get("language"):
        return article["language"]
    prefix, sep, _ = article["id"].partition(":")
    return prefix if sep and prefix.isalpha() and len(prefix) <= 3 else "en"


def predict(articles: list[dict]) -> dict[str, list[dict]]:
    """The mentions of each article, as the scorer reads them from the `dates` table."""
    preds: dict[str, list[dict]] = {}
    for a in articles:
        anchor = dt.date.fromisoformat(a["published_at"][:10]) if a.get("published_at") else None
        preds[a["id"]] = [date_row(a["id"], m, 0, "eval") for m in extract_dates(a["text"], anchor, language_of(a))]
    return preds


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


def misses(gold_dir: Path, articles: list[dict], preds: dict[str, list[dict]]) -> list[str]:
    """Every gold DATE/TIME without an overlapping prediction, and every prediction without gold."""
    text = {a["id"]: a["text"] for a in articles}
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


def score(evaluate, gold_dir: Path, preds: dict[str, list[dict]]) -> tuple[dict, str]:
    return evaluate.eval_dates(str(gold_dir), preds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path, nargs="?")
    ap.add_argument("--extra", action="store_true", help="score this repository's own annotations (tests/data)")
    ap.add_argument("--annotations", type=Path, help="score a file of own annotations (tests/data/dates-*.jsonl)")
    ap.add_argument("--json", action="store_true", help="print the evaluator's full JSON result")
    ap.add_argument("--misses", action="store_true", help="list missed, spurious and wrongly valued expressions")
    ap.add_argument("--by-language", action="store_true", help="one score line per language")
    ap.add_argument("--split", choices=["all", "dev", "holdout", "a", "b"], default="all")
    args = ap.parse_args()
    if args.extra:
        args.annotations = DATE_ANNOTATIONS
    if (args.gold_dir is None) == (args.annotations is None):
        ap.error("give a GOLD_DIR, --extra or --annotations FILE")
    evaluate = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = write_date_annotations(Path(tmp) / "extra", args.annotations) if args.annotations else args.gold_dir
        articles = read_jsonl(gold_dir / "articles.jsonl")
        groups: dict[str, list[dict]] = {}
        if args.by_language:
            for a in articles:
                groups.setdefault(language_of(a), []).append(a)
        else:
            groups["all"] = articles
        for name, group in sorted(groups.items()):
            ids = {a["id"] for a in group} & split_ids(articles, args.split)
            group = [a for a in group if a["id"] in ids]
            part = gold_dir if len(ids) == len(articles) else write_gold_slice(gold_dir, Path(tmp) / name, ids)
            preds = predict(group)
            if args.misses:
                print("\n".join(misses(part, group, preds)))
            res, line = score(evaluate, part, preds)
            if args.json:
                print(json.dumps(res, indent=1, ensure_ascii=False))
            print(line if name == "all" else f"{name} {line}")


if __name__ == "__main__":
    main()
