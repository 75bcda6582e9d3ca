"""Every output table, defined once.

Each table is a dataclass (what a row means, with a doc string per column) and a
``pyarrow`` schema derived from it. Writers, readers, the query layer and the
README all use these definitions; nothing else spells out a column.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import dataclass, field

import pyarrow as pa

__all__ = [
    "ArticleRecord", "ParagraphRecord", "QuoteRecord", "DateRecord", "ErrorRecord",
    "TABLES", "schema_for", "columns_of", "markdown",
]


def _col(doc: str, arrow_type: pa.DataType | None = None):
    return field(metadata={"doc": doc, "arrow_type": arrow_type})


@dataclass(slots=True)
class ArticleRecord:
    article_id: str = _col("The input's `id`, else a stable id derived from the source path (and line for JSONL).")
    source_uri: str = _col("The file the article was read from.")
    source_line: int | None = _col("1-based line number for JSON Lines inputs, null for one-article files.")
    source_offset: int | None = _col("Byte offset of the WARC record in `source_uri` (of its gzip member in a .warc.gz), null for other inputs.")
    title: str | None = _col("The title: JSONL `title`, or a .txt file's first line when a blank line follows it.")
    text: str = _col("The article body. Every offset in every table indexes this string.")
    published_at: dt.date | None = _col("Publication date from the input (for web pages: the page's own date metadata, else for WARC records `WARC-Date`), null if unknown.")
    url: str | None = _col("The input's `url`; for web pages the canonical link (else `og:url`), for WARC records `WARC-Target-URI`.")
    site_name: str | None = _col("The site that published a web page (`og:site_name`, else JSON-LD `publisher`), null for text inputs.")
    authors: list[str] | None = _col("A web page's authors (JSON-LD `author`, else its marked-up byline or `<meta name=author>`), null when it names none.",
                                     pa.list_(pa.string()))
    language: str = _col("ISO 639-1 code from langdetect (`zh-cn`/`zh-tw` as langdetect names them); `und` when undetermined.")
    language_probability: float = _col("Posterior probability of `language` under langdetect's n-gram model: langdetect's sampled estimate (`language_method` `langdetect`) or the exact value (`profiles`, where it rounds to 1.0); 1.0 for `script`, 0.0 for `und`.")
    language_method: str | None = _col("What decided `language`: `profiles` (langdetect's model computed exactly, a clear case), `langdetect` (langdetect's own seeded detection), `script` (a script langdetect has no profile for); null for `und` and for rows written before this column existed.")
    encoding: str = _col("The encoding the source bytes were decoded with (`utf-8`, `utf-8-sig`, or a detected one).")
    n_paragraphs: int = _col("Number of rows in `paragraphs` for this article.")
    n_words: int = _col("Whitespace-separated words in `text`.")
    n_quotes: int = _col("Number of rows in `quotes` for this article.")
    n_dates: int = _col("Number of rows in `dates` for this article.")
    content_sha256: str = _col("SHA-256 (hex) of the title, a blank line and `text` (UTF-8): equal for exact duplicates.")
    duplicate_of: str | None = _col("For an exact duplicate text: the `article_id` of the first copy (by source path, then line); else null.")
    run_id: str = _col("The run that wrote this row.")


@dataclass(slots=True)
class ParagraphRecord:
    article_id: str = _col("The article this paragraph belongs to.")
    paragraph_index: int = _col("0-based position in the article.")
    char_start: int = _col("Offset of the first character in `articles.text`.")
    char_end: int = _col("Offset one past the last character in `articles.text`.")
    text: str = _col("The paragraph text, `articles.text[char_start:char_end]`.")
    language: str = _col("Language of this paragraph: its own when it differs from the article's, the article's when too short to tell, `und` without letters.")
    language_probability: float = _col("Confidence in `language`, 0..1.")
    n_words: int = _col("Whitespace-separated words.")
    run_id: str = _col("The run that wrote this row.")


@dataclass(slots=True)
class QuoteRecord:
    article_id: str = _col("The article the quote is in.")
    quote_index: int = _col("0-based position among the article's quotes.")
    paragraph_index: int = _col("Paragraph where the quote starts.")
    char_start: int = _col("Offset of the first quoted character (inside the marks).")
    char_end: int = _col("Offset one past the last quoted character (inside the marks).")
    text: str = _col("The quoted words, without the quotation marks.")
    kind: str = _col("`sentence` for a full quoted statement, `phrase` for a few words embedded in a sentence (`called the plan “a historic mistake”`).")
    speaker: str | None = _col("The speaker mention as written (`he`, `Peskov`, `a defense official`), null when none.")
    speaker_start: int | None = _col("Offset of the speaker mention in `articles.text`.")
    speaker_end: int | None = _col("Offset one past the speaker mention.")
    speaker_name: str | None = _col("Who the speaker is: full name when resolvable, else the mention; null when no speaker.")
    cue: str | None = _col("The attribution cue that found the speaker (`after_quote`, `before_quote`, `same_speech` ...: `newsbeam.transforms.quotes.CUES`), null when none.")
    run_id: str = _col("The run that wrote this row.")


@dataclass(slots=True)
class DateRecord:
    article_id: str = _col("The article the expression is in.")
    paragraph_index: int = _col("Paragraph where the expression occurs.")
    char_start: int = _col("Offset of the expression in `articles.text`.")
    char_end: int = _col("Offset one past the expression.")
    text: str = _col("The expression as written (`On December 17`, `last week`).")
    value: str = _col("TIMEX3-style value: `2024-12-17`, `2024-12`, `2024-W51`, `2024-Q3`, `199`, `XXXX-12-17`, `PRESENT_REF` ...")
    date: dt.date | None = _col("First calendar day of the period, null when not resolvable (unknown year, PRESENT_REF ...).")
    granularity: str = _col("`time`, `day`, `week`, `month`, `quarter`, `season`, `half`, `year`, `decade`, `century` or `reference`.")
    run_id: str = _col("The run that wrote this row.")


@dataclass(slots=True)
class ErrorRecord:
    source_uri: str = _col("The file that could not be (fully) processed.")
    line: int | None = _col("1-based line for JSONL inputs, null for whole-file errors.")
    source_offset: int | None = _col("Byte offset of the WARC record that failed (as in `articles.source_offset`), null for other inputs.")
    stage: str = _col("Where it failed: `read`, `decode`, `parse`, `extract` (a web page without an article), `process`.")
    error_type: str = _col("A short stable code: `empty`, `binary`, `undecodable`, `bad_json`, `missing_text`, `no_article`, `truncated`, `exception` ...")
    message: str = _col("A human-readable reason.")
    run_id: str = _col("The run that wrote this row.")


TABLES: dict[str, type] = {
    "articles": ArticleRecord,
    "paragraphs": ParagraphRecord,
    "quotes": QuoteRecord,
    "dates": DateRecord,
    "errors": ErrorRecord,
}

_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), dt.date: pa.date32(), bool: pa.bool_()}


def _arrow_field(f: dataclasses.Field, hints: dict) -> pa.Field:
    hint = hints[f.name]
    args = typing.get_args(hint)
    nullable = type(None) in args
    base = next(a for a in args if a is not type(None)) if args else hint
    arrow_type = f.metadata.get("arrow_type") or _ARROW_TYPES[base]
    return pa.field(f.name, arrow_type, nullable=nullable, metadata={"doc": f.metadata["doc"]})


def _build_schema(record_type: type) -> pa.Schema:
    hints = typing.get_type_hints(record_type)
    return pa.schema([_arrow_field(f, hints) for f in dataclasses.fields(record_type)])


_SCHEMAS = {name: _build_schema(cls) for name, cls in TABLES.items()}


def schema_for(table: str) -> pa.Schema:
    """The pyarrow schema of an output table (`articles`, `paragraphs`, ...)."""
    return _SCHEMAS[table]


def columns_of(table: str) -> list[str]:
    return list(_SCHEMAS[table].names)


def markdown() -> str:
    """The tables as Markdown, for the README (a test keeps the two identical)."""
    out = []
    for table in TABLES:
        out.append(f"**{table}**\n\n| column | type | meaning |\n|---|---|---|")
        for f in _SCHEMAS[table]:
            null = "" if f.nullable else ", not null"
            out.append(f"| `{f.name}` | {f.type}{null} | {f.metadata[b'doc'].decode()} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
