"""One writer per output folder at a time.

An OS file lock (`flock`) on `OUTPUT/.newsbeam/lock`: the kernel releases it when the holder
exits for any reason, kill -9 included, so a crash never leaves a stale lock behind. Works
for local (and NFSv4) output folders; on object stores (gs://, s3://) there is no lock and
the scheduler must not start overlapping runs (see README).
"""
from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

__all__ = ["OutputLocked", "output_lock"]


class OutputLocked(RuntimeError):
    """Another newsbeam process is writing to the same output folder."""


class output_lock:
    """Context manager holding the folder's lock; waits up to `wait_seconds`, then raises OutputLocked."""

    def __init__(self, meta_dir: str, wait_seconds: float = 0.0):
        self._remote = "://" in str(meta_dir)  # Path() would fold gs://b into gs:/b
        self._path = Path(meta_dir) / "lock"
        self._wait = wait_seconds
        self._fd: int | None = None

    def __enter__(self) -> "output_lock":
        if self._remote:
            return self  # no locking on object stores
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self._wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
                    os.close(fd)
                    raise OutputLocked(f"{self._path.parent.parent} is being written by {holder}; "
                                       "try again when it has finished") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"newsbeam pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
