"""A month or day named without its year takes the year every tense gives without reading the tense
(`document.SKIP_UNREAD_TENSE`): the same mentions as reading it, on invented texts around anchors in
every month and on the annotated articles of tests/data."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from newsbeam.transforms.dates import document
from newsbeam.transforms.dates.extract import extract_dates
from newsbeam.transforms.dates.timex import resolve_month, resolve_month_day

# Invented sentences with months and days and tense cues either way, in each language.
_SENTENCES = {
    "en": ["The plant closed on 3 March and will reopen in February.", "Sales will rise in January, he said.",
           "In December, the firm had warned of losses.", "The vote is on 28 February.", "It ends on 31 December.",
           "They won three awards in November.", "Talks were planned for 2 April.", "The fair opens in June."],
    "de": ["Die Messe begann am 3. März und endet im Februar.", "Im Dezember hatte die Firma gewarnt.",
           "Die Wahl findet am 28. Februar statt.", "Im Januar wird der Bericht erscheinen."],
    "fr": ["L'usine a fermé le 3 mars et rouvrira en février.", "En décembre, la société avait averti.",
           "Le vote aura lieu le 28 février.", "En janvier, le rapport sera publié."],
    "es": ["La planta cerró el 3 de marzo y abrirá en febrero.", "En diciembre la empresa había advertido.",
           "La votación será el 28 de febrero.", "En enero se publicará el informe."],
    "it": ["Lo stabilimento ha chiuso il 3 marzo e riaprirà a febbraio.", "A dicembre l'azienda aveva avvertito.",
           "Il voto sarà il 28 febbraio.", "A gennaio sarà pubblicato il rapporto."],
    "pl": ["Zakład zamknięto 3 marca, a otwarty zostanie w lutym.", "W grudniu firma ostrzegała.",
           "Głosowanie odbędzie się 28 lutego.", "W styczniu raport zostanie opublikowany."],
    "ru": ["Завод закрылся 3 марта и откроется в феврале.", "В декабре компания предупреждала.",
           "Голосование пройдёт 28 февраля.", "В январе доклад будет опубликован."],
}
_ANCHORS = [dt.date(2024, month, day) for month in range(1, 13) for day in (1, 15, 28)] + [None]


def _mentions(found) -> list[tuple]:
    return [(m.char_start, m.char_end, m.value, m.granularity) for m in found]


def _both(monkeypatch, text: str, anchor: dt.date | None, lang: str) -> tuple[list, list]:
    monkeypatch.setattr(document, "SKIP_UNREAD_TENSE", False)
    read = _mentions(extract_dates(text, anchor, lang))
    monkeypatch.setattr(document, "SKIP_UNREAD_TENSE", True)
    return read, _mentions(extract_dates(text, anchor, lang))


@pytest.mark.parametrize("lang", sorted(_SENTENCES))
def test_skipping_an_unread_tense_finds_the_same_mentions(monkeypatch, lang):
    rng = random.Random(17)
    sentences = _SENTENCES[lang]
    for anchor in _ANCHORS:
        for _ in range(4):
            text = " ".join(rng.sample(sentences, k=min(3, len(sentences))))
            read, skipped = _both(monkeypatch, text, anchor, lang)
            assert read == skipped, (anchor, text)


def test_the_year_taken_is_the_one_every_tense_gives():
    """`_same_for_every_tense` answers only where no tense changes the year: the month under way, a
    day just past; not a month ahead or months back, which a past or future cue moves."""
    anchor = dt.date(2024, 3, 20)
    assert document._same_for_every_tense(anchor, 3, None) == 2024
    assert document._same_for_every_tense(anchor, 3, 10) == 2024
    assert document._same_for_every_tense(anchor, 4, None) is None  # (`in April` said in March: either)
    assert document._same_for_every_tense(anchor, 2, 30) is None    # (no such day)
    for month in range(1, 13):
        for day in (None, 1, 15, 29, 31):
            fixed = document._same_for_every_tense(anchor, month, day)
            years = {resolve_month(anchor, month, t) if day is None else resolve_month_day(anchor, month, day, t)
                     for t in document.TENSES}
            assert fixed == (years.pop() if len(years) == 1 else None)


def test_skipping_an_unread_tense_finds_the_same_mentions_in_articles(monkeypatch):
    """The annotated articles of tests/data (not the blind or final ones), each with its anchor."""
    from newsbeam_dev.evaluation import REPO, annotated_text, read_jsonl, require_shared
    require_shared()
    for path in sorted((REPO / "tests" / "data").glob("dates-*.jsonl")):
        if "blind" in path.name or "final" in path.name:
            continue
        for row in read_jsonl(path)[::3]:
            anchor = dt.date.fromisoformat(row["published_at"][:10])
            read, skipped = _both(monkeypatch, annotated_text(row), anchor, row["language"])
            assert read == skipped, (path.name, row.get("id"))
