"""Reading each slice once: the analysing read takes what the fingerprint read kept (transforms.read_memo).

The memo is an optimisation that may only miss: every table must come out the same whether it
keeps everything, part of a collection, or nothing, on a corpus mixing formats, duplicates
across files and formats, repeated ids, undecodable and empty files, web pages and a WARC.
"""
import gzip
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.transforms.test_html import article_page
from tests.test_run import ENGLISH, FRENCH, read
from tests.transforms.test_warc import Archive, story
from transforms import read_memo
from transforms.read_memo import ReadMemo

TABLES = ("articles", "paragraphs", "quotes", "dates", "errors")


def test_kept_items_are_taken_once():
    memo = ReadMemo(max_chars=10_000)
    assert memo.put("run-1", "a.txt", ["x"])
    assert memo.take("run-1", "a.txt") == ["x"]
    assert memo.take("run-1", "a.txt") is None  # a second read of the slice reads the file
    assert memo.chars == 0


def test_what_does_not_fit_is_not_kept():
    memo = ReadMemo(max_chars=300)
    assert memo.put("run-1", "small", [{"message": "bad"}])
    assert not memo.put("run-1", "large", [{"message": "x" * 400}])
    assert memo.take("run-1", "large") is None
    assert memo.chars <= 300


def test_another_run_never_sees_a_runs_reading():
    memo = ReadMemo()
    memo.put("run-1", "a.txt", ["old"])
    assert memo.take("run-2", "a.txt") is None
    memo.put("run-2", "b.txt", ["new"])  # a new run drops what the last one left
    assert memo.take("run-1", "a.txt") is None
    memo.forget()
    assert memo.take("run-2", "b.txt") is None and memo.chars == 0


class CountingMemo(ReadMemo):
    def __init__(self, max_chars):
        super().__init__(max_chars)
        self.hits = self.misses = 0

    def take(self, run, key):
        found = super().take(run, key)
        self.hits += found is not None
        self.misses += found is None
        return found


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("mixed")
    (d / "txt").mkdir()
    (d / "txt" / "council.txt").write_text(ENGLISH, encoding="utf-8")
    (d / "txt" / "council-crlf.txt").write_bytes(ENGLISH.replace("\n", "\r\n").encode("utf-8"))  # same text
    (d / "txt" / "marche.txt").write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    (d / "txt" / "pounds.txt").write_bytes("Prices\n\nA ticket costs £15 this year, up from £12.\n".encode("latin-1"))
    (d / "txt" / "empty.txt").write_bytes(b"")
    (d / "txt" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    title, body = ENGLISH.split("\n\n", 1)
    feed = [json.dumps({"id": "j1", "title": title, "text": body.rstrip()}),  # the .txt's text, in JSON Lines
            json.dumps({"id": "j2", "text": "Der Minister sagte am Montag, dass die Reform umgesetzt werde."}),
            "{not json",
            json.dumps({"id": "j1", "text": "A later line reusing an id already read."})]
    (d / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(feed).encode("utf-8")))
    (d / "again.jsonl").write_text(json.dumps({"id": "j2", "text": "The id again, in another file."}) + "\n")
    (d / "pages").mkdir()
    (d / "pages" / "bridge.html").write_text(article_page(), encoding="utf-8")
    (d / "pages" / "bridge-copy.html").write_text(article_page(), encoding="utf-8")
    (d / "pages" / "pier-3.html").write_text(story(3), encoding="utf-8")  # also a record of the WARC
    (d / "pages" / "blank.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    archive = Archive()
    for i in range(1, 5):
        archive.page(i)
    archive.response("https://gazette.example/broken", b"\xff\xfe\x00garbage", headers=[("Content-Type", "text/html")])
    (d / "crawl.warc.gz").write_bytes(archive.bytes())
    return d


def run_with(memo: ReadMemo, corpus: Path, out: Path, monkeypatch, *extra: str) -> int:
    monkeypatch.setattr(read_memo, "memo", memo)
    inputs = [str(corpus / "txt" / "*.txt"), str(corpus / "*.jsonl*"), str(corpus / "pages" / "*.html"),
              str(corpus / "crawl.warc.gz")]
    return main(["run", *inputs, "-o", str(out), "-q", *extra])


def content(out: Path, table: str) -> list[str]:
    return sorted(json.dumps({k: v for k, v in r.items() if k != "run_id"}, sort_keys=True, default=str)
                  for r in read(out, table))


@pytest.fixture(scope="module")
def unmemoised(mixed, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plain") / "ds"
    with pytest.MonkeyPatch.context() as mp:
        memo = CountingMemo(max_chars=0)
        assert run_with(memo, mixed, out, mp) == 1  # finished, with rejected inputs
    assert memo.hits == 0
    return out


def test_the_corpus_holds_every_kind_of_repeat_and_failure(unmemoised):
    articles = read(unmemoised, "articles")
    rows = read(unmemoised, "errors")
    errors = {(Path(e["source_uri"]).name, e["error_type"]) for e in rows}
    assert {("empty.txt", "empty"), ("feed.jsonl.gz", "bad_json"), ("feed.jsonl.gz", "repeated_id")} <= errors
    assert sum(e["error_type"] == "repeated_id" for e in rows) == 2  # j1 in the feed, j2 (first in again.jsonl)
    assert any(name == "image.txt" for name, _ in errors) and any(name == "blank.html" for name, _ in errors)
    by_name = {}
    for a in articles:
        by_name.setdefault(Path(a["source_uri"]).name, []).append(a)
    # one text in three files and two formats: the first by path (the feed sorts before txt/) is kept as is
    assert [a["duplicate_of"] for a in by_name["feed.jsonl.gz"] if a["article_id"] == "j1"] == [None]
    assert by_name["council.txt"][0]["duplicate_of"] == "j1"
    assert by_name["council-crlf.txt"][0]["duplicate_of"] == "j1"
    assert by_name["bridge.html"][0]["duplicate_of"] == by_name["bridge-copy.html"][0]["article_id"]  # '-' < '.'
    warc_pier_3 = [a for a in by_name["crawl.warc.gz"] if a["url"].endswith("pier-3")]
    assert warc_pier_3 and by_name["pier-3.html"][0]["duplicate_of"] == warc_pier_3[0]["article_id"]


@pytest.mark.parametrize("max_chars", [read_memo.MAX_CHARS, 2_000], ids=["everything-kept", "part-kept"])
def test_tables_are_the_same_whatever_the_memo_keeps(mixed, unmemoised, tmp_path, monkeypatch, max_chars):
    memo = CountingMemo(max_chars)
    assert run_with(memo, mixed, tmp_path / "ds", monkeypatch) == 1
    assert memo.hits > 0
    if max_chars < read_memo.MAX_CHARS:
        assert memo.misses > 0  # some slices were read twice, the rest once
    else:
        assert memo.misses == 0  # every slice read once
    assert memo.chars == 0  # the run released what it kept
    for table in TABLES:
        assert content(tmp_path / "ds", table) == content(unmemoised, table), table


def test_an_ingest_after_the_run_finds_nothing_new(mixed, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    monkeypatch.setattr(read_memo, "memo", CountingMemo(read_memo.MAX_CHARS))
    inputs = [str(mixed / "txt" / "*.txt"), str(mixed / "*.jsonl*"), str(mixed / "pages" / "*.html")]
    main(["ingest", *inputs, "-o", str(out), "-q"])
    before = content(out, "articles")
    assert main(["ingest", *inputs, "-o", str(out), "-q"]) in (0, 1)
    assert content(out, "articles") == before


def test_two_worker_processes_give_the_same_tables(mixed, unmemoised, tmp_path, monkeypatch):
    # (each worker keeps its own reads: the local runner gives a slice's second read to the worker that
    # made it, or, when that worker is busy, to another, which reads the slice again; the launcher reads nothing)
    memo = CountingMemo(read_memo.MAX_CHARS)
    assert run_with(memo, mixed, tmp_path / "ds", monkeypatch, "--workers", "2") == 1
    assert memo.hits == memo.misses == 0
    for table in TABLES:
        assert content(tmp_path / "ds", table) == content(unmemoised, table), table
