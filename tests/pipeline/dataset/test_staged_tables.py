"""The one writer of a run's tables: every table's files in staging, named once the bundles that
succeeded are known, and the tally the launcher accounts sources from (instead of reading the tables)."""
import json
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq

from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.pipeline.dataset.staged_tables import DAMAGED, TABLE_NAMES, Tally, WriteTables, _finalize, _TableFile, read_tally
from tests.beam_util import local_test_pipeline
from newsbeam.transforms.duplicates import REPEATED_ID
from newsbeam.transforms.schemas import schema_for

RUN = "20250101T000000Z-abcdef"


def article(aid: str, uri: str, language: str = "en", duplicate_of: str | None = None) -> dict:
    return {"article_id": aid, "source_uri": uri, "source_line": None, "title": None, "text": "Some text.",
            "language": language, "language_probability": 0.9, "encoding": "utf-8", "n_paragraphs": 1,
            "n_words": 2, "n_quotes": 0, "n_dates": 0, "content_sha256": "0" * 64, "duplicate_of": duplicate_of,
            "run_id": RUN}


def error(uri: str, line: int | None, message: str, error_type: str = "bad_json", stage: str = "parse") -> dict:
    return {"source_uri": uri, "line": line, "source_offset": None, "stage": stage, "error_type": error_type,
            "message": message, "run_id": RUN}


def test_rows_of_every_table_go_to_staging_with_a_tally(tmp_path):
    staged = OutputFolder(str(tmp_path), TABLE_NAMES).stage(RUN)
    rows = [("articles", article("a1", "/in/a.jsonl")), ("articles", article("a2", "/in/a.jsonl", "de", "a1")),
            ("errors", error("/in/a.jsonl", 7, "late problem")), ("errors", error("/in/a.jsonl", 3, "first problem")),
            ("errors", error("/in/b.jsonl", None, "a repeat", REPEATED_ID, "read")),
            (DAMAGED, {"path": "/data/articles/part-x.parquet", "problem": "truncated"})]
    with local_test_pipeline() as p:
        _ = p | beam.Create(rows) | WriteTables(staged)
    for table in TABLE_NAMES:  # every table has its file, empty or not, named for the run
        files = sorted((Path(staged.folder) / table).iterdir())
        assert [f.name for f in files] == [f"part-{RUN}-00000-of-00001.parquet"], table
        data = pq.read_table(files[0])
        assert data.schema.equals(schema_for(table), check_metadata=False)
        assert data.num_rows == {"articles": 2, "errors": 3}.get(table, 0)
    assert not (Path(staged.folder) / ".tmp").exists()
    tally = read_tally(staged)
    assert tally.sources == {"/in/a.jsonl": [2, 2, 0, [3, -1, "first problem"]],
                             "/in/b.jsonl": [0, 1, 1, [-1, -1, "a repeat"]]}
    counters, languages = tally.counters()
    assert counters["articles_written"] == 2 and counters["errors_written"] == 3 and counters["quotes_written"] == 0
    assert (counters["duplicates"], counters["read_errors"], languages) == (1, 3, {"en": 1, "de": 1})
    assert tally.damaged == [{"path": "/data/articles/part-x.parquet", "problem": "truncated"}]


def test_finalize_names_each_bundles_files_and_can_run_again(tmp_path):
    staged = OutputFolder(str(tmp_path), TABLE_NAMES).stage(RUN)
    results = []
    for bundle, uri in (("b2", "/in/b.txt"), ("b1", "/in/a.txt")):
        folder = Path(staged.folder) / ".tmp" / bundle
        folder.mkdir(parents=True)
        out = _TableFile(str(folder / "articles.parquet"), "articles")
        out.write(article(bundle, uri))
        tally = Tally()
        tally.add("articles", article(bundle, uri))
        results.append(({"articles": out.close()}, tally.to_json()))
    (Path(staged.folder) / ".tmp" / "abandoned").mkdir()  # a retried bundle's leftovers
    first = _finalize(None, staged, results)
    again = _finalize(None, staged, results)  # a runner may retry the step: same names, nothing lost
    assert first == again
    names = sorted(p.name for p in (Path(staged.folder) / "articles").iterdir())
    assert names == [f"part-{RUN}-00000-of-00002.parquet", f"part-{RUN}-00001-of-00002.parquet"]
    ids = [pq.read_table(Path(staged.folder) / "articles" / n).column("article_id")[0].as_py() for n in names]
    assert ids == ["b1", "b2"]  # ordered by the bundles' files, whatever order the results came in
    assert json.loads((Path(staged.folder) / "tally.json").read_text())["sources"] == {
        "/in/a.txt": [1, 0, 0, None], "/in/b.txt": [1, 0, 0, None]}
    assert not (Path(staged.folder) / ".tmp").exists()


def test_tallies_merge_to_the_first_error_of_each_source():
    a, b = Tally(), Tally()
    a.add("errors", error("/in/x.jsonl", 9, "nine"))
    b.add("errors", error("/in/x.jsonl", 2, "two"))
    b.add("articles", article("k", "/in/x.jsonl"))
    a.merge(b)
    assert a.sources == {"/in/x.jsonl": [1, 2, 0, [2, -1, "two"]]}
    assert a.tables == {"errors": 2, "articles": 1}


def test_a_large_table_is_written_in_row_groups(tmp_path, monkeypatch):
    import newsbeam.pipeline.dataset.staged_tables as staged_tables

    monkeypatch.setattr(staged_tables, "_BATCH_ROWS", 10)
    monkeypatch.setattr(staged_tables, "_ROW_GROUP_BYTES", 1)  # every batch is a row group
    out = _TableFile(str(tmp_path / "errors.parquet"), "errors")
    for i in range(25):
        out.write(error("/in/x.jsonl", i, f"problem {i}"))
    meta = pq.read_metadata(out.close())
    assert (meta.num_rows, meta.num_row_groups) == (25, 3)
