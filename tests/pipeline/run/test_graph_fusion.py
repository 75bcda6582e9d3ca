"""How the local runner cuts the job into stages: an article's rows must be written by the step that
makes them. A stage boundary between the analysis and the writer makes the FnApiRunner keep every
row of the run in memory (pickled) until the analysis has finished, so peak memory grows with the
collection instead of staying flat. No job runs here: the stages are the runner's own plan."""
import apache_beam as beam

from newsbeam.pipeline.dataset.earlier_copies import EarlierCopies
from newsbeam.pipeline.run.graph import TABLE_NAMES, AnalyzeFiles, WriteTables
from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.pipeline.run.runner import make_pipeline


def _stages(tmp_path, earlier=None):
    pipeline = make_pipeline([])
    staged = OutputFolder(str(tmp_path / "out"), TABLE_NAMES).stage("20250101T000000Z-abcdef")
    uris = pipeline | "Files" >> beam.Create([str(tmp_path / "a.txt")])
    tables = uris | "Analyze" >> AnalyzeFiles("20250101T000000Z-abcdef", earlier=earlier)
    _ = tables | "WriteTables" >> WriteTables(staged)
    _, stages = pipeline.runner.create_stages(pipeline.to_runner_api())
    return [{t.unique_name for t in stage.transforms} for stage in stages]


def _stage_of(stages, name):
    found = [s for s in stages if name in s]
    assert len(found) == 1, name
    return found[0]


def test_the_rows_are_written_in_the_stage_that_analyses_the_articles(tmp_path):
    for earlier in (None, EarlierCopies(str(tmp_path / "dataset"))):
        stages = _stages(tmp_path, earlier)
        analysis = _stage_of(stages, "Analyze/ToRows")
        steps = ("Read/ParDo(ReadArticlesFn)/ParDo(ReadArticlesFn)", "DetectLanguage/ParDo(ArticleStageFn)/ParDo(ArticleStageFn)",
                 "ExtractDates/ParDo(ArticleStageFn)/ParDo(ArticleStageFn)")
        assert {f"Analyze/{step}" for step in steps} | {"WriteTables/WriteBundles"} <= analysis
        # the few error rows (and notes of unreadable committed files) have their own writer
        assert "WriteTables/WriteBundles2" in _stage_of(stages, "WriteTables/WriteBundles2") - analysis
