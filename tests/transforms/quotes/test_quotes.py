"""Tests for newsbeam.transforms.quotes: mark scanning, attribution patterns, speaker resolution.

Unit tests use short sentences written for these tests; the seed article and the
PolNeAR slice are read from ../shared through tests.shared_data only.
"""
from __future__ import annotations

import time

import pytest

from newsbeam_dev.evaluation import REPO, evaluate_rows, read_jsonl, require_shared, write_gold_slice
from newsbeam.transforms.quotes import Quote, extract_quotes, scan_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s:e] for _, s, e, _ in scan_quote_spans(text)]


def speakers(text: str, lang: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_name) for q in extract_quotes(text, lang)]


# ---------------------------------------------------------------- quotation marks
@pytest.mark.parametrize("text, expected", [
    ('He said "yes" today.', ["yes"]),
    ("He said “yes” today.", ["yes"]),
    ("He said ‘yes’ today.", ["yes"]),
    ("Il a dit « oui » hier.", [" oui "]),
    ("Er sagte „ja“ gestern.", ["ja"]),
    ("Er sagte ‚ja‘ gestern.", ["ja"]),
    ("Er sagte »ja« gestern.", ["ja"]),
    ("Il a dit ‹ oui › hier.", [" oui "]),
    ("彼は「はい」と言った。", ["はい"]),
    ("彼は『はい』と言った。", ["はい"]),
    ("He said 'yes' today.", ["yes"]),
    ("He said ``yes,'' today.", ["yes,"]),
])
def test_every_quotation_style(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ’ between two letters is an apostrophe, even inside a ‘…’ quotation
    ("‘Putin’s aide doesn’t know,’ he said.", ["Putin’s aide doesn’t know,"]),
    ("‘He’s proud and it wasn’t in vain,’ she said.", ["He’s proud and it wasn’t in vain,"]),
    ("It's the '90s and 'em folks' ‘rock’ era.", ["rock"]),
    ("The players’ union called it ‘a disgrace’ today.", ["a disgrace"]),
    ("Hawai‘i is “nice”.", ["nice"]),
])
def test_apostrophes_do_not_end_quotations(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('He said: "They told me \'no way\' twice."', ["They told me 'no way' twice."]),
    ("“She called it ‘absurd’ again,” he said.", ["She called it ‘absurd’ again,"]),
    ("« Il a dit “non” hier », a-t-il ajouté.", [" Il a dit “non” hier "]),
    ("„Er sagte ‚nein‘ dazu“, sagte sie.", ["Er sagte ‚nein‘ dazu"]),
])
def test_nested_quotations_stay_inside_the_outer_one(text, expected):
    assert quoted(text) == expected


def test_quotation_over_several_paragraphs_is_one_quote():
    # «… .\n\n« … .»: where a profile does not end a segment at its reopened mark (French), the
    # paragraphs are one quotation
    text = 'Il a dit :\n\n« Nous gagnerons.\n\n« Et puis nous verrons », a-t-il ajouté.\n\nFin.'
    spans = quoted(text)
    assert len(spans) == 1
    assert spans[0].strip().startswith("Nous gagnerons.") and spans[0].strip().endswith("nous verrons")


def test_marks_reopened_in_each_paragraph_make_one_quote_per_segment():
    # English reopens the marks in each paragraph: one quotation per marked segment (GUIDE.md)
    text = ('He said:\n\n"We will win this.\n\n"We will win the next one too.\n\n'
            '"And then we rest," he added.\n\nThe end.')
    assert quoted(text) == ["We will win this.", "We will win the next one too.", "And then we rest,"]


@pytest.mark.parametrize("text", [
    "", "no quotes here", '"', "“", "‘‘‘", 'a " b " c "', "« « « »", "'" * 50, "“open and never closed",
    "He said “one\n\nand a new paragraph without the mark.", "»«»«", "``", "''''", "'''",
])
def test_unbalanced_marks_degrade_gracefully(text):
    for q in extract_quotes(text):
        assert 0 <= q.char_start <= q.char_end <= len(text)
        assert q.text == text[q.char_start:q.char_end]


def test_two_apostrophes_never_open_a_quotation():
    # '' alone is ambiguous ASCII (inches, seconds, a closer of ``…''): NYT-archive ''…'' is not read
    assert quoted("He said ''yes,'' today. A 6'' pipe.") == []


def test_straight_single_quotes_count_only_without_double_ones():
    text = "Obama Sees 'Personal Insult'\n\n\"We will win,\" he said."
    assert [q.text for q in extract_quotes(text)] == ["We will win,"]
    assert [q.text for q in extract_quotes("He said 'yes' today.")] == ["yes"]


@pytest.mark.parametrize("text", [
    "Pence said on CNN’s “State of the Union.”",
    "Sanders told MSNBC's \"Morning Joe\" that nobody would question her.",
    "On this weekend’s broadcast of “Fox News Sunday,” Pence spoke.",
    "Her new documentary “13th” explores prisons.",
    "Rep. Robert C. \"Bobby\" Scott spoke.",
])
def test_titles_and_nicknames_are_not_quotations(text):
    assert extract_quotes(text) == []


def test_stray_opening_mark_does_not_swallow_later_quotes():
    text = 'A stray " mark here.\n\nLater, "a real one," she said.'
    assert quoted(text) == ["a real one,"]


def test_markup_attributes_are_not_quotations():
    assert quoted('<tweet author="someone">Hello "world"</tweet>') == ["world"]


def test_no_hang_on_thousands_of_dropped_subjects():
    text = "".join(f" Marco Rossi{i} parlò. «Sì, è vero», ha detto." for i in range(4000))
    t0 = time.process_time()
    assert len(extract_quotes(text, "it")) == 4000
    assert time.process_time() - t0 < 10


def test_linear_time_on_pathological_input():
    text = ('“a ‘b « c „d ' * 20000) + "x"
    t0 = time.process_time()
    extract_quotes(text)
    extract_quotes('"' * 100000)
    extract_quotes("word " * 200000)
    assert time.process_time() - t0 < 5


@pytest.mark.parametrize("text", [
    " 'a' " * 4000,                                   # one sentence of 4,000 quotations
    'Bush: "x" ' * 4000,
    '\n"Yes," the official said.' * 4000,            # a role resolved 4,000 times
    '\n"Yes," Mr Smith said.' * 4000,                # a surname resolved 4,000 times
    "".join(f' Mr Name{i} Smith{i} spoke. "Yes," he said.' for i in range(4000)),   # 4,000 distinct names
], ids=["stray singles", "labels", "role", "surname", "distinct names"])
def test_no_hang_when_a_text_repeats_a_shape_thousands_of_times(text):
    """Each of these took 15 to 30 s when the work per quotation grew with the quotations before it."""
    assert len(scan_quote_spans(text)) == 4000
    t0 = time.process_time()
    extract_quotes(text, "en")                     # (every one attributed, or found to have no speaker)
    assert time.process_time() - t0 < 10


# ---------------------------------------------------------------- attribution
@pytest.mark.parametrize("text, speaker", [
    ("“We are ready,” Peskov stated.", "Peskov"),
    ("“We are ready,” said a soldier from the Eastern Front.", "a soldier from the Eastern Front"),
    ("“We are ready,” he told reporters.", "he"),
    ("“We are ready,” the official added.", "the official"),
    ("“We are ready,” Josh Earnest, the press secretary, said.", "Josh Earnest"),
    ("“Are we ready?” she asked.", "she"),
    ("Peskov said: “We are ready.”", "Peskov"),
    ("Peskov told a private news outlet that ‘we are ready.’", "Peskov"),
    ("According to Peskov, “we are ready.”", "Peskov"),
    ("“We are ready,” according to Peskov.", "Peskov"),
    ("Trump called the deal “a disaster” on Monday.", "Trump"),
    ("He criticised what he described as a ‘deep personal failure’ of the state.", "he"),
    ("Smith’s claim that “nobody knew” was false.", "Smith"),
    ("One veteran, who wished to remain anonymous, told a reporter that ‘it was hard.’", "One veteran"),
    ("“Boots on the ground” would be needed, Senator Ben Carson said after the attacks.", "Senator Ben Carson"),
    ("„Wir schaffen das“, sagte die Kanzlerin.", "die Kanzlerin"),
    ("„Wir schaffen das“, sagte er.", "er"),
    ("« Nous sommes prêts », a déclaré le ministre.", "le ministre"),
    ("«Мы готовы», — сказал он.", "он"),
    ("«Мы готовы», — заявил министр Иванов.", "министр Иванов"),
    ("«Estamos listos», dijo el ministro.", "el ministro"),
    ("«Siamo pronti», ha detto il ministro.", "il ministro"),
    ("„Jesteśmy gotowi” – powiedział minister.", "minister"),
])
def test_attribution_patterns(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker
    assert text[q.speaker_start:q.speaker_end] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a clause about people in general reports nobody: the participle before it does
    ('Rival Jane Doe had mocked the plan, saying anybody who complains about a microphone '
     '"is not having a good night."', "Rival Jane Doe"),
    # a participle far from the sentence start still reports the sentence's subject
    ('Trump was defensive when he was forced to defend not paying an architect who said he was '
     'stiffed after he designed a clubhouse at one of the golf courses he owns in Florida, saying, '
     '"Maybe he did not do a good job."', "Trump"),
])
def test_participle_reports_the_sentence_subject(text, speaker):
    assert speakers(text, "en")[0][1] == speaker


def test_split_quote_shares_its_speaker():
    text = "‘Words are easy,’ said one reserve officer, ‘but we need to see action.’"
    assert [s for _, s, _ in speakers(text)] == ["one reserve officer"] * 2


def test_following_quote_inherits_the_speaker():
    text = "“We are ready,” she said. “And we will stay ready.”"
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["she", "she"]
    assert qs[0].speaker_start == qs[1].speaker_start


def test_quote_only_paragraph_continues_the_previous_speech():
    text = "“We are ready,” Barkley said.\n\n“Then you have these losers.”"
    assert [s for _, s, _ in speakers(text)] == ["Barkley", "Barkley"]


def test_nested_reported_speech_takes_the_outer_speaker():
    (q,) = extract_quotes("Israel said Clinton described it as “a mistake” in 2012.")
    assert q.speaker == "Israel"


@pytest.mark.parametrize("text, speaker", [
    ("Trump said he’d asked his “people” to look into it.", "Trump"),
    ("Politifact ruled that Trump called it “a lie” again.", "Politifact"),
])
def test_speaker_phrase_is_trimmed(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_colon_paragraph_introduces_the_quote():
    text = "Caddell continued:\n\n“The issue is partisan. It matters.”"
    assert speakers(text)[0][1] == "Caddell"


def test_passive_description_is_not_the_speaker():
    (q,) = extract_quotes("The plan was described as “a disaster” by critics.")
    assert q.speaker == "critics"                 # the passive's agent, not its subject


def test_scare_quotes_and_titles_are_not_quotations():
    # a few words in marks that nobody is said to have said are nobody's words (GUIDE.md)
    assert extract_quotes("The so-called “experts” were wrong.\n\nShe starred in “Apollo 13” long ago.") == []


def test_an_unattributed_full_statement_stays():
    (q,) = extract_quotes("The crowd grew quiet.\n\n“We will not leave until the mine reopens tomorrow.”")
    assert (q.kind, q.speaker) == ("sentence", None)


# ---------------------------------------------------------------- other languages
# (speaker as written, speaker_name) of the last quotation; a name after a job title or
# in apposition is the speaker_name, titles and roles are not part of it.
@pytest.mark.parametrize("text, speaker, name", [
    # German: verb + name after the quote, name + verb + colon before it, V2 inversion, pronouns
    ("„Wir liegen im Zeitplan“, sagte Projektleiterin Anna Becker am Mittwoch.",
     "Projektleiterin Anna Becker", "Anna Becker"),
    ("„Das Geld fehlt“, sagte Martin Vogel vom Fahrgastverband.", "Martin Vogel", "Martin Vogel"),
    ("Anna Becker sagte: „Wir liegen im Zeitplan.“", "Anna Becker", "Anna Becker"),
    ("Am Mittwoch sagte Anna Becker: „Wir liegen im Zeitplan.“", "Anna Becker", "Anna Becker"),
    ("Anna Becker leitet das Projekt. „Wir liegen im Zeitplan“, sagte sie.", "sie", "Anna Becker"),
    ("Martin Vogel kritisiert die Kosten. Dann fügte er hinzu: „Das ist zu teuer.“", "er", "Martin Vogel"),
    ("„Das ist zu teuer“, so der Sprecher des Verbands, Martin Vogel.",
     "der Sprecher des Verbands, Martin Vogel", "Martin Vogel"),
    ("»Wir sind bereit«, erklärte die Ministerin Julia Klein.", "die Ministerin Julia Klein", "Julia Klein"),
    ("„Wir sind bereit“, sagte der Vorsitzende Thomas Maier den Zeitungen.",
     "der Vorsitzende Thomas Maier", "Thomas Maier"),
    # French: guillemets, inverted pronouns glued to the verb, apposition
    ("« Nous sommes prêts », a déclaré Claire Dubois, présidente de l’association.",
     "Claire Dubois", "Claire Dubois"),
    ("Claire Dubois a déclaré : « Nous sommes prêts. »", "Claire Dubois", "Claire Dubois"),
    ("Julien Marchand était là. « Nous sommes prêts », a-t-il déclaré.", "il", "Julien Marchand"),
    ("Claire Dubois était là. « Nous sommes prêts », ajoute-t-elle.", "elle", "Claire Dubois"),
    ("Julien Marchand était là. « Nous sommes prêts », dit-il.", "il", "Julien Marchand"),
    ("« Nous sommes prêts », a affirmé le maire, Julien Marchand.", "le maire, Julien Marchand", "Julien Marchand"),
    ("« C’est une bonne nouvelle », a ajouté un boulanger installé depuis 1998.",
     "un boulanger installé", "un boulanger installé"),
    # Spanish
    ("«Los vecinos han respondido», afirmó la concejala de Medio Ambiente, Lucía Fernández.",
     "la concejala de Medio Ambiente, Lucía Fernández", "Lucía Fernández"),
    ("Lucía Fernández afirmó: «Los vecinos han respondido.»", "Lucía Fernández", "Lucía Fernández"),
    ("Lucía Fernández habló el lunes. «Estamos listos», dijo ella.", "ella", "Lucía Fernández"),
    # a verb whose subject is dropped continues the person last spoken of: that mention is the speaker
    ("Pedro Sánchez habló el lunes. «Estamos listos», dijo.", "Pedro Sánchez", "Pedro Sánchez"),
    ("«Estamos listos», dijo el ministro de Economía Carlos Ruiz.",
     "el ministro de Economía Carlos Ruiz", "Carlos Ruiz"),
    ("«Estamos listos», según el ministro.", "el ministro", "el ministro"),
    # Italian
    ("«È un risultato», ha dichiarato la direttrice Giulia Romano.", "la direttrice Giulia Romano", "Giulia Romano"),
    ("Giulia Romano ha dichiarato: «È un risultato.»", "Giulia Romano", "Giulia Romano"),
    ("Giulia Romano ha parlato ieri. «È un risultato», ha detto.", "Giulia Romano", "Giulia Romano"),
    ("«È un risultato», ha detto il sindaco Marco Bianchi.", "il sindaco Marco Bianchi", "Marco Bianchi"),
    # Russian: guillemets and dash, inverted verb-subject, pronouns
    ("«Мы долго готовили постановку», — сказала художественный руководитель театра Ольга Смирнова.",
     "художественный руководитель театра Ольга Смирнова", "Ольга Смирнова"),
    ("«Зал был полон», — рассказал зритель Игорь Петров.", "зритель Игорь Петров", "Игорь Петров"),
    ("Ольга Смирнова сказала: «Мы готовы».", "Ольга Смирнова", "Ольга Смирнова"),
    ("Игорь Петров пришёл на премьеру. «Мы готовы», — сказал он.", "он", "Игорь Петров"),
    ("Ольга Смирнова выступила. «Мы готовы», — сказала она.", "она", "Ольга Смирнова"),
    ("«Мы готовы», — заявил министр Иванов в понедельник.", "министр Иванов", "Иванов"),
    # Polish: „…” and a dash; a bare verb whose ending gives the speaker's gender
    ("„To największa inwestycja” – powiedział wiceprezydent Piotr Nowak.", "wiceprezydent Piotr Nowak", "Piotr Nowak"),
    ("Piotr Nowak powiedział: „To największa inwestycja.”", "Piotr Nowak", "Piotr Nowak"),
    ("Anna Kowalska i Piotr Nowak byli obecni. „To największa inwestycja” – powiedziała.",
     "Anna Kowalska", "Anna Kowalska"),
    ("Piotr Nowak był obecny. „To największa inwestycja” – powiedział on.", "on", "Piotr Nowak"),
])
def test_other_languages(text, speaker, name):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_name) == (speaker, name)
    assert text[q.speaker_start:q.speaker_end] == speaker


def test_a_bare_verb_with_nobody_before_it_has_no_speaker():
    (q,) = extract_quotes("„To największa inwestycja” – powiedział.")
    assert (q.speaker, q.speaker_name) == (None, None)


@pytest.mark.parametrize("text, lang", [
    ("Der Präsident kam. Zum letzten Punkt fügte er hinzu: „Wir bleiben.“", "de"),
    ("Die Lage ist ernst. Deshalb müsse man „sofort handeln“.", "de"),
])
def test_german_capitals_are_not_names(text, lang):
    # every German noun is capitalised: `Punkt` is no person for `er`, `Deshalb` no speaker
    assert all(q.speaker_name not in ("Punkt", "Präsident", "Deshalb") for q in extract_quotes(text, lang))


# ---------------------------------------------------------------- resolution
def test_surname_resolves_to_full_name():
    text = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“We are ready,” Peskov said."
    assert speakers(text)[0][2] == "Dmitry Peskov"


def test_pronoun_resolves_to_last_compatible_person():
    text = ("Hillary Clinton met Donald Trump on Monday. “It went well,” she said. "
            "“It went badly,” he said.")
    assert [n for _, _, n in speakers(text)] == ["Hillary Clinton", "Donald Trump"]


def test_description_resolves_to_the_last_named_speaker():
    text = ("“We are ready,” said Dmitry Peskov, the Kremlin spokesman.\n\n"
            "The plan, the official added, is ‘a long-term play.’")
    assert [n for _, _, n in speakers(text)] == ["Dmitry Peskov", "Dmitry Peskov"]


@pytest.mark.parametrize("text, names", [
    ("Foreign Minister Anna Weber arrived.\n\n“We are ready,” the minister said.\n\n"
     "Later, Finance Minister Jan Kowalski spoke.\n\n“We are not,” the minister said.\n\n"
     "“Neither are we,” the minister said.", ["Anna Weber", "Jan Kowalski", "Jan Kowalski"]),
    ("John Smith spoke first.\n\n“Yes,” Smith said.\n\nThen Jane Smith spoke.\n\n"
     "“No,” Smith said.\n\n“Maybe,” Smith said.", ["John Smith", "Jane Smith", "Jane Smith"]),
], ids=["role", "surname"])
def test_each_mention_resolves_to_the_nearest_matching_name(text, names):
    assert [n for _, _, n in speakers(text)] == names


def test_relative_pronoun_resolves_to_its_antecedent():
    text = "This was echoed by others, who described it as a ‘much-needed reminder.’"
    ((_, spk, name),) = speakers(text)
    assert (spk, name) == ("who", "others")


@pytest.mark.parametrize("speaker", ["a defense industry official", "one veteran", "A senior diplomat"])
def test_anonymous_sources_stay_as_written(speaker):
    text = f"Vladimir Putin spoke.\n\n“It is a strategic play,” said {speaker}."
    ((_, spk, name),) = speakers(text)
    assert spk == name == speaker


def test_pronoun_after_an_anonymous_speaker_refers_to_them():
    text = ("“We waited,” said Councillor Maria Okafor.\n\nOkafor told reporters it was late.\n\n"
            "“It was promised before,” said a local shop owner, who asked not to be named. "
            "He described the plan as a ‘last chance’ for the bridge.")
    assert [n for _, _, n in speakers(text)] == ["Maria Okafor", "a local shop owner", "a local shop owner"]


def test_pronoun_refers_to_a_name_in_apposition():
    text = ("“She trains daily,” said her coach, Daniel Hughes.\n\n"
            "The defending champion, Tomasz Wiśniewski, congratulated his opponent. "
            "He said the final was “the hardest game I have played this year.”")
    assert speakers(text)[-1][1:] == ("He", "Tomasz Wiśniewski")


@pytest.mark.parametrize("text, name", [
    ("“We are ready,” said Councillor Maria Okafor.", "Maria Okafor"),
    ("“We are ready,” said Kremlin press secretary Dmitry Peskov.", "Dmitry Peskov"),
    ("“We are ready,” said Dr. Helen Park.", "Helen Park"),
    ("President Vladimir Putin said: “We are ready.”", "Vladimir Putin"),
])
def test_titles_are_not_part_of_the_name(text, name):
    (q,) = extract_quotes(text)
    assert q.speaker_name == name


def test_quote_fields_are_consistent():
    text = "Kremlin spokesman Dmitry Peskov spoke. “We are ready,” he said."
    (q,) = extract_quotes(text)
    assert isinstance(q, Quote)
    assert q.text == text[q.char_start:q.char_end] == "We are ready,"
    assert q.kind == "sentence"
    assert (q.speaker, q.speaker_name) == ("he", "Dmitry Peskov")


# ---------------------------------------------------------------- the project's own samples
SAMPLES = REPO / "samples"
SAMPLE_SPEAKERS = {
    "fr-marche-001": ["Claire Dubois", "Claire Dubois", "un boulanger installé"],
    "de-bahn-002": ["Anna Becker", "Anna Becker", "Martin Vogel"],
    "ru-teatr-003": ["Ольга Смирнова", "Игорь Петров"],
    "es-agua-004": ["Lucía Fernández", "Lucía Fernández"],
    "pl-rower-005": ["Piotr Nowak", "Piotr Nowak"],
    "it-museo-006": ["Giulia Romano", "Giulia Romano"],
    "chess-final": ["Priya Raman", "Priya Raman", "Daniel Hughes", "Daniel Hughes", "Tomasz Wiśniewski"],
    "harbour-bridge": ["Maria Okafor", "Maria Okafor", "a local shop owner", "a local shop owner"],
    "storm-warning": ["Helen Park", "Helen Park"],
}


def _sample_texts() -> dict[str, str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (SAMPLES / "articles").glob("*.txt")}
    for row in read_jsonl(SAMPLES / "feeds" / "europe.jsonl"):
        texts[row["id"]] = row["text"]
    return texts


@pytest.mark.parametrize("article_id", sorted(SAMPLE_SPEAKERS))
def test_sample_articles(article_id):
    qs = extract_quotes(_sample_texts()[article_id])
    assert [q.speaker_name for q in qs] == SAMPLE_SPEAKERS[article_id]


# ---------------------------------------------------------------- real data
SEED_SPEAKERS = [
    "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Vladimir Putin", "one veteran", "others",
    "Vladimir Putin", "Vladimir Putin", "a defense industry official", "Vladimir Putin",
    "one reserve officer", "one reserve officer", None, "a soldier from the Eastern Front",
    "a soldier from the Eastern Front",
]


def test_seed_article():
    text = (require_shared() / "corpora" / "seed" / "svo-meetings.txt").read_text(encoding="utf-8")
    qs = extract_quotes(text, "en")
    assert len(qs) == 15
    got = [(q.speaker_name or "").lower() or None for q in qs]
    expected = [s.lower() if s else None for s in SEED_SPEAKERS]
    # the 13th (‘always with his people,’ a phrase used in state media) may be None or state media
    assert got[:12] == expected[:12] and got[13:] == expected[13:]
    assert got[12] in (None, "state media")
    assert [q.kind for q in qs][1] == "phrase"
    for q in qs:
        assert "’" not in q.text[-1:] and q.text == text[q.char_start:q.char_end]


# Floors just under the scores on the first 30 polnear-dev articles (F1 0.943, speaker
# accuracy 0.905, joint F1 0.848 after issue 13's English round); a drop fails CI.
FLOORS = {"f1": 0.94, "speaker_accuracy": 0.895, "joint_f1": 0.84}


@pytest.mark.quality
def test_polnear_dev_slice_does_not_regress(tmp_path):
    from newsbeam_dev.evaluation import quote_rows
    gold_dir = require_shared() / "eval" / "quotes-polnear-dev"
    articles = read_jsonl(gold_dir / "articles.jsonl", limit=30)
    sliced = write_gold_slice(gold_dir, tmp_path / "gold", {a["id"] for a in articles})
    res = evaluate_rows("quotes", sliced, quote_rows(articles), tmp_path / "out")
    assert res["quote_prf"][2] >= FLOORS["f1"], res
    assert res["speaker_accuracy_on_matches"] >= FLOORS["speaker_accuracy"], res
    assert res["quote_and_speaker_f1"] >= FLOORS["joint_f1"], res
