"""`newsbeam report`: write the HTML report of a dataset (`newsbeam.pipeline.querying.dataset_report`).

Exit codes (`newsbeam.pipeline.cli.exit_codes`), as for `newsbeam query`: 0 written; 2 bad usage, missing or empty output
folder, a --where naming an unknown column or trying anything but a condition, a missing dependency, --to not
writable; 4 SQL error; 5 a data file that cannot be read; 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

__all__ = ["add_report_command", "cmd_report"]

from newsbeam.pipeline.cli.exit_codes import FAILED as EXIT_FAILED, OK as EXIT_OK, USAGE as EXIT_USAGE


def cmd_report(args, beam_args=()) -> int:
    """Write a self-contained HTML report of a dataset: charts of articles over time, languages, lengths,
    speakers, quotes, dates mentioned, duplicates, errors and runs, each with its numbers and SQL.
    The file needs no network: open it from disk or send it as an attachment.

    Example: newsbeam report --output data/
             newsbeam report --output data/ --to de.html --where "language = 'de'" --top 25
    --where is a condition on the articles view (its columns: see docs/querying.md); paragraphs, quotes and
    dates follow their articles; errors and run durations are the whole dataset's.
    """
    from newsbeam.pipeline.querying.dataset_report import BadCondition, ReportDependencyMissing, build_report
    from newsbeam.pipeline.querying.query import DatasetNotFound, QueryError, ReadOnlyError, UnknownName

    to = Path(args.to)
    try:
        report = build_report(args.output, where=args.where, top=args.top)
        _write_atomically(to, report.html)
    except (DatasetNotFound, UnknownName, ReadOnlyError, BadCondition, ReportDependencyMissing, OSError) as e:
        return _fail(e, EXIT_USAGE)  # OSError: --to cannot be written
    except QueryError as e:
        return _fail(e, EXIT_FAILED)
    totals = report.figures["totals"][0]
    print(f"newsbeam report: wrote {to} ({to.stat().st_size / 1e6:.1f} MB) in {report.seconds['total']:.1f} s: "
          f"{totals['articles']:,} articles, {totals['quotes']:,} quotes, {totals['dates']:,} dates, "
          f"{totals['errors']:,} errors, {totals['runs']:,} run{'s' if totals['runs'] != 1 else ''}")
    return EXIT_OK


def _write_atomically(path: Path, text: str) -> None:
    """A reader (a browser, a mail client) never sees half a file: write beside it, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def _fail(error: Exception, code: int) -> int:
    print(f"newsbeam: {error}", file=sys.stderr)
    return code


def _at_least_one(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return int(text)


def add_report_command(subparsers) -> None:
    """Register `report` on the `newsbeam` parser's subparsers."""
    p = subparsers.add_parser("report", help="an HTML report with charts of a dataset", description=cmd_report.__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--output", "-o", required=True, help="the output folder of `newsbeam run` / `ingest`")
    p.add_argument("--to", default="report.html", metavar="FILE", help="the HTML file to write (default: report.html)")
    p.add_argument("--where", metavar="SQL", help="only articles matching this condition, e.g. \"language = 'de'\"")
    p.add_argument("--top", type=_at_least_one, default=15, metavar="N", help="speakers, periods and copies to list (default 15)")
    p.set_defaults(handler=cmd_report)
