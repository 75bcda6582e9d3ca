"""What a finished run prints: a few lines from its Beam metrics."""
from __future__ import annotations

__all__ = ["print_run_summary", "format_run_summary"]


def format_run_summary(summary) -> str:
    c = summary.count
    top = _top_languages(summary.languages)
    lines = [
        f"newsbeam: run {summary.run_id} finished in {summary.seconds:.1f} s",
        f"  files {summary.files}: articles read {c('articles_read')}, written {c('articles_written')}"
        f" ({c('duplicates')} exact duplicates flagged), rejected inputs {c('read_errors')}",
        f"  paragraphs {c('paragraphs_written')}, quotes {c('quotes_written')}, dates {c('dates_written')},"
        f" error rows {summary.errors}",
        *_warc_line(c),
        f"  languages: {top or 'none'}",
        f"  output: {summary.output}",
    ]
    return "\n".join(lines)


TOP_LANGUAGES = 8


def _top_languages(languages: dict[str, int]) -> str:
    """The most frequent languages with their article counts, and how many the line leaves out."""
    ranked = sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ", ".join(f"{lang} {n}" for lang, n in ranked[:TOP_LANGUAGES])
    rest = ranked[TOP_LANGUAGES:]
    if rest:
        shown += f" and {len(rest)} more ({sum(n for _, n in rest)} articles)"
    return shown


_WARC_SKIPS = (("not_response", "not responses (requests, metadata ...)"), ("redirect", "redirects"),
               ("http_error", "other HTTP statuses"), ("not_html", "not HTML"))


def _warc_line(count) -> list[str]:
    """Skipped WARC records by reason, when the run read any archive."""
    skips = [(count(f"warc_skipped_{key}"), label) for key, label in _WARC_SKIPS]
    total = sum(n for n, _ in skips)
    if not total:
        return []
    return [f"  WARC records skipped {total}: " + ", ".join(f"{n} {label}" for n, label in skips if n)]


def print_run_summary(summary) -> None:
    print(format_run_summary(summary))


def format_ingest(result) -> str:
    """One summary line (two with a run): added, skipped, failed."""
    plan = result.plan
    skipped = len(plan.unchanged) + len(plan.gave_up)
    head = "".join(f"newsbeam ingest: {r}\n" for r in result.recovered)
    if result.summary is None:
        return head + (f"newsbeam ingest: nothing new in {len(plan.unchanged) + len(plan.gave_up)} files "
                       f"({len(plan.unchanged)} unchanged, {len(plan.gave_up)} given up); nothing written")
    s = result.summary
    ok = [x for x in s.sources if x.status == "ok"]
    failed = [x for x in s.sources if x.status == "failed"]
    return head + (
        f"newsbeam ingest: run {s.run_id}: processed {len(s.sources)} files ({len(plan.new)} new, "
        f"{len(plan.changed)} changed, {len(plan.retry)} retried): added {len(ok)} ({sum(x.articles for x in ok)} "
        f"articles), failed {len(failed)}; skipped {skipped} ({len(plan.unchanged)} unchanged, "
        f"{len(plan.gave_up)} given up); error rows {s.errors}; {s.seconds:.1f} s"
        + "".join(f"\nnewsbeam ingest: {line.strip()}" for line in _warc_line(s.count)))
