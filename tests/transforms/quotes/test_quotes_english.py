"""English attribution: each class of error found on PolNeAR's train set, held by a sentence written for it.

The sentences are invented (they only reproduce the construction). The classes were found on
train only (`benchmarks/eval_quotes.py ../shared/eval/quotes-polnear-train --errors N`); dev
checks that each fix generalises.
"""
from __future__ import annotations

import pytest

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


def test_a_bare_reporting_clause_after_a_full_stop_names_the_speaker():
    # `“….” Brandt said.`: the clause's full stop is carried by its last word
    text = "The senator spoke in Ohio. “We will win this state and the next one.” Brandt said. Then he left."
    assert attributed(text) == [("We will win this state and the next one", "Brandt", "Brandt")]


def test_a_plural_subject_is_not_read_as_a_verb():
    # `the union leaders wrote`: `leaders` ends like a verb, but the verb is `wrote`
    text = "The strike went on. “We demand a fair wage for every worker,” the union leaders wrote in a letter."
    assert attributed(text) == [("We demand a fair wage for every worker", "the union leaders", "the union leaders")]


def test_introductory_phrases_are_read_past_to_the_subject():
    # `Hours later, she …`, `Shortly after …, Garner’s …`: a phrase of time before the subject
    text = ("The vote ended at noon. Hours later, Wendy Garner issued a statement calling on the state "
            "“to protect every voter from threats at home.”")
    assert attributed(text) == [("to protect every voter from threats at home", "Wendy Garner", "Wendy Garner")]
    text = ("The vote ended at noon. Shortly after the count, Wendy Garner said the result was "
            "“a victory for every family in the state.”")
    assert attributed(text)[0][1] == "Wendy Garner"


def test_the_outlet_relaying_a_report_is_the_source():
    # `,” Lund said, according to the Harbor Times.`: English annotation credits the relay,
    # and the quotation continuing that speech inherits it
    text = ("The mayor spoke late. “We will reopen the pier in May,” Lund said, according to the Harbor Times. "
            "“Nobody should lose a summer over this.” The council meets Friday.")
    assert [q[1] for q in attributed(text)] == ["the Harbor Times", "the Harbor Times"]
    # `, reports X.` at the end of the clause relays it too; an object (`told AFP`) does not
    text = "“We will reopen the pier,” said Ida Lund, the harbor master, reports the Harbor Times."
    assert attributed(text)[0][1] == "the Harbor Times"
    text = "“We will reopen the pier,” Ida Lund, the harbor master, told AFP."
    assert attributed(text)[0][1] == "Ida Lund"
    # a sentence opened by `According to X,` relays whatever its subject says
    text = "According to the Harbor Times, Lund said the pier was “a total loss” after the storm."
    assert attributed(text)[0][1] == "the Harbor Times"
    text = "Lund, according to the harbor master, said the pier was “a total loss” after the storm."
    assert attributed(text)[0][1] == "Lund"


def test_other_languages_keep_the_reporting_speaker():
    # the multilingual annotation takes the closest mention: the speaker, not the relay
    text = "«Riapriremo il molo a maggio», ha detto Lund, secondo il Corriere del Porto."
    assert extract_quotes(text, "it")[0].speaker == "Lund"


def test_an_unlisted_verb_after_the_quotation_still_reports_it():
    # `!” beamed Tom Hartley of Dayton`, `,” Lund fumed on Tuesday`: the verb is not a verb of
    # saying, but a name right after the closing mark (its comma inside the marks) speaks
    text = "The crowd cheered. “This is a great night!” beamed Tom Hartley of Dayton, who had come early."
    assert attributed(text) == [("This is a great night!", "Tom Hartley", "Tom Hartley")]
    text = "The crowd cheered. “We will win this state by ten points,” Lund fumed yesterday."
    assert attributed(text)[0][1] == "Lund"


def test_words_judging_someones_remarks_belong_to_the_judge():
    # `the council said Garner’s remarks were “…”`: the quotation judges the remarks; the one
    # who says so speaks. Right before the quotation (`Garner’s claim that “…”`) the owner speaks.
    text = "The vote ended. The town council said on Monday that Garner’s remarks were “based on opinion, not facts.”"
    assert attributed(text)[0][1] == "The town council"
    text = "The vote ended. Ada Garner’s claim that “nobody voted twice” was false."
    assert attributed(text)[0][2] == "Ada Garner"


@pytest.mark.parametrize("text", [
    # a capitalised adverb or a headline in capitals opening the sentence
    "Typically the “smart money” stays home in a storm like this one.",
    "VOTERS CARE MORE ABOUT “GRIT” THAN POLICY, a new survey of Ohio finds.",
    # a function word opening the sentence (`Just click …`, `Were they …?`)
    "Just click the link and press “sign up” to join the list.",
    "Were they too “soft on crime” or not soft enough?",
    # a subject the quotation cuts short (`The notion of “…”`, `A “…” ad`)
    "The notion of “quiet nights” is gone for good in this town.",
    "A “Stop the dam” ad ran all week in the valley.",
])
def test_no_one_speaks_where_the_sentence_names_no_one(text):
    assert [q.speaker for q in extract_quotes(text, "en")] in ([], [None])


def test_a_subject_after_an_introductory_phrase_or_in_full_still_speaks():
    # `Even before …,` opens a phrase, and the subject comes after its comma; a whole
    # described subject is still the last resort's speaker
    text = "Even before the count ended, Wendy Garner called the result “a victory for every family.”"
    assert attributed(text)[0][1] == "Wendy Garner"
    text = "The town council showed it was “sound asleep” for an hour."
    assert attributed(text)[0][1] == "The town council"


def test_a_statement_after_a_sentence_that_reports_someone_goes_on_with_it():
    # `Lund praised the plan on Monday. “…”`: a full statement opening its own sentence, with no
    # cue of its own, continues the report just before it
    text = ("Mayor Ida Lund praised the harbor plan on Monday. "
            "“We need someone who will fix the pier before the summer comes.” The council votes Friday.")
    assert attributed(text) == [("We need someone who will fix the pier before the summer comes", "Mayor Ida Lund", "Ida Lund")]
    # a few words do not: they need a cue of their own
    text = "Mayor Ida Lund praised the harbor plan on Monday. “Pier first” signs went up at noon."
    assert [q.speaker for q in extract_quotes(text, "en")] in ([], [None])


def test_a_text_that_reads_after_the_quotation_is_its_source():
    # `,” the statement read.`, `,” read the statement.`: `read` reports only right there
    text = "The board met Monday. “We will cut the budget by a third this year,” the statement read. The board left."
    assert attributed(text)[0][1] == "the statement"
    text = "The board met Monday. “We will cut the budget by a third,” read the statement. “Nobody will lose a job.”"
    assert [q[1] for q in attributed(text)] == ["the statement", "the statement"]
    # elsewhere `read` is no verb of saying: a title someone reads is nobody's words
    assert [q.cue for q in extract_quotes("She read “Ada Lund’s Harbor” twice last summer.", "en")] != ["before_quote"]


def test_a_headline_speaker_keeps_their_title_out_of_the_way():
    # `Dr. Ida Lund: Harbor Plan ‘Not Fit For Purpose.’`: the name after the title speaks
    text = "Dr. Ida Lund: Harbor Plan ‘Not Fit For Purpose.’ The mayor spoke on Monday."
    assert attributed(text) == [("Not Fit For Purpose", "Ida Lund", "Ida Lund")]


def test_a_relative_pronoun_past_an_adverbial_is_the_closest_mention():
    # `Marsh, who in the past described X as “…”`: the mention is `who`, the name Glenn Marsh
    text = "The show aired late. Glenn Marsh, who has in the past described the mayor as “a narcissist,” meant it."
    assert attributed(text) == [("a narcissist", "who", "Glenn Marsh")]


def test_a_statement_someone_issued_is_theirs():
    # `X issued a statement (on Friday) saying “…”`: the participle reports whoever issued the
    # statement, not the statement itself nor the day
    text = "The harbour board issued a statement on Friday saying the new pier was “a waste of public money.”"
    assert attributed(text) == [("a waste of public money", "The harbour board", "The harbour board")]
    text = "The rowing club put out a statement, saying its members were “deeply saddened.”"
    assert attributed(text)[0][1] == "The rowing club"


def test_a_phrase_between_subject_and_verb_is_read_past_within_the_clause():
    # `when X in her first speech called …`: the subject is the name after `when`, not the
    # phrase before the verb, nor words of the main clause before `when`
    text = "The vote was settled when Mara Quint in her first speech called the tax “a disgrace.”"
    assert attributed(text) == [("a disgrace", "Mara Quint", "Mara Quint")]


def test_a_title_case_headline_that_reports_speech_keeps_its_quotation():
    # `Lund: Mayor’s ‘Reckless Plan’ Puts Harbor at Risk`: in a title-case headline a capitalised
    # span after a possessive is the speaker's words, not a title; in running text it stays a title
    text = "Lund: Mayor’s ‘Reckless Plan’ Puts Harbor at Risk\n\nThe mayor spoke on Monday and Lund replied."
    assert attributed(text) == [("Reckless Plan", "Lund", "Lund")]
    assert attributed("Ida Lund said on Channel Nine’s “Harbor Watch” that the plan was sound.") == []


def test_a_reporting_word_after_an_article_is_the_speaking_noun():
    # `,” the chant went on`: `chant` after `the` is the noun that speaks, not a verb after `the`
    assert attributed("“No more tolls,” the chant went on.") == [("No more tolls", "the chant", "the chant")]


def test_a_long_appositive_between_speaker_and_verb_is_read_past():
    # `,” X, the former head of …, said`: the appositive may run long, or come in parts
    for text in ("“We will not move,” Tom Bello, the former head of the Lakeside Rowing Club in the northern "
                 "town of Alder, said on Monday.",
                 "“We will not move,” Tom Bello, who ran the Lakeside Rowing Club for more than twenty years "
                 "before it closed, told reporters.",
                 "“We will not move,” Tom Bello, a lawyer from Alder, Ohio, said."):
        assert attributed(text) == [("We will not move", "Tom Bello", "Tom Bello")], text


def test_a_name_and_a_colon_after_a_dash_is_a_label():
    # `… HEADLINE - Ida Lund and Tom Bello: “…”`: a digest's label names who wrote what follows
    text = "The poll was late. WHY THE POLLS MISSED - Ida Lund: “Most of the surveys ended a week before the vote.”"
    assert attributed(text)[0][1] == "Ida Lund"
    text = "The poll was late. WHY THE POLLS MISSED - Ida Lund and Tom Bello: “Most surveys ended early.”"
    assert attributed(text)[0][1] == "Ida Lund and Tom Bello"


def test_a_role_for_someone_is_not_that_someone():
    # `the spokesman for Governor Tom Bello`: the spokesman is someone else; a role in the name's
    # own run or in apposition (`The governor of Ohio, Tom Bello`) is the named person's
    text = "Mara Quint met the spokesman for Governor Tom Bello on Monday. “We will not talk,” the spokesman said."
    assert attributed(text) == [("We will not talk", "the spokesman", "the spokesman")]
    text = "The governor of Ohio, Tom Bello, spoke on Monday. “We will not talk,” the governor said."
    assert attributed(text) == [("We will not talk", "the governor", "Tom Bello")]


@pytest.mark.parametrize("text", [
    "Mara Quint earlier this week said the tax was “a disgrace.”",
    "Mara Quint last week told reporters the tax was “a disgrace.”",
    "Mara Quint Tuesday said the tax was “a disgrace.”",
])
def test_a_phrase_of_time_before_the_verb_is_no_speaker(text):
    # `X last week said`, `X Tuesday said`: the time between the subject and its verb is read past
    assert attributed(text)[0][1] == "Mara Quint"


def test_a_body_before_a_phrase_and_a_time_is_the_speaker():
    # `The mayor’s office in a statement on Friday called …`: not `Friday`
    text = "The mayor’s office in a statement on Friday called the tax “a disgrace.”"
    assert attributed(text)[0][1] == "The mayor’s office"


def test_a_participle_after_a_quotation_does_not_take_a_subject_after_it():
    # `,” telling reporters …`, `,” saying the town …`: what follows the participle is its object
    # or its clause; the speaker is the sentence's subject
    text = ("Mara Quint praised the port as “a jewel,” telling reporters during a visit on Friday that the "
            "harbour was “the best in the north.”")
    assert [q[1] for q in attributed(text)] == ["Mara Quint", "Mara Quint"]
    text = "Mara Quint has defended “Alder values,” saying the town embodied the “heart of the north.”"
    assert [q[1] for q in attributed(text)] == ["Mara Quint", "Mara Quint"]


def test_a_quotation_judging_someones_comments_belongs_to_the_judge():
    # `saying Bello’s comments “are based on …”`: the quotation is the predicate of `comments`,
    # so it is the reporter's words about Bello's comments, not Bello's
    text = "The town released a statement Wednesday saying Bello’s comments “are based on his opinion, not facts.”"
    assert attributed(text)[0][1] == "The town"
    text = "Mayor Ida Lund told the Alder Times on Tuesday that Bello’s remarks “shows a lack of respect.”"
    assert attributed(text)[0][2] == "Ida Lund"


def test_a_participle_after_a_reporting_clause_goes_on_with_its_speaker():
    # `…, Nefzi said, adding, “…”`: not the sentence's opening words
    text = "The talks went well, Nefzi said, adding, “He was not very religious.”"
    assert attributed(text)[0][1] == "Nefzi"
    text = "The talks went well, said Ida Nefzi, adding, “He was not very religious.”"
    assert attributed(text)[0][1] == "Ida Nefzi"


def test_a_speech_noun_after_an_article_and_an_adjective_is_a_noun():
    # `X delivered a snappy retort: “…”`: the subject speaks, not `a snappy`
    assert attributed("Sanders delivered a snappy retort: “No one is tearing this up.”")[0][1] == "Sanders"


def test_a_show_after_a_preposition_is_not_the_speaker():
    # `Contestants on The Weakest Link said …`: the title after `on` is where they appeared
    text = 'Contestants on The Harbour Hour said they were "terrified" of the host.'
    assert attributed(text)[0][1] == "Contestants"


def test_as_someone_put_it_names_the_speaker():
    # `As the Alder Times put it, “…”`: `put it` reports like a verb of saying
    text = "The stadium was half empty. As the Alder Times put it, “Nobody came to watch.”"
    assert attributed(text)[0][1] == "the Alder Times"
