"""The progress line of a running job: files and articles done, rate, elapsed time, ETA.

On a terminal it is one line on stderr, redrawn in place a few times a second and erased at the
end; otherwise (a log, a pipe) a plain line every `every` seconds, and one with the final counts,
none for a job shorter than that; `mode="off"` (`--quiet`) prints nothing.

Where the counts come from: every process that runs the pipeline's DoFns reports to a folder
this process creates (`newsbeam.transforms.progress`), so every local worker is counted, threads or
processes. A runner whose workers are elsewhere leaves the folder empty; then, once the
runner has returned a result while the job runs (Dataflow, Flink, Spark do), its Beam metrics
are polled instead (`articles_written`, `files_read`). A runner that offers neither still runs;
it just shows elapsed time.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time
from typing import TextIO

from newsbeam.transforms import progress as channel

__all__ = ["Progress", "Counts", "format_line"]


class Counts:
    """What the workers have reported so far."""

    def __init__(self, files: int):
        self.files = files
        self.found = 0          # articles found by the first read (the total, once analysis starts)
        self.done = 0           # articles analysed
        self.files_done = 0
        self._slices: dict[str, list[tuple[int, int | None]]] = {}
        self.first_done_at: float | None = None
        self.last_done_at: float | None = None

    def read_line(self, line: str, now: float) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "F":
            self.found += int(rest)
        elif kind == "A":
            if self.first_done_at is None:
                self.first_done_at = now
            self.last_done_at = now
            self.done += int(rest)
        elif kind == "S":
            start, end, uri = rest.split(" ", 2)
            slices = self._slices.setdefault(json.loads(uri), [])
            slices.append((int(start), None if end == "-" else int(end)))
            if _covers_file(slices):
                self.files_done += 1


def _covers_file(slices: list[tuple[int, int | None]]) -> bool:
    """The slices reported so far tile the file from byte 0 to its end."""
    reach: int | None = 0
    for start, end in sorted(slices, key=lambda s: s[0]):
        if reach is None or start != reach:
            return False
        reach = end
    return reach is None


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def format_line(c: Counts, elapsed: float, now: float) -> str:
    """`newsbeam: 81/510 files, 81/510 articles, 40 articles/s, 0:14 elapsed, ETA 0:10`, and the phases around it."""
    clock = f"{_clock(elapsed)} elapsed"
    if c.first_done_at is None:
        if not c.found:
            return f"newsbeam: starting the job for {c.files:,} files, {clock}"
        return f"newsbeam: reading {c.files:,} files: {c.found:,} articles found, {clock}"
    known_total = c.found >= c.done > 0
    parts = [f"{c.files_done:,}/{c.files:,} files",
             f"{c.done:,}/{c.found:,} articles" if known_total else f"{c.done:,} articles"]
    running = (c.last_done_at or now) - c.first_done_at
    rate = c.done / running if running >= 1 else None
    if rate:
        parts.append(f"{rate:,.0f} articles/s" if rate >= 10 else f"{rate:.1f} articles/s")
    parts.append(clock)
    if known_total and c.done == c.found:
        parts.append("writing the tables")
    elif known_total and rate:
        parts.append(f"ETA {_clock((c.found - c.done) / rate)}")
    return "newsbeam: " + ", ".join(parts)


class Progress:
    """Context manager around a pipeline run; `follow(result)` adds metric polling for remote runners."""

    def __init__(self, files: int, mode: str = "auto", every: float = 30.0, stream: TextIO | None = None):
        self._stream = stream or sys.stderr
        if mode == "auto":
            mode = "tty" if _is_terminal(self._stream) else "lines"
        self._mode = mode
        self._every = every if mode == "lines" else 0.2
        self.counts = Counts(files)
        self._folder: str | None = None
        self._env_before: str | None = None
        self._result = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._offsets: dict[str, int] = {}
        self._started = time.monotonic()
        self._shown = False
        self._last_line = ""

    def __enter__(self) -> "Progress":
        if self._mode == "off":
            return self
        self._folder = tempfile.mkdtemp(prefix="newsbeam-progress-")
        self._env_before = os.environ.get(channel.ENV)
        os.environ[channel.ENV] = self._folder  # worker processes inherit it when the runner starts them
        self._thread = threading.Thread(target=self._loop, name="newsbeam-progress", daemon=True)
        self._thread.start()
        return self

    def follow(self, result) -> None:
        """The runner's result while the job runs: its metrics are polled if no worker reports directly."""
        self._result = result

    def __exit__(self, *exc) -> None:
        if self._mode == "off":
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._collect()
        if self._mode == "tty" and self._shown:
            if exc[0] is None:
                self._show()  # the final counts, however quickly the last bundles came in
            self._stream.write("\r\x1b[K")  # the summary takes its place
            self._stream.flush()
        elif self._mode == "lines" and self._shown and exc[0] is None:
            self._show()  # a log ends with the final counts
        if self._env_before is None:
            os.environ.pop(channel.ENV, None)
        else:
            os.environ[channel.ENV] = self._env_before
        shutil.rmtree(self._folder, ignore_errors=True)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                self._collect()
                self._show()
            except Exception:  # noqa: BLE001 - progress must never break the job it reports on
                pass

    def _collect(self) -> None:
        now = time.monotonic()
        for name in sorted(os.listdir(self._folder)):
            path = os.path.join(self._folder, name)
            with open(path, "rb") as f:
                f.seek(self._offsets.get(name, 0))
                data = f.read()
            complete = data[:data.rfind(b"\n") + 1]  # a line still being written waits for the next look
            self._offsets[name] = self._offsets.get(name, 0) + len(complete)
            for line in complete.decode("utf-8", "surrogateescape").splitlines():
                self.counts.read_line(line, now)
        if self._result is not None and not self._offsets:
            self._poll_metrics(now)

    def _poll_metrics(self, now: float) -> None:
        try:
            found = self._result.metrics().query()["counters"]
        except Exception:  # noqa: BLE001 - this runner has no live metrics: elapsed time only
            self._result = None
            return
        values: dict[str, int] = {}
        for c in found:
            value = c.committed if c.committed is not None else c.attempted
            values[c.key.metric.name] = values.get(c.key.metric.name, 0) + int(value or 0)
        if values.get("articles_written") and self.counts.first_done_at is None:
            self.counts.first_done_at = now
        self.counts.done = values.get("articles_written", 0)
        self.counts.files_done = min(values.get("files_read", 0), self.counts.files)

    def _show(self) -> None:
        now = time.monotonic()
        line = format_line(self.counts, now - self._started, now)
        if self._mode == "tty":
            if line == self._last_line:
                return
            width = shutil.get_terminal_size((100, 20)).columns
            self._stream.write("\r" + line[:width - 1] + "\x1b[K")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
        self._shown = True
        self._last_line = line


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
