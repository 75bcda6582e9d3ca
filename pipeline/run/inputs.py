"""Which files the input patterns name, each identified by its normalised absolute URI.

Patterns follow the shell's rules (bash with `globstar`, Python's `glob(recursive=True)`), not
Beam's `FileSystems.match`, whose `**` needs at least one folder and which silently drops what it
cannot list:

- `**` as a whole path component matches zero or more folders (`in/**/*.txt` finds `in/top.txt`);
  it follows links to folders, each real folder once, so a link loop ends.
- Hidden entries (a leading dot) are skipped only where a wildcard found them: `in/*` skips
  `in/.cache/`, but `/srv/.hidden/inbox/*.txt` and `~/.local/a.txt` are read, as named.
- A local file's identity is its absolute, normalised path (`inbox/a.txt`, `./inbox/a.txt` and
  `$PWD/inbox/a.txt` are one file, whatever folder newsbeam runs from); `file://` is the same.
- What cannot be read as a file is not dropped: a broken link, a folder that cannot be listed,
  a file name that is not UTF-8 (no table or manifest can hold it) or a device, socket or FIFO
  becomes a `FileInfo` with a `problem`, which the job turns into one `errors` row.

Other schemes (gs://, s3:// ...) are listed by Beam, with the same `**/` and hidden-entry rules.
"""
from __future__ import annotations

import fnmatch
import itertools
import os
import posixpath
import re
import stat
from dataclasses import dataclass
from typing import Iterator

__all__ = ["FileInfo", "InputProblem", "InputError", "list_inputs", "normalise_uri", "display_uri"]

_WILDCARD = re.compile(r"[*?[]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class InputError(ValueError):
    """An input pattern that cannot be used as given (the message says what to type instead)."""


@dataclass(frozen=True)
class InputProblem:
    """Why a matched path is not a readable file: an `errors` row's `error_type` and `message`."""
    error_type: str
    message: str


@dataclass(frozen=True)
class FileInfo:
    uri: str
    size: int
    mtime: float
    problem: InputProblem | None = None   # set: the path becomes an error row and is never opened


def normalise_uri(path: str) -> str:
    """The identity of a file named `path`: local paths absolute and normalised, `file://` dropped."""
    if path.startswith("file://"):
        path = path[len("file://"):] or "/"
    if _SCHEME.match(path):
        return path
    return os.path.abspath(path)


def display_uri(path: str) -> str:
    """`path` as valid text: bytes that are not UTF-8 shown as `\\xe9` (Linux names are bytes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def list_inputs(patterns: list[str]) -> list[FileInfo]:
    """Files (and problem paths) matching any of the patterns, each once, sorted by URI."""
    found: dict[str, FileInfo] = {}
    for pattern in patterns:
        for info in match_pattern(pattern):
            found.setdefault(info.uri, info)
    return [found[k] for k in sorted(found)]


def match_pattern(pattern: str) -> list[FileInfo]:
    """What one pattern names. Raises InputError for a folder named without a pattern."""
    uri = normalise_uri(pattern)
    if _SCHEME.match(uri):
        return _match_remote(uri)
    if os.path.lexists(uri) or not _WILDCARD.search(uri):
        # An existing path is itself, even if its name holds `[` or `*` (as in bash).
        info = _entry(uri, explicit=True)
        return [info] if info else []
    return sorted(_walk_pattern(uri), key=lambda f: f.uri)


def _walk_pattern(path: str) -> Iterator[FileInfo]:
    parts = path.split("/")[1:]
    first = next(i for i, p in enumerate(parts) if _WILDCARD.search(p))
    base = "/" + "/".join(parts[:first])
    yield from _walk(base, parts[first:])


def _walk(folder: str, rest: list[str]) -> Iterator[FileInfo]:
    head, tail = rest[0], rest[1:]
    if head == "**":
        yield from _walk_globstar(folder, tail, frozenset())
        return
    if not _WILDCARD.search(head):
        path = posixpath.join(folder, head)
        if tail:
            found = _stat_folder(path)
            if isinstance(found, FileInfo):
                yield found
            elif found:
                yield from _walk(path, tail)
        elif os.path.lexists(path):
            info = _entry(path, explicit=False)  # found below a wildcard: a folder here is skipped
            if info:
                yield info
        return
    entries = _scan(folder)
    if isinstance(entries, FileInfo):
        yield entries
        return
    for entry in entries:
        if _hidden(entry.name) and not head.startswith("."):
            continue
        if not fnmatch.fnmatchcase(entry.name, head):
            continue
        if tail:
            if _is_dir(entry):
                yield from _walk(entry.path, tail)
        else:
            info = _entry(entry.path, explicit=False)
            if info:
                yield info


def _walk_globstar(folder: str, tail: list[str], ancestors: frozenset) -> Iterator[FileInfo]:
    """`**` then `tail`: in this folder and in every non-hidden folder below it (links followed)."""
    found = _stat_folder(folder)
    if isinstance(found, FileInfo):
        yield found
        return
    if not found or found in ancestors:
        return  # not a folder, or a link back to a folder this walk is inside (a loop)
    ancestors = ancestors | {found}
    if tail:
        yield from _walk(folder, tail)
    entries = _scan(folder)
    if isinstance(entries, FileInfo):
        yield entries
        return
    for entry in entries:
        if _hidden(entry.name):
            continue
        if _is_dir(entry):
            yield from _walk_globstar(entry.path, tail, ancestors)
        elif not tail:  # `**` last: every file below
            info = _entry(entry.path, explicit=False)
            if info:
                yield info


def _scan(folder: str) -> list[os.DirEntry] | FileInfo:
    """The folder's entries sorted by name, or a problem FileInfo when it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return []
    except OSError as e:
        return _problem(folder, "unreadable", f"cannot list this folder ({type(e).__name__}: {e.strerror}); "
                                              "files in it were not read")


def _stat_folder(path: str) -> tuple[int, int] | FileInfo | None:
    """A folder's (device, inode); None when `path` is not a folder; a problem when it cannot be reached."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        return _problem(path, "unreadable", f"cannot reach this folder ({type(e).__name__}: {e.strerror}); "
                                            "files in it were not read")
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows links
    except OSError:
        return False


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _entry(path: str, explicit: bool) -> FileInfo | None:
    """A matched path as a FileInfo: a file, a problem, or None for a folder a wildcard matched."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _problem(path, "bad_file_name", "the file name is not valid UTF-8 (shown with \\x escapes); "
                                               "rename it (e.g. with convmv) to read the file")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return _problem(path, "broken_link", f"symbolic link to a missing file: {os.readlink(path)}")
        return None  # vanished between listing and now: not an input any more
    except OSError as e:  # permission denied on a parent, a link loop ...
        return _problem(path, "unreadable", f"{type(e).__name__}: {e.strerror}")
    if stat.S_ISDIR(st.st_mode):
        if explicit:
            raise InputError(f"{path} is a folder: name the files in it with a pattern, "
                             f"e.g. '{path}/*.txt' or '{path}/**' (quoted)")
        return None
    if not stat.S_ISREG(st.st_mode):
        return _problem(path, "not_a_file", "not a regular file (a device, socket or FIFO); not read")
    return FileInfo(path, st.st_size, st.st_mtime)


def _problem(path: str, error_type: str, message: str) -> FileInfo:
    try:
        st = os.lstat(path)
        size, mtime = st.st_size, st.st_mtime
    except OSError:
        size, mtime = 0, 0.0
    return FileInfo(display_uri(path), size, mtime, InputProblem(error_type, message))


def _match_remote(pattern: str) -> list[FileInfo]:
    """Beam's match for other filesystems, with `**/` also matching zero folders and hidden entries skipped."""
    from apache_beam.io.filesystems import FileSystems

    scheme_end = pattern.index("://") + 3
    parts = pattern[scheme_end:].split("/")
    globstars = [i for i, p in enumerate(parts) if p == "**" and i < len(parts) - 1]
    variants = set()
    for drop in itertools.product((False, True), repeat=len(globstars)):
        skip = {i for i, d in zip(globstars, drop) if d}
        variants.add(pattern[:scheme_end] + "/".join(p for i, p in enumerate(parts) if i not in skip))
    wild = next((i for i, p in enumerate(parts) if _WILDCARD.search(p)), len(parts))
    prefix = pattern[:scheme_end] + "/".join(parts[:wild])
    found: dict[str, FileInfo] = {}
    for result in FileSystems.match(sorted(variants)):
        for m in result.metadata_list:
            below = m.path[len(prefix):] if m.path.startswith(prefix) else m.path
            if any(_hidden(p) for p in below.split("/") if p):
                continue
            found[m.path] = FileInfo(m.path, m.size_in_bytes, float(m.last_updated_in_seconds or 0.0))
    return [found[k] for k in sorted(found)]
