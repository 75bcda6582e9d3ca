"""`alt`, the word-list-to-regex builder every date grammar is made of: a trie whose longest word is
tried first, matching exactly the words given (lower-cased, either apostrophe, any white space)."""
import re

from hypothesis import given
from hypothesis import strategies as st

from transforms.dates.patterns import alt


def test_a_word_list_becomes_a_trie():
    assert alt(["sep", "sept", "september"]) == "sep(?:t(?:ember)?)?"
    assert alt(["mai", "März", "mardi"]) == "m(?:a(?:i|rdi)|ärz)"
    assert alt(["q0", "q"], digit_runs=True) == r"q(?:\d+)?"
    assert alt(["l'an", "last week"]) == r"l(?:['’]an|ast\s+week)"
    assert alt([]) == ""
    assert re.fullmatch(alt(["last week", "l'an"]), "last \n week") and re.fullmatch(alt(["l'an"]), "l’an")


# (no spaces here: a space stands for any run of white space, so `a  b` is also `a b`)
@given(st.lists(st.text(alphabet="ab.’'É0", max_size=5), max_size=12))
def test_it_matches_exactly_the_words(words):
    pattern = re.compile(alt(words))
    wanted = {w.lower().replace("’", "'") for w in words}
    for w in wanted:
        assert pattern.fullmatch(w) and pattern.fullmatch(w.replace("'", "’"))
    for w in {a + b for a in wanted for b in ("a", "x", ".")} - wanted:
        assert not pattern.fullmatch(w), w
    # the longest word that fits is the one found
    for w in wanted:
        longest = max((v for v in wanted if w.startswith(v) and v), key=len, default=None)
        if longest:
            assert pattern.match(w).group() == longest
