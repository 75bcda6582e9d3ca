"""The `newsbeam` command. Each command is a few lines over the Python API.

Exit codes: one table for every command, `newsbeam.pipeline.cli.exit_codes` (shown by `newsbeam --help`).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings

from newsbeam.pipeline.cli import exit_codes
from newsbeam.pipeline.run import interrupts
from newsbeam.pipeline.cli.exit_codes import DAMAGED, FAILED, INPUT_ERRORS, INTERRUPTED, LOCKED, OK, USAGE

__all__ = ["main"]


def _quiet_beam(verbose: bool) -> None:
    # Beam logs GCP/AWS client warnings at import time and INFO chatter while running;
    # configure logging before anything imports apache_beam.
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        warnings.filterwarnings("ignore")
        for name in ("apache_beam", "root"):
            logging.getLogger(name).setLevel(logging.ERROR)


def _job_options(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    from newsbeam.pipeline.config import DEFAULT_CONFIG  # the installed copy's own path, for --help
    if inputs:
        p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or glob patterns (quote globs: 'in/**/*.txt')")
    p.add_argument("--output", "-o", help="output folder (one Parquet dataset per table)")
    p.add_argument("--config", help=f"YAML job config (default: newsbeam's own, {DEFAULT_CONFIG})")
    p.add_argument("--format", choices=["txt", "jsonl", "html", "warc"],
                   help="input format for every file (default: by extension)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="anchor for relative dates in articles without their own published_at")
    p.add_argument("--reference-date-overrides", action="store_true", default=None,
                   help="anchor every article on --reference-date, even one with its own published_at")
    p.add_argument("--workers", type=int, help="local worker processes on the DirectRunner (default 1)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override any config setting, e.g. --set fields.text=body")
    p.add_argument("-v", "--verbose", action="store_true", help="show Beam's own logging")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors (no progress, no summary)")


def _load(args, beam_args: list[str]):
    from newsbeam.pipeline.config import load_config

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
    if getattr(args, "quiet", False):
        overrides["progress"] = "off"
    config = load_config(args.config, overrides)
    config.beam_args = list(config.beam_args) + beam_args
    _check_paths(config.inputs, config.output)
    return config


def _check_paths(inputs: list[str], output: str | None) -> None:
    """Usage errors a user can fix at once, before any work: a folder as input, a file as output."""
    for pattern in inputs:
        if "://" not in pattern and not any(c in pattern for c in "*?[") and os.path.isdir(pattern):
            folder = pattern.rstrip("/") or "/"
            raise _Usage(f"{pattern} is a folder; name the files in it, e.g. '{folder}/*.txt' or "
                         f"'{folder}/**/*.jsonl' (quoted, so that newsbeam expands the pattern)")
    if output and "://" not in output and os.path.exists(output) and not os.path.isdir(output):
        raise _Usage(f"--output {output} is a file; give a folder (it is created if missing)")


def _existing_output(output: str | None) -> str:
    """The output folder of a command that reads a dataset: it must exist."""
    if not output:
        raise _Usage("no output folder given (--output DIR)")
    if "://" not in output and not os.path.isdir(output):
        raise _Usage(f"no output folder at {output}" if not os.path.exists(output)
                     else f"--output {output} is a file, not a dataset folder")
    return output


def _start_fork_server(config) -> None:
    """Local worker processes to come: their fork server warms up while this process imports Beam."""
    from newsbeam.pipeline.run import fork_server

    if fork_server.runs_local_workers(config.beam_args, config.workers):
        fork_server.start()


class _Usage(ValueError):
    pass


def cmd_run(args, beam_args) -> int:
    """Analyse article files into a new Parquet dataset.

    Example: newsbeam run 'articles/**/*.txt' 'feeds/*.jsonl.gz' --output out/
    Anything after `--` goes to Beam unchanged: newsbeam run in/*.txt -o gs://b/out -- --runner=DataflowRunner ...
    """
    _ran_a_job[:] = [True]
    config = _load(args, beam_args)
    _start_fork_server(config)
    from newsbeam.pipeline.run.jobs import run_job
    from newsbeam.pipeline.run.summary import print_run_summary

    summary = run_job(config)
    if not args.quiet:
        print_run_summary(summary)
    return INPUT_ERRORS if summary.errors else OK


def cmd_ingest(args, beam_args) -> int:
    """Add only new or changed files to a dataset; safe to run from cron, systemd or Airflow.

    Example: newsbeam ingest 'inbox/**/*.jsonl' --output data/
    Files already ingested (same path, size and mtime, or the same content hash) are skipped;
    failed files are retried on later runs up to ingest.max_attempts.
    """
    _ran_a_job[:] = [True]
    from newsbeam.pipeline.dataset.ingest import ingest
    from newsbeam.pipeline.run.summary import format_ingest

    result = ingest(_load(args, beam_args))
    if not args.quiet:
        print(format_ingest(result))
    return INPUT_ERRORS if result.summary is not None and result.summary.errors else OK


def cmd_watch(args, beam_args) -> int:
    """Ingest on a schedule until stopped (micro-batches: each tick is one `newsbeam ingest`).

    Example: newsbeam watch 'inbox/**/*.jsonl' --output data/ --every 5m
             newsbeam watch 'inbox/*.txt' -o data/ --every '*/15 6-22 * * mon-fri'
    Ctrl-C between ticks stops at once; during a tick it aborts the tick, leaving nothing partial.
    """
    _ran_a_job[:] = [True]
    from newsbeam.pipeline.dataset.schedule import ScheduleError, parse_schedule
    from newsbeam.pipeline.dataset.watch import watch

    try:
        schedule = parse_schedule(args.every)
    except ScheduleError as e:
        raise _Usage(str(e)) from None
    config = _load(args, beam_args)
    return watch(config, schedule, max_ticks=args.ticks, out=open(os.devnull, "w") if args.quiet else sys.stdout)


def cmd_status(args, beam_args) -> int:
    """Show what was ingested when, what failed, and (given inputs) what is pending.

    Example: newsbeam status --output data/ 'inbox/**/*.jsonl'
    """
    from newsbeam.pipeline.dataset.status import dataset_status, format_status

    config = _load(args, beam_args)
    print(format_status(dataset_status(_existing_output(config.output), config.inputs, config.ingest.max_attempts)))
    return OK


def cmd_verify(args, beam_args) -> int:
    """Check that every file of a dataset is readable and that its records and data agree.

    Example: newsbeam verify --output data/
             newsbeam verify --output data/ --repair
    --repair moves each damaged run (its files and record) to data/.newsbeam/quarantine/, marks its source
    files for re-ingest (the next `newsbeam ingest` of them processes them again), and says what it did.
    """
    from newsbeam.pipeline.dataset.verify import format_report, verify

    try:
        report = verify(_existing_output(args.output), repair=args.repair)
    except FileNotFoundError as e:
        raise _Usage(str(e)) from None
    print(format_report(report))
    return DAMAGED if report.damaged else OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbeam", description="News articles to queryable Parquet tables, with Apache Beam.",
                                     epilog=exit_codes.help_text(), formatter_class=argparse.RawDescriptionHelpFormatter)
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
    verify = sub.add_parser("verify", help="check a dataset's files (and repair them)", description=cmd_verify.__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    verify.add_argument("--output", "-o", required=True, help="the dataset folder")
    verify.add_argument("--repair", action="store_true", help="quarantine damaged runs, mark their sources for re-ingest")
    verify.add_argument("-v", "--verbose", action="store_true", help="show tracebacks")
    verify.set_defaults(handler=cmd_verify)
    from newsbeam.pipeline.cli.query import add_query_commands  # query and stats: DuckDB, no Beam

    add_query_commands(sub)
    from newsbeam.pipeline.cli.report import add_report_command  # report: DuckDB + altair, no Beam

    add_report_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns its exit code (`newsbeam.pipeline.cli.exit_codes`).

    Ctrl-C and SIGTERM interrupt any command (`newsbeam.pipeline.run.interrupts`). Run as the program (argv None),
    an interrupted process then ends at once, so that no Beam thread can hold it.
    """
    code = _main(argv)
    if argv is None and interrupts.interrupted():
        interrupts.exit_now(code)
    if argv is None and _ran_a_job:
        _end_without_teardown(code)
    return code


# Set by the commands that build a Beam job (run, ingest, watch): see `_end_without_teardown`.
_ran_a_job: list[bool] = []


def _end_without_teardown(code: int) -> None:
    """End the `newsbeam` program once a job command is done, skipping the interpreter's teardown.

    After a job the process holds Beam, gRPC, pyarrow and the stage modules: freeing every one of
    their objects and modules at exit cost about 0.3 s of CPU (0.8-1 s of wall on a busy host) for
    nothing, paid after the run has committed, on every `run` and every `watch`. Everything that
    exit does for others is done here first: the atexit handlers (the fork server's stop, logging's
    flush) and the standard streams' flush; the remaining threads are Beam's and gRPC's daemon threads,
    which exit would not wait for either. Data files are all closed by then (the commit is done).
    """
    import atexit
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)  # (CPython's; elsewhere: a plain exit)
    if run_exit_handlers is None or any(not t.daemon for t in threading.enumerate()
                                        if t is not threading.current_thread()):
        return  # (exit waits for a non-daemon thread: so do we, the usual way)
    run_exit_handlers()
    interrupts.exit_now(code)  # (its output flushed)


def _main(argv: list[str] | None) -> int:
    command, verbose = None, False
    try:
        # Inside the try: a signal can land the moment its handler is in place, before any command runs.
        interrupts.install(program=argv is None)
        argv = list(sys.argv[1:] if argv is None else argv)
        beam_args: list[str] = []
        if "--" in argv:
            cut = argv.index("--")
            argv, beam_args = argv[:cut], argv[cut + 1:]
        args = build_parser().parse_args(argv)
        command, verbose = args.command, getattr(args, "verbose", False)
        _quiet_beam(verbose)
        code = args.handler(args, beam_args)
        interrupts.raise_pending()
        return code
    except SystemExit:
        raise
    except BaseException as e:  # noqa: BLE001 - every failure is a message and an exit code
        return _failure(e, command, verbose)


def _failure(e: BaseException, command: str | None, verbose: bool) -> int:
    """The message and exit code for an exception that ended a command."""
    if isinstance(e, KeyboardInterrupt) or interrupts.interrupted():
        writes = command in ("run", "ingest", "watch", "verify")
        print("newsbeam: interrupted" + ("; nothing partial was committed" if writes else ""), file=sys.stderr)
        return INTERRUPTED
    from newsbeam.pipeline.config import ConfigError
    from newsbeam.pipeline.errors import JobError, JobFailed
    from newsbeam.pipeline.dataset.lock import OutputLocked
    from newsbeam.pipeline.dataset.records import DatasetDamaged

    if verbose:
        import traceback

        traceback.print_exception(e)
    if isinstance(e, DatasetDamaged):
        print(f"newsbeam: the dataset is damaged: {e}", file=sys.stderr)
        return DAMAGED
    if isinstance(e, OutputLocked):
        print(f"newsbeam: {e}", file=sys.stderr)
        return LOCKED
    if isinstance(e, (ConfigError, JobError, _Usage)) and not isinstance(e, JobFailed):
        print(f"newsbeam: {e}", file=sys.stderr)
        return USAGE
    committed = ", nothing was committed" if command in ("run", "ingest", "watch") else ""
    print(f"newsbeam: {command or 'newsbeam'} failed{committed}: {type(e).__name__}: {_last_line(e)}"
          + ("" if verbose else "\n  (run again with -v for the log and the traceback)"), file=sys.stderr)
    return FAILED


def _last_line(e: BaseException) -> str:
    lines = [line for line in str(e).strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


if __name__ == "__main__":
    sys.exit(main())
