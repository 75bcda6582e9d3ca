import bz2
import gzip
import json

import pytest

from transforms.article import Article
from transforms.sources import (FieldNames, SourceError, article_id_for, format_of, parse_jsonl_line,
                                parse_text_document, read_source)


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "txt"), ("a.TXT.gz", "txt"), ("a.jsonl", "jsonl"), ("a.ndjson.bz2", "jsonl"),
    ("a.jsonl.gz", "jsonl"), ("README", "txt"), ("x.md", "txt"),
])
def test_format_by_extension(name, fmt):
    assert format_of(name) == fmt
    assert format_of(name, "jsonl") == "jsonl"


def test_text_document_title_and_body():
    a = parse_text_document("f.txt", "Headline here\n\nBody starts.\n\nMore body.\n", "utf-8")
    assert a.title == "Headline here"
    assert a.text == "Body starts.\n\nMore body."
    assert a.article_id == article_id_for("f.txt") and len(a.content_sha256) == 64


def test_text_document_without_blank_line_has_no_title():
    a = parse_text_document("f.txt", "Just one paragraph\nand a second line.", "utf-8")
    assert a.title is None and a.text == "Just one paragraph\nand a second line."


def test_title_only_document_is_rejected():
    with pytest.raises(SourceError) as e:
        parse_text_document("f.txt", "Only a title\n\n   \n", "utf-8")
    assert e.value.error_type == "empty"


def test_jsonl_line_fields_and_custom_names():
    raw = json.dumps({"doc": "d1", "body": "Text of it.", "headline": "H", "date": "2024-12-17T10:00:00Z"}).encode()
    fields = FieldNames(id="doc", text="body", title="headline", published_at="date")
    a, notes = parse_jsonl_line("feed.jsonl", 3, raw, fields)
    assert (a.article_id, a.text, a.title, str(a.published_at), a.source_line) == ("d1", "Text of it.", "H", "2024-12-17", 3)
    assert notes == []


def test_jsonl_line_without_id_gets_a_stable_id_from_path_and_line():
    a, _ = parse_jsonl_line("feed.jsonl", 7, b'{"text": "x"}')
    b, _ = parse_jsonl_line("feed.jsonl", 7, b'{"text": "x", "id": ""}')
    assert a.article_id == b.article_id == article_id_for("feed.jsonl", 7) != article_id_for("feed.jsonl", 8)


def test_jsonl_text_is_kept_exactly_as_given():
    a, _ = parse_jsonl_line("f", 1, json.dumps({"text": "\n\n  Spaced\r\n text  "}).encode())
    assert a.text == "\n\n  Spaced\r\n text  "


@pytest.mark.parametrize("raw, error_type", [
    (b'{"text": "unterminated', "bad_json"), (b"[1, 2]", "bad_json"),
    (b'{"title": "no text"}', "missing_text"), (b'{"text": 42}', "missing_text"), (b'{"text": "  "}', "missing_text"),
])
def test_bad_jsonl_lines_raise_typed_errors(raw, error_type):
    with pytest.raises(SourceError) as e:
        parse_jsonl_line("f", 1, raw)
    assert e.value.error_type == error_type


def test_bad_published_at_keeps_the_article_with_a_warning():
    a, notes = parse_jsonl_line("f", 1, b'{"text": "x", "published_at": "last tuesday"}')
    assert a.published_at is None
    assert [(n.stage, n.error_type) for n in notes] == [("parse", "bad_published_at")] and "published_at" in notes[0].message


def test_read_source_streams_compressed_jsonl_with_error_rows(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Hello there."}), "not json", "", json.dumps({"id": "b", "text": "Bye."})]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    items = list(read_source(str(path)))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if not isinstance(i, Article)]
    assert [a.article_id for a in articles] == ["a", "b"]
    assert errors == [{"source_uri": str(path), "line": 2, "stage": "parse", "error_type": "bad_json",
                       "message": errors[0]["message"]}]


def test_read_source_bz2_text_and_unreadable_files(tmp_path):
    path = tmp_path / "story.txt.bz2"
    path.write_bytes(bz2.compress(b"Title\n\nBody text."))
    (article,) = read_source(str(path))
    assert article.title == "Title" and article.text == "Body text."
    corrupt = tmp_path / "broken.txt.gz"
    corrupt.write_bytes(gzip.compress(b"Title\n\nBody")[:15])
    (error,) = read_source(str(corrupt))
    assert error["error_type"] == "corrupt" and error["stage"] == "read"
    (missing,) = read_source(str(tmp_path / "nope.txt"))
    assert missing["error_type"] == "unreadable"


def test_an_empty_jsonl_file_is_an_error_row(tmp_path):
    for name, data in (("empty.jsonl", b""), ("blank.jsonl", b"\n  \n\n"), ("empty.jsonl.gz", gzip.compress(b""))):
        (tmp_path / name).write_bytes(data)
        (error,) = read_source(str(tmp_path / name))
        assert (error["error_type"], error["line"]) == ("empty", None), name
