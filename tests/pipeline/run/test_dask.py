"""`newsbeam run ... -- --runner=DaskRunner` on a local Dask cluster of 2 worker processes.

The tables must equal the DirectRunner's, row for row (every column but run_id), and the run
must be committed only when the Dask job is DONE: no staging or beam-temp leftovers.
"""
import gzip
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

pytest.importorskip("dask.distributed", reason="dask/distributed not installed (pip install -e '.[dask]')")
pytest.importorskip("apache_beam.runners.dask.dask_runner", reason="apache-beam[dask] not installed")

from newsbeam.pipeline.cli.main import main  # noqa: E402

TABLES = ("articles", "paragraphs", "quotes", "dates", "errors")

ARTICLES = {
    "council.txt": ("Council approves the new budget\n\n"
                    "The council approved the budget on Tuesday after a long debate about schools and roads.\n\n"
                    "“We have waited long enough,” said Councillor Maria Okafor. “Now the work can begin.”\n\n"
                    "Okafor said the first repairs would start on 17 December 2024.\n"),
    "storm.txt": ("Storm warning\n\n"
                  "Forecasters warned on Friday that the storm would reach the coast by next week, "
                  "and \"everyone should prepare now,\" the agency's director said.\n"),
    "marche.txt": ("Le marché rouvre\n\n"
                   "Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert ses portes "
                   "jeudi matin.\n\n« Nous sommes enfin chez nous », a déclaré Claire Dubois, présidente de "
                   "l’association des commerçants.\n"),
    "reform.txt": ("Reform\n\nDer Minister sagte am 2. Oktober 2024: „Die Reform wird umgesetzt.“ "
                   "Die Opposition kritisierte den Plan im Parlament scharf.\n"),
    "budget.txt": ("Budget talks\n\nTalks resumed in March. \"We are close,\" one negotiator said, "
                   "adding that a deal could come before the end of the year.\n"),
    "empty.txt": "",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("dask-corpus")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "council-copy.txt").write_text(ARTICLES["council.txt"], encoding="utf-8")  # exact duplicate
    lines = [json.dumps({"id": "j1", "text": "The minister resigned on Monday after weeks of pressure.",
                         "published_at": "2024-12-20"}),
             "{not json",
             json.dumps({"id": "j3", "title": "No text"})]
    (d / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    return d


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c:
        yield c


def rows(out: Path, table: str) -> list[dict]:
    files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
    found = ds.dataset(files, format="parquet").to_table().to_pylist() if files else []
    for r in found:
        r.pop("run_id")
    return sorted(found, key=repr)


def test_dask_tables_equal_direct_runner(corpus, cluster, tmp_path):
    inputs = [str(corpus / "*.txt"), str(corpus / "*.jsonl.gz")]
    direct, dask = tmp_path / "direct", tmp_path / "dask"
    assert main(["run", *inputs, "-o", str(direct)]) == 1  # done, with rejected inputs
    code = main(["run", *inputs, "-o", str(dask), "--",
                 "--runner=DaskRunner", f"--dask_client_address={cluster.scheduler_address}"])
    assert code == 1  # the exit code comes from the staged error rows (Dask reports no metrics)
    for table in TABLES:
        expected, got = rows(direct, table), rows(dask, table)
        assert got == expected, table
    assert len(rows(dask, "articles")) == 7
    assert sum(1 for a in rows(dask, "articles") if a["duplicate_of"]) == 1
    assert len(rows(dask, "errors")) == 3
    # committed, nothing left behind: no staging run, no Beam temp folders
    staging = dask / ".newsbeam" / "staging"
    assert not staging.exists() or not any(staging.iterdir())
    assert not [p for p in dask.rglob("*") if "beam-temp" in p.name]
    assert len(list((dask / ".newsbeam" / "runs").glob("*.json"))) == 1
