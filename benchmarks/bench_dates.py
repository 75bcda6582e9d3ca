"""Time `transforms.dates.extract_dates` per article, and on pathological inputs.

    .venv/bin/python benchmarks/bench_dates.py [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to the shared BBC corpus (`../shared/corpora/bbc`, files `*/*.txt`; one is
latin-1). Prints mean, p99 and max milliseconds per article (best of N passes per article, so that
a stray pause of the machine does not count), then the time of each pathological input, which must
stay under 50 ms: long digit runs, a huge paragraph, a megabyte of prose, a 100 KB paragraph. A
last line times text that is almost only dates (linear in their number) and the machine's speed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transforms.dates import extract_dates  # noqa: E402

ANCHOR = dt.date(2005, 3, 1)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _prose(n_chars: int, seed: int = 1, dates: bool = False) -> str:
    """Made-up news-like prose without line breaks; with `dates`, a date expression every ~400 characters."""
    rng = random.Random(seed)
    words = ("the government said on that its plans for new taxes would be announced after talks with "
             "union leaders and business groups in the capital where thousands of people gathered to "
             "protest against rising prices while officials insisted the economy was growing").split()
    when = ["on Friday", "last week", "in March 2004", "two years ago", "on 17 December", "yesterday",
            "in the third quarter", "earlier this month", "by the end of the year", "in the 1990s"]
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
    """Inputs that make careless regexes backtrack or scan quadratically; each must take < 50 ms."""
    return {
        "digits 100k": "1" * 100_000,
        "digit groups 100k": "1,2.3/4-5:" * 10_000,
        "years glued together 100k": "1999" * 25_000,
        "month names glued together 100k": "DecemberMayMarch" * 6_250,
        "spaces 100k": " " * 100_000,
        "line breaks 100k": "\n" * 100_000,
        "'the the the' 100k": "the " * 25_000,
        "number words 100k": "twenty-one " * 9_090,
        "one 1 MB word": "a" * 1_000_000,
        "1 MB of prose without dates": _prose(1_000_000, seed=2),
        "huge paragraph 100 KB with dates": _prose(100_000, seed=3, dates=True),
    }


def dense_dates() -> str:
    """100 KB that is almost only dates: linear in the number of dates, timed apart (not pathological)."""
    return "On Friday, 17 December 2024 and Dec. 17 and the third quarter of 1999 were last week. " * 1_150


def best_time(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract_dates(text, ANCHOR, "en")
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path,
                    default=Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--repeat", type=int, default=3, help="passes per article; the best one counts")
    args = ap.parse_args()

    files = sorted(args.corpus.glob("*/*.txt"))
    if files:
        texts = [read_text(f) for f in files]
        extract_dates(texts[0], ANCHOR, "en")  # warm up
        times = sorted(best_time(t, args.repeat) for t in texts)
        p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
        n_dates = sum(len(extract_dates(t, ANCHOR, "en")) for t in texts)
        print(f"{len(files)} articles from {args.corpus}: mean {statistics.mean(times):.3f} ms/article, "
              f"p99 {p99:.3f} ms, max {times[-1]:.3f} ms ({n_dates} dates)")
    else:
        print(f"no */*.txt under {args.corpus}: corpus timing skipped")

    worst = 0.0
    for name, text in pathological_inputs().items():
        ms = best_time(text, 2)
        worst = max(worst, ms)
        print(f"  {name:34s} {len(text):>9,d} chars  {ms:8.2f} ms")
    print(f"pathological worst {worst:.2f} ms ({'ok' if worst < 50 else 'OVER the 50 ms budget'})")
    text = dense_dates()
    n = len(extract_dates(text, ANCHOR, "en"))
    ms = best_time(text, 2)
    print(f"dense dates (linear, not a budget): {len(text):,d} chars, {n} dates in {ms:.1f} ms = "
          f"{1000 * ms / n:.1f} us/date")
    calibration = min(timeit.repeat("sum(range(1_000_000))", number=3, repeat=3)) / 3 * 1000
    print(f"machine: sum(range(10**6)) takes {calibration:.1f} ms here (about 10 ms on an unloaded laptop)")


if __name__ == "__main__":
    main()
