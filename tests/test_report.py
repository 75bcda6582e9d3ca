"""`newsbeam report`: the figures embedded in the page agree with `newsbeam stats` and with SQL over the
views; --where limits them without opening the read-only sandbox; the page draws every chart in headless
Chromium without a single network request."""
import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main as newsbeam
from pipeline.query import connect, query
from pipeline.stats import collect_stats
from tests.browser import Chromium, find_chromium
from newsbeam_dev.evaluation import REPO

# Invented for this test: a title that would break a page that does not escape it, and a text sent twice.
TRICKY_TITLE = "Markup <b>bold</b> & </script><script>window.injected = 1</script>"
TRICKY = {"title": TRICKY_TITLE, "published_at": "2025-03-06",
          "text": "The regional council met on Tuesday to review the new harbour plan.\n\n"
                  "\"We will publish every figure next week,\" said Marta Lind, who chairs the council."}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """samples/ ingested twice: plus an empty file, an exact copy, a bad JSON line, then one file changed."""
    inbox = tmp_path_factory.mktemp("inbox")
    for path in (REPO / "samples").rglob("*.*"):
        shutil.copy(path, inbox / path.name)
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    shutil.copy(inbox / "storm-warning.txt", inbox / "copy-of-storm-warning.txt")
    lines = [json.dumps({"id": "tricky-1", **TRICKY}), "{not json", json.dumps({"id": "tricky-2", **TRICKY})]
    (inbox / "tricky.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("data") / "dataset"
    inputs = [str(inbox / "*.txt"), str(inbox / "*.jsonl")]
    assert newsbeam(["ingest", *inputs, "--output", str(out)]) == 1  # 1: some inputs became error rows
    with open(inbox / "harbour-bridge.txt", "a", encoding="utf-8") as f:
        f.write("\nThe bridge will close again for one night in May, the city said.\n")
    assert newsbeam(["ingest", *inputs, "--output", str(out)]) in (0, 1)
    return out


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory) -> Path:
    """The report of `newsbeam run` over samples/ alone, as `make demo` writes it: 9 articles, no errors."""
    out = tmp_path_factory.mktemp("samples") / "dataset"
    assert newsbeam(["run", str(REPO / "samples/articles/*.txt"), str(REPO / "samples/feeds/*.jsonl"),
                     "--output", str(out)]) == 0
    to = out.parent / "samples.html"
    assert newsbeam(["report", "--output", str(out), "--to", str(to)]) == 0
    return to


def embedded_figures(page: str) -> dict[str, list[dict]]:
    """The figures as the page carries them (what its charts draw and its tables show)."""
    block = re.search(r'<script type="application/json" id="newsbeam-figures">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


@pytest.fixture(scope="module")
def report_file(data, tmp_path_factory) -> Path:
    to = tmp_path_factory.mktemp("report") / "report.html"
    assert newsbeam(["report", "--output", str(data), "--to", str(to)]) == 0
    return to


@pytest.fixture(scope="module")
def figures(report_file) -> dict[str, list[dict]]:
    return embedded_figures(report_file.read_text(encoding="utf-8"))


def rows(data, sql: str) -> list[dict]:
    return query(data, sql).to_pylist()


def by(key_columns, table: list[dict], value: str) -> dict:
    return {tuple(r[k] for k in key_columns): r[value] for r in table}


# --- the figures agree with `newsbeam stats` and with the views ---------------------------------------------

def test_totals_languages_speakers_and_errors_match_newsbeam_stats(data, figures):
    stats = {title: t.to_pylist() for title, t in collect_stats(connect(data)).items()}
    totals = figures["totals"][0]
    assert {k: totals[k] for k in stats["Totals"][0]} == stats["Totals"][0]
    assert totals["runs"] == 2 and totals["errors"] == 2 and totals["duplicates"] == 2
    assert figures["languages"] == stats["Articles by language"]
    assert figures["top_speakers"][:10] == stats["Top speakers"]
    assert figures["errors_by_type"] == stats["Errors by type"]


def test_articles_over_time_count_every_article_once(data, figures):
    published = rows(data, "SELECT language, count(*) AS n FROM articles WHERE published_at IS NOT NULL GROUP BY 1")
    drawn: dict[str, int] = {}
    for r in figures["articles_by_published"]:
        drawn[r["language"]] = drawn.get(r["language"], 0) + r["articles"]
        assert r["period_start"] < r["period_end"]
    assert drawn == {r["language"]: r["n"] for r in published}
    # every article sits in the period that contains its published_at
    for r in rows(data, "SELECT published_at::VARCHAR AS day FROM articles WHERE published_at IS NOT NULL"):
        assert any(p["period_start"] <= r["day"] < p["period_end"] for p in figures["articles_by_published"])
    ingested = sum(r["articles"] for r in figures["articles_by_ingest_day"])
    assert ingested == rows(data, "SELECT count(*) AS n FROM articles_all")[0]["n"]


def test_length_histograms_hold_each_article_in_its_bin(data, figures):
    for column, name in (("n_paragraphs", "paragraphs_per_article"), ("n_words", "words_per_article")):
        bins = figures[name]
        values = [r["v"] for r in rows(data, f"SELECT {column} AS v FROM articles")]
        last = bins[-1]
        for b in bins:
            open_ended = b is last and b["bin"].startswith("≥")
            inside = [v for v in values if b["bin_start"] <= v and (open_ended or v < b["bin_end"])]
            assert b["articles"] == len(inside), (name, b)
        assert sum(b["articles"] for b in bins) == len(values)


def test_quotes_and_speakers_match_quotes_in_context(data, figures):
    expected = rows(data, """SELECT language, CASE WHEN speaker_name IS NULL THEN 'no speaker' ELSE 'with speaker' END AS s,
                                    count(*) AS n FROM quotes_in_context GROUP BY ALL""")
    assert by(["language", "speaker"], figures["quotes_by_language"], "quotes") == by(["language", "s"], expected, "n")
    over_time = {}
    for r in figures["speakers_over_time"]:
        over_time[r["speaker_name"]] = over_time.get(r["speaker_name"], 0) + r["quotes"]
    dated = rows(data, "SELECT speaker_name, count(*) AS n FROM quotes_in_context "
                       "WHERE published_at IS NOT NULL AND speaker_name IS NOT NULL GROUP BY 1")
    top = {r["speaker_name"] for r in figures["top_speakers"]}
    assert over_time == {r["speaker_name"]: r["n"] for r in dated if r["speaker_name"] in top}


def test_dates_match_the_dates_view(data, figures):
    expected = rows(data, "SELECT granularity, count(*) AS n FROM dates GROUP BY 1")
    assert by(["granularity"], figures["date_granularities"], "expressions") == by(["granularity"], expected, "n")
    top = rows(data, "SELECT value, count(DISTINCT article_id) AS articles FROM dates WHERE date IS NOT NULL "
                     "GROUP BY 1 ORDER BY 2 DESC, count(*) DESC, 1 LIMIT 15")
    assert [(r["value"], r["articles"]) for r in figures["top_periods"]] == [(r["value"], r["articles"]) for r in top]
    totals = figures["totals"][0]
    in_range = rows(data, f"SELECT count(*) AS n FROM dates WHERE date BETWEEN DATE '{totals['dates_p05']}' "
                          f"AND DATE '{totals['dates_p95']}'")[0]["n"]
    assert sum(r["expressions"] for r in figures["date_timeline"]) == in_range > 0


def test_duplicates_errors_and_runs_match_the_views(data, figures):
    copies = rows(data, "SELECT duplicate_of, count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL GROUP BY 1")
    assert by(["original"], figures["most_copied"], "copies") == by(["duplicate_of"], copies, "n")
    assert TRICKY_TITLE in {r["title"] for r in figures["most_copied"]}
    assert sum(r["articles"] for r in figures["duplicates_by_language"] if r["copy"] == "exact copy") == 2
    examples = {(r["stage"], r["error_type"], r["source_uri"].rsplit("/", 1)[-1], r["line"])
                for r in figures["error_examples"]}
    assert examples == {("decode", "empty", "empty.txt", None), ("parse", "bad_json", "tricky.jsonl", 2)}
    per_run = rows(data, "SELECT run_id, count(*) AS n FROM articles_all GROUP BY 1")
    assert by(["run_id"], figures["runs"], "articles") == by(["run_id"], per_run, "n")
    records = {p.stem: json.loads(p.read_text()) for p in (data / ".newsbeam" / "runs").glob("*.json")}
    assert {r["run_id"]: r["seconds"] for r in figures["runs"]} == {k: r["seconds"] for k, r in records.items()}
    assert [r["run_id"] for r in figures["runs"]] == sorted(records, reverse=True)  # newest first


# --- --where ------------------------------------------------------------------------------------------------

def test_where_limits_every_figure_to_the_matching_articles(data, tmp_path):
    to = tmp_path / "en.html"
    assert newsbeam(["report", "-o", str(data), "--to", str(to), "--where", "language = 'en'", "--top", "3"]) == 0
    figures = embedded_figures(to.read_text(encoding="utf-8"))
    totals = figures["totals"][0]
    expected = rows(data, """SELECT (SELECT count(*) FROM articles WHERE language = 'en') AS articles,
                                    (SELECT count(*) FROM quotes_in_context WHERE language = 'en') AS quotes,
                                    (SELECT count(*) FROM dates d JOIN articles a USING (article_id, run_id)
                                     WHERE a.language = 'en') AS dates, (SELECT count(*) FROM errors) AS errors""")[0]
    assert {k: totals[k] for k in expected} == expected
    assert [r["language"] for r in figures["languages"]] == ["en"]
    assert len(figures["top_speakers"]) == 3
    assert {r["language"] for r in figures["quotes_by_language"]} == {"en"}
    assert "language = &#x27;en&#x27;" in to.read_text(encoding="utf-8")  # the page says what it shows


@pytest.mark.parametrize("where, message", [
    ("1=1; DROP VIEW articles", "not a valid SQL condition"),
    ("1=1) UNION ALL SELECT count(*) FROM read_csv('/etc/passwd') WHERE (1=1", "Permission Error"),
    ("1=1) SELECT 1 --", "not a valid SQL condition"),
    ("speaker_name = 'Helen Park'", "columns of articles: article_id"),
    ("language > 5", "--where 'language > 5'"),
])
def test_where_is_one_condition_and_cannot_leave_the_read_only_sandbox(data, tmp_path, capsys, where, message):
    before = {str(p): p.stat().st_mtime_ns for p in data.rglob("*")}
    to = tmp_path / "report.html"
    assert newsbeam(["report", "-o", str(data), "--to", str(to), "--where", where]) == 2
    assert message in capsys.readouterr().err
    assert not to.exists() and list(tmp_path.iterdir()) == []  # nothing written, not even a temp file
    assert {str(p): p.stat().st_mtime_ns for p in data.rglob("*")} == before


def test_a_small_clean_dataset_says_what_it_lacks_instead_of_drawing_empty_charts(samples_report):
    page = samples_report.read_text(encoding="utf-8")
    figures = embedded_figures(page)
    assert figures["totals"][0]["articles"] == 9 and figures["errors_by_type"] == []
    assert "No errors." in page and "No exact duplicates." in page
    assert 'id="spec-errors_by_type"' not in page and 'id="spec-duplicates_by_language"' not in page
    assert 'id="spec-languages"' in page and 'id="spec-runs"' in page


def test_a_dataset_of_failed_files_only_reports_its_errors(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    out, to = tmp_path / "out", tmp_path / "report.html"
    assert newsbeam(["run", str(tmp_path / "in" / "*"), "--output", str(out)]) == 1
    assert newsbeam(["report", "--output", str(out), "--to", str(to)]) == 0
    page = to.read_text(encoding="utf-8")
    figures = embedded_figures(page)
    assert figures["totals"][0]["articles"] == 0 and figures["totals"][0]["errors"] == 2
    assert re.findall(r'id="spec-([a-z_]+)"', page) == ["errors_by_type", "runs"]
    assert "No articles." in page and "No quotes." in page


def test_cli_reports_a_missing_dataset_and_a_bad_top(tmp_path, data, capsys):
    assert newsbeam(["report", "-o", str(tmp_path / "nowhere"), "--to", str(tmp_path / "r.html")]) == 2
    assert "no output folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        newsbeam(["report", "-o", str(data), "--to", str(tmp_path / "r.html"), "--top", "0"])
    assert usage.value.code == 2 and "must be a whole number of at least 1" in capsys.readouterr().err


# --- in a real browser --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium() -> str:
    path, why = find_chromium(install=True)
    if not path:
        pytest.skip(f"headless Chromium is not available, so the report is not checked in a browser: {why}")
    return path


def drawn_charts(browser: Chromium, report: Path) -> tuple[list[dict], object]:
    page = browser.open(report.as_uri(), ready="document.body.dataset.charts === 'done'")
    charts = page.evaluate("""Array.from(document.querySelectorAll('div.chart')).map(div => ({
        name: div.dataset.figure, drawn: div.dataset.drawn, width: div.getBoundingClientRect().width,
        bars: div.querySelectorAll('g.mark-rect.role-mark > *').length,
        marks: div.querySelectorAll('g.role-mark > *').length}))""")
    assert page.errors == []
    assert page.requests == [report.as_uri()]  # the page itself, and nothing else
    return charts, page


def assert_every_chart_drew(charts: list[dict], report: Path) -> None:
    page_text = report.read_text(encoding="utf-8")
    figures = embedded_figures(page_text)
    specs = re.findall(r'<script type="application/json" id="spec-([a-z_]+)">', page_text)
    assert sorted(c["name"] for c in charts) == sorted(specs)
    for chart in charts:
        assert chart["drawn"] == "yes" and chart["width"] > 300 and chart["marks"] > 0, chart
        if chart["name"] != "runs":  # bar and heat-map charts: one mark per row of their figure
            assert chart["bars"] == len(figures[chart["name"]]), chart


def test_the_pages_draw_every_chart_offline_in_chromium(chromium, report_file, samples_report, figures, tmp_path):
    specs = re.findall(r'<script type="application/json" id="spec-([a-z_]+)">', report_file.read_text(encoding="utf-8"))
    # every figure with rows has its chart (runs, errors, duplicates included: the dataset has all of them)
    assert set(specs) == {name for name, r in figures.items() if r} - {"totals", "error_examples", "most_copied"}
    with Chromium(chromium) as browser:
        charts, page = drawn_charts(browser, report_file)
        assert_every_chart_drew(charts, report_file)
        title_cells = page.evaluate(f"""Array.from(document.querySelectorAll('td'))
            .filter(td => td.textContent === {json.dumps(TRICKY_TITLE)}).length""")
        assert title_cells == 1 and page.evaluate("window.injected === undefined")  # shown as text, not run
        page.screenshot(tmp_path / "report.png", height=1400)
        assert (tmp_path / "report.png").stat().st_size > 20_000

        charts, _ = drawn_charts(browser, samples_report)
        assert_every_chart_drew(charts, samples_report)
        assert len(charts) >= 10

        # The request log can fail: a page that asks for anything shows up in it.
        probe = tmp_path / "probe.html"
        probe.write_text('<img src="http://127.0.0.1:9/pixel.png">', encoding="utf-8")
        assert "http://127.0.0.1:9/pixel.png" in browser.open(probe.as_uri()).requests


def test_the_javascript_bundle_is_kept_in_newsbeams_cache_folder(tmp_path, monkeypatch):
    """$NEWSBEAM_CACHE_DIR moves every cache newsbeam keeps, the report's JavaScript included."""
    from pipeline import report_charts

    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(report_charts, "_JS_BUNDLE", None)
    script = report_charts.javascript()
    kept = list(tmp_path.glob("vega-embed-bundle-*.js"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == script
