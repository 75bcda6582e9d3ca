"""`newsbeam report`: a dataset at a glance, as one self-contained HTML page of charts.

    from newsbeam.pipeline.querying.dataset_report import build_report
    report = build_report("data/", where="language = 'de'", top=15)
    Path("report.html").write_text(report.html, encoding="utf-8")

The numbers come from `newsbeam.pipeline.querying.report_figures` (one SQL query per figure over the read-only views),
the charts from `newsbeam.pipeline.querying.report_charts` (Vega-Lite through altair, JavaScript inlined); this module
lays them out. The figures' rows are embedded once, as JSON (`<script id="newsbeam-figures">`): the
charts draw from them, the tables under each chart show them, and anyone can read them back.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import time
from dataclasses import dataclass, field

from newsbeam.pipeline.querying.report_charts import ReportDependencyMissing, charts, javascript, require_altair
from newsbeam.pipeline.querying.report_figures import BadCondition, collect_figures

__all__ = ["Report", "build_report", "BadCondition", "ReportDependencyMissing"]

MAX_TABLE_ROWS = 1000  # a figure's table under its chart shows at most this many rows (the chart shows all)


@dataclass
class Report:
    html: str
    figures: dict[str, list[dict]]
    seconds: dict[str, float] = field(default_factory=dict)


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
    cards = "".join(f'<div class="total"><b>{totals[k]:,}</b>{k if totals[k] != 1 else k[:-1]}</div>'
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
<script>{javascript()}</script>
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
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    require_altair()  # a missing dependency is said before any work
    found = collect_figures(output, where, top)
    seconds["queries"], clock = _lap(clock)
    specs = charts(found)
    seconds["charts"], clock = _lap(clock)
    javascript()
    seconds["javascript bundle"], clock = _lap(clock)
    page = _page(output, where, found.rows, specs, found.sql)
    seconds["page"], clock = _lap(clock)
    seconds["total"] = sum(seconds.values())
    return Report(page, found.rows, seconds)


def _lap(since: float) -> tuple[float, float]:
    now = time.perf_counter()
    return now - since, now
