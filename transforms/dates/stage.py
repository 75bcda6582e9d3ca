"""The dates stage in Beam: `add_dates` on each article, wrapped by `ExtractDates`."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from transforms.dates.extract import extract_dates
from transforms.stage import ArticleStage

__all__ = ["add_dates", "ExtractDates"]


def add_dates(article, reference_date: dt.date | None = None):
    """Article -> Article with `dates` filled; `reference_date` overrides its published_at."""
    anchor = reference_date or article.published_at
    return dataclasses.replace(article, dates=tuple(extract_dates(article.text, anchor, article.language)))


class ExtractDates(ArticleStage):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with `dates` filled, `.errors`).

    `reference_date` overrides every article's published_at when given.
    """

    stage = "dates"

    def __init__(self, reference_date: dt.date | None = None):
        super().__init__()
        self._reference_date = reference_date

    def article_fn(self):
        return functools.partial(add_dates, reference_date=self._reference_date)
