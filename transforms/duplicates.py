"""Exact-duplicate texts: every copy is kept, and all but the first point at the first."""
from __future__ import annotations

import dataclasses
from typing import Iterable

import apache_beam as beam

from transforms.article import Article

__all__ = ["duplicate_links", "mark_duplicate", "FindDuplicates", "EARLIER", "CURRENT"]

# (precedence, source_uri, line, article_id): precedence 0 for copies committed by earlier
# runs, 1 for this run's, so an archive's first copy stays first whatever the new paths are.
Copy = tuple[int, str, int, str]
EARLIER, CURRENT = 0, 1


def duplicate_links(copies: Iterable[Copy]) -> list[tuple[str, str]]:
    """(article_id, duplicate_of) for every copy after the first (earlier runs, then path, then line).

    The same article id seen twice (one record read twice) is not a duplicate of itself.
    """
    ordered = sorted(set(copies))
    if len(ordered) < 2:
        return []
    first_id = ordered[0][3]
    return [(aid, first_id) for _, _, _, aid in ordered[1:] if aid != first_id]


class FindDuplicates(beam.PTransform):
    """(content_sha256, Copy) pairs -> (article_id, duplicate_of) for each later copy."""

    def expand(self, fingerprints):
        return (fingerprints
                | "GroupByText" >> beam.GroupByKey()
                | "LinkCopies" >> beam.FlatMap(lambda kv: duplicate_links(kv[1])))


def mark_duplicate(article: Article, links: dict[str, str]) -> Article:
    """The article with `duplicate_of` set when `links` names its first copy."""
    first = links.get(article.article_id)
    return article if first is None else dataclasses.replace(article, duplicate_of=first)
