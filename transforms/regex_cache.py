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
else `~/.cache/newsbeam`; deleting it is always safe.
"""
from __future__ import annotations

import array
import hashlib
import os
import marshal
import re
import sys
import tempfile

try:  # CPython 3.11+: the compiler's two halves and the engine
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

__all__ = ["compile", "cache_folder"]

# Shorter patterns compile in well under a millisecond: not worth a file.
MIN_LENGTH = 500
_BUILD = f"{sys.implementation.cache_tag}|{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
# An entry holds the program's code as the bytes of an unsigned array of the engine's code size:
# marshal reads a list of 30,000 ints (a large alternation's program) in about 20 ms, as bytes
# the whole list comes back in well under one; reading the grammars of 9 languages took 2 s.
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")
_FORMAT = f"code-as-{_CODE_TYPE}-array"


def cache_folder() -> str:
    root = os.environ.get("NEWSBEAM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsbeam")
    return os.path.join(root, "regex")


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


def _store(path: str, program: tuple) -> None:
    """Write the entry whole or not at all (processes may compile the same pattern at once)."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(program, f)
        os.replace(tmp, path)
    except OSError:  # a read-only home, a full disk: compile every time, as without the cache
        pass
