"""Querying outputs: views over a dataset from the real `newsbeam run`, history and layouts, formats,
error messages, and read-only access. The CLI runs in-process; results are checked through the API."""
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline import cli_query
from pipeline.cli import main as newsbeam
from pipeline.query import VIEWS, QueryTimeout, ReadOnlyError, UnknownName, connect, query, view_columns
from tests.processes import catches_sigterm
from newsbeam_dev.evaluation import REPO
from transforms.schemas import TABLES, columns_of, schema_for

STORM = ("Storm warning issued for the west coast\n\n"
         "Forecasters issued an amber weather warning for much of the west coast, with gusts of up to 80mph "
         "expected over the weekend.\n\n"
         "\"People should avoid travelling unless it is essential,\" said Helen Park, a spokeswoman for the "
         "weather service. \"Conditions will get worse quickly on Saturday night.\"\n\n"
         "The last storm of comparable strength hit the region in January 2020, when thousands of homes lost power.\n")
FLOODS = ("Flood defences hold after a week of rain\n\n"
          "River levels fell on Monday after a week of heavy rain across the valley towns.\n\n"
          "\"The new barriers did exactly what they were built to do,\" said Helen Park of the weather service.\n\n"
          "\"We were lucky this time,\" said Tom Reyes, who runs a bakery by the river.\n")
GERMAN = ("Neue Brücke für die Altstadt\n\n"
          "Der Gemeinderat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. Die Arbeiten "
          "sollen im Frühjahr beginnen und etwa zwei Jahre dauern.\n\n"
          "„Die alte Brücke ist seit Jahren marode“, sagte Bürgermeisterin Anna Weber nach der Sitzung.\n")
FEED = [{"id": "feed-1", "title": "Harbour bridge reopens", "published_at": "2025-03-14",
         "text": "The harbour bridge reopened to traffic on Friday after two months of repairs.\n\n"
                 "\"Commuters have been very patient,\" said Lena Ortiz, the city's transport director."},
        {"id": "feed-2", "title": "Library extends its hours", "published_at": "2025-04-02",
         "text": "The central library will stay open until nine in the evening from next month, the council said."}]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A dataset written by the real pipeline: four .txt articles, a JSONL feed with a bad line, an empty file."""
    d = tmp_path_factory.mktemp("inputs")
    for name, text in {"storm.txt": STORM, "floods.txt": FLOODS, "bruecke.txt": GERMAN, "empty.txt": ""}.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "feed.jsonl").write_text("\n".join([json.dumps(FEED[0]), "{not json", json.dumps(FEED[1])]) + "\n",
                                  encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "dataset"
    assert newsbeam(["run", str(d / "*.txt"), str(d / "feed.jsonl"), "--output", str(out)]) == 1  # 1: some inputs rejected
    return out


@pytest.fixture(scope="module")
def con(data):
    return connect(data)


def files_of(out: Path, table: str) -> list[str]:
    return sorted(str(p) for p in (out / table).rglob("*.parquet"))


def raw(out: Path, table: str) -> list[dict]:
    """The table read by pyarrow alone: the ground truth the views must agree with."""
    return ds.dataset(files_of(out, table), schema=schema_for(table), format="parquet").to_table().to_pylist()


def scalar(con, sql: str):
    return con.sql(sql).fetchall()[0][0]


def cli(*argv: str, capsys) -> tuple[int, str, str]:
    code = cli_query.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


# --- answers over the real pipeline's output -------------------------------------------------------------

def test_each_view_has_the_schema_columns_and_the_rows_of_its_files(con, data):
    for table in TABLES:
        for view in (table, f"{table}_all"):
            assert [c for c, _ in view_columns(con, view)] == columns_of(table)
            assert scalar(con, f"SELECT count(*) FROM {view}") == len(raw(data, table)), view


def test_articles_languages_titles_and_errors(con):
    titles = dict(con.sql("SELECT title, language FROM articles").fetchall())
    assert set(titles) == {"Storm warning issued for the west coast", "Flood defences hold after a week of rain",
                           "Neue Brücke für die Altstadt", "Harbour bridge reopens", "Library extends its hours"}
    assert titles["Neue Brücke für die Altstadt"] == "de" and titles["Harbour bridge reopens"] == "en"
    errors = con.sql("SELECT regexp_extract(source_uri, '[^/]+$'), error_type FROM errors ORDER BY 1").fetchall()
    assert errors == [("empty.txt", "empty"), ("feed.jsonl", "bad_json")]


def test_top_speaker_and_quotes_in_context(con, data):
    top = query(data, "SELECT speaker_name, count(*) n FROM quotes WHERE speaker_name IS NOT NULL "
                      "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1").to_pylist()
    assert top == [{"speaker_name": "Helen Park", "n": 3}]
    per_title = dict(con.sql("SELECT title, count(*) FROM quotes_in_context WHERE speaker_name = 'Helen Park' "
                             "GROUP BY 1").fetchall())
    assert per_title == {"Storm warning issued for the west coast": 2, "Flood defences hold after a week of rain": 1}
    expected = len(raw(data, "quotes"))
    assert scalar(con, "SELECT count(*) FROM quotes_in_context") == expected


def test_dates_in_context_carry_their_paragraph_and_article(con):
    rows = con.sql("SELECT value, paragraph_text, title FROM dates_in_context WHERE text LIKE '%January 2020%'").fetchall()
    assert len(rows) == 1
    value, paragraph, title = rows[0]
    assert value == "2020-01" and paragraph.startswith("The last storm") and title.startswith("Storm warning")


def test_python_api_results_without_pandas(con):
    rel = con.sql("SELECT published_at, title FROM articles WHERE published_at IS NOT NULL ORDER BY 1")
    assert [r[1] for r in rel.fetchall()] == ["Harbour bridge reopens", "Library extends its hours"]
    assert pa.table(rel.arrow()).column("title").to_pylist() == ["Harbour bridge reopens", "Library extends its hours"]


# --- output formats ---------------------------------------------------------------------------------------

SPEAKERS = "SELECT speaker_name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1"


def test_table_format_aligns_cuts_long_text_and_counts_rows(data, capsys):
    code, out, _ = cli("query", "-o", str(data), "SELECT title, text, n_words FROM articles ORDER BY title", capsys=capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["title", "text", "n_words"] and set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(5 rows)"
    assert all(len(line) <= len(lines[1]) for line in lines[2:-1])  # every row fits the header's grid
    assert "…" in out and "\"People should avoid" not in out  # text cut to 60 characters, one line per row


def test_csv_json_and_parquet_formats_round_trip(data, tmp_path, capsys):
    expected = query(data, SPEAKERS).to_pylist()
    code, out, _ = cli("query", "-o", str(data), "--format", "csv", SPEAKERS, capsys=capsys)
    assert code == 0 and [{**r, "n": int(r["n"])} for r in csv.DictReader(io.StringIO(out))] == expected
    code, out, _ = cli("query", "-o", str(data), "-f", "json", SPEAKERS, capsys=capsys)
    assert code == 0 and [json.loads(line) for line in out.splitlines()] == expected  # JSON Lines
    target = tmp_path / "speakers.parquet"  # format from the extension
    assert cli("query", "-o", str(data), "--to", str(target), SPEAKERS, capsys=capsys)[0] == 0
    assert pq.read_table(target).to_pylist() == expected


# --- error messages and exit codes ------------------------------------------------------------------------

@pytest.mark.parametrize("sql, code, message", [
    ("SELECT * FROM quote", 2, r"Table with name quote does not exist.*\navailable tables: articles, paragraphs, quotes"),
    ("SELECT speakr FROM quotes", 2, r"\"speakr\" not found.*\ncolumns of quotes: article_id, quote_index, .*speaker_name"),
    ("SELEC 1", 4, r"syntax error at or near \"SELEC\""),
    ("SELECT 'x'::INT FROM articles", 4, r"Could not convert string 'x'"),
    ("DELETE FROM articles", 2, r"DELETE statements are not allowed: the dataset is read-only"),
])
def test_sql_errors_are_clean_messages_with_exit_codes(data, capsys, sql, code, message):
    got, out, err = cli("query", "-o", str(data), sql, capsys=capsys)
    assert (got, out) == (code, "") and re.search(message, err, re.S) and "Traceback" not in err


def test_missing_or_empty_output_folder_and_bad_usage(data, tmp_path, capsys):
    assert cli("query", "-o", str(tmp_path / "nope"), "SELECT 1", capsys=capsys)[::2] == (
        2, f"newsbeam: no output folder at {tmp_path / 'nope'}\n")
    code, _, err = cli("stats", "-o", str(tmp_path), capsys=capsys)
    assert code == 2 and "holds no newsbeam tables" in err
    assert cli("query", "-o", str(data), "--shell", "SELECT 1", capsys=capsys)[0] == 2
    assert "needs --to FILE" in cli("query", "-o", str(data), "-f", "parquet", "SELECT 1", capsys=capsys)[2]
    assert cli("query", "-o", str(data), capsys=capsys)[0] == 2
    with pytest.raises(UnknownName, match="available tables"):
        query(data, "SELECT * FROM nothing_here")


# --- read-only --------------------------------------------------------------------------------------------

def test_no_query_can_write_into_or_read_around_the_dataset(data, tmp_path, capsys):
    before = snapshot(data)
    target = data / "articles" / "x.parquet"
    existing = files_of(data, "articles")[0]
    with pytest.raises(ReadOnlyError, match="COPY statements are not allowed"):
        query(data, f"COPY (SELECT 1) TO '{target}'")
    assert cli("query", "-o", str(data), f"COPY (SELECT 1) TO '{target}'", capsys=capsys)[0] == 2
    assert "outside the output folder" in cli("query", "-o", str(data), "--to", str(target), "SELECT 1", capsys=capsys)[2]
    # The connection itself refuses, whatever the statement (the Python API hands it out as is).
    con = connect(data)
    for sql in [f"COPY (SELECT 1) TO '{target}'",
                f"COPY (SELECT 1 AS a) TO '{existing}' (FORMAT csv, USE_TMP_FILE false)",
                f"EXPORT DATABASE '{data / 'articles' / 'export'}'", f"ATTACH '{data / 'articles' / 'x.duckdb'}'",
                "INSTALL httpfs", "SELECT * FROM read_csv('/etc/passwd')", f"COPY (SELECT 1) TO '{tmp_path / 'y.csv'}'"]:
        with pytest.raises(duckdb.PermissionException):
            con.execute(sql)
    with pytest.raises(duckdb.Error, match="configuration has been locked"):
        con.execute("SET enable_external_access = true")
    assert snapshot(data) == before and not (tmp_path / "y.csv").exists()
    assert scalar(con, "SELECT count(*) FROM articles") == 5  # and reading still works


# --- shell, stats, help and docs --------------------------------------------------------------------------

def test_shell_runs_statements_and_dot_commands(con):
    script = io.StringIO(".tables\n.schema quotes_in_context\nSELECT count(*) AS n\n  FROM articles;\n"
                         "SELECT nope FROM articles;\n.quit\nSELECT 'after quit';\n")
    out = io.StringIO()
    assert cli_query.run_shell(con, script, out) == 0
    text = out.getvalue()
    assert all(view in text for view in VIEWS)
    assert re.search(r"speaker_name\s+VARCHAR\s+Who the speaker is", text) and re.search(r"\n\s*5\n\(1 row\)", text)
    assert "Error: Binder Error" in text and "columns of articles: article_id" in text and "after quit" not in text


def test_stats_summarise_the_dataset(data, capsys):
    code, out, _ = cli("stats", "-o", str(data), capsys=capsys)
    assert code == 0
    for title in ("Totals", "Articles by language", "Articles by month (published_at)", "Top speakers",
                  "Quotes and dates per article", "Errors by type"):
        assert f"\n{title}\n" in out
    assert re.search(r"Helen Park\s+3\s+2", out) and re.search(r"2025-03\s+1", out) and re.search(r"unknown\s+3", out)
    code, out, _ = cli("stats", "-o", str(data), "--json", capsys=capsys)
    stats = json.loads(out)
    assert stats["Totals"][0]["articles"] == 5
    assert {r["error_type"] for r in stats["Errors by type"]} == {"empty", "bad_json"}


def test_commands_have_help_with_an_example():
    for command in (cli_query.cmd_query, cli_query.cmd_stats):
        assert "Example: newsbeam " in command.__doc__


def test_every_sql_example_in_the_docs_runs(con):
    doc = (REPO / "docs" / "querying.md").read_text(encoding="utf-8")
    examples = re.findall(r"```sql\n(.*?)```", doc, re.S)
    assert len(examples) >= 8
    for sql in examples:
        query(con, sql)
    for view in VIEWS:
        assert f"`{view}`" in doc


# --- history and layouts, written with pyarrow (ingest writes hive partitions) ---------------------------

R1, R2 = "20261128T090000Z-aaaaaa", "20261129T090000Z-bbbbbb"


def row(table: str, **values) -> dict:
    defaults = {pa.string(): "x", pa.int64(): 0, pa.float64(): 0.0}
    return {f.name: values.get(f.name, None if f.nullable else defaults.get(f.type)) for f in schema_for(table)}


def write(folder: Path, table: str, rows: list[dict], name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema_for(table)), folder / name)


@pytest.fixture
def history(tmp_path) -> Path:
    """Run 1 (flat files, as `newsbeam run` writes them): a.txt, b.txt ok, c.txt failed.
    Run 2 (hive partition, as `ingest` writes them): a.txt changed, c.txt now ok, d.txt failed."""
    out = tmp_path / "data"
    arts = lambda run, *names: [row("articles", article_id=n[0], source_uri=f"/in/{n}", run_id=run) for n in names]
    write(out / "articles", "articles", arts(R1, "a.txt", "b.txt"), f"part-{R1}-00000-of-00001.parquet")
    write(out / "quotes", "quotes", [row("quotes", article_id="a", quote_index=i, text=f"old {i}", run_id=R1)
                                     for i in range(2)] + [row("quotes", article_id="b", text="b", run_id=R1)],
          f"part-{R1}-00000-of-00001.parquet")
    write(out / "errors", "errors", [row("errors", source_uri="/in/c.txt", error_type="empty", run_id=R1)],
          f"part-{R1}-00000-of-00001.parquet")
    part = "ingest_date=2026-11-29"
    write(out / "articles" / part, "articles", arts(R2, "a.txt", "c.txt"), f"part-{R2}-00000-of-00001.parquet")
    write(out / "quotes" / part, "quotes", [row("quotes", article_id="a", text="new", run_id=R2)], f"part-{R2}-0.parquet")
    write(out / "errors" / part, "errors", [row("errors", source_uri="/in/d.txt", error_type="binary", run_id=R2)],
          f"part-{R2}-0.parquet")
    (out / "dates").mkdir()  # a table with no files yet; paragraphs/ does not exist at all
    runs = out / ".newsbeam" / "runs"  # the runs' records commit them (pipeline.records)
    runs.mkdir(parents=True)
    (runs / f"{R1}.reset.json").write_text(json.dumps({"run_id": R1}))
    (runs / f"{R2}.json").write_text(json.dumps({"run_id": R2}))
    # Bookkeeping and stray files are never data.
    write(out / ".newsbeam" / "staging" / "r3" / "articles", "articles", arts("r3", "z.txt"), "part-r3.parquet")
    write(out / "articles" / "_temporary", "articles", arts("r4", "y.txt"), "part-r4.parquet")
    return out


def test_latest_only_views_and_full_history(history):
    con = connect(history)
    assert sorted(con.sql("SELECT article_id, run_id FROM articles").fetchall()) == [("a", R2), ("b", R1), ("c", R2)]
    assert scalar(con, "SELECT count(*) FROM articles_all") == 4
    assert sorted(con.sql("SELECT article_id, text FROM quotes").fetchall()) == [("a", "new"), ("b", "b")]
    assert scalar(con, "SELECT count(*) FROM quotes_all") == 4
    # c.txt failed in run 1 and succeeded in run 2: only d.txt's error is current.
    assert con.sql("SELECT source_uri, error_type FROM errors").fetchall() == [("/in/d.txt", "binary")]
    assert scalar(con, "SELECT count(*) FROM errors_all") == 2
    assert sorted(con.sql("SELECT text, source_uri FROM quotes_in_context").fetchall()) == [
        ("b", "/in/b.txt"), ("new", "/in/a.txt")]
    for table in ("articles", "quotes"):
        assert [c for c, _ in view_columns(con, table)] == columns_of(table)


def test_empty_and_missing_table_folders_are_empty_views_with_the_schema_columns(history):
    con = connect(history)
    for view in ("dates", "paragraphs_all", "dates_in_context"):
        assert scalar(con, f"SELECT count(*) FROM {view}") == 0
    assert [c for c, _ in view_columns(con, "paragraphs")] == columns_of("paragraphs")
    assert [c for c, _ in view_columns(con, "dates_in_context")] == columns_of("dates") + [
        "paragraph_text", "title", "published_at", "source_uri"]


# --- what actually runs: EXPLAIN ANALYZE and other wrappers (issue 15, item 13) ---------------------------

WRAPPED_WRITES = [
    "EXPLAIN ANALYZE CREATE OR REPLACE VIEW quotes AS SELECT 'nobody said this' AS text",
    "explain /* a comment */ analyse CREATE OR REPLACE VIEW quotes AS SELECT 'nobody said this' AS text",
    "EXPLAIN (FORMAT json) CREATE OR REPLACE VIEW quotes AS SELECT 'nobody said this' AS text",
    "EXPLAIN ANALYZE DROP VIEW quotes",
    "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1",
    "EXPLAIN ANALYZE SET threads = 1",
]


@pytest.mark.parametrize("sql", WRAPPED_WRITES)
def test_explain_analyze_cannot_smuggle_a_write(data, sql):
    con = connect(data)
    out = io.StringIO()
    cli_query.run_shell(con, stdin=io.StringIO(f"{sql};\nSELECT count(*) AS n FROM quotes WHERE text = 'nobody said this';\n"),
                        out=out)
    assert "Error:" in out.getvalue() and "not allowed" in out.getvalue()
    assert scalar(con, "SELECT count(*) FROM quotes WHERE text = 'nobody said this'") == 0
    assert scalar(con, "SELECT count(*) FROM quotes") == len(raw(data, "quotes"))
    with pytest.raises(ReadOnlyError):
        query(con, sql)


def test_explain_of_a_select_still_runs(con):
    for sql in ("EXPLAIN SELECT count(*) FROM quotes", "EXPLAIN ANALYZE SELECT count(*) FROM quotes",
                "EXPLAIN (FORMAT json) SELECT 1"):
        assert query(con, sql).num_rows >= 1, sql


# --- limits and cancelling (item 12) ---------------------------------------------------------------------

LONG = "SELECT count(*) AS n FROM range(100000000) a, range(1000) b WHERE a.range * b.range = 7"


def test_a_query_over_its_time_limit_is_cancelled(data, capsys):
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        query(data, LONG, timeout=0.5)
    assert time.monotonic() - started < 10
    code, _, err = cli("query", "-o", str(data), "--timeout", "0.5", LONG, capsys=capsys)
    assert code == 4 and "longer than 0.5 s" in err and "--timeout" in err


def test_memory_limit_default_and_flag(data, capsys):
    con = connect(data)
    limit = scalar(con, "SELECT current_setting('memory_limit')")
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert limit.endswith("iB") and _bytes(limit) <= total * 0.26  # DuckDB's own default is 80%
    assert scalar(connect(data, memory_limit="300MB"), "SELECT current_setting('memory_limit')") == "286.1 MiB"
    code, _, err = cli("query", "-o", str(data), "--memory-limit", "100MB",
                       "SELECT max(len(l)) FROM (SELECT list(range) AS l FROM range(50000000))", capsys=capsys)
    assert code == 4 and "Out of Memory" in err and "--memory-limit" in err
    code, _, err = cli("query", "-o", str(data), "--memory-limit", "lots", "SELECT 1", capsys=capsys)
    assert code == 2 and "--memory-limit" in err


def _bytes(text: str) -> float:
    number, unit = text.split()
    return float(number) * 1024 ** ["B", "KiB", "MiB", "GiB", "TiB"].index(unit)


def test_sigterm_cancels_a_long_query(data):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "query", "-o", str(data), "--timeout", "0", LONG],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert catches_sigterm(proc.pid)
    time.sleep(1.5)  # well into the statement
    assert proc.poll() is None
    sent = time.monotonic()
    proc.terminate()
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and time.monotonic() - sent < 3 and "Traceback" not in err, err


def test_ctrl_c_in_the_shell_cancels_the_statement_not_the_shell(data):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "query", "-o", str(data), "--shell"],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdin.write(LONG + ";\n")
    proc.stdin.flush()
    assert catches_sigterm(proc.pid)
    time.sleep(1.5)  # well into the statement
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate("SELECT 42 AS answer;\n", timeout=30)
    assert proc.returncode == 0, err
    assert "Cancelled." in out and "42" in out.split("Cancelled.", 1)[1]


def test_a_query_whose_files_a_commit_replaced_reads_the_new_state(history, monkeypatch):
    # Between listing the files and reading them, an overwrite commits (R2 becomes a reset) and deletes R1's files.
    import pipeline.query as q

    real_connect, calls = q.connect, []

    def connect_then_commit(output, memory_limit=None):
        con = real_connect(output, memory_limit)
        if not calls:
            runs = history / ".newsbeam" / "runs"
            (runs / f"{R2}.json").rename(runs / f"{R2}.reset.json")
            for path in history.rglob(f"part-{R1}-*.parquet"):
                path.unlink()
        calls.append(output)
        return con

    monkeypatch.setattr(q, "connect", connect_then_commit)
    assert query(str(history), "SELECT count(*) AS n FROM quotes_all").column("n").to_pylist() == [1]
    assert len(calls) == 2
