"""Incremental ingestion: each call processes only files that are new, changed, or due a retry.

One ingest is one Beam run over those files, committed into a dataset partitioned by ingest
date (`articles/ingest_date=YYYY-MM-DD/part-<run_id>-...parquet`). Exactly-once comes from
the staged commit (`newsbeam.pipeline.dataset.output`) and the manifest being the commit's last step
(`newsbeam.pipeline.dataset.manifest`): a killed ingest left nothing visible and no record, so the next one
cleans its staging and processes the same files again.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbeam.pipeline.config import JobConfig
from newsbeam.pipeline.errors import JobError
from newsbeam.pipeline.run.inputs import InputError
from newsbeam.pipeline.dataset.lock import output_lock
from newsbeam.pipeline.dataset.manifest import Plan, load_manifest, list_files, plan_ingest
from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.transforms.schemas import TABLES

if TYPE_CHECKING:
    from newsbeam.pipeline.run.jobs import RunSummary

__all__ = ["IngestResult", "ingest"]


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
    out = OutputFolder(config.output, tuple(TABLES))
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
            return result  # nothing to do: Beam (the job) is not even imported
        from newsbeam.pipeline.dataset.earlier_copies import EarlierCopies
        from newsbeam.pipeline.run.jobs import execute

        # The job reads the dataset's articles itself, for the new ones that repeat one (`EarlierCopies`);
        # sources processed again now are left out: their old rows are about to be superseded.
        reprocessed = sorted({f.uri for f in plan.changed + plan.retry})
        earlier = EarlierCopies(out.root, reprocessed) if out.visible_files("articles") else None
        partition = "ingest_date=" + dt.datetime.now(dt.timezone.utc).date().isoformat()
        result.summary = execute(config, plan.to_process, out, partition=partition, earlier=earlier,
                                 hashes=_hashes(plan), previous=manifest, started=started)
        return result


def _hashes(plan: Plan) -> dict[str, str]:
    from newsbeam.pipeline.dataset.manifest import file_sha256

    hashes = dict(plan.hashes)
    for info in plan.new + plan.retry:
        if info.problem is None:
            hashes.setdefault(info.uri, file_sha256(info.uri))
    return hashes
