"""Earlier runs' copies of this run's articles, read inside the job from the committed articles table.

An ingest must know which of its new articles repeat an article id or a text already in the
dataset (`newsbeam.transforms.duplicates`). Only the committed articles that share an id or a text with a
new one can matter, so each committed file is scanned for those (five columns, compared in
Arrow, a batch at a time) and only they travel on: what the job holds grows with the new
articles, not with the dataset, and the job graph holds the dataset's folder name, not its rows.

"Committed" is what readers see (`newsbeam.pipeline.dataset.records`): the files of the runs that have a record,
and of each source file only its latest run that wrote articles (an earlier version of a
changed file is history, not a copy). The second is checked for the few sources that hold a
candidate only. A committed file that cannot be read is reported, not skipped silently: it
reaches the launcher through the run's tally, which fails the ingest naming the file.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.pvalue import AsList, AsMultiMap, TaggedOutput

from newsbeam.pipeline.dataset import storage
from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.pipeline.dataset.records import damaged
from newsbeam.pipeline.dataset.staged_tables import DAMAGED
from newsbeam.transforms.duplicates import EARLIER

__all__ = ["EarlierCopies", "committed_article_files", "raise_if_damaged"]
_COLUMNS = ["content_sha256", "article_id", "source_uri", "source_line", "run_id"]
_BATCH_ROWS = 65536


def committed_article_files(root: str) -> list[str]:
    """The articles table's files that readers see (committed runs only), listed where the job runs."""
    return OutputFolder(root, ("articles",)).visible_files("articles")


def _files_of(_, root: str) -> list[str]:
    return committed_article_files(root)


def _batches(path: str, columns: list[str]):
    import pyarrow.parquet as pq

    source = path if not storage.is_remote(path) else storage.open_read(path)
    try:
        yield from pq.ParquetFile(source).iter_batches(batch_size=_BATCH_ROWS, columns=columns)
    finally:
        if source is not path:
            source.close()


def _damage(path: str, error: Exception):
    return DAMAGED, {"path": path, "problem": str(error)}


class _SameTextOrIdFn(beam.DoFn):
    """Committed file -> (source_uri, (run_id, (content_sha256, Copy))) of its rows that share a text or an
    id with one of this run's fingerprints (a side input), from sources not being reprocessed."""

    def __init__(self, reprocessed: tuple[str, ...]):
        self._reprocessed = reprocessed
        self._keys = None

    def _key_sets(self, fingerprints: list):
        import pyarrow as pa

        if self._keys is None or self._keys[0] is not fingerprints:
            shas = pa.array(sorted({sha for sha, _ in fingerprints}), pa.string())
            ids = pa.array(sorted({copy[3] for _, copy in fingerprints}), pa.string())
            self._keys = (fingerprints, shas, ids, pa.array(self._reprocessed, pa.string()))
        return self._keys[1:]

    def process(self, path: str, fingerprints: list):
        if fingerprints:  # (none: this run read no article, and nothing can repeat)
            yield from self._scan(path, *self._key_sets(fingerprints))

    def _scan(self, path: str, shas, ids, reprocessed):
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            for batch in _batches(path, _COLUMNS):
                wanted = pc.or_(pc.is_in(batch.column("content_sha256"), value_set=shas),
                                pc.is_in(batch.column("article_id"), value_set=ids))
                if len(reprocessed):
                    wanted = pc.and_(wanted, pc.invert(pc.is_in(batch.column("source_uri"), value_set=reprocessed)))
                for row in batch.filter(wanted).to_pylist():
                    uri = row["source_uri"]
                    copy = (EARLIER, uri, row["source_line"] or 0, row["article_id"])
                    yield uri, (row["run_id"], (row["content_sha256"], copy))
        except (pa.ArrowException, OSError) as e:
            yield TaggedOutput(DAMAGED, _damage(path, e))


class _RunsOfSourcesFn(beam.DoFn):
    """Committed file -> (source_uri, run_id) for each source among `candidates` it holds rows of."""

    def __init__(self):
        self._uris = None

    def process(self, path: str, candidates: list):
        import pyarrow as pa
        import pyarrow.compute as pc

        if self._uris is None or self._uris[0] is not candidates:
            self._uris = (candidates, pa.array(sorted({uri for uri, _ in candidates}), pa.string()))
        uris = self._uris[1]
        found: set[tuple[str, str]] = set()
        try:
            for batch in _batches(path, ["source_uri", "run_id"]) if len(uris) else ():
                hit = batch.filter(pc.is_in(batch.column("source_uri"), value_set=uris))
                found.update(zip(hit.column("source_uri").to_pylist(), hit.column("run_id").to_pylist()))
        except (pa.ArrowException, OSError):
            pass  # reported by the first scan of the same file
        return sorted(found)


def _from_latest_run(candidate, runs):
    """The candidate's fingerprint if its run is the latest that wrote articles of its source (`runs`: a multimap)."""
    uri, (run_id, fingerprint) = candidate
    of_source = runs[uri]
    return [fingerprint] if of_source and max(of_source) == run_id else []


class EarlierCopies(beam.PTransform):
    """This run's fingerprints -> {"copies": the committed articles' (content_sha256, (EARLIER, source_uri,
    line, article_id)) that share a text or an article id with one of them (see the module doc),
    "damaged": (DAMAGED, {path, problem}) for each committed file that could not be read}.

    `root`: the dataset's folder; `reprocessed`: source files this run processes again (their
    committed rows are about to be superseded, so they are nobody's earlier copy).
    """

    def __init__(self, root: str, reprocessed: list[str] | tuple[str, ...] = ()):
        super().__init__()
        self._root = root
        self._reprocessed = tuple(sorted(reprocessed))

    def expand(self, fingerprints):
        files = (fingerprints.pipeline | "Once" >> beam.Create([None], reshuffle=False)
                 | "CommittedFiles" >> beam.FlatMap(_files_of, self._root)
                 | "SpreadFiles" >> beam.Reshuffle())
        found = files | "SameTextOrId" >> beam.ParDo(
            _SameTextOrIdFn(self._reprocessed), AsList(fingerprints)).with_outputs(DAMAGED, main="candidates")
        candidates = found.candidates
        runs = files | "RunsOfTheirSources" >> beam.ParDo(_RunsOfSourcesFn(), AsList(candidates))
        copies = candidates | "FromLatestRuns" >> beam.FlatMap(_from_latest_run, AsMultiMap(runs))
        return {"copies": copies, "damaged": found[DAMAGED]}


def raise_if_damaged(notes: list[dict], output: str) -> None:
    """The launcher's side: a committed file the job could not read fails the ingest, naming it."""
    if notes:
        first = min(notes, key=lambda n: n["path"])
        raise damaged(first["path"], first["problem"], output)
