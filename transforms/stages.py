"""The per-article stages, in the order a run applies them: the one list everything uses.

    STAGES: paragraphs -> language -> quotes -> dates

Each `Stage` names a pure function `Article -> Article` that fills one field of the article;
`needs` names the earlier stages whose fields it reads (`tests/transforms/test_stages.py`
checks the order keeps them earlier). The Beam graph (`pipeline.graph`), the plain-loop
benchmark, the evaluation scripts and the tests all run this list, so a stage added here runs
everywhere. Nothing here imports Beam: the stage functions can be called (and tested) on a
string without it.

A stage that raises on some article does not fail a run: `apply_stage` passes the article on
unchanged (its field stays empty) with an `errors` row saying which article, which stage and why.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable

from transforms.article import Article
from transforms.dates import add_dates
from transforms.language import add_languages, check_language_options
from transforms.paragraphs import add_paragraphs
from transforms.quotes import add_quotes
from transforms.rows import error_row

__all__ = ["Stage", "STAGES", "ARTICLES", "ERRORS", "stage_named", "apply_stage", "run_stages"]

# the names of a stage's two outputs in a Beam graph (and of the readers')
ARTICLES = "articles"
ERRORS = "errors"


@dataclass(frozen=True)
class Stage:
    """One per-article stage: `fn(article, **options)` returns a copy with the stage's field filled."""

    name: str                               # what its `errors` rows name as `stage`
    fn: Callable[..., Article]
    needs: tuple[str, ...] = ()             # stages whose fields `fn` reads
    label: str = ""                         # its step's name in the Beam graph (kept stable: runners
    #                                         such as Dataflow match a running job's steps by name)
    check_options: Callable[..., None] | None = field(default=None, repr=False)

    def bind(self, **options) -> Callable[[Article], Article]:
        """`fn` with its options (checked here, in the launcher, before any worker starts)."""
        if not options:
            return self.fn
        if self.check_options is not None:
            self.check_options(**options)
        return functools.partial(self.fn, **options)


STAGES: tuple[Stage, ...] = (
    Stage("paragraphs", add_paragraphs, label="SplitParagraphs"),
    Stage("language", add_languages, needs=("paragraphs",), label="DetectLanguage",
          check_options=check_language_options),
    Stage("quotes", add_quotes, needs=("language",), label="ExtractQuotes"),
    Stage("dates", add_dates, needs=("language",), label="ExtractDates"),
)


def stage_named(name: str) -> Stage:
    for stage in STAGES:
        if stage.name == name:
            return stage
    raise KeyError(f"no stage named {name!r}; the stages are {', '.join(s.name for s in STAGES)}")


def apply_stage(name: str, fn: Callable[[Article], Article], article: Article) -> tuple[Article, dict | None]:
    """(the article `fn` returns, None), or when `fn` raises (the article unchanged, its error row)."""
    try:
        return fn(article), None
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a collection
        return article, error_row(article.source_uri, article.source_line, name, "exception",
                                  f"article {article.article_id}: {type(e).__name__}: {e}")


def run_stages(article: Article, options: dict[str, dict] | None = None) -> tuple[Article, list[dict]]:
    """Every stage on one article, as a run applies them: (the analysed article, its error rows).
    `options`: keyword options by stage name, e.g. `{"dates": {"reference_date": day}}`."""
    errors = []
    for stage in STAGES:
        article, error = apply_stage(stage.name, stage.bind(**(options or {}).get(stage.name, {})), article)
        if error is not None:
            errors.append(error)
    return article, errors
