"""Error classes of Italian and Polish quotations (round 9 of issue 13): the retired held-out sets
(`tests/data/quotes-multinews-blind` and `-final` ... `-final6`) read for their errors.

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

LEAD = "Una notizia\n\nUn primo paragrafo senza citazioni.\n\n"   # the quotation is not in a title line


def quotes_of(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_name) for q in extract_quotes(LEAD + text, lang)]


@pytest.mark.parametrize("text, lang", [
    # a few words in marks in a sentence with no word of saying: a term, a label, scare quotes
    ("Il ministero dell’Interno ha diramato una “guida” per i prefetti.", "it"),
    ("Le autorità hanno spostato due quartieri da «zona rossa» a «zona gialla».", "it"),
    ("Il sindaco ha bisogno di alleati, di figure come «il mastino del consiglio».", "it"),
    ("Minister od początku kadencji był „hamulcowym” wszystkich reform.", "pl"),
    ("Jednocześnie Kowalski „ucieka do przodu” z nowymi podatkami.", "pl"),
    ("Zastąpienie Lidla i Rossmanna lokalnymi „zamiennikami” jest tylko „fasadą” zmian.", "pl"),
    ("Il direttore Luca Bassi per “il Quotidiano”", "it"),
])
def test_a_few_words_with_no_word_of_saying_are_no_quotation(text, lang):
    assert quotes_of(text, lang) == []


@pytest.mark.parametrize("text, lang, speaker", [
    # the same few words after a verb of saying, a verb of naming or a clause of reported content
    ("Il sindaco Paolo Neri ha ribadito più volte in consiglio che il progetto resta «una priorità».", "it",
     "Paolo Neri"),
    ("Il senatore Marco Riva ha visitato la fabbrica, definendolo un “onore” per la sua regione.", "it",
     "Marco Riva"),
    ("Poseł Adam Nowak powtarzał w Sejmie, że kraj potrzebuje „normalności”.", "pl", "Adam Nowak"),
])
def test_a_few_words_after_a_word_of_saying_keep_their_speaker(text, lang, speaker):
    got = quotes_of(text, lang)
    assert len(got) == 1 and got[0][2] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    # verbs of reporting (`podała`, `odpowiadała`) with a clause of reported content
    ("Policja podała, że padły strzały „w kierunku patrolu, ale nikt nie został ranny”.", "pl", "Policja"),
    ("Komisja odpowiadała, że „krótkich wiadomości nie archiwizuje”.", "pl", "Komisja"),
])
def test_a_body_reports_with_a_verb_of_reporting(text, lang, speaker):
    assert quotes_of(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, name", [
    # a phrase of time opens the clause and the subject is dropped: the person the text is about
    ("Kurator oświaty Barbara Wilk znów zabrała głos. Parę dni temu napisała na Twitterze: „Szok! "
     "Uczelnia zmienia się w coś dziwnego i nikt nie reaguje!”.", "pl", "Barbara Wilk"),
    ("La presidente della Camera Anna Bellini ha incontrato il premier. All’epoca aveva dichiarato che il "
     "governo resterà “fino a quando non sarà approvata la riforma”.", "it", "Anna Bellini"),
])
def test_a_phrase_of_time_opening_a_pro_drop_clause_is_no_speaker(text, lang, name):
    assert quotes_of(text, lang)[-1][2] == name


@pytest.mark.parametrize("text, lang", [
    # `Il direttore …, X, ha detto` in a pro-drop language: the name in apposition, as elsewhere
    ("Il direttore dell’ospedale, Marco Gatti, ha poi aggiunto che «la situazione è sotto controllo».", "it"),
    ("Ieri il direttore, Marco Gatti, ha detto: «La situazione è sotto controllo e i pazienti stanno bene».", "it"),
    ("Rzecznik szpitala, Marco Gatti, powiedział, że „sytuacja jest pod kontrolą”.", "pl"),
])
def test_a_name_in_apposition_in_a_pro_drop_clause_is_the_speaker(text, lang):
    assert quotes_of(text, lang)[-1][1:] == ("Marco Gatti", "Marco Gatti")


@pytest.mark.parametrize("text, name", [
    # the Italian cleft: `è stato X a dire`, `A dirlo è stato X:`
    ("È stato Paolo Neri a spiegare che «non ci sono soldi per tutti».", "Paolo Neri"),
    ("A dirlo è stato il ministro Paolo Neri: «Non ci sono soldi per tutti e bisogna scegliere».", "Paolo Neri"),
])
def test_the_speaker_a_cleft_puts_in_focus(text, name):
    assert quotes_of(text, "it")[-1][2] == name


def test_a_copula_with_a_participle_is_no_cleft():
    assert quotes_of("Il governo è stato costretto a rinviare la «riforma del catasto».", "it") == []


@pytest.mark.parametrize("text, lang", [
    # a dropped subject after the quotation, a phrase of place or time after the verb: the person the
    # text is about, not a name in an oblique case (`z prezydentem Władimirem Putinem`)
    ("Premier Jan Kowal spotkał się w piątek z prezydentem Władimirem Putinem. „Rozmowa była bardzo "
     "trudna, ale na pewno potrzebna” – powiedział po spotkaniu.", "pl"),
    ("Premier Jan Kowal spotkał się w piątek z prezydentem Władimirem Putinem. „Rozmowa była bardzo "
     "trudna, ale na pewno potrzebna” – powiedział w rozmowie z dziennikarzami.", "pl"),
])
def test_a_dropped_subject_before_a_phrase_of_place_is_the_person_talked_about(text, lang):
    assert quotes_of(text, lang)[-1][2] == "Jan Kowal"


def test_a_description_set_off_by_commas_after_a_name_keeps_the_name():
    text = ("Stefano Dal Pozzo, portavoce del segretario generale Luca Ferri, ha sottolineato che Ferri "
            "“resta impegnato con tutte le parti nel negoziato”.")
    assert quotes_of(text, "it")[-1][2] == "Stefano Dal Pozzo"


def test_a_dropped_subject_nobody_resolves_goes_to_the_sentence_before():
    # `"…", ha detto ai giornalisti.` after a sentence that reports its source (a passive agent)
    text = ("La presa della città è stata poi confermata da Vitaly Kiselev, viceministro degli Interni. "
            "\"La città è sotto il nostro controllo\", ha detto ai giornalisti.")
    assert quotes_of(text, "it")[-1][2] == "Vitaly Kiselev"


@pytest.mark.parametrize("text, lang, name", [
    # verbs of saying: `svelare`, `potępić` (a body condemning in the speaker's own words)
    ("Il senatore Marco Riva ha svelato il viaggio dopo aver “appena lasciato” la capitale.", "it", "Marco Riva"),
    ("Minister Jan Kowal potępił blokady dróg i „ostrzelanie patrolu przez uzbrojone osoby”.", "pl", "Jan Kowal"),
])
def test_more_verbs_of_saying(text, lang, name):
    assert quotes_of(text, lang)[-1][2] == name


def test_a_title_after_a_prepositional_phrase_opens_the_subject():
    # `Pytana o to przez dziennikarzy pani senator stwierdziła`: the senator speaks, not the journalists
    # nor the person of the sentence before
    text = ("Kandydatura Lidii Staroń przepadła w głosowaniu. Pytana o to przez dziennikarzy pani senator "
            "stwierdziła: „Nie żałuję, bardzo się cieszę, że byłam kandydatem”.")
    assert quotes_of(text, "pl")[-1][1] == "pani senator"


def test_a_few_words_whose_speaker_is_a_relative_standing_for_nobody_are_no_quotation():
    # `„doktryny X”, która mówi, że polskie „wolne sądy”`: the relative stands for a thing, the marks scare
    text = "Czy to nie jest namiastka tzw. „doktryny Kowala”, która mówi, że polskie „wolne sądy” nie ruszą „swoich”?"
    assert quotes_of(text, "pl") == []
