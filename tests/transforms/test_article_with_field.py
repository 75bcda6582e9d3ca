"""`with_field`: the stages' copy of an article with one field filled is `dataclasses.replace`'s."""
from __future__ import annotations

import dataclasses
import datetime as dt

from transforms.article import Article, with_field
from transforms.dates import add_dates


def _article(**extra) -> Article:
    return Article(article_id="a1", source_uri="mem://a1", text="The talks ended on 17 December 2004.",
                   encoding="utf-8", content_sha256="0", published_at=dt.date(2005, 3, 1), language="en", **extra)


def test_with_field_is_replace_for_every_field():
    article = _article(title="Talks", authors=("A. Writer",))
    for field in dataclasses.fields(Article):
        value = getattr(_article(), field.name) if field.name != "title" else "Other"
        assert with_field(article, field.name, value) == dataclasses.replace(article, **{field.name: value})


def test_add_dates_fills_dates_and_keeps_the_rest():
    article = _article(title="Talks")
    filled = add_dates(article)
    assert [d.value for d in filled.dates] == ["2004-12-17"]
    assert dataclasses.replace(filled, dates=()) == article
    empty = dataclasses.replace(article, text="No date here.")
    assert add_dates(empty) is empty  # (nothing to fill: the same immutable element)
