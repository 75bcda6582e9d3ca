"""Rows of the output tables are built in one place (`newsbeam.transforms.rows`), with exactly the
columns the schema module defines: the pipeline, the evaluation helpers and the tests all use it."""
import datetime as dt

import pyarrow as pa

from newsbeam.transforms.article import Article
from newsbeam.transforms.rows import article_rows, date_row, quote_row
from newsbeam.transforms.schemas import columns_of, schema_for
from newsbeam.transforms.stages import run_stages
from newsbeam_dev.evaluation import date_rows, quote_rows

TEXT = ('The minister spoke on 3 March 2024.\n\n"We will build the bridge next year," '
        'Anna Berg said on Tuesday.')


def analysed() -> Article:
    article = Article(article_id="a1", source_uri="mem://a1", text=TEXT, encoding="utf-8",
                      content_sha256="0" * 64, published_at=dt.date(2024, 3, 5))
    analysed_article, errors = run_stages(article)
    assert errors == []
    return analysed_article


def test_every_row_has_exactly_the_schema_columns_and_fits_its_arrow_type():
    rows = article_rows(analysed(), "run-1")
    for table in ("articles", "paragraphs", "quotes", "dates"):
        assert rows[table], table
        assert all(set(r) == set(columns_of(table)) for r in rows[table]), table
        pa.Table.from_pylist(rows[table], schema=schema_for(table))  # raises on a wrong type


def test_quote_and_date_rows_carry_the_paragraph_and_run():
    article = analysed()
    rows = article_rows(article, "run-1")
    assert rows["quotes"][0] == quote_row("a1", 0, article.quotes[0], 1, "run-1")
    assert rows["quotes"][0]["speaker_name"] == "Anna Berg"
    assert [r["paragraph_index"] for r in rows["dates"]] == [0, 1, 1]
    assert rows["dates"][0] == date_row("a1", article.dates[0], 0, "run-1")


def test_evaluation_rows_are_the_pipeline_rows_less_paragraphs():
    article = analysed()
    gold = [{"id": "a1", "text": TEXT, "language": "en", "published_at": "2024-03-05"}]
    pipeline = article_rows(article, "eval")
    strip = lambda rows: [{**r, "paragraph_index": 0} for r in rows]  # noqa: E731
    assert quote_rows(gold) == strip(pipeline["quotes"])
    assert date_rows(gold) == strip(pipeline["dates"])
