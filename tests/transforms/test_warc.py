"""WARC archives: one article per HTML page, everything else skipped and counted, damage reported, slices exact."""
import gzip
import io
import zlib
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.cli import main
from transforms.article import Article
from transforms.file_slices import FileSlice
from transforms.sources import file_slices, read_source
from transforms.warc import SkippedRecord, plan_slices, read_warc, record_start_at_or_after
from newsbeam_dev.evaluation import read_jsonl, require_shared
from tests.transforms.test_html import CYRILLIC, GREEK, RICH_HEAD, article_page

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def story(i: int) -> str:
    """An invented article page, different for each i."""
    paragraphs = [f"Story {i}: the harbour office said on Tuesday that pier {i} will close for repairs in March.",
                  f"Ferries will stop at pier {i + 1} instead, and the night bus will take the ring road for "
                  f"{i + 2} weeks while divers inspect the old wooden piles under the deck.",
                  f"“We waited {i} years for this,” said a spokesperson for the residents of the quay."]
    return article_page(head=RICH_HEAD, paragraphs=paragraphs).replace("Bridge to close", f"Pier {i} to close")


class Archive:
    """A WARC written with warcio, as crawlers write them (request + response pairs, warcinfo first)."""

    def __init__(self, gzip_records: bool = True):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip_records)
        self.offsets: list[tuple[str, int]] = []
        self.writer.write_record(self.writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(self, url: str, body: bytes, status: str = "200 OK", headers=(), request: bool = True) -> int:
        if request:
            req = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "gazette.example")], is_http_request=True)
            self.writer.write_record(self.writer.create_warc_record(url, "request", http_headers=req))
        offset = self.buffer.tell()
        http = StatusAndHeaders(status, list(headers) or [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-06T07:08:09Z"}))
        self.offsets.append((url, offset))
        return offset

    def page(self, i: int) -> int:
        return self.response(f"https://gazette.example/pier-{i}", story(i).encode("utf-8"))

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


def items(path: Path, slice_bytes: int | None = None) -> list:
    parts = [FileSlice(str(path))] if slice_bytes is None else file_slices(str(path), None, slice_bytes)
    return [item for part in parts for item in read_source(part)]


def split(found):
    articles = [i for i in found if isinstance(i, Article)]
    skipped = [i for i in found if isinstance(i, SkippedRecord)]
    errors = [i for i in found if isinstance(i, dict)]
    return articles, skipped, errors


@pytest.mark.parametrize("compressed", [True, False])
def test_pages_become_articles_and_other_records_are_skipped_by_reason(tmp_path, compressed):
    archive = Archive(compressed)
    page_offsets = [archive.page(i) for i in range(3)]
    archive.response("https://gazette.example/old", b"", "301 Moved Permanently", [("Location", "/new")])
    archive.response("https://gazette.example/gone", b"<html><body>Not Found</body></html>", "404 Not Found")
    archive.response("https://gazette.example/report.pdf", PDF, headers=[("Content-Type", "application/pdf")])
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    path.write_bytes(archive.bytes())

    articles, skipped, errors = split(items(path))
    assert errors == []
    assert [a.source_offset for a in articles] == page_offsets
    assert [a.url for a in articles] == [f"https://gazette.example/pier-{i}" for i in range(3)]   # WARC-Target-URI
    assert articles[1].title == "Pier 1 to close for repairs" and articles[1].text.startswith("Story 1:")
    assert articles[1].authors == ("Tom Reyes", "Ana Silva") and articles[1].site_name == "Harbour Gazette"
    assert str(articles[1].published_at) == "2024-02-13"        # the page's own date, not WARC-Date
    reasons = sorted(s.reason for s in skipped)
    assert reasons == sorted(["not_response"] * 7 + ["redirect", "http_error", "not_html"])  # warcinfo, 6 requests
    # source_uri + source_offset leads back to the record
    data = path.read_bytes()
    head = data[articles[2].source_offset:][:20000]
    assert b"WARC-Target-URI: https://gazette.example/pier-2" in (gzip.decompress(head[:_member_end(head)])
                                                                   if compressed else head)


def _member_end(data: bytes) -> int:
    inflate = zlib.decompressobj(31)
    inflate.decompress(data)
    return len(data) - len(inflate.unused_data)


def test_article_ids_are_stable_and_follow_the_record(tmp_path):
    archive = Archive()
    for i in range(2):
        archive.page(i)
    first, second = tmp_path / "a.warc.gz", tmp_path / "copy" / "b.warc.gz"
    second.parent.mkdir()
    first.write_bytes(archive.bytes())
    second.write_bytes(archive.bytes())
    ids = [a.article_id for a in split(items(first))[0]]
    assert ids == [a.article_id for a in split(items(first))[0]]          # rerun
    assert ids == [a.article_id for a in split(items(second))[0]]         # the same records in a moved copy
    assert len(set(ids)) == 2


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_last_record_is_an_error_row_and_the_rest_is_read(tmp_path, compressed):
    archive = Archive(compressed)
    for i in range(2):
        archive.page(i)
    last = archive.page(2)
    data = archive.bytes()
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(data[: last + (len(data) - last) // 2])
    articles, _, errors = split(items(path))
    assert [a.url for a in articles] == ["https://gazette.example/pier-0", "https://gazette.example/pier-1"]
    assert len(errors) == 1 and errors[0]["error_type"] == "truncated"
    assert errors[0]["source_offset"] == last and errors[0]["stage"] == "read"


def test_record_marked_truncated_by_the_crawler_is_an_error_row(tmp_path):
    archive = Archive()
    archive.page(0)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    offset = archive.buffer.tell()
    archive.writer.write_record(archive.writer.create_warc_record(
        "https://gazette.example/long", "response", payload=io.BytesIO(story(9).encode()), http_headers=http,
        warc_headers_dict={"WARC-Truncated": "length"}))
    path = tmp_path / "t.warc.gz"
    path.write_bytes(archive.bytes())
    articles, _, errors = split(items(path))
    assert len(articles) == 1
    assert [(e["error_type"], e["source_offset"]) for e in errors] == [("truncated", offset)]
    assert "WARC-Truncated: length" in errors[0]["message"]


def test_a_corrupt_record_in_the_middle_is_reported_and_reading_resumes(tmp_path):
    archive = Archive()
    offsets = [archive.page(i) for i in range(4)]
    data = bytearray(archive.bytes())
    data[offsets[1] + 30: offsets[1] + 60] = b"\x00" * 30                 # damage the second page's member
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    articles, _, errors = split(items(path))
    assert [a.source_offset for a in articles] == [offsets[0], offsets[2], offsets[3]]
    assert [(e["error_type"], e["source_offset"]) for e in errors] == [("corrupt", offsets[1])]


def test_page_without_an_article_is_an_extract_error_row(tmp_path):
    archive = Archive()
    offset = archive.response("https://gazette.example/", b"<html><body><h1>Gazette</h1><a href='/a'>A</a></body></html>")
    path = tmp_path / "index.warc.gz"
    path.write_bytes(archive.bytes())
    _, _, errors = split(items(path))
    assert [(e["stage"], e["error_type"], e["source_offset"]) for e in errors] == [("extract", "no_article", offset)]


def test_charset_from_the_http_header_and_encoded_payloads(tmp_path):
    archive = Archive()
    more = "".join(f"<p>Работы на участке номер {n} продлятся до конца мая, сообщили в мэрии.</p>" for n in range(4))
    page = f"<html><head><title>Мост</title></head><body><article>{CYRILLIC}{more}</article></body></html>"
    archive.response("https://gazette.example/ru", page.encode("cp1251"),
                     headers=[("Content-Type", "text/html; charset=windows-1251")])
    body = gzip.compress(story(5).encode("utf-8"))
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[:100], body[100:])) + b"0\r\n\r\n"
    archive.response("https://gazette.example/zip", chunked,
                     headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                              ("Transfer-Encoding", "chunked")])
    path = tmp_path / "enc.warc.gz"
    path.write_bytes(archive.bytes())
    articles, _, errors = split(items(path))
    assert errors == []
    assert articles[0].encoding == "cp1251" and "Мэр города" in articles[0].text
    assert articles[1].text.startswith("Story 5:")


def test_a_page_read_by_a_guessed_encoding_is_kept_with_an_errors_row_pointing_at_its_record(tmp_path):
    archive = Archive()
    page = article_page(paragraphs=GREEK, comments=False).replace('<meta charset="utf-8">', "")
    offset = archive.response("https://gazette.example/gr", page.encode("cp1253"), headers=[("Content-Type", "text/html")])
    path = tmp_path / "guess.warc.gz"
    path.write_bytes(archive.bytes())
    articles, _, errors = split(items(path))
    assert [a.text.split("\n\n") for a in articles] == [GREEK]
    assert [(e["error_type"], e["source_offset"]) for e in errors] == [("uncertain_encoding", offset)]


@pytest.mark.parametrize("compressed", [True, False])
def test_slices_read_every_record_exactly_once(tmp_path, compressed):
    archive = Archive(compressed)
    for i in range(30):
        archive.page(i)
        if i % 7 == 0:
            archive.response(f"https://gazette.example/r{i}", b"", "302 Found", [("Location", "/x")])
    path = tmp_path / ("big.warc.gz" if compressed else "big.warc")
    path.write_bytes(archive.bytes())
    whole = items(path)
    size = path.stat().st_size
    for slice_bytes in (size // 9, size // 4, 3000):
        parts = file_slices(str(path), None, slice_bytes)
        assert len(parts) > 2 and parts == plan_slices(str(path), size, slice_bytes)
        sliced = items(path, slice_bytes)
        assert [(type(i), getattr(i, "source_offset", None) or getattr(i, "offset", None)) for i in sliced] == \
               [(type(i), getattr(i, "source_offset", None) or getattr(i, "offset", None)) for i in whole]
        assert [a.text for a in split(sliced)[0]] == [a.text for a in split(whole)[0]]


def test_records_of_a_warc_stored_inside_a_record_are_not_records_of_the_archive(tmp_path):
    inner = Archive(False)
    for i in range(10, 20):
        inner.page(i)
    outer = Archive(False)
    outer.page(0)
    carrier = outer.response("https://files.example/crawl.warc", inner.bytes(),
                             headers=[("Content-Type", "application/warc")])
    after = outer.page(2)
    path = tmp_path / "outer.warc"
    path.write_bytes(outer.bytes())
    iterator = ArchiveIterator(io.BytesIO(outer.bytes()))
    record_starts = {iterator.offset for _ in iterator}
    assert carrier in record_starts and after in record_starts and len(record_starts) == 7
    parts = plan_slices(str(path), path.stat().st_size, 2000)
    assert len(parts) > 2 and {p.start for p in parts} <= record_starts
    assert [a.url for a in split(items(path, 2000))[0]] == ["https://gazette.example/pier-0",
                                                           "https://gazette.example/pier-2"]
    assert record_start_at_or_after(io.BytesIO(outer.bytes()), after - 10) == after


def test_read_warc_on_a_slice_starting_past_the_last_record_reads_nothing(tmp_path):
    archive = Archive()
    archive.page(0)
    data = archive.bytes()
    assert list(read_warc(FileSlice("x.warc.gz", len(data) - 5, None), io.BytesIO(data))) == []


# ---------------------------------------------------------------------------------- the dev pages, end to end

def dev_pages(limit: int | None = None) -> list[tuple[dict, bytes]]:
    gold_dir = require_shared() / "eval" / "extract-html-dev"
    rows = read_jsonl(gold_dir / "gold.jsonl", limit)
    return [(g, gzip.decompress((gold_dir / "html" / f"{g['id']}.html.gz").read_bytes())) for g in rows]


@pytest.fixture(scope="module")
def dev_archive(tmp_path_factory):
    return build_dev_archive(tmp_path_factory.mktemp("dev"))


@pytest.fixture(scope="module")
def small_dev_archive(tmp_path_factory):
    return build_dev_archive(tmp_path_factory.mktemp("dev30"), 30)


def build_dev_archive(d: Path, limit: int | None = None) -> Path:
    """The dev pages as files and as one WARC with a redirect, a 404, a PDF and a truncated record."""
    (d / "html").mkdir()
    archive = Archive()
    for g, page in dev_pages(limit):
        (d / "html" / f"{g['id']}.html").write_bytes(page)
        archive.response(g["url"], page, headers=[("Content-Type", "text/html")])
    archive.response("https://gazette.example/moved", b"", "301 Moved Permanently", [("Location", "/new")])
    archive.response("https://gazette.example/missing", b"<html><body>Not Found</body></html>", "404 Not Found")
    archive.response("https://gazette.example/a.pdf", PDF, headers=[("Content-Type", "application/pdf")])
    last = archive.page(99)
    data = archive.bytes()
    (d / "crawl.warc.gz").write_bytes(data[: last + (len(data) - last) // 2])
    return d


def test_the_dev_pages_in_a_warc_give_the_same_articles_as_the_pages(dev_archive):
    from_files = {Path(a.source_uri).stem: a for a in split(items_of(dev_archive / "html"))[0]}
    articles, skipped, errors = split(items(dev_archive / "crawl.warc.gz"))
    by_url = {g["url"]: g["id"] for g, _ in dev_pages()}
    assert len(articles) == len(from_files) == len(by_url)
    for a in articles:
        page = from_files[by_url[a.url]]
        assert (a.text, a.title, a.site_name, a.authors) == (page.text, page.title, page.site_name, page.authors)
        assert a.published_at == page.published_at or page.published_at is None
    assert sorted(s.reason for s in skipped) == sorted(
        ["not_response"] * (len(articles) + 5) + ["redirect", "http_error", "not_html"])
    assert [e["error_type"] for e in errors] == ["truncated"]


def items_of(folder: Path) -> list:
    return [item for path in sorted(folder.iterdir()) for item in read_source(str(path))]


def test_newsbeam_run_on_a_warc(small_dev_archive, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(small_dev_archive / "crawl.warc.gz"), "-o", str(out), "--set", "slice_mb=0.2"]) == 1
    summary = capsys.readouterr().out
    pages = 30
    assert f"articles read {pages}," in summary
    assert "WARC records skipped" in summary and "1 redirects" in summary and "1 not HTML" in summary
    articles = ds.dataset(str(out / "articles"), format="parquet").to_table().to_pylist()
    errors = ds.dataset(str(out / "errors"), format="parquet").to_table().to_pylist()
    assert len(articles) == pages and len({a["article_id"] for a in articles}) == pages
    assert [e["error_type"] for e in errors] == ["truncated"] and errors[0]["source_offset"] > 0
    paragraphs = ds.dataset(str(out / "paragraphs"), format="parquet").to_table().to_pylist()
    quotes = ds.dataset(str(out / "quotes"), format="parquet").to_table().to_pylist()
    texts = {a["article_id"]: a["text"] for a in articles}
    assert all(texts[p["article_id"]][p["char_start"]:p["char_end"]] == p["text"] for p in paragraphs)
    assert all(texts[q["article_id"]][q["char_start"]:q["char_end"]] == q["text"] for q in quotes)
    dates = ds.dataset(str(out / "dates"), format="parquet").to_table().to_pylist()
    assert dates and all(texts[d["article_id"]][d["char_start"]:d["char_end"]] == d["text"] for d in dates)
    assert all(texts[q["article_id"]][q["speaker_start"]:q["speaker_end"]] == q["speaker"]
               for q in quotes if q["speaker"] is not None)


def test_ingest_counts_skipped_records_in_its_summary(tmp_path, capsys):
    archive = Archive()
    archive.page(0)
    archive.response("https://gazette.example/old", b"", "301 Moved Permanently", [("Location", "/new")])
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "crawl.warc.gz").write_bytes(archive.bytes())
    assert main(["ingest", str(tmp_path / "inbox" / "*.warc.gz"), "-o", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "added 1 (1 articles)" in out
    assert "WARC records skipped 4: 3 not responses (requests, metadata ...), 1 redirects" in out  # warcinfo, 2 requests


def test_a_warc_gzipped_as_one_stream_is_read_whole_and_a_cut_one_reports_its_cut(tmp_path):
    archive = Archive(False)
    offsets = [archive.page(i) for i in range(3)]
    whole = tmp_path / "whole.warc.gz"                  # `gzip crawl.warc`: no member per record
    whole.write_bytes(gzip.compress(archive.bytes()))
    for found in (items(whole), items(whole, 1000)):   # slices past the first own nothing
        articles, skipped, errors = split(found)
        assert [a.source_offset for a in articles] == offsets and errors == []   # offsets in the content
        assert len(skipped) == 4
    big = Archive(False)
    for i in range(40):
        big.page(i)
    data = gzip.compress(big.bytes())
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    articles, _, errors = split(items(cut))
    assert 0 < len(articles) < 40
    assert [e["error_type"] for e in errors] == ["truncated"]
    assert errors[0]["source_offset"] > articles[-1].source_offset
