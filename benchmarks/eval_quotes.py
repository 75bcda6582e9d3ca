"""Score `extract_quotes` on a gold set with the shared evaluator, in seconds (no Beam).

    .venv/bin/python benchmarks/eval_quotes.py ../shared/eval/quotes-polnear-dev
    .venv/bin/python benchmarks/eval_quotes.py ../shared/eval/quotes-multi-dev --by-language --cues
    .venv/bin/python benchmarks/eval_quotes.py tests/data/quotes-multi-extra.jsonl --by-language

GOLD is a gold folder (articles.jsonl + gold.jsonl) or an annotation file of this repository
(`tests/data/quotes-*.jsonl`: file path, offsets and speaker names, the texts rebuilt from
../shared, see `tests/shared_data.py`). Each article's language is detected as the pipeline
detects it (`newsbeam.transforms.language`) unless the article gives one. The `quotes` table is written
exactly as the pipeline would write it (every quotation found, attributed or not) into a temp
folder and scored by `../shared/tools/evaluate.py quotes`; its summary line is printed.

--by-language   one line per language (ids `LANG:...`), as `tools/by_language.sh` prints them
--cues          per attribution cue: how many matched quotations it attributed, and how many right
--errors N      up to N wrong speakers, missed and spurious quotations, with their context
                (for looking at on a terminal: never paste article text into the repository)
For PolNeAR, a further line scores the annotated articles alone (some were left unannotated, and
every quotation found there counts as a false positive), as a diagnostic.
"""
from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from pathlib import Path

from newsbeam_dev.evaluation import (
    evaluate_rows, evaluator, quote_rows, read_gold, write_gold, write_gold_slice,
)


def score(gold_dir: Path, rows: list[dict]) -> dict:
    """evaluate.py's JSON result for `rows` against `gold_dir`."""
    with tempfile.TemporaryDirectory() as tmp:
        return evaluate_rows("quotes", gold_dir, rows, Path(tmp))


def summary(res: dict) -> str:
    p, r, f = res["quote_prf"]
    return (f"quotes: P {p:.3f} R {r:.3f} F1 {f:.3f}  speaker accuracy {res['speaker_accuracy_on_matches']:.3f}  "
            f"quote+speaker F1 {res['quote_and_speaker_f1']:.3f}  (gold {res['gold']}, predicted {res['predicted']})")


def matched_pairs(articles: dict[str, dict], golds: list[dict], rows: list[dict]):
    """(article, gold quote or None, row or None) as evaluate.py matches them (unmatched on either side too)."""
    ev = evaluator()
    by_article = defaultdict(list)
    for r in rows:
        by_article[r["article_id"]].append(r)
    for g in golds:
        text = articles[g["id"]]["text"]
        gold = [dict(q, span=ev.trimmed(text, q["start"], q["end"])) for q in g["quotes"]]
        pred = [dict(p, span=ev.trimmed(text, p["char_start"], p["char_end"])) for p in by_article[g["id"]]]

        def iou(q, p):
            inter = ev.overlap(*q["span"], *p["span"])
            union = max(q["span"][1], p["span"][1]) - min(q["span"][0], p["span"][0])
            return inter / union if union and inter / union >= 0.5 else 0
        pairs = ev.match(gold, pred, iou)
        for q, p in pairs:
            yield g["id"], q, p
        paired_g = {id(q) for q, _ in pairs}
        paired_p = {id(p) for _, p in pairs}
        for q in gold:
            if id(q) not in paired_g:
                yield g["id"], q, None
        for p in pred:
            if id(p) not in paired_p:
                yield g["id"], None, p


def cue_table(articles, golds, rows) -> list[str]:
    ev = evaluator()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])   # cue -> [spurious quotes, judged, right]
    for _, q, p in matched_pairs(articles, golds, rows):
        if p is None or not p.get("speaker"):
            continue
        s = stats[p["cue"] or "-"]
        if q is None:
            s[0] += 1
        elif q.get("speaker"):
            s[1] += 1
            s[2] += ev.speaker_ok(q, p)
    out = [f"{'cue':16s} {'judged':>7s} {'right':>6s} {'precision':>9s} {'not a gold quote':>17s}"]
    for cue, (spurious, judged, right) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
        prec = f"{right / judged:.3f}" if judged else "-"
        out.append(f"{cue:16s} {judged:7d} {right:6d} {prec:>9s} {spurious:17d}")
    return out


def error_lines(articles, golds, rows, limit: int) -> list[str]:
    ev = evaluator()
    out = []
    for aid, q, p in matched_pairs(articles, golds, rows):
        text = articles[aid]["text"]
        if q is not None and p is not None:
            if not q.get("speaker") or ev.speaker_ok(q, p):
                continue
            what = f"WRONG SPEAKER gold={q['speaker']!r}/{q.get('speaker_name')!r} got={p['speaker']!r}/{p['speaker_name']!r} cue={p['cue']}"
            s, e = q["start"], q["end"]
        elif q is not None:
            what = f"MISSED gold speaker={q.get('speaker')!r}"
            s, e = q["start"], q["end"]
        else:
            what = f"SPURIOUS got={p['speaker']!r}/{p['speaker_name']!r} cue={p['cue']}"
            s, e = p["char_start"], p["char_end"]
        ctx = text[max(0, s - 160):s] + "[[" + text[s:e][:160] + "]]" + text[e:e + 120]
        out.append(f"{aid} {what}\n    " + " ".join(ctx.split()))
        if len(out) >= limit:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--by-language", action="store_true")
    ap.add_argument("--cues", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--lang", help="only the articles with ids `LANG:...`")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        articles, golds = read_gold(args.gold)
        if args.lang:
            golds = [g for g in golds if g["id"].startswith(args.lang + ":")]
            articles = [a for a in articles if a["id"].startswith(args.lang + ":")]
        gold_dir = write_gold(Path(tmp) / "gold", articles, golds)
        rows = quote_rows(articles)
        print(summary(score(gold_dir, rows)))
        by_id = {a["id"]: a for a in articles}
        if args.by_language:
            for lang in sorted({a["id"].split(":", 1)[0] for a in articles}):
                ids = {a["id"] for a in articles if a["id"].startswith(lang + ":")}
                sliced = write_gold_slice(gold_dir, Path(tmp) / lang, ids)
                print(lang, summary(score(sliced, [r for r in rows if r["article_id"] in ids])))
        if args.cues:
            print("\n".join(cue_table(by_id, golds, rows)))
        unannotated = {g["id"] for g in golds if not g["quotes"]}
        if unannotated and "polnear" in str(args.gold):
            annotated = {g["id"] for g in golds} - unannotated
            sliced = write_gold_slice(gold_dir, Path(tmp) / "annotated", annotated)
            print("annotated articles only:", summary(score(sliced, [r for r in rows if r["article_id"] in annotated])))
        if args.errors:
            print("\n".join(error_lines(by_id, golds, rows, args.errors)))


if __name__ == "__main__":
    main()
