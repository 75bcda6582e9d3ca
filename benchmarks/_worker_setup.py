"""One worker process's set-up, step by step: what the fork server of `--workers N` pays once
(`pipeline.fork_server`), and a worker started afresh before its first article.

    python -m benchmarks._worker_setup    (run by bench_startup.py, from the tree measured)

Prints one JSON object: CPU seconds (this process, all threads) per step, in the order a worker
of a local `--workers N` run meets them: Beam's worker import, the stage modules (imported when
the job's functions are unpickled), then the first article through each stage (the one-off
set-up: langdetect's profiles as arrays, langdetect's own factory, the quotes lexicon, the
date grammars) and a second article (the per-article cost, for scale).
"""
from __future__ import annotations

import json
import time

# Invented; long enough that the article's language is decided by the profiles, with a
# paragraph in another language (checked by langdetect itself) as mixed articles have.
ARTICLE = (
    "Harbour town opens its new ferry terminal\n\n"
    "The new ferry terminal in Porthaven opened on Monday, 3 March 2025, two years after work began, "
    "and the first crossing left at seven in the morning with 140 passengers on board.\n\n"
    "\u201cWe waited a long time for this,\u201d said Mara Lind, who chairs the harbour council. "
    "\u201cFrom next spring the boats will run every hour, even in winter.\u201d\n\n"
    "Le nouveau terminal a coûté douze millions d'euros, selon la mairie, qui espère attirer davantage "
    "de visiteurs pendant l'été et relier enfin les deux rives de la baie.\n")


def main() -> None:
    steps: dict[str, float] = {}
    last = time.process_time()

    def step(name: str) -> None:
        nonlocal last
        now = time.process_time()
        steps[name] = round(now - last, 3)
        last = now

    from apache_beam.runners.worker import sdk_worker_main  # noqa: F401

    step("import Beam's worker")
    from pipeline.graph import AnalyzeFiles  # noqa: F401  (every stage module, as unpickling the job does)
    from transforms.article import Article
    from transforms.dates.stage import add_dates
    from transforms.language import add_languages, _detector
    from transforms.paragraphs import add_paragraphs
    from transforms.quotes import add_quotes
    from transforms.stages import run_stages

    step("import the stages")
    article = Article("a1", "one.txt", ARTICLE, "utf-8", "0")
    article = add_paragraphs(article)
    step("paragraphs, first article")
    _detector().scorer()
    step("language profiles as arrays")
    _detector()._langdetect("Le nouveau terminal a coûté douze millions d'euros, selon la mairie.")
    step("langdetect's own profiles")
    article = add_languages(article)
    step("language, first article")
    article = add_quotes(article)
    step("quotes, first article")
    add_dates(article)
    step("dates, first article (grammar)")
    again, _ = run_stages(Article("a2", "two.txt", ARTICLE, "utf-8", "0"))
    assert again.language == "en"
    step("a second article, every stage")
    steps["total"] = round(time.process_time(), 3)
    print(json.dumps(steps))


if __name__ == "__main__":
    main()
