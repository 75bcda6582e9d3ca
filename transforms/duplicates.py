"""Repeated articles: one row per article id, and exact-duplicate texts linked to their first copy.

Two kinds of repeat, both decided by the same order (earlier runs first, then source path, then line):

- The same input `id` read again (a daily feed dump repeating yesterday's stories, a file given
  twice): an article id is the dataset's key, so only its first copy becomes rows; each later copy
  is an `errors` row (`repeated_id`) naming where the kept copy came from.
- The same text under different ids: every copy is kept, and all but the first point at the first
  with `duplicate_of`.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

import apache_beam as beam

from transforms.article import Article
from transforms.rows import error_row

__all__ = ["first_copies", "mark_duplicate", "FirstCopyFn", "FindDuplicates", "EARLIER", "CURRENT",
           "REPEATED_ID", "first_of_ids", "by_id", "is_first_of_its_id", "repeated_id_error", "FindRepeatedIds"]

REPEATED_ID = "repeated_id"   # the errors table's code for a later copy of an article id

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


def repeated_first_copy(key_and_copies: tuple[str, tuple[Copy | None, int]]) -> list[tuple[str, Copy]]:
    """(article_id, its first Copy) when the id was seen more than once, else nothing."""
    key, (first, count) = key_and_copies
    return [(key, first)] if count > 1 else []


def by_id(fingerprint: tuple[str, Copy]) -> tuple[str, Copy]:
    """(content_sha256, Copy) -> (article_id, Copy)."""
    return fingerprint[1][3], fingerprint[1]


def _firsts(pairs: Iterable[tuple[str, Copy]], keep) -> dict:
    fn = FirstCopyFn()
    found: dict[str, tuple] = {}
    for key, copy in pairs:
        found[key] = fn.add_input(found.get(key, fn.create_accumulator()), copy)
    return dict(pair for item in found.items() for pair in keep(item))


def first_of_ids(fingerprints: Iterable[tuple[str, Copy]]) -> dict[str, Copy]:
    """article_id -> its first Copy, for ids seen more than once (pure form of FindRepeatedIds)."""
    return _firsts(map(by_id, fingerprints), repeated_first_copy)


def first_copies(fingerprints: Iterable[tuple[str, Copy]]) -> dict[str, str]:
    """content_sha256 -> article_id of its first copy, for texts seen more than once (pure form of FindDuplicates).

    Give it only copies that are kept (`is_first_of_its_id`): a skipped copy cannot be anyone's first.
    """
    return _firsts(fingerprints, repeated_first_id)


def is_first_of_its_id(fingerprint: tuple[str, Copy], first_of_id: dict[str, Copy]) -> bool:
    """False for a later copy of an article id (it will not be written)."""
    copy = fingerprint[1]
    first = first_of_id.get(copy[3])
    return first is None or first == copy


def repeated_id_error(article: Article, first: Copy) -> dict:
    """The `errors` row for a later copy of an article id whose first copy is `first`."""
    unit = "offset" if article.source_offset is not None else "line"  # a WARC record, or a JSON line
    where = f"{first[1]}" + (f" {unit} {first[2]}" if first[2] else "")
    when = "an earlier run" if first[0] == EARLIER else "this run"
    return error_row(article.source_uri, article.source_line, "read", REPEATED_ID,
                     f"article id {article.article_id!r} was already read from {where} ({when}); "
                     "this later copy is not written (an article id is the dataset's key)")


def mark_duplicate(article: Article, first_ids: dict[str, str]) -> Article:
    """The article with `duplicate_of` set when another article is its text's first copy.

    The same article id seen twice (one record read twice) is not a duplicate of itself.
    """
    first = first_ids.get(article.content_sha256)
    if first is None or first == article.article_id:
        return article
    return dataclasses.replace(article, duplicate_of=first)


class FindRepeatedIds(beam.PTransform):
    """(content_sha256, Copy) pairs -> (article_id, first Copy) for each id seen more than once."""

    def expand(self, fingerprints):
        return (fingerprints
                | "ById" >> beam.Map(by_id)
                | "FirstCopyOfId" >> beam.CombinePerKey(FirstCopyFn())
                | "RepeatedIds" >> beam.FlatMap(repeated_first_copy))


class FindDuplicates(beam.PTransform):
    """(content_sha256, Copy) pairs -> (content_sha256, first copy's article_id) for each repeated text."""

    def expand(self, fingerprints):
        return (fingerprints
                | "FirstCopy" >> beam.CombinePerKey(FirstCopyFn())
                | "Repeated" >> beam.FlatMap(repeated_first_id))
