"""`newsbeam run` end to end on the real (offline) DirectRunner engine, reading the Parquet back."""
import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.cli import main
from newsbeam_dev.evaluation import REPO, require_shared

ENGLISH = ("Council approves the new budget\n\n"
           "The council approved the budget on Tuesday after a long debate about schools and roads.\n\n"
           "“We have waited long enough,” said Councillor Maria Okafor. “Now the work can begin.”\n\n"
           "Okafor said the first repairs would start on 17 December 2024.\n")
FRENCH = ("Le marché rouvre\n\n"
          "Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert ses portes jeudi matin.\n\n"
          "« Nous sommes enfin chez nous », a déclaré Claire Dubois, présidente de l’association des commerçants.\n")


def read(out: Path, table: str) -> list[dict]:
    files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
    return ds.dataset(files, format="parquet").to_table().to_pylist() if files else []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    (d / "txt").mkdir()
    (d / "txt" / "council.txt").write_text(ENGLISH, encoding="utf-8")
    (d / "txt" / "council-copy.txt").write_text(ENGLISH, encoding="utf-8")  # exact duplicate text
    (d / "txt" / "marche.txt").write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))  # BOM
    (d / "txt" / "pounds.txt").write_bytes("Prices\n\nThe ticket costs £15 this year, up from £12.\n".encode("latin-1"))
    (d / "txt" / "empty.txt").write_bytes(b"")
    (d / "txt" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    lines = [json.dumps({"id": "j1", "title": "Storm", "published_at": "2024-12-20",
                         "text": "Forecasters warned on Friday that the storm would reach the coast tomorrow."}),
             "{not json",
             json.dumps({"id": "j3", "title": "No text here"}),
             json.dumps({"id": "j4", "text": "Der Minister sagte am Montag, dass die Reform umgesetzt werde.",
                         "published_at": "2024-10-02"})]
    (d / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    return d


@pytest.fixture(scope="module")
def run_out(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "dataset"
    code = main(["run", str(corpus / "txt" / "*.txt"), str(corpus / "*.jsonl.gz"), "--output", str(out)])
    assert code == 1  # finished, with rejected inputs
    return out


def test_articles_from_every_format(run_out, corpus):
    articles = {a["article_id"]: a for a in read(run_out, "articles")}
    by_file = {Path(a["source_uri"]).name: a for a in articles.values()}
    assert set(by_file) == {"council.txt", "council-copy.txt", "marche.txt", "pounds.txt", "feed.jsonl.gz"}
    assert {a["article_id"] for a in articles.values() if a["source_line"]} == {"j1", "j4"}
    council = by_file["council.txt"]
    assert council["title"] == "Council approves the new budget"
    assert council["text"].startswith("The council approved") and council["language"] == "en"
    assert by_file["marche.txt"]["language"] == "fr" and by_file["marche.txt"]["encoding"] == "utf-8-sig"
    assert "£15" in by_file["pounds.txt"]["text"] and by_file["pounds.txt"]["encoding"] == "cp1252"
    assert articles["j4"]["language"] == "de" and str(articles["j4"]["published_at"]) == "2024-10-02"
    assert len({a["run_id"] for a in articles.values()}) == 1


def test_exact_duplicates_are_flagged_not_merged(run_out):
    by_file = {Path(a["source_uri"]).name: a for a in read(run_out, "articles")}
    first, copy = by_file["council-copy.txt"], by_file["council.txt"]  # sorted by path: council-copy first
    assert first["duplicate_of"] is None and copy["duplicate_of"] == first["article_id"]
    assert first["content_sha256"] == copy["content_sha256"]


def test_every_bad_input_is_an_error_row(run_out, corpus):
    errors = {(Path(e["source_uri"]).name, e["line"], e["error_type"]) for e in read(run_out, "errors")}
    assert errors == {("empty.txt", None, "empty"), ("image.txt", None, "binary"),
                      ("feed.jsonl.gz", 2, "bad_json"), ("feed.jsonl.gz", 3, "missing_text")}
    assert all(e["message"] and e["run_id"] for e in read(run_out, "errors"))


def test_offsets_index_the_article_text(run_out):
    texts = {a["article_id"]: a["text"] for a in read(run_out, "articles")}
    paragraphs = read(run_out, "paragraphs")
    assert paragraphs and all(texts[p["article_id"]][p["char_start"]:p["char_end"]] == p["text"] for p in paragraphs)
    quotes = read(run_out, "quotes")
    assert quotes and all(texts[q["article_id"]][q["char_start"]:q["char_end"]] == q["text"] for q in quotes)
    for q in quotes:
        if q["speaker_start"] is not None:
            assert texts[q["article_id"]][q["speaker_start"]:q["speaker_end"]] == q["speaker"]
    dates = read(run_out, "dates")
    assert dates and all(texts[d["article_id"]][d["char_start"]:d["char_end"]] == d["text"] for d in dates)


def test_quotes_dates_and_counts_are_consistent(run_out):
    articles = {a["article_id"]: a for a in read(run_out, "articles")}
    council = next(a for a in articles.values() if a["source_uri"].endswith("/council.txt"))
    quotes = [q for q in read(run_out, "quotes") if q["article_id"] == council["article_id"]]
    assert [q["text"] for q in quotes] == ["We have waited long enough,", "Now the work can begin."]
    assert all(q["speaker_name"].endswith("Maria Okafor") for q in quotes)
    values = {d["value"] for d in read(run_out, "dates") if d["article_id"] == council["article_id"]}
    assert "2024-12-17" in values
    storm = {d["text"]: d["value"] for d in read(run_out, "dates") if d["article_id"] == "j1"}
    assert storm.get("tomorrow") == "2024-12-21"
    for a in articles.values():
        assert a["n_paragraphs"] == len([p for p in read(run_out, "paragraphs") if p["article_id"] == a["article_id"]])


def test_nothing_but_tables_is_visible(run_out):
    visible = {p.relative_to(run_out).parts[0] for p in run_out.iterdir()}
    assert visible == {"articles", "paragraphs", "quotes", "dates", "errors", ".newsbeam"}
    leftovers = [p for p in run_out.rglob("*") if "beam-temp" in str(p) or "staging/" in str(p)]
    assert leftovers == []


def test_second_run_is_refused_without_overwrite(run_out, corpus, capsys):
    before = sorted(p.name for p in run_out.rglob("*.parquet"))
    assert main(["run", str(corpus / "txt" / "council.txt"), "--output", str(run_out)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert sorted(p.name for p in run_out.rglob("*.parquet")) == before


def test_overwrite_replaces_the_dataset(corpus, tmp_path):
    out = tmp_path / "o"
    assert main(["run", str(corpus / "txt" / "council.txt"), "-o", str(out)]) == 0
    first = {a["run_id"] for a in read(out, "articles")}
    assert main(["run", str(corpus / "txt" / "marche.txt"), "-o", str(out), "--overwrite"]) == 0
    articles = read(out, "articles")
    assert len(articles) == 1 and articles[0]["source_uri"].endswith("marche.txt")
    assert {a["run_id"] for a in articles}.isdisjoint(first)


def test_unmatched_input_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nothing-*.txt"), "-o", str(tmp_path / "o")]) == 2
    assert "no input files match" in capsys.readouterr().err
    assert not (tmp_path / "o" / "articles").exists()


def test_reference_date_anchors_relative_dates(corpus, tmp_path):
    out = tmp_path / "o"
    assert main(["run", str(corpus / "txt" / "council.txt"), "-o", str(out), "--reference-date", "2024-12-20"]) == 0
    assert any(d["value"].startswith("2024-12") for d in read(out, "dates"))


def test_two_worker_processes_give_the_same_tables(corpus, run_out, tmp_path):
    # Tiny slices: the JSONL feed is read in many pieces, shared by both workers.
    out = tmp_path / "o"
    code = main(["run", str(corpus / "txt" / "*.txt"), str(corpus / "*.jsonl.gz"), "-o", str(out), "--workers", "2",
                 "--set", "slice_mb=0.0001"])
    assert code == 1

    def content(d, table, drop=("run_id",)):
        return sorted(json.dumps({k: v for k, v in r.items() if k not in drop}, sort_keys=True, default=str)
                      for r in read(d, table))
    for table in ("articles", "paragraphs", "quotes", "dates", "errors"):
        assert content(out, table) == content(run_out, table), table


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to cut the network")
def test_runs_with_no_network_at_all(corpus, tmp_path):
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot create a network namespace here")
    out = tmp_path / "o"
    proc = subprocess.run(["unshare", "-rn", sys.executable, "-m", "pipeline.cli", "run",
                           str(corpus / "txt" / "council.txt"), "-o", str(out)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "finished" in proc.stdout and "prism" not in (proc.stdout + proc.stderr).lower()
    assert len(read(out, "articles")) == 1


def test_whole_bbc_corpus(tmp_path):
    bbc = require_shared() / "corpora" / "bbc"
    out = tmp_path / "bbc"
    assert main(["run", str(bbc / "*" / "*.txt"), "-o", str(out), "--workers", "2"]) == 0
    articles = read(out, "articles")
    assert len(articles) == 2225
    assert sum(a["duplicate_of"] is not None for a in articles) == 98
    sport_199 = next(a for a in articles if a["source_uri"].endswith("sport/199.txt"))
    assert "£" in sport_199["text"] and sport_199["encoding"] == "cp1252"
    assert {a["language"] for a in articles} == {"en"}
    assert read(out, "errors") == []
