"""The job graph as a portable runner (Flink, Spark, any job service) receives it, without a cluster.

The graph is built the way `newsbeam run` builds it (newsbeam.pipeline.run.runner.make_pipeline with the
options after `--`, then AnalyzeFiles and WriteTables), turned into the Runner API proto that
a job service would get, and checked: every stage is there, every DoFn unpickles from its
payload (what each remote worker does first), and the proto rebuilds a Pipeline. No job starts.
"""
import apache_beam as beam
import pytest
from apache_beam.internal import pickler
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2

from newsbeam.pipeline.dataset.earlier_copies import EarlierCopies
from newsbeam.pipeline.run.graph import TABLE_NAMES, AnalyzeFiles, WriteTables
from newsbeam.pipeline.dataset.output import OutputFolder
from newsbeam.pipeline.run.runner import is_local, make_pipeline

RUNNERS = {
    "portable": ["--runner=PortableRunner", "--job_endpoint=localhost:1", "--environment_type=LOOPBACK"],
    "flink": ["--runner=FlinkRunner", "--flink_master=localhost:1", "--environment_type=EXTERNAL",
              "--environment_config=localhost:1"],
    "spark": ["--runner=SparkRunner", "--spark_master_url=spark://localhost:1", "--environment_type=EXTERNAL",
              "--environment_config=localhost:1"],
}
STAGES = ("SliceFiles", "SpreadSlices", "Fingerprint", "FindDuplicates", "Read", "SplitParagraphs",
          "DetectLanguage", "ExtractQuotes", "ExtractDates", "ToRows", "CollectErrors", "StampErrors")


def build(beam_args, tmp_path):
    pipeline = make_pipeline(beam_args)
    staged = OutputFolder(str(tmp_path / "out"), TABLE_NAMES).stage("20250101T000000Z-abcdef")
    uris = pipeline | "Files" >> beam.Create([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl.gz")])
    earlier = EarlierCopies("gs://bucket/dataset", reprocessed=["gs://in/changed.jsonl"])
    rows = uris | "Analyze" >> AnalyzeFiles("20250101T000000Z-abcdef", earlier=earlier)
    _ = rows | "WriteTables" >> WriteTables(staged)
    return pipeline


@pytest.fixture(params=sorted(RUNNERS))
def proto(request, tmp_path):
    args = RUNNERS[request.param]
    assert not is_local(args)
    pipeline = build(args, tmp_path)
    assert type(pipeline.runner).__name__ == args[0].split("=")[1]
    return pipeline.to_runner_api()


def test_every_stage_and_the_table_writer_is_in_the_graph(proto):
    names = {t.unique_name for t in proto.components.transforms.values()}
    for stage in STAGES:
        assert f"Analyze/{stage}" in names, stage
    # one writer for every table, into the staging folder, and the step that finishes them
    assert {"WriteTables/WriteBundles", "WriteTables/Finalize"} <= names
    # earlier runs' copies are read by the job from the dataset, not shipped in the graph
    assert {"Analyze/EarlierCopies/CommittedFiles", "Analyze/EarlierCopies/SameTextOrId",
            "Analyze/WithEarlierRuns"} <= names
    assert len(TABLE_NAMES) == 5


def test_every_dofn_unpickles(proto):
    pardo = common_urns.primitives.PAR_DO.urn
    fns = []
    for t in proto.components.transforms.values():
        if t.spec.urn == pardo:
            payload = beam_runner_api_pb2.ParDoPayload.FromString(t.spec.payload)
            fns.append((t.unique_name, pickler.loads(payload.do_fn.payload)))
    assert len(fns) >= 20
    names = {type(fn[0]).__name__ for _, fn in fns if isinstance(fn, tuple)}
    assert {"ArticleStageFn", "ToRowsFn", "StampErrorsFn", "ReadArticlesFn", "_WriteBundleFn", "_SameTextOrIdFn"} <= names
    to_rows = next(fn[0] for name, fn in fns if name.endswith("Analyze/ToRows"))
    assert to_rows._run_id == "20250101T000000Z-abcdef"


def test_proto_rebuilds_a_pipeline(proto):
    from apache_beam.options.pipeline_options import PipelineOptions
    from apache_beam.runners.portability.fn_api_runner import FnApiRunner

    rebuilt = beam.Pipeline.from_runner_api(proto, FnApiRunner(), PipelineOptions([]))
    again = rebuilt.to_runner_api()
    assert {t.unique_name for t in again.components.transforms.values()} >= {
        t.unique_name for t in proto.components.transforms.values() if t.unique_name.startswith("Analyze/")}
