"""Large regular expressions compiled once per machine instead of once per process.

A language's date grammar holds a few very large patterns (every word a rule can begin with,
every rule of a kind of head word as one alternation), and Python compiles a pattern with
Python code: for English that was about 0.2 s of CPU in every process that read a date, more
than analysing a short article, paid again by each `watch` tick's process and each worker.
`compile` keeps what the compiler produced for a pattern (the `re` engine's program, with its
group names) in a cache folder, and next time hands it straight to the engine.

The program's format is CPython's own (`re._compiler`, `_sre`), so an entry is keyed by the exact
pattern, flags and interpreter build, and anything unexpected (another Python, an unwritable
folder, a damaged entry, which the engine's own validation rejects) falls back to `re.compile`,
which gives the same pattern. The folder is `$NEWSBEAM_CACHE_DIR`, else `$XDG_CACHE_HOME/newsbeam`,
else `~/.cache/newsbeam`; deleting it is always safe, and entries unused for a month go by
themselves (`newsbeam.transforms.machine_cache`).

`Memo` keeps, in the same folder, what is read off the patterns before they are compiled (what the
date grammars' index reads off their rules: about 0.7 s of CPU per process for the seven languages).
"""
from __future__ import annotations

import array
import hashlib
import os
import marshal
import re
import sys
import tempfile

from newsbeam.transforms.machine_cache import cache_root, mark_used, prune

try:  # CPython 3.11+: the compiler's two halves and the engine
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

__all__ = ["compile", "cache_root", "cache_folder", "Memo"]

# Shorter patterns compile in well under a tenth of a millisecond: not worth a file. (Those of 100 to
# 500 characters take about 0.4 ms, against 0.04 ms read from their file: the date grammars' index
# compiles about 160 of them on first need in each process.)
MIN_LENGTH = 100
_BUILD = f"{sys.implementation.cache_tag}|{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
# An entry holds the program's code as the bytes of an unsigned array of the engine's code size:
# marshal reads a list of 30,000 ints (a large alternation's program) in about 20 ms, as bytes
# the whole list comes back in well under one; reading the grammars of 9 languages took 2 s.
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")
_FORMAT = f"code-as-{_CODE_TYPE}-array"


def cache_folder() -> str:
    return os.path.join(cache_root(), "regex")


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the machine's cache when this pattern was compiled before."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or len(pattern) < MIN_LENGTH or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_BUILD}\0{_FORMAT}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    path = os.path.join(cache_folder(), key[:2], key + ".marshal")
    try:
        with open(path, "rb") as f:
            final_flags, code, groups, groupindex, indexgroup = marshal.load(f)
            mark_used(path, os.fstat(f.fileno()).st_mtime)
        return _sre.compile(pattern, final_flags, array.array(_CODE_TYPE, code).tolist(), groups, groupindex,
                            indexgroup)
    except Exception:  # noqa: BLE001 - missing, unreadable or not valid for this engine: compile it
        pass
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except Exception:  # noqa: BLE001 - the internals are not what this module knows: the public way
        return re.compile(pattern, flags)
    final_flags, code, *names = program
    prune(cache_folder(), depth=2)   # (a new entry: an upgrade or an edit may have left old ones)
    _store(path, (final_flags, array.array(_CODE_TYPE, code).tobytes(), *names))
    return compiled


def _program(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands to `_sre.compile` after the pattern (the engine's program)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are int subclasses)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _store(path: str, value) -> None:
    """Write the entry whole or not at all (processes may compile the same pattern at once)."""
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(value, f)
        os.replace(tmp, path)
    except (OSError, ValueError):  # a read-only home, a full disk: compute every time, as without the cache
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


class Memo:
    """The results of a pure function of strings, by argument, kept in one file of the cache folder, so
    that a process (each worker, each `watch` tick) reads them instead of computing them again.

    The function's arguments make the key, and only the code that computes it can change its results,
    so the file is named by a hash of those modules' sources (`code_files`) and of the interpreter
    build: an edited module or another Python starts a new file, and nothing need be remembered to
    invalidate one. Values are what `marshal` stores (str, None, tuples, frozensets); a missing,
    damaged or unwritable file means computing, with the same results. `save` writes what was computed
    since the file was read, merged with what other processes wrote meanwhile, in one atomic replace:
    two processes saving at once lose at most each other's additions, which the next computes again."""

    def __init__(self, name: str, *code_files: str):
        self._name, self._code_files = name, code_files
        self._entries: dict | None = None
        self._path: str | None = None
        self._added = False

    def _load(self) -> dict:
        self._entries, self._path, self._added = {}, None, False
        version = hashlib.sha256(f"{_BUILD}\0".encode())
        try:
            for code_file in self._code_files:
                with open(code_file, "rb") as f:
                    version.update(f.read() + b"\0")
        except OSError:  # (a module without a source file: no memo)
            return self._entries
        self._path = os.path.join(cache_root(), "memo", f"{self._name}-{version.hexdigest()[:32]}.marshal")
        self._entries = self._read()
        return self._entries

    def _read(self) -> dict:
        try:
            with open(self._path, "rb") as f:
                entries = marshal.load(f)
                mark_used(self._path, os.fstat(f.fileno()).st_mtime)
            return entries if isinstance(entries, dict) else {}
        except Exception:  # noqa: BLE001 - missing or damaged: computed again
            return {}

    def get(self, key, compute):
        """`compute()`, the function's result for `key`, from the file when it holds it."""
        entries = self._entries if self._entries is not None else self._load()
        try:
            return entries[key]
        except KeyError:
            pass
        value = entries[key] = compute()
        self._added = True
        return value

    def save(self) -> None:
        if self._added and self._path is not None:
            prune(os.path.dirname(self._path))
            _store(self._path, {**self._read(), **self._entries})
            self._added = False

    def clear(self) -> None:
        """Forget what was read (the folder is looked up again on next use)."""
        self._entries, self._path, self._added = None, None, False

