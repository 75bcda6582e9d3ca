"""Writing a run's tables into its staging folder: one writer for all five, and a tally of what it wrote.

Beam's `WriteToParquet` is one sink per table, a dozen transforms each (start, write, group,
pre-finalize, finalize ...), and so were most of a small job's graph: building it, turning it
into the runner's form and starting its stages took longer than analysing one article. Here
each bundle writes the rows it gets, of any table, to its own temporary files under
`STAGING/.tmp/`; then one finalize step, given the results of the bundles that succeeded (a
retried bundle's abandoned files are never among them), moves them to
`STAGING/<table>/part-<run_id>-NNNNN-of-MMMMM.parquet`, writes an empty file for a table without
rows, and writes the `Tally` of the whole run to `STAGING/tally.json`. The staging folder is
the run's own (`newsbeam.pipeline.dataset.output`), so nothing here is visible to readers before the commit.

The tally is what the launcher needs after the job, counted where the rows are written: rows per
table, and per source file its articles, error rows (and how many were repeated ids) and its
first error. The launcher reads that one small file instead of the staged tables, so its work
after a job grows with the number of source files, not of rows.
"""
from __future__ import annotations

import os
import queue
import threading
import uuid
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.transforms import window
from apache_beam.utils.windowed_value import WindowedValue

from newsbeam.pipeline.dataset import storage
from newsbeam.pipeline.dataset.output import StagedRun, read_json, write_json
from newsbeam.transforms.duplicates import REPEATED_ID
from newsbeam.transforms.schemas import TABLES, schema_for

__all__ = ["Tally", "WriteTables", "read_tally", "TABLE_NAMES", "DAMAGED"]

TABLE_NAMES = tuple(TABLES)
# Not a table: a committed file of the dataset that the job could not read (`newsbeam.pipeline.dataset.earlier_copies`);
# its (DAMAGED, {path, problem}) pairs are tallied, never written, and fail the run in the launcher.
DAMAGED = "damaged"
_TALLY = "tally.json"
_TMP = ".tmp"
# Rows are turned into Arrow record batches of this many rows, and a table's batches are written
# as one row group once they hold this many bytes (as Beam's WriteToParquet with an 8 MB buffer:
# peak memory stays flat however many rows a bundle writes).
_BATCH_ROWS = 1000
_ROW_GROUP_BYTES = 8 * 1024 * 1024
_READ_STAGES = ("read", "decode", "parse")


@dataclass
class Tally:
    """What a run wrote. `sources`: per source file [articles, error rows, repeated-id rows, first error],
    the first error as [line, offset, message] (a whole-file error, line -1, comes first); `damaged`: the
    committed files the job could not read ({path, problem})."""
    tables: dict[str, int] = field(default_factory=dict)
    sources: dict[str, list] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    read_errors: int = 0
    damaged: list[dict] = field(default_factory=list)

    def add(self, table: str, row: dict) -> None:
        if table == DAMAGED:
            self.damaged.append(row)
            return
        self.tables[table] = self.tables.get(table, 0) + 1
        if table == "articles":
            self._source(row["source_uri"])[0] += 1
            self.languages[row["language"]] = self.languages.get(row["language"], 0) + 1
            self.duplicates += row["duplicate_of"] is not None
        elif table == "errors":
            counts = self._source(row["source_uri"])
            counts[1] += 1
            counts[2] += row["error_type"] == REPEATED_ID
            self.read_errors += row["stage"] in _READ_STAGES
            where = [_position(row.get("line")), _position(row.get("source_offset")), row["message"]]
            if counts[3] is None or where < counts[3]:
                counts[3] = where

    def _source(self, uri: str) -> list:
        counts = self.sources.get(uri)
        if counts is None:
            counts = self.sources[uri] = [0, 0, 0, None]
        return counts

    def merge(self, other: "Tally") -> None:
        for table, n in other.tables.items():
            self.tables[table] = self.tables.get(table, 0) + n
        for lang, n in other.languages.items():
            self.languages[lang] = self.languages.get(lang, 0) + n
        for uri, (articles, errors, repeats, first) in other.sources.items():
            counts = self._source(uri)
            counts[0] += articles
            counts[1] += errors
            counts[2] += repeats
            if first is not None and (counts[3] is None or first < counts[3]):
                counts[3] = first
        self.duplicates += other.duplicates
        self.read_errors += other.read_errors
        self.damaged += other.damaged

    def counters(self) -> tuple[dict[str, int], dict[str, int]]:
        """(counters, languages) as the job's Beam metrics name them, for a runner that reports none."""
        counters = {f"{t}_written": self.tables.get(t, 0) for t in TABLE_NAMES}
        counters.update(articles_read=counters["articles_written"], duplicates=self.duplicates,
                        read_errors=self.read_errors)
        return counters, dict(self.languages)

    def to_json(self) -> dict:
        return {"tables": self.tables, "sources": self.sources, "languages": self.languages,
                "duplicates": self.duplicates, "read_errors": self.read_errors, "damaged": self.damaged}


def _position(value: int | None) -> int:
    return -1 if value is None else value


def read_tally(staged: StagedRun) -> Tally:
    """The tally the job's finalize step wrote into `staged` (what the run wrote)."""
    return Tally(**read_json(storage.join(staged.folder, _TALLY)))


class _TableFile:
    """One table's temporary Parquet file in one bundle: rows buffered as record batches, written as row groups."""

    def __init__(self, path: str, table: str):
        import pyarrow.parquet as pq

        self.path = path
        self.schema = schema_for(table)
        self._names = self.schema.names
        self._nullable = [f.nullable for f in self.schema]
        self._columns: list[list] = [[] for _ in self._names]
        self._batches: list = []
        self._batch_bytes = 0
        self._handle = None if not storage.is_remote(path) else storage.create(path)
        # (lists as Beam's WriteToParquet wrote them, `list<item>`: files stay alike across versions)
        self._writer = pq.ParquetWriter(self._handle or path, self.schema, compression="zstd",
                                        use_compliant_nested_type=False)

    def write(self, row: dict) -> None:
        for column, name, nullable in zip(self._columns, self._names, self._nullable):
            column.append(row.get(name) if nullable else row[name])
        if len(self._columns[0]) >= _BATCH_ROWS:
            self._to_batch()
            if self._batch_bytes >= _ROW_GROUP_BYTES:
                self._write_row_group()

    def _to_batch(self) -> None:
        import pyarrow as pa

        arrays = [pa.array(column, type=t) for column, t in zip(self._columns, self.schema.types)]
        self._columns = [[] for _ in self._names]
        self._batches.append(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self._batch_bytes += sum(b.size for a in arrays for b in a.buffers() if b is not None)

    def _write_row_group(self) -> None:
        import pyarrow as pa

        self._writer.write_table(pa.Table.from_batches(self._batches, schema=self.schema))
        self._batches, self._batch_bytes = [], 0

    def close(self) -> str:
        if self._columns[0]:
            self._to_batch()
        if self._batches:
            self._write_row_group()
        self._writer.close()
        if self._handle is not None:
            self._handle.close()
        else:
            # To disk now, by the process that wrote it, while the job goes on: the commit's own flush of
            # every staged file (newsbeam.pipeline.dataset.output) then finds little left to write. In the background: a
            # flush waits on the disk (about 10 ms a file here, five files a bundle), time in which this
            # worker can go on with its next bundle. The open file follows a rename by the finalize step.
            _flush_in_background(os.open(self.path, os.O_RDONLY))
        return self.path


_flushes: list[queue.SimpleQueue] = []  # this process's, once it has closed a staged file


def _flush_in_background(fd: int) -> None:
    """fsync and close `fd` in this process's flushing thread (a daemon: a flush not done when the
    process ends is the commit's to do, which flushes every staged file before it records the run)."""
    if not _flushes:
        pending: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=_flush_forever, args=(pending,), name="newsbeam-flush", daemon=True).start()
        _flushes.append(pending)
    _flushes[0].put(fd)


def _flush_forever(pending: queue.SimpleQueue) -> None:
    while True:
        fd = pending.get()
        try:
            os.fsync(fd)
        except OSError:
            pass  # (the commit's flush reports it)
        finally:
            os.close(fd)


class _WriteBundleFn(beam.DoFn):
    """(table, row) pairs -> per bundle, once done: ({table: temporary file}, tally of its rows)."""

    def __init__(self, staged: StagedRun):
        self._staged = staged

    def start_bundle(self):
        self._files: dict[str, _TableFile] = {}
        self._tally = Tally()
        self._folder = storage.join(self._staged.folder, _TMP, uuid.uuid4().hex)

    def process(self, element):
        table, row = element
        self._tally.add(table, row)
        if table == DAMAGED:
            return ()
        out = self._files.get(table)
        if out is None:
            if not self._files:
                storage.mkdirs(self._folder)
            out = self._files[table] = _TableFile(storage.join(self._folder, f"{table}.parquet"), table)
        out.write(row)
        return ()

    def finish_bundle(self):
        if not self._files and not self._tally.damaged:
            return
        written = {table: f.close() for table, f in self._files.items()}
        yield WindowedValue((written, self._tally.to_json()), window.GlobalWindow().max_timestamp(),
                            [window.GlobalWindow()])


def _finalize(_, staged: StagedRun, results: list) -> list[str]:
    """Name the succeeded bundles' files as the run's tables, write the tally; safe to run again."""
    results = sorted(results, key=lambda r: sorted(r[0].values()))  # the same names on a retry
    tally = Tally()
    for _, counts in results:
        tally.merge(Tally(**counts))
    done = []
    for table in TABLE_NAMES:
        files = [written[table] for written, _ in results if table in written]
        folder = storage.join(staged.folder, table)
        storage.mkdirs(folder)
        if not files:  # every table has a file, so that readers know its columns
            target = staged.prefix_for(table) + "-00000-of-00001.parquet"
            _TableFile(target, table).close()
            done.append(target)
            continue
        for i, src in enumerate(files):
            target = f"{staged.prefix_for(table)}-{i:05d}-of-{len(files):05d}.parquet"
            if storage.exists(src):
                storage.rename(src, target)
            elif not storage.exists(target):
                raise FileNotFoundError(f"the staged file {src} is missing")
            done.append(target)
    write_json(storage.join(staged.folder, _TALLY), tally.to_json())
    temporary = storage.join(staged.folder, _TMP)
    if storage.exists(temporary):  # what bundles that were retried left behind
        storage.delete([temporary])
    return done


class WriteTables(beam.PTransform):
    """(table, row) pairs -> every table's Parquet files in the run's staging folder, and its tally.

    Applies to one PCollection or a tuple of them, each written where it is made: flattening them
    first would, on the local runner, keep every row in memory until the last producer is done.
    """

    def __init__(self, staged: StagedRun):
        super().__init__()
        self._staged = staged

    def expand(self, rows):
        parts = rows if isinstance(rows, (tuple, list)) else (rows,)
        written = [part | ("WriteBundles" if i == 0 else f"WriteBundles{i + 1}")
                   >> beam.ParDo(_WriteBundleFn(self._staged)) for i, part in enumerate(parts)]
        written = written[0] if len(written) == 1 else tuple(written) | "AllWritten" >> beam.Flatten()
        return (parts[0].pipeline | "Once" >> beam.Create([None], reshuffle=False)  # one element: the step runs once (Impulse: not on Dask)
                | "Finalize" >> beam.FlatMap(_finalize, self._staged, beam.pvalue.AsList(written)))
