"""English error classes found on BBC news (the retired held-out sets `tests/data/quotes-bbc-1-final.jsonl`
.. `quotes-bbc-4-final.jsonl`) and PolNeAR train (issue 13, English round 6).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

from tests.transforms.quotes.test_quotes_en_round4 import LEAD, quotes_of, speakers_of  # noqa: F401  (the same helpers)
from newsbeam.transforms.quotes import extract_quotes


def test_a_titled_person_of_a_place_is_the_person_not_the_place():
    # `Lord X of Y`: a title and a surname make a person however unknown the surname; the place
    # (or body) after `of` describes them, before the verb and after it
    text = ('The panel met for a year. Lady Ashby of Carlow, who led the review, said: "We found little '
            'cheating." She left early.')
    assert quotes_of(text) == [("We found little cheating.", "Ashby")]
    text = '"We found little cheating," said Lady Ashby of Carlow. "It is rare."'
    assert speakers_of(text) == ["Lady Ashby", "Lady Ashby"]


def test_a_person_of_a_body_before_the_verb_after_a_quotation_speaks():
    # `,” Tom Morgan of the Oak Club said.`: the name, past what it is of, then the verb
    assert speakers_of('"It was the least bad outcome," Tom Morgan of the Oak Club said.') == ["Tom Morgan"]
    assert speakers_of('"It was the least bad outcome," Mr Morgan of Acme said.') == ["Mr Morgan"]
    # (a body whose own phrase ends in a person stays read as before: that person speaks)
    assert quotes_of('"We need a plan," National Office of Records chief Li Wen told Reuters.') == [
        ("We need a plan,", "Li Wen")]


def test_two_roles_joined_by_and_before_a_name_after_a_quotation():
    # `,” chairman and chief executive Tom Glass said.`: the name closing the roles is the subject
    text = 'Acme made a profit. "Our results were strong," chairman and chief executive Tom Glass said. Shares rose.'
    assert quotes_of(text) == [("Our results were strong,", "Tom Glass")]


def test_an_inverted_subject_whose_description_opens_with_two_joined_names():
    # `said Pinter and Moss executive producer Jane Fell`: a show or firm of two names, a role, then
    # the person; the speech goes on with her
    text = ('"The list is strong," said Tom Reed. "We think sales will rise," said Pinter and Moss executive '
            'producer Jane Fell. "We had a wide choice."')
    assert [name for _, name in quotes_of(text)] == ["Tom Reed", "Jane Fell", "Jane Fell"]
    # (two people joined by `and` with nothing after them stay as read before)
    assert speakers_of('"We think sales will rise," said Pinter and Moss.') == ["Pinter"]


def test_an_apposition_then_a_relative_clause_before_the_verb():
    # `Lord Benn, head of the unit, who first asked for more, said`: the person before both asides
    text = ('Lord Benn, head of the league\'s integrity unit, who first asked for longer terms, said the fine '
            'was "feeble". "You could get more for theft."')
    assert [name for _, name in quotes_of(text)] == ["Benn", "Benn"]
    # a name in apposition before the relative clause is still the one who speaks
    text = ('The Chief Judge, Lord Wold, who is the top judge in Kent, said it was Lord Sten\'s "fine work" '
            'that led to it.')
    assert speakers_of(text) == ["Lord Wold"]


def test_with_a_person_and_a_participle_of_saying_reports_that_person():
    # `…, with Sen. Bob Lane calling it a “…”`: the absolute clause has its own subject
    text = 'Most senators were unhappy with the plan, with Sen. Bob Lane calling it a "shopping list." The vote is on Monday.'
    assert quotes_of(text) == [("shopping list.", "Bob Lane")]
    # (a participle after a comma still reports the sentence's subject)
    assert speakers_of('Ann Cole agreed with the board, saying the plan was "fine".') == ["Ann Cole"]


def test_an_inverted_reporting_aside_names_the_source_of_the_rest_of_the_sentence():
    # `The plan would help, says the party - and … “…”`: the aside, not the sentence's subject
    text = 'The plan would cut bills, says the party - and it would use the money more "wisely" than now.'
    assert speakers_of(text) == ["the party"]
    text = 'The plan would cut bills, says the party, using the money more "wisely" than now.'
    assert speakers_of(text) == ["the party"]


def test_a_title_claim_goes_to_the_person_the_lead_opens_with_when_its_last_verb_names_nobody():
    # `Singer attacks 'false stories'` over `Pop star X has attacked … after they printed claims`: the
    # lead's last verb of saying has no source (a pronoun's clause); the person it opens with speaks
    text = ("Singer attacks 'false stories'\n\nPop star Jane Bell has attacked \"false\" and \"cruel\" US "
            "magazines, questioning their honesty after they printed claims about her.")
    got = [(text[q.char_start:q.char_end], q.speaker_name) for q in extract_quotes(text, "en")]
    assert got[0] == ("false stories", "Jane Bell")
    # (a source the lead names at its end still gives the claim: `…, a union has said.`)
    text = "Firm 'to cut 500 jobs'\n\nThe car maker will cut jobs in Leeds, a union has said."
    assert [q.speaker for q in extract_quotes(text, "en")] == ["a union"]


def test_a_dateline_with_an_agency_in_brackets_is_no_subject():
    # `WASHINGTON (AFP) – Senator X has …, saying that “…”`: the participle reports the senator
    text = 'WASHINGTON (AFP) – Senator Jane Holt has criticised her rival, saying that "loud remarks" do harm.'
    assert quotes_of(text) == [("loud remarks", "Jane Holt")]


def test_someone_described_by_a_role_who_reports_in_between_starts_a_new_speech():
    # `X had said: “…” But her spokesman insisted …. “…”`: the spokesman's words, not X's; and a
    # possessive role (`her spokesman`) is someone's agent, not the last speaker
    text = ('Club chief Tom Ruse had said: "Her knee is not going to heal." But her spokesman insisted she '
            'had simply been late with the form. "The doctors check her each week and she may play."')
    full = LEAD + text
    got = [(q.speaker, q.speaker_name) for q in extract_quotes(full, "en")]
    assert got == [("Club chief Tom Ruse", "Tom Ruse"), ("her spokesman", "her spokesman")]


def test_an_apposition_then_a_relative_clause_far_before_the_quotation():
    # the same, with the name further back than the first, short look before the quotation reaches
    text = ("Lord Penn, head of the International Chess Federation's anti-fraud unit, who originally made the "
            'call for much longer prison sentences for cheats, said the two-year penalty was "derisory". '
            '"You could get more for not paying a hotel bill."')
    assert [name for _, name in quotes_of(text)] == ["Penn", "Penn"]


def test_an_indefinite_apposition_is_no_later_mention_of_the_speaker():
    # `"…," said Ann Wick, a spokesperson for the BSG.\n\n"…`: the speech goes on with the name; `a
    # spokesperson` describes her, it does not mention her again
    text = ('"Few buyers check who sells," said Ann Wick, a spokesperson for the BSG which paid for the study.'
            '\n\n"By copying real boxes, sellers hide the malware. "Once it is installed, data can be stolen."')
    assert speakers_of(text) == ["Ann Wick", "Ann Wick", "Ann Wick"]


def test_with_a_person_quoted_as_saying_reports_that_person():
    # `…, with Mr Dale quoted as saying that … “…”`: the one quoted, not the sentence's subject
    text = ('Last month, the firm warned it may move 700 jobs abroad, with Mr Dale quoted as saying that it '
            'could no longer afford to stay "all-British".')
    assert quotes_of(text) == [("all-British", "Dale")]


def test_a_statement_after_a_sentence_about_a_person_despite_a_term_earlier_in_the_paragraph():
    # a scare-quoted term earlier in the paragraph does not stop `But Reed knows this …. “…”` going to Reed
    text = ('There are talks on topics like the "culture wars" and the economy. But Ann Reed knows this and '
            'started a channel to reach more people. "When you look at the films here, they are very mixed."')
    assert quotes_of(text)[-1] == ("When you look at the films here, they are very mixed.", "Ann Reed")


def test_a_body_named_with_its_article_is_the_agent_of_a_naming_verb():
    # `in a move branded a “…” by the Tories`: the agent speaks, not the sentence's subject
    text = 'Tom Hale has cut the number of new stores to 24, in a move branded a "humiliating retreat" by the Tories.'
    assert speakers_of(text) == ["the Tories"]
