"""Handing a stage's elements to N workers in shrinking chunks, so that they all finish together.

The local runner used to cut each stage's input into N fixed parts, one per worker: when the parts
cost unequal work (a slice of first copies against a slice of repeats, a long article against a
short one), one worker idled while the other finished. Here each worker takes its next chunk when
it is free, and a chunk is a share of what is left (guided self-scheduling): large chunks first,
few bundles, then smaller ones down to `min_chunk`, so the last chunks end close together.

Affinity: an element may name the worker it belongs to (the local runner names the worker that
handled the same element in an earlier stage, whose process keeps what it read: `newsbeam.transforms.read_memo`).
A worker takes its own elements first, then those of no one, then steals from the far end of the
worker with most left. Every element is handed out exactly once; a chunk given back (its worker
died before finishing it) is handed out again, whole, to a live worker, so a worker with nothing
left to take waits while others still hold chunks.
"""
from __future__ import annotations

import math
import threading
from collections import deque
from typing import Generic, Sequence, TypeVar

__all__ = ["WorkQueue"]

T = TypeVar("T")


class WorkQueue(Generic[T]):
    """Elements to hand out to `workers` workers; thread-safe."""

    def __init__(self, elements: Sequence[T], workers: int, owners: Sequence[int | None] | None = None,
                 min_chunk: int = 1, parts_per_worker: int = 2):
        if workers < 1:
            raise ValueError("a work queue needs at least one worker")
        self._workers = workers
        self._min_chunk = max(1, min_chunk)
        self._parts = max(1, parts_per_worker)
        self._own: list[deque[T]] = [deque() for _ in range(workers)]
        self._shared: deque[T] = deque()
        for i, element in enumerate(elements):
            owner = owners[i] if owners is not None else None
            (self._own[owner] if owner is not None and 0 <= owner < workers else self._shared).append(element)
        self._left = len(elements)
        self._out = 0                   # handed out, neither done nor given back
        self._returned: deque[list[T]] = deque()
        self._dead: set[int] = set()
        self._abandoned = False
        self._lock = threading.Condition()

    @property
    def left(self) -> int:
        """Elements not yet handed out (or given back)."""
        with self._lock:
            return self._left + sum(len(c) for c in self._returned)

    @property
    def unfinished(self) -> int:
        """Elements not done: not handed out, given back, or out with a worker."""
        with self._lock:
            return self._left + sum(len(c) for c in self._returned) + self._out

    def take(self, worker: int) -> list[T]:
        """The next chunk for `worker`; empty when there is nothing left to do for it.

        While nothing is left to hand out but other workers still hold chunks, this waits: a chunk
        given back must find a worker still asking."""
        with self._lock:
            while True:
                if worker in self._dead or self._abandoned:
                    return []
                if self._returned:
                    chunk = self._returned.popleft()
                    self._out += len(chunk)
                    return chunk
                if self._left:
                    chunk = self._next_chunk(worker)
                    self._out += len(chunk)
                    return chunk
                if not self._out:
                    return []
                self._lock.wait()

    def _next_chunk(self, worker: int) -> list[T]:
        live = self._workers - len(self._dead)
        size = max(self._min_chunk, math.ceil(self._left / (self._parts * live)))
        chunk: list[T] = []
        own = self._own[worker]
        while own and len(chunk) < size:
            chunk.append(own.popleft())
        while self._shared and len(chunk) < size:
            chunk.append(self._shared.popleft())
        while len(chunk) < size:
            victim = max(range(self._workers), key=lambda w: len(self._own[w]))
            if not self._own[victim]:
                break
            chunk.append(self._own[victim].pop())  # the far end: the owner works from the near one
        self._left -= len(chunk)
        return chunk

    def done(self, chunk: list[T]) -> None:
        """A chunk handed out has been processed."""
        with self._lock:
            self._out -= len(chunk)
            self._lock.notify_all()

    def give_back(self, worker: int, chunk: list[T]) -> None:
        """`worker` died with `chunk` unfinished: it takes nothing more, and the chunk goes to another worker.
        Its own elements not yet handed out become anyone's."""
        with self._lock:
            self._dead.add(worker)
            self._out -= len(chunk)
            if chunk:
                self._returned.append(list(chunk))
            own = self._own[worker]
            while own:
                self._shared.append(own.popleft())
            self._lock.notify_all()

    def abandon(self) -> None:
        """The stage failed: every worker stops asking."""
        with self._lock:
            self._abandoned = True
            self._lock.notify_all()

    def coarsen(self) -> None:
        """What is left is cheap (a chunk took next to no time): hand it out in one chunk per live worker."""
        with self._lock:
            live = self._workers - len(self._dead)
            self._min_chunk = max(self._min_chunk, math.ceil(self._left / max(1, live)))

    @property
    def live_workers(self) -> int:
        with self._lock:
            return self._workers - len(self._dead)
