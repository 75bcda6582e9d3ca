"""The `newsbeam` command. Each command is a few lines over the Python API.

Exit codes (all commands):
  0  done, and no input was rejected
  1  done, but some input became rows in the errors table (see `newsbeam query ... FROM errors`)
  2  bad usage, configuration or input (nothing was written)
  3  the output folder is locked by another newsbeam process (nothing was written)
  4  the job or query failed (nothing was committed)
  130 interrupted (Ctrl-C; nothing partial is left visible)
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys
import warnings

__all__ = ["main"]

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE, EXIT_LOCKED, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def _quiet_beam(verbose: bool) -> None:
    # Beam logs GCP/AWS client warnings at import time and INFO chatter while running;
    # configure logging before anything imports apache_beam.
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        warnings.filterwarnings("ignore")
        for name in ("apache_beam", "root"):
            logging.getLogger(name).setLevel(logging.ERROR)


def _job_options(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    if inputs:
        p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or glob patterns (quote globs: 'in/**/*.txt')")
    p.add_argument("--output", "-o", help="output folder (one Parquet dataset per table)")
    p.add_argument("--config", help="YAML job config (default: configs/default.yaml)")
    p.add_argument("--format", choices=["txt", "jsonl"], help="input format for every file (default: by extension)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="anchor for relative dates in articles without their own published_at")
    p.add_argument("--reference-date-overrides", action="store_true", default=None,
                   help="anchor every article on --reference-date, even one with its own published_at")
    p.add_argument("--workers", type=int, help="local worker processes on the DirectRunner (default 1)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override any config setting, e.g. --set fields.text=body")
    p.add_argument("-v", "--verbose", action="store_true", help="show Beam's own logging")


def _load(args, beam_args: list[str]):
    from pipeline.config import load_config

    overrides: dict[str, object] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise _Usage(f"--set takes KEY=VALUE, got {item!r}")
        overrides[key.strip()] = value
    if getattr(args, "inputs", None):
        overrides["inputs"] = args.inputs
    for key in ("output", "format", "reference_date", "reference_date_overrides", "workers"):
        if getattr(args, key, None) is not None:
            overrides[key] = getattr(args, key)
    if getattr(args, "overwrite", False):
        overrides["overwrite"] = True
    config = load_config(args.config, overrides)
    config.beam_args = list(config.beam_args) + beam_args
    return config


class _Usage(ValueError):
    pass


def cmd_run(args, beam_args) -> int:
    """Analyse article files into a new Parquet dataset.

    Example: newsbeam run 'articles/**/*.txt' 'feeds/*.jsonl.gz' --output out/
    Anything after `--` goes to Beam unchanged: newsbeam run in/*.txt -o gs://b/out -- --runner=DataflowRunner ...
    """
    from pipeline.jobs import run_job
    from pipeline.report import print_run_summary

    summary = run_job(_load(args, beam_args))
    print_run_summary(summary)
    return EXIT_INPUT_ERRORS if summary.errors else EXIT_OK


def cmd_ingest(args, beam_args) -> int:
    """Add only new or changed files to a dataset; safe to run from cron, systemd or Airflow.

    Example: newsbeam ingest 'inbox/**/*.jsonl' --output data/
    Files already ingested (same path, size and mtime, or the same content hash) are skipped;
    failed files are retried on later runs up to ingest.max_attempts.
    """
    from pipeline.ingest import ingest
    from pipeline.report import format_ingest

    result = ingest(_load(args, beam_args))
    print(format_ingest(result))
    return EXIT_INPUT_ERRORS if result.failed else EXIT_OK


def cmd_watch(args, beam_args) -> int:
    """Ingest on a schedule until stopped (micro-batches: each tick is one `newsbeam ingest`).

    Example: newsbeam watch 'inbox/**/*.jsonl' --output data/ --every 5m
             newsbeam watch 'inbox/*.txt' -o data/ --every '*/15 6-22 * * mon-fri'
    Ctrl-C between ticks stops at once; during a tick it aborts the tick, leaving nothing partial.
    """
    from pipeline.schedule import ScheduleError, parse_schedule
    from pipeline.watch import watch

    try:
        schedule = parse_schedule(args.every)
    except ScheduleError as e:
        raise _Usage(str(e)) from None
    config = _load(args, beam_args)
    return watch(config, schedule, max_ticks=args.ticks)


def cmd_status(args, beam_args) -> int:
    """Show what was ingested when, what failed, and (given inputs) what is pending.

    Example: newsbeam status --output data/ 'inbox/**/*.jsonl'
    """
    from pipeline.status import dataset_status, format_status

    config = _load(args, beam_args)
    if not config.output:
        raise _Usage("no output folder given (--output DIR)")
    print(format_status(dataset_status(config.output, config.inputs, config.ingest.max_attempts)))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbeam", description="News articles to queryable Parquet tables, with Apache Beam.",
                                     epilog=__doc__.split("\n", 2)[2], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser("run", help="analyse files into a new dataset", description=cmd_run.__doc__,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    _job_options(run)
    run.add_argument("--overwrite", action="store_true", help="replace an existing dataset in --output")
    run.set_defaults(handler=cmd_run)
    for name, handler, summary in (("ingest", cmd_ingest, "add new or changed files to a dataset"),
                                   ("watch", cmd_watch, "ingest on a schedule until stopped"),
                                   ("status", cmd_status, "what was ingested, what failed, what is pending")):
        p = sub.add_parser(name, help=summary, description=handler.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        _job_options(p)
        p.set_defaults(handler=handler)
        if name == "watch":
            p.add_argument("--every", required=True, help="interval (30s, 5m, 1h, 1d) or a 5-field cron expression")
            p.add_argument("--ticks", type=int, help=argparse.SUPPRESS)  # stop after N ticks (tests)
    from pipeline.cli_query import add_query_commands  # query and stats: DuckDB, no Beam

    add_query_commands(sub)
    from pipeline.cli_report import add_report_command  # report: DuckDB + altair, no Beam

    add_report_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    beam_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, beam_args = argv[:cut], argv[cut + 1:]
    args = build_parser().parse_args(argv)
    _quiet_beam(getattr(args, "verbose", False))
    signal.signal(signal.SIGTERM, _interrupt)  # systemd/Airflow stop a job with SIGTERM: same as Ctrl-C
    from pipeline.config import ConfigError
    from pipeline.jobs import JobError
    from pipeline.lock import OutputLocked

    try:
        return args.handler(args, beam_args)
    except (ConfigError, JobError, _Usage) as e:
        failed = isinstance(e, JobError) and str(e).startswith("the Beam job")
        print(f"newsbeam: {e}", file=sys.stderr)
        return EXIT_FAILED if failed else EXIT_USAGE
    except OutputLocked as e:
        print(f"newsbeam: {e}", file=sys.stderr)
        return EXIT_LOCKED
    except KeyboardInterrupt:
        print("newsbeam: interrupted; nothing partial was committed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as e:  # noqa: BLE001 - a failed job is a message and an exit code, not a traceback
        if getattr(args, "verbose", False):
            raise
        committed = ", nothing was committed" if args.command in ("run", "ingest", "watch") else ""
        print(f"newsbeam: {args.command} failed{committed}: {type(e).__name__}: {_last_line(e)}\n"
              "  (run again with -v for the log and the traceback)", file=sys.stderr)
        return EXIT_FAILED


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _last_line(e: Exception) -> str:
    lines = [line for line in str(e).strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


if __name__ == "__main__":
    sys.exit(main())
