"""The shortcuts that keep `extract_quotes` fast must not change what it finds.

Each shortcut skips work only where the skipped step provably finds nothing, or
rewrites a pattern into an equivalent, faster one; these tests hold them to that on
tricky strings and the sample articles.
"""
from __future__ import annotations

import re

import pytest

from transforms.lang import SUPPORTED
from transforms.quotes import cues, marks, nonquotes, speakers, tokens
from transforms.quotes.lexicon import lexicon_for

from newsbeam_dev.evaluation import REPO

# every language's lexicon, and the union read for a text in no known language
LEXICONS = [lexicon_for(code) for code in (None, *SUPPORTED)]
LX = lexicon_for(None)

SAMPLES = sorted((REPO / "samples" / "articles").glob("*.txt"))
TRICKY = [
    "“It’s over,” Peskov said. U.S. officials—and Mr. Smith’s aides—weren’t sure... Then: ‘no.’",
    "_under_score __init__ a_b 3.5. 1,000 co-op rock'n'roll O'Neil’s 'em '90s ¿Qué? «Oui», dit-il.",
    "Dr. J. R. R. Tolkien; etc.. Next… Done!? “Yes.” – powiedziała. \u00a0Ursula von der Leyen",
]


def _texts() -> list[str]:
    return TRICKY + [p.read_text(encoding="utf-8") for p in SAMPLES]


@pytest.mark.parametrize("text", _texts())
def test_rewritten_patterns_match_the_originals(text):
    originals = {
        tokens.TOKEN_RE: re.compile(r"[^\W_](?:[\w\-]|[’'.](?=[^\W_]))*\.?|[^\w\s]"),
        tokens.SENT_END_RE: re.compile(tokens.SENT_END_RE.pattern.replace("[.!?…][.!?…]*", "[.!?…]+", 1)),
        tokens.NAME_RE: re.compile(tokens.NAME_RE.pattern.replace(
            rf"[{tokens.CAP}](?:[a-z]{{0,3}}\.|", rf"(?:[{tokens.CAP}][a-z]{{0,3}}\.|[{tokens.CAP}]")),
    }
    for fast, slow in originals.items():
        assert fast.pattern != slow.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def _quote_sites(lx, text):
    found = [sp for sp in marks.scan_quote_spans(text, lx) if nonquotes.has_word(text, sp[1], sp[2])]
    spans = nonquotes.drop_non_quotations(lx, text, found)
    for k, (o, s, e, c) in enumerate(spans):
        para_end = marks.para_end_of(text, c)
        post_end = min(para_end, spans[k + 1][0]) if k + 1 < len(spans) else para_end
        yield spans, k, c, min(post_end, c + 160)


@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
@pytest.mark.parametrize("text", _texts())
def test_after_quote_needs_a_word_first(text, lx):
    """Where the `after_quote` cue skips reading the clause, reading it would have found nobody."""
    for _, _, c, hi in _quote_sites(lx, text):
        w = cues._WORD_AFTER_MARK_RE.match(text, c, hi)
        toks = tokens.tokenize(text, c, tokens.clause_end(lx, text, c, hi), limit=16)
        if w:
            first = next(t for t in toks if t.is_word)
            assert (w.start(1), w[1].lower()) == (first.start, first.low)
        if not w or cues._no_cue_after(lx, w[1]):
            assert cues._after_quote(lx, toks, True) is None and cues._after_quote(lx, toks, False) is None


@pytest.mark.parametrize("tail", [" the minister said.", " Peskov said.", " said Peskov.", " he said.",
                                  ", said the official.", " a-t-il dit.", " told reporters.", " - Ana Pérez"])
@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
def test_words_that_skip_after_quote_never_start_an_attribution(tail, lx):
    """The `after_quote` cue gives up when one of these words follows the mark: whatever comes next, it finds nobody."""
    assert lx.no_cue_after
    for word in sorted(lx.no_cue_after):
        text = "“Fine,” " + word + tail
        toks = tokens.tokenize(text, text.index("”") + 1, len(text), limit=16)
        assert cues._after_quote(lx, toks, False) is None and cues._after_quote(lx, toks, True) is None, word


def test_english_stop_words_skip_after_quote():
    assert {"and", "which", "because", "when"} <= lexicon_for("en").no_cue_after


def test_after_quote_check_on_punctuation_alone():
    text = "“Fine” (he said). “Fine”. He said. “Fine” — Carlos Raúl. “Fine”, said Ana."
    starts = [m.end() for m in re.finditer("”", text)]
    assert [bool(cues._WORD_AFTER_MARK_RE.match(text, c, len(text))) for c in starts] == [False, False, True, True]


@pytest.mark.parametrize("text", _texts())
def test_runs_read_line_by_line_are_the_whole_text_runs(text):
    spans = marks.scan_quote_spans(text)
    resolver = speakers.Resolver(LX, text, spans)
    everywhere = [m.span() for m in resolver._all_runs()[0]]   # (the whole-text index `description` walks)
    for pos in range(0, len(text) + 1, 37):
        expected = [sp for sp in reversed(everywhere) if sp[1] <= pos]
        got = [m.span() for m in resolver._runs_before(pos, span=len(text) + 1)]
        assert got == expected
        near = [m.span() for m in resolver._runs_before(pos, span=200)]
        cut = next((i for i, sp in enumerate(expected) if sp[0] < pos - 200), len(expected))
        assert near == expected[:cut]


# ---------------------------------------------------------------- one lookup before the work

DASHED = [
    "«Je sais – a-t-il dit – que tout ira bien», conclut-il.",
    "„Wir sind bereit - sagte Anna Becker - und wir bleiben.“ Ein well-known Wort-Spiel „ohne - Abstand“.",
    "“It was — he paused — the best day,” she said. “Fine\u00a0–\u00a0fine.”",
]


@pytest.mark.parametrize("text", DASHED + _texts())
def test_interrupted_quotations_are_split_as_without_the_dash_search(text):
    """`split_interrupted` skips quotations with no spaced dash: the full pattern finds nothing there."""
    for lx in LEXICONS:
        spans = marks.scan_quote_spans(text, lx)
        for o, s, e, c in spans:
            if marks._SPACED_DASH_RE.search(text, s, e) is None:
                assert marks._DASH_CLAUSE_RE.search(text, s, e) is None
    spans = marks.scan_quote_spans(DASHED[0], LX)
    split = marks.split_interrupted(DASHED[0], spans, lambda a, b: True)
    assert [DASHED[0][s:e] for _, s, e, _ in split] == ["Je sais", "que tout ira bien"]


def _phrase_at_every_length(phrases, toks, i):
    """`phrases.phrase_at` as it was, without the opening-word lookup: every length tried."""
    lengths = [n for n in (1, 2, 3) if i + n <= len(toks) and " ".join(t.low for t in toks[i:i + n]) in phrases]
    return max(lengths, default=0) if toks[i].is_word else 0


PHRASES = [
    "According to him, “fine.” Selon lui, « bien ». Jego zdaniem „dobrze”. По его словам, «хорошо».",
    "Seinen Worten zufolge „gut“. Secondo quanto riportano i media, «bene». Heißt es in dem Bericht: „ja“.",
    "Lo ha detto il ministro. Das hat er gesagt. Об этом заявил он. Según ella, «sí». De acuerdo con X.",
]


@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
@pytest.mark.parametrize("text", PHRASES + _texts())
def test_phrases_are_found_as_without_the_opening_word_lookup(text, lx):
    from transforms.quotes import phrases
    toks = tokens.tokenize(text, 0, len(text))
    for i in range(len(toks)):
        for words in (lx.according_to, lx.impersonal_reports, lx.cataphora, lx.reporting_phrases):
            assert phrases.phrase_at(words, toks, i) == _phrase_at_every_length(words, toks, i)
        pair = i + 1 < len(toks) and f"{toks[i].low} {toks[i + 1].low}" in lx.reporting_phrases
        expected = 0 if not toks[i].is_word else 2 if pair else int(toks[i].low in lx.reporting_verbs)
        assert phrases.is_reporting(lx, toks, i) == expected
        every_form = None
        for form in lx.pronoun_forms:                 # (`pronoun_cue` without its opening-word lookup)
            if i + len(form) <= len(toks) and all(
                    toks[i + j].low in lx.possessive_pronouns or toks[i + j].low in lx.pronouns
                    if w == "{}" else toks[i + j].low == w for j, w in enumerate(form)):
                slot = next((toks[i + j] for j, w in enumerate(form) if w == "{}"), None)
                if slot is not None:
                    every_form = (slot.start, phrases.word_end(slot))
                    break
        m = phrases.pronoun_cue(lx, toks, i)
        assert ((m.start, m.end) if m else None) == every_form


@pytest.mark.parametrize("text", _texts() + ["(Mr. Smith) said.", "a_b. Next", "x.y.z. Then", ". . Hi"])
def test_the_word_a_full_stop_closes(text):
    for k in (i for i, ch in enumerate(text) if ch == "."):
        for lo in (0, max(0, k - 3)):
            w = k
            while w > lo and (text[w - 1].isalnum() or text[w - 1] == "."):
                w -= 1
            assert tokens._word_start(text, lo, k) == w


@pytest.mark.parametrize("text", _texts())
def test_runs_outside_quotations(text):
    spans = marks.scan_quote_spans(text)
    resolver = speakers.Resolver(LX, text, spans)
    expected = [m.span() for m in tokens.NAME_RE.finditer(text) if not resolver._inside_quote(m.start())]
    assert [m.span() for m in resolver._all_runs()[0]] == expected


def test_surnames_complete_names_given_with_initials_and_particles():
    from transforms.quotes import extract_quotes
    text = ("Donald J. Trump met Ursula von der Leyen and Erri de Luca on Monday.\n\n"
            "“We agreed,” Trump said. “We did not,” said Leyen. “Maybe,” said Luca.")
    assert [q.speaker_name for q in extract_quotes(text, "en")] == [
        "Donald J. Trump", "Ursula von der Leyen", "Erri de Luca"]


def test_remembered_base_forms_stay_bounded_and_right(monkeypatch):
    from transforms.quotes import lexicon
    lx = lexicon_for("pl")
    monkeypatch.setattr(lexicon, "_FORMS_KEPT", 50)
    words = [f"nowak{n}owi" for n in range(120)] + ["grety", "ławrowem"]
    for w in words * 2:
        forms = lx.base_forms(w)
        assert len(lx._forms) <= 50
        expected = [w] + [x for e in lx.name_case_endings if w.endswith(e) and len(w) - len(e) >= 3
                          for x in (w[:-len(e)], w[:-len(e)] + "a")]
        assert list(forms) == expected
    assert "greta" in lx.base_forms("grety") and lx.first_name("Grety") == "f"


CUE_STRETCHES = [
    "“Boots on the ground” would be needed, the candidate SAID after the attacks.",
    "«Bien», dans ce cas-là, comme l’a DIT-il, « oui ». “Fine.” Lo ha detto il ministro.",
    "„Gut“, so Diemel, eines müsse: »ja«. Об этом заявил он. “Sí”, según ella. O'Neil’s co-op said.",
]


@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
@pytest.mark.parametrize("text", CUE_STRETCHES + _texts())
def test_a_stretch_is_skipped_only_where_no_token_can_start_a_cue(text, lx):
    """`cues._may_hold` (the test before tokenising a stretch for a cue) says no only where no
    token of the stretch, as `tokenize` reads it from any start, is a word of the sets or opens a phrase."""
    sets = [(lx.reporting_verbs, lx.reporting_phrases), (lx.as_cues, lx.after_quote_cues),
            (lx.cataphora, lx.cataphora_pronouns), (lx.cue_words,)]
    for lo in range(0, len(text), 7):
        for hi in (lo + 11, lo + 60, len(text)):
            lows = {t.low for t in tokens.tokenize(text, lo, min(hi, len(text)))}
            for words in sets:
                opening = {w.split(" ", 1)[0] for ws in words for w in ws}
                if lows & opening:
                    assert cues._may_hold(text, lo, min(hi, len(text)), *words)


def test_word_facts_stay_bounded_and_right(monkeypatch):
    monkeypatch.setattr(tokens, "_WORD_FACTS_KEPT", 20)
    text = " ".join(f"Word{n}. said{n} U.S. «" for n in range(50))
    for t in tokens.tokenize(text, 0, len(text)) * 2:
        assert len(tokens._WORD_FACTS) <= 20
        assert (t.low, t.is_word, t.is_cap) == (
            (t.text[:-1] if len(t.text) > 1 and t.text.endswith(".") else t.text).lower(),
            t.text[0].isalnum(), t.text[0].isupper())
        assert t.text == text[t.start:t.end]


@pytest.mark.parametrize("text", CUE_STRETCHES + _texts() + ["_a_b --- «» 1990s", "... ¿Qué? “", "   "])
def test_the_first_word_is_the_first_word_token(text):
    """`cues._first_word` (read instead of tokenising a sentence to test its first word) is the
    first token that `tokenize` reads as a word, from any start, with the same offsets and facts."""
    for lo in range(0, len(text), 3):
        for hi in (lo + 5, lo + 40, len(text)):
            hi = min(hi, len(text))
            expected = next((t for t in tokens.tokenize(text, lo, hi) if t.is_word), None)
            found = cues._first_word(text, lo, hi)
            if expected is None:
                assert found is None
            else:
                assert (found.text, found.start, found.end, found.low, found.is_cap) == (
                    expected.text, expected.start, expected.end, expected.low, expected.is_cap)


@pytest.mark.parametrize("text", CUE_STRETCHES + _texts() + ["Mr. Smith. Dr. Jones. U.S. Then. A.", ". . Hi",
                                                         "He left… Then «Yes.» She said?! ‘No.’ A. (B.) 3. x. Y"])
def test_sentence_start_is_the_last_sentence_end(text):
    """`tokens.sentence_start`, which tests the sentence ends from the last one back, finds the
    start that a forward walk over every sentence end finds."""
    for lx in (LX, lexicon_for("en"), lexicon_for("de")):
        for lo in range(0, len(text), 11):
            for hi in range(lo, len(text), 5):
                start = lo
                for m in tokens.SENT_END_RE.finditer(text, lo, min(len(text), hi + 4)):
                    if m.end() > hi:
                        break
                    k = m.start()
                    if text[k] == "." and tokens.is_abbreviation(lx, text[tokens._word_start(text, lo, k):k]):
                        continue
                    start = m.end()
                assert tokens.sentence_start(lx, text, lo, hi) == start


@pytest.mark.parametrize("text", CUE_STRETCHES + _texts())
def test_windows_reuse_what_after_and_near_read(text):
    """`Windows.before` and `Windows.window` read the same tokens whether or not `after` (the
    words after a closing mark) and `near` (the words before an opening mark) read part of them first."""
    spans = marks.scan_quote_spans(text, LX)
    fresh, reused = tokens.Windows(text, spans), tokens.Windows(text, spans)
    for k, (o, s, e, c) in enumerate(spans):
        for end in (c + 3, c + 20, c + 160):
            reused.after(k, min(end, o if k + 1 >= len(spans) else spans[k + 1][0], len(text)), 16)
        reused.near(k, max(0, o - 160))
        reused.near(k, max(0, o - 37))

    def read(win):
        out = []
        for k, (o, s, e, c) in enumerate(spans):
            for lo in {0, text.rfind("\n", 0, o) + 1, max(0, o - 50), spans[k - 1][3] if k else 0}:
                if lo <= o:
                    out.append([(t.text, t.start, t.end) for t in win.before(k, lo)])
            hi = text.find(". ", c)
            if hi > 0:
                out.append([(t.text, t.start, t.end) for t in win.window(c, hi + 1)])
        return out

    assert read(reused) == read(fresh)


def test_windows_take_the_tokens_after_and_near_read():
    text = "He spoke for an hour, then he said in a short statement to the press: “We will see.” It ended. Then"
    spans = marks.scan_quote_spans(text, LX)
    o, c = spans[0][0], spans[0][3]
    win = tokens.Windows(text, spans)
    after = win.after(0, len(text), 2)
    near = win.near(0, o - 30)
    before = win.before(0, 0)
    assert [t.text for t in after] == ["It", "ended."] and [t.text for t in near][-2:] == ["press", ":"]
    assert before[-3] is near[-2] and before[-2] is near[-1]        # (read once)
    assert win.window(0, len(text))[-3:-1] == after and win.window(0, len(text))[-3] is after[0]


@pytest.mark.parametrize("text", CUE_STRETCHES + _texts())
def test_tokens_read_on_from_the_last_one_are_the_longer_read(text):
    """`after_quote` reads on past its first tokens from the last one's end (a long appositive):
    the same tokens as reading the longer stretch at once."""
    for lo in range(0, len(text), 13):
        first = tokens.tokenize(text, lo, len(text), limit=16)
        if len(first) == 16:
            more = first + tokens.tokenize(text, first[-1].end, len(text), limit=30)
            assert [(t.text, t.start) for t in more] == [
                (t.text, t.start) for t in tokens.tokenize(text, lo, len(text), limit=46)]


# ---------------------------------------------------------------- cues skipped without their trigger

TRIGGERS = [
    "Bush: “The mission is not over.” Later, Lund told reporters: “We will see.”",
    "Caddell continued:\n\n“It was a long night for everyone here.”\n\n- Bernie Sanders.",
    "Pence: Trump Was ‘Mocking’ Clinton\n\nHe said it was “a disgrace to the office”.",
    "Irina Weber machte deutlich: „Wir bleiben hier.“ Laut Weber ist das „ein Fehler“.",
    "« Nous restons », explique-t-il. Selon lui, « rien ne change ». Climat : « urgence ».",
    "По словам Пескова, «ничего не изменилось». Он заявил: «Мы готовы».",
    "“Fine,” she said. “Fine” is a word _ : “x y z w v” __ “Fine.”\n\n— Ana Pérez",
]


def _sites(lx, text):
    from transforms.quotes.speakers import Resolver
    found = [sp for sp in marks.scan_quote_spans(text, lx) if nonquotes.has_word(text, sp[1], sp[2])]
    spans = nonquotes.drop_non_quotations(lx, text, found)
    win = tokens.Windows(text, spans)
    is_name = Resolver(lx, text, spans).is_name
    return [cues.QuoteSite(lx, text, spans, win, k, is_name) for k in range(len(spans))]


@pytest.mark.parametrize("lx", LEXICONS, ids=lambda lx: lx.code)
@pytest.mark.parametrize("text", TRIGGERS + _texts())
def test_a_cue_without_its_trigger_finds_nobody(text, lx):
    """`Cue.triggered` False only where the cue itself finds nobody (so skipping it changes nothing)."""
    for site in _sites(lx, text):
        for cue in cues.CUES:
            if cue.triggered is not None and not cue.triggered(site):
                assert cue.find(site) is None, (cue.name, text[site.spans[site.k][0]:site.spans[site.k][3]])


def test_triggers_skip_cues_and_the_skipped_cues_would_find_their_quotations():
    """The triggers do skip work, and hold where their cue applies (`Bush:`, `Caddell continued:`, a signature)."""
    lx = lexicon_for(None)
    fired = {}
    for text in TRIGGERS:
        for site in _sites(lx, text):
            for cue in cues.CUES:
                if cue.triggered is not None:
                    fired.setdefault(cue.name, set()).add(cue.triggered(site))
    assert all(seen == {True, False} for seen in fired.values()), fired
    assert set(fired) == {"label", "colon_intro", "headline", "signature", "colon_subject"}


def _extracted(texts_and_languages, monkeypatch, skip: bool):
    from transforms.quotes import extract_quotes
    monkeypatch.setattr(cues, "SKIP_UNTRIGGERED", skip)
    return [extract_quotes(text, language) for text, language in texts_and_languages]


def test_skipping_untriggered_cues_changes_no_quotation(monkeypatch):
    texts = [(t, code) for t in TRIGGERS + _texts() for code in (None, *SUPPORTED)]
    assert _extracted(texts, monkeypatch, True) == _extracted(texts, monkeypatch, False)


def test_skipping_untriggered_cues_changes_no_quotation_on_the_gold_articles(monkeypatch):
    """The same on the quotes dev set and the annotated articles of tests/data (shared data)."""
    from tests.shared_data import read_gold, require_shared
    sets = [require_shared() / "eval" / "quotes-multi-dev"]
    sets += [f for f in sorted((REPO / "tests" / "data").glob("quotes-*.jsonl"))
             if "final" not in f.name and "blind" not in f.name]   # (held-out sets stay unread)
    texts = [(a["text"], a["id"].split(":", 1)[0]) for gold in sets for a in read_gold(gold)[0]]
    texts += [(text, None) for text, _ in texts]                   # (and with every profile at once)
    assert len(texts) > 100
    on = _extracted(texts, monkeypatch, True)
    assert on == _extracted(texts, monkeypatch, False)
    assert sum(map(len, on)) > 1000


@pytest.mark.parametrize("word", ["Smith", "A-A", "aa", "O'Neil", "Łukasz", "_x", "Merkel"])
def test_whole_words_found_as_the_look_behind_pattern_finds_them(word):
    from transforms.quotes import attribution
    for text in _texts() + ["aaa aa_aa aa", "A-A-A A-A", "O'Neil O'Neils xO'Neil", "Łukasz_Łukasz Łukasz.",
                            "Merkel Merkels Merkel-Plan _Merkel Merkel"]:
        expected = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
        assert list(attribution._whole_word_at(text, word)) == expected


def test_remembered_name_parts_stay_bounded_and_right(monkeypatch):
    lx = lexicon_for("de")
    monkeypatch.setattr(speakers, "_NAME_PARTS_KEPT", 50)
    runs = [["Ministerpräsident", f"Name{n}", "Söder"] for n in range(120)] + [
        ["Projektleiterin", "Anna", "Becker"], ["Präsident", "Wladimir", "Putin"], ["von", "der", "Leyen"]]
    for run in runs * 2:
        got = speakers.name_tokens(lx, run)
        assert len(lx.name_parts) <= 50
        assert got == speakers._name_tokens(lx, run)
        got.append("x")                           # (a caller's list: changing it changes nothing remembered)
        assert speakers.name_tokens(lx, run) == speakers._name_tokens(lx, run)
    assert speakers.name_tokens(lx, ["Projektleiterin", "Anna", "Becker"]) == ["Anna", "Becker"]
