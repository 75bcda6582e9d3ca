"""What the fingerprint read of a file slice found, kept for the analysing read of the same slice.

A job reads its inputs twice (`newsbeam.pipeline.run.graph`): once to fingerprint every article, so that
duplicates are known before anything is analysed, and once to analyse. Carrying whole articles
from the first read to the second would put them all through a shuffle and in memory at once;
re-reading costs opening, decoding and parsing every file again (for web pages and WARC
records, extracting each page's article again, the dearest step of reading).

This memo sits between the two: the process that fingerprinted a slice keeps what it read, and
the analysing read of that slice in the same process takes it (once) instead of reading again.
It can only miss, never answer wrongly:

- it holds at most `MAX_CHARS` characters of article text per process; a slice that does not
  fit is simply read again (memory stays bounded whatever the collection's size);
- entries are keyed by the run's id, so a later run in the same process (`newsbeam watch`)
  never sees an earlier run's reading, and a new run drops whatever the last one left;
- on a runner that fingerprints a slice on one worker and analyses it on another (any
  distributed runner may), the second worker finds nothing and reads the file, as before.

What it returns is exactly what reading returned (the same Articles and error rows), so the
duplicate decisions, the articles and the errors tables do not depend on whether it hit.
"""
from __future__ import annotations

import threading
from typing import Hashable

__all__ = ["MAX_CHARS", "ReadMemo", "memo", "forget"]

# ~16 MB of text for ASCII (CPython stores 1-4 bytes a character): about 5,000 news articles or
# 2,000 web pages. The fingerprint pass ends before the analysis starts (duplicates are grouped), so
# the memo fills up to this cap on any collection larger than it; at 64 M characters a run's peak
# memory grew 1.23x from 10,000 to 100,000 articles (bench_pipeline), over the 1.2x the memory
# target allows. What does not fit is read twice, as without the memo.
MAX_CHARS = 16 * 1024 * 1024


def _chars(item) -> int:
    """Characters an item keeps alive: an Article's text and title, an error row's message."""
    text = getattr(item, "text", None)
    if isinstance(text, str):
        return len(text) + len(getattr(item, "title", None) or "") + 256
    if isinstance(item, dict):
        return sum(len(v) for v in item.values() if isinstance(v, str)) + 128
    return 128


class ReadMemo:
    """Slice -> the items its fingerprint read gave, for one run at a time, within `max_chars`."""

    def __init__(self, max_chars: int = MAX_CHARS):
        self._max_chars = max_chars
        self._run: str | None = None
        self._items: dict[Hashable, tuple[list, int]] = {}
        self._used = 0
        self._lock = threading.Lock()   # a worker may run bundles on several threads

    def put(self, run: str, key: Hashable, items: list) -> bool:
        """Keep `items` for `key` if they fit; True when kept."""
        size = sum(map(_chars, items))
        with self._lock:
            if run != self._run:
                self._reset(run)
            if key in self._items or self._used + size > self._max_chars:
                return False
            self._items[key] = (items, size)
            self._used += size
            return True

    def take(self, run: str, key: Hashable) -> list | None:
        """The items kept for `key` in this run (removing them), or None."""
        with self._lock:
            if run != self._run:
                return None
            found = self._items.pop(key, None)
            if found is None:
                return None
            self._used -= found[1]
            return found[0]

    def forget(self) -> None:
        """Drop everything (the run is over)."""
        with self._lock:
            self._reset(None)

    @property
    def chars(self) -> int:
        return self._used

    def _reset(self, run: str | None) -> None:
        self._run = run
        self._items = {}
        self._used = 0


memo = ReadMemo()


def forget() -> None:
    """Release this process's memo (the launcher calls it when a run ends, for the in-process runner)."""
    memo.forget()
