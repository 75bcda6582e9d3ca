"""`--reference-date`: the anchor for articles without their own published_at, as help, README and config say."""
import json
from pathlib import Path

import pyarrow.dataset as ds

from pipeline.cli import build_parser, main
from newsbeam_dev.evaluation import REPO


def dates(out: Path) -> dict[str, dict[str, str]]:
    files = sorted(str(p) for p in (out / "dates").rglob("*.parquet"))
    found: dict[str, dict[str, str]] = {}
    for d in ds.dataset(files, format="parquet").to_table().to_pylist():
        found.setdefault(d["article_id"], {})[d["text"]] = d["value"]
    return found


def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "own", "published_at": "2024-12-20", "text": "The minister said the talks would resume tomorrow."},
        {"id": "none", "text": "The minister said the talks would resume tomorrow."},
    ]) + "\n")
    return path


def test_reference_date_anchors_only_articles_without_published_at(tmp_path):
    assert main(["run", str(feed(tmp_path)), "-o", str(tmp_path / "o"), "--reference-date", "2024-01-10"]) == 0
    assert dates(tmp_path / "o") == {"own": {"tomorrow": "2024-12-21"}, "none": {"tomorrow": "2024-01-11"}}


def test_reference_date_overrides_anchors_every_article(tmp_path):
    assert main(["run", str(feed(tmp_path)), "-o", str(tmp_path / "o"), "--reference-date", "2024-01-10",
                 "--reference-date-overrides"]) == 0
    assert dates(tmp_path / "o") == {"own": {"tomorrow": "2024-01-11"}, "none": {"tomorrow": "2024-01-11"}}


def test_overriding_needs_a_reference_date(tmp_path, capsys):
    assert main(["run", str(feed(tmp_path)), "-o", str(tmp_path / "o"), "--reference-date-overrides"]) == 2
    assert "reference_date" in capsys.readouterr().err


def test_help_readme_and_config_say_the_same():
    run = next(a for a in build_parser()._actions if a.dest == "command").choices["run"]
    helps = {a.dest: a.help for a in run._actions}
    assert "without their own published_at" in helps["reference_date"]
    assert "even one with its own published_at" in helps["reference_date_overrides"]
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "`--reference-date YYYY-MM-DD` anchors the articles without one" in readme
    assert "--reference-date-overrides" in readme
    config = " ".join((REPO / "configs" / "default.yaml").read_text(encoding="utf-8").replace("#", "").split())
    assert "Articles with their own published_at keep it as their anchor" in config
