"""transforms.stages: the one list of per-article stages, and the extractors usable without Beam."""
import subprocess
import sys

import pytest

from transforms.article import Article
from transforms.stages import STAGES, apply_stage, run_stages, stage_named
from newsbeam_dev.evaluation import REPO


def test_every_stage_needs_only_earlier_stages():
    seen = set()
    for stage in STAGES:
        assert set(stage.needs) <= seen, f"{stage.name} needs {set(stage.needs) - seen} before it"
        seen.add(stage.name)
    assert len(seen) == len(STAGES)
    assert len({s.label for s in STAGES}) == len(STAGES) and all(s.label for s in STAGES)


def test_run_stages_fills_every_field():
    article = Article("a", "mem://a", "“We will win,” she said on Monday.\n\nThe vote was held in May 2024.",
                      "utf-8", "x")
    done, errors = run_stages(article, {"dates": {"reference_date": None}})
    assert errors == []
    assert len(done.paragraphs) == 2 and done.language == "en"
    assert [(q.text, q.speaker) for q in done.quotes] == [("We will win,", "she")]
    assert "2024-05" in [d.value for d in done.dates]


def test_apply_stage_turns_an_exception_into_an_error_row():
    article = Article("a", "mem://a", "Text.", "utf-8", "x", source_line=3)
    same, error = apply_stage("quotes", lambda a: 1 / 0, article)
    assert same is article
    assert error == {"source_uri": "mem://a", "line": 3, "stage": "quotes", "error_type": "exception",
                     "message": "article a: ZeroDivisionError: division by zero"}


def test_unknown_stage_names_the_stages():
    with pytest.raises(KeyError, match="paragraphs, language, quotes, dates"):
        stage_named("sentiment")


def test_the_extractors_import_no_beam():
    """The pure side of every stage (and the stage list) works where apache_beam is not installed."""
    code = ("import sys; import transforms.quotes, transforms.dates, transforms.language, transforms.paragraphs, "
            "transforms.stages, transforms.rows; "
            "print(sorted(m for m in sys.modules if m == 'apache_beam' or m.startswith('apache_beam.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
