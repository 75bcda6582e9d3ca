import bz2
import gzip
import io
import json
import random

import pytest

from transforms.article import Article
from transforms.file_slices import MAX_SLICES, FileSlice, owned_lines, plan_slices
from transforms.sources import file_slices, read_source

LINES = [b"first\n", b"\n", b"a much longer third line\n", b"x\n", b"\n", b"last line without newline"]
DATA = b"".join(LINES)


def read_slices(data: bytes, cuts: list[int]) -> list[tuple[int, bytes]]:
    bounds = [0, *cuts, None]
    got = []
    for start, end in zip(bounds, bounds[1:]):
        got += list(owned_lines(io.BytesIO(data), start, end))
    return got


def test_one_slice_yields_every_line_with_its_number():
    assert list(owned_lines(io.BytesIO(DATA))) == list(enumerate(LINES, 1))


@pytest.mark.parametrize("cut", range(1, len(DATA) + 3))
def test_two_slices_partition_the_lines_at_any_cut(cut):
    assert read_slices(DATA, [cut]) == list(enumerate(LINES, 1))


def test_many_random_cuts_partition_the_lines_exactly_once():
    rng = random.Random(7)
    data = b"".join(b"%d %s\n" % (i, b"w" * rng.randrange(0, 40)) for i in range(300))
    expected = list(enumerate(data.splitlines(keepends=True), 1))
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, len(data) + 50), rng.randrange(1, 12)))
        assert read_slices(data, cuts) == expected


def test_plan_covers_the_content_with_at_most_max_slices():
    plan = plan_slices("f.jsonl", 10_000, line_oriented=True, compressed=False, slice_bytes=1000)
    assert [(s.start, s.end) for s in plan] == [(i * 1000, (i + 1) * 1000 if i < 9 else None) for i in range(10)]
    assert len(plan_slices("f.jsonl.gz", 10**12, line_oriented=True, compressed=True)) == MAX_SLICES
    # compressed: sized by the estimated content, the last slice open-ended
    gz = plan_slices("f.jsonl.gz", 1000, line_oriented=True, compressed=True, slice_bytes=1000)
    assert len(gz) == 3 and gz[-1].end is None
    assert plan_slices("f.txt", 10_000, line_oriented=False, compressed=False) == [FileSlice("f.txt")]
    assert plan_slices("f.jsonl", None, line_oriented=True, compressed=False) == [FileSlice("f.jsonl")]


def _jsonl(n: int) -> bytes:
    return "".join(json.dumps({"id": f"a{i}", "text": f"Story number {i}. " * (i % 5 + 1)}) + "\n"
                   for i in range(n)).encode()


@pytest.mark.parametrize("suffix,compress", [(".jsonl", bytes), (".jsonl.gz", gzip.compress),
                                             (".jsonl.bz2", bz2.compress)])
def test_sliced_reading_gives_the_same_articles_as_whole_reading(tmp_path, suffix, compress):
    path = tmp_path / f"feed{suffix}"
    path.write_bytes(compress(_jsonl(500)))
    parts = file_slices(str(path), slice_bytes=500)
    assert len(parts) > 3
    whole = list(read_source(str(path)))
    sliced = [item for part in parts for item in read_source(part)]
    assert sliced == whole and all(isinstance(a, Article) for a in whole) and len(whole) == 500
    assert [a.source_line for a in sliced] == list(range(1, 501))


def test_a_truncated_archive_is_reported_once_across_its_slices(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(400))[:-2000])
    parts = file_slices(str(path), slice_bytes=1000)
    items = [item for part in parts for item in read_source(part)]
    errors = [i for i in items if not isinstance(i, Article)]
    assert [e["error_type"] for e in errors] == ["corrupt"]
    articles = [i for i in items if isinstance(i, Article)]
    assert articles and [a.article_id for a in articles] == [f"a{i}" for i in range(len(articles))]


def test_an_unreadable_file_is_reported_once(tmp_path):
    parts = [FileSlice(str(tmp_path / "gone.jsonl"), s, e) for s, e in ((0, 10), (10, 20), (20, None))]
    errors = [item for part in parts for item in read_source(part)]
    assert [e["error_type"] for e in errors] == ["unreadable"]


@pytest.mark.parametrize("tail", [b"garbage", b"PK\x03\x04 a zip header", b"\x00\x00\x00x"])
def test_bytes_after_the_gzip_data_lose_nothing_and_are_reported_once(tmp_path, tail):
    # gzip -d reads such a file with a warning; failing it would drop every line of the last slice
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(400)) + tail)
    items = [item for part in file_slices(str(path), slice_bytes=1000) for item in read_source(part)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.article_id for a in articles] == [f"a{i}" for i in range(400)]
    assert [(e["error_type"], e["line"]) for e in items if not isinstance(e, Article)] == [("trailing_data", None)]


def test_a_text_file_with_a_tail_after_its_gzip_data_keeps_its_article(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress("Headline\n\nThe council met on Monday.\n".encode()) + b"\r\n-- end of copy --\r\n")
    article, error = read_source(str(path))
    assert article.text == "The council met on Monday." and error["error_type"] == "trailing_data"


@pytest.mark.parametrize("damage", ["crc", "cut", "not gzip"])
def test_damaged_gzip_data_is_still_an_error(tmp_path, damage):
    data = gzip.compress("Headline\n\nThe council met on Monday.\n".encode())
    data = {"crc": data[:-8] + bytes(4) + data[-4:], "cut": data[:-5], "not gzip": b"plain text"}[damage]
    path = tmp_path / "story.txt.gz"
    path.write_bytes(data)
    assert [e["error_type"] for e in read_source(str(path)) if not isinstance(e, Article)] == ["corrupt"]
