"""The charts of `newsbeam report`: Vega-Lite specs built with altair, and the JavaScript that draws them.

`charts(figures)` gives one spec per figure that has rows; each names its data (`{"name": figure}`) and
the page fills it in from the figures it embeds. `javascript()` is Vega, Vega-Lite and vega-embed as one
script, bundled by vl-convert from the copies inside its package, so the page needs no network.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from newsbeam.pipeline.querying.query import QueryError
from newsbeam.pipeline.querying.report_figures import LANGUAGE_GROUPS, Figures

__all__ = ["ReportDependencyMissing", "charts", "javascript", "require_altair"]

PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#bab0ac"]


class ReportDependencyMissing(QueryError):
    """altair or vl-convert is not installed (the `report` extra)."""


def require_altair():
    try:
        import altair as alt
    except ImportError:
        raise ReportDependencyMissing("newsbeam report needs altair and vl-convert-python: "
                                      "pip install 'newsbeam[report]'") from None
    return alt


_JS_BUNDLE: str | None = None


def javascript() -> str:
    """Vega, Vega-Lite and vega-embed as one script (~0.9 MB).

    vl-convert bundles them from the copies inside its package: 1.5-3 s of CPU, so the result is kept
    per process and in newsbeam's cache folder (`$NEWSBEAM_CACHE_DIR`, else `$XDG_CACHE_HOME/newsbeam`,
    else `~/.cache/newsbeam`),
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
    from newsbeam.transforms.machine_cache import cache_root

    return Path(cache_root())


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
        return require_altair().Undefined
    first, last = (dt.datetime.fromisoformat(t.replace("Z", "+00:00")) for t in (min(instants), max(instants)))
    pad = max((last - first) * 0.05, dt.timedelta(hours=1))
    return [(first - pad).isoformat(), (last + pad).isoformat()]


def charts(found: Figures) -> dict[str, dict]:
    """figure name -> Vega-Lite spec (data by name: the page fills it from the embedded figures)."""
    alt = require_altair()
    figures, units = found.rows, found.units
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
