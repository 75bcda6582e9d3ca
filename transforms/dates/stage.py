"""The dates stage in Beam: `add_dates` on each article, wrapped by `ExtractDates`."""
from __future__ import annotations

import datetime as dt
import functools

from newsbeam.transforms.article import with_field
from newsbeam.transforms.dates.extract import extract_dates
from newsbeam.transforms.stage import ArticleStage

__all__ = ["add_dates", "ExtractDates"]


def add_dates(article, reference_date: dt.date | None = None, overrides: bool = False):
    """Article -> Article with `dates` filled, anchored on its published_at, else on `reference_date`.

    `overrides=True` anchors on `reference_date` even an article with its own published_at.
    """
    anchor = (reference_date or article.published_at) if overrides else (article.published_at or reference_date)
    dates = tuple(extract_dates(article.text, anchor, article.language))
    if not dates and not article.dates:
        return article  # (nothing to fill: the element is immutable, share it)
    return with_field(article, "dates", dates)


class ExtractDates(ArticleStage):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with `dates` filled, `.errors`).

    `reference_date` anchors the articles without a published_at (every article with `overrides`).
    """

    stage = "dates"

    def __init__(self, reference_date: dt.date | None = None, overrides: bool = False):
        super().__init__()
        self._reference_date = reference_date
        self._overrides = overrides

    def article_fn(self):
        return functools.partial(add_dates, reference_date=self._reference_date, overrides=self._overrides)
