"""Does the quotes engine still find exactly the same quotations? (for speed work on `transforms/quotes`)

    .venv/bin/python benchmarks/quotes_identity.py record /tmp/quotes-golden.pickle
    .venv/bin/python benchmarks/quotes_identity.py check  /tmp/quotes-golden.pickle

Runs `extract_quotes` over every text of the quotes gold sets (quotes-multi-dev, PolNeAR dev and
train, the `tests/data/quotes-multinews*.jsonl` annotation files) and the shared BBC and multinews
articles (read, split and language-tagged as the run does), each with its language's profile and
with none (every profile at once), and records every field of every quotation. `check` compares
with a recording and names the first texts that differ by id only (the golden file holds article
text, so keep it outside the repository: the texts are licensed for evaluation only).
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from benchmarks.bench_quotes import corpus_files
from newsbeam_dev.evaluation import read_gold, require_shared


def texts() -> list[tuple[str, str, str]]:
    """(id, text, language) of every text the check covers."""
    from transforms.article import Article
    from transforms.language import add_languages, detect_language
    from transforms.paragraphs import add_paragraphs
    from transforms.sources import FieldNames, read_source

    shared = require_shared()
    out = []
    sets = [shared / "eval" / name for name in ("quotes-multi-dev", "quotes-polnear-dev", "quotes-polnear-train")]
    sets += sorted((REPO / "tests" / "data").glob("quotes-multinews*.jsonl"))
    for gold in sets:
        articles, _ = read_gold(gold)
        for a in articles:
            out.append((f"{gold.name}:{a['id']}", a["text"], a.get("language") or detect_language(a["text"])[0]))
    for f in corpus_files(shared, None):
        for item in read_source(f, None, FieldNames()):
            if isinstance(item, Article):
                article = add_languages(add_paragraphs(item))
                out.append((f"corpus:{f}", article.text, article.language))
    return out


def quotations(items: list[tuple[str, str, str]]) -> dict[str, str]:
    from transforms.quotes import extract_quotes
    result = {}
    for key, text, language in items:
        for lang in (language, "xx"):                       # "xx": no profile, every profile's words
            result[f"{key}|{lang}"] = repr(extract_quotes(text, lang))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "check"))
    ap.add_argument("golden", type=Path)
    args = ap.parse_args()
    if args.action == "record":
        items = texts()
        args.golden.write_bytes(pickle.dumps(items))
        args.golden.with_suffix(".quotes").write_bytes(pickle.dumps(quotations(items)))
        print(f"recorded {len(items)} texts")
        return
    items = pickle.loads(args.golden.read_bytes())
    want = pickle.loads(args.golden.with_suffix(".quotes").read_bytes())
    got = quotations(items)
    differ = [k for k in want if want[k] != got.get(k)]
    n_quotes = sum(v.count("Quote(") for v in want.values())
    print(f"{len(want)} readings of {len(items)} texts, {n_quotes} quotations: "
          + ("IDENTICAL" if not differ else f"{len(differ)} DIFFER, first: {differ[:5]}"))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
