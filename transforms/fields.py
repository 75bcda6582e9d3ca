"""What inputs look like to the configuration: the formats read, and which JSON keys hold an article's fields.

Apart from the readers (`transforms.sources`) so that loading a job's configuration imports no Beam.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FORMATS", "FieldNames"]

FORMATS = ("txt", "jsonl", "html", "warc")


@dataclass(frozen=True)
class FieldNames:
    """Which JSON keys hold each article field (configurable per job)."""
    id: str = "id"
    title: str = "title"
    text: str = "text"
    published_at: str = "published_at"
    url: str = "url"
    html: str | None = None   # a field holding a web page: its article is extracted (transforms.html)
