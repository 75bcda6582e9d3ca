"""Where a run's Parquet files go, and how they become visible all at once or not at all.

A run writes every table under `OUTPUT/.newsbeam/staging/<run_id>/` (`newsbeam.pipeline.dataset.staged_tables`:
its writers' temporary files and the run's tally live there too, where no other run's files
live). When the pipeline has succeeded, `commit`:

1. flushes the staged files to disk and writes a plan of moves (`COMMIT.json`) into staging;
2. moves the files into the table folders, where readers do not see them yet: a reader shows
   only the files of committed runs (`newsbeam.pipeline.dataset.records`);
3. writes the run's record into `.newsbeam/runs/`, atomically: this is the commit point. A
   `reset` run (`newsbeam run`) supersedes every earlier run at this moment;
4. deletes what a reset superseded (earlier runs' files, then their records), and staging.

A process killed before the plan exists leaves only staging, which the next writer deletes;
one killed after it leaves a plan the next writer finishes (`recover`). Readers see the last
committed state throughout, never a mix. Paths go through Beam's FileSystems, so gs:// and
s3:// outputs work too (`newsbeam.pipeline.dataset.storage`: local paths never import Beam); on a local disk every
file and folder the commit writes is fsynced.
"""
from __future__ import annotations

import json
import os
import posixpath
import time
from dataclasses import dataclass

from newsbeam.pipeline.dataset import storage
from newsbeam.pipeline.dataset.records import RecordName, current_and_superseded, damaged, record_name, run_of_part

__all__ = ["OutputFolder", "StagedRun", "META_DIR", "write_json", "read_json", "read_columns"]

META_DIR = ".newsbeam"
_PLAN = "COMMIT.json"


_join = storage.join
_exists = storage.exists


def _is_local(path: str) -> bool:
    return not storage.is_remote(path)


def _fsync(path: str) -> None:
    """Flush a local file or folder to disk (a folder: the names created or removed in it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_all(paths: list[str]) -> None:
    """`_fsync` each path, at the same time: each flush of a renamed file waits for the file system's
    journal, and concurrent flushes share its commits (one per bundle and table, one after another,
    took 0.3 s of a 2-worker run's commit on a busy disk)."""
    if len(paths) <= 1:
        for path in paths:
            _fsync(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(16, len(paths)), thread_name_prefix="newsbeam-fsync") as pool:
        for _ in pool.map(_fsync, paths):  # (raises the first failure)
            pass


def write_json(path: str, payload: dict) -> None:
    """Write a JSON file that appears whole or not at all (and, locally, survives a power cut)."""
    # On one line: with `indent` json falls back to its pure-Python encoder, 4x slower, and a run's record,
    # its commit plan and its tally each list every source file (0.1 s each for 10,000 .txt files, serial
    # at a run's end). `python -m json.tool FILE` shows one indented.
    data = json.dumps(payload, default=str).encode("utf-8")
    if not _is_local(path):  # object stores publish an object whole, when it is closed
        with storage.create(path) as f:
            f.write(data)
        return
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync(folder)


def read_json(path: str, output: str | None = None) -> dict:
    """A JSON file written by `write_json`; one that cannot be read raises DatasetDamaged naming it."""
    try:
        with storage.open_read(path) as f:
            payload = json.loads(f.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:  # JSONDecodeError is a ValueError
        raise damaged(path, f"not valid JSON: {e}", output) from None
    if not isinstance(payload, dict):
        raise damaged(path, "not a JSON object", output)
    return payload


def read_columns(paths: list[str], columns: list[str], output: str | None = None) -> dict[str, list]:
    """The named columns of Parquet files, each read once; a file that cannot be read raises DatasetDamaged naming it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    values: dict[str, list] = {c: [] for c in columns}
    for path in paths:
        try:
            with storage.open_read(path) as f:
                data = pq.read_table(f, columns=columns)
        except (pa.ArrowException, OSError) as e:
            raise damaged(path, str(e), output) from None
        for c in columns:
            values[c].extend(data.column(c).to_pylist())
    return values


def _fault_injection_pause() -> None:
    # The crash tests (tests/pipeline/dataset/test_crash.py) stretch the commit so that kill -9 can land inside it.
    pause = os.environ.get("NEWSBEAM_COMMIT_STEP_PAUSE")
    if pause:
        time.sleep(float(pause))


@dataclass(frozen=True)
class StagedRun:
    run_id: str
    folder: str

    def files(self, table: str) -> list[str]:
        """The finished part files of one table (Beam's temp folders excluded)."""
        return sorted(storage.find(_join(self.folder, table), "*.parquet"))

    def prefix_for(self, table: str) -> str:
        """Where the table's files go, less their `-NNNNN-of-MMMMM.parquet`: the name carries the run id."""
        return _join(self.folder, table, f"part-{self.run_id}")


class OutputFolder:
    """A newsbeam output folder: table datasets plus the `.newsbeam/` bookkeeping."""

    def __init__(self, root: str, tables: tuple[str, ...]):
        self.root = root.rstrip("/") or "/"
        self.tables = tables
        self.meta = _join(self.root, META_DIR)
        self._staging = _join(self.meta, "staging")
        self.runs = _join(self.meta, "runs")
        self.quarantine = _join(self.meta, "quarantine")

    def table_dir(self, table: str) -> str:
        return _join(self.root, table)

    def data_files(self, table: str) -> list[str]:
        """Every Parquet file in the table's folder, committed or not (hidden and `_` entries skipped)."""
        folder = self.table_dir(table)
        return sorted(f for f in storage.find(folder, "**.parquet")
                      if not any(p[:1] in "._" for p in f[len(folder):].split("/") if p))

    def relative(self, path: str) -> str:
        return path[len(self.root):].lstrip("/")

    def record_names(self) -> list[str]:
        return sorted(posixpath.basename(p) for p in storage.find(self.runs, "*.json"))

    def runs_state(self) -> tuple[list[RecordName], list[RecordName]]:
        """(committed runs, runs a later reset superseded), from the records' names."""
        return current_and_superseded(self.record_names())

    def visible_files(self, table: str) -> list[str]:
        """The table's files that belong to committed runs: what readers see."""
        current = {r.run_id for r in self.runs_state()[0]}
        return [f for f in self.data_files(table) if run_of_part(f) in current]

    def has_dataset(self) -> bool:
        return bool(self.runs_state()[0]) or any(self.data_files(t) for t in self.tables)

    def record_path(self, record: RecordName) -> str:
        return _join(self.runs, record.name)

    def read_record(self, record: RecordName) -> dict:
        return read_json(self.record_path(record), self.root)

    def stage(self, run_id: str) -> StagedRun:
        return StagedRun(run_id, _join(self._staging, run_id))

    def pending_commits(self) -> list[str]:
        """Runs whose commit was interrupted after its plan was written (the next writer finishes them)."""
        return [posixpath.basename(posixpath.dirname(p)) for p in storage.find(self._staging, "*/" + _PLAN)]

    def recover(self) -> list[str]:
        """Finish or discard what killed runs left behind; returns what was done, for the log."""
        done = []
        for plan in storage.find(self._staging, "*/" + _PLAN):
            folder = posixpath.dirname(plan)
            cleaned = self._apply(read_json(plan, self.root))
            storage.delete([folder])
            done += [f"finished the commit of {posixpath.basename(folder)}", *cleaned]
        for folder in self._staging_folders():
            storage.delete([folder])
            done.append(f"removed unfinished run {posixpath.basename(folder)}")
        done += self._drop_superseded()
        for tmp in storage.find(self.runs, "*.tmp"):  # a record write cut short: its run never committed
            storage.delete([tmp])
        return done

    def unfinished_runs(self) -> list[str]:
        """Runs that were killed or are still running (their staging folders)."""
        return [posixpath.basename(f) for f in self._staging_folders()]

    def discard(self, staged: "StagedRun") -> None:
        """Drop a run that will not be committed (it failed or was interrupted)."""
        if _exists(staged.folder) and not _exists(_join(staged.folder, _PLAN)):
            storage.delete([staged.folder])

    def _staging_folders(self) -> list[str]:
        if _is_local(self._staging):  # list folders directly (globs see files only)
            if not os.path.isdir(self._staging):
                return []
            return sorted(_join(self._staging, name) for name in os.listdir(self._staging))
        seen = set()
        for path in storage.find(self._staging, "**"):
            rest = path[len(self._staging):].lstrip("/")
            if rest:
                seen.add(_join(self._staging, rest.split("/", 1)[0]))
        return sorted(seen)

    def commit(self, staged: StagedRun, partition: str | None = None, reset: bool = False,
               record: dict | None = None) -> dict[str, list[str]]:
        """Move the staged tables into place and record the run; returns the committed files per table.

        `reset`: the run replaces the whole dataset (earlier runs are superseded when it commits).
        """
        moves, committed = [], {}
        for table in self.tables:
            dest = self.table_dir(table) if partition is None else _join(self.table_dir(table), partition)
            files = staged.files(table)
            committed[table] = [_join(dest, posixpath.basename(f)) for f in files]
            moves += [[src, dst] for src, dst in zip(files, committed[table])]
        if _is_local(staged.folder):  # Beam closed them, but a power cut could still lose their pages
            _fsync_all([src for src, _ in moves])
        plan = {"run_id": staged.run_id, "reset": reset, "moves": moves, "record": record or {}}
        write_json(_join(staged.folder, _PLAN), plan)
        self._apply(plan)
        storage.delete([staged.folder])
        return committed

    def _apply(self, plan: dict) -> list[str]:
        """Carry out a commit plan; every step may already be done (a resumed commit). Returns what was cleaned."""
        for src, dst in plan["moves"]:
            _fault_injection_pause()
            if _exists(src):
                parent = posixpath.dirname(dst)
                if not _exists(parent):
                    storage.mkdirs(parent)
                storage.rename(src, dst)
        if _is_local(self.root):
            _fsync_all(sorted({posixpath.dirname(dst) for _, dst in plan["moves"]}))
        _fault_injection_pause()
        reset = bool(plan.get("reset"))
        record = {**plan["record"], "run_id": plan["run_id"], "reset": reset,
                  "data_files": [self.relative(dst) for _, dst in plan["moves"]]}
        write_json(_join(self.runs, record_name(plan["run_id"], reset)), record)  # the commit point
        legacy = [f for f in plan.get("remove", []) if _exists(f)]  # a plan written by an older newsbeam
        if legacy:
            storage.delete(legacy)
        return self._drop_superseded()

    def _drop_superseded(self) -> list[str]:
        """Delete the runs a reset superseded: their data files first, then their records."""
        superseded = self.runs_state()[1]
        if not superseded:
            return []
        ids = {r.run_id for r in superseded}
        files = [f for t in self.tables for f in self.data_files(t) if run_of_part(f) in ids]
        for f in files:
            _fault_injection_pause()
            storage.delete([f])
        storage.delete([self.record_path(r) for r in superseded])
        if _is_local(self.runs):
            _fsync(self.runs)
        return [f"removed {len(ids)} replaced run(s) ({len(files)} files)"]
