"""Noun phrases: who a cue points to, read left or right of a verb, in token windows.

The readers here know the shape of a phrase (`the head of the agency`, `President Vladimir
Putin`, `Josh Earnest, White House press secretary,`) from the article language's profile
(`Lexicon`), never from a word written into the code.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsbeam.transforms.quote_lexicon import NAME_PARTICLES
from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.tokens import DASHES, QUOTE_TOKEN, Tok, ends_sentence, is_abbreviation

__all__ = [
    "Mention", "is_reporting", "according_to", "np_right", "np_left", "skippable", "verbish", "mention_of",
    "with_apposition", "subject_of", "sentence_subject", "possessor", "looks_personal", "strip_possessive",
    "word_end", "person_like",
]


@dataclass(slots=True)
class Mention:
    """A speaker mention: text[start:end], and what kind of words it is."""
    start: int
    end: int
    kind: str = "np"      # 'np', 'pronoun', 'relative', 'zero' (a verb with its subject dropped)
    antecedent: tuple[int, int] | None = None   # for `who`: the noun phrase it stands for


def is_reporting(lx: Lexicon, tokens: list[Tok], i: int) -> int:
    """Length (in tokens) of the reporting verb starting at tokens[i], or 0."""
    t = tokens[i]
    if not t.is_word:
        return 0
    low = t.low
    if i + 1 < len(tokens) and low in (_STARTS.get(lx.reporting_phrases) or _starts_of(lx.reporting_phrases)):
        pair = low + " " + tokens[i + 1].low
        if pair in lx.reporting_phrases:
            if lx.subject_fallback and tokens[i + 1].low in lx.prepositions and i + 2 < len(tokens) \
                    and tokens[i + 2].is_word and tokens[i + 2].low not in lx.clause_starters:
                return 1 if low in lx.reporting_verbs else 0   # `the house goes on recess`: a place, no speech
            return 2
    if low not in lx.reporting_verbs:
        return 0
    if lx.agreeing_participle_endings and low.endswith(lx.agreeing_participle_endings) and i >= 2 \
            and tokens[i - 1].is_word and not tokens[i - 1].is_cap and tokens[i - 1].low not in lx.auxiliaries \
            and tokens[i - 1].low not in lx.object_clitics and tokens[i - 2].low in lx.determiners:
        return 0                                  # `la défaite annoncée`: describes the noun, reports nothing
    return 1


def according_to(lx: Lexicon, tokens: list[Tok], i: int) -> int:
    """Length (in tokens) of an `according to` cue read rightwards (`selon`, `по словам`, `de acuerdo con`), or 0."""
    return phrase_at(lx.according_to, tokens, i)


def phrase_at(phrases: frozenset[str], tokens: list[Tok], i: int) -> int:
    """Length (in tokens, at most 3) of the longest of `phrases` starting at tokens[i], or 0."""
    if not tokens[i].is_word:
        return 0
    key = tokens[i].low
    if key not in _starts_of(phrases):
        return 0                                  # (most words start no phrase: one set lookup)
    found = 1 if key in phrases else 0
    for j in range(i + 1, min(i + 3, len(tokens))):
        key += " " + tokens[j].low
        if key in phrases:
            found = j - i + 1
    return found


def _starts_of(phrases: frozenset[str]) -> frozenset[str]:
    """The words that open one of `phrases` (`selon` for `selon lui`), worked out once per set."""
    starts = _STARTS.get(phrases)
    if starts is None:
        starts = _STARTS[phrases] = frozenset(p.split(" ", 1)[0] for p in phrases)
    return starts


_STARTS: dict[frozenset[str], frozenset[str]] = {}   # (one entry per phrase set of each lexicon)


def pronoun_cue(lx: Lexicon, tokens: list[Tok], i: int) -> Mention | None:
    """`по его словам`, `jego zdaniem`, `selon lui`, `seinen Worten zufolge` starting at tokens[i]:
    the possessive or pronoun in the form is the mention."""
    if i >= len(tokens):
        return None
    low = tokens[i].low
    if low not in lx.pronoun_form_starts and not (lx.pronoun_form_slot_first and (
            low in lx.possessive_pronouns or low in lx.pronouns)):
        return None                               # (no form opens with this word)
    for form in lx.pronoun_forms:
        if i + len(form) > len(tokens):
            continue
        slot = None
        for j, w in enumerate(form):
            t = tokens[i + j]
            if w == "{}":
                if t.low not in lx.possessive_pronouns and t.low not in lx.pronouns:
                    break
                slot = t
            elif t.low != w:
                break
        else:
            if slot is not None:
                return Mention(slot.start, word_end(slot), "pronoun")
    return None


def np_right(lx: Lexicon, tokens: list[Tok], k: int, limit: int = 10) -> tuple[int, int] | None:
    """Token range [k, end) of the noun phrase starting at tokens[k], read rightwards."""
    n = len(tokens)
    while k < n and (tokens[k].low in lx.adverbs and tokens[k].is_word and k + 1 < n
                     and tokens[k + 1].is_word):
        k += 1                                    # "said Tuesday Mr. Smith"
    if k >= n or not tokens[k].is_word:
        return None
    t = tokens[k]
    # (a role noun after an article is a noun, whatever verb it also spells: `la juge`)
    role_next = k + 1 < n and t.low in lx.determiners and tokens[k + 1].low in lx.role_nouns
    if t.low in lx.pronouns and not (t.low in lx.determiners and k + 1 < n and tokens[k + 1].is_word
                                   and (tokens[k + 1].low not in lx.np_stop or role_next)):
        return k, k + 1                           # (Italian "il ministro" is not French "il")
    end = k
    if t.low in lx.determiners or not t.is_cap:
        # a description: "a soldier from the Eastern Front", "der freiheitliche Sprecher"
        if t.low in lx.np_stop and t.low not in lx.determiners:
            return None
        end = k + 1
        while end < n and end - k < limit:
            u = tokens[end]
            if not u.is_word or (u.low in lx.np_stop and not u.is_cap and not (end == k + 1 and role_next)):
                break
            if _starts_new_phrase(lx, tokens, end):
                break                             # `der Sprecher Thomas Mertens den Zeitungen`
            if not u.is_cap and end > k + 1 and end + 1 < n and tokens[end + 1].low in lx.determiners \
                    and tokens[end + 1].low not in lx.np_prepositions and u.low not in lx.np_prepositions \
                    and not lx.nouns_capitalised:
                break                             # `Le gouvernement | vante sa …`: a verb and its object
            if lx.nouns_capitalised and not u.is_cap and tokens[end - 1].is_cap and tokens[end - 1].low not in lx.determiners \
                    and u.low not in lx.np_prepositions and u.low not in lx.genitive_articles:
                break                             # `die Politikerin | sorgenvoll`: the noun ended it
            end += 1
            if ends_sentence(lx, u):
                break
        return (k, end) if end > k else None
    # a name, possibly with titles and roles: "Trump campaign manager Corey Lewandowski"
    end = k + 1
    while end < n and end - k < limit:
        u = tokens[end]
        if not u.is_word:
            break
        if ends_sentence(lx, tokens[end - 1]):
            break                                 # `said Peskov. Speaking …`
        if u.low in lx.case_articles and tokens[end - 1].low not in NAME_PARTICLES:
            break                                 # `sagte Udo Beckmann | dem RND` (but `von der Leyen`)
        if u.is_cap or (u.low in NAME_PARTICLES and end + 1 < n and tokens[end + 1].is_cap):
            end += 1
            continue
        if u.low in lx.linking_prepositions and u.low not in NAME_PARTICLES \
                and (_personal_run(lx, tokens, k, end) or _titled_surname(lx, tokens, (k, end))):
            break                                 # `Tom Harlow from Netwatch`: the person, not the firm
        # a lower-case run is kept only when a capitalised word follows it closely (in German,
        # where a capital only starts a noun, only a name's particles: `von der Leyen`)
        r = end
        while r < n and r - end < 3 and tokens[r].is_word and not tokens[r].is_cap \
                and (tokens[r].low not in lx.np_stop or tokens[r].low in NAME_PARTICLES) \
                and (not lx.nouns_capitalised or tokens[r].low in NAME_PARTICLES) \
                and not is_reporting(lx, tokens, r):
            r += 1                                # (`Li Wen | told Reuters`: a verb of saying ends the name)
        if r < n and r > end and tokens[r].is_word and tokens[r].is_cap:
            end = r
            continue
        break
    if tokens[end - 1].text.endswith(lx.possessive_suffixes):
        # a possessed noun: `Ryan’s office said`, `the senator’s campaign said`
        while end < n and end - k < limit and tokens[end].is_word and not tokens[end].is_cap \
                and tokens[end].low not in lx.np_stop:
            end += 1
    return k, end


def _starts_new_phrase(lx: Lexicon, tokens: list[Tok], i: int) -> bool:
    """A second article inside a description starts another phrase, except after `of`
    (`the head of the agency`) and inside a name (`Michery el Soheil`, `van der Berg`)."""
    u = tokens[i]
    if u.is_cap or u.low not in lx.determiners or u.low in lx.genitive_articles:
        return False
    prev = tokens[i - 1].low
    if prev in lx.np_prepositions or prev in NAME_PARTICLES:
        return False
    return not (u.low in NAME_PARTICLES and u.low not in lx.case_articles
                and i + 1 < len(tokens) and tokens[i + 1].is_cap)


def np_left(lx: Lexicon, tokens: list[Tok], k: int, limit: int = 8) -> tuple[int, int] | None:
    """Token range [start, k+1) of the noun phrase ending at tokens[k], read leftwards."""
    if k < 0 or not tokens[k].is_word:
        return None
    t = tokens[k]
    if t.low in lx.pronouns or t.low in lx.relative_pronouns:
        return k, k + 1
    if (t.low in lx.np_stop or t.low in lx.of_prepositions) and not t.is_cap:
        return None                               # (`de déclarer`: a preposition is no phrase)
    start = k
    lower_run = 0
    while start - 1 >= 0 and k - start < limit:
        u = tokens[start - 1]
        if not u.is_word:
            break
        if tokens[start].low in lx.title_gender and not tokens[start].is_cap and not u.is_cap \
                and start >= 2 and tokens[start - 2].low in lx.prepositions:
            break                                 # `przez dziennikarzy | pani senator`: a title opens the phrase
        if u.low in lx.determiners:
            start -= 1
            # "a spokesman for the campaign": carry on across one preposition
            if start - 2 >= 0 and tokens[start - 1].low in lx.np_prepositions and tokens[start - 2].is_word:
                inner = np_left(lx, tokens, start - 2, limit=4)
                if inner and tokens[inner[0]].low in lx.determiners:
                    start = inner[0]
            break
        if u.is_cap:
            if u.low in lx.not_names and u.low not in lx.determiners:
                break
            start -= 1
            lower_run = 0
            continue
        if u.low in lx.of_prepositions and start - 2 >= 0 and tokens[start - 2].is_cap and (
                tokens[start - 2].low in lx.titles or lx.is_one_of(tokens[start - 2].low, lx.org_words)):
            start -= 2                            # `Secretary of State John Kerry`, `Bank of England governor`
            continue
        if u.low in lx.np_stop or u.low in lx.np_prepositions or u.low in lx.possessive_pronouns:
            break
        if start - 2 >= 0 and tokens[start - 2].low in lx.prepositions and tokens[start].is_cap \
                and not tokens[start - 2].is_cap:
            break                                 # `o budżet | Jan Kowal`: a preposition's object, then the name
        lower_run += 1
        if lower_run > 3:
            break
        start -= 1
    if start < k and start >= 1 and not tokens[start].is_cap and tokens[start - 1].low in lx.auxiliaries \
            and tokens[start - 1].low not in lx.adverbs and tokens[k].is_cap:
        # `Asked if both would start Eriksson replied`: a verb after its auxiliary, then the name
        start = next(x for x in range(start, k + 1) if tokens[x].is_cap)
    return start, k + 1


def skippable(lx: Lexicon, t: Tok) -> bool:
    """Auxiliaries and adverbs between a subject and its verb: `has also repeatedly said`."""
    return t.is_word and not t.is_cap and (
        t.low in lx.auxiliaries or t.low in lx.adverbs or (t.low.endswith(lx.adverb_suffixes) and len(t.low) > 4))


def verbish(lx: Lexicon, t: Tok) -> bool:
    """An unknown word that reads like a finite verb after a subject: `retaliated`, `quips`."""
    return t.is_word and not t.is_cap and t.low.endswith(lx.verb_suffixes) \
        and t.low not in lx.np_stop and len(t.low) > 3 and not t.low.endswith(lx.possessive_suffixes)


def mention_of(lx: Lexicon, tokens: list[Tok], r: tuple[int, int] | None) -> Mention | None:
    if r is None:
        return None
    a, b = r
    for i in range(b - 2, a - 1, -1):
        if tokens[i].text.endswith(".") and not is_abbreviation(lx, tokens[i].text) and tokens[i + 1].is_cap:
            a = i + 1                    # ran back over a sentence end: `xenophobia. He`
            break
    while a < b - 1 and tokens[a].low in lx.all_leading_non_subjects:
        a += 1                           # `that Trump`, `Although the IMF`
    while b > a + 1 and (not tokens[b - 1].is_word or tokens[b - 1].low in lx.trailing_non_heads):
        b -= 1                           # `the debate moderators of` -> `the debate moderators`
    if lx.elided_re:
        last = tokens[b - 1]
        m = lx.elided_re.match(last.low)
        if m and last.low[m.end():] in lx.pronouns:
            # `lorsqu’il menace`, `ce qu’elle appelle`: the pronoun after its conjunction starts the clause
            return Mention(last.start + m.end(), last.end, "pronoun")
    first = tokens[a]
    if b - a == 1 and first.low in lx.not_speakers:
        return None                      # `Moreover, …`, `When asked …`: not a noun phrase
    if lx.nouns_capitalised and first.low not in lx.pronouns and not any(
            t.is_cap or t.text[:1].isdigit() and t.text.rpartition("-")[2][:1].isupper() for t in tokens[a:b]):
        return None                      # `nahezu wirkungslos`: in German a noun phrase has a capital
                                         # (`der 52-Jährige`: after a number)
    pron = lx.contraction_re.sub("", first.low) if lx.contraction_re else first.low
    if b - a == 1 and pron in lx.pronouns:
        # `he’d asked` / `she’s said`: the pronoun without its contracted auxiliary
        return Mention(first.start, first.start + len(pron), "pronoun")
    kind = "np"
    last = tokens[b - 1]
    end = last.end - 1 if last.text.endswith(".") and not is_abbreviation(lx, last.text) else last.end
    return Mention(first.start, end, kind)





def word_end(t: Tok) -> int:
    """End of a word token without the full stop a sentence end glued to it (`dit-il.`)."""
    return t.start + len(t.text.rstrip("."))


_SHARED_SUBJECT_TOKENS = 40   # tokens back from `und forderte` to the verb whose subject it shares


def with_apposition(lx: Lexicon, toks: list[Tok], r: tuple[int, int]) -> tuple[int, int]:
    """`said the transport minister, Anna Becker.`: a description followed by the name it stands for.

    The name, set off by a comma and closing the clause, joins the mention.
    """
    a, b = r
    first = toks[a]
    if first.is_cap and first.low not in lx.determiners or first.low in lx.pronouns:
        return r                                  # already a name or a pronoun
    if b < len(toks) and toks[b].text != "," and any(t.is_cap for t in toks[a:b]):
        c = b                                     # `los portavoces de Derecho a Vivir, Miguel Tomás`
        while c < len(toks) and c - b < _OWNER_TOKENS and (toks[c].is_word and (
                toks[c].is_cap or toks[c].low in lx.prepositions or toks[c].low in lx.of_prepositions
                or toks[c].low in lx.np_prepositions) or toks[c].text in "()"):
            c += 1                                # `der Leiter des Verbands der Kliniken (VdK), Hans Maier`
        if c > b and c < len(toks) and toks[c].text == "," and (toks[c - 1].is_cap or toks[c - 1].text == ")"):
            b = c
        else:
            # `Der russische Botschafter in den USA Anatoli Antonow`: a place, then the name, no comma;
            # the name opens with a known first name and runs to the end of the capitalised words
            c = b
            while c < len(toks) and c - b < _OWNER_TOKENS and toks[c].is_word and (
                    toks[c].is_cap or toks[c].low in lx.prepositions or toks[c].low in lx.determiners):
                c += 1
            n = next((n for n in range(b + 1, c - 1) if toks[n].is_cap and lx.first_name(toks[n].low)
                      and toks[n + 1].is_cap and toks[n - 1].low not in lx.of_prepositions), None)
            if n is not None and toks[b].low in lx.prepositions and toks[b].low not in lx.of_prepositions:
                e = n + 1
                while e < c and toks[e].is_cap:
                    e += 1
                if looks_personal(lx, [t.text for t in toks[n:e]]):
                    return a, e
    if b >= len(toks) or not (toks[b].text == "," or toks[b].low in lx.sentence_connectives):
        return r
    k = b + 1
    if toks[b].text != ",":
        # `der russische Journalist und Friedensnobelpreisträger Dmitrij Muratow`: one more role, then
        # the name (a known first name: a conjunction otherwise joins two people)
        while k < len(toks) and k - b <= 2 and toks[k].is_word and not lx.first_name(toks[k].low):
            k += 1
        if k >= len(toks) or not lx.first_name(toks[k].low):
            return r
        b = k - 1
    while k < len(toks) and k - b <= 4 and toks[k].is_word and (
            toks[k].is_cap or toks[k].low in NAME_PARTICLES):
        k += 1
    if k == b + 1 or not toks[k - 1].is_cap or (k < len(toks) and toks[k].text not in (".", ",", ";", "(")):
        return r                                  # (`…, Thorsten Frei (CDU).`: a party after the name)
    if not looks_personal(lx, [t.text for t in toks[b + 1:k]]):
        return r
    return a, k


_OWNER_TOKENS = 7   # words of the body a described speaker belongs to, before `, Name`: `of the Green Party of X`
_DESCRIBED_REACH = 24   # words back from a place before a verb to the subject it describes


class CutShort(Exception):
    """The tokens read start too late to tell the subject (`cut` reads: a stretch before a quotation)."""


def subject_of(lx: Lexicon, tokens: list[Tok], v: int, is_name=None, cut: bool = False) -> Mention | None:
    """The subject of the reporting verb tokens[v] (the noun phrase before it). `cut`: the tokens may
    start mid-sentence, and `CutShort` is raised when the subject may lie before them."""
    aside = _aside_subject(lx, tokens, v)
    if aside is not None:
        return aside
    if lx.verb_second:
        m = _subject_after_auxiliary(lx, tokens, v) or _subject_after_fronted(lx, tokens, v)
        if m is not None:
            return m
    k = v - 1
    while k >= 0 and (skippable(lx, tokens[k]) or lx.colon_subject and tokens[k].is_word and (
            tokens[k].low in lx.cataphora_pronouns and tokens[k].low in lx.object_clitics
            or tokens[k].low in lx.as_cues) or _adverbial_before(lx, tokens, k)
            or tokens[k].low in lx.object_clitics and k >= 1 and tokens[k - 1].low in lx.auxiliaries
            and not tokens[k - 1].is_cap):       # (`X a lui relevé`, `X hat ihm gesagt`: no subject after the auxiliary)
        if tokens[k].low in lx.be_forms and not tokens[v].low.endswith(lx.participle_suffixes):
            return None   # passive: "was described as"
        k -= _adverbial_before(lx, tokens, k) or 1   # (`Lo annuncia X`, `jak dodał`: no subject there;
                                                      # `X a de nouveau accusé`: past the adverbial)
    if k >= 0 and tokens[k].is_cap and tokens[k].low in lx.auxiliaries and (
            k == 0 or ends_sentence(lx, tokens[k - 1]) or tokens[k - 1].text in (".", "!", "?")):
        k = -1                                    # `Ha affermato che …`: an auxiliary opens the sentence
    if k >= 1 and tokens[k].low in lx.sentence_connectives:
        # `sagte X dem RND und forderte …:` — the second verb shares the first one's subject
        # (back over a `dass` clause set off by commas: `erklärte X, dass …, und forderte …`)
        for u in range(k - 1, max(-1, k - _SHARED_SUBJECT_TOKENS), -1):
            if tokens[u].text in (".", ";", ":", "!", "?", QUOTE_TOKEN) or not tokens[u].is_word and (
                    tokens[u].text != "," or u == k - 1 and not lx.nouns_capitalised):
                break
            if tokens[u].is_word and is_reporting(lx, tokens, u):
                r = np_right(lx, tokens, u + 1, limit=6)
                if r is not None and r[1] <= k and person_like(lx, tokens, r):
                    return mention_of(lx, tokens, with_apposition(lx, tokens, r))
                return subject_of(lx, tokens, u)
    if lx.subject_after_verb:
        r = _subject_after(lx, tokens, v)         # `rząd punktował m.in. Donald Tusk`
        if r is not None and (k < 0 or not tokens[k].is_word or not _person_before(lx, tokens, k)
                              or tokens[r[0]].is_cap and not tokens[k].is_cap and lx.first_name(tokens[r[0]].low)):
            return mention_of(lx, tokens, r)      # (`rząd punktował m.in. Donald Tusk`: the named one)
    if lx.pro_drop and (k < 0 or not tokens[k].is_word and tokens[k].text != ")"):
        # `Шоумен, комментируя замену, заявил`: a subject before an aside set off by commas
        s = _skip_parenthetical(tokens, k) if k >= 1 else -1
        r = np_left(lx, tokens, s) if s >= 0 else None
        named = _aside_name(lx, tokens, s + 2, k) if r is not None and tokens[k].text == "," \
            and not _personal_run(lx, tokens, *r) else None
        if named is not None:                     # `Il direttore …, Marco Gatti, ha detto`: the name
            return mention_of(lx, tokens, named)  # (not `X, portavoz del Y Z, subrayó`: X)
        if r is not None and person_like(lx, tokens, r):
            return mention_of(lx, tokens, r)
        # `Añade que «…»`, `Ha affermato che «…»`: the verb opens its clause, its subject dropped
        return Mention(tokens[v].start, word_end(tokens[v]), "zero")
    if lx.subject_fallback and k >= 2 and tokens[k].text == "," and tokens[k - 1].text == ")":
        k -= 1                                    # `Gov. John Kasich (R-OH), said`: a stray comma after the bracket
    aside = k
    k = _skip_parenthetical(tokens, k)
    if k < 0:
        return None
    if aside != k and tokens[k + 1].text == "," and tokens[k + 2].low in lx.relative_pronouns \
            and not _names_someone(lx, tokens, k):
        # `Lord Benn, head of the unit, who asked for more, said`: the relative clause follows an
        # apposition; the person before both is the subject
        before = _skip_parenthetical(tokens, k + 1)
        p = np_left(lx, tokens, before) if before >= 0 else None
        if p is not None and tokens[p[0]].is_cap and person_like(lx, tokens, p):
            k = aside = before
        elif cut and before <= 0:
            raise CutShort                        # (the stretch read may start inside the subject: a longer read decides)
    if aside != k and tokens[aside].text == ",":
        named = _aside_name(lx, tokens, k + 2, aside)
        if named is not None:
            return mention_of(lx, tokens, named)  # `Le porte-parole de X, Nabil Roudeina, a dénoncé`: the name
    r = np_left(lx, tokens, k)
    if r is not None and r[1] - r[0] > 1 and _time_phrase(lx, tokens, r) and tokens[r[1] - 2].is_cap:
        r = (r[0], r[1] - 1)                      # `Mara Quint Tuesday said`: the name without the day
    while r is not None and r[0] >= 1 and _time_phrase(lx, tokens, r) and tokens[r[0] - 1].is_word \
            and tokens[r[0] - 1].low not in lx.prepositions:
        k = r[0] - 1                              # `X last week said`, `X earlier this week told`: past it
        while k >= 0 and skippable(lx, tokens[k]):
            k -= 1
        r = np_left(lx, tokens, k) if k >= 0 else None
    if r is None:
        return None
    if lx.pro_drop and _time_phrase(lx, tokens, r) and (r[0] == 0 or not tokens[r[0] - 1].is_word):
        return Mention(tokens[v].start, word_end(tokens[v]), "zero")   # `Parę dni temu napisała`: a time
    r = _after_fronted_object(lx, tokens, _name_after_place(lx, tokens, r))
    fronted = _fronted_non_subject(lx, tokens, r, v, is_name) if lx.pro_drop or lx.verb_second else None
    if fronted:
        # `O tym wszystkim poinformował`, `Diesmal kritisierte er`: what opens the clause is a
        # phrase or an adverb; the subject follows the verb, or (a verb that tells its
        # subject's gender) was dropped
        after = _subject_after(lx, tokens, v, is_name)
        if after is not None:
            return mention_of(lx, tokens, after)
        if fronted == "sure":
            return Mention(tokens[v].start, word_end(tokens[v]), "zero") if lx.pro_drop else None
    x = r
    for _ in range(_OF_CHAIN):
        if not (x[0] >= 2 and tokens[x[0] - 1].low in lx.linking_prepositions and tokens[x[0] - 2].is_word):
            break
        cap = tokens[x[0] - 2].is_cap
        x = np_left(lx, tokens, x[0] - 2)         # `Jane Smith of Acme Corp said`: the person of the firm,
        if x is None:                             # also of a firm of a place (`Anna Rossi della Fondazione
            break                                 # X di Milano ha detto`)
        if cap and (_personal_run(lx, tokens, x[0], x[1]) or _titled_surname(lx, tokens, x)) or _role_head(lx, tokens, x):
            r = x                                 # (`Il portavoce del ministro X ha detto`: the spokesman;
                                                  # `Lord Ashby of Carlow said`: the lord, not the place)
            break
        if not cap:
            break
    p = r[0] - 1
    while p > r[0] - _PHRASE_WORDS and p >= 2 and tokens[p].is_word and not tokens[p].is_cap \
            and tokens[p].low not in lx.prepositions:
        p -= 1                                    # `X после встречи министров стран G20 заявил`: the
    if p < r[0] - 1 and p >= 2 and tokens[p].low in lx.prepositions and not tokens[r[0]].is_cap \
            and tokens[r[0]].low not in lx.determiners and tokens[r[1] - 1].is_cap:
        r = (p + 1, r[1])                         # capitals end a phrase after a preposition
    if r[0] >= 2 and tokens[r[0] - 1].low in lx.prepositions and tokens[r[0] - 1].low not in lx.according_to \
            and (not person_like(lx, tokens, r) or not lx.first_name(tokens[r[0]].text)):
        # `Der Epidemiologe Vinay Prasad von der Universität in San Francisco twitterte`, `X hat
        # nach dem Treffen auf Bali erklärt`: a phrase after a preposition is no subject; the place
        # ends a phrase that describes the subject, which opens the clause
        c = r[0] - 1
        while c > 0 and (tokens[c - 1].is_word or tokens[c - 1].text == ",") and r[0] - c < _DESCRIBED_REACH \
                and not _opens_clause(lx, tokens[c - 1]):
            c -= 1                                # (`Clinton, during a meeting in Columbus, Ohio, said`;
                                                  # not past `when`: `… when X in his speech called`)
        if lx.subject_fallback:
            c = _past_intro_phrase(lx, tokens, c, r[0])   # (`In addition, an email sent by X on Monday warned`)
        first = np_right(lx, tokens, c, limit=8)
        if first is not None and first[0] < r[0] - 1 < first[1]:
            first = (first[0], r[0] - 1)          # (`Contestants on The Show said`: up to the preposition)
        placed = r
        if first is not None and first[1] <= r[0]:
            # (`Der Epidemiologe Vinay Prasad von der Universität`: the person, without the place)
            named = next(((c, x) for x in range(first[1], c, -1) if tokens[x - 1].is_cap
                          and _personal_run(lx, tokens, c, x)), None)
            r = named or (first if person_like(lx, tokens, first, is_name) or _time_phrase(lx, tokens, r)
                          or _opens_with_noun(lx, tokens, first) and not any(t.text == "," for t in tokens[c:r[0]])
                          and (not person_like(lx, tokens, r, is_name) or tokens[r[0]].low in lx.articles_not_in_names)
                          else r)                 # (`Contestants on The Weakest Link said`: the contestants)
            rel = next((x for x in range(r[1], placed[0]) if tokens[x].low in lx.relative_pronouns
                        and tokens[x].low not in lx.clause_relatives and tokens[x].low not in lx.determiners
                        and tokens[x - 1].text == ","), None) if r != placed else None
            if rel is not None:                   # `Marsh, who in the past described …`: the relative,
                return Mention(tokens[rel].start, tokens[rel].end, "relative",   # standing for Marsh
                               (tokens[r[0]].start, tokens[r[1] - 1].end))
        if r == placed and lx.pro_drop and (not tokens[r[0]].is_cap or not person_like(lx, tokens, r, is_name)):
            # `… e a tal proposito ha affermato`, `W wywiadzie dla Radia X mówi`: an adverbial
            # phrase (naming no person), the subject dropped
            return Mention(tokens[v].start, word_end(tokens[v]), "zero")
    r = _name_before_description(lx, tokens, r)
    a, b = r
    t = tokens[a]
    if b - a == 1 and t.low in lx.relative_pronouns:
        # "others, who described …": the relative pronoun stands for the phrase before it
        ante = None
        if a >= 2 and tokens[a - 1].text == ",":
            b = a - 2
            if tokens[b].text == ")":             # `l’Arcom (ex-CSA), qui …`: past a bracketed gloss
                b = next((x - 1 for x in range(b - 1, max(-1, b - 8), -1) if tokens[x].text == "("), b)
            ante = np_left(lx, tokens, b) if b >= 0 else None
        elif a >= 1 and t.low not in lx.clause_relatives:
            ante = np_left(lx, tokens, a - 1)
            if ante is not None and not person_like(lx, tokens, ante, is_name):
                ante = _person_before_phrase(lx, tokens, ante, is_name) or ante
        if ante is None:
            return None if t.low in lx.clause_relatives else Mention(t.start, t.end, "relative")
        return Mention(t.start, t.end, "relative", (tokens[ante[0]].start, tokens[ante[1] - 1].end))
    return mention_of(lx, tokens, r)


_OF_CHAIN = 3   # `of` phrases read back over to the person they describe


def _name_before_description(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> tuple[int, int]:
    """`Tom Brackley, Riverside Tenants Association said`, `Ms Ellory, the council's finance chief
    said`: a person's name opens the clause, then a comma and what the person is, the comma that
    would close it left out. The name is the subject, not the body or role described."""
    a, b = r
    while a >= 1 and a > r[0] - _DESCRIPTION_TOKENS and tokens[a - 1].is_word and (
            tokens[a - 1].low in lx.determiners or tokens[a - 1].low.endswith(lx.possessive_suffixes)):
        a -= 1                                    # (`the council's | finance chief`)
    if a < 2 or tokens[a - 1].text != "," or not tokens[a - 2].is_word:
        return r
    described = _role_head(lx, tokens, r) or any(
        t.is_word and (lx.is_one_of(t.low, lx.org_words) or t.low.endswith(lx.possessive_suffixes)
                       or t.low in lx.determiners or t.low.rstrip("s") in lx.role_nouns) for t in tokens[a:b])
    if not described or _personal_run(lx, tokens, a, b):
        return r
    n = np_left(lx, tokens, a - 2)
    while n is not None and n[0] >= 1 and tokens[n[0] - 1].is_cap and tokens[n[0] - 1].low in lx.titles:
        n = (n[0] - 1, n[1])                      # (`Mr | Ellory`)
    if n is None or not tokens[n[0]].is_cap or tokens[n[0]].low in lx.determiners or not (
            _personal_run(lx, tokens, n[0], n[1]) or person_like(lx, tokens, n)) or any(
            t.is_word and lx.is_one_of(t.low, lx.org_words) for t in tokens[n[0]:n[1]]):
        return r
    opens = n[0] == 0 or tokens[n[0] - 1].text in (".", "!", "?", ";", ":", QUOTE_TOKEN)
    return n if opens else r                      # (not `In an interview with A and B, the candidate said`)


_DESCRIPTION_TOKENS = 4   # a determiner and owners read back over before a description's comma


def _person_before_phrase(lx: Lexicon, tokens: list[Tok], r: tuple[int, int], is_name=None) -> tuple[int, int] | None:
    """The person a relative pronoun stands for, past the phrase that ends right before it:
    `wicepremier X – w rozmowie z Polskim Radiem który zapewnił`, `un président à l'abri des
    problèmes qui a déclaré`. None when no person stands within reach."""
    for x in range(r[0] - 1, max(-1, r[0] - _RELATIVE_REACH), -1):
        if tokens[x].text in (".", ";", ":", "!", "?", QUOTE_TOKEN):
            return None
        if not tokens[x].is_word:
            continue
        p = np_left(lx, tokens, x)
        if p is not None and p[1] == x + 1 and person_like(lx, tokens, p, is_name):
            return p
    return None


_RELATIVE_REACH = 12   # tokens read back past a phrase to the person a relative pronoun stands for


def _opens_clause(lx: Lexicon, t: Tok) -> bool:
    """A lower-case word that opens a subordinate clause (`when`, `because`), not a preposition,
    an article, a relative pronoun or a conjunction joining two phrases."""
    return t.is_word and not t.is_cap and t.low in lx.clause_starters and t.low not in lx.prepositions \
        and t.low not in lx.determiners and t.low not in lx.sentence_connectives and t.low not in lx.of_prepositions \
        and t.low not in lx.relative_pronouns     # (`Marsh, who in the past described`: who stands for Marsh)


def _opens_with_noun(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> bool:
    """Does tokens[r] open with a noun phrase's word (`Contestants`, `The crew`), not a preposition
    or an introductory word (`In Washington`, `Meanwhile`)?"""
    low = tokens[r[0]].low
    return tokens[r[0]].is_word and low not in lx.prepositions and low not in lx.all_intro_words \
        and low not in lx.not_speakers and low not in lx.adverbs


def _time_phrase(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> bool:
    """Is tokens[r] a phrase of time (`last week`, `Tuesday night`, `Friday`), which never speaks?"""
    head = tokens[r[1] - 1].low
    return head in lx.time_nouns or head in lx.adverbs and tokens[r[1] - 1].is_cap


def _role_head(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> bool:
    """Is tokens[r] a description by role (`il consigliere`, `uno dei principali aiutanti`)?"""
    a = r[0]
    opens = a == 0 or tokens[a - 1].text in (".", "!", "?", QUOTE_TOKEN)   # (`Lawyers for X said`)
    return any(t.is_word and (not t.is_cap or x == a and opens) and (
        lx.is_one_of(t.low, lx.role_nouns) or lx.is_one_of(t.low, lx.people_nouns)
        or t.low.endswith("s") and lx.is_one_of(t.low[:-1], lx.role_nouns))
        for x, t in enumerate(tokens[a:r[1]], a))


def _personal_run(lx: Lexicon, tokens: list[Tok], a: int, b: int) -> bool:
    """Do tokens[a:b] end in a person's name: two capitalised words after any title, or a known first name?"""
    words = [t.text for t in tokens[a:b] if t.is_word]
    caps = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        caps.insert(0, w)
    lows = [w.lower() for w in caps]
    while lows and (lows[0] in lx.titles or lows[0] in lx.not_names):
        lows.pop(0)
        caps.pop(0)
    return bool(caps) and looks_personal(lx, caps) and (len(caps) >= 2 or lx.first_name(caps[0]) is not None)


def _names_someone(lx: Lexicon, tokens: list[Tok], k: int) -> bool:
    """Does the noun phrase ending at tokens[k] name or describe a person (`Lord Woolf`, `the judge`)?"""
    r = np_left(lx, tokens, k)
    head = tokens[k]
    return r is not None and person_like(lx, tokens, r) and (
        head.is_cap or lx.is_one_of(head.low, lx.role_nouns) or lx.is_one_of(head.low, lx.people_nouns))


def _titled_surname(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> bool:
    """Is tokens[r] a capitalised title and a surname (`Lord Ashby`, `Mr Hale`): a person however
    unknown the surname?"""
    a, b = r
    return b - a >= 2 and tokens[a].is_cap and tokens[a].low in lx.titles and all(
        t.is_word and t.is_cap and t.low not in lx.titles for t in tokens[a + 1:b])


def _subject_after(lx: Lexicon, tokens: list[Tok], v: int, is_name=None) -> tuple[int, int] | None:
    """A person named right after the verb (past adverbs): `punktował m.in. Donald Tusk`."""
    k = v + 1
    while k < len(tokens) and (skippable(lx, tokens[k]) or tokens[k].low in lx.abbreviations
                               or tokens[k].low in lx.object_clitics or tokens[k].low in lx.verb_particles):
        k += 1                                    # (`zeigte sich der Papst`, `a dit-il`)
    if k < len(tokens) and tokens[k].low in lx.prepositions and tokens[k].low not in lx.according_to:
        e = k + 1                                 # `Jak podkreślił w komunikacie Energinet`: past the phrase
        while e < len(tokens) and e - k <= 2 and tokens[e].is_word and not tokens[e].is_cap:
            e += 1
        if k + 1 < e < len(tokens) and tokens[e].is_cap and tokens[e - 1].low not in lx.of_prepositions:
            k = e
    r = np_right(lx, tokens, k, limit=6) if k < len(tokens) else None
    if r is None or not (tokens[r[0]].is_cap or tokens[r[0]].low in lx.determiners or tokens[r[0]].low in lx.pronouns
                         or lx.is_one_of(tokens[r[0]].low, lx.role_nouns) or tokens[r[0]].low in lx.titles) \
            or oblique(lx, tokens, r):
        return None                               # (`jak mówi premier Michaił Miszustin`: a role opens it)
    return r if person_like(lx, tokens, r, is_name) else None


def _fronted_non_subject(lx: Lexicon, tokens: list[Tok], r: tuple[int, int], v: int, is_name=None) -> str | None:
    """Is the phrase tokens[r] before the verb tokens[v] something other than its subject?

    'sure' for a word that never speaks (`Otóż`, `Diesmal`), and for the object of a preposition
    before a verb whose ending names a singular subject (`O tym wszystkim poinformował`); 'maybe'
    for any other prepositional phrase or lone word opening the clause (`Hier zeigte sich`):
    taken only when a subject follows the verb. (`В Киеве призвали`, `В докладе говорится`:
    a place or a document before an impersonal verb is the source itself.)
    """
    a, b = r
    in_phrase = b - a > 1 and tokens[a].low in lx.prepositions or (
        a >= 1 and tokens[a - 1].is_word and tokens[a - 1].low in lx.prepositions
        and (not tokens[a].is_cap or lx.pro_drop and phrase_at(lx.impersonal_reports, tokens, v) == 0
             and not any(t.low in lx.impersonal_reports for t in tokens[v:v + 1])))
    p = a - 1 if a and tokens[a - 1].low in lx.prepositions else a
    if in_phrase and p >= 1 and tokens[p - 1].is_word and tokens[p - 1].is_cap and _person_before(lx, tokens, p - 1):
        return None                               # `Журналист X Иван Петров в своем блоге заявил`: the phrase
                                                  # follows its subject, it opens no clause
    if in_phrase and tokens[p].low not in lx.according_to:
        gender = next((g for ending, g in lx.zero_subject_gender if tokens[v].low.endswith(ending)), None)
        return "sure" if gender in ("m", "f") else "maybe"
    if lx.verb_second and lx.nouns_capitalised and b - a > 1 and (a == 0 or not tokens[a - 1].is_word) \
            and tokens[a].low not in lx.pronouns and (oblique(lx, tokens, r) or not person_like(lx, tokens, r, is_name)):
        return "maybe"                            # `Voller Sorge fragt der Arzt`, `Den Plan nennt er`: the
                                                  # subject follows the verb when a person stands there
    if b - a != 1 or (a >= 1 and tokens[a - 1].is_word) or not tokens[a].is_cap:
        return None
    low = tokens[a].low
    if low in lx.all_intro_words or low in lx.adverbs:
        return "sure"
    gender = next((g for ending, g in lx.zero_subject_gender if tokens[v].low.endswith(ending)), None)
    if gender in ("m", "f") and is_name is not None and (
            tokens[v].low in lx.object_reporting_verbs or low.endswith(lx.sentence_adverb_suffixes)) \
            and not person_like(lx, tokens, r, is_name) and low not in lx.pronouns:
        # `Pomysł nazwał „…”`: the object first, the subject dropped; `Łaskawie uznał, że „…”`: a
        # capitalised adverb the text never uses as a name opens the clause, the subject dropped
        return "sure"
    return "maybe" if lx.verb_second and low not in lx.pronouns else None


def _person_before(lx: Lexicon, tokens: list[Tok], k: int) -> bool:
    r = np_left(lx, tokens, k)
    return r is not None and person_like(lx, tokens, r)


def _subject_after_fronted(lx: Lexicon, tokens: list[Tok], v: int) -> Mention | None:
    """`Mit Blick auf die Probleme warnte der UNO-Kommissar …`: in a verb-second clause opened by a
    phrase that is no subject (a preposition, an adverb), the subject follows the verb."""
    c = v - 1
    while c >= 0 and tokens[c].is_word:
        c -= 1
    first = tokens[c + 1] if c + 1 < v else None
    if first is None or not (first.low in lx.prepositions or first.low in lx.all_intro_words):
        return None
    r = _subject_after(lx, tokens, v)
    return mention_of(lx, tokens, r) if r is not None else None


def _subject_after_auxiliary(lx: Lexicon, tokens: list[Tok], v: int) -> Mention | None:
    """`Am Mittwoch hat Olaf Scholz mit Zufriedenheit bestätigt, …`: in a verb-second clause the
    participle closes it and the subject follows the finite auxiliary."""
    h = v - 1
    while h >= 0 and v - h < 12 and tokens[h].is_word and tokens[h].low not in lx.auxiliaries:
        h -= 1
    if h < 1 or v - h < 3 or not tokens[h].is_word or not tokens[h - 1].is_word:
        return None                               # (no auxiliary, or it opens the clause: `Hat er …`)
    r = np_right(lx, tokens, h + 1, limit=6)
    if r is None or r[1] > v or not (tokens[r[0]].low in lx.pronoun_gender or any(
            lx.first_name(t.low) or t.low in lx.role_nouns for t in tokens[r[0]:r[1]])):
        return None
    return mention_of(lx, tokens, r)


def _name_after_place(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> tuple[int, int]:
    """`L'ambasciatore a Parigi Marco Rossi ha detto`: a capitalised run read back from the verb
    that opens with the place of a role (after a preposition) starts at the first name in it."""
    a, b = r
    if a < 1 or tokens[a - 1].low not in lx.prepositions or tokens[a - 1].low in lx.of_prepositions \
            or not all(t.is_cap for t in tokens[a:b]) or lx.first_name(tokens[a].low):
        return r
    n = next((n for n in range(a + 1, b - 1) if lx.first_name(tokens[n].low)), None)
    return (n, b) if n is not None else r


def _after_fronted_object(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> tuple[int, int]:
    """`Dziennikarzom TVN minister Jan Kowalski powiedział`, `Журналистам министр сказал`: in a language
    with neither articles nor fixed word order, a capitalised word read back into the subject before
    its role noun is a fronted object (to whom it was said); the subject starts at the role."""
    a, b = r
    if not lx.name_case_endings or lx.articles_not_in_names or b - a < 3:
        return r
    n = next((n for n in range(a + 1, b) if not tokens[n].is_cap and lx.is_one_of(tokens[n].low, lx.role_nouns)
              and tokens[n - 1].is_cap and tokens[n - 1].low not in lx.titles), None)
    return (n, b) if n is not None else r


def oblique(lx: Lexicon, tokens: list[Tok], r: tuple[int, int]) -> bool:
    """Does the phrase tokens[r] open with an article that makes it no subject (the profile's
    `oblique_articles`): `dem Sender`, `der Nachrichtenagentur AFP` (a feminine noun after `der`)?"""
    endings = lx.oblique_articles.get(tokens[r[0]].low)
    if endings is None:
        return False
    head = next((t.low for t in tokens[r[0] + 1:r[1]] if t.is_cap), "")
    return not endings or head.endswith(endings)


_PHRASE_WORDS = 5   # lower-case words between a preposition and the capitals ending its phrase


def _adverbial_before(lx: Lexicon, tokens: list[Tok], k: int) -> int:
    """Length of the profile's adverbial phrase ending at tokens[k] (`de nouveau`, `di nuovo`), or 0."""
    if not lx.adverbial_phrases or not tokens[k].is_word or tokens[k].is_cap:
        return 0
    for n in range(2, min(4, k + 1) + 1):
        if " ".join(t.low for t in tokens[k - n + 1:k + 1]) in lx.adverbial_phrases:
            return n
    return 0


def _aside_subject(lx: Lexicon, tokens: list[Tok], v: int) -> Mention | None:
    """`Il rilancio, sottolinea Gimbe, è stato “…”`, `La cifra, señala el informe, es «…»`: a verb
    set off by commas inside a sentence, with its subject right after it, up to the closing comma."""
    if v < 1 or tokens[v - 1].text != "," or lx.subject_fallback:
        return None
    r = np_right(lx, tokens, v + 1, limit=6) if v + 1 < len(tokens) else None
    if r is None or r[1] >= len(tokens) or tokens[r[1]].text != "," or not (
            tokens[r[0]].is_cap or tokens[r[0]].low in lx.determiners) or oblique(lx, tokens, r):
        return None
    return mention_of(lx, tokens, r)


def _aside_name(lx: Lexicon, tokens: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """tokens[a:b] when the aside between commas before a verb is a personal name in apposition."""
    if b - a > 3 and tokens[b - 1].text == ")" and tokens[b - 3].text == "(":
        b -= 3                                    # `Der Vorsitzende …, Axel Knoerig (CDU), sagte`: the party
    n = b
    while n > a and tokens[n - 1].is_word and (tokens[n - 1].is_cap or tokens[n - 1].low in NAME_PARTICLES):
        n -= 1
    if a < n and b - n >= 2 and b - a <= _ASIDE_ROLE_TOKENS and any(
            lx.is_one_of(t.low, lx.role_nouns) for t in tokens[a:n] if t.is_word) \
            and tokens[n - 1].low not in lx.prepositions | lx.np_prepositions | lx.of_prepositions | lx.determiners:
        # (not `X, chair of the Council for Rural Housing, said`: a body after `for`, `of the`)
        a = n                                     # `X, son ministre de l’environnement Bhupen Yadav, déclara`: the name
    if b - a < 2 or b - a > 4 or not all(t.is_word and (t.is_cap or t.low in NAME_PARTICLES) for t in tokens[a:b]):
        return None
    words = [t.text for t in tokens[a:b]]
    return (a, b) if looks_personal(lx, words) and tokens[a].low not in lx.not_names else None


_ASIDE_ROLE_TOKENS = 12   # tokens of a role and a name set off by commas after a subject


def _skip_parenthetical(tokens: list[Tok], k: int) -> int:
    """`Trump, speaking in Ohio, said` / `One veteran, who wished …, shared`: skip the aside."""
    if k >= 1 and tokens[k].text in (",", ")", "—", "–"):
        opener = {",": ",", ")": "(", "—": "—", "–": "–"}[tokens[k].text]
        j = k - 1
        while j >= 0 and k - j < 16 and tokens[j].text not in (opener, ".", ";", ":", QUOTE_TOKEN):
            j -= 1
        if j >= 1 and tokens[j].text == opener and j < k - 1:
            return j - 1
        return -1
    return k


def sentence_subject(lx: Lexicon, toks: list[Tok], upto: int, broad: bool = False) -> Mention | None:
    """The subject that opens a sentence, skipping an introductory phrase (`On Monday, …`).

    `broad` (the last resort for a quotation nothing else attributes) also takes `they`,
    `I`, `it` and any described subject (`The results also showed the weakness of “…”`):
    news annotation credits a quoted phrase to whoever the sentence is about.
    """
    i = 0
    while i + 1 < upto and toks[i].is_word and toks[i].text.isupper() and len(toks[i].text) > 1 \
            and toks[i + 1].text in DASHES:
        i += 2                                    # a dateline: `WASHINGTON — Sen. Chuck Grassley …`
    if i == 0 and upto > 4 and toks[0].is_word and toks[0].text.isupper() and len(toks[0].text) > 1 \
            and toks[1].text == "(":
        close = next((k for k in range(2, min(upto - 1, 6)) if toks[k].text == ")"), 0)
        if close and toks[close + 1].text in DASHES:
            i = close + 2                         # `WASHINGTON (AFP) – Sen. Jane Holt …`
    if i == 0 and upto > 2 and toks[0].is_word and toks[0].text.isupper() and len(toks[0].text) > 1 \
            and toks[1].text == ",":
        dash = next((k for k in range(2, min(upto, _DATELINE_TOKENS)) if toks[k].text in DASHES), 0)
        i = dash + 1 if dash else 0               # `LEEDS, March 3 (Reuters) — The council …`
    while i < upto and toks[i].is_word and toks[i].low in lx.sentence_connectives:
        i += 1
    for _ in range(_INTRO_PHRASES):
        # `On Monday, …`, `Speaking in Ohio, …`, `Shortly after the call, …`, `Hours later, …`,
        # one after another (`In Berea, after winning the state, Kasich said`)
        j = _intro_phrase_end(lx, toks, i, upto)
        if j is None:
            break
        if j < 0:
            return None
        i = j + 1
    if i >= upto or not toks[i].is_word:
        return None
    r = np_right(lx, toks, i, limit=8)
    if r is None or r[1] > upto:
        return None
    a, b = r
    first = toks[a]
    if _no_one(lx, toks, a, b) or _contracted_non_subject(lx, first):
        return None
    if first.low in lx.determiners and not first.is_cap or first.low in lx.determiners and b - a > 1:
        v = next((k for k in range(a + 1, b) if _verb_in_subject(lx, toks[k]) or skippable(lx, toks[k])), b)
        if v > a + 1:
            b = v                                 # `His chief aide doubled down` -> `His chief aide`
        role = next((k for k in range(b - 1, a, -1) if _is_role(lx, toks[k].low)), None)
        if role is not None and not _is_role(lx, toks[b - 1].low):
            b = role + 1                          # `the judge spoke` -> `the judge` (an irregular verb)
    elif first.is_cap:
        v = next((k for k in range(a + 1, b) if _verb_in_subject(lx, toks[k])), b)
        if v > a and toks[v - 1].is_cap:
            b = v                                 # `Col. Tom West started Ann's debate` -> `Col. Tom West`,
                                                  # `Hale proposed a Leeds debate` -> `Hale`
    head = toks[b - 1].low
    if head in lx.speech_nouns and b - a > 1:
        owner = possessor(lx, toks, b - 1) or _described_owner(lx, toks, a, b - 1)
        if owner is not None:
            return owner                          # `The minister's remarks showed “…”`: the minister spoke
    if b - a == 1 and first.low in lx.generic_pronouns:
        return None                               # `People say the tax is “a disgrace”`: nobody in particular
    if first.low in lx.pronouns and (broad or first.low not in lx.impersonal_pronouns
                                          and first.low not in lx.first_person_pronouns):
        return mention_of(lx, toks, (a, b))
    if first.is_cap and first.low not in lx.not_names and first.low not in lx.all_intro_words:
        return mention_of(lx, toks, with_apposition(lx, toks, (a, b)))   # (`Jego doradca, Jan Kowal, …`)
    if first.low in lx.title_gender and b - a > 1 and toks[a + 1].is_cap and lx.subject_fallback:
        return mention_of(lx, toks, (a, b))       # `Mr Hale rejected it as “…”`: a title and a name
    if first.low in lx.determiners and (broad or head.rstrip("s") in lx.role_nouns):
        return mention_of(lx, toks, with_apposition(lx, toks, (a, b)))
    return None


def _past_intro_phrase(lx: Lexicon, tokens: list[Tok], c: int, hi: int) -> int:
    """Past an introductory phrase that opens at tokens[c] and a comma closes (`In addition, …`,
    `On Monday, …`): where the clause's subject starts; c itself when none opens there."""
    t = tokens[c]
    if not t.is_word or t.low not in lx.prepositions and t.low not in lx.all_intro_words or lx.first_name(t.low):
        return c
    comma = next((x for x in range(c + 1, min(hi, c + _INTRO_WORDS + 1)) if tokens[x].text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < hi else c


_DATELINE_TOKENS = 12   # tokens of a dateline before its dash (`LEEDS, March 3 (Reuters) —`)


def _contracted_non_subject(lx: Lexicon, t: Tok) -> bool:
    """`That's partly because …`, `There's still time …`, `It's …`: a word no one is, contracted with a verb."""
    base, _, rest = t.low.replace("’", "'").partition("'")
    return 0 < len(rest) <= 2 and (base in lx.not_speakers or base in lx.leading_non_subjects
                                   or base in lx.impersonal_pronouns or base in lx.determiners)


def _is_role(lx: Lexicon, low: str) -> bool:
    return low in lx.role_nouns or low in lx.people_nouns or low.endswith("s") and low[:-1] in lx.role_nouns


def _verb_in_subject(lx: Lexicon, t: Tok) -> bool:
    """A word that reads like the verb after a subject, not a plural noun ending like one (`remarks`,
    `officials`, `voters`)."""
    return verbish(lx, t) and t.low not in lx.speech_nouns and t.low not in lx.role_nouns \
        and t.low not in lx.people_nouns


def _described_owner(lx: Lexicon, toks: list[Tok], a: int, v: int) -> Mention | None:
    """`the mayor's remarks`: a described owner (a determiner, then nouns, the last one possessive)
    of the speech noun toks[v]."""
    p = v - 1
    while p > a and not toks[p].low.endswith(lx.possessive_suffixes) and toks[p].is_word and v - p < 3:
        p -= 1
    if p <= a or not toks[p].low.endswith(lx.possessive_suffixes) or toks[a].low not in lx.determiners:
        return None
    return Mention(toks[a].start, toks[p].start + len(strip_possessive(lx, toks[p].text)), "np")


_INTRO_PHRASES = 3   # introductory phrases, each closed by a comma, read past before a subject
_INTRO_WORDS = 15    # tokens an introductory phrase may hold


def _intro_phrase_end(lx: Lexicon, toks: list[Tok], i: int, upto: int) -> int | None:
    """Index of the comma closing the introductory phrase at toks[i]; None when none opens
    there; -1 when one opens but no comma closes it. A phrase opens with a preposition, a
    clause opener, a participle or an adverb (`Shortly`), or is a few words ending in a time
    adverb (`Hours later,`)."""
    if i >= upto or not toks[i].is_word:
        return None
    t = toks[i]
    opens = t.low in lx.all_intro_words or t.low.endswith(lx.participle_suffixes) \
        or (t.low.endswith(lx.adverb_suffixes) and len(t.low) > 4 and not lx.first_name(t.low))
    j = i
    while j < upto and j - i < _INTRO_WORDS and toks[j].text != ",":
        j += 1
    closed = j < upto and toks[j].text == ","
    if not opens:
        # `Hours later,`, `Two days earlier,`: a short phrase of time, its adverb last
        return j if closed and 1 < j - i <= 4 and toks[j - 1].low in lx.adverbs and not toks[j - 1].is_cap else None
    return j if closed else -1


def _no_one(lx: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Is toks[a:b], opening a sentence, no one who can speak: a capitalised adverb, participle or
    clause word (`Typically`, `Speaking`, `Where`), or a headline in capitals (`VOTERS CARE MORE`)?"""
    words = [t for t in toks[a:b] if t.is_word]
    if len(words) >= 2 and all(t.text.isupper() and len(t.text) > 1 for t in words):
        return True
    if b - a != 1 or not toks[a].is_cap or lx.first_name(toks[a].low):
        return False
    low = toks[a].low
    return low in lx.all_intro_words or low in lx.not_speakers or len(low) > 4 and (
        low.endswith(lx.adverb_suffixes) or low.endswith(lx.participle_suffixes))


def possessor(lx: Lexicon, toks: list[Tok], v: int) -> Mention | None:
    """`Trump’s claim`, `his description`: who owns the speech noun toks[v]."""
    p = v - 1
    while p >= 0 and toks[p].is_word and not _possessive(lx, toks[p]) and v - p < 3 \
            and not toks[p].is_cap and toks[p].low not in lx.determiners:
        p -= 1
    if p < 0 or not _possessive(lx, toks[p]):
        return None
    q = toks[p]
    if q.low in lx.possessive_pronouns:
        return Mention(q.start, q.end, "pronoun")
    r = np_left(lx, toks, p)
    if r is None:
        return None
    a = r[0]
    while a < r[1] - 1 and toks[a].low in lx.all_leading_non_subjects:
        a += 1                                    # `that Trump’s` -> `Trump’s`
    r = (a, r[1])
    last = toks[r[1] - 1]
    return Mention(toks[r[0]].start, last.start + len(strip_possessive(lx, last.text)), "np")


def _possessive(lx: Lexicon, t: Tok) -> bool:
    return t.low in lx.possessive_pronouns or (t.is_cap and t.text.endswith(
        lx.possessive_suffixes + lx.genitive_name_endings))


def looks_personal(lx: Lexicon, words: list[str]) -> bool:
    for n, w in enumerate(words):
        lw = w.lower()
        if n and w.strip(".") in _REGNAL_NUMBERS:
            continue                              # `Jan Paweł II`
        if lw not in NAME_PARTICLES and (len(w) <= 1 or w.isupper() or lx.is_one_of(lw, lx.org_words)
                                         or lw in lx.not_names):
            return False
    return True


_REGNAL_NUMBERS = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


def person_like(lx: Lexicon, toks: list[Tok], r: tuple[int, int], is_name=None) -> bool:
    """Could the phrase toks[r] speak: a personal pronoun, a person's name, or a description of
    someone (or a body) by role (`la ministra`, `die Analysten`, `le gouvernement`)?

    `is_name(word, pos)` says whether a lone capitalised word is known as someone's name in this
    text (the resolver's surname index), the evidence a bare surname needs.
    """
    a, b = r
    first = toks[a]
    if b - a == 1 and first.low in lx.pronoun_gender:
        return lx.pronoun_gender[first.low] in ("m", "f", "p") and first.low not in lx.first_person_pronouns
    if any(lx.is_one_of(t.low, lx.role_nouns) or lx.is_one_of(t.low, lx.people_nouns)
           or t.low.rstrip("s") in lx.role_nouns or t.low.endswith(lx.role_suffixes) for t in toks[a:b] if t.is_word):
        return True
    if any(toks[x].low in lx.titles and toks[x + 1].is_word and toks[x + 1].is_cap for x in range(a, b - 1)):
        return True                               # `le docteur Durand`: a title before a name
    caps = [t for t in toks[a:b] if t.is_word and t.is_cap and t.low not in lx.determiners]
    if not caps or caps[0] is not toks[a] and first.low not in lx.determiners:
        return False
    words = [t.text for t in caps]
    if not looks_personal(lx, words) or any(w.lower() in lx.org_words or w.lower() in lx.not_speakers
                                             for w in words):
        return False
    if lx.first_name(words[0]):
        return True
    if is_name is not None:
        return is_name(words[-1], caps[-1].start)
    return len(words) >= 2 and not lx.nouns_capitalised


def strip_possessive(lx: Lexicon, w: str) -> str:
    """`Putin’s` -> `Putin`."""
    for suffix in lx.possessive_suffixes:
        if w.endswith(suffix):
            return w[:-len(suffix)]
    return w
