"""newsbeam's cache folder on this machine, and keeping it from growing without bound.

Every cache newsbeam keeps (compiled patterns, the date index's memo, the language arrays, the
report's JavaScript) lives under one folder, and each entry is keyed by what made it: the code's
sources, the interpreter build, the profile files. An upgrade, another virtual environment or an
edited module therefore starts new entries and leaves the old ones unused, and nothing would ever
remove them. So an entry a process reads has its time refreshed (at most once a day), and a cache
about to write a new entry first removes the entries of its kind unused for `MAX_AGE_DAYS` (looked
for at most once a day per kind). A removed entry only costs computing it again.
"""
from __future__ import annotations

import os
import shutil
import time

__all__ = ["cache_root", "mark_used", "prune", "MAX_AGE_DAYS"]

MAX_AGE_DAYS = 30
_DAY = 86400.0


def cache_root() -> str:
    """newsbeam's cache folder on this machine, shared by every cache it keeps (patterns, memos,
    language arrays, the report's JavaScript): one variable moves them all."""
    return os.environ.get("NEWSBEAM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsbeam")


def mark_used(path: str, mtime: float | None = None) -> None:
    """Say that the entry at `path` (a file or a folder) is in use, so pruning keeps it: its time is
    set to now when older than a day (one write a day, not one per process). `mtime`, when the caller
    has it from a stat it made anyway, saves another."""
    try:
        if mtime is None:
            mtime = os.stat(path).st_mtime
        if time.time() - mtime > _DAY:
            os.utime(path)
    except OSError:  # gone meanwhile, or a read-only cache: nothing to keep fresh
        pass


def prune(folder: str, depth: int = 1, max_age_days: float = MAX_AGE_DAYS) -> int:
    """Remove the entries of one cache kind (`folder`'s files and folders, or at `depth` 2 those one
    level further down) not used for `max_age_days`, unless the kind was pruned less than a day ago.
    Returns how many were removed. Never raises: a cache that cannot be pruned is no error."""
    now = time.time()
    # (beside the folder, not in it: the folder holds entries only)
    stamp = os.path.join(os.path.dirname(folder), f".{os.path.basename(folder)}.pruned")
    try:
        if now - os.stat(stamp).st_mtime < _DAY:
            return 0
    except FileNotFoundError:
        pass
    except OSError:
        return 0
    try:
        os.makedirs(os.path.dirname(stamp), exist_ok=True)
        with open(stamp, "a"):
            pass
        os.utime(stamp)
    except OSError:
        return 0
    oldest = now - max_age_days * _DAY
    removed = 0
    for entry in _entries(folder, depth):
        try:
            if entry.stat(follow_symlinks=False).st_mtime >= oldest:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:  # another process removed or replaced it first
            continue
    return removed


def _entries(folder: str, depth: int):
    try:
        with os.scandir(folder) as found:
            children = list(found)
    except OSError:
        return
    for child in children:
        if depth > 1 and child.is_dir(follow_symlinks=False):
            yield from _entries(child.path, depth - 1)
        else:
            yield child
