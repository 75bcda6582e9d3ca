"""What has been ingested: the manifest of source files, folded from the runs' records.

Each committed run leaves `OUTPUT/.newsbeam/runs/<run_id>.json`, written as the last step
of its commit (see `newsbeam.pipeline.dataset.output`), with one entry per source file it processed: size,
mtime, content hash, article count, status. The manifest is the committed records (from the
newest reset on, `newsbeam.pipeline.dataset.records`) folded in run order, so it can never disagree with the
data: a run whose record is missing never became visible, and an overwritten one no longer is.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

from newsbeam.pipeline.dataset import storage
from newsbeam.pipeline.run.inputs import FileInfo, list_inputs

__all__ = ["SourceState", "FileInfo", "Plan", "load_manifest", "list_files", "plan_ingest", "file_sha256", "load_runs"]


@dataclass
class SourceState:
    """The manifest's latest word on one source file."""
    uri: str
    size: int
    mtime: float
    sha256: str | None   # None when the run did not hash it (`newsbeam run` skips the cost)
    run_id: str
    articles: int
    errors: int
    status: str          # "ok" or "failed"
    attempts: int        # consecutive failed attempts (0 once it succeeds)
    reason: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Plan:
    """What one ingest will do with each matched file."""
    new: list[FileInfo]
    changed: list[FileInfo]
    retry: list[FileInfo]
    unchanged: list[FileInfo]
    gave_up: list[FileInfo]
    hashes: dict[str, str]

    @property
    def to_process(self) -> list[FileInfo]:
        return self.new + self.changed + self.retry


def load_runs(runs_dir: str) -> list[dict]:
    """Every committed run record (from the newest reset on), oldest first.

    A record that cannot be read raises `DatasetDamaged` naming it.
    """
    from newsbeam.pipeline.dataset.output import read_json
    from newsbeam.pipeline.dataset.records import current_and_superseded

    paths = storage.find(runs_dir, "*.json")  # (none when there is no runs folder yet)
    current, _ = current_and_superseded(p.rsplit("/", 1)[-1] for p in paths)
    output = runs_dir.rstrip("/").rsplit("/", 2)[0]
    return [read_json(storage.join(runs_dir, r.name), output) for r in current]


def load_manifest(runs_dir: str) -> dict[str, SourceState]:
    state: dict[str, SourceState] = {}
    for record in load_runs(runs_dir):
        for entry in record.get("sources", []):
            state[entry["uri"]] = SourceState(**entry)
    return state


def list_files(patterns: list[str]) -> list[FileInfo]:
    """Files matching the patterns (see `newsbeam.pipeline.run.inputs`), keyed by normalised absolute URI, sorted."""
    return list_inputs(patterns)


def file_sha256(uri: str) -> str:
    """Hash of the file's bytes as stored (compressed files are hashed compressed)."""
    digest = hashlib.sha256()
    with storage.open_read(uri) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan_ingest(files: list[FileInfo], manifest: dict[str, SourceState], max_attempts: int) -> Plan:
    """Sort files into new / changed / retry / unchanged / gave-up.

    Size and mtime decide quickly; a file whose size or mtime moved is hashed, and only a
    different hash makes it changed (a `touch` or a copy with the same bytes is not new work).
    """
    plan = Plan([], [], [], [], [], {})
    for info in files:
        known = manifest.get(info.uri)
        if known is None:
            plan.new.append(info)
            continue
        same_stat = known.size == info.size and known.mtime == info.mtime
        # A problem path (broken link, unlistable folder ...) has nothing to hash: it is retried
        # like a failed file; one that was read before keeps its rows, like a deleted file.
        if not same_stat and info.problem is None:
            digest = file_sha256(info.uri)
            plan.hashes[info.uri] = digest
            if digest != known.sha256:
                plan.changed.append(info)
                continue
        if known.status == "ok":
            plan.unchanged.append(info)
        elif known.attempts < max_attempts:
            plan.retry.append(info)
        else:
            plan.gave_up.append(info)
    return plan
