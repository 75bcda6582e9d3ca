"""Attribution cues: the patterns reporters use to say who is speaking, as one ordered list.

`CUES` lists them in the order they are tried for each quotation; the first that finds a
speaker mention wins, and its name is recorded with the quotation (`Quote.cue`), so that an
evaluation can score each cue on its own. After the list, `newsbeam.transforms.quotes.attribution`
shares speakers between the quotations of one speech and, where the language allows it, falls
back on the subject of the quotation's sentence.

Every cue reads the article language's words from its `Lexicon`; none spells out a word.
"""
from __future__ import annotations

import bisect
import operator
import re
from typing import Callable, NamedTuple

from newsbeam.transforms.quote_lexicon import NAME_PARTICLES
from newsbeam.transforms.quotes.continuity import clause_subject, mention_gender, person_like
from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.marks import Spans, para_end_of
from newsbeam.transforms.quotes.phrases import (
    CutShort, Mention, according_to, is_reporting, mention_of, np_left, np_right, oblique, phrase_at, possessor, pronoun_cue,
    sentence_subject, skippable, subject_of, verbish, with_apposition, word_end,
)
from newsbeam.transforms.quotes.tokens import (
    DASHES, NAME_WORD, QUOTE_TOKEN, TOKEN_RE, Tok, Windows, clause_end, next_paragraph_at, sentence_bounds,
    sentence_start, tokenize,
)
from newsbeam.transforms.quotes.tokens import ends_sentence as carries_full_stop

__all__ = ["Cue", "CUES", "QuoteSite", "find_cue", "predicate_subject", "starts_with_reporting"]


class QuoteSite:
    """One quotation and what its cues read around it, each part worked out once, when first asked."""

    def __init__(self, lx: Lexicon, text: str, spans: Spans, win: Windows, k: int, is_name=None):
        self.lx = lx
        self.text = text
        self.spans = spans
        self.win = win
        self.k = k
        self.is_name = is_name      # `is_name(word, pos)`: a surname given in full elsewhere in the text
        o, s, e, c = spans[k]
        self.para_start = text.rfind("\n", 0, o) + 1
        self.para_end = para_end_of(text, c)
        self._bounds: tuple[int, int] | None = None
        self._before: list[Tok] | None = None

    @property
    def bounds(self) -> tuple[int, int]:
        """(start, end) of the quotation's sentence."""
        if self._bounds is None:
            self._bounds = sentence_bounds(self.lx, self.text, self.spans, self.k, self.para_start, self.para_end)
        return self._bounds

    @property
    def before(self) -> list[Tok]:
        """The sentence's tokens up to the quotation, which is the last (a `QUOTE_TOKEN`)."""
        if self._before is None:
            self._before = self.win.before(self.k, self.bounds[0])
        return self._before


class Cue(NamedTuple):
    name: str
    find: Callable[[QuoteSite], Mention | None]
    # What the cue needs present around the quotation (its trigger words or marks), tested
    # cheaply before it tokenises anything: False only where `find` finds nobody, so a cue
    # skipped for it changes no output (see `find_cue`). None: the cue is always tried.
    triggered: Callable[[QuoteSite], bool] | None = None


# ---------------------------------------------------------------- the cues, in the order tried

def after_quote(site: QuoteSite) -> Mention | None:
    """The clause right after the closing mark: `,” Peskov said`, `», a-t-il déclaré`, `” – powiedziała`."""
    text, lx = site.text, site.lx
    _, s, e, c = site.spans[site.k]
    post_end = min(site.para_end, site.spans[site.k + 1][0]) if site.k + 1 < len(site.spans) else site.para_end
    clause_hi = min(post_end, c + 160)
    w = _WORD_AFTER_MARK_RE.match(text, c, clause_hi)      # (`”. The …` names nobody: not tokenised)
    if not w or _no_cue_after(lx, w[1]):
        return _cited_source(lx, text, c, clause_hi) if lx.colon_subject else None
    ends_sentence = text[s:e].rstrip()[-1:] == "." and text[c:c + 1] != ","
    # (`“…,” Peskov said` closes a statement; `vor “blitzschnellen“ Vergeltungsmaßnahmen gewarnt`
    # is one clause that runs on past the marks)
    delimited = text[s:e].rstrip()[-1:] in ",.!?…;:" or not text[c:c + 1].isspace()
    end = clause_end(lx, text, c, clause_hi)
    toks = site.win.after(site.k, end, _AFTER_TOKENS)
    unfinished = text[s:e].rstrip()[-1:] == ","   # (`“…,” Hale …`: the sentence goes on after the marks)
    m = _after_quote(lx, toks, ends_sentence, delimited, unfinished)
    if m is not None and w[1].lower() in lx.agent_prepositions and not _passive_naming_before(site):
        m = None                                 # `She said she was “horrified” by the deaths`: a cause, not an agent
    if m is None and len(toks) == _AFTER_TOKENS and any(t.text == "," for t in toks[1:]):
        # a long appositive before the verb (`,” Tom Bello, the former head of …, said`): read on
        # (read on from the last token: a scan that stops after a token goes on as one from its end)
        more = toks + tokenize(text, toks[-1].end, end, limit=_APPOSITION_TOKENS)
        m = _after_quote(lx, more, ends_sentence, delimited, unfinished)
    if m is not None and lx.relayed_source and m.kind in ("np", "pronoun") and "," in text[m.end:end]:
        return _relayed_by(lx, text, m.end, end) or m
    if m is not None and not lx.relayed_source and _document_relays(lx, toks, site.is_name):
        # `X a déclaré que la mesure « … », selon un compte rendu du ministère`: the record relays
        # what the sentence's own speaker said, who is the source
        own = before_quote(site)
        if own is not None and own.kind in ("np", "pronoun") and own.end <= s:
            return own
    return m


def _passive_naming_before(site: QuoteSite) -> bool:
    """Does a verb that names or reports (`described as`, `was called`, `dubbed`) stand in the few
    words before the quotation, so that a `by X` after it is that verb's agent?"""
    lx, toks = site.lx, site.before
    return any(t.low in lx.object_reporting_verbs or t.low in lx.usage_participles for t in toks[-_AGENT_VERB_REACH:-1])


_AGENT_VERB_REACH = 7   # tokens before a quotation (its own token last) searched for the verb a `by X` is agent of


def _document_relays(lx: Lexicon, toks: list[Tok], is_name=None) -> bool:
    """Do the tokens after a closing mark open with `according to` a record rather than a person?"""
    i = 0
    while i < len(toks) and toks[i].text in _COMMA_OR_DASH:
        i += 1
    n = according_to(lx, toks, i) if i < len(toks) else 0
    r = np_right(lx, toks, i + n, limit=8) if n and i + n < len(toks) else None
    if r is None or r[1] - r[0] < 2 or toks[r[0]].low not in lx.determiners:
        return False
    head = toks[r[0] + 1]                         # (`selon une lecture de Downing Street`: a lower-case
    return head.is_word and not head.is_cap and head.low not in lx.role_nouns \
        and head.low not in lx.people_nouns      # noun that is no one)


# (built once: a tuple written `(",",) + DASHES` in a loop is built again at every test)
_CLAUSE_PUNCT = (",", ";", ":") + DASHES
_COMMA_OR_DASH = (",",) + DASHES
_AFTER_TOKENS = 16   # tokens read after a closing mark, where most reporting clauses end


def _relayed_by(lx: Lexicon, text: str, lo: int, hi: int) -> Mention | None:
    """The source relaying a report, later in its clause: `,” Sanders said, according to CNN.`,
    `,” said X, a party official, reports the Daily Item.` (not `, adding …`, `, calling …`)."""
    toks = tokenize(text, lo, hi, limit=_RELAY_TOKENS)
    for j in range(len(toks) - 1):
        if toks[j].text in (".", ";", ":", QUOTE_TOKEN):
            return None
        if toks[j].text != ",":
            continue
        n = according_to(lx, toks, j + 1)
        if n:
            r = np_right(lx, toks, j + 1 + n, limit=8) if j + 1 + n < len(toks) else None
            return mention_of(lx, toks, r) if r is not None else None
        n = is_reporting(lx, toks, j + 1)
        if n and not toks[j + 1].low.endswith(lx.participle_suffixes) and j + 1 + n < len(toks) \
                and toks[j + 1].low not in lx.object_reporting_verbs \
                and (toks[j + 1 + n].is_cap or toks[j + 1 + n].low in lx.determiners):
            r = np_right(lx, toks, j + 1 + n, limit=6)
            if r is not None and any(t.is_cap for t in toks[r[0]:r[1]]) and (
                    r[1] >= len(toks) or toks[r[1]].text in (".", ";")):
                return mention_of(lx, toks, r)    # `, reports the Daily Item.`
    return None


_RELAY_TOKENS = 24   # tokens of a reporting clause read for the source that relays it


def _cited_source(lx: Lexicon, text: str, c: int, hi: int) -> Mention | None:
    """`« … » (Le Point du 11/6)`: a source cited in brackets right after the quotation."""
    m = _CITED_RE.match(text, c, hi)
    if m is None or m.group(1).lower() in lx.not_names or not any(
            len(w) >= 3 and w[1:].islower() for w in m.group(1).split()):
        return None                               # (`(CoFoE)`: an acronym glossed, no source)
    return Mention(m.start(1), m.end(1), "np")


# `(Le Point du 11/6)`, `(Reuters)`: capitalised words in brackets, maybe followed by a date
_CITED_RE = re.compile(r"[ \t]*\(((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,3})(?:[ \t,][^()\n]{0,20})?\)")


def before_quote(site: QuoteSite) -> Mention | None:
    """A cue earlier in the quotation's sentence: `Peskov said: “`, `according to X, “`, `X’s claim that “`."""
    m = _near_cue(site.lx, site.win, site.k, site.bounds[0], site.is_name)
    if m is None:
        toks = site.before
        o, _, _, c = site.spans[site.k]
        m = _before_quote(site.lx, toks, len(toks) - 1, is_name=site.is_name,
                          predicate=_opens_with_verb(site.lx, site.text, o, c))
    if m is not None and site.lx.relayed_source:
        return _relayed_first(site.lx, site.text, site.bounds[0], m) or m
    return m


def _relayed_first(lx: Lexicon, text: str, lo: int, m: Mention) -> Mention | None:
    """`According to ProPublica, Clinton praised her “…”`: the source opening the sentence
    relays what its subject said, and is the quotation's source (see `relayed_source`)."""
    if not _may_hold(text, lo, m.start, lx.according_to):
        return None                               # (no word there opens an according-to form: not tokenised)
    toks = tokenize(text, lo, m.start, limit=_RELAY_TOKENS)
    i = 0
    while i < len(toks) and toks[i].low in lx.sentence_connectives:
        i += 1
    n = according_to(lx, toks, i) if i + 1 < len(toks) else 0
    r = np_right(lx, toks, i + n, limit=8) if n and i + n < len(toks) else None
    if r is None or r[1] >= len(toks) or toks[r[1]].text != ",":
        return None
    return mention_of(lx, toks, r)


def label(site: QuoteSite) -> Mention | None:
    """`… ISIS.” Bush: “The mission is …”`: a short capitalised name and a colon, as in transcripts.

    (Where titles open with a topic and a colon, `Climat : « … »`, the name must be a person's.)"""
    toks = site.before
    m = _label_speaker(site.lx, toks, len(toks) - 1)
    return None if m is not None and (_common_noun(site.lx, site.text, m) or _title_topic(site, m)) else m


def _title_topic(site: QuoteSite, m: Mention) -> bool:
    """`Klima: „…“` in a title, where every noun is capitalised: one word that is neither a first
    name nor a surname the text gives in full is the topic, not a speaker."""
    word = site.text[m.start:m.end]
    return site.lx.nouns_capitalised and site.para_start == 0 and " " not in word \
        and not site.lx.first_name(word) and not (site.is_name and site.is_name(word, m.start))


def _common_noun(lx: Lexicon, text: str, m: Mention) -> bool:
    """Is the one-word label `m` a noun the text also writes in lower case (`Climat : « … »`)?"""
    word = text[m.start:m.end]
    return lx.colon_subject and " " not in word and \
        re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None


def sentence_final(site: QuoteSite) -> Mention | None:
    """`“Boots on the ground” would be needed, Ben Carson said after the attacks.`"""
    lo, hi = site.bounds
    _, s, e, c = site.spans[site.k]
    if "," not in site.text[c:hi]:
        return None                               # (no comma after the quotation: nothing to read there)
    if site.text[s:e].rstrip()[-1:] in ".?!" and site.text[c:hi].lstrip()[:1].isupper():
        return None                               # (`“… court.” The change …, the government said.`: the
                                                  # quotation closed its sentence, the next has its own source)
    if not _may_hold(site.text, c, hi, site.lx.reporting_verbs, site.lx.reporting_phrases):
        return None                               # (no verb of saying after it: not tokenised)
    words = site.text[s:e].split()
    name_like = len(words) <= 3 and all(w[:1].isupper() for w in words)   # (`«Росатом» выражает …, заявил X`)
    return _sentence_final(site.lx, site.win.window(lo, hi), len(site.before) - 1, inverted=not name_like)


def _first_word(text: str, lo: int, hi: int) -> Tok | None:
    """The first word token of text[lo:hi] (one that starts with a letter or digit), as `tokenize`
    reads it, without tokenising what comes before or after it; None when there is none.
    (Every character before it is a space, `_` or a punctuation token of its own.)"""
    run = _RUN_RE.search(text, lo, hi)
    if run is None:
        return None
    word = TOKEN_RE.match(text, run.start(), hi)
    return Tok(word.group(), word.start(), word.end())


def _may_hold(text: str, lo: int, hi: int, *word_sets: frozenset[str]) -> bool:
    """Could a token of text[lo:hi] (its `low`) be a word or open a phrase of `word_sets`? A C-speed
    test that spares tokenising: a token's first run of letters and digits is a run of the text."""
    return not _opening_runs(word_sets).isdisjoint(_RUN_RE.findall(text[lo:hi].lower()))


def _opening_runs(word_sets: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The first run of letters and digits of each word and phrase (`a` of `a-t-il`), once per lexicon."""
    runs = _OPENING_RUNS.get(word_sets)
    if runs is None:
        runs = _OPENING_RUNS[word_sets] = frozenset(
            m.group() for words in word_sets for w in words for m in (_RUN_RE.match(w),) if m)
    return runs


_RUN_RE = re.compile(r"[^\W_]+")
_OPENING_RUNS: dict[tuple[frozenset[str], ...], frozenset[str]] = {}


def as_clause(site: QuoteSite) -> Mention | None:
    """Later in the quotation's sentence, an `as X said` clause names its speaker: `simulierten einen
    “…“ des Systems, wie das Verteidigungsministerium mitteilte`, `…, comme l'a dit le ministre`."""
    lx = site.lx
    if not lx.colon_subject or not lx.as_cues:
        return None
    lo, hi = site.bounds
    if "," not in site.text[site.spans[site.k][3]:hi] or \
            not _may_hold(site.text, site.spans[site.k][3], hi, lx.as_cues, lx.after_quote_cues):
        return None
    toks = site.win.window(lo, hi)
    qi = len(site.before) - 1
    for j in range(qi + 1, min(len(toks) - 1, qi + _AS_REACH)):
        t = toks[j]
        if t.text == QUOTE_TOKEN:
            return None                           # (another quotation: the clause is its own)
        if (t.low in lx.as_cues or t.low in lx.after_quote_cues) and toks[j - 1].text == ",":
            k = j + 1
            while k < len(toks) and (toks[k].low in lx.impersonal_pronouns and toks[k].low not in lx.determiners
                                     or toks[k].low in lx.object_clitics
                                     or toks[k].low in lx.auxiliaries or is_reporting(lx, toks, k)):
                k += 1                            # `wie es X sagte`, `comme l'a dit X`, `как сообщил X`
            r = np_right(lx, toks, k, limit=10) if k < len(toks) else None
            if r is not None and person_like(lx, toks, r, site.is_name):
                return mention_of(lx, toks, with_apposition(lx, toks, r))
            return None
    return None


_AS_REACH = 40   # tokens after a quotation searched for its `as X said` clause


def as_clause_before(site: QuoteSite) -> Mention | None:
    """An `as X said` clause opening the quotation's sentence names its speaker: `Jak mówił we wtorek
    minister, decyzja była „…”`, `Comme l'a rappelé mardi la ministre, la loi est « … »`, `Wie der
    Sprecher sagte, sei das „…“`. The clause holds a reporting verb and ends at a comma."""
    lx = site.lx
    if not lx.colon_subject or not lx.as_cues:
        return None
    lo, o = site.bounds[0], site.spans[site.k][0]
    if site.k and site.spans[site.k - 1][3] > lo:             # (quotations earlier in the sentence)
        if not _may_hold(site.text, lo, o, lx.as_cues):
            return None
    else:                                                     # (none: the sentence opens with its first word)
        first = _first_word(site.text, lo, o)
        if first is None or first.low not in lx.as_cues:
            return None                                       # (not tokenised)
    toks = site.before
    qi = len(toks) - 1
    j = next((j for j in range(qi) if toks[j].is_word), qi)
    if j >= qi or toks[j].low not in lx.as_cues:
        return None
    e = next((e for e in range(j + 1, qi) if toks[e].text == ","), None)
    if e is None or not any(is_reporting(lx, toks, v) for v in range(j + 1, e)):
        return None
    for s in range(j + 1, e):
        t = toks[s]
        if not t.is_word or t.low in lx.prepositions or t.low in lx.adverbs or t.low in lx.object_clitics \
                or t.low in lx.auxiliaries or t.low in lx.impersonal_pronouns and t.low not in lx.determiners \
                or is_reporting(lx, toks, s) or toks[s - 1].low in lx.prepositions:
            continue                              # (the verb, its adverbs and the object of a preposition)
        r = np_right(lx, toks, s, limit=e - s)
        if r is not None and r[1] <= e and (person_like(lx, toks, r, site.is_name) or r[1] == e and toks[r[0]].is_cap
                                           and is_reporting(lx, toks, j + 1)):
            return mention_of(lx, toks, r)        # (`Jak podkreślił w komunikacie Energinet, „…”`: a body too)
        if r is not None and r[1] + 2 < e and not toks[r[1]].is_word and not toks[e - 1].is_word \
                and toks[r[1] + 1].is_cap and is_reporting(lx, toks, j + 1) and all(
                    t.is_word for t in toks[r[1] + 1:e - 1]):
            return Mention(toks[r[0]].start, toks[e - 1].end, "np")   # `Как пишет газета «X», «…»`: the
                                                                       # outlet, its name in marks
    return None


def colon_intro(site: QuoteSite) -> Mention | None:
    """A quotation opening a paragraph after `Caddell continued:` / `Er sagte:`."""
    if len(site.before) != 1:
        return None
    return _colon_intro(site.lx, site.text, site.para_start, site.is_name)


def headline(site: QuoteSite) -> Mention | None:
    """`Pence: Trump Was ‘Mocking’ Clinton`, transcripts `PENCE: …`: a short name and a colon open the line."""
    m = _headline_speaker(site.lx, site.text, site.para_start, site.spans[site.k][0])
    return None if m is not None and _common_noun(site.lx, site.text, m) else m


def signature(site: QuoteSite) -> Mention | None:
    """A signature line under the quotation's paragraph: `“…”\n\n- Bernie Sanders.`"""
    return _signature_after(site.lx, site.text, site.para_end)


def next_sentence(site: QuoteSite) -> Mention | None:
    """The sentence after the quotation points back to it: `«…». Con estas palabras define María López`,
    `“…”. Lo ha detto la vice presidente X`, `«…». Об этом заявил X`."""
    text, lx = site.text, site.lx
    _, s, e, c = site.spans[site.k]
    hi = min(site.para_end, c + 200)
    j = c
    while j < hi and text[j] in " .\t\u00a0":
        j += 1
    if j == c or "." not in text[max(s, e - 2):j] or (site.k + 1 < len(site.spans) and site.spans[site.k + 1][0] < j + 60):
        return None                               # (the quotation must end its sentence; no other one close by)
    end = clause_end(lx, text, j, hi)
    first = TOKEN_RE.search(text, j, end)
    if first is None or not _may_hold(text, first.start(), first.end(), lx.cataphora, lx.cataphora_pronouns):
        return None                               # (its first word opens no pointer back: not tokenised)
    toks = tokenize(text, j, end, limit=16)
    n = phrase_at(lx.cataphora, toks, 0) if toks else 0
    if not n and len(toks) > 2 and toks[0].low in lx.cataphora_pronouns:
        v = 1
        while v < len(toks) and skippable(lx, toks[v]):
            v += 1                                # `Lo ha sottolineato`, `Das hat … gesagt`
        n = v + is_reporting(lx, toks, v) if v < len(toks) and is_reporting(lx, toks, v) else 0
    if not n:
        return None
    for v in range(n, min(n + 4, len(toks))):   # the subject, right after the phrase or after its verb
        if not toks[v].is_word:
            break
        r = np_right(lx, toks, v, limit=8)
        if r is not None and (person_like(lx, toks, r, site.is_name) or _a_body(lx, toks, r)):
            return mention_of(lx, toks, with_apposition(lx, toks, r))
    return None


def _a_body(lx: Lexicon, toks: list[Tok], r: tuple[int, int]) -> bool:
    """Does toks[r] name an institution (`l’Istituto superiore di sanità`, `das Ministerium`)?"""
    return any(lx.is_one_of(_ELIDED_RE.sub("", t.low), lx.org_words) for t in toks[r[0]:r[1]] if t.is_word)


_ELIDED_RE = re.compile(r"^\w{1,3}['’]")   # an elided article glued to its noun: `l’`, `d’`


def colon_subject(site: QuoteSite) -> Mention | None:
    """A quotation after a colon, in a language that names the speaker anywhere in the clause
    the colon closes (`Irina Weber machte deutlich: „…“`, `Für Franziskus ist der Krieg eine
    Schande: “…”`, `potwierdza wiadomość od rzeczniczki: „…”`): that clause's subject when it can
    speak, else the person its opening `for X` names, else the nearest person before the colon."""
    if not site.lx.colon_subject:
        return None
    toks = site.before
    c = len(toks) - 2
    if c < 1 or toks[c].text != ":":
        return None
    return _colon_subject(site.lx, toks, c, site.is_name)


def title_line(site: QuoteSite) -> Mention | None:
    """A quotation in an article's first line, its title: `Morawiecki bezlitosny. "…"`, `"…". Apel
    Grety Thunberg`: the person the title names, before the quotation or after it."""
    text, lx = site.text, site.lx
    if site.para_start != 0 or site.para_end > _TITLE_CHARS or not lx.colon_subject:
        return None
    o, s, e, c = site.spans[site.k]
    # (a few words in a title are someone's only when the sentence that holds them names that
    # someone first: `la Russie propose un « hub gazier »`, not `PiS ma plany. Chodzi o „unii”`)
    lo = site.bounds[0] if _is_phrase(text, s, e) else 0
    for lo, hi in ((lo, o),) if lo else ((0, o), (c, site.para_end)):
        toks = site.win.stretch(lo, hi)
        for i, t in enumerate(toks):
            if not t.is_word or not t.is_cap or i and toks[i - 1].is_cap and toks[i - 1].is_word \
                    and toks[i - 1].low not in lx.prepositions and toks[i - 1].low not in lx.not_names:
                continue                          # (inside a name: read from its first word)
            r = np_right(lx, toks, i, limit=5)
            if r is not None and person_like(lx, toks, r, site.is_name) and not _after_preposition(lx, toks, i):
                a = next((j for j in range(r[0], r[1] - 1) if lx.first_name(toks[j].text)), r[0])
                return mention_of(lx, toks, (a, r[1]))    # (`Apel Grety Thunberg`: the name, not the appeal)
    return None


def _is_phrase(text: str, s: int, e: int) -> bool:
    inner = text[s:e].strip()
    return inner.count(" ") < 5 and inner[-1:] not in ".!?…"


_TITLE_CHARS = 250   # a first line longer than this is prose, not a title


# ---------------------------------------------------------------- what each cue needs present

def _colon_before(site: QuoteSite) -> bool:
    """`label`, `colon_subject`: the quotation's token follows a colon's (`Bush: “…”`). The last
    character before the opening mark that is no space or `_` (which no token holds) is the last
    token's, and a colon is always a token of its own."""
    text, lo = site.text, site.bounds[0]
    i = site.spans[site.k][0] - 1
    while i >= lo and (text[i].isspace() or text[i] == "_"):
        i -= 1
    return i >= lo and text[i] == ":"


def _colon_ends_paragraph_before(site: QuoteSite) -> bool:
    """`colon_intro`: the paragraph before ends with a colon (`Caddell continued:`), the first
    thing `_colon_intro` tests, read without tokenising the quotation's sentence."""
    text = site.text
    p = site.para_start - 1
    while p > 0 and text[p - 1].isspace():
        p -= 1
    return p > 0 and text[p - 1] == ":"


def _colon_opens_line(site: QuoteSite) -> bool:
    """`headline`: a colon within the line's first 80 characters, before the quotation."""
    return site.text.find(":", site.para_start, min(site.spans[site.k][0], site.para_start + 80)) >= 0


def _dash_line_after(site: QuoteSite) -> bool:
    """`signature`: the next paragraph opens with a dash (`- Bernie Sanders.`)."""
    k = next_paragraph_at(site.text, site.para_end)
    return k < len(site.text) and site.text[k] in _SIGNATURE_DASHES


_SIGNATURE_DASHES = frozenset("-—–―")   # (the dashes `_SIGNATURE_RE` opens with)


CUES: tuple[Cue, ...] = (
    Cue("after_quote", after_quote),
    Cue("as_clause_before", as_clause_before),
    Cue("as_clause", as_clause),
    Cue("before_quote", before_quote),    # (see below)
    Cue("label", label, _colon_before),
    Cue("sentence_final", sentence_final),
    Cue("colon_intro", colon_intro, _colon_ends_paragraph_before),
    Cue("headline", headline, _colon_opens_line),
    Cue("signature", signature, _dash_line_after),
    Cue("next_sentence", next_sentence),
    Cue("colon_subject", colon_subject, _colon_before),
    Cue("title_line", title_line),
)

# `before_quote` declares no trigger: a test for a cue word anywhere in the sentence before the
# quotation (`_may_hold` over it) skipped the cue for half the quotations, yet cost more than it
# saved (callgrind, 309 shared articles: 1,666 M instructions with it, 1,642 M without; 1,661 M
# with the test sharing `_near_cue`'s look at the nearest words), because the fallbacks after the
# cues tokenise the same sentence anyway and the cue's own scan is one set lookup per token.
# The other triggers cost next to nothing (1,642.6 M with them, 1,642.0 M without).

# Skip a cue whose trigger is absent (`Cue.triggered`). Off, every cue is tried: the output
# must be the same either way (tests/test_quotes_cues.py checks it).
SKIP_UNTRIGGERED = True


def find_cue(site: QuoteSite) -> tuple[Mention | None, str | None]:
    """(mention, cue name) from the first cue of `CUES` that finds a speaker; (None, None)."""
    skip = SKIP_UNTRIGGERED
    for cue in CUES:
        if skip and cue.triggered is not None and not cue.triggered(site):
            continue
        m = cue.find(site)
        if m is not None:
            return m, cue.name
    return None, None


def predicate_subject(site: QuoteSite) -> Mention | None:
    """The last resort (languages with `subject_fallback`): the subject of the sentence whose
    predicate holds the quotation, `They are skeptical of the “…”`."""
    toks = site.before
    return _predicate_quote_subject(site.lx, toks, len(toks) - 1)


def starts_with_reporting(lx: Lexicon, text: str, a: int, b: int) -> bool:
    """Does text[a:b] read as a reporting clause: a reporting verb among its first words
    (`ha detto il primate`, `afferma`, `Fitto ha detto`, `рассказывает он`)?"""
    toks = tokenize(text, a, b, limit=12)
    words = [i for i, t in enumerate(toks) if t.is_word]
    if not words or toks[words[0]].low in lx.clause_starters or any(
            toks[i].low in lx.first_person_pronouns for i in words):
        return False                              # `— and I say we, because … —` is the speaker's own aside
    return any(is_reporting(lx, toks, i) for i in words[:4])


# ---------------------------------------------------------------- how each cue reads

def _after_quote(lx: Lexicon, toks: list[Tok], ends_sentence: bool, delimited: bool = True,
                 unfinished: bool = False) -> Mention | None:
    """`…,” Peskov stated` / `…,” said a soldier` / `…“, sagte er` / `», — сказал он`.

    `toks` are the tokens right after the closing mark, up to the next quotation. Every
    pattern starts with a word once commas, colons and dashes are skipped, so anything
    else finds nobody (`attribute` checks that with `_WORD_AFTER_MARK_RE` before tokenising).
    """
    i = 0
    while i < len(toks) and toks[i].text in _CLAUSE_PUNCT:
        i += 1
    dashed = i > 0 and any(t.text in DASHES for t in toks[:i])
    if i + 2 < len(toks) and toks[i].low in lx.as_cues and toks[i + 1].is_word:
        i += 1                                    # `,” as Cruz said on Monday`
    if i >= len(toks):
        return None
    m = (_inverted_pronoun(lx, toks, i, any_verb=True) or pronoun_cue(lx, toks, i) or _impersonal_report(lx, toks, i)
         or _usage(lx, toks, i) or _agent(lx, toks, i))
    if m:
        return m
    if toks[i].low in lx.object_clitics and i + 1 < len(toks) and (
            is_reporting(lx, toks, i + 1) or toks[i + 1].low in lx.auxiliaries):
        i += 1                                    # `«…», nous confie X`, `«…», le dijo el ministro`
    if i and toks[i - 1].text in _COMMA_OR_DASH:
        i = _past_manner(lx, toks, i)             # `», — с сарказмом написал X`
    if toks[i].low in lx.prepositions and not is_reporting(lx, toks, i):
        j = next((j for j in range(i + 1, min(i + 6, len(toks))) if toks[j].text == ","), 0)
        if j and j + 1 < len(toks) and (is_reporting(lx, toks, j + 1) or toks[j + 1].low in lx.auxiliaries
                                        or according_to(lx, toks, j + 1)):
            i = j + 1                             # `"…" con la Cina, ha sottolineato la Casa Bianca`
    n_verb = is_reporting(lx, toks, i) or _trailing_verb(lx, toks, i)
    if not n_verb and toks[i].low in lx.auxiliaries and i + 1 < len(toks):
        j = i + 1
        while j + 1 < len(toks) and skippable(lx, toks[j]):
            j += 1                                # "a déclaré", "ha detto", "ha quindi proseguito"
        j = _past_manner(lx, toks, j)             # "a de son côté indiqué", "avait par exemple déclaré"
        n_verb = is_reporting(lx, toks, j)
        if n_verb:
            i = j
        elif m := _subject_before_participle(lx, toks, i + 1):
            return m
    m = _speech_of(lx, toks, i)
    if m:
        return m
    if n_verb and not lx.pro_drop and toks[i].low.endswith(lx.participle_suffixes) and (
            not toks[i].is_cap or ends_sentence):
        return None                               # `,” telling reporters …`, `,” saying the town …`: an object or
                                                  # a clause follows, the speaker is the sentence's subject
                                                  # (`.” Describing X as …`: a new sentence's opening clause)
    if n_verb:
        r = np_right(lx, toks, _past_adjuncts(lx, toks, i + n_verb))
        if r is None or toks[r[0]].text.isdigit():
            r = _subject_past_adjuncts(lx, toks, i + n_verb) or r
        if r is not None and i == 0 and not delimited and lx.colon_subject and not person_like(lx, toks, r) \
                and not toks[i].is_cap:
            return None                           # (`«потомки победителей» допустили запреты`: the words are the
                                                  # subject; not `„…” Donosi Times of Israel.`, a new sentence)
        if r is None:
            return _zero_subject(lx, toks, i, n_verb, ends_sentence)
        if toks[r[0]].low in lx.reporting_verbs:
            return None
        if toks[r[0]].low in lx.speech_nouns or r[0] + 1 < r[1] and toks[r[0]].low in lx.determiners \
                and toks[r[0] + 1].low in lx.speech_nouns:
            m = _speech_of(lx, toks, r[0])        # `», – приводит слова бывшего министра`: whose words
            if m:
                return m
        if toks[i].low in lx.quoting_verbs and r[1] < len(toks):
            own = np_right(lx, toks, r[1], limit=6) if toks[r[1]].is_word and not toks[r[1]].is_cap else None
            if own is not None and lx.is_one_of(toks[own[1] - 1].low, lx.role_nouns):
                return mention_of(lx, toks, own)  # `», – цитирует РИА Новости американского аналитика`: the role
            k = r[1]
            while k < len(toks) and k - r[1] < 4 and toks[k].is_word and toks[k].low not in lx.determiners:
                k += 1                            # (`zitiert die Zeitung 20 Minuten | eines der Opfer`)
            quoted = np_right(lx, toks, k, limit=8) if k < len(toks) and toks[k].is_word else None
            if quoted is not None and (person_like(lx, toks, quoted) or toks[quoted[0]].low in lx.determiners):
                return mention_of(lx, toks, quoted)   # `„…“, zitiert die Zeitung eines der Opfer`: the quoted one
        if r[1] - r[0] == 1 and toks[r[0]].text.isupper() and r[1] < len(toks):
            after = np_right(lx, toks, r[1], limit=8)   # `сказал WP один из миллиардеров`: the outlet, then
            if after is not None and person_like(lx, toks, after):   # who spoke to it
                r = after
        if toks[r[0]].low.endswith(lx.participle_suffixes) and not toks[r[0]].is_cap and lx.pro_drop:
            return _zero_subject(lx, toks, i, n_verb, ends_sentence, mid_clause=True)   # `”, le pregunta mostrando …`
        r = _name_after_modifier(lx, toks, r) or _name_after_coordinated(lx, toks, r) or r
        return mention_of(lx, toks, with_apposition(lx, toks, r))
    if toks[i].low in lx.after_quote_cues and (i > 0 and toks[i - 1].text == "," or i == 0 and unfinished):
        r = np_right(lx, toks, i + 1)                        # `„…“, so der Minister.`, `„…,“ so er.`
        return mention_of(lx, toks, with_apposition(lx, toks, r)) if r else None
    n_cue = according_to(lx, toks, i)
    if n_cue:
        return mention_of(lx, toks, np_right(lx, toks, i + n_cue))
    # (English keeps the comma inside the marks: `!” beamed Tom Hartley, …`, `,” reacted Lund.`)
    inside = i == 0 and delimited and not ends_sentence and verbish(lx, toks[i])
    if (i > 0 and toks[i - 1].text == "," or inside) and not toks[i].is_cap and toks[i].is_word \
            and toks[i].low not in lx.np_stop and i + 1 < len(toks):
        r = np_right(lx, toks, i + 1, limit=5)    # `», orakelte Richard.`, `”, smiles Peskov.`
        if r is not None and toks[r[0]].is_cap and (r[1] >= len(toks) or toks[r[1]].text in (".", ";") or inside and (
                toks[r[1]].text == "," or toks[r[1]].low in lx.np_prepositions)) and person_like(lx, toks, r):
            return mention_of(lx, toks, r)
    r = np_right(lx, toks, i, limit=8)
    if r is None or not delimited and i == 0 and lx.nouns_capitalised:
        return None
    if lx.subject_fallback and not delimited and i == 0 and not toks[i].is_cap and (
            toks[i].low in lx.prepositions or toks[i].low in lx.of_prepositions or toks[i].low in lx.clause_starters) \
            and i + 1 < len(toks) and is_reporting(lx, toks, i + 1):
        return None                               # (`the “folly” of adding …`, `is “wrong” for saying …`: the
                                                  # phrase runs on; no subject there)
    a, j = r
    if j < len(toks) and _used_as_noun(lx, toks, j) and j == a + 1 and is_reporting(lx, toks, j) == 1:
        j += 1                                    # `,” the chant went on`: after an article, the noun
        r = (a, j)
    if j < len(toks) and toks[j].low in lx.according_to_after:
        return mention_of(lx, toks, r)            # `„…“, dem Bericht zufolge.`
    if dashed and toks[a].is_cap and (j >= len(toks) or toks[j].text in (".", QUOTE_TOKEN)):
        return mention_of(lx, toks, r)                  # `“…” ― Carlos Raúl`: a signature after a dash
    j = _skip_brackets(toks, j)                   # `Rep. Gwen Moore (D-Wis.) said`
    if j + 2 < len(toks) and toks[a].is_cap and toks[j].low in lx.linking_prepositions:
        body = np_right(lx, toks, j + 1, limit=6)
        if body is not None and body[1] < len(toks) and is_reporting(lx, toks, body[1]) \
                and not person_like(lx, toks, body):   # (not `National Bureau of Statistics chief Li Wen told`)
            j = body[1]                           # `,” Tom Morgan of the Sierra Club said`: the person, past
                                                  # what they are of (`np_right` stops a name there)
    bare = not (toks[a].is_cap or toks[a].low in lx.pronouns or toks[a].low in lx.determiners)
    if j - a >= 3 and toks[a].low in lx.determiners and verbish(lx, toks[j - 1]) \
            and not (j < len(toks) and is_reporting(lx, toks, j)) or j - a >= 2 and _trailing_verb(lx, toks, j - 1):
        j -= 1                                    # "an angry Hollande retaliated" (not "the union leaders said"), "the email read"
        r = (a, j)
    if j < len(toks) and toks[j].text == ",":
        # an appositive: "Josh Earnest, White House press secretary, said", "Tom Bello, the former
        # head of the rowing club in the town of Alder, said", up to two more parts before the verb
        # ("a lawyer from Alder, Ohio, said")
        k = _apposition_end(toks, j)
        for _ in range(_APPOSITION_PARTS):
            if k + 1 >= len(toks) or toks[k].text != "," or is_reporting(lx, toks, k + 1) or verbish(lx, toks[k + 1]) \
                    or skippable(lx, toks[k + 1]):
                break
            e = _apposition_end(toks, k)
            if e >= len(toks) or toks[e].text != "," or e - j > _APPOSITION_TOKENS:
                break
            k = e
        if k < len(toks) and toks[k].text == ",":
            j = k + 1
        elif j + 2 < len(toks) and toks[j + 1].low in lx.indefinite_determiners and toks[a].is_cap:
            # `,” Tom Reddle, a Brightair spokesman told the BBC`: no comma closes the description;
            # its role noun and then the verb of saying
            v = next((v for v in range(j + 2, min(k, j + _OPEN_APPOSITION)) if is_reporting(lx, toks, v)), 0)
            if v and lx.is_one_of(toks[v - 1].low, lx.role_nouns):
                j = v
    while j < len(toks) and skippable(lx, toks[j]):
        j += 1
    if j >= len(toks):
        return None
    n_verb = is_reporting(lx, toks, j) or _trailing_verb(lx, toks, j)
    if not n_verb and not ends_sentence and not bare and verbish(lx, toks[j]) and (
            j + 1 >= len(toks) or toks[j + 1].text in (".", ",", ";")
            or delimited and i == 0 and toks[a].is_cap and skippable(lx, toks[j + 1])
            or unfinished and i == 0 and toks[a].is_cap and person_like(lx, toks, r)):
        n_verb = 1                                # `,” an angry Hollande retaliated.`, `,” Lund fumed angrily`, and
                                                  # after a quotation cut by a comma, a person's name and any verb
                                                  # form, whatever follows it (`,” Tom Hale echoed after the match`)
    if not n_verb:
        v = next((v for v in range(j, min(j + _SUBJECT_TAIL, len(toks))) if not toks[v].is_word
                  or is_reporting(lx, toks, v)), len(toks))
        left = np_left(lx, toks, v - 1) if j < v < len(toks) and toks[v].is_word else None
        if left is None or not (toks[left[0]].is_cap or _ends_in_two_capitals(lx, toks, left)) \
                or not person_like(lx, toks, left):
            return None                           # (`,” chairman and chief executive Tom Glass said`)
        r, j, n_verb = left, v, is_reporting(lx, toks, v)   # `National Bureau of Statistics chief Li Wen told`:
                                                        # the name right before the verb is its subject
    if toks[j].low in lx.quoting_verbs:
        quoted = _quoted_as_saying(lx, toks, j + n_verb)
        if quoted is not None:                    # `,” the agency quoted Mr Orlov as saying`: the one quoted
            return quoted
    if ends_sentence:
        # after a full stop, `He added, “…”` introduces what follows; only a bare
        # `He said.` still belongs to the quotation before it
        # (the full stop may be its own token or the last word's: `said.`, `on Monday.`)
        k = j + n_verb - 1
        while k + 1 < len(toks) and toks[k + 1].is_word and not carries_full_stop(lx, toks[k]) and k - j < 5:
            k += 1
        if not (carries_full_stop(lx, toks[k]) or k + 1 < len(toks) and toks[k + 1].text == "."):
            return None
    return mention_of(lx, toks, r)


def _ends_in_two_capitals(lx: Lexicon, toks: list[Tok], r: tuple[int, int]) -> bool:
    """Does the phrase toks[r] open with a bare role and close with two capitalised words (a full
    name: `chairman and chief executive Tom Glass`; not `il New York Times`)?"""
    return r[1] - r[0] >= 3 and toks[r[1] - 1].is_cap and toks[r[1] - 2].is_cap \
        and toks[r[0]].low not in lx.determiners


def _quoted_as_saying(lx: Lexicon, toks: list[Tok], k: int) -> Mention | None:
    """`quoted Mr Orlov as saying`: the object of a quoting verb, when `as` and a verb of saying follow it."""
    r = np_right(lx, toks, k, limit=6) if k < len(toks) else None
    if r is None or r[1] + 1 >= len(toks) or toks[r[1]].low not in lx.as_cues or not is_reporting(lx, toks, r[1] + 1):
        return None
    return mention_of(lx, toks, r)


def _name_after_modifier(lx: Lexicon, toks: list[Tok], r: tuple[int, int]) -> tuple[int, int] | None:
    """`– napisał słynący z krótkich wpisów Musk.`: one lower-case word that is no noun of a speaker
    (a participle or adjective) opens a phrase describing the subject; the name that closes the clause
    is the subject."""
    w = toks[r[0]]
    if r[1] - r[0] != 1 or w.is_cap or w.low in lx.pronouns or w.low in lx.determiners \
            or lx.is_one_of(w.low, lx.role_nouns) or lx.is_one_of(w.low, lx.people_nouns):
        return None
    for e in range(r[1], min(r[1] + _MODIFIER_TOKENS, len(toks))):
        if not toks[e].is_word:
            return None
        if toks[e].is_cap:
            named = np_right(lx, toks, e, limit=4)
            ok = named is not None and person_like(lx, toks, named) and (
                named[1] >= len(toks) or toks[named[1]].text in (".", ",", ";"))
            return named if ok else None
    return None


_MODIFIER_TOKENS = 8   # words of a phrase describing an inverted subject before its name


def _name_after_coordinated(lx: Lexicon, toks: list[Tok], r: tuple[int, int]) -> tuple[int, int] | None:
    """`said Pinter and Moss executive producer Jane Fell.`: a name joined by a connective to
    another (a firm or show of two names), then a role and a person's name closing the clause: the
    person is the subject."""
    e = r[1]
    if e + 2 >= len(toks) or not toks[r[0]].is_cap or toks[e].low not in lx.sentence_connectives:
        return None
    role = False
    for x in range(e + 1, min(e + 1 + _MODIFIER_TOKENS, len(toks) - 1)):
        if not toks[x].is_word:
            return None
        role = role or not toks[x].is_cap and lx.is_one_of(toks[x].low, lx.role_nouns)
        if role and not toks[x].is_cap and toks[x + 1].is_cap:
            named = np_right(lx, toks, x + 1, limit=4)
            ok = named is not None and named[1] - named[0] >= 2 and person_like(lx, toks, named) and (
                named[1] >= len(toks) or toks[named[1]].text in (".", ",", ";"))
            return named if ok else None
    return None


def _subject_before_participle(lx: Lexicon, toks: list[Tok], k: int) -> Mention | None:
    """The subject between an auxiliary and the reporting participle that closes the clause
    (`„…“, habe der Präsident gesagt`, `„…“, hat Kanzler X am Montag gesagt`)."""
    r = np_right(lx, toks, k, limit=6)
    if r is None or not (toks[r[0]].is_cap or toks[r[0]].low in lx.determiners or toks[r[0]].low in lx.pronouns):
        return None
    for j in range(r[1], min(r[1] + _MANNER_WORDS + 1, len(toks))):
        if not toks[j].is_word:
            return None
        n = is_reporting(lx, toks, j)
        if n and (j + n >= len(toks) or toks[j + n].text in (".", ",", ";")):
            return mention_of(lx, toks, with_apposition(lx, toks, r))
    return None


def _apposition_end(toks: list[Tok], j: int) -> int:
    """Index of the token that ends the appositive opened by the comma toks[j] (a comma when one
    closes it within reach)."""
    k = j + 1
    while k < len(toks) and k - j < _APPOSITION_TOKENS and toks[k].text not in (",", ".", ";", ":", QUOTE_TOKEN):
        k += 1
    return k


_APPOSITION_TOKENS = 30   # tokens of appositives between a subject and its verb after a quotation
_OPEN_APPOSITION = 6      # tokens of a description no comma closes (`, a Brightair spokesman told`)
_APPOSITION_PARTS = 4   # more parts set off by commas (`Tom Reed, 30, of Dover, Del., who voted, said`)
_SUBJECT_TAIL = 6   # tokens read on, past a subject phrase cut short (`National Bureau | of …`), for its verb


def _trailing_verb(lx: Lexicon, toks: list[Tok], i: int) -> int:
    """1 when toks[i] is a verb that reports only here, right after a quotation (`,” it read.`)."""
    return 1 if toks[i].low in lx.trailing_verbs and not toks[i].is_cap else 0


def _past_manner(lx: Lexicon, toks: list[Tok], i: int) -> int:
    """Index of the reporting verb (or auxiliary) after a short adverbial that opens a reporting
    clause (`», — с сарказмом поинтересовался X`, `», a de son côté indiqué X`, `», avait par
    exemple déclaré`): a preposition or adverb and at most two more lower-case words, none of
    them a pronoun or a clause's opener. Where no verb follows so, i itself."""
    if i >= len(toks) or not toks[i].is_word or toks[i].is_cap or is_reporting(lx, toks, i) \
            or not (toks[i].low in lx.prepositions or toks[i].low in lx.of_prepositions or skippable(lx, toks[i])):
        return i
    for j in range(i + 1, min(i + _MANNER_WORDS, len(toks))):
        t = toks[j]
        if j > i + 1 and (is_reporting(lx, toks, j) and not t.low.endswith(lx.participle_suffixes)
                          or t.low in lx.auxiliaries):
            return j                              # (not `to say`, `asking`: no adverbial there)
        if not t.is_word or t.is_cap or t.low in lx.pronouns and t.low not in lx.possessive_pronouns \
                or t.low in lx.relative_pronouns \
                or t.low in lx.clause_starters or t.low in lx.according_to:
            return i
    return i


def _adverbial_at(lx: Lexicon, toks: list[Tok], j: int) -> int:
    """Length (in tokens) of the longest adverbial phrase of the profile starting at toks[j], or 0."""
    if not lx.adverbial_phrases or not toks[j].is_word:
        return 0
    for n in range(min(_ADVERBIAL_TOKENS, len(toks) - j), 0, -1):
        if " ".join(t.low for t in toks[j:j + n]) in lx.adverbial_phrases:
            return n
    return 0


def _date_at(lx: Lexicon, toks: list[Tok], j: int) -> int:
    """Length (in tokens) of a calendar date starting at toks[j]: a day's number and a lower-case
    month, with an article or preposition before it and a year after it (`le 23 avril 2022`,
    `il 5 maggio`, `23 kwietnia`), or 0. A day alone is no date (`le 23 mars` but not `le 23`)."""
    k = j + 1 if toks[j].is_word and not toks[j].is_cap and (
        toks[j].low in lx.determiners or toks[j].low in lx.prepositions) else j
    if k + 1 >= len(toks) or not (toks[k].text.isdigit() and len(toks[k].text) <= 2):
        return 0
    m = k + 1 + (toks[k + 1].text == ".")
    if m >= len(toks) or not toks[m].is_word or toks[m].is_cap or toks[m].low in lx.np_stop:
        return 0
    m += 1
    if m < len(toks) and toks[m].text.isdigit() and len(toks[m].text) == 4:
        m += 1
    return m - j


_ADVERBIAL_TOKENS = 4   # words in the longest adverbial phrase (`un peu plus tard`)
_MANNER_WORDS = 4   # an adverbial before a reporting verb: its preposition and up to 2 more words


def _past_adjuncts(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """Index after the adverbs and one short prepositional phrase that may stand between a verb
    and its inverted subject: `ha affermato in precedenza il ministro`, `señala a este periódico
    María Sánchez`, `a déclaré mardi à l’AFP le ministre`. Where none follows, k itself."""
    j = k
    while j < len(toks):
        if skippable(lx, toks[j]) or toks[j].low in lx.object_clitics and not toks[j].is_cap \
                and toks[j].low not in lx.determiners:
            j += 1                                # (`entschuldigte sich der Präsident`)
        elif n := _adverbial_at(lx, toks, j) or _date_at(lx, toks, j):
            j += n                                # `a dit un peu plus tard le ministre`, `a lancé le 23 avril X`
        elif toks[j].text == "," and j + 2 < len(toks) and toks[j + 1].low in lx.adverbs \
                and toks[j + 2].text == ",":
            j += 3                                # `erklärte heute, Donnerstag, X`: a day set off by commas
        else:
            break
    if j < len(toks) and toks[j].low in lx.prepositions and toks[j].low not in lx.according_to:
        # the subject starts at the first capitalised word (`na Twitterze Biedroń`: after one),
        # else at the first determiner past the phrase's own (`in precedenza il ministro`); no
        # second phrase in between (`by Springsteen after the …`)
        words = range(j + 2, min(j + 6, len(toks)))
        stop = next((e for e in range(j + 1, min(j + 6, len(toks))) if not toks[e].is_word
                     or toks[e].low in lx.np_stop and toks[e].low not in lx.determiners), len(toks))
        cap = [e for e in words if e < stop and toks[e].is_cap and toks[e].low not in lx.determiners
               and (toks[e - 1].is_cap and (e - 1 == j + 1 or not lx.pro_drop)
                    or not toks[e - 1].is_cap and (e > j + 2 or not toks[j + 1].is_cap)
                    and not (lx.pro_drop and toks[e - 1].low in lx.of_prepositions))]
        # (`ai microfoni di Channel One`: a name inside the phrase, the subject dropped)
        det = [e for e in words if e < stop and toks[e].low in lx.determiners and toks[e - 1].low not in lx.determiners]
        if cap and det and det[0] > cap[0] and all(toks[e].is_cap for e in range(j + 1, det[0])):
            cap = []                              # `sur RTL TV le président`: the outlet's name, then the subject
        for e in (cap[:1] or det[:1]):
            if np_right(lx, toks, e) is not None:
                return e
    return j if j < len(toks) and np_right(lx, toks, j) is not None else k


def _subject_past_adjuncts(lx: Lexicon, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The inverted subject after a longer run of adjuncts than `_past_adjuncts` reads: a year and
    up to three short prepositional phrases of lower-case words (`sagte 1958 der damalige
    Präsident X`, `заявил на этой неделе в интервью местному радио Игорь Смирнов`). The subject
    opens with a capital or a determiner and must be a person or a speaking body."""
    j, phrases = k, 0
    while j < len(toks) and j - k < _ADJUNCT_TOKENS:
        t = toks[j]
        if skippable(lx, t) or t.text.isdigit() and len(t.text) == 4:
            j += 1
        elif t.is_word and not t.is_cap and t.low in lx.prepositions and t.low not in lx.according_to \
                and phrases < 3:
            e = j + 1
            while e < len(toks) and e - j <= 4 and toks[e].is_word and not toks[e].is_cap \
                    and toks[e].low not in lx.prepositions and toks[e].low not in lx.np_stop:
                e += 1
                if toks[e - 1].text.isdigit():
                    break                         # `déclarait en 2015 la juge X`: a date ends the phrase
            if e == j + 1:
                return None                       # (a preposition with nothing after it: not an adjunct)
            j, phrases = e, phrases + 1
        else:
            break
    if j == k or j >= len(toks) or not toks[j].is_word or not (toks[j].is_cap or toks[j].low in lx.determiners) \
            or toks[j - 1].low in lx.of_prepositions or toks[j - 1].low in lx.np_prepositions:
        return None                               # (`ha detto ai microfoni di Channel One`: whose microphones)
    r = np_right(lx, toks, j, limit=8)
    if r is None or r[1] - r[0] < 2:
        return None                               # (one word after adjuncts is as often an outlet as a speaker)
    return r if person_like(lx, toks, r) or _a_body(lx, toks, r) else None


_ADJUNCT_TOKENS = 16   # tokens of adjuncts between a reporting verb and its inverted subject


def _skip_brackets(toks: list[Tok], j: int) -> int:
    """Index after a short bracketed aside at toks[j] (`(D-Md.)`), else j."""
    if j < len(toks) and toks[j].text == "(":
        k = j + 1
        while k < len(toks) and k - j < 8 and toks[k].text != ")":
            k += 1
        if k < len(toks) and toks[k].text == ")":
            return k + 1
    return j


def _inverted_pronoun(lx: Lexicon, toks: list[Tok], i: int, any_verb: bool = False) -> Mention | None:
    """French `, a-t-il déclaré` / `, ajoute-t-elle` / `, dit-il`: the pronoun glued to the verb.

    `any_verb`: right after a quotation the inversion itself marks a reporting clause
    (`», justifie-t-il`), whatever the verb.
    """
    t = toks[i]
    m = lx.inverted_re.match(t.low) if lx.inverted_re and "-" in t.low else None
    if m is None:
        return None
    verb = m.group("verb")
    if not any_verb and verb not in lx.reporting_verbs and not (
            verb in lx.auxiliaries and i + 1 < len(toks) and is_reporting(lx, toks, i + 1)):
        return None
    end = word_end(t)
    return Mention(end - len(m.group("pron")), end, "pronoun")



def _agent(lx: Lexicon, toks: list[Tok], i: int) -> Mention | None:
    """`was described as “…” by critics`, `qualifié de «…» par l’opposition`: a passive's agent,
    when it names someone (a person, a role, a body), not a time (`by Monday`)."""
    if toks[i].low not in lx.agent_prepositions or i > 0 and toks[i - 1].text in DASHES:
        return None
    r = np_right(lx, toks, i + 1, limit=6)
    if r is None or not (person_like(lx, toks, r) or r[1] - r[0] >= 2 and toks[r[0]].low in lx.determiners
                         and toks[r[1] - 1].is_cap and not lx.nouns_capitalised):
        return None                               # (`by the Tories`, `by the BBC`: a body named with its article)
    return mention_of(lx, toks, r)


def _speech_of(lx: Lexicon, toks: list[Tok], i: int) -> Mention | None:
    """`the words of X`, `le parole del primo ministro`, `słowa Jana Pawła II`: a speech noun and
    whose speech it is (after `of`/`de`/`di`, or a genitive name right after it)."""
    if i < len(toks) and toks[i].low in lx.determiners:
        i += 1
    elif lx.articles_not_in_names and not (i and toks[i - 1].low in lx.determiners):
        return None                               # (`what they call X “…”`: a verb, not the noun)
    if i + 1 >= len(toks) or toks[i].low not in lx.speech_nouns:
        return None
    j = i + 1
    if toks[j].low in lx.of_prepositions:
        j += 1
    elif not (toks[j].is_cap or toks[j].low in lx.determiners or lx.name_case_endings):
        return None                               # (a genitive needs no preposition: `слова бывшего министра`)
    r = np_right(lx, toks, j, limit=6)
    if r is not None and not person_like(lx, toks, r) and toks[j].is_cap and j == i + 1 and lx.name_case_endings:
        e = j + 1
        while e < r[1] and toks[e].is_cap:
            e += 1
        if e - j <= 3:                            # `передает слова Петрова агентство`: whose words, a name
            return mention_of(lx, toks, (j, e))   # (a source even when no person: `слова Кремля`)
    return mention_of(lx, toks, r) if r is not None and person_like(lx, toks, r) else None


def _usage(lx: Lexicon, toks: list[Tok], i: int) -> Mention | None:
    """`‘…,’ a phrase frequently used in state media`, `«…», une expression utilisée par X`: the users."""
    if i + 3 >= len(toks) or toks[i].low not in lx.determiners or toks[i + 1].low not in lx.speech_nouns:
        return None
    j = i + 2
    while j < len(toks) and skippable(lx, toks[j]):
        j += 1
    if j + 1 < len(toks) and toks[j].low in lx.usage_participles and toks[j + 1].low in lx.prepositions:
        return mention_of(lx, toks, np_right(lx, toks, j + 2))
    return None


def _impersonal_report(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`heißt es in dem Bericht`, `In der Erklärung heißt es`, `говорится в документе`: the document
    the impersonal verb points to (after it, or before it)."""
    n = phrase_at(lx.impersonal_reports, toks, v)
    if not n:
        return None
    k = v + n
    if toks[k - 1].low in lx.prepositions or (k < len(toks) and toks[k].low in lx.prepositions):
        if toks[k - 1].low not in lx.prepositions:
            k += 1
        if k < len(toks) and toks[k].low in lx.speech_nouns and np_right(lx, toks, k) is None:
            return mention_of(lx, toks, (k, k + 1))   # `si sottolinea nella nota`: a noun also a verb (`nota`)
        return mention_of(lx, toks, np_right(lx, toks, k)) if k < len(toks) else None
    if v >= 2 and toks[v - 1].is_word:
        r = np_left(lx, toks, v - 1)
        if r and r[0] >= 1 and toks[r[0] - 1].low in lx.prepositions:
            return mention_of(lx, toks, r)
    return _document_before(lx, toks, v)


def _document_before(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`Auf der Startseite des Rates heißt es`, `Nel documento del consiglio si legge`, `Sur le site
    du conseil, on peut lire`: the phrase after the preposition that opens the clause, with its
    `of` complements, names the document."""
    end = v - 1 if v >= 1 and toks[v - 1].text == "," else v
    for p in range(end - 1, max(-1, end - _DOCUMENT_TOKENS), -1):
        t = toks[p]
        if not t.is_word:
            return None
        if t.low in lx.prepositions and t.low not in lx.of_prepositions and t.low not in lx.np_prepositions:
            if p + 1 >= end or p and toks[p - 1].is_word and not skippable(lx, toks[p - 1]) \
                    and toks[p - 1].low not in lx.sentence_connectives:
                return None                       # (the preposition must open the clause)
            return mention_of(lx, toks, (p + 1, end))
    return None


_DOCUMENT_TOKENS = 9   # words of `in the statement of the council` before an impersonal report


def _zero_subject(lx: Lexicon, toks: list[Tok], v: int, n_verb: int, ends_sentence: bool,
                  mid_clause: bool = False) -> Mention | None:
    """`„…” – powiedział.` / `«…», dijo.`: a reporting verb with no subject (pro-drop).

    The verb stands for the omitted subject; the resolver finds who it is. `mid_clause`: the
    clause goes on after the verb with no subject in it (`”, le pregunta mostrando una imagen`).
    """
    k = v + n_verb
    j = k
    if j < len(toks) and toks[j].low in lx.prepositions and not toks[j].is_cap:
        j += 1                                    # `«…», ha rivelato su Rai 3, …`: where it was said, no subject
        while j < len(toks) and j - k <= _OUTLET_TOKENS and toks[j].is_word and (toks[j].is_cap or toks[j].text.isdigit()
                                                                                 or toks[j].low in lx.determiners
                                                                                 or not toks[j].is_cap):
            j += 1                                # (`– powiedział po spotkaniu.`: where or when, no subject)
    if ends_sentence or toks[k - 1].low not in lx.pro_drop_verbs or (
            not mid_clause and j < len(toks) and toks[j].text not in (".", ",", ";")):
        return None
    return Mention(toks[v].start, word_end(toks[k - 1]), "zero")


_OUTLET_TOKENS = 4   # words of an outlet after a dropped subject's verb (`su Rai 3`, `w TVN24`)



def _predicate_quote_subject(lx: Lexicon, toks: list[Tok], qi: int) -> Mention | None:
    """The subject of a sentence whose predicate holds the quotation: `They are skeptical of the “…”`.

    Not for a scare quote (`The so-called “experts”`), a passive naming (`was described
    as “…”`: the namer is elsewhere), or `they`/`it` whose quotation describes someone
    else in a relative clause (`… a leader who is ‘always with his people’`).
    """
    m = sentence_subject(lx, toks, qi, broad=True)
    if m is None or (qi >= 1 and toks[qi - 1].low in lx.scare_markers):
        return None
    b = next((i for i, t in enumerate(toks) if t.start >= m.end), qi)
    last = toks[b - 1].low if b else ""
    if last in lx.determiners or last in lx.of_prepositions or last in lx.np_prepositions:
        return None                               # (`The timeline of …`, `The “…” ad`: a phrase cut short)
    pairs = list(zip(toks[b:qi], toks[b + 1:qi]))
    if any(t.low in lx.be_forms and u.low in lx.object_reporting_verbs for t, u in pairs):
        return None
    vague = toks[b - 1].low in lx.impersonal_pronouns if b else False
    if vague and any(t.low in lx.relative_pronouns and u.low in lx.be_forms for t, u in pairs):
        return None
    return m


class _NeedsSentence(Exception):
    """A cue read in a stretch cut from the middle of a sentence needs the whole sentence."""


_FIRST_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")


def _opens_with_verb(lx: Lexicon, text: str, o: int, c: int) -> bool:
    """Does the quotation at o..c open with a lower-case verb (`“are based on …”`, `“shows bias”`),
    so that it is the predicate of the phrase before it?"""
    m = _FIRST_WORD_RE.search(text, o + 1, min(c, o + 40))
    if m is None or not m.group()[0].islower():
        return False
    w = m.group()
    return w in lx.be_forms or w in lx.auxiliaries and w not in lx.adverbs or verbish(lx, Tok(w, 0, len(w)))


def _before_quote(lx: Lexicon, toks: list[Tok], qi: int, partial: bool = False, is_name=None,
                  predicate: bool = False) -> Mention | None:
    """The nearest cue before the quotation toks[qi] within its sentence.

    `X said (that) “`, `what X called “`, `X’s claim that “`, `according to X, “`.
    `partial`: toks start mid-sentence, so a cue that reports the sentence's subject
    (a participle) raises `_NeedsSentence` rather than reading a subject off the cut.
    `predicate`: the quotation opens with a verb, so a speech noun right before it is what the
    quotation judges (`Ryan said Ginsburg’s comments “shows bias”`), not whose words they are.
    """
    cue_words, inverted = lx.cue_words, lx.inverted_re is not None
    deferred = None
    for v in range(qi - 1, -1, -1):
        t = toks[v]
        if t.low not in cue_words:
            if inverted and "-" in t.low:
                m = _inverted_pronoun(lx, toks, v)   # `qui, explique-t-il, « … »`
                if m:
                    return m
            continue                              # most words start no cue: one set lookup
        m = pronoun_cue(lx, toks, v) or _impersonal_report(lx, toks, v)
        if m:
            return m
        if t.low in lx.after_quote_cues and v >= 1 and toks[v - 1].text == ",":
            r = np_right(lx, toks, v + 1, limit=6)  # `Nur, so Diemel, eines müsse …: »…«`
            if r is not None and r[1] < qi and (toks[r[1]].text == "," or toks[r[1]].text == ":" and r[1] + 1 == qi) and (
                    toks[r[0]].is_cap or toks[r[0]].low in lx.determiners):
                return mention_of(lx, toks, r)
        if t.low in lx.according_to_after and v >= 1:
            m = mention_of(lx, toks, np_left(lx, toks, v - 1))   # `Dem Bericht zufolge „…“`
            if m:
                return m
        n_cue = according_to(lx, toks, v)
        if n_cue and v + n_cue < qi and (toks[v + n_cue].low in lx.relative_pronouns
                                         or toks[v + n_cue].low in lx.clause_relatives):
            n_cue = 0                             # (`les propos de X selon lesquels …`: no source named there)
        if n_cue and v + n_cue < qi:
            if v >= 1 and is_reporting(lx, toks, v - 1) and not toks[v - 1].low.endswith(lx.participle_suffixes):
                m = subject_of(lx, toks, v - 1, is_name)  # `Die Täter riefen laut Akten „…“`: the verb's subject
                if m is not None and m.kind != "zero" and m.end <= toks[v - 1].start:
                    return m
            if v >= 1 and toks[v - 1].low in lx.possessive_pronouns:
                m = pronoun_cue(lx, toks, v - 1)  # `Jego zdaniem wojna to „…”`: the possessive's form
                if m:
                    return m
            x = v + n_cue
            if x + 1 < qi and is_reporting(lx, toks, x) and toks[x - 1].low not in lx.prepositions:
                x += is_reporting(lx, toks, x)    # `secondo quanto | riportano i media`
            elif x + 2 < qi and toks[x].is_word and not toks[x].is_cap:
                y = x + 1
                while y + 1 < qi and skippable(lx, toks[y]):
                    y += 1
                if is_reporting(lx, toks, y):     # `secondo quanto riportano i media`, `selon ce qu'écrit X`
                    x = y + is_reporting(lx, toks, y)
            r = np_right(lx, toks, x) if x < qi else None
            m = mention_of(lx, toks, with_apposition(lx, toks, r) if r is not None else None)
            if m:                                 # (`Secondo la portavoce, Maria Rossi, “…”`: the name)
                return m
        n = is_reporting(lx, toks, v)
        if n and _used_as_noun(lx, toks, v):
            m = sentence_subject(lx, toks, v)        # `Sanders delivered a snappy retort: “…”`
            if m:
                return m
            continue
        if n and any(according_to(lx, toks, u) and u + according_to(lx, toks, u) in (v - 1, v)
                     for u in range(max(0, v - 3), v)):
            r = np_right(lx, toks, v + n, limit=8) if v + n < qi else None
            if r is not None:                     # `secondo quanto riportano i media`: the verb's subject after it
                return mention_of(lx, toks, r)
        if n and v >= 2 and toks[v - 1].low in lx.as_cues and lx.quoting_verbs:
            q = next((q for q in range(v - 2, max(-1, v - 9), -1) if toks[q].low in lx.quoting_verbs), None)
            m = _quoted_as_saying(lx, toks, q + 1) if q is not None else None
            if m is not None and m.end <= toks[v - 1].start:
                return m                          # `The paper quoted him as saying “…”`: the one quoted
        if n:
            j = v - 1
            while j >= 0 and (toks[j].text in _COMMA_OR_DASH or toks[j].low in lx.auxiliaries and not toks[j].is_cap):
                j -= 1
            if j >= 0 and toks[j].text == QUOTE_TOKEN:
                # `«…», afirmó la concejala. «…»`: the reporting clause of the quotation before
                m = _after_quote(lx, toks[j + 1:qi], False)
                if m:
                    return m
            m = _agent_after(lx, toks, v + n, qi, is_name) or _inverted_subject(lx, toks, v, n, qi)
            if m:
                return m
            if t.low.endswith(lx.participle_suffixes) and v >= 1 and (toks[v - 1].text == "," or not skippable(lx, toks[v - 1])):
                # a participle ("…, saying", "ads calling it") reports the clause's subject
                if partial:
                    raise _NeedsSentence
                m = _reporter_before(lx, toks, v) or _finite_subject(lx, toks, v) or _absolute_subject(lx, toks, v) \
                    or _reported_before(lx, toks, v) \
                    or sentence_subject(lx, toks, v) or _maker_of_speech(lx, toks, v)
                if m:
                    return m
            m = subject_of(lx, toks, v, is_name, cut=partial)
            if m and not _generic_subject(lx, toks, m):
                return _outer_speaker(lx, toks, m) or m
            continue
        if t.low in lx.speech_nouns and v + 1 < qi:
            m = _speech_of(lx, toks[:qi], v)
            if m:
                return m
        if t.low in lx.speech_nouns and v >= 1 and deferred is None:
            m = possessor(lx, toks, v)
            if m:                                 # `Politifact ruled that Trump’s statement … “…”`
                m = _outer_speaker(lx, toks, m) or _owner_in_clause(lx, toks, v, m, partial)
                in_phrase = v >= 2 and toks[v - 1].low in lx.possessive_pronouns and toks[v - 2].low in lx.prepositions \
                    and toks[v - 2].low not in lx.according_to
                if not _judged(lx, toks, v, qi) and not (predicate and v == qi - 1) and not in_phrase:
                    return m                      # (`Er nannte den Plan in seiner Rede „…“`: the verb's subject first)
                deferred = m                      # `the DNC said Trump’s comments are “…”`: the judge speaks
    return deferred


def _finite_subject(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`na którym Putin krytykował sankcje, stwierdzając, że „…”`: a participle reports the subject of
    the nearest verb before it whose ending marks it finite (the profile's `zero_subject_gender`). Only
    in pro-drop languages, where that verb may have no subject of its own to read instead."""
    if not lx.pro_drop:
        return None
    for u in range(v - 2, max(-1, v - _FINITE_REACH), -1):
        t = toks[u]
        if t.text in (".", ";", "!", "?", QUOTE_TOKEN):
            return None
        if not t.is_word or t.is_cap or t.low in lx.auxiliaries:
            continue
        reporting = is_reporting(lx, toks, u)
        if reporting or len(t.low) > 4 and any(t.low.endswith(ending) for ending, _ in lx.zero_subject_gender):
            m = subject_of(lx, toks, u)
            if m is not None and m.kind != "zero" and (reporting or m.start < t.start):
                return m                          # (`pisze dziennik X, podkreślając`: after a reporting verb)
            r = np_left(lx, toks, u - 1) if u >= 1 and toks[u - 1].is_word else None
            if r is not None and toks[r[1] - 1].is_cap:
                a = r[1] - 1                      # (`działaczka na rzecz ludności X Y`: the name that ends it)
                while a > r[0] and toks[a - 1].is_cap:
                    a -= 1
                r = (a, r[1])
            return mention_of(lx, toks, r) if r is not None and person_like(lx, toks, r) else None
    return None


_FINITE_REACH = 16   # tokens between a participle and the finite verb whose subject it reports


def _reported_before(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`X, porte-parole, a répondu à Y en déclarant que « … »`: a participle goes on with the subject of
    a finite verb of saying earlier in its sentence, when it opens a clause of its own (after a comma or a
    preposition: `, accusant`, `en déclarant`), not one that describes a noun (`a statement calling`)."""
    if v < 2 or not (toks[v - 1].text == "," or toks[v - 1].low in lx.prepositions):
        return None
    first = None                                  # the sentence's first verb of saying: its main clause's
    for u in range(v - 2, max(-1, v - _REPORTED_REACH), -1):   # (not `… that she believes we must …, saying`)
        t = toks[u]
        if t.text in (".", ";", "!", "?", ":", QUOTE_TOKEN):
            break
        if t.is_word and is_reporting(lx, toks, u) and not t.low.endswith(lx.participle_suffixes):
            first = u
    m = subject_of(lx, toks, first) if first is not None else None
    if m is None or m.kind == "zero" or m.end - m.start <= 6 and m.kind != "pronoun" and \
            toks[first - 1].low in lx.relative_pronouns:
        return None                               # (`an architect who said …, saying`: a relative clause's)
    return m


_REPORTED_REACH = 32   # tokens between a participle and the verb of saying whose subject it goes on with


def _reporter_before(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`…, Nefzi said, adding, “…”`, `…, said Nefzi, adding “…”`: a participle right after a
    reporting clause goes on with that clause's speaker."""
    if v < 3 or toks[v - 1].text != ",":
        return None
    u = v - 2
    if is_reporting(lx, toks, u) == 1 and not toks[u].low.endswith(lx.participle_suffixes):
        m = subject_of(lx, toks, u)
        return m if m is not None and m.kind != "zero" else None
    r = np_left(lx, toks, u, limit=4)
    if r is not None and r[0] >= 1 and is_reporting(lx, toks, r[0] - 1) == 1 \
            and not toks[r[0] - 1].low.endswith(lx.participle_suffixes) and person_like(lx, toks, r):
        return mention_of(lx, toks, r)
    return None


def _absolute_subject(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`…, with Senator Bob Lane calling it a “…”`: the participle reports the subject of its own
    absolute clause, the phrase between the preposition and it, not the sentence's subject."""
    if not lx.absolute_prepositions or v < 2 or not toks[v - 1].is_word:
        return None
    if v >= 4 and toks[v - 1].low in lx.as_cues and toks[v - 2].low in lx.quoting_verbs:
        v -= 2                                    # (`with X quoted as saying that …`)
    r = np_left(lx, toks, v - 1)
    while r is not None and r[0] >= 1 and toks[r[0] - 1].is_cap and toks[r[0] - 1].low in lx.titles:
        r = (r[0] - 1, r[1])                      # (`Mr | Dale`)
    if r is None or r[0] < 1 or r[1] != v or toks[r[0] - 1].low not in lx.absolute_prepositions \
            or not person_like(lx, toks, r):
        return None
    return mention_of(lx, toks, r)


def _maker_of_speech(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`The board issued a statement on Friday saying “…”`, `His office put out a statement, saying`:
    a participle after a speech noun (the object of the clause's verb, maybe with a short adjunct
    after it) reports that verb's subject, not the words right before it."""
    end = v - 1 if v >= 1 and toks[v - 1].text == "," else v
    for s in range(end - 1, max(-1, end - _MAKER_REACH), -1):
        t = toks[s]
        if not t.is_word:
            return None
        if t.low not in lx.speech_nouns or t.is_cap:
            continue
        r = np_left(lx, toks, s)
        w = r[0] - 1 if r is not None else -1
        if w < 1 or toks[r[0]].low not in lx.determiners or not toks[w].is_word or toks[w].is_cap \
                or toks[w].low in lx.prepositions or toks[w].low in lx.np_stop:
            return None
        if not verbish(lx, toks[w]) and toks[w - 1].is_word and not toks[w - 1].is_cap:
            w -= 1                                # `put out a statement`: the verb before its particle
        m = subject_of(lx, toks, w)
        return m if m is not None and m.kind != "zero" else None
    return None


_MAKER_REACH = 6   # a speech noun and a short adjunct (`on Friday`) before the participle


def _judged(lx: Lexicon, toks: list[Tok], v: int, qi: int) -> bool:
    """Is the speech noun toks[v] the subject of a verb before the quotation (`Trump’s comments
    are “…”`), so that the quotation judges those words rather than quoting them?"""
    return any(t.low in lx.be_forms or verbish(lx, t) for t in toks[v + 1:qi] if t.is_word)


def _owner_in_clause(lx: Lexicon, toks: list[Tok], v: int, m: Mention, partial: bool) -> Mention:
    """A possessive before a speech noun stands for its own sentence's subject when one opens it
    (`la Commissione si trincera dietro la sua risposta, ribadendo che “…”`, `Le commandement a
    relevé dans son rapport que « … »`): the possessive stays the mention, the subject says who."""
    if m.kind != "pronoun":
        return m
    if partial:
        raise _NeedsSentence
    s = sentence_subject(lx, toks, v, broad=True)
    if s is None or s.kind != "np" or s.end > m.start:
        return m
    g = lx.possessive_pronouns.get(next((t.low for t in toks if t.start == m.start), ""), "")
    subject = " ".join(t.text for t in toks if s.start <= t.start < s.end)
    if g in ("m", "f") and mention_gender(lx, subject) not in (None, g):
        return m
    return Mention(m.start, m.end, "relative", (s.start, s.end))


def _generic_subject(lx: Lexicon, toks: list[Tok], m: Mention) -> bool:
    """`saying anybody who complains … “…”`: a clause about anyone in general reports nobody;
    the cue before it (`saying`) does."""
    start = m.antecedent[0] if m.kind == "relative" and m.antecedent else m.start
    i = bisect.bisect_left(toks, start, key=_START)
    j = bisect.bisect_left(toks, m.end, key=_START)
    return any(t.low in lx.generic_pronouns for t in toks[i:j])


def _used_as_noun(lx: Lexicon, toks: list[Tok], v: int) -> bool:
    """`delivered a retort:`, `his answer:`: a reporting word right after an article is a noun, and
    so is a speech noun after an article and one word (`a snappy retort:`).

    (Not any word: in `the heckler yelled` the article belongs to the subject.)
    """
    return v >= 1 and toks[v - 1].low in lx.noun_articles or v >= 2 and toks[v - 2].low in lx.noun_articles \
        and toks[v].low in lx.speech_nouns and toks[v - 1].is_word and not toks[v - 1].is_cap   # `a snappy retort:`


def _label_speaker(lx: Lexicon, toks: list[Tok], qi: int) -> Mention | None:
    """`… ISIS.” Bush: “The mission is …”`: a short capitalised name and a colon, as in transcripts."""
    if qi < 2 or toks[qi - 1].text != ":":
        return None
    a = qi - 1
    while a > 0 and qi - 1 - a < _LABEL_WORDS and toks[a - 1].is_word and (
            toks[a - 1].is_cap or toks[a - 1].low in lx.sentence_connectives and a >= 2 and toks[a - 2].is_cap):
        a -= 1                                    # (`Mark Blum and Jo Cohen: “…”`: two people)
    while a < qi - 1 and not toks[a].is_cap:
        a += 1
    if a == qi - 1 or (a > 0 and toks[a - 1].text not in _LABEL_BEFORE):
        return None
    head = a + 1 if toks[a].low in lx.determiners and a + 1 < qi - 1 else a    # `La Casa Bianca: "…"`
    if toks[head].low in lx.not_names or toks[head].low in lx.not_speakers or toks[head].low in lx.prepositions:
        return None                               # (`Zum Vergleich: »…«`)
    return Mention(toks[a].start, toks[qi - 2].end, "np")


_LABEL_BEFORE = frozenset({".", "!", "?", QUOTE_TOKEN, ";"}) | frozenset(DASHES)   # (`… MISSED - Ida Lund: “…”`)
_LABEL_WORDS = 6   # words of a label: a name or two joined by `and`


def _inverted_subject(lx: Lexicon, toks: list[Tok], v: int, n: int, qi: int) -> Mention | None:
    """`Dann sagte er: „…“`, `fügte er hinzu: „…“`, `заявил министр: «…»`: the subject after the verb.

    Only when nothing but the subject (and a separable particle) stands between the
    verb and the colon before the quotation; `told reporters:` takes an object, not a subject.
    """
    if toks[v].low in lx.object_reporting_verbs:
        return None
    r = np_right(lx, toks, v + n, limit=8)
    if r is None or oblique(lx, toks, r):
        return None
    if toks[v].low in lx.quoting_verbs and r[1] + 1 == qi and toks[r[1]].text == ":":
        return mention_of(lx, toks, with_apposition(lx, toks, r))   # `X cita una fonte: «…»`: the one quoted
    first = toks[r[0]]
    if lx.subject_fallback and v >= 1 and toks[v - 1].text == "," and r[1] + 1 < qi and toks[r[1]].text in _COMMA_OR_DASH \
            and not toks[v].low.endswith(lx.participle_suffixes) and (first.is_cap or first.low in lx.determiners) \
            and first.low not in lx.not_inverted_subjects:
        return mention_of(lx, toks, r)            # `It would help, says the party - and …`: an aside names the source
    if r[1] + 1 == qi and toks[r[1]].text == ":" and (first.low in lx.determiners or _ELIDED_RE.match(first.low)) \
            and _ELIDED_RE.sub("", toks[r[1] - 1].low) in lx.speech_nouns:
        return mention_of(lx, toks, r)            # `E prosegue l'articolo: «…»`: a text that speaks
    if lx.nouns_capitalised and not person_like(lx, toks, r):
        return None                               # `forderte die Klärung offener Fragen:` is an object
    if first.low in lx.not_inverted_subjects or not (
            first.is_cap or first.low in lx.pronouns or first.low in lx.determiners and (
                any(t.is_cap for t in toks[r[0]:r[1]]) or toks[r[1] - 1].low in lx.role_nouns)):
        return None                               # `says of Clinton:`, `tweeted that:`, `added a caveat:`
    if v >= 1 and toks[v - 1].low in lx.pronouns and toks[v - 1].low not in lx.not_inverted_subjects:
        return None                               # `she added a caveat:` has its subject already
    k = r[1]
    while k < qi and toks[k].low in lx.verb_particles:
        k += 1
    if lx.nouns_capitalised and k + 1 < qi and k - r[1] < 2 and toks[k].is_word and not toks[k].is_cap \
            and toks[k].low not in lx.prepositions and toks[k].low not in lx.determiners:
        k += 1                                    # `fragt der Autor rhetorisch: „…“`: a lower-case word there is an adverb
    if k + 1 == qi and toks[k].text == ":":
        return mention_of(lx, toks, r)
    k = _skip_brackets(toks, k)
    if k + 1 < qi and toks[k].text == ":" and (lx.nouns_capitalised or toks[r[0]].is_cap) and person_like(lx, toks, r):
        return mention_of(lx, toks, r)            # `meint X (CDU): Diese Leute suchten „…“`: what the colon opens
    if k < qi and toks[k].text == "," and toks[r[0]].is_cap and person_like(lx, toks, r):
        c = next((c for c in range(k + 1, min(qi, k + _OPEN_APPOSITION * 2)) if toks[c].text == ":"), None)
        if c is not None and not any(t.text in (".", ";", "!", "?") or is_reporting(lx, toks, x)
                                     for x, t in enumerate(toks[k + 1:c], k + 1)):
            return mention_of(lx, toks, r)        # `confirme Annabelle, 32 ans, membre du syndicat : « … »`
    # `Explican los especialistas que «…»`, `Заявил министр, что «…»`: a verb opening its clause,
    # its subject after it, then the reported clause
    opens_clause = v == 0 or not toks[v - 1].is_word or toks[v - 1].low in lx.auxiliaries and (
        v == 1 or not toks[v - 2].is_word)
    if opens_clause and k < qi and (toks[k].low in lx.leading_non_subjects or toks[k].text == "," and k + 1 < qi
                                    and toks[k + 1].low in lx.leading_non_subjects):
        return mention_of(lx, toks, r)
    return None


def _outer_speaker(lx: Lexicon, toks: list[Tok], m: Mention) -> Mention | None:
    """`Israel said Clinton called it “…”`: reported speech inside reported speech.

    The quotation belongs to whoever reports the inner clause, when the inner subject
    directly follows an outer reporting verb (optionally with `that`).
    """
    a = bisect.bisect_left(toks, m.start, key=_START)
    if a == len(toks) or toks[a].start != m.start:
        return None
    u = a - 1
    if u >= 0 and toks[u].low in lx.clause_relatives:
        u -= 1
        if u >= 0 and toks[u].text == ",":
            u -= 1                                # `добавил, что X требует «…»`
    if u < 1 or not is_reporting(lx, toks, u) or toks[u].low.endswith(lx.participle_suffixes) or toks[u].low in lx.object_reporting_verbs:
        return None
    outer = subject_of(lx, toks, u)
    if outer is None or outer.start >= m.start:
        return None
    o0, o1 = bisect.bisect_left(toks, outer.start, key=_START), bisect.bisect_left(toks, outer.end, key=_START)
    words = toks[o0:o1]
    if outer.kind == "np" and not any(t.is_cap or t.low in lx.determiners or t.low in lx.pronouns for t in words):
        return None                               # (`Il faut rappeler que X annonçait`: `faut` reports nothing)
    if outer.kind == "np" and lx.verb_second and o1 > o0 and not person_like(lx, toks, (o0, o1)) \
            and person_like(lx, toks, (a, bisect.bisect_left(toks, m.end, key=_START))):
        return None                               # (`Mitte Mai erklärte der Chef X`: a fronted date, the subject after)
    if lx.subject_fallback and outer.kind == "np" and not person_like(lx, toks, (o0, o1)) \
            and toks[o0].low not in lx.determiners and not toks[o1 - 1].is_cap \
            and person_like(lx, toks, (a, bisect.bisect_left(toks, m.end, key=_START))):
        return None                               # (`Leaked papers suggest X branded it “…”`: papers
    return outer                                  # only report X, who said it)


def _sentence_final(lx: Lexicon, toks: list[Tok], qi: int, inverted: bool = True) -> Mention | None:
    """`“Boots on the ground” would be appropriate, Ben Carson said after the attacks.`

    The subject is set off by a comma after the quotation, so without one this finds
    nobody (`attribute` relies on that to skip tokenising the rest of the sentence), nor
    without a verb of saying (`is_reporting`) after the quotation (`_may_hold`).
    """
    for v in range(len(toks) - 1, qi, -1):
        if is_reporting(lx, toks, v) and not toks[v].low.endswith(lx.participle_suffixes):
            if inverted and lx.colon_subject and toks[v - 1].text == "," \
                    and not any(t.text == QUOTE_TOKEN for t in toks[v:]):
                m = _final_inverted_subject(lx, toks, v)   # `…, заявил в эфире ZDF вице-канцлер X.`
                if m is not None:
                    return m
            tail = toks[v + 1:]
            if len(tail) > 8 or any(t.text in (QUOTE_TOKEN, ",", ":") for t in tail):
                return None
            k = v - 1
            while k > qi and skippable(lx, toks[k]):
                k -= 1
            r = np_left(lx, toks, k)
            while r and r[0] - 1 > qi and toks[r[0] - 1].is_cap and toks[r[0] - 1].low in lx.titles:
                r = (r[0] - 1, r[1])              # (`, Mr | Hale added.`: a title the phrase stopped at)
            if r and r[0] - 1 > qi and toks[r[0] - 1].text == ",":
                return subject_of(lx, toks, v)
            return None
    return None


def _final_inverted_subject(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """The subject after a verb of saying that closes a sentence after a comma (`…, заявил в эфире
    телеканала ZDF немецкий вице-канцлер Роберт Хабек.`, `…, explique l'un des auteurs, X.`): the
    first phrase that can speak, right after the verb, after an adverbial, or after a comma."""
    n = is_reporting(lx, toks, v)
    j = _past_adjuncts(lx, toks, v + n)
    starts = list(range(j, j + 4))               # (`в эфире телеканала ZDF | немецкий вице-канцлер X`)
    starts += [k + 1 for k in range(v + n, min(len(toks) - 1, v + _FINAL_REACH)) if toks[k].text == ","]
    for k in starts:
        if k >= len(toks) or not toks[k].is_word or toks[k].low in lx.prepositions:
            continue
        r = np_right(lx, toks, k, limit=8)
        if r is not None and person_like(lx, toks, r) and (r[1] >= len(toks) or toks[r[1]].text in (".", ";")):
            return mention_of(lx, toks, with_apposition(lx, toks, r))
    return None


_FINAL_REACH = 16   # tokens after a sentence-final verb of saying searched for its subject


def _headline_speaker(lx: Lexicon, text: str, para_start: int, o: int) -> Mention | None:
    """`Pence: Trump Was ‘Mocking’ Clinton` / transcripts `PENCE: …` (a short name and a colon)."""
    colon = text.find(":", para_start, min(o, para_start + 80))
    if colon < 0 or lx.colon_subject and any(w[0].isupper() and lx.first_name(w) for w in TOKEN_RE.findall(text, colon + 1, o)):
        return None                               # (`Covid-19 : l'ex-ministre Agnès X avait « … »`: a topic, then a person)
    if _SENTENCE_BREAK_RE.search(text, colon + 1, o):
        return None                               # (`Ovvio: la Lega … . L'accusa … "…"`: a word and a colon open prose)
    toks = [t for t in tokenize(text, para_start, colon) if t.is_word]
    n = next((i for i, t in enumerate(toks) if not (t.is_cap or t.low in NAME_PARTICLES)
              or i and "(" in text[toks[i - 1].end:t.start]), len(toks))
    if n and n < len(toks) and "(" in text[toks[n - 1].end:toks[n].start]:
        toks = toks[:n]                           # `Abrignani (Cts) su Covid: «…»`: the name, not its body in brackets
    if n and n < len(toks) and lx.colon_subject and toks[n].low in lx.prepositions and len(toks) <= n + 5 \
            and toks[n].low not in lx.opinion_of and "," not in text[para_start:colon] \
            and not any(t.low in lx.auxiliaries or t.low in lx.be_forms for t in toks[n:]):
        if not (lx.first_name(toks[0].text) or re.search(rf"(?<!\w){re.escape(toks[n - 1].text)}(?!\w)", text[o:])):
            return None                           # (`Lutte contre l'homophobie : …`: a topic, named nowhere else)
        toks = toks[:n]                           # `Gamarra a Sánchez sobre los nacionalistas: “…”`: whom it is said to
    if not toks or len(toks) > 4 or not all(t.is_cap or t.low in NAME_PARTICLES for t in toks):
        return None
    while len(toks) > 1 and toks[0].low in lx.titles and toks[0].low in lx.not_names:
        toks = toks[1:]                           # `Dr. Ben Carson: …`: the title is no name
    if toks[0].low in lx.not_names or lx.nouns_capitalised and not lx.first_name(toks[0].text):
        return None                               # (`Beispiel Kabeljau: …`: nouns, not a name)
    return Mention(toks[0].start, toks[-1].end, "np")



_NEAR = 160   # characters before a quotation searched first for its cue
_SENTENCE_BREAK_RE = re.compile(r"[.!?…]\s+[\"“„«»]?[^\W\d_]")


def _near_cue(lx: Lexicon, win: Windows, k: int, lo: int, is_name=None) -> Mention | None:
    """The cue before quotation k, looking only at the last `_NEAR` characters.

    Most cues sit just before the quotation, so this cheap pass usually settles it;
    a cue whose subject reaches the edge of the stretch is left to the full sentence.
    """
    o, c = win.spans[k][0], win.spans[k][3]
    if o - _NEAR <= lo:
        return None
    if not _may_hold(win.text, o - _NEAR, o, lx.cue_words) and not (lx.inverted_re and "-" in win.text[o - _NEAR:o]):
        return None                               # (no word there can start a cue: not tokenised)
    toks = win.near(k, o - _NEAR)
    if not toks:
        return None
    toks.append(Tok(QUOTE_TOKEN, o, c))
    try:
        m = _before_quote(lx, toks, len(toks) - 1, partial=True, is_name=is_name,
                          predicate=_opens_with_verb(lx, win.text, o, c))
    except (_NeedsSentence, CutShort):
        return None
    if m is None or m.start <= toks[0].start:
        return None
    return m



# A word as the first token after a closing mark, past commas, colons and dashes (the
# tokens `_after_quote` skips; `\s` and `_` start no token). Without one `_after_quote`
# finds no speaker, so the text after most quotations is never tokenised: `”. The …`.
# The group is that word as `TOKEN_RE` reads it, without a final full stop.
_WORD_AFTER_MARK_RE = re.compile(r"[\s_,;:—–\-―]*([^\W_][\w\-]*(?:[’'.][^\W_][\w\-]*)*)")
def _no_cue_after(lx: Lexicon, word: str) -> bool:
    """Does a quotation followed by `word` (its first word after the mark) name nobody there?"""
    return not word[0].isupper() and word.lower() in lx.no_cue_after



def _signature_after(lx: Lexicon, text: str, para_end: int) -> Mention | None:
    """A quotation whose paragraph is followed by a signature line: `“…”\n\n- Bernie Sanders.`"""
    k = next_paragraph_at(text, para_end)
    m = _SIGNATURE_RE.match(text, k, para_end_of(text, k))
    if m is None or m.group(1).lower() in lx.not_names:
        return None
    return Mention(m.start(1), m.end(1), "np")



def _colon_subject(lx: Lexicon, toks: list[Tok], c: int, is_name=None) -> Mention | None:
    """Who speaks the quotation after the colon toks[c] (see `colon_subject`)."""
    m = _passive_agent(lx, toks, c, is_name)
    if m is not None:
        return m
    r = clause_subject(lx, toks, c)
    if r is not None and (person_like(lx, toks, r, is_name) or any(
            lx.is_one_of(t.low, lx.speech_nouns) for t in toks[r[0]:min(r[1], r[0] + 3)])):
        # (a statement, an answer, a letter speaks for its author: `la risposta della Commissione:`)
        return mention_of(lx, toks, with_apposition(lx, toks, r))
    i = 0
    while i < c and toks[i].is_word and toks[i].low in lx.sentence_connectives:
        i += 1
    if i + 1 < c and toks[i].low in lx.opinion_of:
        r = np_right(lx, toks, i + 1, limit=6)    # `Für Franziskus ist …:`, `Per Pechino si tratta …:`
        if r is not None and person_like(lx, toks, r, is_name):
            return mention_of(lx, toks, r)
    if i < c and toks[i].low in lx.possessive_pronouns and lx.possessive_pronouns[toks[i].low] != "s" \
            and toks[i].low not in lx.first_person_pronouns:
        return Mention(toks[i].start, word_end(toks[i]), "pronoun")   # `Ihr Auftrag ist …:`
    for k in range(c - 1, max(-1, c - _COLON_REACH), -1):
        if not toks[k].is_word:
            if toks[k].text in (".", ";", QUOTE_TOKEN):
                break
            continue
        if toks[k].is_cap and k and toks[k - 1].is_cap and toks[k - 1].is_word:
            continue                              # (inside a name: read it from its first word)
        r = np_right(lx, toks, k, limit=6)
        if r is None or r[1] > c or not person_like(lx, toks, r, is_name):
            continue
        if toks[r[0]].is_cap and _after_preposition(lx, toks, k):
            continue                              # (`Alta tensione a Taiwan:`: a place)
        if r[0] >= 2 and toks[r[0] - 1].text == "," and not toks[r[0]].is_cap and toks[r[0] - 2].is_cap:
            named = np_left(lx, toks, r[0] - 2)   # `comme l'écrit Paul Brun, journaliste à X :`: the
            if named is not None and toks[named[0]].is_cap and person_like(lx, toks, named, is_name):
                return mention_of(lx, toks, named)   # name the description is in apposition to
        return mention_of(lx, toks, r)            # `potwierdza wiadomość od rzeczniczki SG:`
    return None


_COLON_REACH = 14   # tokens before a colon searched for the person it introduces


def _passive_agent(lx: Lexicon, toks: list[Tok], c: int, is_name=None) -> Mention | None:
    """The agent of a passive reporting verb before the colon toks[c]: `come riferito alla Nbc dal
    consigliere del ministero: «…»`, `wurde vom Sprecher am Abend so kommentiert: „…“`."""
    for k in range(c - 1, max(-1, c - _COLON_REACH), -1):
        if toks[k].text in (".", ";", QUOTE_TOKEN):
            return None
        if toks[k].low not in lx.agent_prepositions or k + 1 >= c:
            continue
        if not any(is_reporting(lx, toks, v) for v in range(max(0, k - _AGENT_GAP), c) if v != k):
            return None
        r = np_right(lx, toks, k + 1, limit=8)
        if r is not None and r[1] <= c and person_like(lx, toks, r, is_name):
            return mention_of(lx, toks, with_apposition(lx, toks, r))
        return None
    return None


_AGENT_GAP = 4   # words between a passive reporting participle and its agent (`riferito alla Nbc dal`)


def _agent_after(lx: Lexicon, toks: list[Tok], k: int, qi: int, is_name=None) -> Mention | None:
    """The agent right after a passive reporting participle ending at toks[k], before the quotation
    toks[qi]: `come riferito alla Nbc dal consigliere: «…»`, `annoncé mardi par le ministre : « … »`."""
    for j in range(k, min(qi - 1, k + _AGENT_GAP + 1)):
        if not toks[j].is_word or is_reporting(lx, toks, j):
            return None
        if toks[j].low in lx.agent_prepositions:
            r = np_right(lx, toks, j + 1, limit=8)
            if r is not None and r[1] <= qi and person_like(lx, toks, r, is_name):
                return mention_of(lx, toks, with_apposition(lx, toks, r))
            return None
        if not (toks[j].is_cap or toks[j].low in lx.prepositions or toks[j].low in lx.determiners
                or skippable(lx, toks[j]) or j > k and (toks[j - 1].low in lx.prepositions
                                                        or toks[j - 1].low in lx.determiners)):
            return None                           # (`citato in una nota diffusa dai media`: the note's agent)
    return None


def _after_preposition(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Does a preposition (not an according-to word) stand before toks[k]: `a Taiwan`, `w Sejmie`?"""
    return k > 0 and toks[k - 1].low in lx.prepositions and toks[k - 1].low not in lx.according_to \
        and toks[k - 1].low not in lx.opinion_of


def _colon_intro(lx: Lexicon, text: str, para_start: int, is_name=None) -> Mention | None:
    """A quotation opening a paragraph after `Caddell continued:` / `He said:`."""
    p = para_start - 1
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if p <= 0 or text[p - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, p - 1) + 1
    lo = sentence_start(lx, text, prev_start, p - 1)
    toks = tokenize(text, lo, p)                   # with the colon, as in `X sagte: „…`
    toks.append(Tok(QUOTE_TOKEN, p - 1, p))
    return _before_quote(lx, toks, len(toks) - 1, is_name=is_name) or (
        sentence_subject(lx, toks, len(toks) - 1) if lx.subject_fallback
        else _colon_subject(lx, toks, len(toks) - 2, is_name) if lx.colon_subject else None)


_START = operator.attrgetter("start")
# A signature line under a quotation: `- Bernie Sanders.`, `― Carlos Raúl`.
_SIGNATURE_RE = re.compile(rf"[-—–―][ \t]*({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})\.?[ \t]*$", re.M)
