"""The product stands alone: nothing in `pipeline/` or `transforms/` imports the dev tooling
(`newsbeam_dev`, `tests`, `benchmarks`), which a wheel does not ship."""
import ast

import pytest

from newsbeam_dev.evaluation import REPO

DEV_PACKAGES = {"newsbeam_dev", "tests", "benchmarks"}
PRODUCT = sorted(p for folder in ("pipeline", "transforms") for p in (REPO / folder).rglob("*.py"))


@pytest.mark.parametrize("path", PRODUCT, ids=lambda p: str(p.relative_to(REPO)))
def test_the_product_imports_no_dev_tooling(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not {name for name in imported if name.split(".")[0] in DEV_PACKAGES}
