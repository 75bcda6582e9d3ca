"""The newsbeam job as one composite transform, separate from the command line.

    file URIs -> slices -> read (marking duplicates) -> paragraphs -> language -> quotes -> dates -> table rows

`AnalyzeFiles` applies to any PCollection of file URIs (tests use `beam.Create`), and
`WriteTables` writes its outputs as Parquet with the schemas from `transforms.schemas`.
"""
from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsDict, TaggedOutput

from transforms import progress
from transforms.dates import ExtractDates
from transforms.duplicates import FindDuplicates, FindRepeatedIds, is_first_of_its_id
from transforms.language import DetectLanguage
from transforms.paragraphs import SplitParagraphs
from transforms.quotes import ExtractQuotes
from transforms.rows import article_rows
from transforms.schemas import TABLES, schema_for
from transforms.file_slices import SLICE_BYTES
from transforms.sources import FieldNames, ReadArticles, ReadFingerprints, SliceFiles

__all__ = ["AnalyzeFiles", "WriteTables", "ToRowsFn", "TABLE_NAMES"]

TABLE_NAMES = tuple(TABLES)
_ROW_TABLES = ("articles", "paragraphs", "quotes", "dates")
# Each table's writer buffers a row group in memory before writing it; Beam's 64 MB default,
# times five tables, made peak memory grow with the collection up to ~350 MB of buffers.
_ROW_GROUP_BYTES = 8 * 1024 * 1024


class ToRowsFn(beam.DoFn):
    """Analysed Article -> one tagged output per table; errors get the run id too."""

    def __init__(self, run_id: str):
        self._run_id = run_id
        self._counters = {t: Metrics.counter("newsbeam", f"{t}_written") for t in _ROW_TABLES}
        self._languages: dict = {}

    def process(self, article):
        languages = self._languages.get(article.language)
        if languages is None:
            languages = self._languages[article.language] = Metrics.counter("newsbeam.language", article.language)
        languages.inc()
        for table, rows in article_rows(article, self._run_id).items():
            self._counters[table].inc(len(rows))
            for row in rows:
                yield TaggedOutput(table, row)
        progress.article_done()

    def finish_bundle(self):
        progress.flush()


class CountFoundFn(beam.DoFn):
    """Counts the articles the first read finds, for the progress line's total (`transforms.progress`)."""

    def process(self, fingerprint):
        progress.articles_found()
        return ()

    def finish_bundle(self):
        progress.flush()


class StampErrorsFn(beam.DoFn):
    """Error row -> the same row with its run id (and counted)."""

    def __init__(self, run_id: str):
        self._run_id = run_id
        self._errors = Metrics.counter("newsbeam", "errors_written")

    def process(self, row: dict):
        self._errors.inc()
        yield {"source_offset": None, **row, "run_id": self._run_id}


class AnalyzeFiles(beam.PTransform):
    """PCollection of file URIs -> dict of PCollections of rows, one per output table.

    `listing_errors`: optional PCollection of error rows for matched paths that are not readable
    files (`pipeline.inputs`), written with this run's errors.
    """

    def __init__(self, run_id: str, fmt: str | None = None, fields: FieldNames = FieldNames(),
                 reference_date: dt.date | None = None, known_copies=None, slice_bytes: int = SLICE_BYTES,
                 listing_errors=None, reference_date_overrides: bool = False):
        super().__init__()
        self._reference_date_overrides = reference_date_overrides
        self._listing_errors = listing_errors
        self._slice_bytes = slice_bytes
        self._run_id = run_id
        self._fmt = fmt
        self._fields = fields
        self._reference_date = reference_date
        self._known_copies = known_copies

    def expand(self, uris):
        # Spread the reading work over workers in even slices (a large JSONL file is many).
        parts = (uris | "SliceFiles" >> SliceFiles(self._fmt, self._slice_bytes)
                 | "SpreadSlices" >> beam.Reshuffle())
        fingerprints = parts | "Fingerprint" >> ReadFingerprints(self._fmt, self._fields)
        _ = fingerprints | "CountFound" >> beam.ParDo(CountFoundFn())
        if self._known_copies is not None:
            fingerprints = (fingerprints, self._known_copies) | "WithEarlierRuns" >> beam.Flatten()
        # An id read twice keeps its first copy only; the later ones cannot be anyone's first text either.
        first_of_ids = fingerprints | "FindRepeatedIds" >> FindRepeatedIds()
        kept = fingerprints | "KeptCopies" >> beam.Filter(is_first_of_its_id, AsDict(first_of_ids))
        first_ids = kept | "FindDuplicates" >> FindDuplicates()

        read = parts | "Read" >> ReadArticles(self._fmt, self._fields, duplicates=AsDict(first_ids),
                                              repeated_ids=AsDict(first_of_ids))
        articles = read.articles
        errors = [read.errors] + ([self._listing_errors] if self._listing_errors is not None else [])
        dates = ExtractDates(self._reference_date, self._reference_date_overrides)
        for stage in (SplitParagraphs(), DetectLanguage(), ExtractQuotes(), dates):
            result = articles | type(stage).__name__ >> stage
            articles = result.articles
            errors.append(result.errors)

        rows = articles | "ToRows" >> beam.ParDo(ToRowsFn(self._run_id)).with_outputs(*_ROW_TABLES)
        tables = {t: rows[t] for t in _ROW_TABLES}
        tables["errors"] = (tuple(errors) | "CollectErrors" >> beam.Flatten()
                            | "StampErrors" >> beam.ParDo(StampErrorsFn(self._run_id)))
        return tables


class WriteTables(beam.PTransform):
    """dict of table name -> rows: one Parquet dataset per table under `prefix_for(table)`."""

    def __init__(self, prefix_for, shards: int = 0):
        super().__init__()
        self._prefix_for = prefix_for
        self._shards = shards

    def expand(self, tables):
        written = []
        for table in TABLE_NAMES:
            written.append(tables[table] | f"Write{table.title()}" >> beam.io.WriteToParquet(
                self._prefix_for(table), schema_for(table), file_name_suffix=".parquet",
                num_shards=self._shards, codec="zstd", row_group_buffer_size=_ROW_GROUP_BYTES))
        return written
