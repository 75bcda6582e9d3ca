"""pipeline.graph's Beam side of the per-article stages: `ApplyStage` runs one `transforms.stages.Stage`
on a PCollection of articles; an article its function fails on passes on unchanged, with an error row."""
import datetime as dt

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from pipeline.graph import ApplyStage
from tests.beam_util import local_test_pipeline
from transforms.article import Article
from transforms.stages import Stage, stage_named


def test_quotes_stage_fills_quotes():
    article = Article(article_id="a1", source_uri="mem://a1", text="“Yes,” she said.", encoding="utf-8",
                      content_sha256="x", language="en")
    with local_test_pipeline() as p:
        result = p | beam.Create([article]) | ApplyStage(stage_named("quotes"))
        out = result.articles | beam.Map(lambda a: [(q.text, q.speaker) for q in a.quotes])
        assert_that(result.errors, equal_to([]), label="NoErrors")
        assert_that(out, equal_to([[("Yes,", "she")]]))


def test_dates_stage_anchors_on_its_options():
    articles = [
        Article(article_id="a", source_uri="mem://a", text="He left yesterday.", encoding="utf-8",
                content_sha256="x", published_at=dt.date(2024, 12, 20), language="en"),
        Article(article_id="b", source_uri="mem://b", text="On December 17, he spoke.", encoding="utf-8",
                content_sha256="y", language="en"),
    ]
    dates = stage_named("dates")
    with local_test_pipeline() as p:
        created = p | beam.Create(articles)
        result = created | "Own anchors" >> ApplyStage(dates)
        out = result.articles | "Values" >> beam.Map(lambda a: (a.article_id, [m.value for m in a.dates]))
        assert_that(out, equal_to([("a", ["2024-12-19"]), ("b", ["XXXX-12-17"])]))
        assert_that(result.errors, equal_to([]), label="NoErrors")
        # a reference date anchors the articles without a published_at; with `overrides`, every article
        fixed = created | "Fixed anchor" >> ApplyStage(dates, reference_date=dt.date(2024, 12, 22))
        out = fixed.articles | "FixedValues" >> beam.Map(lambda a: (a.article_id, [m.value for m in a.dates]))
        assert_that(out, equal_to([("a", ["2024-12-19"]), ("b", ["2024-12-17"])]), label="FixedAnchor")
        forced = created | "Forced anchor" >> ApplyStage(dates, reference_date=dt.date(2024, 12, 22), overrides=True)
        out = forced.articles | "ForcedValues" >> beam.Map(lambda a: (a.article_id, [m.value for m in a.dates]))
        assert_that(out, equal_to([("a", ["2024-12-21"]), ("b", ["2024-12-17"])]), label="ForcedAnchor")


def _fails_on_b(article):
    if article.article_id == "b":
        raise ValueError("no good")
    return article


def test_a_failing_article_becomes_an_error_row_and_passes_on():
    articles = [Article(article_id=i, source_uri=f"mem://{i}", text="Text.", encoding="utf-8", content_sha256=i)
                for i in ("a", "b")]
    with local_test_pipeline() as p:
        result = p | beam.Create(articles) | ApplyStage(Stage("fragile", _fails_on_b))
        assert_that(result.articles | beam.Map(lambda a: a.article_id), equal_to(["a", "b"]))
        assert_that(result.errors, equal_to([{"source_uri": "mem://b", "line": None, "stage": "fragile",
                                              "error_type": "exception",
                                              "message": "article b: ValueError: no good"}]), label="Errors")


def test_a_bad_option_fails_when_the_graph_is_built():
    with pytest.raises(ValueError, match="language method must be one of"):
        ApplyStage(stage_named("language"), method="guess")
