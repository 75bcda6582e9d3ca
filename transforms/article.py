"""The one element type every stage passes along (as DataTrove passes a Document).

Stages never mutate an Article: they return a copy with their own field filled
(`dataclasses.replace`), so an element is safe to share between fused steps.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from dataclasses import dataclass
from typing import Any

__all__ = ["Article", "Paragraph", "Quote", "with_field"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    char_start: int
    char_end: int
    n_words: int
    language: str = "und"
    language_probability: float = 0.0


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation (`newsbeam.transforms.quotes`)."""
    char_start: int          # offset of first quoted char, inside the marks
    char_end: int            # one past last quoted char, inside the marks
    text: str                # text[char_start:char_end]
    kind: str                # 'sentence' or 'phrase'
    speaker: str | None      # speaker mention as written, None when no speaker
    speaker_start: int | None
    speaker_end: int | None
    speaker_name: str | None  # resolved name, else the mention; None when no speaker
    cue: str | None = None   # the attribution cue that found the speaker (`newsbeam.transforms.quotes.CUES`)


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
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    source_offset: int | None = None   # a WARC record's byte offset in its file
    duplicate_of: str | None = None
    language: str = "und"
    language_probability: float = 0.0
    language_method: str | None = None   # which path decided `language` (newsbeam.transforms.language)
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[Any, ...] = ()    # newsbeam.transforms.dates.DateMention


_FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Article) if f.init)
_ARTICLE_FIELDS = operator.attrgetter(*_FIELD_NAMES)
_FIELD_AT = {name: k for k, name in enumerate(_FIELD_NAMES)}


def with_field(article: Article, name: str, value: Any) -> Article:
    """`dataclasses.replace(article, name=value)`, with the fields read in one C call (`replace` walks
    them in Python: about 60 k instructions an article, a few per cent of a light stage's CPU)."""
    fields = list(_ARTICLE_FIELDS(article))
    fields[_FIELD_AT[name]] = value
    return Article(*fields)
