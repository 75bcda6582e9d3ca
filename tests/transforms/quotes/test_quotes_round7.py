"""Speaker error classes found on `tests/data/quotes-multinews-7.jsonl` (round 7 of issue 13).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

import pytest

from transforms.quotes import extract_quotes

LEAD = "Eine Meldung\n\nEin erster Absatz ohne Zitat.\n\n"   # the quotation is not in a title line


def quotes_of(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_name) for q in extract_quotes(LEAD + text, lang)]


@pytest.mark.parametrize("text, lang, speaker, name", [
    # a quotation that goes on with the last speaker's report is credited to the nearest mention of
    # them: the role the text gave them (`Bundeskanzler X` ... `Der Kanzler betonte`), or the
    # pronoun inverted after a verb (`Bedenklich findet sie`), while the name stays theirs
    ("Bundeskanzler Olaf Brenner sprach in Berlin. „Wir stehen an der Seite der Partner“, sagte Brenner.\n\n"
     "Es gebe Grenzen. Der Kanzler betonte, man müsse zuhören. Solche Gespräche hätten aber Grenzen: "
     "„Das weigere ich mich zu tun.“", "de", "Der Kanzler", "Olaf Brenner"),
    ("Die Abgeordnete Petra Lindner kritisiert das Gesetz. „Das ist ein Fehler“, sagte Lindner.\n\n"
     "Bedenklich findet sie, dass man es den Plattformen überlasse, „mit ihren Regeln die Wahrheit zu "
     "definieren“.", "de", "sie", "Petra Lindner"),
])
def test_a_continued_report_names_the_nearest_mention_of_its_speaker(text, lang, speaker, name):
    assert quotes_of(text, lang)[-1][1:] == (speaker, name)


def test_a_role_from_another_clause_is_not_the_speaker():
    # the role must be one the text gave that person (a title before the name, an apposition after it)
    text = ("Petra Lindner sprach lange. „Das ist ein Fehler“, so Lindner. Die Regierung habe versagt. "
            "„Wir geben nicht auf.“")
    assert quotes_of(text, "de")[-1][2] == "Petra Lindner"
    assert quotes_of(text, "de")[-1][1] != "Die Regierung"


@pytest.mark.parametrize("text, lang, name", [
    # a calendar date between the verb and its inverted subject (`a lancé le 23 avril le président X`)
    ("Le ministre a parlé hier. « Nous allons gagner », a lancé le 23 avril le président Pavel Orlik lors "
     "d'une conférence.", "fr", "Pavel Orlik"),
    ("«Non siamo pronti», ha detto il 5 maggio il presidente della Regione, Carlo Neri.", "it", "Carlo Neri"),
    ("„Nie jesteśmy gotowi” – powiedział 5 maja minister Jan Nowak.", "pl", "Jan Nowak"),
])
def test_a_date_before_the_inverted_subject_is_skipped(text, lang, name):
    assert quotes_of(text, lang)[0][2] == name


def test_an_adverb_and_a_gerund_after_the_verb_leave_the_subject_dropped():
    # `ha detto quasi puntando l'indice`: no subject follows, the verb goes on with the last speaker
    text = ("«Le dichiarazioni sono indecenti», ha detto il presidente Marco Ferri. «Tu non sei stato eletto», "
            "ha detto quasi puntando l'indice.")
    assert quotes_of(text, "it")[1][2] == "Marco Ferri"


def test_a_place_after_a_reflexive_possessive_is_not_the_subject():
    # `X в своем Telegram-канале заявил`: the channel is where X said it (`своем`, any case of `свой`)
    text = "Журналист Иван Петров в своем Telegram-канале заявил, что «в операции были задействованы две машины»."
    assert quotes_of(text, "ru")[0][1:] == ("Журналист Иван Петров", "Иван Петров")


def test_a_plural_verb_goes_on_with_a_group_of_members_of_parliament():
    # `– piszą parlamentarzyści. „…” – dodają.`: the plural dropped subject is the group named before
    text = ("Posłowie złożyli interpelację. „Program jest potrzebny, ale nie ma woli jego realizacji” - piszą "
            "parlamentarzyści. „Można zaobserwować chaos” - dodają.")
    assert [q[1] for q in quotes_of(text, "pl")] == ["parlamentarzyści", "parlamentarzyści"]


def test_a_dropped_subject_goes_on_with_the_speaker_not_a_name_later_in_their_clause():
    # `«…», ha detto il ministro durante l'incontro con X. «…», ha aggiunto.`: X is in the speaker's own
    # reporting clause; the verb that drops its subject goes on with the speaker
    text = ("Il ministro Luca Verdi ha parlato a lungo. «La riforma è pronta», ha detto il ministro durante "
            "l'incontro con il collega Marco Bianchi. «La voteremo presto», ha aggiunto.")
    assert quotes_of(text, "it")[1][1:] == ("il ministro", "Luca Verdi")


@pytest.mark.parametrize("text, speaker", [
    # a verb of quoting before a colon: the one quoted speaks, not the outlet that quotes them
    ("Il quotidiano cita una fonte dei servizi segreti: «La situazione è grave e peggiora ogni giorno».",
     "una fonte dei servizi segreti"),
    # a text that speaks as the inverted subject right before the colon (`E prosegue l'articolo:`)
    ("Il quotidiano scrive molte cose. E prosegue l'articolo: «La situazione è grave e peggiora ogni giorno».",
     "l'articolo"),
])
def test_a_colon_introduction_by_a_quoting_verb_or_a_text(text, speaker):
    assert quotes_of(text, "it")[0][1] == speaker


def test_a_compound_role_resolves_to_the_person():
    # `so der CDU-Chef`: a role compound (`CDU-Chef` ends in the role `Chef`) names the person the
    # text is about, and the quotations after it that go on with the speech keep that name
    text = ("„Schöner Mist!“ – Holz ärgert sich über Gäste\n\nBerlin - Seit Tagen wird Karl Holz, der mit "
            "seinem Flugzeug nach Hause will, von Gästen belästigt.\n\n„Überall stehen sie herum“, so der "
            "CDU-Chef gereizt. „Weg da vorne!“")
    got = [(q.speaker, q.speaker_name) for q in extract_quotes(text, "de")]
    assert got[1:] == [("der CDU-Chef", "Karl Holz"), ("der CDU-Chef", "Karl Holz")]


def test_a_quoting_verb_names_the_role_it_quotes_after_the_outlet():
    # `», – цитирует <outlet> американского аналитика`: the outlet quotes, the analyst speaks
    text = ("Аналитик опубликовал колонку. \"Европа должна защищать себя сама, а не полагаться на других\", "
            "- цитирует Новая Газета американского аналитика.")
    assert quotes_of(text, "ru")[0][1] == "американского аналитика"


def test_a_participle_phrase_before_the_inverted_subject_is_skipped():
    # `– napisał słynący z krótkich wpisów X.`: the participle describes the subject that closes the clause
    text = "„Bycie mamą jest tak samo ważne jak kariera” – napisał słynący z krótkich wpisów Marek Nowak."
    assert quotes_of(text, "pl")[0][1:] == ("Marek Nowak", "Marek Nowak")
