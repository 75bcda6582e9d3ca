"""Running one batch job: inputs -> Beam pipeline -> staged Parquet -> committed tables."""
from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.runners.runner import PipelineState

from pipeline import interrupts, storage
from pipeline.config import JobConfig
from pipeline.earlier_copies import EarlierCopies, raise_if_damaged
from pipeline.errors import JobError, JobFailed
from pipeline.graph import TABLE_NAMES, AnalyzeFiles, WriteTables
from pipeline.inputs import InputError
from pipeline.lock import output_lock
from pipeline.manifest import FileInfo, SourceState, list_files
from pipeline.output import OutputFolder
from pipeline.progress import Progress
from pipeline.runner import is_local, make_pipeline
from pipeline.staged_tables import Tally, read_tally
from transforms import read_memo
from transforms.rows import error_row

__all__ = ["JobError", "JobFailed", "RunSummary", "expand_inputs", "execute", "new_run_id", "run_job", "run_pipeline"]


@dataclass
class RunSummary:
    run_id: str
    output: str
    files: int
    seconds: float
    counters: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    committed: dict[str, list[str]] = field(default_factory=dict)
    sources: list[SourceState] = field(default_factory=list)

    def count(self, name: str) -> int:
        return self.counters.get(name, 0)

    @property
    def errors(self) -> int:
        return self.count("errors_written")

    def as_record(self) -> dict:
        return {"run_id": self.run_id, "output": self.output, "files": self.files,
                "seconds": round(self.seconds, 3), "counters": self.counters, "languages": self.languages,
                "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "sources": [s.to_json() for s in self.sources]}


def new_run_id(after: str | None = None) -> str:
    """Sortable and unique: UTC time plus randomness (two runs in one second still differ).

    `after`: the dataset's newest run. A run in the same second gets a greater random part, so runs
    sort in the order they ran (readers take a source's greatest run as its latest), even when one
    process ingests twice within a second.
    """
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    if after is not None and after.startswith(stamp + "-"):
        try:
            last = int(after[len(stamp) + 1:], 16)
        except ValueError:
            last = None
        if last is not None and last < 0xFFFFFF:
            return f"{stamp}-{last + 1 + secrets.randbelow(0xFFFFFF - last):06x}"
        time.sleep(1.0)  # (this second's ids are used up: take the next second's)
        return new_run_id(after)
    return f"{stamp}-{secrets.token_hex(3)}"


def expand_inputs(patterns: list[str]) -> list[FileInfo]:
    """Every file matching the glob patterns (any Beam filesystem), sorted, without repeats.

    Hidden files and folders are skipped where a wildcard found them (see `pipeline.inputs`).
    A pattern matching nothing is an error.
    """
    if not patterns:
        raise JobError("no input given: name one or more files or glob patterns")
    files: dict[str, FileInfo] = {}
    for pattern in patterns:
        try:
            found = list_files([pattern])
        except InputError as e:
            raise JobError(str(e)) from None
        except Exception as e:  # noqa: BLE001 - Beam raises a generic BeamIOError
            raise JobError(f"cannot list {pattern!r}: {e}") from None
        if not found:
            raise JobError(f"no input files match {pattern!r}")
        files.update((f.uri, f) for f in found)
    return [files[k] for k in sorted(files)]


def run_pipeline(config: JobConfig, files: list[FileInfo], out: OutputFolder, run_id: str,
                 earlier: EarlierCopies | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Run the Beam job over `files` into `out`'s staging for `run_id`; returns (counters, languages).

    Paths the listing could not use as files (`FileInfo.problem`) are not read: each becomes an error row.
    `earlier`: the dataset's articles that new ones may repeat (`pipeline.earlier_copies`), read by the job.
    """
    pipeline = make_pipeline(config.beam_args, config.workers)
    # (no reshuffle: the slices of the files are spread over the workers right after)
    uris = pipeline | "Files" >> beam.Create([f.uri for f in files if f.problem is None], reshuffle=False)
    problems = [error_row(f.uri, None, "read", f.problem.error_type, f.problem.message) for f in files if f.problem]
    listing_errors = pipeline | "ListingErrors" >> beam.Create(problems) if problems else None
    rows = uris | "Analyze" >> AnalyzeFiles(run_id, config.format, config.fields, config.reference_date, earlier,
                                            slice_bytes=max(1, int(config.slice_mb * 1024 * 1024)),
                                            listing_errors=listing_errors,
                                            reference_date_overrides=config.reference_date_overrides,
                                            language_method=config.language.method,
                                            # The local runner gives the second read of a slice to the process
                                            # that made it (pipeline.local_runner), which kept the first read.
                                            read_once=is_local(config.beam_args))
    _ = rows | "WriteTables" >> WriteTables(out.stage(run_id))
    with Progress(len(files), config.progress, config.progress_seconds) as progress:
        try:
            result = interrupts.call(pipeline.run)  # the local runner returns when done; others while the job runs
            progress.follow(result)
            try:
                state = interrupts.call(result.wait_until_finish)
            except KeyboardInterrupt:
                _cancel(result)
                raise
        finally:
            read_memo.forget()  # (the in-process runner's reads kept for this run: not needed any more)
    if state != PipelineState.DONE:
        raise JobFailed(f"the Beam job ended in state {state}")
    return _counters(result)


def _cancel(result) -> None:
    """Stop a job running on a remote runner (Dataflow, Flink ...) when the user interrupts newsbeam."""
    try:
        result.cancel()
    except Exception:  # noqa: BLE001 - a finished job or a runner without cancel: nothing to stop
        pass


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


def execute(config: JobConfig, files: list[FileInfo], out: OutputFolder, *, partition: str | None = None,
            reset: bool = False, earlier: EarlierCopies | None = None, hashes: dict[str, str] | None = None,
            previous: dict[str, SourceState] | None = None, started: float | None = None) -> RunSummary:
    """Run the job over `files` and commit it (under the output lock); the shared core of run and ingest."""
    started = time.monotonic() if started is None else started
    runs = out.record_names()
    run_id = new_run_id(max((r.split(".")[0] for r in runs), default=None))
    staged = out.stage(run_id)
    try:
        with interrupts.cleanup(lambda: out.discard(staged)):
            storage.mkdirs(staged.folder)  # the run is under way (`status` lists it until it commits)
            counters, languages = run_pipeline(config, files, out, run_id, earlier)
        tally = read_tally(staged)
        raise_if_damaged(tally.damaged, out.root)  # (a committed file the job could not read)
    except BaseException:
        out.discard(staged)  # failed or interrupted: leave nothing for anyone to see or clean
        raise
    if not counters:  # a runner without metrics (Dask): what the writers counted
        counters, languages = tally.counters()
    summary = RunSummary(run_id, config.output, len(files), 0.0, counters, languages)
    summary.sources = account_sources(tally, files, run_id, hashes or {}, previous or {})
    summary.seconds = time.monotonic() - started
    summary.committed = out.commit(staged, partition=partition, reset=reset, record=summary.as_record())
    return summary


def account_sources(tally: Tally, files: list[FileInfo], run_id: str, hashes: dict[str, str],
                    previous: dict[str, SourceState]) -> list[SourceState]:
    """Per source file: articles written, error rows, and whether it failed (nothing usable came out).

    A file whose every article repeats an id already read is not failed: it was read in full.
    """
    states = []
    for f in files:
        articles, errors, repeats, first_error = tally.sources.get(f.uri, (0, 0, 0, None))
        failed = articles == 0 and repeats == 0
        before = previous.get(f.uri)
        digest = hashes.get(f.uri) or (before.sha256 if before and before.size == f.size and before.mtime == f.mtime else None)
        same_content = before is not None and before.status == "failed" and before.sha256 == digest
        attempts = ((before.attempts if same_content else 0) + 1) if failed else 0
        reason = first_error[2] if first_error else "no articles in file"
        states.append(SourceState(f.uri, f.size, f.mtime, digest, run_id, articles, errors,
                                  "failed" if failed else "ok", attempts, reason if failed else None))
    return states


def run_job(config: JobConfig) -> RunSummary:
    """`newsbeam run`: analyse every input file into a new (or replaced) dataset at config.output.

    The run is a reset: when it commits, the runs before it (data and records) stop counting at once.
    """
    if not config.output:
        raise JobError("no output folder given (--output DIR)")
    started = time.monotonic()
    files = expand_inputs(config.inputs)
    out = OutputFolder(config.output, TABLE_NAMES)
    with output_lock(out.meta, config.ingest.lock_wait_seconds):
        out.recover()
        if out.has_dataset() and not config.overwrite:
            raise JobError(f"{config.output} already holds a newsbeam dataset; pass --overwrite to replace it, "
                           "or use `newsbeam ingest` to add new files to it")
        return execute(config, files, out, reset=True, started=started)
