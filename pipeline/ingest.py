"""Incremental ingestion: each call processes only files that are new, changed, or due a retry.

One ingest is one Beam run over those files, committed into a dataset partitioned by ingest
date (`articles/ingest_date=YYYY-MM-DD/part-<run_id>-...parquet`). Exactly-once comes from
the staged commit (`pipeline.output`) and the manifest being the commit's last step
(`pipeline.manifest`): a killed ingest left nothing visible and no record, so the next one
cleans its staging and processes the same files again.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from pipeline.config import JobConfig
from pipeline.inputs import InputError
from pipeline.graph import TABLE_NAMES
from pipeline.jobs import JobError, RunSummary, execute
from pipeline.lock import output_lock
from pipeline.manifest import Plan, load_manifest, list_files, plan_ingest
from pipeline.output import OutputFolder, read_columns
from transforms.duplicates import EARLIER

__all__ = ["IngestResult", "ingest", "earlier_copies"]


@dataclass
class IngestResult:
    plan: Plan
    summary: RunSummary | None = None
    recovered: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list:
        return [s for s in (self.summary.sources if self.summary else []) if s.status == "failed"]


def ingest(config: JobConfig) -> IngestResult:
    """`newsbeam ingest`: process what is new or changed under config.inputs into config.output."""
    if not config.output:
        raise JobError("no output folder given (--output DIR)")
    if not config.inputs:
        raise JobError("no input given: name one or more files or glob patterns")
    started = time.monotonic()
    out = OutputFolder(config.output, TABLE_NAMES)
    with output_lock(out.meta, config.ingest.lock_wait_seconds):
        recovered = out.recover()
        manifest = load_manifest(out.runs)
        try:
            files = list_files(config.inputs)
        except InputError as e:
            raise JobError(str(e)) from None
        except Exception as e:  # noqa: BLE001
            raise JobError(f"cannot list inputs: {e}") from None
        plan = plan_ingest(files, manifest, config.ingest.max_attempts)
        result = IngestResult(plan, recovered=recovered)
        if not plan.to_process:
            return result
        reprocessed = {f.uri for f in plan.changed + plan.retry}
        partition = "ingest_date=" + dt.datetime.now(dt.timezone.utc).date().isoformat()
        result.summary = execute(config, plan.to_process, out, partition=partition,
                                 known_copies=earlier_copies(out, reprocessed), hashes=_hashes(plan),
                                 previous=manifest, started=started)
        return result


def _hashes(plan: Plan) -> dict[str, str]:
    from pipeline.manifest import file_sha256

    hashes = dict(plan.hashes)
    for info in plan.new + plan.retry:
        if info.problem is None:
            hashes.setdefault(info.uri, file_sha256(info.uri))
    return hashes


def earlier_copies(out: OutputFolder, reprocessed: set[str]) -> list:
    """(content_sha256, (EARLIER, source_uri, line, article_id)) of the latest committed articles.

    New articles that repeat an earlier text get `duplicate_of` pointing at the earlier copy.
    Sources being reprocessed now are left out: their old rows are about to be superseded.
    """
    files = out.visible_files("articles")
    if not files:
        return []
    cols = read_columns(files, ["content_sha256", "source_uri", "source_line", "article_id", "run_id"], out.root)
    latest: dict[str, str] = {}
    for uri, run in zip(cols["source_uri"], cols["run_id"]):
        latest[uri] = max(run, latest.get(uri, ""))
    return [(sha, (EARLIER, uri, line or 0, aid)) for sha, uri, line, aid, run in zip(
        cols["content_sha256"], cols["source_uri"], cols["source_line"], cols["article_id"], cols["run_id"])
        if run == latest[uri] and uri not in reprocessed]
