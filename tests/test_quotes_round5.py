"""Speaker error classes found on `tests/data/quotes-multinews-5.jsonl` (round 5 of issue 13).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

import pytest

from transforms.quotes import extract_quotes

LEAD = "Une dépêche\n\nUn premier paragraphe sans citation.\n\n"   # the quotation is not in a title line


def speaker_of(text: str, lang: str) -> tuple[str | None, str | None]:
    (q,) = extract_quotes(LEAD + text, lang)
    return q.speaker, q.speaker_name


@pytest.mark.parametrize("text, lang, name", [
    # a role described with the body it belongs to (genitives, an abbreviation in brackets), then
    # the name in apposition: the name is who spoke, not `der Vorstandschef`
    ("Die Lage ist ernst. »Wir haben zu wenig Personal«, sagte der Vorstandschef des Bundesverbands "
     "der Kliniken (BVK), Hans Maier, der Zeitung.", "de", "Hans Maier"),
    ("Die Lage ist ernst. „Es wird schwierig“, sagte der Sprecher der Ärztekammer Nordrhein-Westfalen, "
     "Peter Krause.", "de", "Peter Krause"),
])
def test_a_name_in_apposition_after_a_role_and_its_body_is_the_speaker(text, lang, name):
    speaker, speaker_name = speaker_of(text, lang)
    assert speaker_name == name and speaker.endswith(name)


@pytest.mark.parametrize("text, lang, name", [
    # an adverb between the verb and its inverted subject (`relève ainsi X`, `sagte denn auch X`)
    ("Le marché va ralentir. « La demande baisse nettement depuis l'été », relève ainsi Paul Mercier "
     "chez Banque Exemple.", "fr", "Paul Mercier"),
    ("Das Treffen war kurz. „Wir sind bereit“, sagte denn auch Karl Huber, der Bürgermeister der Stadt.",
     "de", "Karl Huber"),
    # a verb of reckoning is a verb of saying in French economic news
    ("« Le déficit va se creuser de deux points », calcule Marc Dupont, économiste à l'Institut.",
     "fr", "Marc Dupont"),
    # an adverb inside an Italian reporting phrase (`ha subito fatto sapere`)
    ("La portavoce del Consiglio regionale, Marta Rossi, ha subito fatto sapere che il comune "
     "«rispetterà la decisione del tribunale».", "it", "Marta Rossi"),
])
def test_an_adverb_between_the_verb_and_the_speaker_is_skipped(text, lang, name):
    assert speaker_of(text, lang)[1] == name


def test_an_according_to_form_with_a_fused_article_names_the_source():
    # Italian fuses the preposition with the article: `stando al giurista X`, `a detta della ministra X`
    text = "Il governo, stando al giurista Marco Bianchi, aveva «lo scopo di bloccare ogni ricorso»."
    assert speaker_of(text, "it")[1] == "Marco Bianchi"
    text = "La riforma, a detta della ministra Anna Verdi, sarà «pronta entro l'estate»."
    assert speaker_of(text, "it")[1] == "Anna Verdi"
