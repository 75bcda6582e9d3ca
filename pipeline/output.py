"""Where a run's Parquet files go, and how they become visible all at once or not at all.

A run writes every table under `OUTPUT/.newsbeam/staging/<run_id>/` (Beam's `WriteToParquet`
keeps its `beam-temp-*` folders and deletes files matching its prefix there, where no other
run's files live). When the pipeline has succeeded, `commit` writes a plan of moves
(`COMMIT.json`) into the staging folder, then carries it out. A process killed before the plan
exists leaves only staging, which the next run deletes; one killed after it leaves a plan the
next run finishes. Either way each file lands once, and nothing half-written is ever under a
table folder. Paths go through Beam's FileSystems, so gs:// and s3:// outputs work too.
"""
from __future__ import annotations

import json
import os
import posixpath
import time
from dataclasses import dataclass

from apache_beam.io.filesystems import FileSystems

__all__ = ["OutputFolder", "StagedRun", "META_DIR"]

META_DIR = ".newsbeam"
_PLAN = "COMMIT.json"


def _join(*parts: str) -> str:
    return FileSystems.join(*parts)


def _exists(path: str) -> bool:
    return FileSystems.exists(path)


def _list(pattern: str) -> list[str]:
    try:
        return [m.path for m in FileSystems.match([pattern])[0].metadata_list]
    except Exception:  # noqa: BLE001 - a missing folder matches nothing
        return []


def _write_json(path: str, payload: dict) -> None:
    tmp = path + ".tmp"
    with FileSystems.create(tmp) as f:
        f.write(json.dumps(payload, indent=1, default=str).encode("utf-8"))
    if _exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


def _read_json(path: str) -> dict:
    with FileSystems.open(path) as f:
        return json.loads(f.read().decode("utf-8"))


def _fault_injection_pause() -> None:
    # The crash test (tests/test_crash.py) stretches the commit so that kill -9 can land inside it.
    pause = os.environ.get("NEWSBEAM_COMMIT_STEP_PAUSE")
    if pause:
        time.sleep(float(pause))


@dataclass(frozen=True)
class StagedRun:
    run_id: str
    folder: str

    def files(self, table: str) -> list[str]:
        """The finished part files of one table (Beam's temp folders excluded)."""
        return sorted(_list(_join(self.folder, table, "*.parquet")))

    def prefix_for(self, table: str) -> str:
        """The `file_path_prefix` for WriteToParquet: unique per run, so finalize deletes nothing else."""
        return _join(self.folder, table, f"part-{self.run_id}")


class OutputFolder:
    """A newsbeam output folder: table datasets plus the `.newsbeam/` bookkeeping."""

    def __init__(self, root: str, tables: tuple[str, ...]):
        self.root = root.rstrip("/") or "/"
        self.tables = tables
        self.meta = _join(self.root, META_DIR)
        self._staging = _join(self.meta, "staging")
        self.runs = _join(self.meta, "runs")

    def table_dir(self, table: str) -> str:
        return _join(self.root, table)

    def data_files(self, table: str) -> list[str]:
        return sorted(_list(_join(self.table_dir(table), "**.parquet")))

    def has_data(self) -> bool:
        return any(self.data_files(t) for t in self.tables)

    def stage(self, run_id: str) -> StagedRun:
        return StagedRun(run_id, _join(self._staging, run_id))

    def recover(self) -> list[str]:
        """Finish or discard what killed runs left behind; returns what was done, for the log."""
        done = []
        for plan in _list(_join(self._staging, "*", _PLAN)):
            folder = posixpath.dirname(plan)
            self._apply(_read_json(plan))
            FileSystems.delete([folder])
            done.append(f"finished the commit of {posixpath.basename(folder)}")
        for folder in self._staging_folders():
            FileSystems.delete([folder])
            done.append(f"removed unfinished run {posixpath.basename(folder)}")
        return done

    def unfinished_runs(self) -> list[str]:
        """Runs that were killed or are still running (their staging folders)."""
        return [posixpath.basename(f) for f in self._staging_folders()]

    def discard(self, staged: "StagedRun") -> None:
        """Drop a run that will not be committed (it failed or was interrupted)."""
        if _exists(staged.folder) and not _exists(_join(staged.folder, _PLAN)):
            FileSystems.delete([staged.folder])

    def _staging_folders(self) -> list[str]:
        if "://" not in self._staging:  # local: list folders directly (globs see files only)
            if not os.path.isdir(self._staging):
                return []
            return sorted(_join(self._staging, name) for name in os.listdir(self._staging))
        seen = set()
        for path in _list(_join(self._staging, "**")):
            rest = path[len(self._staging):].lstrip("/")
            if rest:
                seen.add(_join(self._staging, rest.split("/", 1)[0]))
        return sorted(seen)

    def commit(self, staged: StagedRun, partition: str | None = None, replace: bool = False,
               record: dict | None = None) -> dict[str, list[str]]:
        """Move the staged tables into place; returns the committed files per table."""
        moves, committed = [], {}
        for table in self.tables:
            dest = self.table_dir(table) if partition is None else _join(self.table_dir(table), partition)
            files = staged.files(table)
            committed[table] = [_join(dest, posixpath.basename(f)) for f in files]
            moves += [[src, dst] for src, dst in zip(files, committed[table])]
        removals = [f for t in self.tables for f in self.data_files(t)] if replace else []
        plan = {"run_id": staged.run_id, "remove": removals, "moves": moves,
                "record": record or {}, "record_path": _join(self.runs, f"{staged.run_id}.json")}
        _write_json(_join(staged.folder, _PLAN), plan)
        self._apply(plan)
        FileSystems.delete([staged.folder])
        return committed

    def _apply(self, plan: dict) -> None:
        """Carry out a commit plan; every step may already be done (a resumed commit)."""
        existing = [f for f in plan["remove"] if _exists(f)]
        if existing:
            FileSystems.delete(existing)
        for src, dst in plan["moves"]:
            _fault_injection_pause()
            if _exists(src):
                parent = posixpath.dirname(dst)
                if not _exists(parent):
                    FileSystems.mkdirs(parent)
                FileSystems.rename([src], [dst])
        if plan.get("record") is not None:
            _write_json(plan["record_path"], {**plan["record"], "data_files": [d for _, d in plan["moves"]]})
