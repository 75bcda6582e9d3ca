"""`newsbeam status`: what was ingested when, what failed, what is pending."""
from __future__ import annotations

from dataclasses import dataclass, field

from newsbeam.pipeline.errors import JobError
from newsbeam.pipeline.run.inputs import InputError
from newsbeam.pipeline.dataset.manifest import Plan, SourceState, list_files, load_manifest, load_runs, plan_ingest
from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.transforms.schemas import TABLES

__all__ = ["DatasetStatus", "dataset_status", "format_status"]


@dataclass
class DatasetStatus:
    output: str
    runs: list[dict]
    sources: dict[str, SourceState]
    max_attempts: int
    pending: Plan | None = None
    unfinished: list[str] = field(default_factory=list)
    interrupted_commits: list[str] = field(default_factory=list)

    @property
    def ok(self) -> list[SourceState]:
        return [s for s in self.sources.values() if s.status == "ok"]

    @property
    def retrying(self) -> list[SourceState]:
        return [s for s in self.sources.values() if s.status == "failed" and s.attempts < self.max_attempts]

    @property
    def gave_up(self) -> list[SourceState]:
        return [s for s in self.sources.values() if s.status == "failed" and s.attempts >= self.max_attempts]


def dataset_status(output: str, inputs: list[str] | None = None, max_attempts: int = 3) -> DatasetStatus:
    out = OutputFolder(output, tuple(TABLES))
    sources = load_manifest(out.runs)
    status = DatasetStatus(output, load_runs(out.runs), sources, max_attempts)
    status.interrupted_commits = out.pending_commits()
    status.unfinished = [r for r in out.unfinished_runs() if r not in status.interrupted_commits]
    if inputs:
        try:
            files = list_files(inputs)
        except InputError as e:
            raise JobError(str(e)) from None
        status.pending = plan_ingest(files, sources, max_attempts)
    return status


def format_status(s: DatasetStatus) -> str:
    if not s.runs:
        return f"{s.output}: no committed runs yet" + _pending(s)
    last = s.runs[-1]
    lines = [
        f"{s.output}: {len(s.runs)} runs, last {last.get('finished_at', '?')} ({last['run_id']})",
        f"  files: {len(s.ok)} ingested ({sum(x.articles for x in s.ok)} articles), "
        f"{len(s.retrying)} failed and will be retried, {len(s.gave_up)} gave up after {s.max_attempts} attempts",
    ]
    if s.interrupted_commits:
        lines.append(f"  interrupted commits (not visible yet; the next ingest, run or verify --repair finishes them): "
                     f"{', '.join(s.interrupted_commits)}")
    if s.unfinished:
        lines.append(f"  unfinished runs (running, or killed: the next writer removes them): {', '.join(s.unfinished)}")
    quarantined = [r["run_id"] for r in s.runs if r.get("quarantined")]
    if quarantined:
        lines.append(f"  quarantined by verify --repair (their files are to be ingested again): {', '.join(quarantined)}")
    lines.append("  recent runs:")
    lines.append(f"    {'run':<24} {'finished':<25} {'files':>6} {'articles':>9} {'failed':>7} {'errors':>7} {'seconds':>8}")
    for r in s.runs[-10:]:
        srcs = r.get("sources", [])
        c = r.get("counters", {})
        lines.append(f"    {r['run_id']:<24} {r.get('finished_at', '?'):<25} {r.get('files', 0):>6} "
                     f"{c.get('articles_written', 0):>9} {sum(x['status'] == 'failed' for x in srcs):>7} "
                     f"{c.get('errors_written', 0):>7} {r.get('seconds', 0):>8.1f}")
    failed = s.retrying + s.gave_up
    if failed:
        lines.append("  failed files:")
        for x in failed[:20]:
            lines.append(f"    {x.uri}  attempts {x.attempts}/{s.max_attempts}: {x.reason}")
    return "\n".join(lines) + _pending(s)


def _pending(s: DatasetStatus) -> str:
    if s.pending is None:
        return ""
    p = s.pending
    return (f"\n  pending: {len(p.new)} new, {len(p.changed)} changed, {len(p.retry)} to retry "
            f"({len(p.unchanged)} unchanged, {len(p.gave_up)} given up)")
