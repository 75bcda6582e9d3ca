"""The exit codes of every `newsbeam` command: one table, the one the README shows and the tests check."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExitCode", "EXIT_CODES", "OK", "INPUT_ERRORS", "USAGE", "LOCKED", "FAILED", "DAMAGED", "INTERRUPTED",
           "markdown", "help_text"]

OK, INPUT_ERRORS, USAGE, LOCKED, FAILED, DAMAGED, INTERRUPTED = 0, 1, 2, 3, 4, 5, 130


@dataclass(frozen=True)
class ExitCode:
    code: int
    meaning: str
    commands: str  # which commands can end with it


EXIT_CODES = (
    ExitCode(OK, "done; no input was rejected (`watch`: stopped between ticks; `verify`: the dataset is sound, "
                 "or was repaired)", "all"),
    ExitCode(INPUT_ERRORS, "done, but some input became rows in the `errors` table", "run, ingest"),
    ExitCode(USAGE, "bad usage, configuration, input or output (a folder given as input, `--output` naming a file, "
                    "a dataset folder that does not exist, an unknown table or column, a write in SQL); nothing was "
                    "written", "all"),
    ExitCode(LOCKED, "the output folder is locked by another newsbeam process; nothing was written",
             "run, ingest, verify"),
    ExitCode(FAILED, "the job or query failed, or ran over its time or memory limit; nothing was committed",
             "run, ingest, watch, query"),
    ExitCode(DAMAGED, "the dataset has a file that cannot be read (the message names it); "
                      "`newsbeam verify --output DIR --repair` repairs it", "all"),
    ExitCode(INTERRUPTED, "interrupted by Ctrl-C or SIGTERM while working; nothing partial was committed",
             "all"),
)


def markdown() -> str:
    """The README's exit-code table."""
    rows = [f"| {c.code} | {c.meaning} | {c.commands} |" for c in EXIT_CODES]
    return "\n".join(["| code | meaning | commands |", "|---|---|---|", *rows]) + "\n"


def help_text() -> str:
    """The table for `newsbeam --help`."""
    return "Exit codes (all commands):\n" + "\n".join(f"  {c.code:<3} {c.meaning.replace('`', '')}" for c in EXIT_CODES)
