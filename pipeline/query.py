"""Query a newsbeam output folder with SQL: a read-only DuckDB connection with one view per table.

    from pipeline.query import connect, query
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
`query()` additionally accepts only SELECT/EXPLAIN statements, for a clearer message.
"""
from __future__ import annotations

import os
import re

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from transforms.schemas import TABLES, schema_for

__all__ = ["connect", "query", "view_columns", "VIEWS", "QueryError", "DatasetNotFound", "UnknownName",
           "ReadOnlyError"]

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


def connect(output: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views of VIEWS over the output folder `output`.

    The files are listed once, here: runs committed later appear after reconnecting.
    """
    fs, root = _folder(output)
    con = duckdb.connect(":memory:", config={"enable_external_access": False, "temp_directory": ""})
    for table in TABLES:
        files = _parquet_files(fs, f"{root}/{table}")
        # An explicit schema: a folder with no files is an empty table with the right columns,
        # and older files missing a newer column read it as null.
        con.register(f"{table}_all", ds.dataset(files, schema=schema_for(table), format="parquet", filesystem=fs))
    _define_views(con)
    con.execute("SET lock_configuration = true")
    return con


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


def query(source: str | duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    """Run read-only SQL against an output folder (or a connection from `connect`); the last statement's rows."""
    _check_read_only(sql)
    con = connect(source) if isinstance(source, (str, os.PathLike)) else source
    try:
        return pa.table(con.sql(sql).arrow())
    except duckdb.Error as e:
        raise _explain(e, con, sql) from None
    finally:
        if con is not source:
            con.close()


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
        if s.type not in _READ_STATEMENTS:
            raise ReadOnlyError(f"{s.type.name} statements are not allowed: the dataset is read-only, and only "
                                f"SELECT (DESCRIBE, SHOW, SUMMARIZE ...) and EXPLAIN queries run here")


def _explain(e: duckdb.Error, con: duckdb.DuckDBPyConnection, sql: str) -> QueryError:
    message = str(e)
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
