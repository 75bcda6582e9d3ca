import pytest

from transforms.paragraphs import count_words, paragraph_at, split_paragraphs


def spans(text):
    return [text[p.char_start:p.char_end] for p in split_paragraphs(text)]


def test_blank_lines_separate_paragraphs_and_offsets_index_the_text():
    text = "First paragraph here.\n\n  Second one, indented.\n\n\n\nThird.\n"
    assert spans(text) == ["First paragraph here.", "Second one, indented.", "Third."]
    assert [p.index for p in split_paragraphs(text)] == [0, 1, 2]


def test_line_breaks_split_when_there_are_no_blank_lines():
    text = "One paragraph per line.\nAnother one here.\nAnd a third, the last one."
    assert spans(text) == text.split("\n")


def test_hard_wrapped_prose_is_not_split_at_every_line():
    text = ("The council met on Tuesday to discuss the\nbudget, which has been delayed by several\n"
            "months because of the dispute.\n\nA second paragraph follows.")
    assert spans(text) == [text.split("\n\n")[0], "A second paragraph follows."]


def test_mixed_blank_lines_and_single_line_paragraphs():
    text = "Alpha said so.\nBeta agreed.\n\nGamma ended it."
    assert spans(text) == ["Alpha said so.", "Beta agreed.", "Gamma ended it."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_no_text_no_paragraphs(text):
    assert split_paragraphs(text) == []


def test_word_counts_and_lookup():
    ps = split_paragraphs("one two three\n\nfour five")
    assert [p.n_words for p in ps] == [3, 2]
    assert count_words("a b  c\nd") == 4
    starts = [p.char_start for p in ps]
    assert paragraph_at(starts, 0) == 0 and paragraph_at(starts, 16) == 1
