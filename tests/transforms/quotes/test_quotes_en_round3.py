"""English error classes found on BBC news (`tests/data/quotes-bbc-1.jsonl`, `quotes-bbc-2.jsonl`) and
PolNeAR train (issue 13, English round 3).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

from transforms.quotes import extract_quotes

LEAD = "A headline\n\nA first paragraph with no quotation.\n\n"   # the quotations are not in a title line


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    full = LEAD + text
    return [(full[q.char_start:q.char_end], q.speaker_name) for q in extract_quotes(full, "en")]


def test_a_mark_reopened_after_a_finished_sentence_starts_a_new_quotation():
    # BBC style: the writer reopens the marks for the next sentence without closing the last one;
    # each marked segment is an entry, with the same speaker
    text = ('The bakery will close. Owner Jane Miller said: "We tried everything. It was not enough. '
            '"Our customers have been wonderful to us." The shop opened in 1990.')
    assert quotes_of(text) == [("We tried everything. It was not enough.", "Jane Miller"),
                               ("Our customers have been wonderful to us.", "Jane Miller")]


def test_a_quotation_inside_a_quotation_still_nests():
    # a mark after a word (not after a finished sentence) is a quotation inside the open one
    text = 'The coach said: "They told me "no way" and I believed them."'
    assert [q for q, _ in quotes_of(text)] == ['They told me "no way" and I believed them.']


def test_a_by_phrase_after_a_quotation_is_an_agent_only_after_a_naming_verb():
    # `was "horrified" by X`: X is the cause, the speaker is the subject of `said`
    text = ('Singer Ann Cole spoke at the launch. She said she was "horrified" by the deaths of '
            'Tom Reed and Jim Hale.')
    assert quotes_of(text) == [("horrified", "Ann Cole")]
    # `described as "…" by X`: X named it
    text = 'Reports of a snap vote have been described as "idle gossip" by a government spokesman.'
    assert quotes_of(text) == [("idle gossip", "a government spokesman")]


def test_a_name_after_its_body_and_role_is_the_subject_of_the_verb_after_a_quotation():
    # the subject phrase holds `of` (`Bureau of Statistics`) and the name stands right before the verb
    text = '"We need a good plan," National Bureau of Statistics chief Li Wen told Reuters.'
    assert quotes_of(text) == [("We need a good plan,", "Li Wen")]


def test_a_subject_with_age_home_town_and_a_relative_clause_before_the_verb():
    text = '"Both of them scare me," Tom Reed, 30, of Dover, Del., who was among those polled, said.'
    assert quotes_of(text) == [("Both of them scare me,", "Tom Reed")]


def test_the_owner_of_remarks_is_the_speaker_of_the_quoted_words():
    # `X's remarks "…"`: the remarks are X's, so X spoke (the possessor, not the speech noun)
    assert quotes_of('The mayor\'s remarks "show a lack of respect for the workers."') == \
        [("show a lack of respect for the workers.", "The mayor")]
    assert quotes_of('The minister\'s comments showed "a real change of heart".') == \
        [("a real change of heart", "The minister")]


def test_a_subject_name_ends_before_its_verb():
    # a capitalised subject runs on over a lower-case verb only to swallow the next capital
    text = 'Retired Army Col. Tom West started Ann Lee\'s debate on "the cost of the war".'
    assert quotes_of(text) == [("the cost of the war", "Tom West")]


def test_a_quotation_that_closes_its_sentence_takes_no_source_from_the_next_sentence():
    text = ('"We will fight this," said Ann Lee of the pensioners\' group. "It is now certain that older '
            'people will go to court." The change will not affect the pension age, the government has said.')
    assert quotes_of(text) == [("We will fight this,", "Ann Lee"),
                               ("It is now certain that older people will go to court.", "Ann Lee")]


def test_a_quotation_after_a_named_speakers_indirect_report_is_theirs():
    # a sentence of its own reports a new speaker between two quotations: the second is that speaker's
    text = ('Tax would fall, said Tory leader Tom Hill. The plans would cut the "fastest growing rate of '
            'debt in Europe", he said. Shadow minister Lord Berry said the policy would help local clubs. '
            '"We aim to shift the emphasis away from schools."')
    assert [name for _, name in quotes_of(text)] == ["Tom Hill", "Berry"]


def test_a_reporting_verb_before_a_clause_keeps_its_own_subject():
    # `She says people should …`: `people` opens the reported clause, `She` reports it
    text = ('Maria Ruiz, a nurse, was among those polled. She says people should choose freely. '
            '"It is their life and they are not hurting anybody."')
    assert quotes_of(text) == [("It is their life and they are not hurting anybody.", "Maria Ruiz")]


def test_a_few_words_in_a_new_sentence_do_not_inherit_the_speech_before():
    # `"… pause." Films with "medium" budgets …`: the speech ended with its sentence; a phrase in
    # the next sentence needs a cue of its own (English too, not only the colon-subject languages)
    text = ('"Nothing is coming in to replace the money," said producer Tom Hale. "We are in a pause." '
            'Films with "medium" budgets are expected to suffer most.')
    names = [name for _, name in quotes_of(text)]
    assert names[:2] == ["Tom Hale", "Tom Hale"] and names[2] != "Tom Hale"


def test_a_name_in_apposition_to_a_described_subject_is_the_speaker():
    # `The head of the union, Mary Cole, said:` (was only read so in the colon-subject languages)
    assert quotes_of('The head of the union, Mary Cole, said: "We will strike."') == \
        [("We will strike.", "Mary Cole")]


def test_a_verb_missing_from_the_lexicon_after_a_quotation_cut_by_a_comma():
    # no word list: a quotation that ends in a comma goes on after its marks, and a person's name
    # followed by a finite verb form (the profile's verb endings) is its attribution, whatever follows
    assert quotes_of('"We will be back," Tom Hale echoed after the match.') == \
        [("We will be back,", "Tom Hale")]
    assert quotes_of('"We will be back," Sen. Tom Hale (R-Ohio) fumed during the hearing.') == \
        [("We will be back,", "Tom Hale")]
