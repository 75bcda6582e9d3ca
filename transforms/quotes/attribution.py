"""Attribution: the speaker mention of each quotation, and the cue that found it.

Each quotation is given to the cues of `transforms.quotes.cues.CUES` in order; the first
that finds a mention wins. Then quotations no cue attributes take the speaker of their
speech: a neighbour in the same paragraph (`same_speech`), or the quotation that ends the
paragraph before (`next_paragraph`). Last, in languages whose profile allows it, the subject
of the quotation's sentence (`sentence_subject`).
"""
from __future__ import annotations

from transforms.quotes.cues import CUES, QuoteSite, predicate_subject
from transforms.quotes.lexicon import Lexicon
from transforms.quotes.marks import Spans
from transforms.quotes.phrases import Mention
from transforms.quotes.tokens import Windows, next_paragraph

__all__ = ["attribute", "INHERITED_CUES"]

# Names recorded for the quotations attributed after the cue list.
INHERITED_CUES = ("same_speech", "next_paragraph", "sentence_subject")


def attribute(lx: Lexicon, text: str, spans: Spans) -> list[tuple[Mention | None, str | None]]:
    """(speaker mention, name of the cue that found it) for each quotation; (None, None) for none."""
    found: list[Mention | None] = []
    cue_of: list[str | None] = []
    sites: list[QuoteSite] = []
    win = Windows(text, spans)
    for k in range(len(spans)):
        site = QuoteSite(lx, text, spans, win, k)
        sites.append(site)
        m = name = None
        for cue in CUES:
            m = cue.find(site)
            if m is not None:
                name = cue.name
                break
        found.append(m)
        cue_of.append(name)

    def inherit(k: int, j: int, name: str) -> None:
        found[k] = found[j]
        cue_of[k] = name

    # Quotations of one speech share its speaker: “…,” she said. “…” (forwards), and
    # “….” “…,” he said (backwards), within one paragraph.
    para_of = [site.para_start for site in sites]
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and para_of[k] == para_of[k - 1]:
            inherit(k, k - 1, "same_speech")
    for k in range(len(spans) - 2, -1, -1):
        if found[k] is None and found[k + 1] is not None and para_of[k] == para_of[k + 1] \
                and text[spans[k][3]:spans[k + 1][0]].strip() == "":
            inherit(k, k + 1, "same_speech")
    # A paragraph that is nothing but an unattributed quotation goes on with the speech
    # of the paragraph just before it: `“…,” Barkley said.\n\n“Then you have …”`.
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and spans[k][0] == para_of[k] \
                and next_paragraph(text, para_of[k - 1]) == para_of[k]:
            inherit(k, k - 1, "next_paragraph")
    # Last, a quotation no cue and no neighbour attributes goes to its sentence's subject.
    if lx.subject_fallback:
        for k, site in enumerate(sites):
            if found[k] is None:
                found[k] = predicate_subject(site)
                cue_of[k] = "sentence_subject" if found[k] is not None else None
    return list(zip(found, cue_of))
