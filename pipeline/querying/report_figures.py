"""The numbers of `newsbeam report`: one SQL query per figure over the read-only views of `newsbeam.pipeline.querying.query`.

    from newsbeam.pipeline.querying.report_figures import collect_figures
    figures = collect_figures("data/", where="language = 'de'", top=15)
    figures.rows["top_speakers"]   # [{"speaker_name": ..., "quotes": ..., "articles": ...}, ...]

Every query runs through `query()` (latest versions only, `*_all` for history), so only SELECT
statements reach the sandboxed connection, and every aggregation happens in DuckDB: what comes back
is a few aggregated rows per figure. `where` is a condition on the `articles` view. It is placed in
CTEs that shadow the views (`articles`, then the `paragraphs`, `quotes`, `dates` of those articles,
and the same for `*_all`), so each figure's SQL reads the same with or without it.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from newsbeam.pipeline.querying.query import QueryError, ReadOnlyError, UnknownName, connect, query

__all__ = ["FIGURE_SQL", "LANGUAGE_GROUPS", "BadCondition", "Figures", "collect_figures", "report_sql"]

LANGUAGE_GROUPS = 8  # per-language time series keep the 8 most frequent languages and group the rest as "other"


class BadCondition(QueryError):
    """`where` is not one valid condition on the articles view."""


# Plain SQL over the views, runnable as it is with `newsbeam query` (the report shows it under each chart).
# {unit} is a period chosen from the data's span (day, week, month or year); {top} is how many to list.

_TOP_LANGUAGES = f"""top_languages AS (
    SELECT language FROM articles GROUP BY language ORDER BY count(*) DESC, language LIMIT {LANGUAGE_GROUPS})"""
_LANGUAGE_GROUP = "CASE WHEN language IN (FROM top_languages) THEN language ELSE 'other' END"


def _histogram(column: str) -> str:
    """Articles per bin of an integer column: ~25 bins of a round width up to the 99th percentile, the last
    bin (`≥ cap`) also holding the longest 1%."""
    return f"""WITH bounds AS (
    SELECT greatest(quantile_disc({column}, 0.99), 1) AS p99, max({column}) AS top FROM articles),
width AS (
    SELECT top, step, ceil(p99 / step)::BIGINT * step AS cap
    FROM (SELECT p99, top, greatest(1, CASE WHEN raw / b <= 1 THEN b WHEN raw / b <= 2 THEN 2 * b
                                            WHEN raw / b <= 5 THEN 5 * b ELSE 10 * b END)::BIGINT AS step
          FROM (SELECT p99, top, p99 / 25.0 AS raw, pow(10, floor(log10(p99 / 25.0))) AS b FROM bounds))),
binned AS (
    SELECT least({column} // step * step, cap) AS bin_start, step, cap, top FROM articles, width)
SELECT bin_start, bin_start + step AS bin_end,
       CASE WHEN bin_start = cap AND top >= cap + step THEN '≥ ' || cap
            WHEN step = 1 THEN bin_start::VARCHAR
            ELSE bin_start || '–' || (bin_start + step - 1) END AS bin,
       count(*) AS articles
FROM binned GROUP BY ALL ORDER BY bin_start"""


def _per_period(source: str, day: str) -> str:
    return f"""WITH {_TOP_LANGUAGES}
SELECT date_trunc('{{unit}}', {day})::DATE AS period_start,
       (date_trunc('{{unit}}', {day}) + INTERVAL 1 {{unit}})::DATE AS period_end,
       {_LANGUAGE_GROUP} AS language, count(*) AS articles
FROM {source} WHERE {day} IS NOT NULL
GROUP BY ALL ORDER BY period_start, language"""


_INGEST_DAY = "try_strptime(left(run_id, 8), '%Y%m%d')::DATE"  # run ids start with their UTC start time

FIGURE_SQL: dict[str, str] = {
    "totals": """
SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM paragraphs) AS paragraphs,
       (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM dates) AS dates,
       (SELECT count(*) FROM errors) AS errors,
       (SELECT count(DISTINCT run_id)
        FROM (SELECT run_id FROM articles_all UNION ALL SELECT run_id FROM errors_all)) AS runs,
       (SELECT count(DISTINCT language) FROM articles) AS languages,
       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
       (SELECT count(*) FROM articles WHERE published_at IS NULL) AS articles_without_published_at,
       (SELECT min(published_at) FROM articles) AS first_published,
       (SELECT max(published_at) FROM articles) AS last_published,
       (SELECT min({ingest_day}) FROM articles_all) AS first_ingested,
       (SELECT max({ingest_day}) FROM articles_all) AS last_ingested,
       (SELECT quantile_disc(date, 0.05) FROM dates) AS dates_p05,
       (SELECT quantile_disc(date, 0.95) FROM dates) AS dates_p95""".replace("{ingest_day}", _INGEST_DAY),
    "articles_by_published": _per_period("articles", "published_at"),
    "articles_by_ingest_day": _per_period("articles_all", _INGEST_DAY),
    "languages": """
SELECT language, count(*) AS articles, round(100 * count(*) / sum(count(*)) OVER (), 1) AS pct
FROM articles GROUP BY language ORDER BY articles DESC, language""",
    "paragraphs_per_article": _histogram("n_paragraphs"),
    "words_per_article": _histogram("n_words"),
    "top_speakers": """
SELECT speaker_name, count(*) AS quotes, count(DISTINCT article_id) AS articles
FROM quotes WHERE speaker_name IS NOT NULL
GROUP BY speaker_name ORDER BY quotes DESC, speaker_name LIMIT {top}""",
    "speakers_over_time": """
WITH top_speakers AS (
    SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL
    GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT {top})
SELECT q.speaker_name, date_trunc('{unit}', a.published_at)::DATE AS period_start,
       (date_trunc('{unit}', a.published_at) + INTERVAL 1 {unit})::DATE AS period_end, count(*) AS quotes
FROM quotes q JOIN articles a USING (article_id, run_id)
WHERE q.speaker_name IN (FROM top_speakers) AND a.published_at IS NOT NULL
GROUP BY ALL ORDER BY period_start, q.speaker_name""",
    "quotes_by_language": """
SELECT a.language, CASE WHEN q.speaker_name IS NULL THEN 'no speaker' ELSE 'with speaker' END AS speaker,
       count(*) AS quotes
FROM quotes q JOIN articles a USING (article_id, run_id)
GROUP BY ALL ORDER BY a.language, speaker""",
    "date_granularities": """
SELECT granularity, count(*) AS expressions, count(DISTINCT article_id) AS articles
FROM dates GROUP BY granularity ORDER BY expressions DESC, granularity""",
    "date_timeline": """
SELECT date_trunc('{unit}', date)::DATE AS period_start,
       (date_trunc('{unit}', date) + INTERVAL 1 {unit})::DATE AS period_end, granularity, count(*) AS expressions
FROM dates WHERE date BETWEEN DATE '{first}' AND DATE '{last}'
GROUP BY ALL ORDER BY period_start, granularity""",
    "top_periods": """
SELECT value, any_value(granularity) AS granularity, count(DISTINCT article_id) AS articles, count(*) AS mentions
FROM dates WHERE date IS NOT NULL
GROUP BY value ORDER BY articles DESC, mentions DESC, value LIMIT {top}""",
    "duplicates_by_language": """
SELECT language, CASE WHEN duplicate_of IS NULL THEN 'first or only copy' ELSE 'exact copy' END AS copy,
       count(*) AS articles
FROM articles GROUP BY ALL ORDER BY language, copy""",
    "most_copied": """
SELECT d.duplicate_of AS original, any_value(o.title) AS title, count(*) AS copies
FROM articles d LEFT JOIN articles o ON o.article_id = d.duplicate_of
WHERE d.duplicate_of IS NOT NULL
GROUP BY d.duplicate_of ORDER BY copies DESC, original LIMIT {top}""",
    "errors_by_type": """
SELECT stage, error_type, count(*) AS errors, count(DISTINCT source_uri) AS files
FROM errors GROUP BY stage, error_type ORDER BY errors DESC, stage, error_type""",
    "error_examples": """
SELECT stage, error_type, source_uri, line, message
FROM errors
QUALIFY row_number() OVER (PARTITION BY stage, error_type ORDER BY source_uri, line) <= 3
ORDER BY stage, error_type, source_uri, line""",
    "runs": """
WITH per_run AS (
    SELECT run_id, count(*) AS articles, 0 AS quotes, 0 AS errors FROM articles_all GROUP BY run_id
    UNION ALL SELECT run_id, 0, count(*), 0 FROM quotes_all GROUP BY run_id
    UNION ALL SELECT run_id, 0, 0, count(*) FROM errors_all GROUP BY run_id)
SELECT run_id, strftime(try_strptime(left(run_id, 16), '%Y%m%dT%H%M%SZ'), '%Y-%m-%dT%H:%M:%SZ') AS started,
       sum(articles)::BIGINT AS articles, sum(quotes)::BIGINT AS quotes, sum(errors)::BIGINT AS errors
FROM per_run GROUP BY run_id ORDER BY run_id DESC""",
}


def _scope(where: str | None) -> str | None:
    """CTEs that shadow the views with the articles matching `where` (and the rows that belong to them)."""
    if not where:
        return None
    condition = f"(\n{where}\n)"  # newlines: a trailing `-- comment` in the condition cannot swallow the `)`
    follow = ", ".join(f"{t} AS (SELECT * FROM main.{t} SEMI JOIN articles USING (article_id, run_id))"
                       for t in ("paragraphs", "quotes", "dates"))
    follow_all = ", ".join(f"{t}_all AS (SELECT * FROM main.{t}_all SEMI JOIN articles_all USING (article_id, run_id))"
                           for t in ("paragraphs", "quotes", "dates"))
    return (f"articles AS (SELECT * FROM main.articles WHERE {condition}), {follow}, "
            f"articles_all AS (SELECT * FROM main.articles_all WHERE {condition}), {follow_all}")


def report_sql(name: str, where: str | None = None, **params) -> str:
    """The SQL of one figure, with its parameters, limited to the articles matching `where`."""
    sql = FIGURE_SQL[name].strip()
    for key, value in params.items():
        sql = sql.replace("{" + key + "}", str(value))
    scope = _scope(where)
    if scope is None:
        return sql
    if sql[:5].upper() == "WITH ":
        return f"WITH {scope},\n{sql[5:]}"
    return f"WITH {scope}\n{sql}"


def _check_where(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """One boolean condition on `articles`, nothing else: no second statement, no closing the query early."""
    sql = f"SELECT count(*) FROM articles WHERE (\n{where}\n)"
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise BadCondition(f"--where is not a valid SQL condition: {e}") from None
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise BadCondition("--where takes one SQL condition on the articles view, e.g. \"language = 'de'\"")
    try:
        query(con, sql)  # unknown columns and type errors fail here, before any figure
    except (UnknownName, ReadOnlyError):
        raise
    except QueryError as e:
        raise BadCondition(f"--where {where!r}: {e}") from None


# --- running the figures ---------------------------------------------------------------------------------

def _unit(first: dt.date | None, last: dt.date | None, bins: int = 60) -> str:
    """The finest period that keeps a time axis under about `bins` bars."""
    if first is None or last is None:
        return "month"
    days = (last - first).days + 1
    for unit, length in (("day", 1), ("week", 7), ("month", 30.4), ("year", 365.25)):
        if days / length <= bins:
            return unit
    return "year"


@dataclass
class Figures:
    rows: dict[str, list[dict]]  # figure name -> its rows, JSON-ready (dates as ISO strings)
    sql: dict[str, str]          # as shown in the report: parameters filled in, without the --where scope
    units: dict[str, str]        # the period of each time axis: published, ingested, dates


def collect_figures(output: str, where: str | None = None, top: int = 15) -> Figures:
    """Every figure of the report of the dataset in `output`, for the articles matching `where`."""
    if top < 1:
        raise QueryError("top must be at least 1")
    con = connect(output)
    try:
        if where:
            _check_where(con, where)
        tables, sql, units = _run_figures(con, where, top)
    finally:
        con.close()
    tables["runs"] = _with_run_records(tables["runs"], output)
    return Figures({name: _rows(t) for name, t in tables.items()}, sql, units)


def _run_figures(con: duckdb.DuckDBPyConnection, where: str | None,
                 top: int) -> tuple[dict[str, pa.Table], dict[str, str], dict[str, str]]:
    tables = {"totals": query(con, report_sql("totals", where))}
    totals = tables["totals"].to_pylist()[0]
    units = {"published": _unit(totals["first_published"], totals["last_published"]),
             "ingested": _unit(totals["first_ingested"], totals["last_ingested"]),
             "dates": _unit(totals["dates_p05"], totals["dates_p95"])}
    params = {name: {"top": top} for name in FIGURE_SQL}
    params["articles_by_published"] = {"unit": units["published"]}
    params["articles_by_ingest_day"] = {"unit": units["ingested"]}
    params["speakers_over_time"] = {"unit": units["published"], "top": top}
    params["date_timeline"] = {"unit": units["dates"], "first": totals["dates_p05"] or "1970-01-01",
                               "last": totals["dates_p95"] or "1970-01-01"}
    for name in FIGURE_SQL:
        if name != "totals":
            tables[name] = query(con, report_sql(name, where, **params[name]))
    return tables, {name: report_sql(name, None, **params[name]) for name in FIGURE_SQL}, units


def _with_run_records(runs: pa.Table, output: str) -> pa.Table:
    """Add each run's duration, file count and finish time from its record in `.newsbeam/runs/`."""
    from newsbeam.pipeline.dataset.manifest import load_runs  # (imports Beam's filesystems: remote folders work too)
    from newsbeam.pipeline.dataset.output import OutputFolder

    records = load_runs(OutputFolder(output, ()).runs)
    known = pa.table({
        "run_id": pa.array([r["run_id"] for r in records], pa.string()),
        "finished_at": pa.array([r.get("finished_at") for r in records], pa.string()),
        "files": pa.array([r.get("files") for r in records], pa.int64()),
        "seconds": pa.array([r.get("seconds") for r in records], pa.float64()),
    })
    return runs.join(known, "run_id", join_type="left outer").sort_by([("run_id", "descending")])


def _rows(table: pa.Table) -> list[dict]:
    """JSON-ready rows: dates as ISO strings."""
    return json.loads(json.dumps(table.to_pylist(), default=str))
