"""The one element type every stage passes along (as DataTrove passes a Document).

Stages never mutate an Article: they return a copy with their own field filled
(`dataclasses.replace`), so an element is safe to share between fused steps.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = ["Article", "Paragraph"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    char_start: int
    char_end: int
    n_words: int
    language: str = "und"
    language_probability: float = 0.0


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    source_uri: str
    text: str
    encoding: str
    content_sha256: str
    source_line: int | None = None
    title: str | None = None
    published_at: dt.date | None = None
    url: str | None = None
    duplicate_of: str | None = None
    language: str = "und"
    language_probability: float = 0.0
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Any, ...] = ()   # transforms.quotes.Quote
    dates: tuple[Any, ...] = ()    # transforms.dates.DateMention
