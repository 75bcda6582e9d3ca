"""What keeps commands quick to start: the ones that need no job import no Beam (nor DuckDB when they
need no SQL), the dataset's bookkeeping works on local disks without Beam, and runs started within
one second still sort in the order they ran."""
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import cli_query, query, storage
from pipeline.jobs import new_run_id
from newsbeam_dev.evaluation import REPO

STORY = "Harbour story\n\nThe council said on Monday that the new pier would open in May 2026.\n"


def modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh process holds after running `newsbeam ARGV` (which must succeed)."""
    script = textwrap.dedent(f"""
        import sys
        from pipeline.cli import main
        assert main({argv!r}) == 0
        print("MODULES", *sorted(m for m in sys.modules if m.split(".")[0] in ("apache_beam", "duckdb")))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    return {m.split(".")[0] for m in done.stdout.splitlines()[-1].split()[1:]}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("quick")
    (folder / "story.txt").write_text(STORY)
    from pipeline.cli import main
    assert main(["ingest", str(folder / "story.txt"), "-o", str(folder / "data"), "-q"]) == 0
    return folder / "story.txt", folder / "data"


def test_commands_without_a_job_import_no_beam(dataset):
    story, data = dataset
    assert modules_after(["ingest", str(story), "-o", str(data), "-q"]) == set()  # nothing new
    assert modules_after(["status", "-o", str(data), str(story)]) == set()
    assert modules_after(["verify", "-o", str(data)]) == set()
    assert modules_after(["stats", "-o", str(data)]) == {"duckdb"}


def test_the_query_commands_default_timeout_is_the_librarys():
    assert cli_query.DEFAULT_TIMEOUT == query.DEFAULT_TIMEOUT


def test_runs_in_one_second_sort_in_the_order_they_ran():
    ids = [new_run_id()]
    for _ in range(50):
        ids.append(new_run_id(ids[-1]))
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    full = ids[0][:17] + "ffffff"  # this second's ids are used up: the next one is in the next second
    assert new_run_id(full) > full


def test_local_files_are_found_as_beam_finds_them(tmp_path):
    for name in ("a.parquet", "b.json", "sub/c.parquet", "sub/deeper/d.parquet", "run1/COMMIT.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = lambda pattern: sorted(Path(p).relative_to(tmp_path).as_posix() for p in storage.find(str(tmp_path), pattern))
    assert found("*.parquet") == ["a.parquet"]                      # `*` stays in one folder
    assert found("**.parquet") == ["a.parquet", "sub/c.parquet", "sub/deeper/d.parquet"]
    assert found("*/COMMIT.json") == ["run1/COMMIT.json"]
    assert found("sub") == [] and storage.find(str(tmp_path / "missing"), "*.json") == []  # files only
    storage.delete([str(tmp_path / "sub")])
    assert not (tmp_path / "sub").exists()
