"""The Beam side of a per-article stage: one small DoFn that applies a pure function.

A stage that raises on some article does not fail the run: the article goes on unchanged
(its stage field stays empty) and an error row says which article, which stage and why.
"""
from __future__ import annotations

from typing import Callable

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from newsbeam.transforms.article import Article

__all__ = ["ARTICLES", "ERRORS", "ArticleStage", "ArticleStageFn", "error_row"]

ARTICLES = "articles"
ERRORS = "errors"


def error_row(source_uri: str, line: int | None, stage: str, error_type: str, message: str,
              source_offset: int | None = None) -> dict:
    """An `errors` table row without its run_id (added when rows are written, with a null
    `source_offset` unless it is given here: only WARC records have one)."""
    row = {"source_uri": source_uri, "line": line, "stage": stage, "error_type": error_type, "message": message}
    if source_offset is not None:
        row["source_offset"] = source_offset
    return row


class ArticleStageFn(beam.DoFn):
    """Applies `fn: Article -> Article`; exceptions become error rows, the article passes on."""

    def __init__(self, stage: str, fn: Callable[[Article], Article]):
        self._stage = stage
        self._fn = fn
        self._failures = Metrics.counter("newsbeam", f"{stage}_failures")

    def process(self, article: Article):
        try:
            yield self._fn(article)
        except Exception as e:  # noqa: BLE001 - one bad article must not stop a collection
            self._failures.inc()
            yield TaggedOutput(ERRORS, error_row(
                article.source_uri, article.source_line, self._stage, "exception",
                f"article {article.article_id}: {type(e).__name__}: {e}"))
            yield article


class ArticleStage(beam.PTransform):
    """Base for the per-article stages; subclasses name the stage and give its function.

    Applying a stage yields a DoOutputsTuple: `.articles` and `.errors`.
    """

    stage = "stage"

    def article_fn(self) -> Callable[[Article], Article]:
        raise NotImplementedError

    def expand(self, articles):
        return articles | beam.ParDo(ArticleStageFn(self.stage, self.article_fn())).with_outputs(
            ERRORS, main=ARTICLES)
