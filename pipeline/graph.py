"""The newsbeam job as one composite transform, separate from the command line.

    file URIs -> slices -> read (marking duplicates) -> paragraphs -> language -> quotes -> dates -> table rows

The per-article stages are `transforms.stages.STAGES`, each applied by one `ApplyStage`: the Beam
side of every stage is here, the stages themselves import no Beam.

`AnalyzeFiles` applies to any PCollection of file URIs (tests use `beam.Create`) and gives
(table, row) pairs, as two PCollections: the analysed articles' rows, and the error rows (with
notes of unreadable committed files); `WriteTables` (`pipeline.staged_tables`) writes both as
Parquet with the schemas from `transforms.schemas`, into a run's staging folder.
"""
from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsDict, TaggedOutput

from pipeline.earlier_copies import EarlierCopies
from pipeline.staged_tables import TABLE_NAMES, WriteTables
from transforms import progress
from transforms.duplicates import FindDuplicates, FindRepeatedIds, is_first_of_its_id
from transforms.rows import article_rows
from transforms.stages import ARTICLES, ERRORS, STAGES, Stage, apply_stage
from transforms.file_slices import SLICE_BYTES
from transforms.sources import FieldNames, ReadArticles, ReadFingerprints, SliceFiles

__all__ = ["AnalyzeFiles", "ApplyStage", "ArticleStageFn", "WriteTables", "ToRowsFn", "TABLE_NAMES"]

_ROW_TABLES = ("articles", "paragraphs", "quotes", "dates")


class ArticleStageFn(beam.DoFn):
    """Applies a stage's `fn: Article -> Article`; an exception becomes an error row, the article passes on."""

    def __init__(self, stage: str, fn):
        self._stage = stage
        self._fn = fn
        self._failures = Metrics.counter("newsbeam", f"{stage}_failures")

    def process(self, article):
        article, error = apply_stage(self._stage, self._fn, article)
        if error is not None:
            self._failures.inc()
            yield TaggedOutput(ERRORS, error)
        yield article


class ApplyStage(beam.PTransform):
    """PCollection[Article] -> DoOutputsTuple (`.articles` with the stage's field filled, `.errors`).

    `options` are the stage function's keyword options (checked here, before any worker starts).
    """

    def __init__(self, stage: Stage, **options):
        super().__init__()
        self._stage = stage.name
        self._fn = stage.bind(**options)

    def expand(self, articles):
        return articles | beam.ParDo(ArticleStageFn(self._stage, self._fn)).with_outputs(ERRORS, main=ARTICLES)


class ToRowsFn(beam.DoFn):
    """Analysed Article -> its (table, row) pairs, for every table but errors."""

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
                yield table, row
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
    """Error row -> ("errors", the same row with its run id), counted."""

    def __init__(self, run_id: str):
        self._run_id = run_id
        self._errors = Metrics.counter("newsbeam", "errors_written")

    def process(self, row: dict):
        self._errors.inc()
        yield "errors", {"source_offset": None, **row, "run_id": self._run_id}


class AnalyzeFiles(beam.PTransform):
    """PCollection of file URIs -> (rows, error rows): two PCollections of (table name, row).

    `listing_errors`: optional PCollection of error rows for matched paths that are not readable
    files (`pipeline.inputs`), written with this run's errors. `earlier`: for an ingest into a
    dataset, `EarlierCopies` of the dataset (`pipeline.earlier_copies`): the new articles that repeat
    an article id or a text already there are marked against it; a committed file it cannot read
    comes out as a (DAMAGED, note) pair, which the tally records and no table gets. `read_once`:
    keep what the fingerprint read found for the analysing read in the same process (bounded;
    worth it where one process runs both reads of a slice: the in-process runner).
    """

    def __init__(self, run_id: str, fmt: str | None = None, fields: FieldNames = FieldNames(),
                 reference_date: dt.date | None = None, earlier: EarlierCopies | None = None,
                 slice_bytes: int = SLICE_BYTES,
                 listing_errors=None, reference_date_overrides: bool = False, language_method: str = "cascade",
                 read_once: bool = True):
        super().__init__()
        self._read_once = read_once
        self._language_method = language_method
        self._reference_date_overrides = reference_date_overrides
        self._listing_errors = listing_errors
        self._slice_bytes = slice_bytes
        self._run_id = run_id
        self._fmt = fmt
        self._fields = fields
        self._reference_date = reference_date
        self._earlier = earlier

    def expand(self, uris):
        # Spread the reading work over workers in even slices (a large JSONL file is many).
        parts = (uris | "SliceFiles" >> SliceFiles(self._fmt, self._slice_bytes)
                 | "SpreadSlices" >> beam.Reshuffle())
        # With the run id, the second read takes what the first read in the same process
        # (transforms.read_memo); without it, every slice is read twice.
        memo_run = self._run_id if self._read_once else None
        fingerprints = parts | "Fingerprint" >> ReadFingerprints(self._fmt, self._fields, run=memo_run)
        _ = fingerprints | "CountFound" >> beam.ParDo(CountFoundFn())
        notes = []
        if self._earlier is not None:
            earlier = fingerprints | "EarlierCopies" >> self._earlier
            notes.append(earlier["damaged"])
            fingerprints = (fingerprints, earlier["copies"]) | "WithEarlierRuns" >> beam.Flatten()
        # An id read twice keeps its first copy only; the later ones cannot be anyone's first text either.
        first_of_ids = fingerprints | "FindRepeatedIds" >> FindRepeatedIds()
        kept = fingerprints | "KeptCopies" >> beam.Filter(is_first_of_its_id, AsDict(first_of_ids))
        first_ids = kept | "FindDuplicates" >> FindDuplicates()

        read = parts | "Read" >> ReadArticles(self._fmt, self._fields, duplicates=AsDict(first_ids),
                                              repeated_ids=AsDict(first_of_ids), run=memo_run)
        articles = read.articles
        errors = [read.errors] + ([self._listing_errors] if self._listing_errors is not None else [])
        options = {"language": {"method": self._language_method},
                   "dates": {"reference_date": self._reference_date, "overrides": self._reference_date_overrides}}
        for stage in STAGES:
            result = articles | stage.label >> ApplyStage(stage, **options.get(stage.name, {}))
            articles = result.articles
            errors.append(result.errors)

        rows = articles | "ToRows" >> beam.ParDo(ToRowsFn(self._run_id))
        error_rows = (tuple(errors) | "CollectErrors" >> beam.Flatten()
                      | "StampErrors" >> beam.ParDo(StampErrorsFn(self._run_id)))
        if notes:
            error_rows = (error_rows, *notes) | "ErrorsAndNotes" >> beam.Flatten()
        # Two collections, not one: the articles' rows go to the writer straight from the step that
        # made them. A Flatten joining them with rows made elsewhere is a stage boundary on the local
        # runner, which holds every row of the run in memory (pickled) until the last one is made.
        return rows, error_rows
