"""English error classes found on BBC news (`tests/data/quotes-bbc-4.jsonl`) (issue 13, English round 5).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

from tests.transforms.quotes.test_quotes_en_round4 import LEAD, quotes_of, speakers_of  # noqa: F401  (the same helpers)
from transforms.quotes import extract_quotes


def test_marks_reopened_in_the_next_paragraph_make_one_quotation_per_paragraph():
    # the BBC leaves a paragraph's quotation open when the next paragraph reopens it: each marked
    # segment is a quotation (the GUIDE's convention), both the speaker's
    text = ('"It is a cover for someone," said Paul Dent, a trader at Acme in Leeds. "We cannot tell '
            'if this firm is tied to them.\n\n"We looked for it, but we could not find it." The sale went ahead.')
    assert quotes_of(text) == [
        ("It is a cover for someone,", "Paul Dent"),
        ("We cannot tell if this firm is tied to them.", "Paul Dent"),
        ("We looked for it, but we could not find it.", "Paul Dent"),
    ]


def test_a_quoted_block_that_quotes_others_stays_one_block_across_paragraphs():
    # a long passage from another paper, reopened in each paragraph, that itself quotes people:
    # not cut at its paragraphs (left whole, or to its inner quotations when it never closes)
    text = ('The paper reports: "At the hearing she called it a “misunderstanding,” and left early.\n\n'
            '"The clerk wrote “no further action” on the form."')
    assert [q for q, _ in quotes_of(text)] == [
        'At the hearing she called it a “misunderstanding,” and left early.\n\n"The clerk wrote “no further '
        'action” on the form.']


def test_segments_of_one_speech_share_the_speaker_of_the_report_before_them():
    # `X said the plan would help. "…. "…`: the report before the first segment names its speaker,
    # and the segments its marks reopen (in the paragraph or the next one) go on with it
    text = ('Dr Hanna Pole said the scheme would work. "Change always takes time. '
            '"With patience, the town can get there." Others were less sure.')
    assert quotes_of(text) == [("Change always takes time.", "Hanna Pole"),
                               ("With patience, the town can get there.", "Hanna Pole")]
    text = ('Later, Mr Grove said the rule did not go far enough. "If it is Friday night, a day off costs them '
            'little.\n\n"This is about making owners feel it." The rule starts in May.')
    assert [name for _, name in quotes_of(text)] == ["Grove", "Grove"]


def test_a_segment_left_open_takes_the_speaker_of_the_reopened_one_after_it():
    # `"….\n\n"…," he explains.`: the attribution closes the speech the first paragraph began
    text = ('Backstage, the crew work from a thick script. "There are cues to watch and lights to check.\n\n'
            '"I talk to the director through a headset," he explains.')
    assert speakers_of(text) == ["he", "he"]


def test_a_pronoun_reporting_between_two_quotations_is_the_later_ones_mention():
    # `"…," said Ms Vane. She said … "…"`: the nearest mention of the speaker is the pronoun (the
    # annotation's speaker), and speaker_name stays the full name
    text = ('"Each face is scanned in detail," said Ms Vane. She said the people chosen would have no control '
            'in how their image is used. "We cannot promise anyone control over that."')
    full = LEAD + text
    got = [(q.speaker, q.speaker_name) for q in extract_quotes(full, "en")]
    assert got == [("Ms Vane", "Vane"), ("She", "Vane")]


def test_a_preposition_after_a_few_quoted_words_is_no_speaker():
    # `She condemned the "…" of adding …`: `adding` after `of` is no verb of saying with `of` its subject
    text = 'She also condemned the "utter recklessness" of adding a sixth lane to the bridge.'
    assert speakers_of(text) == ["She"]
    text = 'At the debate, Ann Reed said Tom Hale is "absolutely wrong" for saying she lied.'
    assert speakers_of(text) == ["Ann Reed"]


def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet_quoting_them():
    # `X quoted Y as saying`: Y is the subject of the verb of saying (GUIDE.md), X only relays it
    text = '"The sale was a farce from start to finish," the Tass news agency quoted Mr Orlov as saying on Friday.'
    assert quotes_of(text) == [("The sale was a farce from start to finish,", "Orlov")]
    text = 'The paper quoted Mr Orlov as saying: "The sale was a farce."'
    assert speakers_of(text) == ["Mr Orlov"]
    text = 'Reuters quoted a senior official at the ministry as saying that "nothing is decided".'
    assert speakers_of(text) == ["a senior official at the ministry"]


def test_a_name_then_a_description_no_comma_closes_then_the_verb_after_a_quotation():
    # `,” Tom Reddle, a Brightair spokesman told the BBC.`: the named person speaks
    text = '"We are looking at every option we have," Tom Reddle, a Brightair spokesman told the BBC. "We will decide soon."'
    assert quotes_of(text) == [("We are looking at every option we have,", "Tom Reddle"),
                               ("We will decide soon.", "Tom Reddle")]


def test_the_last_resort_subject_skips_datelines_time_phrases_and_contracted_non_subjects():
    # (quotations no cue attributes go to their sentence's subject: that must be someone)
    text = 'Eight years ago, he backed the mayor and said, "She has never done anything for us."'
    assert speakers_of(text) == ["he"]
    text = 'LEEDS, March 3 (Reuters) — The council released a statement, offering "a full and frank apology" to tenants.'
    assert speakers_of(text) == ["The council"]
    text = 'Hale proposed a Leeds debate on Friday - but the Reed campaign rejected it as "absurd" because of a match.'
    assert speakers_of(text) == ["Hale"]
    text = "That's partly because city rules are vague on when a rally becomes \"a public event.\""
    assert "That's" not in speakers_of(text) and "That's partly" not in speakers_of(text)


def test_an_introductory_phrase_is_not_the_subject_of_a_verb_after_a_description():
    # `In addition, a campaign email sent out by Hale on Monday warned: "…"`: never `In`
    text = ('In addition, a campaign email sent out by Hale on Monday warned of the fight ahead: '
            '"There are ten votes left and we need every one."')
    assert speakers_of(text)[0] not in ("In", "In addition")
    assert speakers_of(text)[0].startswith("a campaign email")


def test_a_stray_comma_after_a_bracket_does_not_hide_the_subject():
    # `Mayor Tom Hale (Lab), said, "…"`: the name before the bracket, not a phrase before it
    text = 'After winning the vote, Mayor Tom Hale (Lab), said, "I am getting ready for the next one."'
    assert speakers_of(text) == ["Mayor Tom Hale"]


def test_a_bodys_name_in_marks_is_not_a_quotation():
    # `He warned the "Freedom Party" was …`: a capitalised name ending in a body's word
    text = 'He warned the "Freedom Party" was the real threat to the council, and called it "a disgrace".'
    assert [q for q, _ in quotes_of(text)] == ["a disgrace"]


def test_papers_that_suggest_someone_said_it_do_not_speak_for_them():
    # `Leaked documents suggest X branded it "…"`: X is the subject of the verb of saying; (a
    # named body or a described one still speaks for the clause it reports: `The campaign said …`)
    text = 'Leaked documents have suggested former minister Tom Hale branded the new rules as a "leap in the dark".'
    assert speakers_of(text) == ["former minister Tom Hale"]
    text = 'The campaign said Tom Hale called it "a disgrace".'
    assert speakers_of(text) == ["The campaign"]


def test_a_statement_nothing_attributes_goes_on_from_the_person_the_sentence_before_is_about():
    text = ('Ann Reed is upbeat about Hale\'s chances in May, in part because she sees him as a healer. '
            '"Not only can Tom Hale win, he is the one with the best chance."')
    assert quotes_of(text)[0][1] == "Ann Reed"
    # (a sentence about no one leaves it unattributed)
    text = 'The weather was cold. "Not only can Tom Hale win, he is the one with the best chance."'
    assert quotes_of(text)[0][1] is None


def test_a_title_and_a_surname_opening_the_sentence_can_be_its_subject():
    # BBC style writes `Mr Hale` with no full stop: the last resort takes the titled name (and
    # the few words are kept, not dropped as nobody's)
    text = 'Mr Hale rejected the idea as "absurd", saying the club had never been richer.'
    assert quotes_of(text) == [("absurd", "Hale")]


def test_a_phrasal_verb_of_saying_with_a_place_after_it_reports_nothing():
    # `goes on recess`, `went on holiday`: not `went on` (to say); the subject of `said` speaks
    text = 'By contrast, Sen. Ann Reed said that once the house goes on recess, "I intend to visit every town."'
    assert speakers_of(text) == ["Sen. Ann Reed"]
