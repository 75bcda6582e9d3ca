"""Does the dates engine still find exactly the same expressions? (for speed work on `transforms/dates`)

    .venv/bin/python benchmarks/dates_identity.py record /tmp/dates-golden.pickle
    .venv/bin/python benchmarks/dates_identity.py check  /tmp/dates-golden.pickle

Runs `extract_with_rules` (every field of every `DateMention` and the rule that found it) over the
texts of the date gold sets (`dates-multi-dev`, `dates-tbaq`, the `tests/data/dates-*.jsonl`
annotation files but those kept blind or final), each with its anchor and language, and over
`bench_dates.py`'s corpus (the shared BBC articles and every multinews article, by its folder's
language) with the benchmark's anchor and, for every fifth text, with no anchor and with no language
hint. `check` compares with a recording and names the first texts that differ by id only (the golden
file holds no text, but keep it outside the repository with the rest of the benchmark output).
"""
from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from benchmarks.bench_dates import ANCHOR, corpus
from newsbeam_dev.evaluation import annotated_text, read_jsonl, require_shared

Reading = tuple[str, str, "dt.date | None", "str | None"]  # (id, text, anchor, language)


def readings() -> list[Reading]:
    shared = require_shared()
    out: list[Reading] = []
    for name in ("dates-multi-dev", "dates-tbaq"):
        for a in read_jsonl(shared / "eval" / name / "articles.jsonl"):
            anchor = dt.date.fromisoformat(a["published_at"][:10]) if a.get("published_at") else None
            prefix, sep, _ = a["id"].partition(":")
            language = a.get("language") or (prefix if sep and prefix.isalpha() and len(prefix) <= 3 else "en")
            out.append((f"{name}:{a['id']}", a["text"], anchor, language))
    for path in sorted((REPO / "tests" / "data").glob("dates-*.jsonl")):
        if "blind" in path.name or "final" in path.name:
            continue  # (never looked into; their articles are in the corpus below all the same)
        for k, row in enumerate(read_jsonl(path)):
            out.append((f"{path.name}:{k}", annotated_text(row), dt.date.fromisoformat(row["published_at"][:10]),
                        row["language"]))
    for lang, docs in corpus(shared).items():
        for k, text in enumerate(docs):
            out.append((f"corpus:{lang}:{k}", text, ANCHOR, lang))
            if k % 5 == 0:
                out.append((f"corpus:{lang}:{k}:no-anchor", text, None, lang))
                out.append((f"corpus:{lang}:{k}:no-language", text, ANCHOR, None))
    return out


def extracted(items: list[Reading]) -> dict[str, str]:
    from transforms.dates.extract import extract_with_rules
    return {key: repr(extract_with_rules(text, anchor, language)) for key, text, anchor, language in items}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "check"))
    ap.add_argument("golden", type=Path)
    args = ap.parse_args()
    got = extracted(readings())
    n_dates = sum(v.count("DateMention(") for v in got.values())
    if args.action == "record":
        args.golden.write_bytes(pickle.dumps(got))
        print(f"recorded {len(got)} readings, {n_dates} date mentions")
        return
    want = pickle.loads(args.golden.read_bytes())
    differ = [k for k in want.keys() | got.keys() if want.get(k) != got.get(k)]
    print(f"{len(want)} readings, {n_dates} date mentions: "
          + ("IDENTICAL" if not differ else f"{len(differ)} DIFFER, first: {sorted(differ)[:5]}"))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
