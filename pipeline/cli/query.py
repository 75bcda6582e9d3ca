"""`newsbeam query` and `newsbeam stats`: each command is a few lines over `newsbeam.pipeline.querying.query`.

`add_query_commands(subparsers)` registers both on the `newsbeam` parser; `main(argv)` runs them alone
(`python -m newsbeam.pipeline.cli.query query --output data/ "SELECT 1"`). Exit codes, as in `newsbeam.pipeline.cli.main`:
0 ok; 2 bad usage, missing or empty output folder, unknown table or column, a write attempt; 4 SQL error.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsbeam.pipeline.run import interrupts
from newsbeam.pipeline.cli.exit_codes import DAMAGED, FAILED, OK, USAGE

if TYPE_CHECKING:
    import pyarrow as pa

# pyarrow, DuckDB (`newsbeam.pipeline.querying.query`) and the schemas are imported by the functions that use them: every
# `newsbeam` command registers these two, and the others (an `ingest` that finds nothing new) would
# otherwise spend longer importing them than working.

__all__ = ["add_query_commands", "cmd_query", "cmd_stats", "render_table", "write_result", "run_shell", "main"]

FORMATS = ("table", "csv", "json", "parquet")
_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "json", ".parquet": "parquet"}
MAX_WIDTH = 60       # wider text cells are cut with "…" in table output
MAX_TABLE_ROWS = 1000  # table output is for reading; csv/json/parquet carry every row
# `newsbeam.pipeline.querying.query.DEFAULT_TIMEOUT`, spelled here so that registering the commands imports no DuckDB
# (tests/pipeline/querying/test_query.py holds the two equal).
DEFAULT_TIMEOUT = 300.0


class UsageError(ValueError):
    pass


def _clean_errors(command):
    """Library errors -> one clean message on stderr and the documented exit code; no traceback."""
    @functools.wraps(command)
    def run(args, beam_args=()):
        from newsbeam.pipeline.querying.query import DatasetDamaged, DatasetNotFound, QueryError, ReadOnlyError, UnknownName

        try:
            return command(args)
        except BrokenPipeError:  # `newsbeam query ... | head`: the reader left; not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return OK
        except (UsageError, DatasetNotFound, UnknownName, ReadOnlyError, OSError) as e:
            return _fail(e, USAGE)  # OSError: --to cannot be written
        except DatasetDamaged as e:
            return _fail(f"the dataset is damaged: {e}", DAMAGED)
        except QueryError as e:
            return _fail(e, FAILED)
    return run


def _fail(error: Exception | str, code: int) -> int:
    print(f"newsbeam: {error}", file=sys.stderr)
    return code


@_clean_errors
def cmd_query(args) -> int:
    """Run SQL over an output folder's tables (read-only), or open an SQL shell.

    Tables: articles, paragraphs, quotes, dates, errors (latest run of each source file),
    <table>_all (every run), quotes_in_context, dates_in_context. See docs/querying.md.
    Formats: table (default, text cut at 60 chars), csv, json (JSON Lines: one object per row),
    parquet (needs --to). --to FILE also picks the format from its extension.

    Example: newsbeam query -o data/ "SELECT speaker_name, count(*) n FROM quotes GROUP BY 1 ORDER BY n DESC LIMIT 10"
             newsbeam query -o data/ --format csv --to speakers.csv "SELECT * FROM quotes_in_context"
             newsbeam query -o data/ --shell
    """
    from newsbeam.pipeline.querying.query import connect, query

    sql = " ".join(args.sql)
    timeout = args.timeout or None
    if args.shell:
        if sql:
            raise UsageError("give either SQL or --shell, not both")
        return run_shell(connect(args.output, _memory_limit(args)), timeout=timeout)
    if not sql:
        raise UsageError("give the SQL to run (or --shell): newsbeam query -o DIR \"SELECT ...\"")
    fmt = _format_for(args)
    write_result(query(args.output, sys.stdin.read() if sql == "-" else sql, timeout, _memory_limit(args)), fmt, args.to)
    return OK


@_clean_errors
def cmd_stats(args) -> int:
    """Summarise a dataset: articles by language and month, top speakers, quotes and dates per article, errors.

    Example: newsbeam stats --output data/
             newsbeam stats --output data/ --json
    """
    from newsbeam.pipeline.querying.query import connect
    from newsbeam.pipeline.querying.stats import collect_stats

    stats = collect_stats(connect(args.output, _memory_limit(args)))
    if args.json:
        print(json.dumps({title: t.to_pylist() for title, t in stats.items()}, default=str, ensure_ascii=False))
        return OK
    print(f"newsbeam dataset {args.output}")
    for title, table in stats.items():
        print(f"\n{title}\n" + (render_table(table, footer=False) if table.num_rows else "(none)"))
    return OK


def add_query_commands(subparsers) -> None:
    """Register `query` and `stats` on the `newsbeam` parser's subparsers."""
    def add(name, command, help_text):
        p = subparsers.add_parser(name, help=help_text, description=command.__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--output", "-o", required=True, help="the output folder of `newsbeam run` / `ingest`")
        p.add_argument("--memory-limit", metavar="SIZE",
                       help="DuckDB's memory limit, e.g. 2GB (default: a quarter of this machine's memory)")
        p.set_defaults(handler=command)
        return p

    q = add("query", cmd_query, "run SQL over a dataset (read-only)")
    q.add_argument("sql", nargs="*", metavar="SQL", help="the query; '-' reads it from stdin")
    q.add_argument("--format", "-f", choices=FORMATS, help="output format (default: table, or from --to's extension)")
    q.add_argument("--to", metavar="FILE", help="write the result to FILE instead of stdout")
    q.add_argument("--shell", action="store_true", help="interactive SQL (.tables, .schema VIEW, .quit)")
    q.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"cancel a statement that runs longer (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
    s = add("stats", cmd_stats, "summary figures of a dataset")
    s.add_argument("--json", action="store_true", help="one JSON object: section title -> rows")


_SIZE = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


def _memory_limit(args) -> str | None:
    if args.memory_limit is not None and not _SIZE.match(args.memory_limit):
        raise UsageError(f"--memory-limit takes a size such as 500MB or 4GB, got {args.memory_limit!r}")
    return args.memory_limit


def _format_for(args) -> str:
    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.to or "").suffix.lower(), "table")
    if fmt == "parquet" and not args.to:
        raise UsageError("--format parquet needs --to FILE")
    if args.to and "://" not in args.output and Path(args.output).resolve() in Path(args.to).resolve().parents:
        # The folder is the dataset: a file written there would become part of it.
        raise UsageError(f"--to must be outside the output folder {args.output}")
    return fmt


def write_result(table: pa.Table, fmt: str, to: str | None = None) -> None:
    """Write a query result as table/csv/json (JSON Lines)/parquet to the file `to`, or stdout."""
    import pyarrow.parquet as pq

    if fmt == "parquet":
        pq.write_table(table, to)
        return
    out = open(to, "w", encoding="utf-8", newline="") if to else sys.stdout
    try:
        if fmt == "table":
            out.write(render_table(table) + "\n")
        elif fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(table.column_names)
            for batch in table.to_batches():
                writer.writerows([_csv_value(v) for v in row.values()] for row in batch.to_pylist())
        else:
            for batch in table.to_batches():
                out.writelines(json.dumps(row, default=str, ensure_ascii=False) + "\n" for row in batch.to_pylist())
    finally:
        if to:
            out.close()


def _csv_value(v):
    return json.dumps(v, default=str, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def render_table(table: pa.Table, max_width: int = MAX_WIDTH, max_rows: int = MAX_TABLE_ROWS,
                 footer: bool = True) -> str:
    """An aligned text table: long text cut to `max_width` with "…", numbers right-aligned, row count below."""
    import pyarrow as pa

    shown = table.slice(0, max_rows)
    rows = [[_cell(v, max_width) for v in row.values()] for row in shown.to_pylist()]
    names = [_cell(n, max_width) for n in table.column_names]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    numeric = [pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t) for t in table.schema.types]

    def line(cells):
        return "  ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)).rstrip()

    lines = [line(names), line(["-" * w for w in widths]), *map(line, rows)]
    if footer:
        n = table.num_rows
        more = f"; showing the first {max_rows:,}, use --format csv or --to FILE for all" if n > max_rows else ""
        lines.append(f"({n:,} row{'s' if n != 1 else ''}{more})")
    return "\n".join(lines)


def _cell(v, max_width: int) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, float):
        text = f"{v:.3f}".rstrip("0").rstrip(".") if abs(v) < 1e15 else f"{v:.3g}"
    else:
        text = " ".join(str(v).split())  # newlines and tabs would break the grid
    return text if len(text) <= max_width else text[:max_width - 1] + "…"


def run_shell(con, stdin: TextIO | None = None, out: TextIO | None = None,
              timeout: float | None = DEFAULT_TIMEOUT) -> int:
    """A small SQL prompt: statements end with `;`; `.tables`, `.schema [VIEW]`, `.help`, `.quit`.

    Ctrl-C cancels the running statement (or abandons the line being typed) and the shell goes on;
    SIGTERM or end of input leaves it.
    """
    stdin, out = stdin or sys.stdin, out or sys.stdout
    interactive = stdin is sys.stdin and stdin.isatty()
    if interactive:
        import readline  # noqa: F401 - line editing and history for input()
        out.write("newsbeam SQL shell (read-only). End statements with ';'. .help for commands.\n")
    buffer: list[str] = []
    for line in _lines(stdin, interactive, lambda: "   ...> " if buffer else "newsbeam> "):
        stripped = line.strip()
        if not buffer and stripped.startswith("."):
            word, _, arg = stripped.partition(" ")
            if word in (".quit", ".exit"):
                break
            out.write(_dot_command(con, word, arg.strip()) + "\n")
            continue
        if stripped:
            buffer.append(line.rstrip("\n"))
        if stripped.endswith(";"):
            out.write(_answer(con, "\n".join(buffer), timeout) + "\n")
            out.flush()
            buffer = []
    if buffer:  # piped input may end without the last ';'
        out.write(_answer(con, "\n".join(buffer), timeout) + "\n")
    return OK


def _answer(con, sql: str, timeout: float | None) -> str:
    from newsbeam.pipeline.querying.query import QueryError, query

    try:
        return render_table(query(con, sql, timeout))
    except QueryError as e:
        return f"Error: {e}"
    except interrupts.Terminated:
        raise
    except KeyboardInterrupt:  # Ctrl-C: DuckDB has stopped the statement; the shell goes on
        interrupts.clear()
        return "Cancelled."


def _lines(stdin: TextIO, interactive: bool, prompt):
    if not interactive:
        yield from stdin
        return
    while True:
        try:
            yield input(prompt())
        except EOFError:
            return
        except interrupts.Terminated:
            raise
        except KeyboardInterrupt:  # Ctrl-C abandons the current line, as in other SQL shells
            interrupts.clear()
            print()


def _dot_command(con, word: str, arg: str) -> str:
    import pyarrow as pa

    from newsbeam.pipeline.querying.query import VIEWS, view_columns

    if word == ".tables":
        return "\n".join(f"{name:<18} {about}" for name, about in VIEWS.items())
    if word == ".schema" and arg:
        if arg not in VIEWS:
            return f"no view {arg!r}; views: {', '.join(VIEWS)}"
        docs = _column_docs(arg)
        rows = [{"column": c, "type": t, "about": docs.get(c, "")} for c, t in view_columns(con, arg)]
        return render_table(pa.Table.from_pylist(rows), max_width=120, footer=False)
    if word == ".schema":
        return "\n".join(f"{v}({', '.join(c for c, _ in view_columns(con, v))})" for v in VIEWS)
    return ".tables             list the views\n.schema [VIEW]      columns, types and meaning\n.quit               leave"


def _column_docs(view: str) -> dict[str, str]:
    """Column meanings from newsbeam.transforms.schemas: the view's own table first, then articles (joined-in columns)."""
    from newsbeam.transforms.schemas import TABLES, schema_for

    base = next((t for t in TABLES if view.startswith(t)), "articles")
    docs: dict[str, str] = {}
    for table in (base, "articles"):
        for f in schema_for(table):
            docs.setdefault(f.name, f.metadata[b"doc"].decode())
    docs["paragraph_text"] = "The text of the paragraph the expression occurs in."
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsbeam")
    add_query_commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return args.handler(args, [])


if __name__ == "__main__":
    sys.exit(main())
