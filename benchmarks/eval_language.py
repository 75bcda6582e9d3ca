"""Where the language cascade may decide without langdetect: the agreement curve its thresholds come from.

    .venv/bin/python benchmarks/eval_language.py [--sets bbc multinews ...] [--json FILE]

For every text of each set, langdetect's own detection (the current configuration: seeded,
first 2,000 characters) is compared with the exact posterior of the same model
(`transforms.language_scorer`), and the script prints, per threshold, how many texts the
cascade would decide without langdetect and how many of those it would decide differently:

  walk_safety  min over rivals of 2·E·mean/variance of the per-n-gram lead (margin fixed at CLEAR_MARGIN)
  margin       log-likelihood lead over the runner-up alone (no walk check), to show why it is not enough

then, at the thresholds in `transforms.language`, the cascade's agreement with langdetect and
the CPU time per text of both paths (process time: noisy on a shared machine).

Sets (built from ../shared at run time, never stored): `bbc` and `gnad` (article files, as the
pipeline reads them), `multinews` and `sentences` (the lang-* gold sets), `paragraphs` (every
paragraph of the BBC and multinews articles as a text of its own: shorter, closer calls) and
`mixed` (3,000 texts joining the starts of two articles in different languages, seeded: the
case where a large margin does not mean langdetect's sampling agrees).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path


from newsbeam_dev.corpus import parsed_source
from newsbeam_dev.evaluation import read_jsonl, require_shared
from transforms import language as lang

SETS = ("bbc", "multinews", "gnad", "sentences", "paragraphs", "mixed")
SAFETY_STEPS = (0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8)
MARGIN_STEPS = (0, 10, 20, 30, 40, 60, 100, 200, 400, 800)


def _article_files(shared: Path, name: str) -> list[tuple[str, str, str | None]]:
    folder = {"bbc": "bbc/*/*.txt", "gnad": "multinews/de/10kgnad/articles/*.txt"}[name]
    out = []
    for path in sorted((shared / "corpora").glob(folder)):
        parsed = parsed_source(path)
        if parsed is not None:
            out.append((str(path.relative_to(shared)), parsed[2], "en" if name == "bbc" else "de"))
    return out


def _gold_set(shared: Path, name: str) -> list[tuple[str, str, str | None]]:
    gold = {g["id"]: g["language"] for g in read_jsonl(shared / "eval" / f"lang-{name}" / "gold.jsonl")}
    articles = read_jsonl(shared / "eval" / f"lang-{name}" / "articles.jsonl")
    return [(a["id"], a["text"], gold.get(a["id"])) for a in articles]


def texts(shared: Path, name: str) -> list[tuple[str, str, str | None]]:
    """(id, text, gold language or None) of one set."""
    if name in ("bbc", "gnad"):
        return _article_files(shared, name)
    if name in ("multinews", "sentences"):
        return _gold_set(shared, name)
    from transforms.paragraphs import split_paragraphs

    articles = _article_files(shared, "bbc") + _gold_set(shared, "multinews")
    articles = [a for a in articles if a[2] not in lang._SCRIPT_LANGUAGES]
    if name == "paragraphs":
        return [(f"{aid}#{p.index}", text[p.char_start:p.char_end], None)
                for aid, text, _ in articles for p in split_paragraphs(text)]
    by_language: dict[str, list[str]] = {}
    for _, text, gold in articles:
        by_language.setdefault(gold or "?", []).append(text)
    rnd = random.Random(7)
    languages = sorted(by_language)
    out = []
    for i in range(3000):
        first, second = rnd.sample(languages, 2)
        a, b = rnd.choice(by_language[first]), rnd.choice(by_language[second])
        size = rnd.choice([300, 800, 2000])
        k = int(size * rnd.choice([0.5, 0.6, 0.7, 0.8, 0.9, 0.95]))
        out.append((f"mixed-{i}-{first}-{second}", a[:k] + " " + b[:size - k], None))
    return out


def measure(items: list[tuple[str, str, str | None]]) -> list[dict]:
    detector = lang.LanguageDetector()
    scorer = detector.scorer()
    rows = []
    for tid, text, gold in items:
        t0 = time.process_time()
        reference = detector.decide(text, "langdetect")
        t1 = time.process_time()
        cascade = detector.decide(text, "cascade")
        t2 = time.process_time()
        row = {"id": tid, "gold": gold, "langdetect": reference.language, "cascade": cascade.language,
               "method": cascade.method, "langdetect_ms": 1000 * (t1 - t0), "cascade_ms": 1000 * (t2 - t1)}
        if reference.method != "script":  # (the script rule answers before the scorer is asked)
            score = scorer.article(text, lang._DETECT_CHARS)
            if score is not None:
                row.update(top=score.language, margin=score.margin, safety=score.walk_safety)
        rows.append(row)
    return rows


def curve(results: dict[str, list[dict]], key: str, steps, also=lambda r: True) -> list[str]:
    names = list(results)
    lines = [f"{key:>11} | " + " | ".join(f"{n:>18}" for n in names),
             f"{'':>11} | " + " | ".join(f"{'decided  differ':>18}" for _ in names)]
    for step in steps:
        cells = []
        for n in names:
            scored = [r for r in results[n] if "top" in r]
            decided = [r for r in scored if r[key] >= step and also(r)]
            differ = sum(r["top"] != r["langdetect"] for r in decided)
            cells.append(f"{100 * len(decided) / max(1, len(results[n])):7.1f}% {differ:9d}")
        lines.append(f"{step:>11} | " + " | ".join(f"{c:>18}" for c in cells))
    return lines


def summary(results: dict[str, list[dict]]) -> list[str]:
    lines = [f"{'set':>11} | {'texts':>6} | {'by profiles':>11} | {'same as langdetect':>18} | "
             f"{'CPU ms/text langdetect / cascade':>32}"]
    for name, rows in results.items():
        n = len(rows)
        same = sum(r["cascade"] == r["langdetect"] for r in rows)
        by_profiles = sum(r["method"] == "profiles" for r in rows)
        ms = f"{sum(r['langdetect_ms'] for r in rows) / n:.3f} / {sum(r['cascade_ms'] for r in rows) / n:.3f}"
        lines.append(f"{name:>11} | {n:>6} | {100 * by_profiles / n:10.1f}% | {same:>7} ({100 * same / n:7.3f}%) | "
                     f"{ms:>32}")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    p.add_argument("--json", help="write every text's figures here")
    p.add_argument("--load", help="print the tables from a file --json wrote instead of measuring again")
    args = p.parse_args(argv)
    if args.load:
        results = json.loads(Path(args.load).read_text())
    else:
        shared = require_shared()
        results = {}
        for name in args.sets:
            t0 = time.perf_counter()
            results[name] = measure(texts(shared, name))
            print(f"{name}: {len(results[name])} texts in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    print(f"Texts the scorer would decide (% of the set) and how many of those langdetect decides differently.\n"
          f"By walk_safety, with margin >= {lang.CLEAR_MARGIN}:")
    print("\n".join(curve(results, "safety", SAFETY_STEPS, lambda r: r["margin"] >= lang.CLEAR_MARGIN)))
    print("\nBy walk_safety alone (no margin floor):")
    print("\n".join(curve(results, "safety", SAFETY_STEPS)))
    print("\nBy margin alone:")
    print("\n".join(curve(results, "margin", MARGIN_STEPS)))
    differing = [r for rows in results.values() for r in rows if "top" in r and r["top"] != r["langdetect"]]
    if differing:
        worst = max(differing, key=lambda r: r["safety"])
        print(f"\nHighest walk_safety of any text langdetect decides differently: {worst['safety']:.2f} ({worst['id']}; "
              f"margin {worst['margin']:.1f}); largest margin: {max(r['margin'] for r in differing):.1f}")
    print(f"\nThe cascade as configured (margin >= {lang.CLEAR_MARGIN}, walk_safety >= {lang.SAFE_WALK}):")
    print("\n".join(summary(results)))
    if args.json:
        Path(args.json).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
