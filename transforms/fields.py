"""What the configuration names: the formats read, which JSON keys hold an article's fields, how languages are decided.

Apart from the readers (`newsbeam.transforms.sources`) so that loading a job's configuration imports no Beam.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FORMATS", "LANGUAGE_METHODS", "FieldNames"]

FORMATS = ("txt", "jsonl", "html", "warc")
# How an article's language may be decided: the cascade, or langdetect for every article (newsbeam.transforms.language).
LANGUAGE_METHODS = ("cascade", "langdetect")


@dataclass(frozen=True)
class FieldNames:
    """Which JSON keys hold each article field (configurable per job)."""
    id: str = "id"
    title: str = "title"
    text: str = "text"
    published_at: str = "published_at"
    url: str = "url"
    html: str | None = None   # a field holding a web page: its article is extracted (newsbeam.transforms.html)
