"""Running one batch job: inputs -> Beam pipeline -> staged Parquet -> committed tables."""
from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.runners.runner import PipelineState

from pipeline.config import JobConfig
from pipeline.graph import TABLE_NAMES, AnalyzeFiles, WriteTables
from pipeline.lock import output_lock
from pipeline.output import OutputFolder
from pipeline.runner import make_pipeline

__all__ = ["JobError", "RunSummary", "expand_inputs", "new_run_id", "run_job", "run_pipeline"]


class JobError(RuntimeError):
    """A job that cannot start or did not finish; the message is for the user."""


@dataclass
class RunSummary:
    run_id: str
    output: str
    files: int
    seconds: float
    counters: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    committed: dict[str, list[str]] = field(default_factory=dict)

    def count(self, name: str) -> int:
        return self.counters.get(name, 0)

    @property
    def errors(self) -> int:
        return self.count("errors_written")

    def as_record(self) -> dict:
        return {"run_id": self.run_id, "output": self.output, "files": self.files,
                "seconds": round(self.seconds, 3), "counters": self.counters, "languages": self.languages}


def new_run_id() -> str:
    """Sortable and unique: UTC time plus randomness (two runs in one second still differ)."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def expand_inputs(patterns: list[str]) -> list[str]:
    """Every file matching the glob patterns (any Beam filesystem), sorted, without repeats."""
    if not patterns:
        raise JobError("no input given: name one or more files or glob patterns")
    files: set[str] = set()
    for pattern in patterns:
        try:
            found = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
        except Exception as e:  # noqa: BLE001 - Beam raises a generic BeamIOError
            raise JobError(f"cannot list {pattern!r}: {e}") from None
        found = [f for f in found if not _is_hidden(f)]
        if not found:
            raise JobError(f"no input files match {pattern!r}")
        files.update(found)
    return sorted(files)


def _is_hidden(path: str) -> bool:
    return any(part.startswith(".") for part in path.split("/")[1:] if part not in (".", ".."))


def run_pipeline(config: JobConfig, files: list[str], out: OutputFolder, run_id: str,
                 known_copies: list | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Run the Beam job over `files` into `out`'s staging for `run_id`; returns (counters, languages)."""
    staged = out.stage(run_id)
    pipeline = make_pipeline(config.beam_args, config.workers)
    uris = pipeline | "Files" >> beam.Create(files)
    copies = None
    if known_copies:
        copies = pipeline | "EarlierCopies" >> beam.Create(known_copies)
    tables = uris | "Analyze" >> AnalyzeFiles(run_id, config.format, config.fields, config.reference_date, copies)
    _ = tables | "WriteTables" >> WriteTables(staged.prefix_for)
    result = pipeline.run()
    state = result.wait_until_finish()
    if state != PipelineState.DONE:
        raise JobError(f"the Beam job ended in state {state}")
    return _counters(result)


def _counters(result) -> tuple[dict[str, int], dict[str, int]]:
    counters: dict[str, int] = {}
    languages: dict[str, int] = {}
    try:
        found = result.metrics().query()["counters"]
    except Exception:  # noqa: BLE001 - some runners report no metrics
        return counters, languages
    for c in found:
        value = c.committed if c.committed is not None else c.attempted
        target = languages if c.key.metric.namespace == "newsbeam.language" else counters
        target[c.key.metric.name] = target.get(c.key.metric.name, 0) + int(value or 0)
    return counters, languages


def run_job(config: JobConfig) -> RunSummary:
    """`newsbeam run`: analyse every input file into a new (or replaced) dataset at config.output."""
    if not config.output:
        raise JobError("no output folder given (--output DIR)")
    started = time.monotonic()
    files = expand_inputs(config.inputs)
    out = OutputFolder(config.output, TABLE_NAMES)
    with output_lock(out.meta, config.ingest.lock_wait_seconds):
        out.recover()
        if out.has_data() and not config.overwrite:
            raise JobError(f"{config.output} already holds a newsbeam dataset; pass --overwrite to replace it, "
                           "or use `newsbeam ingest` to add new files to it")
        run_id = new_run_id()
        counters, languages = run_pipeline(config, files, out, run_id)
        summary = RunSummary(run_id, config.output, len(files), 0.0, counters, languages)
        summary.seconds = time.monotonic() - started
        summary.committed = out.commit(out.stage(run_id), replace=config.overwrite, record=summary.as_record())
    return summary
