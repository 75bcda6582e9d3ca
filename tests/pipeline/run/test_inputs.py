"""Which files the input patterns name (`newsbeam.pipeline.run.inputs`), and what run, ingest, watch and status do with them."""
import os
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newsbeam.pipeline.cli.main import main
from newsbeam.pipeline.run.inputs import InputError, display_uri, list_inputs, normalise_uri


def story(n: int) -> str:
    return f"Story {n}\n\nOfficials said on Monday that project {n} would go ahead.\n"


def make(root: Path, *names: str) -> None:
    for i, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(story(i))


def refuse_to_list(monkeypatch, folder: str) -> None:
    """Listing `folder` fails as it does without read permission (which root, running tests, has anyway)."""
    real_scandir = os.scandir

    def scandir(path="."):
        if path == folder:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def found(*patterns) -> list[str]:
    return [f.uri for f in list_inputs([str(p) for p in patterns])]


def rows(out: Path, table: str) -> list[dict]:
    files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
    return ds.dataset(files, format="parquet", partitioning="hive").to_table().to_pylist() if files else []


# ----------------------------------------------------------------------------- the listing
def test_globstar_matches_zero_or_more_folders(tmp_path):
    make(tmp_path, "in/top.jsonl", "in/a/mid.jsonl", "in/a/b/deep.jsonl", "in/a/b/other.txt")
    expected = [str(tmp_path / p) for p in ("in/a/b/deep.jsonl", "in/a/mid.jsonl", "in/top.jsonl")]
    assert found(tmp_path / "in/**/*.jsonl") == expected
    assert found(tmp_path / "in/**") == sorted(expected + [str(tmp_path / "in/a/b/other.txt")])
    assert found(tmp_path / "in/*/**/*.jsonl") == expected[:2]
    assert found(tmp_path / "in/**/b/*.txt") == [str(tmp_path / "in/a/b/other.txt")]


def test_hidden_entries_are_skipped_only_where_a_wildcard_found_them(tmp_path):
    make(tmp_path, "in/a.txt", "in/.draft.txt", "in/.cache/x.txt", "in/sub/.git/y.txt", ".data/in/z.txt")
    assert found(tmp_path / "in/*") == [str(tmp_path / "in/a.txt")]
    assert found(tmp_path / "in/**/*.txt") == [str(tmp_path / "in/a.txt")]
    assert found(tmp_path / "in/.*.txt") == [str(tmp_path / "in/.draft.txt")]   # asked for by the pattern
    assert found(tmp_path / "in/.cache/*.txt") == [str(tmp_path / "in/.cache/x.txt")]
    assert found(tmp_path / ".data/in/z.txt") == [str(tmp_path / ".data/in/z.txt")]
    assert found(tmp_path / ".data/in/*.txt") == [str(tmp_path / ".data/in/z.txt")]  # a hidden parent, named


def test_a_file_is_identified_by_its_absolute_normalised_path(tmp_path, monkeypatch):
    make(tmp_path, "in/a.txt")
    monkeypatch.chdir(tmp_path)
    same = str(tmp_path / "in" / "a.txt")
    for spelling in ("in/a.txt", "./in/a.txt", "in//a.txt", "in/../in/a.txt", f"file://{same}", same, "in/*.txt"):
        assert found(spelling) == [same], spelling
    assert normalise_uri("gs://bucket/in/a.txt") == "gs://bucket/in/a.txt"


def test_a_name_with_glob_characters_is_found_as_named(tmp_path):
    make(tmp_path, "in/report [draft].txt", "in/r.txt")
    assert found(tmp_path / "in/report [draft].txt") == [str(tmp_path / "in/report [draft].txt")]


def test_what_cannot_be_read_is_listed_with_its_problem(tmp_path, monkeypatch):
    make(tmp_path, "in/a.txt", "in/locked/b.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with open(os.path.join(os.fsencode(tmp_path / "in"), b"caf\xe9.txt"), "wb") as f:
        f.write(story(9).encode())
    locked = str(tmp_path / "in" / "locked")
    refuse_to_list(monkeypatch, locked)
    listed = {f.uri: f.problem for f in list_inputs([str(tmp_path / "in/**")])}
    assert listed[str(tmp_path / "in/a.txt")] is None
    assert listed[str(tmp_path / "in/gone.txt")].error_type == "broken_link"
    assert listed[locked].error_type == "unreadable"
    bad_name = str(tmp_path / "in") + "/caf\\xe9.txt"
    assert listed[bad_name].error_type == "bad_file_name"
    assert len(listed) == 4


def test_a_link_loop_ends_and_links_to_folders_are_followed(tmp_path):
    make(tmp_path, "in/a.txt", "elsewhere/b.txt")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "more").symlink_to(tmp_path / "elsewhere")
    assert found(tmp_path / "in/**/*.txt") == [str(tmp_path / "in/a.txt"), str(tmp_path / "in/more/b.txt")]


def test_a_folder_named_without_a_pattern_is_a_usage_error(tmp_path, capsys):
    make(tmp_path, "in/a.txt")
    with pytest.raises(InputError, match="is a folder"):
        list_inputs([str(tmp_path / "in")])
    for command in ("run", "ingest"):
        assert main([command, str(tmp_path / "in"), "-o", str(tmp_path / command)]) == 2
        assert "in/*.txt" in capsys.readouterr().err
    assert not (tmp_path / "run").exists() and not (tmp_path / "ingest" / "articles").exists()


def test_display_uri_escapes_bytes_that_are_not_utf8():
    assert display_uri(os.fsdecode(b"/in/caf\xe9.txt")) == "/in/caf\\xe9.txt"
    assert display_uri("/in/café.txt") == "/in/café.txt"


# ----------------------------------------------------------------------------- the commands
def test_readme_glob_finds_top_level_files_in_run_ingest_watch_and_status(tmp_path, capsys):
    (tmp_path / "inbox" / "sub").mkdir(parents=True)
    (tmp_path / "inbox" / "top.jsonl").write_text('{"id": "t", "text": "Officials met on Monday."}\n')
    (tmp_path / "inbox" / "sub" / "deep.jsonl").write_text('{"id": "d", "text": "The port reopened on Tuesday."}\n')
    pattern = str(tmp_path / "inbox/**/*.jsonl")
    assert main(["run", pattern, "-o", str(tmp_path / "run")]) == 0
    assert sorted(a["article_id"] for a in rows(tmp_path / "run", "articles")) == ["d", "t"]
    (tmp_path / "data").mkdir()
    assert main(["status", "-o", str(tmp_path / "data"), pattern]) == 0
    assert "pending: 2 new" in capsys.readouterr().out
    assert main(["ingest", pattern, "-o", str(tmp_path / "data")]) == 0
    assert "processed 2 files (2 new" in capsys.readouterr().out
    (tmp_path / "inbox" / "later.jsonl").write_text('{"id": "l", "text": "A later story came on Friday."}\n')
    assert main(["watch", pattern, "-o", str(tmp_path / "data"), "--every", "1s", "--ticks", "1"]) == 0
    assert "processed 1 files (1 new" in capsys.readouterr().out
    assert sorted(a["article_id"] for a in rows(tmp_path / "data", "articles")) == ["d", "l", "t"]


def test_explicit_paths_under_hidden_folders_are_read(tmp_path, capsys):
    make(tmp_path, "x/.data/a.txt", "srv/.hidden/inbox/b.txt")
    assert main(["run", str(tmp_path / "x/.data/a.txt"), "-o", str(tmp_path / "out")]) == 0
    assert [Path(a["source_uri"]).name for a in rows(tmp_path / "out", "articles")] == ["a.txt"]
    assert main(["ingest", str(tmp_path / "srv/.hidden/inbox/*.txt"), "-o", str(tmp_path / "data")]) == 0
    assert "processed 1 files (1 new" in capsys.readouterr().out


def test_the_same_inbox_typed_three_ways_is_ingested_once(tmp_path, monkeypatch, capsys):
    make(tmp_path, "project/inbox/a.txt", "project/inbox/b.txt")
    out = tmp_path / "data"
    monkeypatch.chdir(tmp_path / "project")
    assert main(["ingest", "inbox/*", "-o", str(out)]) == 0
    ids = sorted(a["article_id"] for a in rows(out, "articles"))
    assert main(["ingest", str(tmp_path / "project" / "inbox" / "*"), "-o", str(out)]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "project/inbox/*", "-o", str(out)]) == 0
    assert main(["ingest", "./project/../project/inbox/*.txt", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("nothing new in 2 files") == 3
    assert sorted(a["article_id"] for a in rows(out, "articles")) == ids and len(ids) == 2
    assert {a["source_uri"] for a in rows(out, "articles")} == {str(tmp_path / "project/inbox" / f"{n}.txt") for n in "ab"}


def test_a_file_name_that_is_not_utf8_is_one_error_row_and_never_blocks(tmp_path, capsys):
    make(tmp_path, "inbox/a.txt", "inbox/b.txt")
    with open(os.path.join(os.fsencode(tmp_path / "inbox"), b"caf\xe9.txt"), "wb") as f:
        f.write(story(7).encode())
    out = tmp_path / "data"
    pattern = str(tmp_path / "inbox/*.txt")
    assert main(["ingest", pattern, "-o", str(out)]) == 1   # done, one input rejected
    assert sorted(Path(a["source_uri"]).name for a in rows(out, "articles")) == ["a.txt", "b.txt"]
    (error,) = rows(out, "errors")
    assert (error["source_uri"], error["error_type"]) == (str(tmp_path / "inbox") + "/caf\\xe9.txt", "bad_file_name")
    make(tmp_path, "inbox/c.txt")
    assert main(["watch", pattern, "-o", str(out), "--every", "1s", "--ticks", "2", "--set", "ingest.max_attempts=2"]) == 0
    assert "nothing new in 4 files (3 unchanged, 1 given up)" in capsys.readouterr().out
    assert sorted(Path(a["source_uri"]).name for a in rows(out, "articles")) == ["a.txt", "b.txt", "c.txt"]
    assert main(["status", "-o", str(out), pattern]) == 0
    assert "caf\\xe9.txt  attempts 2/3" in capsys.readouterr().out


def test_broken_links_and_unlistable_folders_are_error_rows(tmp_path, monkeypatch):
    make(tmp_path, "in/a.txt", "in/locked/b.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    locked = str(tmp_path / "in" / "locked")
    refuse_to_list(monkeypatch, locked)
    assert main(["run", str(tmp_path / "in/**"), "-o", str(tmp_path / "out")]) == 1
    errors = {(e["source_uri"], e["error_type"]) for e in rows(tmp_path / "out", "errors")}
    assert errors == {(str(tmp_path / "in/gone.txt"), "broken_link"), (locked, "unreadable")}
    assert [Path(a["source_uri"]).name for a in rows(tmp_path / "out", "articles")] == ["a.txt"]
    assert main(["ingest", str(tmp_path / "in/**"), "-o", str(tmp_path / "data")]) == 1
    assert len(rows(tmp_path / "data", "errors")) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions "
                    "(test_broken_links_and_unlistable_folders_are_error_rows covers it by faking the error)")
def test_a_folder_without_read_permission_is_an_error_row(tmp_path):
    make(tmp_path, "in/a.txt", "in/locked/b.txt")
    (tmp_path / "in" / "locked").chmod(0)
    try:
        assert main(["run", str(tmp_path / "in/**"), "-o", str(tmp_path / "out")]) == 1
        (error,) = rows(tmp_path / "out", "errors")
        assert (error["source_uri"], error["error_type"]) == (str(tmp_path / "in/locked"), "unreadable")
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)


def test_object_stores_follow_the_same_rules(monkeypatch):
    """gs://, s3:// ... are listed by Beam (keys by prefix, no folders); `**/` and hidden keys as locally."""
    from apache_beam.io.filesystem import FileMetadata
    from apache_beam.io.localfilesystem import LocalFileSystem

    class Store(LocalFileSystem):  # a bucket whose keys live in a dict
        keys = {"nbstore://b/in/top.jsonl": 1, "nbstore://b/in/a/x.jsonl": 2, "nbstore://b/in/.h/y.jsonl": 3,
                "nbstore://b/in/a/.swp.jsonl": 4, "nbstore://b/.cfg/in/z.jsonl": 5}

        @classmethod
        def scheme(cls):
            return "nbstore"

        def has_dirs(self):
            return False

        def _list(self, prefix):
            return (FileMetadata(k, n, 0.0) for k, n in sorted(self.keys.items()) if k.startswith(prefix))

    assert found("nbstore://b/in/**/*.jsonl") == ["nbstore://b/in/a/x.jsonl", "nbstore://b/in/top.jsonl"]
    assert found("nbstore://b/in/*") == ["nbstore://b/in/top.jsonl"]
    assert found("nbstore://b/.cfg/in/*.jsonl") == ["nbstore://b/.cfg/in/z.jsonl"]
    assert [f.size for f in list_inputs(["nbstore://b/in/a/*.jsonl"])] == [2]


def test_a_folder_found_through_a_wildcard_is_skipped_not_an_error(tmp_path):
    make(tmp_path, "in/x/data/a.txt", "in/y/data")
    assert found(tmp_path / "in/*/data") == [str(tmp_path / "in/y/data")]
