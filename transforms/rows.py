"""An analysed Article as rows of the output tables (dicts keyed by the schema's columns)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeam.transforms.article import Article, Quote
from newsbeam.transforms.paragraphs import count_words, paragraph_at

if TYPE_CHECKING:  # the dates package is only a type here: rows need no grammar compiled
    from newsbeam.transforms.dates import DateMention

__all__ = ["article_rows", "date_row", "error_row", "quote_row"]


def error_row(source_uri: str, line: int | None, stage: str, error_type: str, message: str,
              source_offset: int | None = None) -> dict:
    """An `errors` table row without its run_id (added when rows are written, with a null
    `source_offset` unless it is given here: only WARC records have one)."""
    row = {"source_uri": source_uri, "line": line, "stage": stage, "error_type": error_type, "message": message}
    if source_offset is not None:
        row["source_offset"] = source_offset
    return row


def quote_row(article_id: str, quote_index: int, quote: Quote, paragraph_index: int, run_id: str) -> dict:
    """A `quotes` table row for one quotation of an article."""
    q = quote
    return {
        "article_id": article_id, "quote_index": quote_index, "paragraph_index": paragraph_index,
        "char_start": q.char_start, "char_end": q.char_end, "text": q.text, "kind": q.kind,
        "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
        "speaker_name": q.speaker_name, "cue": q.cue, "run_id": run_id,
    }


def date_row(article_id: str, mention: DateMention, paragraph_index: int, run_id: str) -> dict:
    """A `dates` table row for one date expression of an article."""
    d = mention
    return {
        "article_id": article_id, "paragraph_index": paragraph_index,
        "char_start": d.char_start, "char_end": d.char_end, "text": d.text, "value": d.value,
        "date": d.date, "granularity": d.granularity, "run_id": run_id,
    }


def article_rows(article: Article, run_id: str) -> dict[str, list[dict]]:
    """Rows for `articles`, `paragraphs`, `quotes` and `dates` from one analysed article."""
    aid = article.article_id
    starts = [p.char_start for p in article.paragraphs]
    text = article.text
    paragraphs = [{
        "article_id": aid, "paragraph_index": p.index, "char_start": p.char_start, "char_end": p.char_end,
        "text": text[p.char_start:p.char_end], "language": p.language,
        "language_probability": p.language_probability, "n_words": p.n_words, "run_id": run_id,
    } for p in article.paragraphs]
    quotes = [quote_row(aid, i, q, paragraph_at(starts, q.char_start), run_id)
              for i, q in enumerate(article.quotes)]
    dates = [date_row(aid, d, paragraph_at(starts, d.char_start), run_id) for d in article.dates]
    articles = [{
        "article_id": aid, "source_uri": article.source_uri, "source_line": article.source_line,
        "title": article.title, "text": text, "published_at": article.published_at, "url": article.url,
        "source_offset": article.source_offset, "site_name": article.site_name,
        "authors": list(article.authors) or None,
        "language": article.language, "language_probability": article.language_probability,
        "language_method": article.language_method,
        "encoding": article.encoding, "n_paragraphs": len(paragraphs), "n_words": count_words(text),
        "n_quotes": len(quotes), "n_dates": len(dates), "content_sha256": article.content_sha256,
        "duplicate_of": article.duplicate_of, "run_id": run_id,
    }]
    return {"articles": articles, "paragraphs": paragraphs, "quotes": quotes, "dates": dates}
