"""The file operations a dataset's bookkeeping needs, on local disks without importing Beam.

Commands that only look at or plan a dataset (`status`, `verify`, an `ingest` that finds nothing
new) must start in a fraction of a second, and importing Apache Beam alone takes longer than
that. So a local path is handled with `os`, and only a path with a scheme (gs://, s3:// ...)
goes to Beam's `FileSystems`, imported then. The local operations behave as Beam's local
filesystem does for what newsbeam asks of it: `find` lists files only (never folders), `*`
stays within one folder name and `**` crosses folders; `delete` removes folders with their content.
"""
from __future__ import annotations

import os
import re
import shutil
from typing import BinaryIO

__all__ = ["is_remote", "join", "exists", "find", "open_read", "create", "delete", "rename", "mkdirs", "copy"]


def is_remote(path: str) -> bool:
    return "://" in path


def _beam():
    from apache_beam.io.filesystems import FileSystems

    return FileSystems


def join(base: str, *parts: str) -> str:
    return _beam().join(base, *parts) if is_remote(base) else os.path.join(base, *parts)


def exists(path: str) -> bool:
    return _beam().exists(path) if is_remote(path) else os.path.exists(path)


def find(folder: str, pattern: str) -> list[str]:
    """Files below `folder` whose path relative to it matches `pattern`, in no particular order.

    `*` matches within one name, `**` across folders (`**.parquet`: every Parquet file below).
    A missing folder holds nothing.
    """
    if is_remote(folder):
        try:
            return [m.path for m in _beam().match([join(folder, pattern)])[0].metadata_list]
        except Exception:  # noqa: BLE001 - a missing folder matches nothing
            return []
    wanted = _pattern(pattern)
    if "/" not in pattern and "**" not in pattern:  # one folder's own files: no walk below it
        try:
            with os.scandir(folder) as entries:
                return [e.path for e in entries if e.is_file() and wanted.fullmatch(e.name)]
        except (FileNotFoundError, NotADirectoryError):
            return []
    found = []
    for parent, _, files in os.walk(folder):
        below = os.path.relpath(parent, folder)
        for name in files:
            relative = name if below == "." else f"{below}/{name}"
            if wanted.fullmatch(relative):
                found.append(os.path.join(parent, name))
    return found


def _pattern(glob: str) -> re.Pattern:
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile("".join(out), re.DOTALL)


def open_read(path: str) -> BinaryIO:
    """The file's bytes as stored (never decompressed)."""
    if is_remote(path):
        from apache_beam.io.filesystem import CompressionTypes

        return _beam().open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    return open(path, "rb")


def create(path: str) -> BinaryIO:
    if is_remote(path):
        from apache_beam.io.filesystem import CompressionTypes

        return _beam().create(path, compression_type=CompressionTypes.UNCOMPRESSED)
    return open(path, "wb")


def delete(paths: list[str]) -> None:
    """Delete files, and folders with everything in them; a missing path is an error."""
    remote = [p for p in paths if is_remote(p)]
    if remote:
        _beam().delete(remote)
    for path in paths:
        if is_remote(path):
            continue
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)


def rename(src: str, dst: str) -> None:
    if is_remote(src):
        _beam().rename([src], [dst])
    else:
        os.rename(src, dst)


def mkdirs(path: str) -> None:
    if is_remote(path):
        _beam().mkdirs(path)
    else:
        os.makedirs(path, exist_ok=True)


def copy(src: str, dst: str) -> None:
    if is_remote(src):
        _beam().copy([src], [dst])
    else:
        shutil.copyfile(src, dst)
