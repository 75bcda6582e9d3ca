"""Error classes found on `tests/data/quotes-multinews-8.jsonl` (round 8 of issue 13).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.marks import scan_quote_spans

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
])
def test_a_name_in_apposition_to_a_role_is_the_speaker(text, lang, name):
    assert quotes_of(text, lang)[-1][2] == name


def test_a_capitalised_adverb_opening_the_clause_is_no_speaker():
    # `Łaskawie uznał`: a pro-drop verb after an adverb goes on with the person the text is about
    text = ("Przemysław Zając udzielił wywiadu. Dowodził, że celem rządu jest „kontrola wszystkiego”. "
            "Łaskawie uznał, że „dziś nie ma w tym złej woli”.")
    got = quotes_of(text, "pl")
    assert [q[2] for q in got] == ["Przemysław Zając", "Przemysław Zając"]


@pytest.mark.parametrize("text, speaker", [
    # Polish impersonal reports (-no forms, `we` forms) point to the document or recording
    ("Film krąży w sieci. Na nagraniu przekonywano jednak, że „to nie jest spór sąsiadów”.", "nagraniu"),
    ("Jak możemy przeczytać na stronie Komisji Miejskiej: „Plan ma zostać przyjęty w maju”.",
     "stronie Komisji Miejskiej"),
    ("W dalszej części filmu podano, że: „Jeśli ustawa wejdzie w życie, wszystko się zmieni”.",
     "dalszej części filmu"),
])
def test_a_polish_impersonal_report_names_its_document(text, speaker):
    assert quotes_of(text, "pl")[-1][1] == speaker


def test_an_adverbial_phrase_between_subject_and_verb_is_no_subject():
    # `a de nouveau accusé`: the subject is before the adverbial, not `nouveau`
    text = ("Dans un entretien, Louis Caron a de nouveau accusé son rival, appelant le maire à « tout dire » "
            "sur le sujet : « Il a reçu de l'argent. »")
    assert {q[1] for q in quotes_of(text, "fr")} == {"Louis Caron"}


def test_a_possessive_after_its_article_is_not_the_speaker():
    # `usare la loro «…»`: `loro` owns the phrase; the dropped subject after it is the last speaker
    text = ("La direttrice Anna Ferri ha parlato a lungo. Ferri ha detto che ci sono “tre punti”. "
            "I comuni devono usare la loro “esperienza diretta” per decidere. Ha anche chiesto un “accesso "
            "equo” ai dati.")
    assert quotes_of(text, "it")[-1][1:] == ("Ferri", "Anna Ferri")


def test_a_new_plural_subject_takes_over_a_dropped_subject():
    # `I firmatari hanno insistito … «…», hanno osservato`: the signatories, not the earlier scientists
    text = ('Un gruppo di scienziati ha scritto al governo. "La ricerca resti libera", hanno affermato gli '
            'scienziati.\n\nI firmatari hanno anche insistito sulla prudenza.\n\n"Non c\'è emergenza", '
            'hanno osservato.')
    assert quotes_of(text, "it")[-1][1] == "I firmatari"


def test_a_day_set_off_by_commas_after_the_verb_is_skipped():
    text = "„Wir lehnen das ab“, erklärte heute, Donnerstag, Markus Feld, Sprecher der Fraktion, in Wien."
    assert quotes_of(text, "de")[-1][1:] == ("Markus Feld", "Markus Feld")


def test_a_subject_before_a_prepositional_phrase_ending_in_capitals():
    # `X после встречи министров стран G20 заявил`: not `G20`
    text = ('Глава ведомства Иван Петров после встречи министров иностранных дел стран G7 заявил, что '
            'переговоры идут "в самом разгаре".')
    assert quotes_of(text, "ru")[-1][2] == "Иван Петров"


@pytest.mark.parametrize("text, quoted", [
    # marks spaced on both sides, either way round (French typing): `” … “`, `» … «`
    ("Paul Roux a jugé la situation ” préoccupante “. Puis il est parti.", " préoccupante "),
    ("Elle lutte depuis des années. » Je ferai mon devoir. « nous a confié Claire.", " Je ferai mon devoir. "),
])
def test_reversed_spaced_marks_still_quote(text, quoted):
    assert [q[0] for q in quotes_of(text, "fr")] == [quoted]


def test_english_spaced_marks_are_left_as_they_were():
    # the reversed reading is for languages that mix marks; in English a spaced ” stays a stray mark
    text = "He called it ” strange “ and left."
    assert [q[0] for q in quotes_of(text, "en")] == []


@pytest.mark.parametrize("text, name", [
    # a Polish adverbial participle (`mówiąc, że`) reports the subject of the verb before it
    ("Podczas szczytu działaczka na rzecz ludności wiejskiej Maria Silva otworzyła Pawilon Rolników, "
     "mówiąc, że \"susza zmieniła wszystko\".", "Maria Silva"),
    ("Nagranie pojawiło się dzień po naradzie, na której Jan Wolski krytykował cła, stwierdzając, że "
     "\"ich autorzy szkodzą sobie\".", "Jan Wolski"),
])
def test_a_polish_participle_reports_the_subject_of_its_clause(text, name):
    assert quotes_of(text, "pl")[-1][2] == name


def test_an_italian_clitic_infinitive_after_a_modal_reports():
    # `Ha voluto ribadirlo: «…»`: the infinitive of saying, its subject dropped
    text = "Il ministro Carlo Neri è intervenuto in aula. Ha voluto ribadirlo con forza: “Non faremo passi indietro”."
    assert quotes_of(text, "it")[-1][1:] == ("Carlo Neri", "Carlo Neri")


@pytest.mark.parametrize("text, lang, speaker", [
    # a body that `expresses` a quoted feeling or position is its source
    ("Il ministro ha chiesto una tregua. Anche la Cina esprime “preoccupazione” per gli sviluppi.", "it", "la Cina"),
    ("Le ministre a demandé une trêve. La Chine exprime aussi sa « préoccupation » face au conflit.", "fr",
     "La Chine"),
])
def test_a_verb_of_expressing_reports(text, lang, speaker):
    assert quotes_of(text, lang)[-1][1] == speaker


def test_an_outlet_in_marks_beside_a_reporting_verb_is_a_name():
    # `– pisze "SZ"`, `– podsumowuje "Berliner Zeitung"`: the outlet speaks, it is not quoted;
    # a one-word answer after a verb stays a quotation
    text = ("Wiadomość dnia\n\nKrótki wstęp.\n\nRosja gra gazem – zaznacza \"SZ\". Problem nie maleje – "
            "podsumowuje \"Berliner Zeitung\". Kowalski powiedział \"Nie\".")
    assert [(q.text, q.speaker) for q in extract_quotes(text, "pl")] == [("Nie", "Kowalski")]
