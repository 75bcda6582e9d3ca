"""English attribution: each class of error found on PolNeAR's train set, held by a sentence written for it.

The sentences are invented (they only reproduce the construction). The classes were found on
train only (`benchmarks/eval_quotes.py ../shared/eval/quotes-polnear-train --errors N`); dev
checks that each fix generalises.
"""
from __future__ import annotations

from transforms.quotes import extract_quotes


def attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker as written, speaker_name) of each English quotation."""
    return [(q.text.strip(" ,."), q.speaker, q.speaker_name) for q in extract_quotes(text, "en")]


def test_a_closing_mark_never_joins_a_speaker_name():
    # `…the Kora Dam,” Okonkwo said`: a name never runs back over a closing mark; the speaker
    # is the full name given earlier, not `Kora Dam,” Okonkwo`
    text = ("Engineer Adaeze Okonkwo inspected the site on Monday. “We will rebuild the Kora Dam,” Okonkwo said. "
            "“Nobody leaves before the river is safe,” Okonkwo added.")
    assert attributed(text) == [
        ("We will rebuild the Kora Dam", "Okonkwo", "Adaeze Okonkwo"),
        ("Nobody leaves before the river is safe", "Okonkwo", "Adaeze Okonkwo"),
    ]
