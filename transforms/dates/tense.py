"""Which way a sentence points: the tense cue that chooses between last Friday and next Friday.

A weekday, a month or a day without a year is resolved against the anchor in the direction the
clause around it points (`resolve_weekday`, `resolve_month` of `timex`): `TenseMarkers.tense` reads
the nearest tense marker of the sentence, from the language profile's future markers and past forms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsbeam.transforms.dates.patterns import FLAGS, TO_SPACES, alt, last_match
from newsbeam.transforms.dates.profile import DateProfile, all_profiles
from newsbeam.transforms import regex_cache

__all__ = ["TenseMarkers", "prev_word", "SENTENCE_BREAK", "TITLES"]


def prev_word(text: str, pos: int) -> str:
    """The word just before `pos` (lower-case), skipping spaces."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    return text[j:i].lower()


# Over the padded text (`" " + low`): a `\W` in place of `(?<!\w)` (which `re` would try at every
# character), so m.start() is the marker's offset in `low` and m.end() - 1 its end. (Exact because
# every match ends with a letter: the character after it is never consumed.)
@lru_cache(maxsize=None)
def _future_re(profile: DateProfile) -> re.Pattern:
    forms = f"|{profile.future_forms}" if profile.future_forms else ""
    return regex_cache.compile(r"\W(?:(?P<weak>" + alt(profile.weak_future_markers or ("\x00",)) + r")|"
                      + alt(profile.future_markers) + forms + r")(?!\w)", FLAGS)


@lru_cache(maxsize=None)
def _past_re(profile: DateProfile) -> re.Pattern | None:
    """Past forms: irregular ones and regular ones (`-ed`, not those of `not_past`, dropped after
    matching; the language's `past_forms`), but not passives (`will be paid`, `is heard`); `had been
    scheduled` is a past plan."""
    if not profile.past_markers and not profile.past_suffix and not profile.past_forms:
        return None
    # (`\b`: a word ending so is no auxiliary, `Ellis had`, `Paris saw`)
    passives = "".join(rf"(?<!\b{re.escape(aux)} )" for aux in profile.passive_auxiliaries)
    regular = [rf"[a-z]{{3,}}{re.escape(profile.past_suffix)}"] if profile.past_suffix else []
    regular += [profile.past_forms] if profile.past_forms else []
    forms = [alt(profile.planned_past)] if profile.planned_past else []
    markers = [alt(profile.past_markers)] if profile.past_markers else []
    # (`[^\w-]`: after a hyphen a participle is part of an adjective, `tsunami-related`, `home-grown`)
    return regex_cache.compile(r"[^\w-]" + passives + "(?:" + "|".join([*forms, *markers, *regular]) + r")(?!\w)", FLAGS)


@lru_cache(maxsize=None)
def _deadline_re(profile: DateProfile) -> re.Pattern | None:
    """The profile's deadline words ending right before a date (searched up to the date's start)."""
    if not profile.deadline_words:
        return None
    return regex_cache.compile(r"(?<!\w)(?:" + alt(profile.deadline_words) + r")\s*$", FLAGS)


@lru_cache(maxsize=None)
def _event_re(profile: DateProfile) -> re.Pattern | None:
    """Over the padded text, as the patterns above: the profile's verbs reporting the day's event."""
    if not profile.event_verbs:
        return None
    return regex_cache.compile(r"\W(?:" + alt(profile.event_verbs) + r")(?!\w)", FLAGS)


@lru_cache(maxsize=None)
def _ahead_infinitive_re(profile: DateProfile) -> re.Pattern | None:
    """`invited him to meet`, `agreed to vote`: a past verb, its object (up to four words where the
    phrase has `...`) and the infinitive's particle and verb. Over the padded text."""
    if not profile.ahead_infinitives:
        return None
    forms = []
    for phrase in profile.ahead_infinitives:
        head, _, tail = phrase.partition(" ... ")
        middle = r"\s+(?:[\w'’.-]+\s+){0,4}?" if tail else ""
        forms.append(re.escape(head).replace(r"\ ", r"\s+") + middle
                     + (re.escape(tail).replace(r"\ ", r"\s+") if tail else ""))
    not_verbs = rf"(?!(?:{alt(profile.ahead_not_verbs)})\b)" if profile.ahead_not_verbs else ""
    return regex_cache.compile(r"\W(?:" + "|".join(forms) + r")\s+" + not_verbs + r"[a-z]+(?!\w)", FLAGS)


@lru_cache(maxsize=None)
def _coordinate_re(profile: DateProfile) -> re.Pattern | None:
    """A clause cut and a coordinator opening a clause of its own (`, but the coach has ...`)."""
    if not profile.coordinators:
        return None
    return regex_cache.compile(r"[,;]\s+(?:" + alt(profile.coordinators) + r")\s", FLAGS)


@lru_cache(maxsize=None)
def _habitual_re(profile: DateProfile) -> re.Pattern | None:
    """Over the padded text, as the patterns above (every habitual word starts with a letter)."""
    if not profile.habitual_words:
        return None
    return regex_cache.compile(r"\W(?:" + alt(profile.habitual_words) + r")(?!\w)", FLAGS)


@lru_cache(maxsize=None)
def _word_sets(profile: DateProfile) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(irregular past forms, passive auxiliaries, since-words, planned pasts) of a language: built once,
    not for every text."""
    return (frozenset(profile.past_markers) - profile.past_adverbs,
            frozenset((*profile.passive_auxiliaries, *profile.ahead_passive_auxiliaries)),
            frozenset(profile.since_words), frozenset(profile.planned_past))


@lru_cache(maxsize=None)
def _habitual_pieces(profile: DateProfile) -> tuple[str, ...]:
    """A piece of each habitual word that every match of `_habitual_re` holds as it is: its longest run
    between the spaces and apostrophes (which `alt` lets match more than themselves), so that a text
    holding none of them is known to have no habitual word after a few substring searches."""
    pieces = {max(re.split(r"[ ']", w.lower().replace("’", "'")), key=len) for w in profile.habitual_words}
    return tuple(sorted(pieces))


@lru_cache(maxsize=None)
def _attributive_re(profile: DateProfile) -> re.Pattern | None:
    """A participle after a determiner (and an adverb) is an adjective (`the hastily planned trip`).
    Over the padded text: m.start(1) - 1 is the participle's offset in `low`."""
    if not profile.attributive_determiners or not profile.past_suffix:
        return None
    adverb = rf"(?:[a-z]+{re.escape(profile.adverb_suffix)}\s+)?" if profile.adverb_suffix else ""
    return regex_cache.compile(r"\W(?:" + "|".join(profile.attributive_determiners) + r")\s+" + adverb + r"([a-z]{3,}"
                      + re.escape(profile.past_suffix) + r")(?!\w)", FLAGS)


# A period after an initial (`Richard A. Smith`) or a title or abbreviation that is followed by a
# capitalised word (`Mr. Smith`, `Roe vs. Wade`, `Gen. Schwarzkopf`) does not end a sentence.
# (every language's, in any text: `Mr.` and `Gen.` stand in a German or Polish report too)
TITLES = list(dict.fromkeys(t for p in all_profiles() for t in p.title_abbreviations.split()))
# (one lookbehind per length of title, as a lookbehind's alternatives must be as long as each other:
# `re` then checks the word boundary once and skips titles by their first letter)
NOT_AFTER = "".join(rf"(?<!\b(?:{'|'.join(sorted(t for t in TITLES if len(t) == n))})\.)"
                    for n in sorted({len(t) for t in TITLES})) + r"(?<!(?<![\w.])[A-ZА-ЯЁ]\.)"
# Capital letters a sentence may open with: Latin with the accented ones of the supported languages,
# and Cyrillic (`. Вскоре`, `. Śledztwo`, `. État` start sentences too).
UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁ"
SENTENCE_BREAK = re.compile(r"[.!?\n]" + NOT_AFTER + rf"(?:(?<=[.!?])[\"'’”)»]*\s+(?=[\"'‘“(«„]*[{UPPER}])|"
                            rf"(?<=\n)\s*\n|(?<=\n)(?=\s*[{UPPER}\"'‘“«„]))")


_CLAUSE_CUTS = (",", ";", ":", "–", "—", " - ")


class TenseMarkers:
    """Tense markers of a text's sentences, found when a date in the sentence first needs its tense
    and kept for the other dates there."""
    __slots__ = ("text", "low", "padded", "future", "past", "attributive", "not_past", "reporting", "fronting",
                 "since", "sentences", "habitual_pattern", "habitual_pieces", "habitual_re", "ahead", "irregular",
                 "passives", "adverbs", "present_modals", "adverb_suffix", "gap_words", "coordinate", "deadline_re", "until_words", "until_looking_back", "planned", "event_re", "span", "span_sentence", "span_clause",
                 "habitual_any")

    def __init__(self, text: str, low: str, padded: str, profile: DateProfile):
        self.text, self.low = text, low
        self.padded = padded  # `" " + low`, for the marker patterns
        self.future = _future_re(profile)
        self.past = _past_re(profile)
        self.attributive = _attributive_re(profile)
        self.not_past = profile.not_past
        self.reporting = profile.reporting_verbs
        self.fronting = profile.fronting_words
        self.deadline_re = _deadline_re(profile)
        self.until_words = profile.until_words   # (two words: a tuple is as quick as a set)
        self.until_looking_back = profile.until_looking_back
        self.ahead = _ahead_infinitive_re(profile)
        self.irregular, self.passives, self.since, self.planned = _word_sets(profile)
        self.adverbs = profile.past_adverbs
        self.present_modals = profile.present_modals
        self.adverb_suffix = profile.adverb_suffix
        self.gap_words = ([], *([w] for w in profile.verb_date_gap_words))  # (as `split` gives them)
        self.coordinate = _coordinate_re(profile)
        self.event_re = _event_re(profile)
        # (a piece of a habitual word is looked for once in the whole text, when a date first asks: a text
        # without any cuts no clause for it)
        self.habitual_pattern = _habitual_re(profile)
        self.habitual_pieces = _habitual_pieces(profile)
        self.habitual_re: re.Pattern | bool | None = None if self.habitual_pattern is not None else False
        self.habitual_any: bool | None = None  # (whether the whole text has one: looked for once a clause has)
        self.sentences: dict[tuple[int, int], list[tuple[int, int, int, bool]]] = {}
        # the last mention asked about, its sentence and clause: a handler may ask its tense, its
        # clause's tense and whether it recurs, each of which reads the same sentence and clause
        self.span: tuple[int, int] | None = None
        self.span_sentence = (0, 0)
        self.span_clause: tuple[int, int] | None = None

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end): from the last break before to the first after, looked for
        within about 300 characters (bounds rounded, so that dates close together in a text without
        breaks share their sentence)."""
        if self.span != (start, end):
            self.span, self.span_sentence, self.span_clause = (start, end), self._find_sentence(start, end), None
        return self.span_sentence

    def _mention_clause(self, start: int, end: int) -> tuple[int, int]:
        """`_clause` of the mention's sentence."""
        sentence = self._sentence(start, end)
        if self.span_clause is None:
            self.span_clause = self._clause(sentence, start, end)
        return self.span_clause

    def _find_sentence(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        lo = max(0, (start - 300) // 256 * 256)
        hi = min(len(text), (end + 555) // 256 * 256)
        for m in SENTENCE_BREAK.finditer(text, lo, min(len(text), start + 1)):  # (+1: its look-ahead sees the mention)
            lo = m.end()
        m = SENTENCE_BREAK.search(text, end, hi)
        return lo, (m.start() + 1 if m else hi)

    def _deadline(self, start: int, word: str) -> bool:
        """Whether the date is a deadline after a verb (`postponed until Tuesday`, `has until 9 a.m.
        Tuesday`), which lies ahead whatever the verb's tense; not `Until Thursday, they had ...`,
        `up until`, `not until`, which look back. `word`: the word before it (`prev_word`)."""
        if word not in self.until_words:
            return False
        at = self.low.rfind(word, 0, start)
        if self.text[at].isupper():
            return False
        return prev_word(self.text, at) not in self.until_looking_back

    def _fronted(self, lo: int, start: int) -> bool:
        """Whether the mention at `start` opens its sentence (after at most a preposition or two:
        `In January,`, `Early on Friday,`)."""
        if start - lo > 32:
            return False
        words = self.low[lo:start].translate(TO_SPACES).split()
        return len(words) <= 2 and all(w in self.fronting for w in words)

    def _opens_clause(self, lo: int, start: int, end: int) -> bool:
        """Whether the mention opens a clause inside its sentence: set off by a comma after it and led by
        two or three linking words (`decided that on Election Day, I will vote`, `and in March, the
        firm will`): like a date opening its sentence, it belongs to the clause that follows."""
        if not self.text.startswith(",", end) or start - lo < 8:
            return False
        words = self.low[max(lo, start - 40):start].translate(TO_SPACES).split()
        n = 0
        while n < len(words) and words[-1 - n] in self.fronting:
            n += 1
        return 2 <= n <= 3 and n < len(words)

    def _markers(self, lo: int, hi: int) -> list[tuple[int, int, int, bool]]:
        """(start, end, direction, is a reporting verb) of the sentence's markers; direction: future
        +2 (`will`) or +1 (`would`), past -1."""
        # participles after a determiner are adjectives, not the clause's verb (`the hastily planned
        # trip`, `the wounded soldiers`)
        adjectives = ({m.start(1) - 1 for m in self.attributive.finditer(self.padded, lo, hi + 1)}
                      if self.attributive is not None else set())
        markers = [(m.start(), m.end() - 1, 1 if m.group("weak") else 2, False)
                   for m in self.future.finditer(self.padded, lo, hi + 1) if m.start() not in adjectives]
        if self.past is not None:
            # a past auxiliary right before a future marker is part of it (`were planning to`)
            futures = {m_start for m_start, _, _, _ in markers}
            # and a past form whose participle is a future marker is that plan (`sont attendus dimanche`,
            # `è previsto`: expected, scheduled), not a past; unless it is a past plan (`looked set to`)
            future_ends = {m_end for _, m_end, _, _ in markers}
            # (padded text: the match begins with the character before the word)
            markers += [(m.start(), m.end() - 1, -1, word in self.reporting)
                        for m in self.past.finditer(self.padded, lo, hi + 1)
                        if (word := m.group()[1:]) not in self.not_past
                        and m.start() not in adjectives and m.end() not in futures
                        and (m.end() - 1 not in future_ends or word in self.planned)
                        and not self._adverbed_passive(m.start())
                        and not self._after_future_auxiliary(markers, m.start())]
        return markers

    def _after_future_auxiliary(self, markers, start: int) -> bool:
        """Whether a strong future marker stands a few words before the past form at `start` (in `padded`),
        with no clause break between: a compound future, whose participle has no tense of its own (`będzie od
        listopada odpowiadał`: will be responsible from November)."""
        for m_start, m_end, direction, _ in markers:
            if direction == 2 and m_end <= start and start - m_end <= 40:
                between = self.low[m_end:start]
                if len(between.split()) <= 3 and not any(c in between for c in ",;:.!?()\"“”«»"):
                    return True
        return False

    def _past_right_before(self, markers, start: int) -> bool:
        """Whether a past verb ends just before the mention, with at most `on` between (`said Thursday`)."""
        for m_start, m_end, direction, _ in markers:
            if direction < 0 and m_end <= start and self.low[m_end:start].split() in self.gap_words:
                return self.low[m_start:m_end] not in self.adverbs
        return False

    def _adverbed_passive(self, start: int) -> bool:
        """Whether the past form at `start` (in `low`) is a passive's participle after an adverb (`is
        fully booked`, `are widely expected`): the auxiliary, not the participle, has the tense."""
        suffix = self.adverb_suffix
        if not suffix:
            return False
        before = self.low[max(0, start - 30):start]
        if not before.rstrip().endswith(suffix):
            return False  # (most past forms: no adverb before them, and no words to split)
        words = before.split()
        if not words or not words[-1].endswith(suffix) or not words[-1].isalpha():
            return False
        # (an auxiliary before the adverb, or a comma: `the election, widely predicted for May`)
        return len(words) >= 2 and (words[-2] in self.passives or words[-2].endswith(","))

    def _clause(self, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): its sentence cut at commas, semicolons, colons and dashes."""
        lo, hi = sentence
        # (a hyphen between spaces is a dash: `Oggi - ha incalzato - la situazione è grave`)
        lo = max([lo, *(i + len(c) for c in _CLAUSE_CUTS if (i := self.text.rfind(c, lo, start)) >= 0)])
        cut = [i for i in (self.text.find(c, end, hi) for c in _CLAUSE_CUTS) if i >= 0]
        return lo, min([hi, *cut])

    def habitual(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) says it recurs (`comienza habitualmente el 1 de octubre`,
        `held every year in July`): a date there is any year's."""
        if self.habitual_re is None:
            padded = self.padded
            self.habitual_re = self.habitual_pattern if any(piece in padded for piece in self.habitual_pieces) else False
        if not self.habitual_re:
            return False  # (no piece of one in the whole text: most texts)
        lo, hi = self._mention_clause(start, end)
        if self.habitual_re.search(self.padded, lo, hi + 1) is None:  # (padded: offsets + 1)
            return False
        # (and one in the whole text: what the clause's search found is one, unless its end cut a word.
        # Searched only now, as the pieces, `each`, `roku`, `tous`, are in most texts: the clause is short)
        if self.habitual_any is None:
            self.habitual_any = self.habitual_re.search(self.padded) is not None
        return self.habitual_any

    def reports_event(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) reports the day's event with a present verb (`Heute
        beginnt der Gipfel`, `Dziś rozpoczyna się szczyt`)."""
        if self.event_re is None:
            return False
        lo, hi = self._mention_clause(start, end)
        return self.event_re.search(self.padded, lo, hi + 1) is not None  # (padded: offsets + 1)

    def clause_tense(self, start: int, end: int, spanning: bool = False, modals: bool = True) -> int:
        """Which way the clause around [start, end) points: -1 a past verb in it, +1 a future one, 0 none
        or both. With `spanning`, a verb form around the mention counts too (`ha allora rilevato`); without
        `modals`, the language's present modals among the weak future cues (`может`) do not."""
        lo, hi = self._mention_clause(start, end)
        directions = {1 if d > 0 else -1 for m_start, m_end, d, _ in self._markers(lo, hi)
                      if (modals or d != 1 or self.low[m_start:m_end] not in self.present_modals)
                      and (m_end <= start or m_start >= end or (spanning and m_start < start and m_end > end))}
        return directions.pop() if len(directions) == 1 else 0

    def last_verb_before(self, start: int, end: int) -> int:
        """Which way the last tense marker before the mention in its clause points (-1 past, +1 future, 0
        none): `... will add them to the four they won in August and three in February`: `won`. A past
        form must be an irregular one (`-ed` forms are as often participles: `the best animated film`,
        `with the candidate focused on`), and a reporting verb says nothing of what it reports."""
        lo, hi = self._mention_clause(start, end)
        before = [(m_end, m_start, d, reporting) for m_start, m_end, d, reporting in self._markers(lo, hi)
                  if m_start >= lo and m_end <= start and self.low[m_start:m_end] not in self.adverbs]
        if not before:
            return 0
        m_end, m_start, direction, reporting = max(before)
        if direction > 0:
            return 1
        return -1 if not reporting and self.low[m_start:m_end] in self.irregular else 0

    def ahead_infinitive(self, start: int) -> bool:
        """Whether the mention at `start` is in an infinitive whose act lies ahead of the past verb it
        hangs on (`invited him to meet on Thursday`, `urged voters to turn out on Tuesday`): no other
        past verb nor clause break between them, within 80 characters."""
        if self.ahead is None:
            return False
        found = last_match(self.ahead, self.padded, max(0, start - 120), start + 1)
        if found is None or start - (found.end() - 1) > 80:
            return False
        verb_end = found.start() + len(self.low[found.start():found.end() - 1].split()[0])
        before = self.low[max(0, found.start() - 12):found.start()].split()
        if before and before[-1] in self.passives:
            return False  # `was ordered to leave on Monday`: the report of what was done
        gap = self.text[verb_end:start]
        return not any(c in gap for c in (*_CLAUSE_CUTS, ".", "\n")) and not self.past_between(verb_end, start)

    def past_between(self, lo: int, hi: int) -> bool:
        """Whether a past verb form lies within [lo, hi) (`when he first described the wall` before `in
        December`: the subordinate clause has its own past verb)."""
        return any(d < 0 and m_start >= lo and m_end <= hi and self.low[m_start:m_end] not in self.adverbs
                   for m_start, m_end, d, _ in self._markers(lo, hi))

    def tense(self, start: int, end: int) -> int:
        """Which way the sentence around [start, end) points: +2 a future (`will`), +1 maybe one
        (`would`), -1 the past, -2 surely (a past verb right before the date: `ended Jan. 31`, `since
        May`), -3 only the past (`seit Freitag`: the language's since-word right before), 0 no cue. The marker nearest the mention in its sentence decides; one after the mention
        counts as twice as far (the verb governing a date mostly precedes it), and on a tie the longer
        one wins (`had been scheduled` over `scheduled`)."""
        before = prev_word(self.text, start)
        if self.since and before.replace("’", "'") in self.since \
                and self.clause_tense(start, end) <= 0:
            return -3  # `seit Freitag`, `depuis mars`, `desde febrero`: a time before now, surely (in a future
            # clause the word is "from": `da settembre le tasse aumenteranno`)
        bounds = self._sentence(start, end)
        markers = self.sentences.get(bounds)
        if markers is None:
            markers = self.sentences[bounds] = self._markers(*bounds)
        if self._deadline(start, before):
            return 1
        if self.deadline_re is not None and self.deadline_re.search(self.low, max(0, start - 40), start) \
                and self.clause_tense(start, end) >= 0:
            return 2  # `entro marzo va presentata`: a deadline, surely ahead (`entro il 5 maggio è stata` is past)
        if self._fronted(bounds[0], start) or self._opens_clause(bounds[0], start, end):
            # `In January, American Medical brought in ...`: a date opening the sentence belongs to its
            # main clause, whose verb is the first one after it (a reporting verb too: `On Friday,
            # officials said`), and a past verb there puts it surely in the past
            after = [(m_start, direction) for m_start, m_end, direction, _ in markers if m_start >= end]
            if after:
                direction = min(after)[1]
                return -2 if direction < 0 else direction
        # the markers of the mention's own clause, when it has any (`on Monday, saying he would ...`: the
        # participle clause's `would` is not the verb the date goes with)
        clause_lo, clause_hi = self._mention_clause(start, end)
        own = [mk for mk in markers if mk[0] >= clause_lo and mk[1] <= clause_hi]
        if not own and self.coordinate is not None \
                and (cut := self.coordinate.search(self.low, clause_hi, bounds[1])) is not None:
            # `Sale host Bath on Friday, but the coach has endured ...`: a clause of its own with its own
            # subject after the mention's verbless one says nothing of the mention's time
            markers = [mk for mk in markers if mk[1] <= start or mk[0] < cut.start()]
        best = None
        for m_start, m_end, direction, reporting in own or markers:
            if m_end <= start:
                dist = start - m_end
            elif m_start >= end:
                if reporting and not self.low[end:m_start].isspace() \
                        and (own or any(q in self.text[end:m_start] for q in "\"'“”‘’«»„")):
                    continue  # `... will leave Thursday,'' Castro said`: the quote's own verb decides (one
                    # right after the date is the date's own: `the minister on Sunday said`, and so is one after
                    # a verbless aside with no quote between: `The minister, speaking on Tuesday, said`)
                dist = 2 * (m_start - end)
            else:
                continue  # inside the mention itself (`last`, `yesterday`)
            key = (dist, m_start - m_end)
            if best is None or key < best[0]:
                best = (key, direction, m_end <= start)
        if best is None:
            return 0
        (dist, _), direction, before = best
        if direction > 0 and not before and self._past_right_before(own or markers, start):
            return -2  # `said on Thursday ahead of signing`: the verb the date hangs on, not the later plan
        # a past verb governing the date sits right before it (`ended Jan. 31`); one right after is
        # the next clause's (`talks ... by May, invited Sinn Fein`)
        return -2 if direction < 0 and before and dist <= 12 else direction
