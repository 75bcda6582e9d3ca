"""`newsbeam verify`: is every file of a dataset readable, and do its records and data agree?

Checks, for each committed run: its record reads; every data file it lists exists and no other
file claims the run; every file reads to the end with the table's column types; the articles
and error rows per source file are what the record says. Files of no committed run are strays.

`repair=True` (`--repair`) first finishes or discards what interrupted runs left, then moves
each damaged run whole (its files and its record) into `.newsbeam/quarantine/<time>/`, nothing
deleted, and writes in its place a record that marks the run's source files for re-ingest: the
next `newsbeam ingest` of the same inputs processes them again (`status` lists them meanwhile).
A run is the unit because its tables hang together: the quotes of an article whose article row
was lost could not be told apart from the others. Strays are quarantined too.
"""
from __future__ import annotations

import datetime as dt
import posixpath
from collections import Counter
from dataclasses import dataclass, field

from newsbeam.pipeline.dataset import storage
from newsbeam.pipeline.dataset.lock import output_lock
from newsbeam.pipeline.dataset.output import META_DIR, OutputFolder, write_json
from newsbeam.pipeline.dataset.records import DatasetDamaged, RecordName, damaged, run_of_part
from newsbeam.transforms.schemas import TABLES, schema_for

__all__ = ["Finding", "VerifyReport", "verify", "format_report"]


@dataclass
class Finding:
    path: str             # the file at fault, relative to the output folder
    problem: str
    run_id: str | None    # the run it belongs to (None: a stray file)


@dataclass
class VerifyReport:
    output: str
    runs: int = 0
    files: int = 0
    rows: int = 0
    damage: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)    # not damage: left by interrupted runs, finished by any writer
    actions: list[str] = field(default_factory=list)  # what --repair did

    @property
    def damaged(self) -> bool:
        """Damage found and not repaired."""
        return bool(self.damage) and not self.actions


def verify(output: str, repair: bool = False, wait_seconds: float = 0.0) -> VerifyReport:
    """Check (and with `repair`, repair) the dataset in `output`; see the module doc."""
    out = OutputFolder(output, tuple(TABLES))
    if not storage.exists(out.meta):
        raise FileNotFoundError(f"{output} holds no newsbeam dataset (no {out.meta})")
    report = VerifyReport(output)
    with output_lock(out.meta, wait_seconds):  # no commit runs while we look
        if repair:
            report.actions += out.recover()
        else:
            report.notes += [f"run {r}: its commit was interrupted; the next ingest, run or verify --repair "
                             "finishes it" for r in out.pending_commits()]
            if out.runs_state()[1]:
                report.notes.append("runs replaced by an overwrite are still on disk; the next writer deletes them")
        _check(out, report)
        if repair and report.damage:
            report.actions += _repair(out, report.damage)
    return report


def _check(out: OutputFolder, report: VerifyReport) -> None:
    current, _ = out.runs_state()
    pending = set(out.pending_commits())
    by_run: dict[str, dict[str, list[str]]] = {}
    strays = []
    for table in out.tables:
        for path in out.data_files(table):
            run = run_of_part(path)
            if run in pending:
                continue
            if run is None or run not in {r.run_id for r in current}:
                strays.append(path)
            else:
                by_run.setdefault(run, {}).setdefault(table, []).append(path)
    report.runs = len(current)
    for record in current:
        _check_run(out, record, by_run.get(record.run_id, {}), report)
    for path in strays:
        report.damage.append(Finding(out.relative(path), "belongs to no committed run", None))


def _check_run(out: OutputFolder, record: RecordName, files: dict[str, list[str]], report: VerifyReport) -> None:
    def damage(path: str, problem: str) -> None:
        report.damage.append(Finding(out.relative(path), problem, record.run_id))

    try:
        payload = out.read_record(record)
    except DatasetDamaged as e:
        damage(out.record_path(record), "the run record cannot be read (" + str(e).split(" (", 1)[-1].split(")")[0] + ")")
        payload = None
    on_disk = {out.relative(p) for paths in files.values() for p in paths}
    if payload is not None:
        listed = {_relative(out, p) for p in payload.get("data_files", [])}
        for missing in sorted(listed - on_disk):
            damage(posixpath.join(out.root, missing), "listed in the run record but missing")
        for extra in sorted(on_disk - listed):
            damage(posixpath.join(out.root, extra), "not listed in its run's record")
    counts: dict[str, Counter] = {"articles": Counter(), "errors": Counter()}
    for table, paths in files.items():
        for path in paths:
            problem = _read_through(path, table, counts.get(table), report)
            if problem:
                damage(path, problem)
    if payload is None or any(f.run_id == record.run_id for f in report.damage):
        return
    for source in payload.get("sources", []):
        uri = source["uri"]
        if counts["articles"][uri] != source.get("articles", 0) or counts["errors"][uri] != source.get("errors", 0):
            damage(out.record_path(record), f"says {source.get('articles', 0)} articles and {source.get('errors', 0)} "
                   f"error rows for {uri}, the data has {counts['articles'][uri]} and {counts['errors'][uri]}")
            return


def _relative(out: OutputFolder, path: str) -> str:
    # Records of older versions list absolute paths.
    return out.relative(path) if path.startswith(out.root + "/") else path.lstrip("/")


def _read_through(path: str, table: str, per_source: Counter | None, report: VerifyReport) -> str | None:
    """Read every row of a data file; the problem found, or None. Counts rows per source_uri."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    expected = schema_for(table)
    try:
        with storage.open_read(path) as f:
            parquet = pq.ParquetFile(f)
            for name in parquet.schema_arrow.names:
                if name in expected.names and not parquet.schema_arrow.field(name).type.equals(
                        expected.field(name).type):
                    return (f"column {name} is {parquet.schema_arrow.field(name).type}, "
                            f"the {table} table has {expected.field(name).type}")
            for batch in parquet.iter_batches(batch_size=16384):
                report.rows += batch.num_rows
                if per_source is not None and "source_uri" in batch.schema.names:
                    per_source.update(batch.column("source_uri").to_pylist())
    except (pa.ArrowException, OSError, ValueError) as e:
        return str(damaged(path, str(e), None)).split(" cannot be read ", 1)[-1]
    report.files += 1
    return None


def _repair(out: OutputFolder, damage: list[Finding]) -> list[str]:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    folder = storage.join(out.quarantine, stamp)
    actions = []
    for run_id in sorted({f.run_id for f in damage if f.run_id}):
        reasons = "; ".join(f"{f.path}: {f.problem}" for f in damage if f.run_id == run_id)
        actions.append(_quarantine_run(out, run_id, folder, reasons))
    for finding in damage:
        if finding.run_id is None:
            _move(out, storage.join(out.root, finding.path), folder)
            actions.append(f"moved stray file {finding.path} to {out.relative(folder)}/")
    return actions


def _quarantine_run(out: OutputFolder, run_id: str, folder: str, reasons: str) -> str:
    record = next(r for r in out.runs_state()[0] if r.run_id == run_id)
    files = [p for t in out.tables for p in out.data_files(t) if run_of_part(p) == run_id]
    try:
        payload = out.read_record(record)
        sources = payload.get("sources", [])
    except DatasetDamaged:
        payload, sources = {}, _sources_in(files, run_id)
    for path in files:  # out of the readers' view first, then the record that still lists them
        _move(out, path, folder)
    reason = f"quarantined by newsbeam verify --repair (its run's data could not be used; see {out.relative(folder)}/)"
    marked = [{**s, "articles": 0, "errors": 0, "status": "failed", "attempts": 0, "reason": reason} for s in sources]
    kept = storage.join(folder, META_DIR, "runs", record.name)  # the original, as evidence
    if not storage.exists(posixpath.dirname(kept)):
        storage.mkdirs(posixpath.dirname(kept))
    storage.copy(out.record_path(record), kept)
    write_json(out.record_path(record), {
        **{k: v for k, v in payload.items() if k not in ("sources", "data_files", "counters", "languages")},
        "run_id": run_id, "reset": record.reset, "sources": marked, "data_files": [], "counters": {},
        "quarantined": {"at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                        "folder": out.relative(folder), "reason": reasons}})
    return (f"quarantined run {run_id} ({len(files)} files) in {out.relative(folder)}/; its {len(marked)} source "
            "files are marked for re-ingest (the next `newsbeam ingest` of them processes them again)")


def _sources_in(files: list[str], run_id: str) -> list[dict]:
    """Source entries rebuilt from a run's readable files, for a run whose record is lost.

    Size and mtime are unknown (-1), so the next ingest hashes each file and processes it.
    """
    import pyarrow.parquet as pq

    uris: set[str] = set()
    for path in files:
        try:
            with storage.open_read(path) as f:
                uris.update(pq.read_table(f, columns=["source_uri"]).column("source_uri").to_pylist())
        except Exception:  # noqa: BLE001 - an unreadable file (or one without the column) tells no sources
            continue
    return [{"uri": u, "size": -1, "mtime": -1.0, "sha256": None, "run_id": run_id, "articles": 0, "errors": 0,
             "status": "failed", "attempts": 0} for u in sorted(uris)]


def _move(out: OutputFolder, path: str, folder: str) -> None:
    target = storage.join(folder, out.relative(path))
    parent = posixpath.dirname(target)
    if not storage.exists(parent):
        storage.mkdirs(parent)
    storage.rename(path, target)


def format_report(report: VerifyReport) -> str:
    lines = [f"newsbeam verify: {report.output}: {report.runs} runs, {report.files} readable files, "
             f"{report.rows:,} rows checked"]
    lines += [f"  note: {n}" for n in report.notes]
    lines += [f"  damaged: {f.path}: {f.problem}" for f in report.damage]
    lines += [f"  repaired: {a}" for a in report.actions]
    if report.damaged:
        lines.append(f"  run `newsbeam verify --output {report.output} --repair` to quarantine the damaged runs "
                     "and mark their sources for re-ingest")
    elif not report.damage:
        lines.append("  the dataset is sound")
    return "\n".join(lines)

