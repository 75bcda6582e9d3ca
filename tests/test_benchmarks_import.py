"""Every benchmark and evaluation script still imports: they are run by hand, so a renamed helper
(`newsbeam_dev/corpus.py`) or a moved function would otherwise break one unnoticed until it is needed."""
import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted(p for p in (Path(__file__).resolve().parent.parent / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.name)
def test_script_imports(script):
    spec = importlib.util.spec_from_file_location(f"_bench_{script.stem}", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # (dataclasses look their module up there)
    spec.loader.exec_module(module)   # module level only: each runs its work under `if __name__ == "__main__"`
    assert script.name.startswith("_") or callable(getattr(module, "main", None)), f"{script.name} has no main()"
