"""English error classes found on BBC news (`tests/data/quotes-bbc-3.jsonl`) and PolNeAR train
(issue 13, English round 4).

Each sentence is invented: it only reproduces the construction that went wrong on real news.
"""
from __future__ import annotations

from transforms.quotes import extract_quotes

LEAD = "A headline\n\nA first paragraph with no quotation.\n\n"   # the quotations are not in a title line


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    full = LEAD + text
    return [(full[q.char_start:q.char_end], q.speaker_name) for q in extract_quotes(full, "en")]


def speakers_of(text: str) -> list[str | None]:
    full = LEAD + text
    return [q.speaker for q in extract_quotes(full, "en")]


def test_a_name_then_what_the_person_is_without_the_closing_comma_is_the_subject():
    # BBC style leaves out the comma that would close the description: the person speaks,
    # not the body or the role described
    text = 'Tom Brackley, Riverside Tenants Association said: "We were never asked."'
    assert quotes_of(text) == [("We were never asked.", "Tom Brackley")]
    text = '"We must act now," Ms Jane Ellory, the council\'s finance chief said. Others disagreed.'
    assert quotes_of(text) == [("We must act now,", "Jane Ellory")]
    text = '"We must act now," Mr Ellory, Fenwick\'s chief executive said.'
    assert speakers_of(text) == ["Mr Ellory"]


def test_a_description_alone_before_the_verb_stays_the_speaker():
    text = 'In Leeds, the council\'s finance chief said: "We must act now."'
    assert speakers_of(text) == ["the council's finance chief"]
    # a name closing an opening phrase is no subject in apposition
    text = ('In an interview with hosts Joe Smith and Ann Brown, the Democratic candidate stated that the '
            'plan was "mean-spirited".')
    assert speakers_of(text) == ["the Democratic candidate"]


def test_a_body_named_after_for_or_of_in_an_aside_is_not_the_person_in_apposition():
    # `X, chair of the Council for Rural Housing, praised …`: X spoke, and `he` is X later
    text = ('It led to the creation of the Rural Housing Board. Kevin Dorne, chair of the Council for '
            'Rural Housing, praised the mayor\'s "quiet courage". He said: "When she came, people listened."')
    assert quotes_of(text) == [("quiet courage", "Kevin Dorne"), ("When she came, people listened.", "Kevin Dorne")]
    text = ('Dame Helen Marsh-Tolley, the president of the Family Welfare Division, said the mayor was a '
            '"patient listener".')
    assert speakers_of(text) == ["Dame Helen Marsh-Tolley"]


def test_people_described_by_role_for_a_body_are_the_speakers():
    # `Lawyers for the tenants said`: the lawyers spoke (a plural role opening the sentence)
    text = 'The council voted on Monday. Lawyers for the tenants said it was "deeply unfair" to them.'
    assert speakers_of(text) == ["Lawyers"]


def test_a_participle_opening_the_next_sentence_does_not_name_the_speaker_of_the_quotation_before():
    # `." Describing X as "…", the grandmother said`: X is what is described; the statement before
    # goes on with the speaker of its paragraph, and the few words go to the sentence's subject
    text = ('His aunt spoke to reporters. "I know him well," she said. "He is gentle. He would never hurt '
            'anyone." Describing Mr Hale as "a kind man", the grandmother said she feared the worst.')
    assert speakers_of(text) == ["she", "she", "the grandmother"]


def test_a_verb_after_its_auxiliary_is_not_part_of_the_name_that_follows_it():
    # `Asked if both would start Eriksson replied:` (no comma after the question)
    text = 'Asked whether both would start Eriksson replied: "I could tell you yes."'
    assert speakers_of(text) == ["Eriksson"]
    text = 'Asked about it, the former minister Tom Hale said: "No, never."'
    assert quotes_of(text) == [("No, never.", "Tom Hale")]


def headline_quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[q.char_start:q.char_end], q.speaker, q.cue) for q in extract_quotes(text, "en")]


def test_a_claim_in_marks_in_a_sentence_case_title_is_the_source_of_the_first_sentence():
    # BBC titles put the reported claim in single marks; the lead sentence names who made it
    text = ("Bakery sales 'fall' 12% in spring\n\nSales of bread in Wales fell by 12% in the spring, "
            "the Craft Bakers Guild has said.\n\nThe guild said: \"It was the rain.\"")
    assert headline_quotes(text)[0] == ("fall", "the Craft Bakers Guild", "title_claim")
    text = ("Schools 'short of science teachers'\n\nSchools face a growing shortage of science teachers, "
            "according to a report by the Teaching Trust.")
    assert headline_quotes(text) == [("short of science teachers", "a report", "title_claim")]
    # the lead's own quotation tells who said it
    text = ('Ferry talks \'make headway\'\n\nTalks on the new ferry route are "making real progress" say '
            'the port managers.')
    assert headline_quotes(text)[0] == ("make headway", "the port managers", "title_claim")


def test_words_in_marks_before_a_noun_in_a_title_or_a_punctuated_headline_are_no_claim():
    # `Plan to 'save' pubs` (a term before the noun it modifies), a headline-case title, and
    # headlines with their own punctuation (`X: '…'`, a full stop inside the marks) keep their cues
    text = ("Plan to 'save' village pubs\n\nA new fund will help pubs stay open, ministers have said. "
            "\"We want pubs to thrive,\" a minister said.")
    assert [q for q, _, _ in headline_quotes(text)] == ["We want pubs to thrive,"]
    text = ("Mayor Plans 'Quiet Streets' Scheme For Centre\n\nThe mayor has said traffic will fall. "
            "\"It is overdue,\" she said.")
    assert [q for q, _, _ in headline_quotes(text)] == ["It is overdue,"]
    text = ("Council to freeze tax 'as soon as possible.'\n\nThe council will freeze the tax, its leader "
            "said. \"It is overdue,\" he said.")
    assert [q for q, _, _ in headline_quotes(text)] == ["It is overdue,"]


def test_a_titled_name_closing_the_sentence_after_the_quotation_speaks_it():
    # `"…" to lift wages, Mr Hale added.`: the sentence runs on past the marks, and the titled
    # name set off by a comma before the final verb is its subject
    text = ('"The years of decline came to an end. But the recovery is not strong enough" to lift wages, '
            'Mr Hale added.')
    assert quotes_of(text) == [("The years of decline came to an end. But the recovery is not strong enough",
                                "Hale")]
    text = 'The recovery is "not strong enough" to lift wages, Dr Ann Hale said on Monday.'
    assert quotes_of(text) == [("not strong enough", "Ann Hale")]


def test_a_named_report_after_a_quotation_that_ends_its_sentence_starts_a_new_speech():
    # `…positive." The coach said that …. "…"`: the report between the two quotations names the
    # speaker of the second, even when the first quotation's own full stop ends its sentence
    text = ('When asked if they would start Eriksson replied: "I could tell you yes. "It is a blow. That is '
            'positive." The England coach said that he had been impressed by Hale\'s form for Leeds. "He '
            'deserves his chance. I look forward to seeing him."')
    assert speakers_of(text) == ["Eriksson", "Eriksson", "The England coach"]


def test_a_speech_carried_into_the_next_paragraph_keeps_its_speaker_for_each_reopened_segment():
    # the paragraph's first segment goes on with the speech of the paragraph before; the segments
    # its marks reopen for the next sentences go on with it
    text = ('Paying tribute, the minister Lord Ashby said Tom Reed was one of the "great teachers of his time".'
            '\n\n"His legacy from his years at the school is substantial. "His work with the young and the poor '
            'was second to none.\n\n"A great teacher, a great friend and a great man." Reed\'s nephew Sam Reed said'
            ' the teacher would be "sadly missed".')
    # (round 5: the segment reopened in the next paragraph is a quotation of its own)
    assert [name for _, name in quotes_of(text)] == ["Ashby", "Ashby", "Ashby", "Ashby", "Sam Reed"]


def test_a_participle_reports_the_subject_of_its_main_clause_after_an_opening_phrase():
    # `In three interviews, the judge spoke …, saying …`: an irregular verb (`spoke`) ends the
    # subject at its role noun; `Here in Leeds,` opens the sentence like any place phrase
    text = ('In three separate interviews, the judge spoke about the mayor, saying she did not "want to '
            'imagine" the result.')
    assert speakers_of(text) == ["the judge"]
    text = 'Here in Leeds, Hale stepped up his attacks, saying, "We have got to win this one."'
    assert speakers_of(text) == ["Hale"]


def test_a_subordinate_clause_after_the_quotation_does_not_name_its_speaker():
    # `… "…" until Hale said …`: Hale speaks in a clause of their own; the quotation is Reed's
    text = 'Reed says he was "kind of on the fence" until Hale said she was backing the plan.'
    assert speakers_of(text) == ["Reed"]
    text = 'Reed says he was "kind of on the fence" although Hale said she was backing the plan.'
    assert speakers_of(text) == ["Reed"]
