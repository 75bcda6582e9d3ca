"""`bench_quotes.py --against REF` and `--instructions N --against REF` run REF's quotes engine.

The engine at REF is unpacked with `git archive` and put first on sys.path; the installed
`newsbeam.transforms` (an editable install mapping it to this checkout) must not win, or the
benchmark compares this checkout with itself and reports a ratio of noise.
"""
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _bench_quotes():
    spec = importlib.util.spec_from_file_location("_bench_quotes_tree", REPO / "benchmarks" / "bench_quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_tree_at_a_ref_is_the_engine_imported(tmp_path):
    if subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True).returncode != 0:
        pytest.skip("not a git checkout")
    tree = _bench_quotes()._tree_at("HEAD", tmp_path / "ref")
    imported = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
         "import newsbeam.transforms.quotes.tokens as t; print(t.__file__)", str(tree)],
        check=True, capture_output=True, text=True).stdout.strip()
    assert Path(imported).is_relative_to(tree), imported
