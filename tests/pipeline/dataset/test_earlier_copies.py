"""Earlier runs' copies are read by the job from the committed articles table: only rows that share a text
or an id with a new article, from the latest run of their source, never from a source being reprocessed,
never from a run without a record; and a committed file that cannot be read is reported."""
import json
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.pipeline.dataset.earlier_copies import EarlierCopies, committed_article_files
from newsbeam.pipeline.dataset.staged_tables import DAMAGED
from tests.beam_util import local_test_pipeline
from newsbeam.transforms.duplicates import CURRENT, EARLIER
from newsbeam.transforms.schemas import schema_for

RUN_1, RUN_2, UNCOMMITTED = "20250101T000000Z-000001", "20250102T000000Z-000002", "20250103T000000Z-000003"


def committed(root: Path, run_id: str, rows: list[tuple[str, str, str, int]], record: bool = True) -> Path:
    """An articles file of `run_id` with rows (article_id, source_uri, content_sha256, line), and its record."""
    schema = schema_for("articles")
    data = [{"article_id": aid, "source_uri": uri, "source_line": line, "text": "t", "language": "en",
             "language_probability": 1.0, "encoding": "utf-8", "n_paragraphs": 1, "n_words": 1, "n_quotes": 0,
             "n_dates": 0, "content_sha256": sha, "run_id": run_id} for aid, uri, sha, line in rows]
    path = root / "articles" / "ingest_date=2025-01-01" / f"part-{run_id}-00000-of-00001.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in data], schema=schema), path)
    if record:
        (root / ".newsbeam" / "runs").mkdir(parents=True, exist_ok=True)
        (root / ".newsbeam" / "runs" / f"{run_id}.json").write_text(json.dumps({"run_id": run_id}))
    return path


def check(root: Path, fingerprints: list, copies: list, damaged: list[str] = (), reprocessed=()) -> None:
    """EarlierCopies of the dataset at `root` for these new fingerprints: `copies`, and the damaged files' paths."""
    with local_test_pipeline() as p:
        result = p | beam.Create(fingerprints) | EarlierCopies(str(root), reprocessed)
        assert_that(result["copies"], equal_to(copies), label="Copies")
        notes = result["damaged"] | beam.Map(lambda pair: (pair[0], pair[1]["path"]))
        assert_that(notes, equal_to([(DAMAGED, path) for path in damaged]), label="Damaged")


def test_only_the_committed_rows_that_a_new_article_repeats_come_back(tmp_path):
    committed(tmp_path, RUN_1, [("old-1", "/in/a.jsonl", "sha-a", 1), ("old-2", "/in/a.jsonl", "sha-b", 2),
                                ("old-3", "/in/c.jsonl", "sha-c", 1), ("old-4", "/in/d.jsonl", "sha-d", 1),
                                ("old-5", "/in/e.jsonl", "sha-e", 1)])
    # /in/c.jsonl changed later: its run-2 rows are what readers see; the run-1 row is history
    committed(tmp_path, RUN_2, [("old-6", "/in/c.jsonl", "sha-f", 1)])
    committed(tmp_path, UNCOMMITTED, [("old-7", "/in/g.jsonl", "sha-new", 1)], record=False)
    new = [("sha-a", (CURRENT, "/in/new.jsonl", 1, "new-1")),   # repeats old-1's text
           ("sha-x", (CURRENT, "/in/new.jsonl", 2, "old-2")),   # repeats old-2's id
           ("sha-c", (CURRENT, "/in/new.jsonl", 3, "new-3")),   # repeats a superseded row only
           ("sha-f", (CURRENT, "/in/new.jsonl", 4, "new-4")),   # repeats the current version of /in/c.jsonl
           ("sha-d", (CURRENT, "/in/new.jsonl", 5, "new-5")),   # repeats a source being reprocessed
           ("sha-new", (CURRENT, "/in/new.jsonl", 6, "new-6"))]  # repeats a run that never committed
    check(tmp_path, new, [("sha-a", (EARLIER, "/in/a.jsonl", 1, "old-1")),
                          ("sha-b", (EARLIER, "/in/a.jsonl", 2, "old-2")),
                          ("sha-f", (EARLIER, "/in/c.jsonl", 1, "old-6"))], reprocessed=["/in/d.jsonl"])


def test_no_new_article_and_no_dataset_find_nothing(tmp_path):
    committed(tmp_path, RUN_1, [("old-1", "/in/a.jsonl", "sha-a", 1)])
    check(tmp_path, [], [])
    check(tmp_path / "missing", [("sha-a", (CURRENT, "/in/n.jsonl", 1, "n"))], [])


def test_a_committed_file_that_cannot_be_read_is_reported(tmp_path):
    bad = committed(tmp_path, RUN_1, [("old-1", "/in/a.jsonl", "sha-a", 1)])
    committed(tmp_path, RUN_2, [("old-2", "/in/b.jsonl", "sha-b", 1)])
    bad.write_bytes(bad.read_bytes()[:40])
    check(tmp_path, [("sha-b", (CURRENT, "/in/n.jsonl", 1, "n"))], [("sha-b", (EARLIER, "/in/b.jsonl", 1, "old-2"))],
          damaged=[str(bad)])


def test_the_files_read_are_those_readers_see(tmp_path):
    current = committed(tmp_path, RUN_1, [("a", "/in/a.jsonl", "s", 1)])
    committed(tmp_path, UNCOMMITTED, [("b", "/in/b.jsonl", "s", 1)], record=False)
    hidden = tmp_path / "articles" / ".trash" / f"part-{RUN_1}-00000-of-00001.parquet"
    hidden.parent.mkdir()
    hidden.write_bytes(current.read_bytes())
    assert committed_article_files(str(tmp_path)) == [str(current)]
