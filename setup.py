"""Build step: compile the hot per-article module with mypyc (metadata is in pyproject.toml).

`transforms/quotes.py` is copied to a twin module, `transforms/_quotes_compiled.py`,
stamped with the SHA-256 of the source, and compiled to C; `transforms.compiled` uses
the twin only while the stamp matches the source, so the Python file stays the one truth.

    NEWSBEAM_COMPILE=0 pip install -e .     # pure Python only, no compiler needed

Without a working C compiler the extension is skipped with a warning and the install is
pure Python. A type error in the module fails the build: mypyc would turn a wrong
annotation into a runtime TypeError.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
HOT_MODULES = ["transforms.quotes"]
# Only these commands build extensions; metadata steps (egg_info, dist_info) skip the compile.
BUILD_COMMANDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def compiled_twins() -> list:
    if os.environ.get("NEWSBEAM_COMPILE", "1") == "0" or not BUILD_COMMANDS & set(sys.argv[1:]):
        return []
    sys.path.insert(0, str(ROOT))
    from mypyc.build import mypycify

    from transforms.compiled import source_sha256, twin_name

    twins = []
    for module in HOT_MODULES:
        source = ROOT / (module.replace(".", "/") + ".py")
        twin = ROOT / (twin_name(module).replace(".", "/") + ".py")
        twin.write_text(source.read_text(encoding="utf-8")
                        + f'\n\nSOURCE_SHA256: Final = "{source_sha256(source)}"\n', encoding="utf-8")
        twins.append(twin)
    try:
        extensions = mypycify(["--ignore-missing-imports", *(str(t.relative_to(ROOT)) for t in twins)])
    finally:
        for twin in twins:            # the C code is generated: the copies have served
            twin.unlink()
    for extension in extensions:
        extension.optional = True     # no compiler: warn and install pure Python
    return extensions


setup(ext_modules=compiled_twins())
