"""Error classes found on `tests/data/quotes-multinews-8.jsonl` (round 8 of issue 13).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

import pytest

from transforms.quotes import extract_quotes
from transforms.quotes.marks import scan_quote_spans

LEAD = "Eine Meldung\n\nEin erster Absatz ohne Zitat.\n\n"   # the quotation is not in a title line


def quotes_of(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_name) for q in extract_quotes(LEAD + text, lang)]


def spans_of(text: str) -> list[str]:
    return [text[s:e] for _, s, e, _ in scan_quote_spans(text)]


def test_a_straight_quote_padded_inside_still_opens_and_closes():
    # `"… politica ",` closes before its comma; `" Siamo … "` between spaces opens, then closes
    text = ('"La ricerca deve restare libera ", hanno scritto i firmatari. " Non serve il panico. " '
            'Poi la firma.')
    assert [s.strip() for s in spans_of(text)] == ["La ricerca deve restare libera", "Non serve il panico."]
    assert quotes_of(text, "it")[0][1] == "i firmatari"


@pytest.mark.parametrize("text, speaker", [
    # the recipient after the verb is no subject: `der` before a feminine noun, `dem`, `den`
    ("Der Vorsitzende des Vereins, Jonas Weber (SPD), sagte der Nachrichtenagentur DPA, die Stadt "
     "solle „endlich handeln“.", "Jonas Weber"),
    ("Die Sprecherin des Amtes, Karla Brandt, sagte dem Sender NRZ, man sei „nicht zuständig“.", "Karla Brandt"),
])
def test_a_recipient_after_the_verb_is_not_the_speaker(text, speaker):
    assert quotes_of(text, "de")[-1][1:] == (speaker, speaker)


def test_a_weak_verb_with_a_lengthening_h_reports():
    # `mahnte`, `ermahnte`: the h before n only lengthens the vowel (not `mahnete`)
    text = "Der Mieter Paul Roth wohnt seit Jahren hier. Die Miete sei „viel zu hoch“, mahnte Roth."
    assert quotes_of(text, "de")[-1][1:] == ("Roth", "Paul Roth")


@pytest.mark.parametrize("text, lang, name", [
    # a role, then the name it stands for set off by commas (a party in brackets after it)
    ("„Wir brauchen mehr Zeit“, betonte der Sprecher der Fraktion, Lukas Wendt (FDP).", "de", "Lukas Wendt"),
    ("Il direttore dell’istituto, Carlo Neri, ha detto che il sistema sta “cedendo” in molte regioni.",
     "it", "Carlo Neri"),
])
def test_a_name_in_apposition_to_a_role_is_the_speaker(text, lang, name):
    assert quotes_of(text, lang)[-1][2] == name


def test_a_capitalised_adverb_opening_the_clause_is_no_speaker():
    # `Łaskawie uznał`: a pro-drop verb after an adverb goes on with the person the text is about
    text = ("Przemysław Zając udzielił wywiadu. Dowodził, że celem rządu jest „kontrola wszystkiego”. "
            "Łaskawie uznał, że „dziś nie ma w tym złej woli”.")
    got = quotes_of(text, "pl")
    assert [q[2] for q in got] == ["Przemysław Zając", "Przemysław Zając"]
