"""Who a speaker mention is: `Peskov` -> `Dmitry Peskov`, `he` -> the last person it can stand for.

A surname resolves to the fullest name it completes nearby, a pronoun (or a pro-drop verb) to
the most recent person of matching gender, a role (`the official`) to the last named person
with that role, and a name after a title or role (`la direttrice Giulia Romano`) to the name
alone. Lookups are lazy and local, so an article pays only for the mentions it has.
"""
from __future__ import annotations

import bisect
import operator
import re

from newsbeam.transforms.quote_lexicon import NAME_PARTICLES
from newsbeam.transforms.quotes.lexicon import Lexicon
from newsbeam.transforms.quotes.marks import Spans, para_end_of
from newsbeam.transforms.quotes.phrases import Mention, looks_personal, strip_possessive
from newsbeam.transforms.quotes.tokens import NAME_RE

__all__ = ["Resolver", "name_tokens"]

_OCCURRENCE = operator.itemgetter(0)
_END = operator.methodcaller("end")


def name_tokens(lx: Lexicon, words: list[str]) -> list[str]:
    """The personal-name part of a capitalised run: after any title or role
    (`President Vladimir Putin`, `Councillor Maria Okafor`, `Projektleiterin Anna Becker`).
    (Worked out once per run of words and lexicon: see `Lexicon.name_parts`.)"""
    key = tuple(words)
    found = lx.name_parts.get(key)
    if found is None:
        if len(lx.name_parts) >= _NAME_PARTS_KEPT:
            lx.name_parts.clear()
        found = lx.name_parts[key] = tuple(_name_tokens(lx, words))
    return list(found)


_NAME_PARTS_KEPT = 50_000   # runs whose name part a lexicon remembers (bounded memory on endless input)


def _name_tokens(lx: Lexicon, words: list[str]) -> list[str]:
    cut = 0
    for i, w in enumerate(words):
        lw = w.lower().rstrip(",")
        if i and lw in NAME_PARTICLES and words[i - 1] in NAME_PARTICLES:
            continue                              # `von der Leyen`, `van den Berg`: inside the name
        if lw in lx.titles or lw in lx.not_names or lw in lx.articles_not_in_names or (
                i < len(words) - 1 and (lw.endswith(lx.role_suffixes) or lx.is_one_of(lw, lx.role_nouns))):
            cut = i + 1                           # (`Dziennikarz Jan Nowak`: a role, then the name)
    rest = words[cut:]
    if (cut and len(rest) >= 2 or len(rest) >= 3) and not lx.first_name(rest[0].lower()) \
            and rest[0].lower() not in NAME_PARTICLES:   # (also `del Turismo Paolo Neri`: a ministry's name)
        # what the role is of, then the name: `Prezydent Francji Emmanuel Macron`, `Глава МИД России
        # Сергей Лавров`, `Ministerpräsident Bayerns Markus Söder`; the name from its first name, or
        # in a language that inflects names, past a leading genitive or acronym of three words or more
        j = next((j for j in range(1, len(rest) - 1) if lx.first_name(rest[j].lower())), None)
        if j is not None:
            return rest[j:]
        while cut and len(rest) >= 3 and lx.name_case_endings and rest[0].lower() not in NAME_PARTICLES:
            rest = rest[1:]
    return rest


def _trailing_name(lx: Lexicon, words: list[str]) -> list[str] | None:
    """The name closing a description: `la direttrice Giulia Romano`, `the defending champion
    Tomasz Wiśniewski`, `la concejala de Medio Ambiente, Lucía Fernández` (apposition).

    Not `a soldier from the Eastern Front`: a capitalised run after a preposition or an
    article names a place or a body, not the speaker.
    """
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in NAME_PARTICLES) \
            and not words[k - 1].endswith(","):
        k -= 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1                                    # a name starts capitalised
    run = words[k:]
    if not run or k == 0 or run[0].lower() in lx.articles_not_in_names:
        return None                               # (`a spokesman for The Weakest Link`)
    nw = name_tokens(lx, run)
    before = words[k - 1]
    apposition = before.endswith(",")
    cut_role = 0 < len(nw) < len(run)
    if not apposition and before.lower() in lx.not_role_words:
        given = _from_given_name(lx, nw)              # `el ministro de Economía Carlos Ruiz`
        if len(given) == len(nw) and before.lower() in lx.articles_not_in_names and len(nw) >= 3:
            given = name_tokens(lx, nw[1:])          # `die Medienwissenschaftlerin Martina Engelbert`
        nw, cut_role = given, cut_role or len(given) < len(nw)
    if not nw or not (apposition or cut_role or before.lower() not in lx.not_role_words):
        return None
    return nw if looks_personal(lx, nw) else None


def _from_given_name(lx: Lexicon, words: list[str]) -> list[str]:
    """`Economía Carlos Ruiz` -> `Carlos Ruiz`: a known given name inside a run starts the name."""
    for i in range(1, len(words)):
        if words[i].lower() in lx.first_name_gender and words[i - 1].lower() not in lx.first_name_gender:
            return words[i:]
    return words


def _role_before(lx: Lexicon, text: str, a: int) -> bool:
    return any(w in lx.role_nouns or w in lx.titles for w in _words_before(text, a))


def _words_before(text: str, a: int) -> list[str]:
    """The few lower-cased words just before a name, back to the nearest punctuation: a role and
    what it is of (`główny sekretarz japońskiego rządu | Hirokazu Matsuno`)."""
    out = []
    for w in reversed(text[max(0, a - _ROLE_CHARS):a].split()[-_ROLE_WORDS:]):
        if not out:
            w = w.rstrip(",")                     # (`the spokesman, John Smith`: a role in apposition)
        if not w or w[-1] in ",.;:!?()–—-":
            break
        out.append(w.lower())
    return out


_ROLE_CHARS = 60   # characters before a name searched for its role
_ROLE_WORDS = 5    # words of a role and what it is of (`szef MSZ Japonii`, `sekretarz japońskiego rządu`)


def _in_apposition(text: str, a: int, b: int) -> bool:
    """`The defending champion, Tomasz Wiśniewski, congratulated …`: a name set off by commas
    right after a lower-case description is a person."""
    before = text[max(0, a - 30):a].rstrip()
    return before.endswith(",") and before[:-1].rstrip()[-1:].islower() and text[b:b + 1] == ","


def _description_gender(lx: Lexicon, mention: str) -> str | None:
    words = mention.lower().split()
    return lx.role_gender.get(words[-1]) if words else None


def _zero_subject_gender(lx: Lexicon, verb: str) -> str | None:
    """`powiedziała` -> 'f', `сказал` -> 'm', `dijo` -> None (any gender)."""
    last = verb.split()[-1]
    return next((g for ending, g in lx.zero_subject_gender if last.endswith(ending)), None)


def _nominative(lx: Lexicon, name: str) -> str:
    """A personal name given only in a case form, in its dictionary form where its given name
    tells the ending: `Robertowi Nowakowi` -> `Robert Nowak`, `Siergieja Ławrowa` -> `Siergiej
    Ławrow` (a surname is cut only of the very ending its given name had; others stay as written)."""
    words = name.split()
    if len(words) < 2 or not lx.name_case_endings or words[0].lower() in lx.first_name_gender:
        return name
    first = words[0].lower()
    for ending in sorted(lx.name_case_endings, key=len, reverse=True):
        stem = first[:-len(ending)]
        if not first.endswith(ending) or len(stem) < 3:
            continue
        base = stem if stem in lx.first_name_gender else stem + "a" if stem + "a" in lx.first_name_gender else None
        if base is None:
            continue
        out = [words[0][:len(stem)] + base[len(stem):]]
        for w in words[1:]:
            cut = w.lower().endswith(ending) and len(w) - len(ending) >= 3 and base == stem
            out.append(w[:-len(ending)] if cut else w)
        return " ".join(out)
    return name


_INDEX_AFTER = 32   # surname lookups in one text before its capitalised words are indexed
_WORD_RE = re.compile(r"[^\W_]+")
_ELIDED_ARTICLE_RE = re.compile(r"^[^\W\d_]{1,4}['’]")   # `l’`, `dell’`, `d'` glued to the noun
# a word of three letters or more, its full stop and a space, inside a capitalised run: a sentence end
_RUN_SENTENCE_END_RE = re.compile(r"\b([^\W\d_]{3,})\.[ \t\u00a0]+")
_NAME_REACH = 62   # how far before a surname `_name_at` reads its given names (60, plus spaces)


class Resolver:
    """Resolves speaker mentions to names, in text order, remembering the last speaker.

    Lookups are lazy and local (a surname's occurrences, the names in the stretch of
    text before a pronoun) so an article pays only for the mentions it has.
    """

    def __init__(self, lx: Lexicon, text: str, spans: Spans):
        self.lx = lx
        self.text = text
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.last_speaker: str | None = None
        # speakers known only by a description (`a local shop owner`), as (position, mention):
        # a pronoun right after their words refers to them, not to an earlier named person
        self.anonymous: list[tuple[int, str]] = []
        # line start -> the capitalised runs of that line and their ends, found on demand
        self._line_runs: dict[int, tuple[list[re.Match], list[int]]] = {}
        self._persons: dict[int, tuple[str, str | None] | None] = {}
        self._runs: tuple[list[re.Match], list[int]] | None = None
        # role word -> {run index: index of the run a walk back from there settles on, or -1}
        self._role_runs: dict[str, dict[int, int]] = {}
        # surname -> (occurrence, start, full name) of the names it completes, found on demand
        self._names: dict[str, list[tuple[int, int, str]]] = {}
        self._lookups = 0
        # (start, end) of a noun-phrase mention -> what it reads as (see `resolve`)
        self._phrases: dict[tuple[int, int], tuple[str, object]] = {}
        # (position, gender) -> the run of the person a pronoun there stands for (see `_person_run_before`)
        self._run_before: dict[tuple[int, str | None], re.Match | None] = {}
        self._word_index: dict[str, list[int]] | None = None

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][3]

    def full_name(self, surname: str, pos: int) -> str | None:
        """The fullest name ending in `surname`: the most recent before `pos`, else the first.

        In a language that inflects names, a surname in a case form finds the name as given in
        its base form too: `Пушилину` -> `Денис Пушилин`, `Ławrowem` -> `Siergiej Ławrow`.
        """
        key = surname
        found = self._full_name(surname, pos)
        if found is None:
            for ending in self.lx.name_case_endings:
                if surname.endswith(ending) and len(surname) - len(ending) >= 3:
                    key = surname[:-len(ending)]
                    found = self._full_name(key, pos)
                    if found is not None:
                        break
        if found is not None and self.lx.name_case_endings:
            # the name as first given: `Grety Thunberg` -> `Greta Thunberg`
            words = found.split()
            for _, _, name in self._names[key]:
                other = name.split()
                if len(other) == len(words) and all(map(self._same_word, other, words)):
                    return name
        return found

    def _full_name(self, surname: str, pos: int) -> str | None:
        names = self._names.get(surname)
        if names is None:
            names = self._names[surname] = self._names_ending_in(surname)
        # a name read from occurrence i starts at most ~60 characters before i, so the
        # loop looks at no more than the few names whose occurrence lies just after `pos`
        k = bisect.bisect_left(names, pos + _NAME_REACH, key=_OCCURRENCE)
        for j in range(k - 1, -1, -1):
            if names[j][1] < pos:
                return names[j][2]
        return names[0][2] if names else None      # none before `pos`: the first one in the text

    def is_name(self, word: str, pos: int) -> bool:
        """Is `word` at `pos` the surname of a personal name given in full somewhere in the text?"""
        return self.full_name(word, pos) is not None

    def _names_ending_in(self, surname: str) -> list[tuple[int, int, str]]:
        """(occurrence, start, full name) for each occurrence of `surname` that completes a
        personal name, in text order; read once per surname and article, so that a surname
        repeated throughout a long text costs a lookup per mention, not a scan."""
        out = []
        for i in self._surname_positions(surname):
            found = self._name_at(surname, i)
            if found:
                out.append((i, *found))
        return out

    def _surname_positions(self, surname: str) -> list[int]:
        """Where `surname` occurs as a whole word.

        Most articles ask about a handful of surnames: a C-speed `str.find` loop each. A text that
        asks about many (thousands of distinct names) gets an index of its capitalised words, built
        once, so that each lookup costs its occurrences, not the text.
        """
        self._lookups += 1
        if self._lookups > _INDEX_AFTER and surname.isalnum():
            if self._word_index is None:
                index: dict[str, list[int]] = {}
                for m in _WORD_RE.finditer(self.text):
                    if m.group()[0].isupper():
                        index.setdefault(m.group(), []).append(m.start())
                self._word_index = index
            return self._word_index.get(surname, [])
        text, n = self.text, len(surname)
        out = []
        i = text.find(surname)
        while i >= 0:
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                out.append(i)
            i = text.find(surname, end)
        return out

    def _name_at(self, surname: str, i: int) -> tuple[int, str] | None:
        """(start, full name) when the words before `surname` at `i` complete a personal name."""
        text = self.text
        words = []
        before = text[max(0, i - 60):i]
        before = before[before.rfind("\n") + 1:]          # (a name never crosses a line)
        last = before.rsplit(None, 1)[-1:]
        if not last or not (last[0][1:] == "." or self._in_name(last[0])):
            return None                                     # `said Peskov`, `Mr Peskov`: settled by the word before
        for w in reversed(before.split()):
            if self._in_name(w):
                words.append(w)
            else:
                if w.endswith(".") and len(w) == 2:    # a middle initial: "Donald J. Trump"
                    words.append(w)
                    continue
                break
        if not words:                                       # `said Peskov`, `Mr Balls`: the usual case
            return None
        words = words[::-1]
        while words:
            head = i - sum(len(w) + 1 for w in words)
            before = text[max(0, head - 40):head].split()[-1:]
            if not (before and before[0].lower() in self.lx.prepositions and not self.lx.first_name(words[0])):
                break
            words = words[1:]                               # `na Twitterze Biedroń`: a place, then the name
        if len(words) >= 2 and not self.lx.first_name(words[0]):
            head = i - sum(len(w) + 1 for w in words)
            if text[max(0, head - 8):max(0, head)].rstrip()[-1:] in (".", "!", "?", ""):
                words = words[1:]                           # `Apel Grety Thunberg`: a sentence's first word
        words = name_tokens(self.lx, words + [surname])[:-1]   # not `Projektleiterin Anna`
        while words and not words[0][:1].isupper():
            words.pop(0)                                    # not `de Trump`
        words = _from_given_name(self.lx, words)                     # not `Economía Carlos`
        found = None
        if words and self.lx.nouns_capitalised and not self.lx.first_name(words[0]):
            return None                                     # `Scholz Russland`: nouns, not a name
        if words and looks_personal(self.lx, [w for w in words if not w.endswith(".")]):
            found = (i - sum(len(w) + 1 for w in words), " ".join(words) + " " + surname)
        return found

    def _in_name(self, w: str) -> bool:
        """Can the word `w` be part of a personal name before a surname (`Dmitry`, `von`, not `Mr`, `said`)?"""
        lw = w.lower()
        return lw in NAME_PARTICLES or (w[:1].isupper() and lw not in self.lx.titles and lw not in self.lx.not_single_names
                                        and lw not in self.lx.not_role_words and lw not in self.lx.not_speakers
                                        and w[-1].isalnum()    # (not `Reagan,”`: a quotation ended there)
                                        and not w.endswith(self.lx.possessive_suffixes))

    def resolve(self, m: Mention) -> str:
        text = self.text
        mention = text[m.start:m.end]
        low = mention.lower()
        if m.kind == "relative" and m.antecedent:
            return self.resolve(Mention(m.antecedent[0], m.antecedent[1], "np"))
        if m.kind == "zero":
            return self.someone_before(m.start, _zero_subject_gender(self.lx, low)) or mention
        if low in self.lx.possessive_pronouns:   # `his words`, `по его словам`: the owner speaks
            g = self.lx.possessive_pronouns[low]
            return self.someone_before(m.start, g or None) or mention if g in ("m", "f", "") else mention
        if m.kind == "pronoun" or low in self.lx.pronouns:
            g = self.lx.pronoun_gender.get(low)
            if g in ("m", "f"):
                return self.someone_before(m.start, g) or mention
            return mention
        # A noun phrase reads the same wherever it is asked about (quotations of one speech share
        # their speaker's mention): read once per mention; what depends on the text read so far
        # (an anonymous source remembered, a role pointing to the last speaker) is redone each time.
        known = self._phrases.get((m.start, m.end))
        if known is None:
            known = self._phrases[m.start, m.end] = self._read_phrase(m.start, mention)
        how, value = known
        if how == "anonymous":
            self.anonymous.append((m.start, mention))
            return mention                      # an anonymous source stays as written
        if how == "description":
            return self.description(m, value) or mention
        return value

    def _read_phrase(self, start: int, mention: str) -> tuple[str, object]:
        """What the noun phrase `mention` at `start` is: ("name", the name it resolves to),
        ("anonymous", None) for an indefinite source, or ("description", its words) for a
        role to resolve against the speakers read so far (see `resolve`)."""
        words = [strip_possessive(self.lx, w) for w in mention.split()]
        first = words[0].lower()
        named = _trailing_name(self.lx, words)
        if named:
            words = named                       # `la direttrice Giulia Romano` -> `Giulia Romano`
        elif first in self.lx.indefinite_determiners:
            return "anonymous", None
        else:
            caps = [w for w in words if _ELIDED_ARTICLE_RE.sub("", w)[:1].isupper()]   # (`L’immunologo`: none)
            if first in self.lx.determiners or not caps or len(caps) == 1 and caps[0].lower() in self.lx.determiners:
                return "description", words
        nw = name_tokens(self.lx, words)
        # cut roles before the name: "Stein spokeswoman Melezia Figueroa" -> "Melezia Figueroa"
        for i in range(len(nw) - 1, -1, -1):
            if not (nw[i][:1].isupper() or nw[i].lower() in NAME_PARTICLES):
                nw = nw[i + 1:]
                break
        if not nw:
            return "name", mention
        full = self.full_name(nw[-1], start)
        if full and len(full.split()) >= len(nw) and (len(nw) == 1 or self._same_word(full.split()[0], nw[0])):
            return "name", _nominative(self.lx, full)   # (not `Medienwissenschaftlerin Martina Engelbert`)
        return "name", _nominative(self.lx, " ".join(nw))

    def _same_word(self, a: str, b: str) -> bool:
        """`Greta` and `Grety`: one word in two case forms (or simply equal)."""
        return a == b or bool(set(self.lx.base_forms(a.lower())) & set(self.lx.base_forms(b.lower())))

    def _runs_before(self, pos: int, span: int = 1500):
        """Capitalised runs ending before `pos`, nearest first, outside quotations.

        Read line by line backwards from `pos`, each line once per article: a pronoun
        usually finds its person within a line or two, so most of the text is never
        scanned. (A run never crosses a line break, so scanning a line alone finds
        exactly the runs a scan of the whole text would.)
        """
        text = self.text
        lo = pos - span
        if pos <= lo:
            return
        line_start = text.rfind("\n", 0, pos) + 1
        starts, spans = self.starts, self.spans
        while True:
            runs, ends = self._runs_of_line(line_start)
            for i in range(bisect.bisect_right(ends, pos) - 1, -1, -1):
                m = runs[i]
                at = m.start()
                if at < lo:
                    return
                q = bisect.bisect_right(starts, at) - 1      # (`_inside_quote`, inlined: the hot loop)
                if q < 0 or not spans[q][0] <= at < spans[q][3]:
                    yield m
            if line_start == 0 or line_start - 1 <= lo:
                return
            line_start = text.rfind("\n", 0, line_start - 1) + 1

    def _runs_of_line(self, line_start: int) -> tuple[list[re.Match], list[int]]:
        """The capitalised runs of the line at `line_start` (inside quotations too), and their ends."""
        found = self._line_runs.get(line_start)
        if found is None:
            # (only a run with a dot in it can cross a sentence end: most are read once, as found)
            runs = [part for m in NAME_RE.finditer(self.text, line_start, para_end_of(self.text, line_start))
                    for part in (self._split_at_sentence_end(m) if "." in m.group() else (m,))]
            found = self._line_runs[line_start] = (runs, list(map(_END, runs)))
        return found

    def _split_at_sentence_end(self, m: re.Match) -> list[re.Match]:
        """A run read across a sentence end (`… ministro del Turismo Paolo Neri. Ha suggerito`: a short
        word with its full stop reads like `Dr.`) split there, unless the word is an abbreviation."""
        cut = _RUN_SENTENCE_END_RE.search(m.group())
        if cut is None or cut.group(1).lower() in self.lx.abbreviations or cut.group(1).lower() in self.lx.titles:
            return [m]
        end = m.start() + cut.end(1)
        first = NAME_RE.match(self.text, m.start(), end)
        rest = NAME_RE.match(self.text, m.start() + cut.end(), m.end())
        return [x for x in (first, rest) if x is not None]

    def person_span_before(self, pos: int, gender: str | None) -> tuple[int, int] | None:
        """(start, end) of the most recent named person before `pos` whose gender does not clash."""
        if gender == "p":
            return None                           # (a plural verb points to a group, never to one name)
        m = self._person_run_before(pos, gender)
        return None if m is None else (m.start(), m.end())

    def _person_run_before(self, pos: int, gender: str | None) -> re.Match | None:
        """The capitalised run of the most recent named person before `pos` whose gender does not
        clash. Depends on the text alone, so each (position, gender) is walked once: the
        quotations of one speech ask about the same pronoun or dropped subject again."""
        key = (pos, gender)
        if key in self._run_before:
            return self._run_before[key]
        found = None
        for m in self._runs_before(pos):
            person = self._person(m)
            if person is not None and (gender is None or person[1] is None or person[1] == gender):
                found = m
                break
        self._run_before[key] = found
        return found

    def someone_before(self, pos: int, gender: str | None) -> str | None:
        """Who a pronoun at `pos` stands for: the most recent compatible person, named or not."""
        at, name = self.person_before(pos, gender)
        for start, mention in reversed(self.anonymous):
            if start < pos:
                if start > at and _description_gender(self.lx, mention) in (None, gender):
                    return mention
                break
        return name

    def person_before(self, pos: int, gender: str | None) -> tuple[int, str | None]:
        """(where, name) of the most recent named person before `pos` whose gender does not clash."""
        if gender == "p":
            return -1, None
        m = self._person_run_before(pos, gender)
        return (-1, None) if m is None else (m.start(), self._persons[m.start()][0])

    def _person(self, m: re.Match) -> tuple[str, str | None] | None:
        """(name, gender) when the capitalised run `m` names a person, else None.

        Depends on the run alone, so it is worked out once per run (pronouns ask again).
        """
        key = m.start()
        if key not in self._persons:
            self._persons[key] = self._read_person(m)
        return self._persons[key]

    def _read_person(self, m: re.Match) -> tuple[str, str | None] | None:
        text = self.text
        words = [strip_possessive(self.lx, w) for w in m.group().split()]
        if words[0].lower() in self.lx.articles_not_in_names:
            if not (self.lx.nouns_capitalised and len(words) > 2):
                return None                      # `The Weakest Link`: a title, not a person
            words = words[1:]                    # `Die Ministerin Anna Weber`: every noun has a capital
        nw = name_tokens(self.lx, words)
        if not nw or not looks_personal(self.lx, nw):
            return None
        before = text[max(0, m.start() - _ROLE_CHARS):m.start()].split()[-2:]
        if len(before) == 2 and not self.lx.nouns_capitalised and before[0][:1].isupper() \
                and before[0].lower() not in self.lx.titles and (
                before[1] in self.lx.of_prepositions or before[1] in self.lx.np_prepositions):
            return None                          # `the Council for Rural Housing`: the rest of a body's name
        titled = any(w.lower() in self.lx.titles for w in words[:len(words) - len(nw)])
        if self.lx.nouns_capitalised and not (
                self.lx.first_name(nw[0]) or _role_before(self.lx, text, m.start())
                or _in_apposition(text, m.start(), m.end())):
            return None                          # German: a capitalised noun is no evidence
        if len(nw) > 1 and not (self.lx.first_name(nw[0]) or titled or _role_before(self.lx, text, m.start())
                                or _in_apposition(text, m.start(), m.end()) or text.count(nw[-1]) > 1):
            return None                          # (tested before reading the full name, the costly part)
        full = self.full_name(nw[-1], m.start() + 1 if len(nw) == 1 else m.start())
        if len(nw) == 1 and not (full or titled):
            return None
        if len(nw) == 1 and not full and (nw[0][:-1].isupper() or self.lx.is_one_of(
                nw[0], self.lx.role_nouns | self.lx.people_nouns)):
            return None                          # `Former Tory MPs`: a group, not a surname
        name = full if full and len(full.split()) >= len(nw) else " ".join(nw)
        return name, self._gender(name, words[:len(words) - len(nw)], m.start())

    def _gender(self, name: str, titles: list[str], start: int) -> str | None:
        for w in [t.lower() for t in titles] + _words_before(self.text, start):
            g = self.lx.title_gender.get(w) or self.lx.role_gender.get(w)
            if g:
                return g
        return self.lx.first_name(name.split()[0])

    def description(self, m: Mention, words: list[str]) -> str | None:
        """`the official` / `the Indiana governor` -> the person that role points to:
        the nearest full name before the mention with the role word just before it."""
        head = _ELIDED_ARTICLE_RE.sub("", words[-1].lower())   # `l’immunologo`: the noun after the article
        if head not in self.lx.role_nouns and "-" in head:
            head = head.rsplit("-", 1)[1]         # `der CDU-Chef`, `il vice-ministro`: the role the compound ends in
        if head not in self.lx.role_nouns:
            return None
        runs = self._all_runs()
        # Walk back from the mention over the runs, remembering per role word where each
        # walk ended, so a role repeated throughout a long text costs a lookup per mention.
        ends_at = self._role_runs.setdefault(head, {})
        walked = []
        i = bisect.bisect_right(runs[1], m.start) - 1
        found = -1
        while i >= 0:
            if i in ends_at:
                found = ends_at[i]
                break
            walked.append(i)
            r = runs[0][i]
            nw = name_tokens(self.lx, [strip_possessive(self.lx, w) for w in r.group().split()])
            if len(nw) >= 2 and looks_personal(self.lx, nw) and self._has_role(head, r):
                found = i
                break
            i -= 1
        for j in walked:
            ends_at[j] = found
        if found < 0:
            # (`her spokesman`, `his lawyer`: someone's agent, not the last one who spoke)
            # (English annotation; elsewhere `Son Président` is often the last speaker named in apposition)
            return None if self.lx.subject_fallback and words[0].lower() in self.lx.possessive_pronouns \
                else self.last_speaker
        r = runs[0][found]
        nw = name_tokens(self.lx, [strip_possessive(self.lx, w) for w in r.group().split()])
        return self.full_name(nw[-1], r.start()) or " ".join(nw)

    def _has_role(self, head: str, r: re.Match) -> bool:
        """Is the role word `head` the named person's own: in the run, just before it or in apposition
        (`Governor Tom Bello`, `the governor of Ohio, Tom Bello`), not the role of someone of or for
        them (`the spokesman for Governor Tom Bello`: someone else, who speaks for Bello)?"""
        lo = max(0, r.start() - 40)
        window = self.text[lo:r.end()].lower()
        at = window.rfind(head)
        if at < 0:
            return False
        between = window[at + len(head):r.start() - lo].split()
        if between and between[-1].endswith(","):
            return True                           # `The governor of Ohio, Tom Bello`: in apposition
        lx = self.lx
        return not any(w.strip(",") in lx.prepositions or w in lx.of_prepositions or w in lx.np_prepositions
                       for w in between)

    def _all_runs(self) -> tuple[list[re.Match], list[int]]:
        """Every capitalised run outside quotations, and their ends (read once, on demand)."""
        if self._runs is None:
            runs = []
            spans, j = self.spans, 0
            for m in NAME_RE.finditer(self.text):
                at = m.start()
                while j < len(spans) and spans[j][3] <= at:
                    j += 1                        # (the quotations, in text order, walked alongside)
                if j == len(spans) or at < spans[j][0]:
                    runs.append(m)
            self._runs = (runs, list(map(_END, runs)))
        return self._runs
