"""Query a newsbeam output folder with SQL: a read-only DuckDB connection with one view per table.

    from newsbeam.pipeline.querying.query import connect, query
    con = connect("data/")
    con.sql("SELECT language, count(*) FROM articles GROUP BY 1").fetchall()
    query("data/", "SELECT speaker_name, count(*) n FROM quotes GROUP BY 1 ORDER BY n DESC LIMIT 5")  # a pyarrow.Table

`.df()` on a result needs pandas, which newsbeam does not install; `.fetchall()` and `.arrow()` always work.

Views: `articles`, `paragraphs`, `quotes`, `dates`, `errors` show the latest version of each source
file (ingestion keeps the rows of earlier runs for history); `<table>_all` show every run; and
`quotes_in_context`, `dates_in_context` join in the article (and paragraph) they come from.

Read-only by construction: DuckDB never touches the file system. pyarrow lists and scans the
Parquet files (registered as Arrow datasets), and the connection runs with
`enable_external_access = false`, no `allowed_paths`/`allowed_directories`, no temp directory,
then `lock_configuration = true`. So `COPY ... TO`, `EXPORT`, `ATTACH`, `INSTALL`, `read_csv(...)`
all fail with a permission error, and no `SET` can undo it. (`allowed_paths` would not do: it also
allows *writing* the listed files, e.g. `COPY ... TO '<a data file>' (USE_TMP_FILE false)`.)
`query()` additionally runs only statements that read: SELECT, and EXPLAIN of a statement that reads
(`EXPLAIN ANALYZE` runs its statement, so what it wraps is checked, not its first keyword).

Limits: a connection gets a memory limit (default a quarter of the machine's memory), and `query()`
a time limit (default 300 s); a query over either fails with a message saying which. Ctrl-C or
SIGTERM (a KeyboardInterrupt) cancels the running statement at once: DuckDB runs it on a worker
thread and is interrupted, instead of finishing first.

Readers see the last committed state: only the files of committed runs (`newsbeam.pipeline.dataset.records`),
never those a commit still under way has moved into place. A file that cannot be read raises
`DatasetDamaged`, naming it.
"""
from __future__ import annotations

import os
import re
import threading
import time

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from newsbeam.pipeline.dataset.records import DatasetDamaged, current_and_superseded, damaged, run_of_part
from newsbeam.transforms.schemas import TABLES, schema_for

__all__ = ["connect", "query", "view_columns", "VIEWS", "QueryError", "DatasetNotFound", "UnknownName",
           "ReadOnlyError", "QueryTimeout", "DatasetDamaged", "DEFAULT_TIMEOUT", "default_memory_limit"]

DEFAULT_TIMEOUT = 300.0  # seconds per statement; 0 or None: no limit

# Latest only: for each source file, the rows of the greatest run_id that wrote articles for it; rows of
# the other tables follow their article's (article_id, run_id). The superseded ("stale") article rows
# are the history ingestion keeps: few, and in few runs. They are found once per connection (the file
# list is a snapshot anyway), so a view reads the runs without stale rows straight through (pyarrow
# skips the other files by their run_id statistics) and anti-joins only the rest.
_STALE = """SELECT source_uri, article_id, run_id FROM articles_all
            QUALIFY run_id < max(run_id) OVER (PARTITION BY source_uri)"""
# A file that failed and later succeeded must not keep its old error: the latest run that touched
# the file (with an error or with articles) decides which error rows are current.
_LATEST_ERRORS = """
    WITH touched AS (SELECT source_uri, run_id FROM errors_all UNION ALL SELECT source_uri, run_id FROM articles_all),
         latest AS (SELECT source_uri, max(run_id) AS run_id FROM touched GROUP BY source_uri)
    SELECT * FROM errors_all SEMI JOIN latest USING (source_uri, run_id)"""

_DERIVED = {
    "quotes_in_context": """
        SELECT q.*, a.title, a.published_at, a.language, a.source_uri
        FROM quotes q JOIN articles_all a ON a.article_id = q.article_id AND a.run_id = q.run_id""",
    "dates_in_context": """
        SELECT d.*, p.text AS paragraph_text, a.title, a.published_at, a.source_uri
        FROM dates d
        JOIN articles_all a ON a.article_id = d.article_id AND a.run_id = d.run_id
        LEFT JOIN paragraphs_all p ON p.article_id = d.article_id AND p.run_id = d.run_id
                                  AND p.paragraph_index = d.paragraph_index""",
}

VIEWS: dict[str, str] = {
    "articles": "one row per article, latest run of each source file",
    "paragraphs": "paragraphs of the latest articles",
    "quotes": "quotes of the latest articles",
    "dates": "date expressions of the latest articles",
    "errors": "problems from the latest run that touched each source file",
    **{f"{t}_all": f"every {t} row of every run (history)" for t in TABLES},
    "quotes_in_context": "quotes + their article's title, published_at, language, source_uri",
    "dates_in_context": "dates + the paragraph_text they occur in, the article's title, published_at, source_uri",
}

_READ_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class QueryError(Exception):
    """A query that could not run; the message is for the user (DuckDB's own, plus hints)."""


class DatasetNotFound(QueryError):
    """The output folder is missing or holds no newsbeam tables."""


class UnknownName(QueryError):
    """The SQL names a table or column that does not exist; the message lists the available ones."""


class ReadOnlyError(QueryError):
    """The SQL tries to write, or to read something other than the dataset."""


class QueryTimeout(QueryError):
    """The statement ran longer than its time limit and was cancelled."""


def default_memory_limit() -> str:
    """A quarter of the machine's memory (DuckDB's own default, 80%, lets one query starve the machine)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "2GB"
    return f"{max(256, total // 4 // 2**20)}MB"


def connect(output: str, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views of VIEWS over the output folder `output`.

    The files of the committed runs are listed once, here: runs committed later appear after
    reconnecting. `memory_limit` is DuckDB's (`"2GB"`, `"500MB"`); default: `default_memory_limit()`.
    """
    fs, root = _folder(output)
    con = duckdb.connect(":memory:", config={"enable_external_access": False, "temp_directory": ""})
    try:
        con.execute("SET memory_limit = ?", [memory_limit or default_memory_limit()])
    except duckdb.Error as e:
        con.close()
        raise QueryError(f"--memory-limit: {e}") from None
    committed = _committed_runs(fs, root)
    for table in TABLES:
        files = [f for f in _parquet_files(fs, f"{root}/{table}") if committed is None or run_of_part(f) in committed]
        # An explicit schema: a folder with no files is an empty table with the right columns,
        # and older files missing a newer column read it as null.
        con.register(f"{table}_all", ds.dataset(files, schema=schema_for(table), format="parquet", filesystem=fs))
    try:
        _define_views(con)
    except duckdb.Error as e:
        con.close()
        raise _explain(e, None, "", output) from None
    con.execute("SET lock_configuration = true")
    return con


def _committed_runs(fs: pafs.FileSystem, root: str) -> set[str] | None:
    """The runs whose files readers see; None for a folder without newsbeam's bookkeeping (all files count)."""
    meta = f"{root}/.newsbeam"
    if fs.get_file_info(meta).type == pafs.FileType.NotFound:
        return None
    found = fs.get_file_info(pafs.FileSelector(f"{meta}/runs", allow_not_found=True))
    current, _ = current_and_superseded(f.base_name for f in found if f.is_file)
    return {r.run_id for r in current}


def _define_views(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TEMP TABLE _stale AS {_STALE}")
    stale_runs = [r for (r,) in con.sql("SELECT DISTINCT run_id FROM _stale ORDER BY 1").fetchall()]
    latest = {t: _latest(t, stale_runs) for t in ("articles", "paragraphs", "quotes", "dates")}
    for name, sql in {**latest, "errors": _LATEST_ERRORS, **_DERIVED}.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")


def _latest(table: str, stale_runs: list[str]) -> str:
    if not stale_runs:  # no history, as after every `newsbeam run`: the latest rows are all the rows
        return f"SELECT * FROM {table}_all"
    runs = ", ".join("'" + r.replace("'", "''") + "'" for r in stale_runs)
    key = "source_uri, run_id" if table == "articles" else "article_id, run_id"
    return (f"SELECT * FROM {table}_all WHERE run_id NOT IN ({runs}) UNION ALL "
            f"SELECT * FROM (SELECT * FROM {table}_all WHERE run_id IN ({runs})) ANTI JOIN _stale USING ({key})")


def query(source: str | duckdb.DuckDBPyConnection, sql: str, timeout: float | None = DEFAULT_TIMEOUT,
          memory_limit: str | None = None) -> pa.Table:
    """Run read-only SQL against an output folder (or a connection from `connect`); the last statement's rows.

    Cancelled after `timeout` seconds (QueryTimeout), or at once by a KeyboardInterrupt (re-raised).
    """
    _check_read_only(sql)
    if not isinstance(source, (str, os.PathLike)):
        return _run(source, sql, timeout, None)
    for attempt in (1, 2):
        con = connect(source, memory_limit)
        try:
            return _run(con, sql, timeout, os.fspath(source))
        except _FileGone:
            if attempt == 2:  # a commit replaced the files between listing and reading, twice
                raise QueryError("the dataset changed while the query ran; run it again") from None
        finally:
            con.close()
    raise AssertionError("unreachable")


class _FileGone(QueryError):
    """A file listed when the connection opened was deleted since (a commit replaced it)."""


def _run(con: duckdb.DuckDBPyConnection, sql: str, timeout: float | None, output: str | None) -> pa.Table:
    """Run on a worker thread, so that a time limit or a signal can interrupt DuckDB mid-statement."""
    outcome: dict = {}
    finished = threading.Event()  # (not Thread.join: a join cut short by Ctrl-C may never wait again)

    def work():
        try:
            outcome["table"] = pa.table(con.sql(sql).arrow())
        except BaseException as e:  # noqa: BLE001 - handed to the calling thread
            outcome["error"] = e
        finally:
            finished.set()

    threading.Thread(target=work, name="newsbeam-query", daemon=True).start()
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while not finished.wait(0.05):
            if deadline is not None and time.monotonic() > deadline:
                con.interrupt()
                finished.wait()
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was cancelled "
                                   "(raise the limit with --timeout SECONDS, 0 for none)")
    except KeyboardInterrupt:
        con.interrupt()
        finished.wait()
        raise
    error = outcome.get("error")
    if error is None:
        return outcome["table"]
    if isinstance(error, duckdb.Error):
        raise _explain(error, con, sql, output) from None
    raise error


def view_columns(con: duckdb.DuckDBPyConnection, view: str) -> list[tuple[str, str]]:
    """(column, type) of a view or table of the connection."""
    return [(r[0], r[1]) for r in con.execute(f'DESCRIBE "{view}"').fetchall()]


def _folder(output: str) -> tuple[pafs.FileSystem, str]:
    output = os.fspath(output)
    if "://" in output:
        fs, root = pafs.FileSystem.from_uri(output)
    else:
        fs, root = pafs.LocalFileSystem(), os.path.abspath(output)
    root = root.rstrip("/")
    if fs.get_file_info(root).type != pafs.FileType.Directory:
        raise DatasetNotFound(f"no output folder at {output}")
    if all(fs.get_file_info(f"{root}/{t}").type == pafs.FileType.NotFound for t in TABLES):
        raise DatasetNotFound(f"{output} holds no newsbeam tables ({', '.join(TABLES)}): "
                              f"write one with `newsbeam run INPUTS --output {output}`")
    return fs, root


def _parquet_files(fs: pafs.FileSystem, folder: str) -> list[str]:
    found = fs.get_file_info(pafs.FileSelector(folder, recursive=True, allow_not_found=True))
    # Skip hidden and underscore entries (editor backups, `_SUCCESS`, `_temporary/`), as Hive readers do.
    return sorted(f.path for f in found if f.is_file and f.path.endswith(".parquet")
                  and not any(p[:1] in "._" for p in f.path[len(folder):].split("/") if p))


def _check_read_only(sql: str) -> None:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(str(e)) from None
    if not statements:
        raise QueryError("no SQL statement given")
    for s in statements:
        kind = _what_runs(s)
        if kind not in _READ_STATEMENTS:
            raise ReadOnlyError(f"{kind.name} statements are not allowed: the dataset is read-only, and only "
                                f"SELECT (DESCRIBE, SHOW, SUMMARIZE ...) and EXPLAIN of a SELECT run here")


def _what_runs(statement) -> duckdb.StatementType:
    """The type of the statement DuckDB will execute: for EXPLAIN [ANALYZE] [(options)] X, that of X.

    `EXPLAIN ANALYZE` executes X (`EXPLAIN ANALYZE CREATE VIEW ...` creates the view), so the check
    must look through it. Anything that cannot be taken apart is reported as what it claims to be,
    EXPLAIN wrapping an unknown statement, and refused.
    """
    if statement.type != duckdb.StatementType.EXPLAIN:
        return statement.type
    text = statement.query
    tokens = [(pos, kind) for pos, kind in duckdb.tokenize(text) if kind != duckdb.token_type.comment]
    words = [text[pos:tokens[i + 1][0] if i + 1 < len(tokens) else len(text)].strip()
             for i, (pos, _) in enumerate(tokens)]
    i = 1 if words and words[0].upper() == "EXPLAIN" else len(words)
    if i < len(words) and words[i].upper() in ("ANALYZE", "ANALYSE"):
        i += 1
    if i < len(words) and words[i].startswith("("):  # options: EXPLAIN (FORMAT json) ...
        depth = 0
        while i < len(words):
            depth += words[i].count("(") - words[i].count(")")
            i += 1
            if depth <= 0:
                break
    try:
        inner = duckdb.extract_statements(text[tokens[i][0]:]) if i < len(tokens) else []
    except duckdb.Error:
        inner = []
    if len(inner) != 1:
        return duckdb.StatementType.INVALID
    return _what_runs(inner[0])


_STREAM_FAILED = re.compile(r"reading the stream registered as '(\w+)_all' failed: (.*)", re.S)
_QUOTED_PARQUET = re.compile(r"'([^']+\.parquet)'")


def _damaged_file(message: str, output: str | None) -> tuple[str, bool] | None:
    """(path, deleted since listed?) of the data file behind an Arrow read failure, or None for other errors."""
    m = _STREAM_FAILED.search(message)
    if not m:
        return None
    table, detail = m.groups()
    named = _QUOTED_PARQUET.search(detail)
    if named:
        return named.group(1), "No such file" in detail or "errno 2]" in detail
    # A corrupt page names no file: find it by reading the table's files (only ever on this failure).
    if output and table in TABLES:
        import pyarrow.parquet as pq

        fs, root = _folder(output)
        committed = _committed_runs(fs, root)
        for path in _parquet_files(fs, f"{root}/{table}"):
            if committed is None or run_of_part(path) in committed:
                try:
                    with fs.open_input_file(path) as f:
                        pq.read_table(f)
                except (pa.ArrowException, OSError):
                    return path, False
    return f"a file of {table}/", False


def _explain(e: duckdb.Error, con: duckdb.DuckDBPyConnection | None, sql: str, output: str | None = None) -> QueryError:
    message = str(e)
    bad_file = _damaged_file(message, output) if isinstance(e, duckdb.InvalidInputException) else None
    if bad_file is not None:
        path, missing = bad_file
        if missing:
            return _FileGone(message)
        return damaged(path, message.rsplit(" failed: ", 1)[-1], output or "DIR")
    if isinstance(e, duckdb.InterruptException):
        return QueryError("the query was cancelled")
    if isinstance(e, duckdb.OutOfMemoryException):
        return QueryError(f"{message.splitlines()[0]}\n(the query needs more memory than its limit: "
                          "raise it with --memory-limit, e.g. --memory-limit 8GB, or narrow the query)")
    if con is None:
        return QueryError(message)
    if isinstance(e, duckdb.CatalogException) and "Table with name" in message:
        return UnknownName(f"{message}\navailable tables: {', '.join(VIEWS)}")
    if isinstance(e, duckdb.BinderException) and re.search(r"not found|does not have a column|does not exist", message):
        named = [v for v in VIEWS if re.search(rf"\b{v}\b", sql, re.IGNORECASE)]
        hints = [f"columns of {v}: {', '.join(c for c, _ in view_columns(con, v))}" for v in named]
        return UnknownName("\n".join([message, *hints]))
    if isinstance(e, duckdb.PermissionException):
        return ReadOnlyError(f"{message}\n(newsbeam queries read only the dataset and write nothing; "
                             f"save a result with --to FILE)")
    return QueryError(message)
