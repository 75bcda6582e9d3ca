"""Find the compiled build of a hot module, and use it only while it matches the source.

`pip install` compiles `transforms/quotes.py` with mypyc (see `setup.py`) into a twin
module, `transforms/_quotes_compiled`: the same code run as C, about twice as fast. The
build stamps the twin with the SHA-256 of the source it was made from. A module asks for
its twin with `compiled_twin(__name__, __file__)` and gets it only when the stamp matches
its source file as it is now, so an edit takes effect at once (in pure Python, with a
warning) instead of being shadowed by a stale build until the next install.

NEWSBEAM_PURE_PYTHON=1 in the environment turns every twin off.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import os
import warnings
from pathlib import Path
from types import ModuleType

__all__ = ["PURE_ENV", "TWIN_SUFFIX", "compiled_twin", "pure_python_asked", "source_sha256", "twin_name"]

TWIN_SUFFIX = "_compiled"
PURE_ENV = "NEWSBEAM_PURE_PYTHON"


def pure_python_asked() -> bool:
    """Has the environment turned every twin off (NEWSBEAM_PURE_PYTHON set, and not to 0)?"""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def source_sha256(path: str | os.PathLike) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def twin_name(module_name: str) -> str:
    """`transforms.quotes` -> `transforms._quotes_compiled`."""
    package, _, name = module_name.rpartition(".")
    return f"{package}._{name}{TWIN_SUFFIX}"


def compiled_twin(module_name: str, source_file: str) -> ModuleType | None:
    """The compiled twin of module `module_name`, if built from `source_file` as it is now."""
    if module_name.endswith(TWIN_SUFFIX) or pure_python_asked():
        return None                      # (the twin runs this same code: it has no twin)
    try:
        twin = importlib.import_module(twin_name(module_name))
    except ImportError:
        return None                      # not built: a pure-Python install
    if not str(twin.__file__).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return None                      # a copy of the source, not a build
    if getattr(twin, "SOURCE_SHA256", None) != source_sha256(source_file):
        warnings.warn(
            f"{module_name}: the compiled build was made from an older {Path(source_file).name}; "
            "running the pure-Python code (reinstall, e.g. `make setup`, to rebuild)",
            RuntimeWarning, stacklevel=2)
        return None
    return twin
