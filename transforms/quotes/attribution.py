"""Attribution: the speaker mention of each quotation, and the cue that found it.

Each quotation is given to the cues of `newsbeam.transforms.quotes.cues.CUES` in order; the first
that finds a mention wins. Then quotations no cue attributes take the speaker of their
speech: a neighbour in the same paragraph (`same_speech`), or the quotation that ends the
paragraph before (`next_paragraph`). Last, in languages whose profile allows it, the subject
of the quotation's sentence (`sentence_subject`), or for a statement opening its sentence, the
report of the sentence before it (`previous_sentence`).
"""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.continuity import antecedent, clause_subject, person_like, reporter_before
from newsbeam.transforms.quotes.cues import QuoteSite, find_cue, predicate_subject
from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.marks import Spans, para_end_of
from newsbeam.transforms.quotes.nonquotes import is_title_claim
from newsbeam.transforms.quotes.phrases import Mention, is_reporting, mention_of, np_right, subject_of
from newsbeam.transforms.quotes.tokens import QUOTE_TOKEN, Windows, next_paragraph, sentence_start

__all__ = ["attribute", "INHERITED_CUES"]

# Names recorded for the quotations attributed after the cue list.
INHERITED_CUES = ("sentence_subject", "previous_sentence", "same_speech", "next_paragraph", "previous_speaker",
                  "reported_speech", "title_source", "title_claim")


def attribute(lx: Lexicon, text: str, spans: Spans, is_name=None,
              person_at=None, name_of=None) -> list[tuple[Mention | None, str | None]]:
    """(speaker mention, name of the cue that found it) for each quotation; (None, None) for none.

    `is_name(word, pos)`: is a lone capitalised word someone's name in this text (see `person_like`);
    `person_at(pos, gender)`: (start, end) of the nearest named person before `pos` (see `antecedent`);
    `name_of(mention)`: who a mention is (the resolver's answer), to find their nearest mention.
    """
    found: list[Mention | None] = []
    cue_of: list[str | None] = []
    earlier: list[Mention] = []                   # the last speaker mentions, for dropped subjects
    sites: list[QuoteSite] = []
    win = Windows(text, spans)
    for k in range(len(spans)):
        site = QuoteSite(lx, text, spans, win, k, is_name)
        sites.append(site)
        m = name = None
        if k and _interrupted(text, spans, k, found[k - 1], cue_of[k - 1]):
            m, name = found[k - 1], "same_speech"   # `«…», ha detto Xi a Biden, «…»`
        if m is None:
            m, name = find_cue(site)
        if lx.cleft_copulas and (m is None or m.kind == "zero"):
            cleft = _cleft_speaker(lx, site.before, len(site.before) - 1)
            if cleft is not None:                 # `A dirlo è stato X: «…»`: not a dropped subject
                m, name = cleft, "cleft"
        if m is not None and m.kind == "zero":
            # `«…», ha aggiunto.`: the verb continues whoever the text was last about
            gender = _zero_gender(lx, text[m.start:m.end])
            m = antecedent(lx, text, win, m.start, gender, earlier, is_name, person_at) or (
                # (nobody named nearby: a dialogue's `«…», indica.` goes on with the last speaker)
                earlier[-1] if earlier and earlier[-1].kind != "zero" and k and found[k - 1] is earlier[-1]
                and spans[k][0] - spans[k - 1][3] < _SPEECH_REACH and gender != "p" else m)
            if m.kind == "zero" and _opens_sentence(text, spans[k][0]) and not _is_phrase(text, spans[k]):
                # (nobody found: the sentence before reports who speaks, `… confermata da X. "…", ha detto ai giornalisti`)
                prev = reporter_before(lx, text, win, spans[k][0], statements=True)
                if prev is not None:
                    m, name = prev, "previous_sentence"
        if m is None and not lx.subject_fallback:
            m = _subject_of_sentence(site, is_name)
            name = "sentence_subject" if m is not None else None
            if m is None and _opens_sentence(text, spans[k][0]) \
                    and not _is_phrase(text, spans[k]):   # (a few words opening a sentence: a heading, a name)
                m = _report_before(lx, text, win, spans[k][0], statements=True)
                name = "previous_sentence" if m is not None else None
        found.append(m)
        cue_of.append(name)
        if m is not None:
            earlier.append(m)
            del earlier[:-_EARLIER]

    def inherit(k: int, j: int, name: str) -> None:
        found[k] = found[j]
        cue_of[k] = name

    def go_on(k: int, name: str) -> None:
        """Quotation k continues the last attributed speaker's speech, if it ended near enough,
        named by their mention nearest before it."""
        j = k - 1
        while j >= 0 and found[j] is None and spans[k][0] - spans[j][3] < _SPEECH_REACH:
            j -= 1
        if j >= 0 and found[j] is not None and spans[k][0] - spans[j][3] < _SPEECH_REACH:
            inherit(k, j, name)
            found[k] = _nearest_mention(lx, text, spans, j, k, found[j], name_of, found) or found[j]

    # Quotations of one speech share its speaker: “…,” she said. “…” (forwards), and
    # “….” “…,” he said (backwards), within one paragraph.
    para_of = [site.para_start for site in sites]
    phrase = [_is_phrase(text, sp) and not lx.subject_fallback for sp in spans]
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and para_of[k] == para_of[k - 1] \
                and not (_is_phrase(text, spans[k]) and _new_sentence_between(text, spans, k)) \
                and not _reported_between(lx, text, win, spans, k):
            inherit(k, k - 1, "same_speech")          # (a few words inherit only within their sentence)
            if lx.colon_subject:
                found[k] = _nearest_mention(lx, text, spans, k - 1, k, found[k], name_of, found) or found[k]
            elif lx.subject_fallback:
                found[k] = _pronoun_between(lx, text, win, spans, k) or found[k]
    for k in range(len(spans) - 2, -1, -1):
        if found[k] is None and found[k + 1] is not None and (
                para_of[k] == para_of[k + 1]
                and text[spans[k][3]:spans[k + 1][0]].strip(" ,") in ("", *lx.sentence_connectives)
                or _reopened(text, spans, k + 1)):   # (`"…\n\n"…," he said.`: one speech)
            inherit(k, k + 1, "same_speech")
    # A paragraph that is nothing but an unattributed quotation goes on with the speech
    # of the paragraph just before it: `“…,” Barkley said.\n\n“Then you have …”`.
    for k in range(1, len(spans)):
        if found[k] is None and found[k - 1] is not None and spans[k][0] == para_of[k] and not phrase[k] \
                and next_paragraph(text, para_of[k - 1]) == para_of[k]:
            inherit(k, k - 1, "next_paragraph")
            found[k] = _nearest_mention(lx, text, spans, k - 1, k, found[k - 1], name_of, found) or found[k - 1]
            j = k + 1
            while j < len(spans) and found[j] is None and para_of[j] == para_of[k] and not phrase[j] \
                    and not text[spans[j - 1][3]:spans[j][0]].strip():
                inherit(j, j - 1, "same_speech")  # (its marks reopened for the next sentences: `"…. "…`)
                j += 1
    # A statement no cue attributes, a paragraph or two after a speaker's words, goes on with
    # that speaker (`…, warnte Koch.\n\n„…“`, `Kirillow zufolge … übernommen.\n\n"…"`), named by
    # the mention of them nearest before it. (Not in English, whose annotation leaves these to
    # the sentence's subject, below; not a few words, which need their own cue.)
    if lx.colon_subject:
        for k in range(1, len(spans)):
            if found[k] is None and not phrase[k]:
                go_on(k, "previous_speaker")
    # A few words no cue attributes, in a sentence whose verb says it is reported speech
    # (`Doch die Summe falle »viel zu klein aus«`), go on with the last speaker's report.
    if lx.reported_mood:
        for k in range(1, len(spans)):
            if found[k] is None and _reported(lx, text, spans, sites[k]):
                own = _reporter_in_sentence(lx, sites[k], is_name)
                if own is not None:                   # (`X hatte CNN mitgeteilt, dass … „…“ könne`)
                    found[k], cue_of[k] = own, "reported_speech"
                    continue
                go_on(k, "reported_speech")
    # Last (languages whose profile allows it), a quotation no cue and no neighbour attributes
    # goes to its sentence's subject, whatever that is.
    if lx.subject_fallback:
        for k, site in enumerate(sites):
            if found[k] is None:
                found[k] = predicate_subject(site)
                cue_of[k] = "sentence_subject" if found[k] is not None else None
            if found[k] is None and text[max(0, spans[k][0] - 3):spans[k][0]].rstrip()[-1:] in (".", "!", "?") \
                    and not _is_phrase(text, spans[k]):
                # a statement opening its sentence, right after a sentence that reports someone
                # (`Lund praised the plan. “…”`): that report goes on
                found[k] = _report_before(lx, text, win, spans[k][0]) \
                    or _person_before(lx, text, win, spans, k, is_name)
                cue_of[k] = "previous_sentence" if found[k] is not None else None
                j = k + 1                         # (its marks reopened for the next sentences or
                while found[k] is not None and j < len(spans) and found[j] is None \
                        and _reopened(text, spans, j):   # paragraph: `said X. "…. "…`)
                    inherit(j, k, "same_speech")
                    j += 1
    # A statement in the title that still names nobody is the words of a source the article's
    # body quotes (`Tragedia inaccettabile, “…”` over `“…”. Lo ha detto il sindaco X`): the
    # speaker of the body's quotation that shares most words with it, else of its first one.
    _title_sources(text, spans, para_of, found, cue_of)
    if lx.title_claims:
        _title_claims(lx, text, spans, win, found, cue_of)
    return list(zip(found, cue_of))


def _title_claims(lx: Lexicon, text: str, spans: Spans, win: Windows, found: list, cue_of: list) -> None:
    """Give a claim in marks in the title (`Crisis 'ahead in schools'`, see `is_title_claim`) the
    source of the article's first sentence (`…, a committee of MPs has said.`, or the speaker of a
    quotation in it), not the title's own subject (`Sales 'fall'`: the sales said nothing)."""
    if not spans or not is_title_claim(lx, text, spans[0][0], spans[0][3]):
        return
    lead = next_paragraph(text, 0)
    stop = _SENTENCE_STOP_RE.search(text, lead, para_end_of(text, lead))
    if stop is None:
        return
    source = _report_before(lx, text, win, stop.end())
    if source is None:
        source = next((found[j] for j in range(len(spans)) if lead <= spans[j][0] < stop.end()
                       and found[j] is not None), None)
    if source is None or not text[source.start:source.start + 1].isupper() and not _described(lx, text, source):
        # `Pop star X has attacked "…" magazines, after they printed claims`: no source the lead's last
        # verb gives (a bare noun or a pronoun's clause): the person the lead sentence opens with
        toks = win.stretch(lead, stop.end())
        r = np_right(lx, toks, 0, limit=8) if toks else None
        if r is not None and toks[r[0]].is_cap and toks[r[0]].low not in lx.determiners \
                and person_like(lx, toks, r) and r[1] < len(toks) and toks[r[1]].low in lx.auxiliaries:
            source = mention_of(lx, toks, r)
    for k, (o, _, _, c) in enumerate(spans):
        if not is_title_claim(lx, text, o, c):
            break
        if found[k] is None or cue_of[k] == "sentence_subject":
            found[k], cue_of[k] = source, "title_claim" if source is not None else None


def _described(lx: Lexicon, text: str, m: Mention) -> bool:
    """Does the mention open with a determiner (`a report`, `the committee`): a description of a source?"""
    first = text[m.start:m.end].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in lx.determiners


def _title_sources(text: str, spans: Spans, para_of: list[int], found: list, cue_of: list) -> None:
    """Give each unattributed quotation of a short first line (the title) the speaker of a
    quotation in the body's first stretch (see `attribute`)."""
    title_end = text.find("\n")
    if not spans or para_of[0] != 0 or title_end < 0 or title_end > _TITLE_CHARS:
        return
    body = [j for j in range(len(spans)) if para_of[j] > 0 and found[j] is not None
            and spans[j][0] < title_end + _TITLE_SOURCE_REACH and not _is_phrase(text, spans[j])]
    for k in range(len(spans)):
        if para_of[k] != 0:
            break
        inner = text[spans[k][1]:spans[k][2]].split()
        if found[k] is not None or not body or len(inner) < 3 or not inner[0][:1].isupper():
            continue                              # (a few words in a title: a term, a name, scare quotes)
        words = _content_words(text, spans[k])
        best = max(body, key=lambda j: (len(words & _content_words(text, spans[j])), -j))
        found[k], cue_of[k] = found[best], "title_source"


def _content_words(text: str, span: tuple[int, int, int, int]) -> set[str]:
    """The longer words of a quotation, cut to their first five letters (a crude stem)."""
    return {w.group().lower()[:5] for w in _WORD_RE.finditer(text, span[1], span[2]) if len(w.group()) > 4}


_TITLE_CHARS = 250           # a first line longer than this is prose, not a title
_TITLE_SOURCE_REACH = 1500   # characters of the body whose quotations may be the title's source


def _reported(lx: Lexicon, text: str, spans: Spans, site: QuoteSite) -> bool:
    """Does the quotation's sentence, outside its marks, hold a verb form of reported speech
    (and the quotation more than a name in marks: `wie die „Sun“`)?"""
    lo, hi = site.bounds
    o, s, e, c = spans[site.k]
    words = text[s:e].split()
    if len(words) <= 3 and all(w[:1].isupper() for w in words):
        return False
    return any(w.group().lower() in lx.reported_mood for part in ((lo, o), (c, hi))
               for w in _WORD_RE.finditer(text, part[0], part[1]))


def _reporter_in_sentence(lx: Lexicon, site: QuoteSite, is_name) -> Mention | None:
    """The subject of the last verb of saying before the quotation in its own sentence, if any."""
    toks = site.before
    for v in range(len(toks) - 2, -1, -1):
        if is_reporting(lx, toks, v) and not toks[v].low.endswith(lx.participle_suffixes):
            m = subject_of(lx, toks, v, is_name)
            return m if m is not None and m.kind in ("np", "pronoun") else None
    return None


def _person_before(lx: Lexicon, text: str, win: Windows, spans: Spans, k: int, is_name) -> Mention | None:
    """`Hale is upbeat about the vote, he says he sees … . “…”`: a statement opening its sentence that
    nothing attributes goes on from the sentence just before it, about a person who opens it (a
    sentence with a quotation of its own has its own speaker; one naming nobody, none)."""
    hi = spans[k][0]
    while hi > 0 and text[hi - 1].isspace():
        hi -= 1
    para = text.rfind("\n", 0, hi) + 1
    if hi <= para or text[hi - 1] not in ".!?":
        return None
    lo = sentence_start(lx, text, max(para, hi - _PERSON_BEFORE_REACH), hi - 1)
    if k and spans[k - 1][3] > lo:
        return None                               # (an earlier quotation in that sentence: its own speaker;
                                                  # one earlier in the paragraph, as `"culture wars"`, is no reason)
    toks = win.stretch(lo, hi)
    if any(t.text == QUOTE_TOKEN for t in toks):
        return None
    r = clause_subject(lx, toks, len(toks))
    if r is None or not person_like(lx, toks, r, is_name) or toks[r[0]].low in lx.impersonal_pronouns \
            or toks[r[0]].low in lx.first_person_pronouns:
        return None
    return mention_of(lx, toks, r)


_PERSON_BEFORE_REACH = 400   # characters of the sentence before a statement read for its subject


def _pronoun_between(lx: Lexicon, text: str, win: Windows, spans: Spans, k: int) -> Mention | None:
    """`"…," said Ms Perry. She said chosen people … "…"`: the pronoun subject of a report between the
    speech's quotations is its nearest mention (the speaker's name is still whom it stands for)."""
    m = _report_before(lx, text, win, spans[k][0])
    return m if m is not None and m.kind == "pronoun" and m.start > spans[k - 1][3] else None


def _reopened(text: str, spans: Spans, k: int) -> bool:
    """Does quotation k reopen the marks that quotation k-1 left open (`…sure. "We…`, or in the next
    paragraph), the same speech going on? (An open segment ends with no closing mark: see `marks`.)"""
    _, _, end, close = spans[k - 1]
    return end == close and not text[close:spans[k][0]].strip() and not _is_phrase(text, spans[k])


def _is_phrase(text: str, span: tuple[int, int, int, int]) -> bool:
    """A few embedded words (see `newsbeam.transforms.quotes._kind`): at most five words, no full stop."""
    inner = text[span[1]:span[2]].strip()
    return inner.count(" ") < 5 and inner[-1:] not in ".!?…"


def _interrupted(text: str, spans: Spans, k: int, before: Mention | None, cue: str | None) -> bool:
    """Is quotation k the rest of quotation k-1's sentence, interrupted by the reporting clause
    that attributed k-1 (`«…», ha detto Xi, «…»`)?"""
    if before is None or cue != "after_quote":
        return False
    gap_lo, gap_hi = spans[k - 1][3], spans[k][0]
    gap = text[gap_lo:gap_hi + 1]                 # (with the opening mark: `he said. “…`)
    return gap_lo <= before.start < gap_hi and "\n" not in gap and not _SENTENCE_END_RE.search(gap)


_EARLIER = 8   # speaker mentions remembered for a dropped subject (the nearest few are the candidates)
_SPEECH_REACH = 700   # characters from a speaker's last quotation within which their speech goes on


def _nearest_mention(lx: Lexicon, text: str, spans: Spans, j: int, k: int, m: Mention, name_of,
                     found: list[Mention | None] = ()) -> Mention | None:
    """The last mention of the speaker of quotation j between it and quotation k (outside both):
    their surname, in any case form (`Kirillow zufolge`), or a description the text already gave
    them as a speaker (`l'immunologo`), as the closest mention that names them."""
    if name_of is None or m.kind not in ("np", "pronoun"):
        return None
    name = name_of(m)
    if not name or not name[:1].isupper() or name.lower() in lx.pronouns:
        return None
    surname = name.split()[-1]
    gender = lx.first_name(name.split()[0]) if " " in name else None
    lo, hi = spans[j][3], spans[k][0]
    at = None
    roles = _roles_of(lx, text, surname, gender)

    def given_role(before, w, low: str) -> bool:  # `il giornalista`, `Der Kanzler`: a role the text gave them
        return bool(roles) and low in roles and before is not None and before.group().lower() in lx.determiners \
            and before.group().lower() not in lx.indefinite_determiners and before.end() + 1 >= w.start()
        # (not `X, a spokesperson for Y`: an apposition that describes the one named, not a mention of them)

    prev = None
    for w in _WORD_RE.finditer(text, lo, hi):
        word, before, prev = w.group(), prev, w
        low = word.lower()
        if not word[:1].isupper():
            if gender and lx.pronoun_gender.get(low) == gender and before is not None \
                    and _after_verb(lx, text, before, w):
                at = w.span()                     # `Bedenklich findet sie, …`: the inverted subject pronoun
            elif given_role(before, w, low):
                at = (before.start(), w.end())
            continue
        if word == surname or surname.lower() in lx.base_forms(low):
            at = w.span()
        elif lx.pronoun_gender.get(low) in ("m", "f") and lx.pronoun_gender[low] == gender:
            at = w.span()                         # `Er warnte …`: the pronoun that opens a sentence about them
        elif given_role(before, w, low):
            at = (before.start(), w.end())        # (nouns capitalised)
    for d in _descriptions_of(lx, text, found[:k], name, name_of):
        x = text.rfind(d, lo, hi)
        if x >= 0 and (at is None or x > at[0]) and not text[x + len(d):x + len(d) + 1].isalnum() \
                and (x == 0 or not text[x - 1].isalnum()):
            at = (x, x + len(d))
    if at is None or m.start <= at[0] < m.end or any(o < at[0] < c for o, _, _, c in spans[j + 1:k]):
        return None
    return Mention(at[0], at[1], "np")


def _after_verb(lx: Lexicon, text: str, before, w) -> bool:
    """Is the lower-case pronoun `w` an inverted subject: right after a lower-case word that is not
    a preposition, article or pronoun (`findet sie`, `a-t-il`), not an object (`für sie`, `à lui`)?"""
    b = before.group()
    if text[before.end():w.start()] not in (" ", "-t-", "-") or not b[:1].islower():
        return False
    low = b.lower()
    return low not in lx.prepositions and low not in lx.determiners and low not in lx.pronouns \
        and low not in lx.object_clitics and low not in lx.clause_starters


def _roles_of(lx: Lexicon, text: str, surname: str, gender: str | None) -> frozenset[str]:
    """The role nouns the text gives the person called `surname`: a role word (or a compound ending in
    one, `Bundeskanzler`) right before their name (`il giornalista Vittorio Feltri`) or in an
    apposition right after it (`Feltri, il giornalista`). A role whose gender clashes is not theirs."""
    out = set()
    long_roles = _long_roles(lx.role_nouns)
    for start in _whole_word_at(text, surname):
        end = start + len(surname)
        after = text[end:end + _ROLE_REACH]
        near = _WORD_RE.findall(text, max(0, start - _ROLE_REACH), start)[-_ROLE_WORDS:]
        if after.startswith(","):
            near += _WORD_RE.findall(after)[:_ROLE_WORDS]   # (an apposition, not the next clause)
        for w in near:
            low = w.lower()
            # (the role nouns `low` is or ends in: its own word, then its endings of four letters or more)
            found = [low] if low in lx.role_nouns else []
            found += [low[i:] for i in range(1, len(low) - 3) if low[i:] in long_roles]
            out.update(r for r in found if gender is None or lx.role_gender.get(r, gender) == gender)
    return frozenset(out)


def _whole_word_at(text: str, word: str):
    """Where `word` stands as a whole word (what `re.finditer(r"(?<!\\w)word(?!\\w)", text)` finds),
    found with `str.find`: a pattern opening with a look-behind is tried at every position."""
    n, i = len(word), text.find(word)
    while i >= 0:
        if (i == 0 or not _is_word_char(text[i - 1])) and (i + n >= len(text) or not _is_word_char(text[i + n])):
            yield i
            i = text.find(word, i + n)
        else:
            i = text.find(word, i + 1)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"        # (`\w` of a str pattern)


def _long_roles(role_nouns: frozenset[str]) -> frozenset[str]:
    """The role nouns of four letters or more (a compound may end in one: `Bundeskanzler`), once per lexicon."""
    out = _LONG_ROLES.get(role_nouns)
    if out is None:
        out = _LONG_ROLES[role_nouns] = frozenset(r for r in role_nouns if len(r) >= 4)
    return out


_LONG_ROLES: dict[frozenset[str], frozenset[str]] = {}


_ROLE_REACH = 40   # characters before or after a name where a role the text gives them stands
_ROLE_WORDS = 3    # words of a title before a name (`il giornalista Vittorio`) or of an apposition after it


def _descriptions_of(lx: Lexicon, text: str, found: list[Mention | None], name: str, name_of) -> set[str]:
    """The descriptions (`l'immunologo`, `der Experte`) already given as the speaker mention of the
    person called `name`: where the text mentions them again, it is still them."""
    out = set()
    for f in found:
        if f is not None and f.kind == "np" and f.end - f.start < _DESCRIPTION_CHARS:
            d = text[f.start:f.end]
            if not d[:1].isupper() or d.split()[0].lower() in lx.determiners:
                if name_of(f) == name:
                    out.add(d)
    return out


_DESCRIPTION_CHARS = 40   # a description as short as `l'immunologo`, `der Experte`, `глава МИД`


_WORD_RE = re.compile(r"[^\W\d_][\w\-’']*")
_SENTENCE_END_RE = re.compile(r"[.!?…]\s+\S")
_SENTENCE_STOP_RE = re.compile(r"[.!?](?=\s|$)")   # the end of an article's first sentence


def _new_sentence_between(text: str, spans: Spans, k: int) -> bool:
    """Does a sentence end between quotations k-1 and k (in the gap, or inside k-1's marks: `“… pause.”
    Films with “…”`)? A few words in a new sentence need a cue of their own."""
    return text[spans[k - 1][1]:spans[k - 1][2]].rstrip()[-1:] in _SENTENCE_ENDS and \
        text[spans[k - 1][3]:spans[k][0]].strip()[:1].isupper() \
        or _SENTENCE_END_RE.search(text, spans[k - 1][3], spans[k][0] + 1) is not None


_SENTENCE_ENDS = frozenset(".!?…")


def _report_before(lx: Lexicon, text: str, win: Windows, pos: int, statements: bool = False) -> Mention | None:
    """`reporter_before`, read once per position: it depends on the text alone, and the checks of one
    quotation (`_reported_between`, `_pronoun_between`, the previous sentence) ask about the same one."""
    key = (_report_before, pos, statements)
    memo = win.memo
    if key not in memo:
        memo[key] = reporter_before(lx, text, win, pos, statements=statements)
    return memo[key]


def _reported_between(lx: Lexicon, text: str, win: Windows, spans: Spans, k: int) -> bool:
    """Does a sentence of its own between quotations k-1 and k report someone it names (`“…,” he said.
    Lord Berry said the plan would help. “…”`)? Then quotation k goes on with that report, not the speech
    before. (Not `“…,” Reid told reporters. “…”`, one speech; a pronoun there is left to the speech.)"""
    m = _report_before(lx, text, win, spans[k][0])
    _, s, e, c = spans[k - 1]
    return m is not None and m.kind == "np" and (text[m.start:m.start + 1].isupper() or _role_mention(lx, text, m)) \
        and m.start > c \
        and (_SENTENCE_END_RE.search(text, c, m.start + 1) is not None
             or text[s:e].rstrip()[-1:] in ".!?…" and (not text[c:m.start].strip() or lx.subject_fallback
                                                      and text[c + 1:m.start].strip().lower() in lx.sentence_connectives))
    # (`…positive.” The coach said`; `…heal.” But her agent said`)


def _role_mention(lx: Lexicon, text: str, m: Mention) -> bool:
    """(English) Is the mention someone described by a role (`her spokesman`, `a club official`):
    a new speaker however unnamed (`But her spokesman insisted … “…”`)?"""
    words = text[m.start:m.end].lower().split()
    return lx.subject_fallback and len(words) >= 2 and words[0] in lx.determiners and lx.is_one_of(words[-1], lx.role_nouns)


def _subject_of_sentence(site: QuoteSite, is_name) -> Mention | None:
    """The person (or speaking body) whose sentence holds the quotation: `Il a évoqué «…»`."""
    lx, toks = site.lx, site.before
    qi = len(toks) - 1
    o, s, e, c = site.spans[site.k]
    if lx.capitalised_span_is_name and site.text[s:e].lstrip()[:1].isupper() and qi \
            and toks[qi - 1].text not in (":", ",") and len(site.text[s:e].split()) < 6:
        return None                               # (mid-sentence capitals: a name, unless a cue says otherwise)
    i = 0
    while i < qi and toks[i].is_word and toks[i].low in lx.sentence_connectives:
        i += 1
    if i + 1 < qi and toks[i].low in lx.opinion_of:
        r = np_right(lx, toks, i + 1, limit=6)    # `Per Trump è «il peggio del peggio»`: in whose view
        if r is not None and r[1] < qi and person_like(lx, toks, r, is_name):
            return mention_of(lx, toks, r)
    if qi and toks[qi - 1].low in lx.pronoun_gender and lx.pronoun_gender[toks[qi - 1].low] in ("m", "f", "p") \
            and not (qi >= 2 and toks[qi - 1].low in lx.determiners and toks[qi - 2].low in lx.determiners):
        # (not `usare la loro «…»`: a possessive after its article)
        t = toks[qi - 1]
        return Mention(t.start, t.end, "pronoun")  # `он «считает, что …»`: the subject, the rest quoted
    r = clause_subject(lx, toks, qi)
    if r is not None and r[1] - r[0] == 1 and r[1] < qi and toks[r[1]].low in lx.impersonal_verbs:
        return None                               # `Il semblerait que « … »`: nobody
    if r is None or not person_like(lx, toks, r, is_name) or r[1] + 1 < qi and toks[r[1]].text == "," \
            and toks[r[1] + 1].low not in lx.relative_pronouns \
            and not (len(site.text[s:e].split()) >= 6 and _apposition_then_verb(lx, toks, r, qi)):
        return None                               # (`Drodzy Czytelnicy, …`: an address, not a subject,
    if lx.phrase_needs_speech and _is_phrase(site.text, site.spans[site.k]) \
            and not _speech_between(lx, toks, r[1], qi):
        return None                               # (`Il ministero ha diramato una “guida”`: a term)
    return mention_of(lx, toks, r)                # unless a relative clause or an apposition follows)


def _opens_sentence(text: str, o: int) -> bool:
    """Does the quotation opening at `o` start a new sentence (after `.`, `!` or `?`)?"""
    return text[max(0, o - 3):o].rstrip()[-1:] in (".", "!", "?")


def _cleft_speaker(lx: Lexicon, toks: list, qi: int) -> Mention | None:
    """The speaker a cleft puts in focus: `È stato il ministro X a spiegare che «…»` (copula, the
    speaker, a link, the verb) or `A dirlo è stato X: «…»` (a link and the verb, copula, the speaker)."""
    for i in range(qi - 1):
        if not toks[i].is_word or toks[i].low + " " + toks[i + 1].low not in lx.cleft_copulas:
            continue
        r = np_right(lx, toks, i + 2, limit=8) if i + 2 < qi else None
        if r is None or r[1] > qi or not (toks[r[0]].is_cap or toks[r[0]].low in lx.determiners):
            continue
        after = toks[r[1]] if r[1] < qi else None
        if after is not None and after.low in lx.cleft_links and r[1] + 1 < qi and toks[r[1] + 1].is_word \
                and (i == 0 or not toks[i - 1].is_word):
            return mention_of(lx, toks, r)        # `È stato X a dire`
        if i >= 2 and toks[i - 2].low in lx.cleft_links and toks[i - 1].is_word \
                and (i == 2 or not toks[i - 3].is_word) and (after is None or not after.is_word):
            return mention_of(lx, toks, r)        # `A dirlo è stato X:`
    return None


def _speech_between(lx: Lexicon, toks: list, lo: int, hi: int) -> bool:
    """Does a word of saying stand in toks[lo:hi]: a reporting verb or speech noun, a verb of naming,
    a clause of reported content (`che`, `że`)?"""
    return any(toks[j].is_word and (toks[j].low in lx.object_reporting_verbs or toks[j].low in lx.speech_nouns
                                    or toks[j].low in lx.clause_relatives or is_reporting(lx, toks, j))
               for j in range(lo, hi))


def _apposition_then_verb(lx: Lexicon, toks: list, r: tuple[int, int], qi: int) -> bool:
    """`Olga Mironova, cardiologa di Mosca e presidente dell'Ippnw, lancia un appello …`: a named
    person, a description set off by commas, then a lower-case word (the verb)."""
    if not toks[r[0]].is_cap or r[1] - r[0] < 2:
        return False
    k = next((k for k in range(r[1] + 1, min(qi, r[1] + _APPOSITION_REACH)) if toks[k].text in (",", ".", ";", ":")), None)
    return k is not None and toks[k].text == "," and k + 1 < qi and toks[k + 1].is_word and not toks[k + 1].is_cap \
        and toks[k + 1].low not in lx.relative_pronouns


_APPOSITION_REACH = 14   # tokens of a description set off by commas after a name


def _zero_gender(lx: Lexicon, verb: str) -> str | None:
    """`powiedziała` -> 'f', `сказал` -> 'm', `dijo` -> None (any gender)."""
    last = verb.split()[-1].lower()
    return next((g for ending, g in lx.zero_subject_gender if last.endswith(ending)), None)
