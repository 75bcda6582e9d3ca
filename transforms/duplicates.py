"""Exact-duplicate texts: every copy is kept, and all but the first point at the first."""
from __future__ import annotations

import dataclasses
from typing import Iterable

import apache_beam as beam

from transforms.article import Article

__all__ = ["first_copies", "mark_duplicate", "FirstCopyFn", "FindDuplicates", "EARLIER", "CURRENT"]

# (precedence, source_uri, line, article_id): precedence 0 for copies committed by earlier
# runs, 1 for this run's, so an archive's first copy stays first whatever the new paths are.
Copy = tuple[int, str, int, str]
EARLIER, CURRENT = 0, 1


class FirstCopyFn(beam.CombineFn):
    """Copies of one text -> (first copy, number of copies): earlier runs, then path, then line.

    A combine rather than a grouping: runners fold copies into one accumulator per text as
    they are read, so memory grows with the number of distinct texts, not of articles.
    """

    def create_accumulator(self) -> tuple[Copy | None, int]:
        return None, 0

    def add_input(self, accumulator, copy: Copy):
        first, count = accumulator
        return (copy if first is None or copy < first else first), count + 1

    def merge_accumulators(self, accumulators):
        firsts, total = [], 0
        for first, count in accumulators:
            if first is not None:
                firsts.append(first)
            total += count
        return (min(firsts) if firsts else None), total

    def extract_output(self, accumulator):
        return accumulator


def repeated_first_id(key_and_copies: tuple[str, tuple[Copy | None, int]]) -> list[tuple[str, str]]:
    """(content_sha256, first copy's article_id) when the text was seen more than once, else nothing."""
    key, (first, count) = key_and_copies
    return [(key, first[3])] if count > 1 else []


def first_copies(fingerprints: Iterable[tuple[str, Copy]]) -> dict[str, str]:
    """content_sha256 -> article_id of its first copy, for texts seen more than once (pure form of FindDuplicates)."""
    fn = FirstCopyFn()
    found: dict[str, tuple] = {}
    for key, copy in fingerprints:
        found[key] = fn.add_input(found.get(key, fn.create_accumulator()), copy)
    return dict(pair for item in found.items() for pair in repeated_first_id(item))


def mark_duplicate(article: Article, first_ids: dict[str, str]) -> Article:
    """The article with `duplicate_of` set when another article is its text's first copy.

    The same article id seen twice (one record read twice) is not a duplicate of itself.
    """
    first = first_ids.get(article.content_sha256)
    if first is None or first == article.article_id:
        return article
    return dataclasses.replace(article, duplicate_of=first)


class FindDuplicates(beam.PTransform):
    """(content_sha256, Copy) pairs -> (content_sha256, first copy's article_id) for each repeated text."""

    def expand(self, fingerprints):
        return (fingerprints
                | "FirstCopy" >> beam.CombinePerKey(FirstCopyFn())
                | "Repeated" >> beam.FlatMap(repeated_first_id))
