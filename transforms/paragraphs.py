"""Splitting an article into paragraphs with character offsets into its text."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from transforms.article import Article, Paragraph

__all__ = ["split_paragraphs", "add_paragraphs", "paragraph_at", "count_words"]

_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")
_LINE_BREAK = re.compile(r"\r?\n")
_NON_SPACE = re.compile(r"\S+")
_SENTENCE_END = tuple(".!?:;\"'”’»)…")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of `text`: blocks between blank lines, each block further split on line
    breaks when its lines are whole paragraphs rather than hard-wrapped prose.

    Offsets exclude surrounding whitespace, so `text[p.char_start:p.char_end]` is the paragraph.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        _add_block(text, pos, m.start(), spans)
        pos = m.end()
    _add_block(text, pos, len(text), spans)
    return [Paragraph(index=i, char_start=s, char_end=e, n_words=count_words(text, s, e))
            for i, (s, e) in enumerate(spans)]


def _add_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    lines = _trimmed_lines(text, start, end)
    if len(lines) > 1 and not _hard_wrapped(text, lines):
        spans.extend(lines)
    elif lines:
        spans.append((lines[0][0], lines[-1][1]))


def _trimmed_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    line_start = start
    while line_start < end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        s, e = line_start, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        line_start = line_end + 1
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    # Prose wrapped at a fixed width ends most lines mid-sentence; one paragraph per line
    # ends most lines with sentence punctuation. Headlines/datelines may end without it,
    # so the test is a majority, and the last line is left out (it always ends a paragraph).
    inner = lines[:-1]
    ended = sum(1 for _, e in inner if text[e - 1] in _SENTENCE_END)
    return ended * 2 < len(inner)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    return len(_NON_SPACE.findall(text, start, len(text) if end is None else end))


def paragraph_at(paragraph_starts: list[int], offset: int) -> int:
    """Index of the paragraph containing `offset` (the last one starting at or before it)."""
    return max(0, bisect_right(paragraph_starts, offset) - 1)


def add_paragraphs(article: Article) -> Article:
    return dataclasses.replace(article, paragraphs=tuple(split_paragraphs(article.text)))

