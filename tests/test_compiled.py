"""The compiled build of `transforms.quotes` (setup.py, `transforms.compiled`).

The install compiles the module with mypyc; `extract_quotes` runs that build only while
it was made from the source as it is now. These tests hold the build to the pure-Python
code, output for output, and check that a stale build is never used.
"""
from __future__ import annotations

import glob
import os
import warnings
from pathlib import Path

import pytest

from tests.shared_data import shared_dir
from transforms import compiled, quotes
from transforms.article import Quote

REPO = Path(__file__).resolve().parent.parent
PURE_INSTALL = os.environ.get("NEWSBEAM_COMPILE") == "0" or compiled.pure_python_asked()
TWIN = compiled.compiled_twin("transforms.quotes", quotes.__file__)
needs_twin = pytest.mark.skipif(TWIN is None, reason="no compiled build (pure-Python install)")


@pytest.mark.skipif(PURE_INSTALL, reason="pure-Python install asked for")
def test_the_install_compiled_the_quotes_module_from_its_current_source():
    assert TWIN is not None, (
        "transforms/quotes.py has no current compiled build: run `make setup` (or `pip install -e .`) "
        "after editing it, or set NEWSBEAM_COMPILE=0 for a pure-Python install")
    assert quotes._EXTRACT is TWIN._extract_quotes


@needs_twin
def test_the_compiled_build_returns_the_shared_quote_record():
    (q,) = quotes.extract_quotes("“Yes,” Peskov said.")
    assert type(q) is Quote
    assert (q.text, q.speaker, q.speaker_start) == ("Yes,", "Peskov", 7)


def _texts() -> list[tuple[str, str | None]]:
    texts = [(p.read_text(encoding="utf-8"), "en") for p in sorted((REPO / "samples" / "articles").glob("*.txt"))]
    texts += [
        ("“Nested ‘single’ quote,” she said. «Oui», dit-il. „Ja“, sagte er. ' stray \" marks “", None),
        ("«Это так», — сказал он. “No,” – powiedziała. 「はい」と彼は言った。", None),
        ('Bush: "x" ' * 50 + '\n"Yes," the official said.' * 50, "en"),
        ("", "en"),
    ]
    shared = shared_dir()
    if shared is not None:                        # a slice of real news, every 40th BBC article
        for path in sorted(glob.glob(str(shared / "corpora" / "bbc" / "*" / "*.txt")))[::40]:
            texts.append((Path(path).read_bytes().decode("utf-8", errors="replace"), "en"))
        texts.append(((shared / "corpora" / "seed" / "svo-meetings.txt").read_text(encoding="utf-8"), "en"))
    return texts


@needs_twin
def test_compiled_and_pure_python_find_the_same_quotes():
    texts = _texts()
    assert len(texts) > 5
    for text, language in texts:
        assert TWIN._extract_quotes(text, language) == quotes._extract_quotes(text, language), text[:80]


@needs_twin
def test_a_build_made_from_other_source_is_not_used(tmp_path):
    edited = tmp_path / "quotes.py"
    edited.write_bytes(Path(quotes.__file__).read_bytes() + b"\n# an edit after the install\n")
    with pytest.warns(RuntimeWarning, match="older quotes.py"):
        assert compiled.compiled_twin("transforms.quotes", str(edited)) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.compiled_twin("transforms.quotes", quotes.__file__) is TWIN


@needs_twin
def test_the_environment_can_turn_the_build_off(monkeypatch):
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert compiled.compiled_twin("transforms.quotes", quotes.__file__) is None


def test_a_module_without_a_build_or_a_twin_itself_has_no_twin():
    assert compiled.twin_name("transforms.quotes") == "transforms._quotes_compiled"
    assert compiled.compiled_twin("transforms.article", str(REPO / "transforms" / "article.py")) is None
    assert compiled.compiled_twin("transforms._quotes_compiled", quotes.__file__) is None
