"""Time `newsbeam.transforms.dates.extract_dates` per article in every language, on pathological inputs, and
as a share of a run's CPU.

    .venv/bin/python benchmarks/bench_dates.py [--repeat N] [--share] [--cpu] [--languages en de ...]
    .venv/bin/python benchmarks/bench_dates.py --instructions N [--against REF]

Articles: the shared BBC corpus (English) and the multinews articles of each language (their folder
names the language, as langdetect finds it), read from `../shared/corpora`. Prints per language the
mean, p99 and max milliseconds per article (best of N passes per article, so that a stray pause of the
machine does not count) and the worst milliseconds per 100 KB of the texts of 10 KB or more, then over all
languages the worst of those and the five largest texts (budget: 50 ms per 100 KB). Then each pathological input
(long digit runs, a huge paragraph, a megabyte of prose, a 100 KB paragraph, in every language's
grammar), whose budget is 50 ms per 100 KB; a line for text that is almost only dates (linear in
their number, not a budget); and the machine's speed.

`--share`: the per-article stages of a run (paragraphs, language, quotes, dates), the functions the
Beam stages apply, run over every distinct article in one process with each stage's CPU time
counted (`time.process_time`); prints the dates stage's share (its budget is 15%). A `newsbeam run`
adds reading, Beam and Parquet on top (docs/benchmarks.md: about 10%), so its share there is smaller.

`--instructions N`: instead, the machine instructions of one steady pass of `extract_dates` over every
N-th article of the corpus (valgrind's callgrind, PYTHONHASHSEED=0, in a fresh process that first
makes one pass over them all, less the same process stopped after that pass): unlike CPU seconds on a
shared host, the count does not move with the load. With `--against REF` (a git commit or branch) the
dates engine at REF is counted the same way and the ratio printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import random
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path


from newsbeam_dev.evaluation import shared_dir
from newsbeam.transforms.dates import extract_dates
from newsbeam.transforms.lang import SUPPORTED

ANCHOR = dt.date(2005, 3, 1)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def corpus(shared: Path) -> dict[str, list[str]]:
    """Texts per language: BBC for English, multinews by folder for the others."""
    texts = {"en": [read_text(f) for f in sorted((shared / "corpora" / "bbc").glob("*/*.txt"))]}
    for lang in SUPPORTED:
        if lang != "en":
            files = sorted((shared / "corpora" / "multinews" / lang).glob("semeval2023t3/*/article*.txt"))
            texts[lang] = [read_text(f) for f in files]
    return texts


def _prose(n_chars: int, seed: int = 1, dates: bool = False) -> str:
    """Made-up news-like prose without line breaks; with `dates`, a date expression every ~400 characters."""
    rng = random.Random(seed)
    words = ("the government said on that its plans for new taxes would be announced after talks with "
             "union leaders and business groups in the capital where thousands of people gathered to "
             "protest against rising prices while officials insisted the economy was growing").split()
    when = ["on Friday", "last week", "in March 2004", "two years ago", "on 17 December", "yesterday",
            "in the third quarter", "earlier this month", "by the end of the year", "in the 1990s",
            "am 17. Dezember", "la semaine dernière", "hace dos años", "в 2019 году", "w zeszłym roku"]
    out, size = [], 0
    while size < n_chars:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30)))
        if dates and rng.random() < 0.6:
            sentence += " " + rng.choice(when)
        sentence = sentence.capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:n_chars]


def pathological_inputs() -> dict[str, str]:
    """Inputs that make careless regexes backtrack or scan quadratically: 50 ms per 100 KB at most."""
    return {
        "digits 100k": "1" * 100_000,
        "digit groups 100k": "1,2.3/4-5:" * 10_000,
        "years glued together 100k": "1999" * 25_000,
        "month names glued together 100k": "DecemberMayMarch" * 6_250,
        "spaces 100k": " " * 100_000,
        "line breaks 100k": "\n" * 100_000,
        "'the the the' 100k": "the " * 25_000,
        "relative words 100k": "vergangene letzten dernière pasado scorso прошлом zeszłym " * 1_700,
        "number words 100k": "twenty-one " * 9_090,
        "prices 100k": "2.50 13:45 " * 9_090,
        "clock prepositions 100k": "alle a las godz. ore " * 4_762,
        "one 1 MB word": "a" * 1_000_000,
        "1 MB of prose without dates": _prose(1_000_000, seed=2),
        "huge paragraph 100 KB with dates": _prose(100_000, seed=3, dates=True),
    }


def dense_dates() -> dict[str, str]:
    """100 KB that is almost only dates or date-like numbers: linear in their number, timed apart (not
    pathological: a year every five characters is no prose)."""
    return {"prose of dates": "On Friday, 17 December 2024 and Dec. 17 and the third quarter of 1999 were last week. " * 1_150,
            "years": "1999 2000 " * 10_000, "year ranges": "1999-2000 " * 10_000,
            "clock times": "alle 9.30 a las 12:00 " * 4_545}


CLOCK = time.perf_counter  # (`--cpu`: time.process_time)


def best_time(text: str, repeat: int, language: str = "en") -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = CLOCK()
        extract_dates(text, ANCHOR, language)
        best = min(best, CLOCK() - t0)
    return best * 1000


def per_language(texts: dict[str, list[str]], repeat: int) -> None:
    largest: list[tuple[int, float, str]] = []  # (characters, ms per 100 KB, language) of every text of 10 KB or more
    for lang, docs in texts.items():
        if not docs:
            print(f"{lang}: no articles found")
            continue
        extract_dates(docs[0], ANCHOR, lang)  # warm up: the language's grammar is built on its first text
        times = [best_time(t, repeat, lang) for t in docs]
        long = [ms * 100_000 / len(t) for ms, t in zip(times, docs) if len(t) >= 10_000]
        largest += [(len(t), ms * 100_000 / len(t), lang) for ms, t in zip(times, docs) if len(t) >= 10_000]
        times.sort()
        p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
        print(f"{lang}: {len(docs):5d} articles  mean {statistics.mean(times):.3f} ms/article  p99 {p99:.3f} ms  "
              f"max {times[-1]:.3f} ms  worst {max(long, default=0):.1f} ms per 100 KB ({len(long)} texts of 10 KB "
              f"or more; a shorter one's fixed cost would dominate)")
    if largest:
        size, worst, lang = max(largest, key=lambda x: x[1])
        biggest = sorted(largest)[-5:]
        print(f"inputs of 10 KB or more: worst {worst:.1f} ms per 100 KB ({lang}, {size:,d} chars; budget 50); the five "
              f"largest: " + ", ".join(f"{n:,d} chars {ms:.1f}" for n, ms, _ in reversed(biggest)) + " ms per 100 KB")


def stage_share(texts: dict[str, list[str]]) -> None:
    """Each per-article stage's CPU over every distinct article, in one process."""
    from newsbeam.transforms.article import Article
    from newsbeam.transforms.stages import STAGES

    stages = [(stage.name, stage.fn) for stage in STAGES]
    spent = {name: 0.0 for name, _ in stages}
    articles = [Article(article_id=f"{lang}-{i}", source_uri=f"mem://{lang}/{i}", text=t, encoding="utf-8",
                        content_sha256=str(i), published_at=ANCHOR)
                for lang, docs in texts.items() for i, t in enumerate(dict.fromkeys(docs))]
    for a in articles[:20]:  # warm up every stage (profiles, grammars, compiled patterns)
        for _, fn in stages:
            a = fn(a)
    for a in articles:
        for name, fn in stages:
            t0 = time.process_time()
            a = fn(a)
            spent[name] += time.process_time() - t0
    total = sum(spent.values())
    print(f"stage CPU over {len(articles)} distinct articles: " + ", ".join(
        f"{name} {s:.1f} s ({100 * s / total:.1f}%)" for name, s in spent.items()))
    print(f"dates stage: {100 * spent['dates'] / total:.1f}% of the stages' CPU "
          f"({1000 * spent['dates'] / len(articles):.3f} ms/article; budget 15% of a run)")


# One count, in its own process under callgrind: a first pass over the articles (each grammar built,
# its guards compiled, as a worker that has run a while), then, in "measure" mode only, a second one.
_COUNTED = """
import datetime as dt, pickle, sys
sys.path.insert(0, sys.argv[1])
from newsbeam.transforms.dates import extract_dates
print(extract_dates.__code__.co_filename)
anchor = dt.date.fromisoformat(sys.argv[3])
pairs = pickle.loads(open(sys.argv[2], "rb").read())
for _ in range(1 + (sys.argv[4] == "measure")):
    for text, lang in pairs:
        extract_dates(text, anchor, lang)
"""


def steady_instructions(tree: Path, pairs: Path) -> int:
    """Instructions of one steady `extract_dates` pass over the pickled (text, language) pairs with the
    dates engine in `tree`."""
    args = [str(tree), str(pairs), ANCHOR.isoformat()]
    # (once outside valgrind: a tree just unpacked compiles its modules and caches on first use)
    where = subprocess.run([sys.executable, "-c", _COUNTED, *args, "setup"], check=True, capture_output=True,
                           text=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(tree.resolve()):
        sys.exit(f"the engine counted for {tree} was imported from {where}")
    counts = []
    for mode in ("setup", "measure"):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "callgrind.out"
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c",
                            _COUNTED, *args, mode],
                           check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            with out.open() as f:
                counts.append(next(int(line.split()[1]) for line in f if line.startswith(("summary:", "totals:"))))
    return counts[1] - counts[0]


def count_instructions(texts: dict[str, list[str]], every: int, ref: str | None) -> None:
    """`--instructions` (see the module doc)."""
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    pairs = [(t, lang) for lang, docs in texts.items() for t in docs][::every]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.pickle"
        path.write_bytes(pickle.dumps(pairs))
        trees = {"this checkout": Path(__file__).resolve().parent.parent}
        if ref:
            folder = Path(tmp) / "ref"
            folder.mkdir()
            # (as the package installs it, `newsbeam.transforms`: a `newsbeam` package first on the path
            # comes before the editable install's finder, which maps the name to this checkout)
            archive = subprocess.run(["git", "-C", str(trees["this checkout"]), "archive", "--prefix=newsbeam/", ref,
                                      "transforms"], check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
            (folder / "newsbeam" / "__init__.py").touch()
            trees = {ref: folder, **trees}
        counts = {name: steady_instructions(tree, path) for name, tree in trees.items()}
    print(f"dates engine, instructions of one steady pass over {len(pairs)} articles (every {every}th, "
          f"PYTHONHASHSEED=0):")
    for name, count in counts.items():
        print(f"  {name:14s} {count:,d} ({count / len(pairs):,.0f} per article)")
    if ref:
        print(f"  ratio {counts['this checkout'] / counts[ref]:.3f} (this checkout / {ref})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="passes per article; the best one counts")
    ap.add_argument("--languages", nargs="*", default=list(SUPPORTED))
    ap.add_argument("--share", action="store_true", help="the dates stage's share of the stages' CPU")
    ap.add_argument("--cpu", action="store_true",
                    help="time each input by the CPU this process spent (time.process_time) rather than the wall "
                         "clock: on a busy shared machine the wall clock counts the waits for a core")
    ap.add_argument("--instructions", type=int, metavar="N",
                    help="count the instructions of one steady pass over every N-th article instead (callgrind)")
    ap.add_argument("--against", metavar="REF", help="with --instructions: also count the engine at git REF")
    args = ap.parse_args()
    if args.instructions:
        shared = shared_dir()
        if shared is None:
            sys.exit("--instructions needs ../shared/corpora")
        count_instructions({lang: docs for lang, docs in corpus(shared).items() if lang in args.languages},
                           args.instructions, args.against)
        return
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time

    shared = shared_dir()
    texts = {lang: docs for lang, docs in corpus(shared).items() if lang in args.languages} if shared else {}
    if texts:
        per_language(texts, args.repeat)
    else:
        print("no ../shared/corpora: corpus timing skipped")

    worst = 0.0
    for name, text in pathological_inputs().items():
        ms = max(best_time(text, 2, lang) for lang in args.languages)
        per_100k = ms * 100_000 / len(text) if text else ms
        worst = max(worst, per_100k)
        print(f"  {name:34s} {len(text):>9,d} chars  {ms:8.2f} ms (slowest language)  {per_100k:6.2f} ms per 100 KB")
    print(f"pathological worst {worst:.2f} ms per 100 KB ({'ok' if worst < 50 else 'OVER the 50 ms budget'})")
    for name, text in dense_dates().items():
        for lang in (("it", "es") if name == "clock times" else ("en", "de")):
            ms = best_time(text, 2, lang)
            n = len(extract_dates(text, ANCHOR, lang))
            heads = len(extract_dates.__globals__["language_of"](lang).index.heads(text, text.lower(), " " + text.lower()))
            print(f"dense {name} ({lang}; linear, not a budget): {len(text):,d} chars, {heads} head words, {n} dates, "
                  f"{ms:.1f} ms = {1000 * ms / max(heads, 1):.1f} us/head word")
    if args.share and texts:
        stage_share(texts)
    calibration = min(timeit.repeat("sum(range(1_000_000))", number=3, repeat=3)) / 3 * 1000
    print(f"machine: sum(range(10**6)) takes {calibration:.1f} ms here (about 10 ms on an unloaded laptop)")


if __name__ == "__main__":
    main()
