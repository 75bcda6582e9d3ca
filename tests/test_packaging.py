"""What the wheel installs: one `newsbeam` namespace (no top-level `pipeline` or `transforms` to clash
with other packages), with configs/default.yaml inside it, read by an installed copy run anywhere."""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import tomllib
import zipfile

import pytest

from newsbeam_dev.evaluation import REPO

OLD_NAMES = ("pipeline", "transforms")


def test_pyproject_lists_every_package_under_its_installed_name():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {f"newsbeam.{d.parent.relative_to(REPO).as_posix().replace('/', '.')}"
               for top in OLD_NAMES for d in (REPO / top).rglob("__init__.py")}
    assert set(setuptools["packages"]) == folders | {"newsbeam.configs"}
    assert setuptools["package-dir"] == {f"newsbeam.{top}": top for top in (*OLD_NAMES, "configs")}


def test_nothing_in_the_repository_uses_the_old_top_level_names():
    """The codemod in check mode: a module or test written against `import pipeline...` (say, merged
    from an older branch) would load a second copy of a module from the source folder."""
    done = subprocess.run([sys.executable, str(REPO / "tools" / "namespace_codemod.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, "run tools/namespace_codemod.py:\n" + done.stdout + done.stderr


def test_a_run_imports_no_module_under_the_old_names(tmp_path):
    """Run from the repository, where plain `pipeline` is importable and a stale import would work."""
    script = (f"import sys; from newsbeam.pipeline.cli.main import main; "
              f"code = main(['run', {str(REPO / 'samples/articles/*.txt')!r}, '-o', {str(tmp_path / 'out')!r}, '-q']); "
              f"print(code, [m for m in sys.modules if m.split('.')[0] in {OLD_NAMES!r}])")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.stdout.split()[-2:] == ["0", "[]"], done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from this tree, installed into a fresh virtual environment whose
    dependencies come from the test environment's site-packages (a plain path there, so the
    editable install's import hook is not loaded)."""
    root = tmp_path_factory.mktemp("wheel")
    # built from a copy: setuptools' build/ folder in the checkout could hold modules since deleted
    source = root / "source"
    for name in ("pipeline", "transforms", "configs"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(root / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    wheel, = (root / "dist").glob("newsbeam-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")], check=True)
    python = root / "venv" / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (root / "venv" / purelib.removeprefix(str(root / "venv") + "/") / "deps.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    return wheel, root / "venv" / "bin", tmp_path_factory.mktemp("elsewhere")


def test_the_wheel_installs_one_namespace_with_its_config(installed):
    wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"newsbeam", wheel.name.split("-py3")[0] + ".dist-info"}
    assert "newsbeam/configs/default.yaml" in names
    assert "newsbeam/pipeline/cli/main.py" in names and "newsbeam/transforms/quotes/__init__.py" in names
    assert not any(n.startswith("newsbeam/configs/") and n.endswith(".py") for n in names)


def test_an_installed_copy_reads_its_packaged_config(installed):
    _, bin_dir, elsewhere = installed
    script = ("import json; from newsbeam.pipeline import config; "
              "print(json.dumps([str(config.DEFAULT_CONFIG), config.load_config().workers]))")
    where = json.loads(subprocess.run([bin_dir / "python", "-c", script], cwd=elsewhere, capture_output=True,
                                      text=True, check=True).stdout)
    assert where[0].startswith(str(bin_dir.parent)) and where[0].endswith("newsbeam/configs/default.yaml")
    # the file is what is read, not the code's defaults: a changed value there changes the config
    default_yaml = bin_dir.parent / where[0].removeprefix(str(bin_dir.parent) + "/")
    original = default_yaml.read_text(encoding="utf-8")
    try:
        default_yaml.write_text(original.replace("\nworkers: 1", "\nworkers: 3"), encoding="utf-8")
        changed = json.loads(subprocess.run([bin_dir / "python", "-c", script], cwd=elsewhere, capture_output=True,
                                            text=True, check=True).stdout)
        assert changed[1] == 3
    finally:
        default_yaml.write_text(original, encoding="utf-8")
    help_text = subprocess.run([bin_dir / "newsbeam", "--help"], cwd=elsewhere, capture_output=True, text=True)
    assert help_text.returncode == 0 and "newsbeam" in help_text.stdout


def test_an_installed_copy_runs_with_two_workers_from_another_folder(installed):
    """The fork server and its workers are started as `python -m newsbeam.pipeline.run...`, and
    Beam pickles the stages by module name: all of it must resolve without the source tree."""
    _, bin_dir, elsewhere = installed
    out = elsewhere / "out"
    done = subprocess.run([bin_dir / "newsbeam", "run", str(REPO / "samples/articles/*.txt"),
                           str(REPO / "samples/feeds/*.jsonl"), "-o", str(out), "--workers", "2", "-q"],
                          cwd=elsewhere, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": ""})
    assert done.returncode == 0, done.stderr
    tables = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert tables == {"articles", "paragraphs", "quotes", "dates", "errors"}
    count = subprocess.run([bin_dir / "newsbeam", "query", "--output", str(out), "--format", "json",
                            "SELECT count(*) AS n FROM articles"], cwd=elsewhere, capture_output=True, text=True)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout) == {"n": 9}
