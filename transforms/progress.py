"""Progress reports from wherever a pipeline's DoFns run, for the `newsbeam` process that started it.

The launcher (`newsbeam.pipeline.run.progress`) sets `NEWSBEAM_PROGRESS` to a folder on its own machine; each
process that runs DoFns appends lines to its own file in it. Every worker of a local run (the
in-process runner's threads, `--workers N` processes, a portable runner in loopback mode)
is counted that way, whatever runs it. Where the variable is unset or names no folder here
(Dataflow, Flink or Spark workers on other machines), reporting does nothing, and the launcher
falls back to polling the runner's Beam metrics.

Lines: `F <n>` n articles found by the first (fingerprint) read, `A <n>` n articles analysed
to the end, `S <start> <end|-> <uri as JSON>` a slice of a file read to its end (its articles analysed).
Counts are buffered and written at most every 0.25 s, and at the end of each slice and bundle.
"""
from __future__ import annotations

import json
import os
import threading
import time

__all__ = ["articles_found", "article_done", "slice_done", "flush", "ENV"]

ENV = "NEWSBEAM_PROGRESS"
_EVERY = 0.25


class _Channel:
    def __init__(self, folder: str):
        self.folder = folder
        self.fd: int | None = None
        if os.path.isdir(folder):
            path = os.path.join(folder, f"{os.getpid()}.log")
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.pending = {"F": 0, "A": 0}
        self.lines: list[str] = []
        self.written = time.monotonic()
        self.lock = threading.Lock()

    def add(self, kind: str, n: int) -> None:
        with self.lock:
            self.pending[kind] += n
            if time.monotonic() - self.written >= _EVERY:
                self._write()

    def line(self, text: str) -> None:
        with self.lock:
            self.lines.append(text)
            self._write()

    def _write(self) -> None:
        out = [f"{k} {n}" for k, n in self.pending.items() if n] + self.lines
        self.pending = {"F": 0, "A": 0}
        self.lines = []
        self.written = time.monotonic()
        if out and self.fd is not None:
            try:
                os.write(self.fd, ("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
            except OSError:  # the launcher removed the folder (the run ended): nobody is listening
                self.fd = None

    def flush(self) -> None:
        with self.lock:
            self._write()

    def close(self) -> None:
        with self.lock:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None


_channels: dict[str, _Channel] = {}
_channels_lock = threading.Lock()


def _channel() -> _Channel | None:
    folder = os.environ.get(ENV)
    if not folder:
        return None
    channel = _channels.get(folder)
    if channel is None:
        with _channels_lock:
            channel = _channels.get(folder)
            if channel is None:  # a new run (`watch` runs many in one process): the last one's file is done
                for old in _channels.values():
                    old.close()
                _channels.clear()
                channel = _channels[folder] = _Channel(folder)
    return channel if channel.fd is not None else None


def articles_found(n: int = 1) -> None:
    channel = _channel()
    if channel:
        channel.add("F", n)


def article_done(n: int = 1) -> None:
    channel = _channel()
    if channel:
        channel.add("A", n)


def slice_done(uri: str, start: int = 0, end: int | None = None) -> None:
    channel = _channel()
    if channel:
        channel.line(f"S {start} {'-' if end is None else end} {json.dumps(uri)}")


def flush() -> None:
    channel = _channel()
    if channel:
        channel.flush()
