"""An article id is the dataset's key: a later copy of an id is an error row, and no view multiplies."""
import json
import re
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.cli import main
from pipeline.query import connect
from newsbeam_dev.evaluation import REPO
from transforms.article import Article
from transforms.duplicates import (CURRENT, EARLIER, REPEATED_ID, first_copies, first_of_ids, is_first_of_its_id,
                                   repeated_id_error)

FEED = REPO / "samples" / "feeds" / "europe.jsonl"
DOCS = (REPO / "docs" / "querying.md").read_text(encoding="utf-8")


def rows(out: Path, table: str) -> list[dict]:
    files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
    return ds.dataset(files, format="parquet", partitioning="hive").to_table().to_pylist() if files else []


# ----------------------------------------------------------------------------- pure functions
def test_the_first_copy_of_an_id_is_earlier_runs_then_path_then_line():
    copies = [("s1", (CURRENT, "b.jsonl", 1, "x")), ("s1", (CURRENT, "a.jsonl", 7, "x")),
              ("s2", (CURRENT, "a.jsonl", 9, "y"))]
    assert first_of_ids(copies) == {"x": (CURRENT, "a.jsonl", 7, "x")}
    assert first_of_ids(copies + [("s3", (EARLIER, "z.jsonl", 1, "x"))])["x"] == (EARLIER, "z.jsonl", 1, "x")
    firsts = first_of_ids(copies)
    assert [is_first_of_its_id(c, firsts) for c in copies] == [False, True, True]


def test_a_skipped_copy_is_no_ones_first_text():
    # `x` at b.jsonl is skipped; its text `t` then first appears as `y`, which must not point at a skipped row.
    copies = [("t0", (CURRENT, "a.jsonl", 1, "x")), ("t", (CURRENT, "b.jsonl", 1, "x")), ("t", (CURRENT, "c.jsonl", 1, "y")),
              ("t", (CURRENT, "d.jsonl", 1, "z"))]
    firsts = first_of_ids(copies)
    assert first_copies([c for c in copies if is_first_of_its_id(c, firsts)]) == {"t": "y"}


def test_the_error_row_names_the_kept_copy():
    article = Article("x", "/in/b.jsonl", "text", "utf-8", "sha", source_line=4)
    row = repeated_id_error(article, (CURRENT, "/in/a.jsonl", 7, "x"))
    assert (row["source_uri"], row["line"], row["stage"], row["error_type"]) == ("/in/b.jsonl", 4, "read", REPEATED_ID)
    assert "/in/a.jsonl line 7" in row["message"] and "'x'" in row["message"]
    assert "earlier run" in repeated_id_error(article, (EARLIER, "/in/a.jsonl", 7, "x"))["message"]


# ----------------------------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def single_and_double(tmp_path_factory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("feeds")
    (d / "one").mkdir()
    shutil.copy(FEED, d / "one" / "europe.jsonl")
    (d / "two").mkdir()
    shutil.copy(FEED, d / "two" / "a-europe.jsonl")
    shutil.copy(FEED, d / "two" / "b-europe-again.jsonl")
    outs = []
    for name, expected in (("one", 0), ("two", 1)):
        out = d / f"out-{name}"
        assert main(["run", str(d / name / "*.jsonl"), "-o", str(out)]) == expected
        outs.append(out)
    return outs[0], outs[1]


def test_a_feed_given_twice_keeps_one_row_per_article(single_and_double):
    single, double = single_and_double
    ids = sorted(a["article_id"] for a in rows(single, "articles"))
    articles = rows(double, "articles")
    assert sorted(a["article_id"] for a in articles) == ids and len(ids) == 6
    assert {Path(a["source_uri"]).name for a in articles} == {"a-europe.jsonl"}
    errors = rows(double, "errors")
    assert sorted((Path(e["source_uri"]).name, e["line"], e["error_type"]) for e in errors) == [
        ("b-europe-again.jsonl", line, REPEATED_ID) for line in range(1, 7)]
    for table in ("paragraphs", "quotes", "dates"):
        assert len(rows(double, table)) == len(rows(single, table)), table


def test_no_view_multiplies(single_and_double):
    _, double = single_and_double
    con = connect(str(double))
    count = lambda sql: con.sql(sql).fetchall()[0][0]  # noqa: E731
    assert count("SELECT count(*) FROM quotes_in_context") == count("SELECT count(*) FROM quotes") > 0
    assert count("SELECT count(*) FROM dates_in_context") == count("SELECT count(*) FROM dates") > 0
    assert count("SELECT count(*) FROM paragraphs p JOIN articles a USING (article_id, run_id)") == \
        count("SELECT count(*) FROM paragraphs")
    assert count("SELECT count(*) FROM articles") == count("SELECT count(DISTINCT article_id) FROM articles")


def docs_examples() -> list[str]:
    """The SQL examples of docs/querying.md that ask about the articles (not about errors or files)."""
    examples = re.findall(r"```sql\n(.*?)```", DOCS, re.S)
    assert len(examples) >= 8
    return [sql for sql in examples if not re.search(r"\berrors\b|source_uri|run_id", sql)]


@pytest.mark.parametrize("sql", docs_examples())
def test_the_docs_examples_answer_the_same_when_the_feed_is_given_twice(single_and_double, sql):
    single, double = single_and_double

    def answer(out):
        return sorted(json.dumps(r, default=str) for r in connect(str(out)).sql(sql).fetchall())
    assert answer(double) == answer(single)


def test_ids_repeated_by_later_ingests(tmp_path, capsys):
    inbox, out = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    line = lambda i, text: json.dumps({"id": i, "text": text})  # noqa: E731
    (inbox / "day1.jsonl").write_text("\n".join([line("a", "The mayor spoke on Monday."),
                                                 line("b", "The port reopened on Tuesday.")]) + "\n")
    assert main(["ingest", str(inbox / "*.jsonl"), "-o", str(out)]) == 0
    (inbox / "day2.jsonl").write_text("\n".join([line("b", "The port reopened on Tuesday."),
                                                 line("c", "A storm is expected on Friday."),
                                                 line("c", "A storm is expected on Friday.")]) + "\n")
    (inbox / "day3.jsonl").write_text(line("a", "The mayor spoke on Monday.") + "\n")  # nothing new in it
    assert main(["ingest", str(inbox / "*.jsonl"), "-o", str(out)]) == 1  # done; the repeats are error rows
    assert "added 2 (1 articles), failed 0" in capsys.readouterr().out
    assert sorted(a["article_id"] for a in rows(out, "articles")) == ["a", "b", "c"]
    errors = sorted((Path(e["source_uri"]).name, e["line"]) for e in rows(out, "errors"))
    assert errors == [("day2.jsonl", 1), ("day2.jsonl", 3), ("day3.jsonl", 1)]
    assert all(e["error_type"] == REPEATED_ID for e in rows(out, "errors"))
    assert main(["ingest", str(inbox / "*.jsonl"), "-o", str(out)]) == 0  # day3 read in full: not retried
    assert "nothing new in 3 files (3 unchanged, 0 given up)" in capsys.readouterr().out
    # A changed file supersedes its own earlier rows: its ids are not repeats of themselves.
    (inbox / "day1.jsonl").write_text("\n".join([line("a", "The mayor spoke again on Monday."),
                                                 line("b", "The port reopened on Tuesday.")]) + "\n")
    assert main(["ingest", str(inbox / "*.jsonl"), "-o", str(out)]) == 0
    latest = connect(str(out)).sql("SELECT article_id, text FROM articles ORDER BY 1").fetchall()
    assert latest == [("a", "The mayor spoke again on Monday."), ("b", "The port reopened on Tuesday."),
                      ("c", "A storm is expected on Friday.")]
