"""WARC web archives (`.warc`, `.warc.gz`) to articles: one per HTML page a crawler fetched.

Records are read as a stream with warcio, which also undoes the HTTP transfer and content
encodings (chunked, gzip) that crawlers store as they received them. A `response` record of an
HTML page (HTTP 200) becomes an article: its text and metadata from the page (`transforms.html`),
`url` from `WARC-Target-URI`, `published_at` from the page, else from `WARC-Date`, and
`source_offset` the record's byte offset in the file (of its gzip member in a `.warc.gz`, as
CDX indexes give it), so `source_uri` plus `source_offset` finds the record again. Other
records are skipped and counted by reason (`SkippedRecord`); a truncated record is an error row.

A large archive is read in byte-range slices (`plan_slices`), like JSON Lines files: a slice owns
the records that start inside its range, and finds its first one by scanning for a record start
(a gzip member that inflates to `WARC/1.`, or in an uncompressed file a `WARC/1.` header whose
Content-Length leads to the next record or the end of the file). Unlike JSON Lines slices these
are offsets into the file as stored, so a slice seeks instead of decompressing what precedes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import re
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from transforms.article import Article
from transforms.decoding import DecodeError
from transforms.file_slices import FileSlice
from transforms.html import NoArticle, decode_html, extract_page
from transforms.rows import error_row

# (transforms.sources' content_sha256 is imported where used: sources imports this module.)

__all__ = ["SkippedRecord", "SKIP_REASONS", "is_warc", "plan_slices", "read_warc", "record_start_at_or_after",
           "MAX_PAGE_BYTES"]

SKIP_REASONS = ("not_response", "redirect", "http_error", "not_html")
# A page larger than this is not an article page (a crawler's own default cut is 1 MiB to 100 MiB).
MAX_PAGE_BYTES = 32 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1024 * 1024
_HEADER_PEEK = 16 * 1024
_CONTENT_LENGTH = re.compile(rb"\r?\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A record that is not an article page, counted in the run summary: `reason` is one of
    SKIP_REASONS (request, metadata, warcinfo or revisit record; a 3xx; another non-200; not HTML)."""
    reason: str
    offset: int


def is_warc(uri: str) -> bool:
    name = uri.lower()
    return name.endswith((".warc", ".warc.gz"))


def plan_slices(uri: str, size_bytes: int | None, slice_bytes: int) -> list[FileSlice]:
    """Byte ranges of the file as stored, each owning the records that start in it.

    A .warc.gz is cut anywhere: a slice finds its first gzip member by scanning. An uncompressed
    file is cut at record starts found by hopping from header to header (each Content-Length
    says where the next record is), since a scan could mistake a WARC file stored inside a
    record's payload for records of its own.
    """
    if not size_bytes or size_bytes <= slice_bytes:
        return [FileSlice(uri)]
    count = math.ceil(size_bytes / slice_bytes)
    step = math.ceil(size_bytes / count)
    cuts = [i * step for i in range(1, count)]
    if not uri.lower().endswith(".gz"):
        cuts = _record_starts_from(uri, cuts)
    bounds = [0, *cuts, None]
    return [FileSlice(uri, bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _record_starts_from(uri: str, cuts: list[int]) -> list[int]:
    """For each cut, the first record start at or after it, hopping along the records of an
    uncompressed WARC; past a record whose header cannot be read, what is left is one slice."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    starts: list[int] = []
    with FileSystems.open(uri, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
        size = _size(raw)
        position = 0
        for cut in cuts:
            while position is not None and position < cut:
                position = _next_record_start(raw, position, size)
            if position is None or position >= size:
                break
            if not starts or position > starts[-1]:
                starts.append(position)
    return starts


def _next_record_start(raw: BinaryIO, offset: int, size: int) -> int | None:
    block_end = _block_end(raw, offset)
    return None if block_end is None else min(size, _skip_blank_lines(raw, block_end))


def _block_end(raw: BinaryIO, offset: int) -> int | None:
    """Where the record at `offset` of an uncompressed WARC ends by its header (which may be past
    the end of a truncated file); None if no WARC header starts there."""
    raw.seek(offset)
    end = _header_block_end(raw.read(_HEADER_PEEK))
    return None if end is None else offset + end


def _header_block_end(head: bytes) -> int | None:
    """In bytes that start with a WARC record, where its block ends (header + Content-Length)."""
    end = _HEADER_END.search(head)
    length = _CONTENT_LENGTH.search(head, 0, end.start() + 2 if end else len(head))
    if not (head.startswith(_WARC_MAGIC) and end and length):
        return None
    return end.end() + int(length.group(1))


def read_warc(part: FileSlice, raw: BinaryIO) -> Iterator[Article | dict | SkippedRecord]:
    """Articles, error rows and skipped records for the records that start in `part`'s range of `raw`
    (the file as stored, seekable). After a record that cannot be read, reading resumes at the
    next record start, if any."""

    if part.start == 0 and _one_gzip_stream(raw):
        # `gzip crawl.warc` makes one stream, not a member per record: it cannot be cut or
        # sought, so the first slice reads it all (offsets into the decompressed archive) and
        # the others find no record start in it.
        raw.seek(0)
        inflated = _Inflated(raw)
        for item in _records_from(part.uri, io.BufferedReader(inflated), 0, None, seekable=False):
            if isinstance(item, _Unreadable):
                kind, why = ("truncated", "the file ends inside it") if inflated.cut_short else ("corrupt", item.reason)
                item = error_row(part.uri, None, "read", kind, f"WARC record at offset {item.offset} of the "
                                 f"decompressed archive cannot be read: {why}", source_offset=item.offset)
            yield item
        return
    position = part.start if part.start == 0 else record_start_at_or_after(raw, part.start)
    while position is not None and (part.end is None or position < part.end):
        failed_at = None
        for item in _records_from(part.uri, raw, position, part.end):
            if isinstance(item, _Unreadable):
                failed_at = item.offset
                yield _unreadable_row(part.uri, raw, item)
            else:
                yield item
        position = None if failed_at is None else record_start_at_or_after(raw, failed_at + 1)


class _Inflated(io.RawIOBase):
    """The decompressed bytes of a gzip file, read as a stream; unlike GzipFile it hands over all it
    could inflate from a file cut short (then `cut_short`), so the record that is cut is the one reported."""

    def __init__(self, raw: BinaryIO):
        self._raw = raw
        self._inflate = zlib.decompressobj(31)
        self._pending = b""
        self._position = 0
        self._ended = False
        self.cut_short = False

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:
        while not self._pending and not self._ended:
            chunk = self._raw.read(_SCAN_CHUNK)
            if not chunk:
                self._ended = True
                self.cut_short = not self._inflate.eof
                break
            self._pending = self._inflate.decompress(chunk)
            while self._inflate.eof and self._inflate.unused_data:   # another gzip member follows
                rest = self._inflate.unused_data
                self._inflate = zlib.decompressobj(31)
                self._pending += self._inflate.decompress(rest)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self._position += n
        return n


@dataclass(frozen=True, slots=True)
class _Unreadable:
    offset: int
    reason: str


def _records_from(uri: str, raw: BinaryIO, position: int, end: int | None, seekable: bool = True):
    """Records from `position` until one starts at or after `end`; one that cannot be read ends the run (_Unreadable)."""
    from warcio.archiveiterator import ArchiveIterator


    if seekable:
        raw.seek(position)
    iterator = ArchiveIterator(raw)
    start = position
    try:
        for record in iterator:
            # warcio keeps the offset of the record it just yielded (its get_record_offset() would
            # first read the record to its end, and this must decide before reading the payload).
            start = iterator.offset
            if end is not None and start >= end:
                return
            items = _record_items(uri, record, start)
            truncated = _truncation(record)
            iterator.read_to_end()
            if truncated or getattr(record.raw_stream, "limit", 0) > 0:
                reason = truncated or "the file ends before the record does"
                yield error_row(uri, None, "read", "truncated", f"WARC record at offset {start} "
                                f"({_target(record)}) is truncated: {reason}", source_offset=start)
            else:
                yield from items
    except Exception as e:  # noqa: BLE001 - warcio raises many types for a damaged archive
        if not seekable:
            yield _Unreadable(iterator.offset, f"{type(e).__name__}: {e}")
            return
        failed = iterator.offset if start <= iterator.offset <= _size(raw) else start
        yield _Unreadable(_skip_blank_lines(raw, failed), f"{type(e).__name__}: {e}")


def _skip_blank_lines(raw: BinaryIO, offset: int) -> int:
    """Past the CR/LF pairs that end an uncompressed record: where the next record starts."""
    raw.seek(offset)
    head = raw.read(8)
    return offset + len(head) - len(head.lstrip(b"\r\n"))


def _unreadable_row(uri: str, raw: BinaryIO, failure: _Unreadable) -> dict:

    if _ends_inside(raw, failure.offset):
        return error_row(uri, None, "read", "truncated", f"WARC record at offset {failure.offset} is truncated: "
                         "the file ends before the record does", source_offset=failure.offset)
    return error_row(uri, None, "read", "corrupt", f"WARC record at offset {failure.offset} cannot be read: "
                     f"{failure.reason}", source_offset=failure.offset)


def _target(record) -> str:
    return record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID") or "?"


def _truncation(record) -> str | None:
    reason = record.rec_headers.get_header("WARC-Truncated")
    return f"the crawler cut it short (WARC-Truncated: {reason})" if reason else None


def _record_items(uri: str, record, offset: int) -> tuple[Article | SkippedRecord | dict, ...]:
    """The article of one record (after a note if its encoding was a guess), or why it is skipped, or an
    error row. Reads the payload only of HTML pages."""

    if record.rec_type not in ("response", "resource"):
        return (SkippedRecord("not_response", offset),)
    if record.rec_type == "response":
        if record.http_headers is None:
            return (SkippedRecord("not_response", offset),)   # a DNS or FTP response, not HTTP
        status = record.http_headers.get_statuscode() or ""
        if status.startswith("3"):
            return (SkippedRecord("redirect", offset),)
        if status != "200":
            return (SkippedRecord("http_error", offset),)
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower() or (record.rec_headers.get_header("WARC-Identified-Payload-Type") or "").lower()
    if mime and mime not in _HTML_TYPES:
        return (SkippedRecord("not_html", offset),)
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    charset = match.group(1) if match else None
    try:
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as e:  # noqa: BLE001 - a payload whose declared Content-Encoding is broken
        return (error_row(uri, None, "read", "undecodable", f"WARC record at offset {offset}: the page's "
                          f"content encoding cannot be undone: {type(e).__name__}: {e}", source_offset=offset),)
    if not mime and not _looks_like_html(payload):
        return (SkippedRecord("not_html", offset),)
    if len(payload) > MAX_PAGE_BYTES:
        return (error_row(uri, None, "read", "too_large", f"WARC record at offset {offset}: page over "
                          f"{MAX_PAGE_BYTES} bytes", source_offset=offset),)
    return _page_article(uri, record, offset, payload, charset)


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _page_article(uri: str, record, offset: int, payload: bytes, charset: str | None) -> tuple[Article | dict, ...]:
    from transforms.sources import UNCERTAIN_ENCODING, content_sha256

    target = record.rec_headers.get_header("WARC-Target-URI")
    try:
        html, encoding, doubt = decode_html(payload, charset)
        page = extract_page(html, target)
    except DecodeError as e:
        return (error_row(uri, None, "decode", e.error_type, f"WARC record at offset {offset} ({target}): {e}",
                          source_offset=offset),)
    except NoArticle as e:
        return (error_row(uri, None, "extract", e.error_type, f"WARC record at offset {offset} ({target}): {e}",
                          source_offset=offset),)
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    article = Article(
        article_id=record_article_id(record_id, uri, offset), source_uri=uri, source_offset=offset,
        text=page.text, encoding=encoding, content_sha256=content_sha256(page.title, page.text),
        title=page.title, url=target or page.url,
        published_at=page.published_at or _warc_date(record.rec_headers.get_header("WARC-Date")),
        site_name=page.site_name, authors=page.authors)
    if doubt:
        return (error_row(uri, None, "decode", UNCERTAIN_ENCODING, f"WARC record at offset {offset} ({target}): "
                          f"{doubt}", source_offset=offset), article)
    return (article,)


def record_article_id(record_id: str | None, uri: str, offset: int) -> str:
    """A record's article id: from its WARC-Record-ID (the same record in any copy of the archive
    gets the same id), else from the file and offset. Stable across reruns either way."""
    key = f"warc:{record_id}" if record_id else f"{uri}@{offset}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _warc_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------- record starts

def record_start_at_or_after(raw: BinaryIO, position: int) -> int | None:
    """The offset of the first record that starts at or after `position`, None if there is none."""
    compressed = _is_gzip(raw)
    magic = _GZIP_MAGIC if compressed else _WARC_MAGIC
    size = _size(raw)
    base = position
    raw.seek(base)
    buffer = raw.read(_SCAN_CHUNK)
    while buffer:
        found = buffer.find(magic)
        while found >= 0:
            candidate = base + found
            if _is_record_start(raw, candidate, compressed, size):
                return candidate
            found = buffer.find(magic, found + 1)
        # Keep the last bytes: a marker may straddle two chunks.
        keep = len(magic) - 1
        base += len(buffer) - keep
        raw.seek(base + keep)
        more = raw.read(_SCAN_CHUNK)
        if not more:
            return None
        buffer = buffer[-keep:] + more
    return None


def _ends_inside(raw: BinaryIO, offset: int) -> bool:
    """Whether the file ends inside the record at `offset` (a download or copy cut short)."""
    if _is_gzip(raw):
        raw.seek(offset)
        inflate = zlib.decompressobj(31)
        try:
            while not inflate.eof:
                chunk = raw.read(_SCAN_CHUNK)
                if not chunk:
                    return True
                inflate.decompress(chunk)   # only whether the member ends: the output is dropped
        except zlib.error:
            return False
        return False
    block_end = _block_end(raw, offset)
    size = _size(raw)
    if block_end is None:   # no complete header: cut inside it, or not a record at all
        return size - offset < _HEADER_PEEK
    return block_end > size


def _one_gzip_stream(raw: BinaryIO) -> bool:
    """Whether a .warc.gz is one gzip stream: its first member goes on past its first record."""
    if not _is_gzip(raw):
        return False
    raw.seek(0)
    inflate = zlib.decompressobj(31)
    out = b""
    try:
        while not inflate.eof:
            chunk = raw.read(64 * 1024)
            if not chunk:
                return False
            out += inflate.decompress(chunk)
            block_end = _header_block_end(out[:_HEADER_PEEK])
            if block_end is not None and len(out) > block_end + 64:
                return True
    except zlib.error:
        return False
    return False


def _is_gzip(raw: BinaryIO) -> bool:
    raw.seek(0)
    return raw.read(2) == _GZIP_MAGIC[:2]


def _size(raw: BinaryIO) -> int:
    here = raw.tell()
    raw.seek(0, 2)
    size = raw.tell()
    raw.seek(here)
    return size


def _is_record_start(raw: BinaryIO, offset: int, compressed: bool, size: int) -> bool:
    if compressed:
        raw.seek(offset)
        try:
            head = zlib.decompressobj(31).decompress(raw.read(_HEADER_PEEK), 64)
        except zlib.error:
            return False
        return head.startswith(_WARC_MAGIC)
    if offset > 0:
        raw.seek(offset - 1)
        if raw.read(1) != b"\n":
            return False
    following = _block_end(raw, offset)
    if following is None:
        return False
    # A WARC record stored inside another record's payload passes the test above, and so may
    # its Content-Length: scanning is a fallback; slices of uncompressed files start at
    # record starts found by hopping (plan_slices).
    if following >= size - 4:
        return True
    raw.seek(following)
    return raw.read(4 + len(_WARC_MAGIC)).lstrip(b"\r\n").startswith(_WARC_MAGIC)
