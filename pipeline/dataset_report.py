"""`newsbeam report`: a dataset at a glance, as one self-contained HTML page of charts.

    from pipeline.dataset_report import build_report
    report = build_report("data/", where="language = 'de'", top=15)
    Path("report.html").write_text(report.html, encoding="utf-8")

Every figure is one SQL query over the read-only views of `pipeline.query` (latest versions only,
`*_all` for history), run through `query()`, so only SELECT statements reach the sandboxed connection
and every aggregation happens in DuckDB; Python only lays out the few aggregated rows. `--where` is a
condition on the `articles` view: it is placed inside a CTE that shadows the views (`articles`, then
`paragraphs`, `quotes`, `dates` that belong to those articles), so each figure's SQL reads the same
with or without it. The charts are Vega-Lite specs built with altair; the Vega, Vega-Lite and
vega-embed JavaScript comes from vl-convert and is inlined, so the page needs no network.
The figures' rows are embedded once, as JSON (`<script id="newsbeam-figures">`): the charts draw
from them, the tables under each chart show them, and anyone can read them back.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.query import QueryError, ReadOnlyError, UnknownName, connect, query

__all__ = ["Report", "build_report", "report_sql", "FIGURE_SQL", "BadCondition", "ReportDependencyMissing"]

LANGUAGE_GROUPS = 8     # stacked charts colour the 8 most frequent languages and group the rest as "other"
MAX_TABLE_ROWS = 1000   # a figure's table under its chart shows at most this many rows (the chart shows all)
PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#bab0ac"]


class BadCondition(QueryError):
    """--where is not one valid condition on the articles view."""


class ReportDependencyMissing(QueryError):
    """altair or vl-convert is not installed (the `report` extra)."""


@dataclass
class Report:
    html: str
    figures: dict[str, list[dict]]
    seconds: dict[str, float] = field(default_factory=dict)


# --- the figures' SQL ---------------------------------------------------------------------------------------
# Plain SQL over the views, runnable as it is with `newsbeam query` (the report shows it under each chart).
# {unit} is a period chosen from the data's span (day, week, month or year); {top} is --top.

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


# --- running the figures --------------------------------------------------------------------------------------

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
class _Figures:
    tables: dict[str, pa.Table]
    sql: dict[str, str]        # as shown in the report: parameters filled in, without the --where scope
    units: dict[str, str]      # the period of each time axis


def _run_figures(con: duckdb.DuckDBPyConnection, where: str | None, top: int) -> _Figures:
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
    return _Figures(tables, {name: report_sql(name, None, **params[name]) for name in FIGURE_SQL}, units)


def _with_run_records(runs: pa.Table, output: str) -> pa.Table:
    """Add each run's duration, file count and finish time from its record in `.newsbeam/runs/`."""
    from pipeline.manifest import load_runs  # (imports Beam's filesystems: remote folders work too)
    from pipeline.output import OutputFolder

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


# --- charts ---------------------------------------------------------------------------------------------------

def _altair():
    try:
        import altair as alt
    except ImportError:
        raise ReportDependencyMissing("newsbeam report needs altair and vl-convert-python: "
                                      "pip install 'newsbeam[report]'") from None
    return alt


_JS_BUNDLE: str | None = None


def _javascript() -> str:
    """Vega, Vega-Lite and vega-embed as one script (~0.9 MB).

    vl-convert bundles them from the copies inside its package: 1.5-3 s of CPU, so the result is kept
    per process and in the user's cache folder (`$XDG_CACHE_HOME/newsbeam`, else `~/.cache/newsbeam`),
    one file per vl-convert and Vega-Lite version. No cache folder: it is simply built each time.
    """
    global _JS_BUNDLE
    if _JS_BUNDLE is None:
        try:
            import vl_convert as vlc
        except ImportError:
            raise ReportDependencyMissing("newsbeam report needs vl-convert-python: pip install 'newsbeam[report]'") from None
        from altair import SCHEMA_VERSION  # the Vega-Lite version the specs are written for, when vl-convert has it

        wanted = "_".join(SCHEMA_VERSION.split(".")[:2])
        known = {"v" + v.lstrip("v").replace(".", "_") for v in vlc.get_vegalite_versions()}
        version = wanted if wanted in known else None
        cache = _cache_folder() / f"vega-embed-bundle-{_vl_convert_version()}-{version or 'default'}.js"
        try:
            _JS_BUNDLE = cache.read_text(encoding="utf-8")
        except OSError:
            _JS_BUNDLE = vlc.javascript_bundle(vl_version=version).replace("</script", "<\\/script")
            _save(cache, _JS_BUNDLE)
    return _JS_BUNDLE


def _vl_convert_version() -> str:
    from importlib.metadata import version

    return version("vl-convert-python")


def _cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsbeam"


def _save(path: Path, text: str) -> None:
    """Write beside, then rename: a reader never sees half a file. A cache that cannot be written is no error."""
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def _time_axis(alt, title: str, rows: list[dict], unit: str):
    """A UTC time axis over the periods of `rows`, one period wider on each side (one bar is not the whole width)."""
    pad = dt.timedelta(days=_UNIT_DAYS[unit])
    try:
        domain = [(dt.date.fromisoformat(min(r["period_start"] for r in rows)) - pad).isoformat(),
                  (dt.date.fromisoformat(max(r["period_end"] for r in rows)) + pad).isoformat()]
    except (ValueError, OverflowError):  # no rows, or dates beyond Python's years 1-9999: Vega picks the domain
        domain = alt.Undefined
    # a tick per day, month or year at most (weeks: Vega's weeks start on Sunday, ours on Monday, so its default)
    ticks = alt.TimeIntervalStep(interval=unit, step=1) if unit != "week" else alt.Undefined
    return alt.X("period_start:T", title=title, scale=alt.Scale(type="utc", domain=domain),
                 axis=alt.Axis(format="%Y-%m-%d" if unit in ("day", "week") else "%Y-%m" if unit == "month" else "%Y",
                               tickCount=ticks, labelOverlap=True))


def _padded_instants(instants: list[str]):
    """A domain around ISO instants, 5% (at least an hour) wider on each side: one run is not a lone tick."""
    if not instants:
        return _altair().Undefined
    first, last = (dt.datetime.fromisoformat(t.replace("Z", "+00:00")) for t in (min(instants), max(instants)))
    pad = max((last - first) * 0.05, dt.timedelta(hours=1))
    return [(first - pad).isoformat(), (last + pad).isoformat()]


def _charts(figures: dict[str, list[dict]], units: dict[str, str]) -> dict[str, dict]:
    """figure name -> Vega-Lite spec (data by name: the page fills it from the embedded figures)."""
    alt = _altair()
    languages = [r["language"] for r in figures["languages"]]
    groups = languages[:LANGUAGE_GROUPS] + (["other"] if len(languages) > LANGUAGE_GROUPS else [])
    # Whole numbers only: Vega still puts ticks at .5 when a domain spans 1 or 2 (tickMinStep or not),
    # so those ticks lose their label, grid line and tick.
    fraction = {"condition": {"test": "datum.value % 1 !== 0", "value": 0}, "value": 1}
    counts = alt.Axis(tickMinStep=1, format=",d", labelExpr="datum.value % 1 !== 0 ? '' : datum.label",
                      gridOpacity=fraction, tickOpacity=fraction)
    language = alt.Color("language:N", title="language", sort=groups,
                         scale=alt.Scale(domain=groups, range=PALETTE[:LANGUAGE_GROUPS][:len(groups)] + ["#bab0ac"]))

    def data(name):
        return alt.NamedData(name=name)

    def bars_per_period(name, unit, what):
        return (alt.Chart(data(name), title=f"Articles per {what} {unit}")
                .mark_bar()
                .encode(_time_axis(alt, f"{what} {unit} (UTC)", figures[name], unit), x2="period_end:T",
                        y=alt.Y("sum(articles):Q", title="articles", axis=counts), color=language,
                        tooltip=[alt.Tooltip("period_start:T", title=f"{unit} from", format="%Y-%m-%d"),
                                 "language:N", alt.Tooltip("sum(articles):Q", title="articles")])
                .properties(width="container", height=220))

    def ranked(name, y, x, title, y_title, x_title, color=None, tooltip=(), sort=None):
        chart = (alt.Chart(data(name), title=title).mark_bar()
                 .encode(y=alt.Y(y, title=y_title, sort=sort, axis=alt.Axis(labelLimit=260)),
                         x=alt.X(x, title=x_title, axis=counts), tooltip=list(tooltip))
                 .properties(width="container", height=alt.Step(18)))
        return chart.encode(color=color) if color is not None else chart

    run_domain = _padded_instants([r["started"] for r in figures["runs"] if r["started"]])

    def runs_chart(column, title, y_title):
        """One stem per run: readable for one run and for thousands, with no line implied between runs."""
        base = alt.Chart(data("runs"), title=title).encode(
            x=alt.X("started:T", title="run started (UTC)", scale=alt.Scale(type="utc", domain=run_domain)),
            y=alt.Y(f"{column}:Q", title=y_title, axis=counts if column != "seconds" else alt.Undefined),
            tooltip=["run_id:N", "finished_at:N", "files:Q", "articles:Q", "quotes:Q", "errors:Q",
                     alt.Tooltip("seconds:Q", format=".1f")])
        return alt.layer(base.mark_rule(opacity=0.5).encode(y2=alt.datum(0)), base.mark_point(filled=True, size=40)
                         ).properties(width=820, height=110)

    def histogram(name, what):
        return (alt.Chart(data(name), title=f"{what.capitalize()} per article").mark_bar()
                .encode(x=alt.X("bin_start:Q", title=what, bin="binned", axis=counts), x2="bin_end:Q",
                        y=alt.Y("articles:Q", title="articles", axis=counts),
                        tooltip=[alt.Tooltip("bin:N", title=what), "articles:Q"])
                .properties(width="container", height=200))

    charts = {
        "articles_by_published": bars_per_period("articles_by_published", units["published"], "published"),
        "articles_by_ingest_day": bars_per_period("articles_by_ingest_day", units["ingested"], "ingest"),
        "languages": ranked("languages", "language:N", "articles:Q", "Articles by language", "language", "articles",
                            tooltip=["language:N", "articles:Q", alt.Tooltip("pct:Q", title="% of articles")]),
        "paragraphs_per_article": histogram("paragraphs_per_article", "paragraphs"),
        "words_per_article": histogram("words_per_article", "words"),
        "top_speakers": ranked("top_speakers", "speaker_name:N", "quotes:Q", "Most-quoted speakers", "speaker",
                               "quotes", tooltip=["speaker_name:N", "quotes:Q", "articles:Q"]),
        "speakers_over_time": (
            alt.Chart(data("speakers_over_time"), title=f"Their quotes per published {units['published']}")
            .mark_rect()
            .encode(_time_axis(alt, f"published {units['published']} (UTC)", figures["speakers_over_time"],
                               units["published"]), x2="period_end:T",
                    y=alt.Y("speaker_name:N", title="speaker", sort=[r["speaker_name"] for r in figures["top_speakers"]],
                            axis=alt.Axis(labelLimit=260)),
                    color=alt.Color("quotes:Q", title="quotes", scale=alt.Scale(scheme="blues"),
                                    legend=alt.Legend(tickMinStep=1, format=",d")),
                    tooltip=["speaker_name:N", alt.Tooltip("period_start:T", title="from", format="%Y-%m-%d"), "quotes:Q"])
            .properties(width="container", height=alt.Step(18))),
        "quotes_by_language": ranked(
            "quotes_by_language", "language:N", "sum(quotes):Q", "Quotes per article language", "language", "quotes",
            color=alt.Color("speaker:N", title="speaker", sort=["with speaker", "no speaker"],
                            scale=alt.Scale(domain=["with speaker", "no speaker"], range=[PALETTE[0], "#bab0ac"])),
            tooltip=["language:N", "speaker:N", "quotes:Q"], sort="-x"),
        "date_granularities": ranked(
            "date_granularities", "granularity:N", "expressions:Q", "Date expressions by granularity", "granularity",
            "expressions", tooltip=["granularity:N", "expressions:Q", "articles:Q"]),
        "date_timeline": (
            alt.Chart(data("date_timeline"), title=f"Dates mentioned, per {units['dates']} of the date")
            .mark_bar()
            .encode(_time_axis(alt, f"{units['dates']} mentioned (UTC)", figures["date_timeline"], units["dates"]),
                    x2="period_end:T", y=alt.Y("sum(expressions):Q", title="expressions", axis=counts),
                    color=alt.Color("granularity:N", title="granularity"),
                    tooltip=[alt.Tooltip("period_start:T", title="from", format="%Y-%m-%d"), "granularity:N",
                             alt.Tooltip("sum(expressions):Q", title="expressions")])
            .properties(width="container", height=220)),
        "top_periods": ranked("top_periods", "period:N", "articles:Q", "Calendar periods mentioned by most articles",
                              "period (TIMEX3 value)", "articles",
                              tooltip=["value:N", "granularity:N", "articles:Q", "mentions:Q"])
        .transform_calculate(period="datum.value + ' (' + datum.granularity + ')'"),
        "duplicates_by_language": ranked(
            "duplicates_by_language", "language:N", "sum(articles):Q", "Exact copies per language", "language",
            "articles", color=alt.Color("copy:N", title="", sort=["exact copy", "first or only copy"],
                                        scale=alt.Scale(domain=["exact copy", "first or only copy"],
                                                        range=[PALETTE[1], "#bab0ac"])),
            tooltip=["language:N", "copy:N", "articles:Q"], sort="-x"),
        "errors_by_type": ranked(
            "errors_by_type", "type:N", "errors:Q", "Errors by stage and type", "stage / error type", "errors",
            color=alt.Color("stage:N", title="stage"), tooltip=["stage:N", "error_type:N", "errors:Q", "files:Q"])
        .transform_calculate(type="datum.stage + ' / ' + datum.error_type"),
        "runs": alt.vconcat(*[runs_chart(*args) for args in (
            ("articles", "Articles written per run (all versions)", "articles"),
            ("errors", "Error rows written per run", "error rows"),
            ("seconds", "Run duration", "seconds"))]),
    }
    if not figures["totals"][0]["duplicates"]:
        del charts["duplicates_by_language"]  # (all "first or only copy": the page says so in words)
    return {name: chart.to_dict() for name, chart in charts.items() if figures.get(name)}


# --- the page -------------------------------------------------------------------------------------------------

SECTIONS: list[tuple[str, str, list[str]]] = [
    ("Articles over time", "When the latest version of each article was published (articles without "
     "`published_at` are left out) and on which day each version was ingested (every run, history included).",
     ["articles_by_published", "articles_by_ingest_day"]),
    ("Languages", "The article's language as detected.", ["languages"]),
    ("Article length", "Paragraphs and whitespace-separated words per article; the last bar gathers the longest 1%.",
     ["paragraphs_per_article", "words_per_article"]),
    ("Speakers", "Who is quoted most (`speaker_name`), and when: quotes per period of their article's "
     "`published_at`.", ["top_speakers", "speakers_over_time"]),
    ("Quotes", "Quotes per language of their article, and how many have a speaker.", ["quotes_by_language"]),
    ("Dates mentioned", "The date expressions the articles contain: by granularity, on a timeline of their "
     "`date` (the middle 90%: 5th to 95th percentile), and the calendar periods most articles mention.",
     ["date_granularities", "date_timeline", "top_periods"]),
    ("Duplicates", "Articles whose text is an exact copy of an earlier article's (`duplicate_of`), and the "
     "most-copied originals.", ["duplicates_by_language", "most_copied"]),
    ("Errors", "Problems from the latest run that touched each source file, with the first examples of each.",
     ["errors_by_type", "error_examples"]),
    ("Runs", "Each run (a `newsbeam run` or `ingest`), newest first: what it wrote (every version, from the "
     "`*_all` views) and how long it took (from its record in `.newsbeam/runs/`).", ["runs"]),
]

_EMPTY = {
    "articles_by_published": "No article has a published_at date.",
    "articles_by_ingest_day": "No articles.",
    "languages": "No articles.", "paragraphs_per_article": "No articles.", "words_per_article": "No articles.",
    "top_speakers": "No quote has a speaker.", "speakers_over_time": "No quote with a speaker has a published_at date.",
    "quotes_by_language": "No quotes.", "date_granularities": "No date expressions.",
    "date_timeline": "No date expression resolves to a calendar date.", "top_periods": "No calendar periods.",
    "duplicates_by_language": "No exact duplicates.", "errors_by_type": "No errors.",
    "runs": "No runs.",
}

_TABLE_LABELS = {"most_copied": "Most-copied originals", "error_examples": "First examples of each error type"}

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;opacity:.9}main{max-width:1000px;margin:0 auto;padding:8px 20px 40px}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}.total{background:#fff;border-radius:6px;
padding:8px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}.total b{display:block;font-size:20px}
section{background:#fff;border-radius:8px;padding:6px 20px 14px;margin:18px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:18px;margin:12px 0 2px}section>p{color:#555;margin:0 0 8px}.chart{width:100%;margin:10px 0 2px}
.empty{color:#777;font-style:italic}details{margin:2px 0 8px}summary{cursor:pointer;color:#1f5fa8}
table{border-collapse:collapse;margin:6px 0;font-size:12.5px}td,th{padding:2px 8px;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{background:#f3f3f3;padding:8px;overflow-x:auto;font-size:12px}code{background:#f0f0f0;padding:0 3px}
nav a{color:#cfe0ff;margin-right:12px}
"""

_SCRIPT = """
(function () {
  var figures = JSON.parse(document.getElementById('newsbeam-figures').textContent);
  var options = {renderer: 'svg', actions: {export: true, source: false, compiled: false, editor: false}};
  var charts = Array.prototype.slice.call(document.querySelectorAll('div.chart'));
  Promise.all(charts.map(function (div) {
    var spec = JSON.parse(document.getElementById(div.dataset.spec).textContent);
    var name = div.dataset.figure;
    spec.datasets = {};
    spec.datasets[name] = figures[name];
    return vegaEmbed(div, spec, options).then(
      function () { div.dataset.drawn = 'yes'; },
      function (error) { div.dataset.drawn = 'error'; div.textContent = 'This chart could not be drawn: ' + error; });
  })).then(function () { document.body.dataset.charts = 'done'; });
})();
"""


def _json_for_script(value) -> str:
    """JSON that is safe inside <script>: no `</script>` or `<!--` can end or change the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _table(rows: list[dict]) -> str:
    if not rows:
        return ""
    columns = list(rows[0])
    shown = rows[:MAX_TABLE_ROWS]

    def cell(v):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return f'<td class="n">{v:,}</td>' if isinstance(v, int) else f'<td class="n">{v:,.1f}</td>'
        return f"<td>{html.escape('' if v is None else str(v))}</td>"

    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(cell(r[c]) for c in columns) + "</tr>" for r in shown)
    more = (f"<p>The first {MAX_TABLE_ROWS:,} of {len(rows):,} rows; the chart shows all of them.</p>"
            if len(rows) > MAX_TABLE_ROWS else "")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _figure_html(name: str, rows: list[dict], spec: dict | None, sql: str) -> str:
    if name in _TABLE_LABELS:  # a table only; none when it would list examples of nothing
        if not rows:
            return ""
        return (f"<details open><summary>{_TABLE_LABELS[name]} ({len(rows):,} rows)</summary>{_table(rows)}</details>"
                f"<details><summary>The SQL of the table</summary><pre>{html.escape(sql)}</pre></details>")
    parts = []
    if spec is not None:
        parts.append(f'<div class="chart" id="chart-{name}" data-figure="{name}" data-spec="spec-{name}"></div>'
                     f'<script type="application/json" id="spec-{name}">{_json_for_script(spec)}</script>')
    else:
        parts.append(f'<p class="empty">{html.escape(_EMPTY[name])}</p>')
    if rows:
        parts.append(f"<details><summary>The numbers ({len(rows):,} rows)</summary>{_table(rows)}</details>")
    parts.append(f"<details><summary>The SQL</summary><pre>{html.escape(sql)}</pre></details>")
    return "\n".join(parts)


def _inline_code(text: str) -> str:
    out, inside = [], False
    for piece in html.escape(text).split("`"):
        out.append(f"<code>{piece}</code>" if inside else piece)
        inside = not inside
    return "".join(out)


def _page(output: str, where: str | None, figures: dict[str, list[dict]], specs: dict[str, dict],
          sql: dict[str, str]) -> str:
    totals = figures["totals"][0]
    cards = "".join(f'<div class="total"><b>{totals[k]:,}</b>{k}</div>'
                    for k in ("articles", "paragraphs", "quotes", "dates", "errors", "runs", "languages", "duplicates"))
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    filtered = (f"<p>Only articles where <code>{html.escape(where)}</code> (and their paragraphs, quotes and "
                f"dates); errors are not filtered. The SQL below is shown without this filter.</p>" if where else "")
    nav = "".join(f'<a href="#{_anchor(title)}">{html.escape(title)}</a>' for title, _, _ in SECTIONS)
    sections = []
    for title, about, names in SECTIONS:
        body = "\n".join(_figure_html(n, figures[n], specs.get(n), sql[n]) for n in names)
        sections.append(f'<section id="{_anchor(title)}"><h2>{html.escape(title)}</h2><p>{_inline_code(about)}</p>'
                        f"\n{body}</section>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsbeam report: {html.escape(output)}</title>
<style>{_CSS}</style>
<script>{_javascript()}</script>
</head>
<body>
<header><h1>newsbeam dataset report</h1>
<p>{html.escape(output)} &middot; generated {generated}</p>
<p>{html.escape(_spans(totals))}</p>
<nav>{nav}</nav></header>
<main>
{filtered}
<div class="totals">{cards}</div>
{"".join(sections)}
</main>
<script type="application/json" id="newsbeam-figures">{_json_for_script(figures)}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""


def _spans(totals: dict) -> str:
    published = (f"published {totals['first_published']} to {totals['last_published']}"
                 if totals["first_published"] else "no publication dates")
    missing = totals["articles_without_published_at"]
    published += f" ({missing:,} articles without one)" if missing and totals["first_published"] else ""
    ingested = (f"ingested {totals['first_ingested']} to {totals['last_ingested']}"
                if totals["first_ingested"] and totals["first_ingested"] != totals["last_ingested"]
                else f"ingested {totals['first_ingested']}" if totals["first_ingested"] else "")
    return " · ".join(p for p in (published, ingested) if p)


def _anchor(title: str) -> str:
    return title.lower().replace(" ", "-")


def build_report(output: str, where: str | None = None, top: int = 15) -> Report:
    """The report of the dataset in `output`, limited to the articles matching the SQL condition `where`."""
    if top < 1:
        raise QueryError("--top must be at least 1")
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    _altair()  # a missing dependency is said before any work
    con = connect(output)
    try:
        if where:
            _check_where(con, where)
        found = _run_figures(con, where, top)
    finally:
        con.close()
    found.tables["runs"] = _with_run_records(found.tables["runs"], output)
    figures = {name: _rows(t) for name, t in found.tables.items()}
    seconds["queries"], clock = _lap(clock)
    specs = _charts(figures, found.units)
    seconds["charts"], clock = _lap(clock)
    _javascript()
    seconds["javascript bundle"], clock = _lap(clock)
    page = _page(output, where, figures, specs, found.sql)
    seconds["page"], clock = _lap(clock)
    seconds["total"] = sum(seconds.values())
    return Report(page, figures, seconds)


def _lap(since: float) -> tuple[float, float]:
    now = time.perf_counter()
    return now - since, now
