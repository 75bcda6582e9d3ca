"""The dates stage's function, `add_dates`: an article's dates (listed in `transforms.stages`)."""
from __future__ import annotations

import datetime as dt

from transforms.article import with_field
from transforms.dates.extract import extract_dates

__all__ = ["add_dates"]


def add_dates(article, reference_date: dt.date | None = None, overrides: bool = False):
    """Article -> Article with `dates` filled, anchored on its published_at, else on `reference_date`.

    `overrides=True` anchors on `reference_date` even an article with its own published_at.
    """
    anchor = (reference_date or article.published_at) if overrides else (article.published_at or reference_date)
    dates = tuple(extract_dates(article.text, anchor, article.language))
    if not dates and not article.dates:
        return article  # (nothing to fill: the element is immutable, share it)
    return with_field(article, "dates", dates)

