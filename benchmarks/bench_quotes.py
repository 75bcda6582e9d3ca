"""How fast is `extract_quotes`? Prints ms/article over the BBC corpus (target: <= 0.3).

    .venv/bin/python benchmarks/bench_quotes.py [CORPUS_GLOB]

A script that prints figures, not a timed test: timings on a shared CI machine are noise.
Files are decoded as UTF-8, falling back to latin-1 (one BBC file is not valid UTF-8).
"""
from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.shared_data import require_shared  # noqa: E402
from transforms.quotes import extract_quotes  # noqa: E402


def _read(path: str) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def main() -> None:
    pattern = sys.argv[1] if len(sys.argv) > 1 else str(require_shared() / "corpora" / "bbc" / "*" / "*.txt")
    texts = [_read(p) for p in sorted(glob.glob(pattern))]
    if not texts:
        sys.exit(f"no files match {pattern}")
    extract_quotes(texts[0])                      # warm up (imports, caches)
    best = float("inf")
    n_quotes = n_speaker = 0
    for _ in range(3):                            # best of three runs
        t0 = time.perf_counter()
        found = [extract_quotes(t, "en") for t in texts]
        best = min(best, time.perf_counter() - t0)
    n_quotes = sum(len(f) for f in found)
    n_speaker = sum(1 for f in found for q in f if q.speaker)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars / len(texts):.0f} chars on average")
    print(f"{n_quotes} quotes, {n_speaker} with a speaker ({n_speaker / max(n_quotes, 1):.1%})")
    print(f"extract_quotes: {best * 1000 / len(texts):.3f} ms/article (best of 3, {best:.2f} s total)")


if __name__ == "__main__":
    main()
