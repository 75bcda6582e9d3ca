"""Reading article files: format by extension, one Article per .txt file or per JSON line.

`parse_text_document` and `parse_jsonl_line` are pure; `read_source` opens a file through
Beam's filesystems (any scheme Beam has; .gz/.bz2 decompressed by extension) and yields
Articles and error rows, never raising for bad input.
"""
from __future__ import annotations

import bz2
import datetime as dt
import gzip
import hashlib
import io
import json
import re
from typing import Iterator, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from transforms import progress
from transforms.article import Article
from transforms.decoding import DecodeError, decode_bytes
from transforms.fields import FORMATS, FieldNames
from transforms.duplicates import CURRENT, mark_duplicate, repeated_id_error
from transforms.file_slices import READ_FAILURES, SLICE_BYTES, FileSlice, owned_lines, plan_slices
from transforms.html import NoArticle, decode_html, extract_page
from transforms.rows import error_row
from transforms.stages import ARTICLES, ERRORS
from transforms import read_memo, warc

__all__ = [
    "FieldNames", "Note", "SourceError", "UNCERTAIN_ENCODING", "format_of", "article_id_for", "parse_text_document",
    "parse_jsonl_line", "read_source", "content_sha256", "FORMATS", "file_slices", "SliceFiles",
    "ReadArticles", "ReadFingerprints",
]

_COMPRESSED = (".gz", ".bz2")
_EXTENSIONS = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl",
               ".html": "html", ".htm": "html", ".xhtml": "html", ".warc": "warc"}
# A single article file larger than this is not an article; refuse it rather than exhaust memory.
MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


class Note(NamedTuple):
    """Something to record in the errors table about an article that is still read."""
    stage: str
    error_type: str
    message: str


# The errors table's code for an encoding that was a guess (the article is kept; check its text).
UNCERTAIN_ENCODING = "uncertain_encoding"


class SourceError(ValueError):
    """A record that cannot become an article; `error_type` is the errors table's code."""

    def __init__(self, stage: str, error_type: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.error_type = error_type


def format_of(uri: str, override: str | None = None) -> str:
    """`txt` or `jsonl`, from the override or the file extension (after .gz/.bz2); unknown means txt."""
    if override:
        return override
    name = uri.lower()
    for ext in _COMPRESSED:
        if name.endswith(ext):
            name = name[: -len(ext)]
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:], "txt") if dot >= 0 else "txt"


def article_id_for(uri: str, line: int | None = None) -> str:
    """A stable id for an article without one: the same source (and line) gives the same id."""
    key = uri if line is None else f"{uri}#{line}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def content_sha256(title: str | None, text: str) -> str:
    """Hash of what makes two articles the same: title and text (a re-titled story is not a copy)."""
    whole = text if title is None else f"{title}\n\n{text}"
    return hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()


def parse_text_document(uri: str, text: str, encoding: str) -> Article:
    """One .txt file: the first line is the title when a blank line follows it; the rest is the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = None
    first_line_end = text.find("\n")
    after_title = _BLANK_LINE.match(text, first_line_end) if first_line_end > 0 else None
    if after_title and text[:first_line_end].strip():
        title = text[:first_line_end].strip()
        body = text[after_title.end():]
    else:
        body = text
    body = _LEADING_BLANK_LINES.sub("", body).rstrip()
    if not body.strip():
        raise SourceError("parse", "empty", "no article text after the title")
    return Article(article_id=article_id_for(uri), source_uri=uri, text=body, encoding=encoding,
                   content_sha256=content_sha256(title, body), title=title)


def parse_published_at(value: object) -> dt.date | None:
    """An ISO date or datetime (`2024-12-17`, `2024-12-17T09:30:00Z`) to a date; raises ValueError otherwise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published_at must be an ISO date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value.strip()[:10])


def parse_jsonl_line(uri: str, line_no: int, raw: bytes, fields: FieldNames = FieldNames()) -> tuple[Article, list[Note]]:
    """One JSON line to an Article. Returns (article, notes): a bad `published_at` is kept as null,
    a guessed encoding kept, each with a note for the errors table."""
    notes = []
    try:
        text_line, encoding, doubt = decode_bytes(raw)
    except DecodeError as e:
        raise SourceError("decode", e.error_type, str(e)) from None
    try:
        record = json.loads(text_line)
    except json.JSONDecodeError as e:
        raise SourceError("parse", "bad_json", f"invalid JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(record, dict):
        raise SourceError("parse", "bad_json", f"a JSON line must be an object, got {type(record).__name__}")
    if doubt:
        notes.append(Note("decode", UNCERTAIN_ENCODING, doubt))
    page = record.get(fields.html) if fields.html else None
    if isinstance(page, str) and page.strip():
        return _jsonl_page(uri, line_no, record, page, encoding, fields, notes)
    text = record.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else ("empty" if isinstance(text, str) else f"not a string ({type(text).__name__})")
        raise SourceError("parse", "missing_text", f"field {fields.text!r} is {what}")
    try:
        published = parse_published_at(record.get(fields.published_at))
    except ValueError as e:
        published = None
        notes.append(Note("parse", "bad_published_at", f"field {fields.published_at!r} ignored: {e}"))
    raw_id = record.get(fields.id)
    title = record.get(fields.title)
    url = record.get(fields.url)
    article = Article(
        article_id=str(raw_id) if raw_id not in (None, "") else article_id_for(uri, line_no),
        source_uri=uri, source_line=line_no, text=text, encoding=encoding,
        content_sha256=content_sha256(str(title) if title is not None else None, text),
        title=str(title) if title is not None else None,
        published_at=published, url=str(url) if url is not None else None)
    return article, notes


def _jsonl_page(uri: str, line_no: int, record: dict, page: str, encoding: str,
                fields: FieldNames, notes: list[Note]) -> tuple[Article, list[Note]]:
    """A JSON line whose `fields.html` holds a web page: the line's own title, url and date win over the page's."""
    try:
        found = extract_page(page, record.get(fields.url) or None)
    except NoArticle as e:
        raise SourceError("extract", e.error_type, f"field {fields.html!r}: {e}") from None
    try:
        published = parse_published_at(record.get(fields.published_at)) or found.published_at
    except ValueError as e:
        published = found.published_at
        notes.append(Note("parse", "bad_published_at", f"field {fields.published_at!r} ignored: {e}"))
    raw_id, title, url = record.get(fields.id), record.get(fields.title), record.get(fields.url)
    title = str(title) if title not in (None, "") else found.title
    return Article(
        article_id=str(raw_id) if raw_id not in (None, "") else article_id_for(uri, line_no),
        source_uri=uri, source_line=line_no, text=found.text, encoding=encoding,
        content_sha256=content_sha256(title, found.text), title=title, published_at=published,
        url=str(url) if url not in (None, "") else found.url, site_name=found.site_name,
        authors=found.authors), notes


def read_source(source: str | FileSlice, fmt: str | None = None,
                fields: FieldNames = FieldNames()) -> Iterator[Article | dict]:
    """Yield the Articles in one file (or one slice of it) and, for what cannot be read, error rows (dicts).

    File-level errors (unreadable, or an archive that fails before any line) come from the
    file's first slice only, so a file split in N slices still reports each problem once.
    """
    part = source if isinstance(source, FileSlice) else FileSlice(source)
    uri = part.uri
    fmt = format_of(uri, fmt)
    if fmt == "warc" and not uri.lower().endswith(".bz2"):
        yield from _read_warc(part)   # warcio reads the file as stored: gzip members, seeks for slices
        return
    try:
        raw, stream = _open(uri)
    except Exception as e:  # noqa: BLE001 - missing, permission, scheme without a filesystem ...
        if part.is_first:
            yield error_row(uri, None, "read", "unreadable", f"{type(e).__name__}: {e}")
        return
    with raw, stream:
        try:
            if fmt == "jsonl":
                seen = yield from _read_jsonl(uri, owned_lines(stream, part.start, part.end), fields)
                if not seen and part.is_first and part.end is None:  # the whole file, and not one line in it
                    yield error_row(uri, None, "decode", "empty", "no content (empty or whitespace only)")
            elif fmt == "html" and part.is_first:
                yield from _read_text(uri, stream, parse_html_document)
            elif fmt == "warc" and part.is_first:
                yield from warc.read_warc(part, stream)   # .warc.bz2: one slice, offsets into the content
            elif part.is_first:
                yield from _read_text(uri, stream)
        except READ_FAILURES as e:  # truncated .gz, corrupt .bz2 ...
            yield error_row(uri, None, "read", "corrupt", f"{type(e).__name__}: {e}")
            return
        if isinstance(getattr(stream, "raw", None), GzipContent) and stream.raw.tail_ignored:
            yield error_row(uri, None, "read", "trailing_data",
                            "bytes after the end of the gzip data are not gzip data and were ignored "
                            "(as gzip -d does); what came before them was read")


class GzipContent(io.RawIOBase):
    """A .gz file's decompressed bytes, ending where its gzip members end.

    Bytes after the last member that do not start another one (a copy's or download's leftover tail)
    end the content, as `gzip -d` treats them, and set `tail_ignored` so the reader can say so:
    Python's gzip raises there, which would throw away a whole article or the end of a JSON Lines
    file that decompressed correctly. Zero padding Python's gzip skips itself; a damaged member
    (bad CRC or length, cut short) still raises.
    """

    def __init__(self, raw) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._produced = 0
        self.tail_ignored = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.tail_ignored:
            return 0
        try:   # read1: one decompression step, so what a failing step follows is never held back
            n = self._gzip.readinto1(buffer)
        except gzip.BadGzipFile as e:
            if self._produced == 0 or not str(e).startswith("Not a gzipped file"):
                raise
            self.tail_ignored = True
            return 0
        self._produced += n
        return n

    def close(self) -> None:
        self._gzip.close()
        super().close()


def _open(uri: str):
    """(underlying file, binary line-iterable stream of its decompressed bytes).

    Decompression is Python's own gzip/bz2 rather than Beam's CompressedFile, which returns
    a truncated archive's partial content without any error.
    """
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    raw = FileSystems.open(uri, compression_type=CompressionTypes.UNCOMPRESSED)
    name = uri.lower()
    if name.endswith(".gz"):
        return raw, io.BufferedReader(GzipContent(raw), buffer_size=1 << 16)
    if name.endswith(".bz2"):
        return raw, bz2.BZ2File(raw, mode="rb")
    return raw, raw


def _read_text(uri: str, stream, parse=None) -> Iterator[Article | dict]:
    """A file that is one article: `parse(uri, data)` (default: a .txt document) makes the Article and
    says why its encoding is a guess, if it is (an `uncertain_encoding` row: the article is kept)."""
    data = stream.read(MAX_TEXT_FILE_BYTES + 1)
    if len(data) > MAX_TEXT_FILE_BYTES:
        yield error_row(uri, None, "read", "too_large", f"text file over {MAX_TEXT_FILE_BYTES} bytes is not one article")
        return
    try:
        if parse is not None:
            article, doubt = parse(uri, data)
        else:
            text, encoding, doubt = decode_bytes(data)
            article = parse_text_document(uri, text, encoding)
        if doubt:
            yield error_row(uri, None, "decode", UNCERTAIN_ENCODING, doubt)
        yield article
    except DecodeError as e:
        yield error_row(uri, None, "decode", e.error_type, str(e))
    except SourceError as e:
        yield error_row(uri, None, e.stage, e.error_type, str(e))


def parse_html_document(uri: str, data: bytes) -> tuple[Article, str | None]:
    """One web page file (.html): its article with the page's own metadata (transforms.html), and why
    its encoding is a guess (None when declared, UTF-8 or a clear winner)."""
    html, encoding, doubt = decode_html(data)
    try:
        page = extract_page(html)
    except NoArticle as e:
        raise SourceError("extract", e.error_type, str(e)) from None
    article = Article(article_id=article_id_for(uri), source_uri=uri, text=page.text, encoding=encoding,
                      content_sha256=content_sha256(page.title, page.text), title=page.title, url=page.url,
                      published_at=page.published_at, site_name=page.site_name, authors=page.authors)
    return article, doubt


def _read_warc(part: FileSlice) -> Iterator[Article | dict | warc.SkippedRecord]:
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    try:
        raw = FileSystems.open(part.uri, compression_type=CompressionTypes.UNCOMPRESSED)
    except Exception as e:  # noqa: BLE001 - missing, permission, scheme without a filesystem ...
        if part.is_first:
            yield error_row(part.uri, None, "read", "unreadable", f"{type(e).__name__}: {e}")
        return
    with raw:
        yield from warc.read_warc(part, raw)


def _read_jsonl(uri: str, lines: Iterator[tuple[int, bytes]], fields: FieldNames):
    """Yields the articles and error rows of the lines; returns whether there was any non-blank line."""
    seen = False
    for line_no, raw in lines:  # streams line by line: a JSONL file is never loaded whole
        if not raw.strip():
            continue
        seen = True
        if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            article, notes = parse_jsonl_line(uri, line_no, raw, fields)
        except SourceError as e:
            yield error_row(uri, line_no, e.stage, e.error_type, str(e))
            continue
        for note in notes:
            yield error_row(uri, line_no, *note)
        yield article
    return seen


def file_slices(uri: str, fmt: str | None = None, slice_bytes: int = SLICE_BYTES) -> list[FileSlice]:
    """How to read `uri` in parallel: JSON Lines and WARC files by size, anything else whole."""
    fmt = format_of(uri, fmt)
    if fmt not in ("jsonl", "warc") or (fmt == "warc" and uri.lower().endswith(".bz2")):
        return [FileSlice(uri)]
    from apache_beam.io.filesystems import FileSystems

    try:
        size = FileSystems.match([uri])[0].metadata_list[0].size_in_bytes
    except Exception:  # noqa: BLE001 - reading it will report why, once
        size = None
    if fmt == "warc":
        return warc.plan_slices(uri, size, slice_bytes)
    return plan_slices(uri, size, line_oriented=True, compressed=uri.lower().endswith(_COMPRESSED),
                       slice_bytes=slice_bytes)


class SliceFiles(beam.PTransform):
    """PCollection of file URIs -> PCollection of FileSlices, the units of reading work."""

    def __init__(self, fmt: str | None = None, slice_bytes: int = SLICE_BYTES):
        super().__init__()
        self._fmt = fmt
        self._slice_bytes = slice_bytes

    def expand(self, uris):
        return uris | beam.FlatMap(file_slices, self._fmt, self._slice_bytes)


def _read_once(part: FileSlice | str, fmt: str | None, fields: FieldNames, run: str | None):
    """read_source, or what this process's fingerprint read of the same slice in run `run` kept
    (`transforms.read_memo`): the same items either way."""
    if run is not None:
        kept = read_memo.memo.take(run, (part, fmt, fields))
        if kept is not None:
            return kept
    return read_source(part, fmt, fields)


class ReadArticlesFn(beam.DoFn):
    """FileSlice (or file URI) -> Articles (main output) and error rows (`errors` output).

    `run`: the run's id, when a fingerprint read of the same slices went before in this job
    (`ReadFingerprints` with the same `run`): its reading is taken instead of reading again.
    """

    def __init__(self, fmt: str | None, fields: FieldNames, run: str | None = None):
        self._fmt = fmt
        self._fields = fields
        self._run = run
        self._articles = Metrics.counter("newsbeam", "articles_read")
        self._files = Metrics.counter("newsbeam", "files_read")
        self._errors = Metrics.counter("newsbeam", "read_errors")
        self._duplicates = Metrics.counter("newsbeam", "duplicates")
        self._repeated_ids = Metrics.counter("newsbeam", "repeated_ids")

    def process(self, part: FileSlice | str, first_ids: dict[str, str] | None = None,
                first_of_ids: dict | None = None):
        if not isinstance(part, FileSlice) or part.is_first:
            self._files.inc()
        for item in _read_once(part, self._fmt, self._fields, self._run):
            if isinstance(item, warc.SkippedRecord):
                Metrics.counter("newsbeam", f"warc_skipped_{item.reason}").inc()
            elif isinstance(item, Article):
                self._articles.inc()
                first = first_of_ids.get(item.article_id) if first_of_ids else None
                if first is not None and first != _copy(item):
                    self._repeated_ids.inc()
                    self._errors.inc()
                    yield TaggedOutput(ERRORS, repeated_id_error(item, first))
                    continue
                if first_ids:
                    item = mark_duplicate(item, first_ids)
                    if item.duplicate_of is not None:
                        self._duplicates.inc()
                yield item
            else:
                self._errors.inc()
                yield TaggedOutput(ERRORS, item)
        if isinstance(part, FileSlice):  # everything read from it has been analysed (the stages are fused)
            progress.slice_done(part.uri, part.start, part.end)
        else:
            progress.slice_done(part)


class ReadArticles(beam.PTransform):
    """PCollection of FileSlices (or file URIs) -> DoOutputsTuple with `.articles` and `.errors`.

    `duplicates` (`AsDict` of content_sha256 -> first copy's id) and `repeated_ids` (`AsDict` of
    article_id -> its first copy, for ids read more than once) are optional side inputs. They are
    read here, in the reading step, so that reading and every later stage fuse into one: a side
    input consumed further down would cut the fusion and hold every article in memory.
    """

    def __init__(self, fmt: str | None = None, fields: FieldNames = FieldNames(), duplicates=None,
                 repeated_ids=None, run: str | None = None):
        super().__init__()
        self._fmt = fmt
        self._fields = fields
        self._duplicates = duplicates
        self._repeated_ids = repeated_ids
        self._run = run

    def expand(self, uris):
        read = ReadArticlesFn(self._fmt, self._fields, self._run)
        extra = {name: side for name, side in (("first_ids", self._duplicates), ("first_of_ids", self._repeated_ids))
                 if side is not None}
        return uris | beam.ParDo(read, **extra).with_outputs(ERRORS, main=ARTICLES)


def _copy(article: Article) -> tuple[int, str, int, str]:
    """The article's place in the order that decides which copy is first (`transforms.duplicates`):
    its file, then its line (JSON Lines) or record offset (WARC)."""
    position = article.source_line if article.source_line is not None else article.source_offset
    return CURRENT, article.source_uri, position or 0, article.article_id


def _fingerprints(part: FileSlice | str, fmt: str | None, fields: FieldNames, run: str | None = None):
    items = read_source(part, fmt, fields)
    if run is not None:  # keep what was read for the analysing read, when it fits (transforms.read_memo)
        items = list(items)
        read_memo.memo.put(run, (part, fmt, fields), items)
    for item in items:
        if isinstance(item, Article):
            yield item.content_sha256, _copy(item)


class ReadFingerprints(beam.PTransform):
    """PCollection of FileSlices (or URIs) -> (content_sha256, (CURRENT, source_uri, line, article_id)) per article.

    A first, cheap read of the files (no analysis): it lets duplicates be known before the
    expensive pass without holding whole articles in a shuffle. With `run` (the run's id), what
    it reads is kept, within a bounded memo, for `ReadArticles(run=...)` in the same process,
    which then does not open, decode, parse or extract those slices again (`transforms.read_memo`).
    """

    def __init__(self, fmt: str | None = None, fields: FieldNames = FieldNames(), run: str | None = None):
        super().__init__()
        self._fmt = fmt
        self._fields = fields
        self._run = run

    def expand(self, uris):
        return uris | beam.FlatMap(_fingerprints, self._fmt, self._fields, self._run)
