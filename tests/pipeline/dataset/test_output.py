"""Staged commits: nothing half-written is visible, and an interrupted commit is finished once."""
import json
from pathlib import Path

import pytest

from newsbeam.pipeline.dataset.output import OutputFolder

TABLES = ("articles", "errors")


def _stage_files(out: OutputFolder, run_id: str) -> None:
    staged = Path(out.stage(run_id).folder)
    for table in TABLES:
        (staged / table).mkdir(parents=True)
        (staged / table / f"part-{run_id}-00000-of-00001.parquet").write_bytes(b"data")
        (staged / table / "beam-temp-x").mkdir()  # Beam's temp folder must never move


def _visible(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.parquet") if ".newsbeam" not in p.parts)


def test_commit_moves_staged_tables_into_place_and_records_the_run(tmp_path):
    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "r1")
    assert _visible(tmp_path) == [] and not out.has_dataset()
    committed = out.commit(out.stage("r1"), record={"run_id": "r1"})
    assert _visible(tmp_path) == ["articles/part-r1-00000-of-00001.parquet", "errors/part-r1-00000-of-00001.parquet"]
    assert committed["articles"] == [str(tmp_path / "articles/part-r1-00000-of-00001.parquet")]
    assert out.has_dataset()
    assert not Path(out.stage("r1").folder).exists()
    assert json.loads((tmp_path / ".newsbeam/runs/r1.json").read_text())["run_id"] == "r1"


def test_partitioned_commit_and_replace(tmp_path):
    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "r1")
    out.commit(out.stage("r1"), partition="ingest_date=2024-01-01")
    _stage_files(out, "r2")
    out.commit(out.stage("r2"), reset=True)
    assert _visible(tmp_path) == ["articles/part-r2-00000-of-00001.parquet", "errors/part-r2-00000-of-00001.parquet"]
    assert sorted(p.name for p in (tmp_path / ".newsbeam/runs").iterdir()) == ["r2.reset.json"]


def test_recover_discards_a_run_killed_before_its_commit(tmp_path):
    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "dead")
    assert out.recover() == ["removed unfinished run dead"]
    assert _visible(tmp_path) == [] and not (tmp_path / ".newsbeam/staging/dead").exists()


def test_recover_finishes_a_commit_killed_half_way(tmp_path, monkeypatch):
    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "r1")
    import newsbeam.pipeline.dataset.output as output

    real_apply = OutputFolder._apply
    calls = []

    def crash_after_plan(self, plan):  # the plan is on disk; the process dies before moving
        calls.append(plan)
        raise KeyboardInterrupt

    monkeypatch.setattr(OutputFolder, "_apply", crash_after_plan)
    try:
        out.commit(out.stage("r1"), record={"run_id": "r1"})
    except KeyboardInterrupt:
        pass
    monkeypatch.setattr(OutputFolder, "_apply", real_apply)
    assert _visible(tmp_path) == []
    # Half of the moves happen, then another crash: the plan must still complete exactly once.
    first_move = calls[0]["moves"][0]
    Path(first_move[1]).parent.mkdir(parents=True)
    Path(first_move[0]).rename(first_move[1])
    assert out.recover() == ["finished the commit of r1"]
    assert _visible(tmp_path) == ["articles/part-r1-00000-of-00001.parquet", "errors/part-r1-00000-of-00001.parquet"]
    assert out.recover() == []
    assert output.META_DIR == ".newsbeam"


def test_moved_files_stay_invisible_until_the_record_commits_them(tmp_path, monkeypatch):
    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "r1")
    out.commit(out.stage("r1"), record={"run_id": "r1"})
    _stage_files(out, "r2")
    import newsbeam.pipeline.dataset.output as output

    def die_before_the_record(path, payload):
        if "/runs/" in path:
            raise KeyboardInterrupt
        real_write(path, payload)

    real_write = output.write_json
    monkeypatch.setattr(output, "write_json", die_before_the_record)
    with pytest.raises(KeyboardInterrupt):
        out.commit(out.stage("r2"), reset=True, record={"run_id": "r2"})
    monkeypatch.setattr(output, "write_json", real_write)
    # Every file of r2 is in place, and readers still see exactly r1.
    assert len(_visible(tmp_path)) == 4
    assert [Path(f).name for f in out.visible_files("articles")] == ["part-r1-00000-of-00001.parquet"]
    assert out.recover() == ["finished the commit of r2", "removed 1 replaced run(s) (2 files)"]
    assert [Path(f).name for f in out.visible_files("articles")] == ["part-r2-00000-of-00001.parquet"]
    assert _visible(tmp_path) == ["articles/part-r2-00000-of-00001.parquet", "errors/part-r2-00000-of-00001.parquet"]
    record = json.loads((tmp_path / ".newsbeam/runs/r2.reset.json").read_text())
    assert record["data_files"] == ["articles/part-r2-00000-of-00001.parquet", "errors/part-r2-00000-of-00001.parquet"]


def test_the_commit_fsyncs_what_it_writes(tmp_path, monkeypatch):
    import os

    out = OutputFolder(str(tmp_path), TABLES)
    _stage_files(out, "r1")
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    out.commit(out.stage("r1"), partition="ingest_date=2024-01-01", record={"run_id": "r1"})
    staged = str(tmp_path / ".newsbeam/staging/r1")
    for table in TABLES:  # the data before the plan to move it, then the folders it moved into
        assert f"{staged}/{table}/part-r1-00000-of-00001.parquet" in synced
        assert str(tmp_path / table / "ingest_date=2024-01-01") in synced
    assert f"{staged}/COMMIT.json.tmp" in synced and staged in synced
    assert str(tmp_path / ".newsbeam/runs/r1.json.tmp") in synced and str(tmp_path / ".newsbeam/runs") in synced
    assert synced.index(str(tmp_path / "articles" / "ingest_date=2024-01-01")) < synced.index(
        str(tmp_path / ".newsbeam/runs/r1.json.tmp"))  # the moves are durable before the record commits them
