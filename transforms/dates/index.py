"""The speed machinery, kept apart from the grammar: where in a text an expression may be, and which
rules can match there. `CandidateIndex` is its one interface; nothing it does changes what is found.

The reference semantics (`extract.naive_scan`, and a property test): at every position of the text, in
order, every rule in grammar order; the first match its handler accepts is an expression, and the scan
goes on after it. The index finds the same faster. Every expression contains a *head word* (a month or
weekday name, a year-like number, `week`, `yesterday`, `now` ...: `head_kinds`), found in one scan of
the text (`heads`); around each, only the positions where an expression may begin are tried
(`starts`: the words the rules can begin with, a number, an apostrophe), and only with the rules that
can hold that kind of head word (`rules_for`) and can begin with the word there (`Segment`). What the rules can begin with and which words they can hold is read off their patterns
(`analysis`); where that is unknown, nothing is skipped.

What the index reads off a grammar's patterns (each rule's kinds of head word and first characters,
the word lists of the trigger, blocker and starter patterns) costs about 0.1 s per language, paid by
every process that reads dates: it is kept on disk (`PLANS`), keyed by the patterns and head words
themselves and named by the source of the modules that read them, so any change computes it again.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from newsbeam.transforms.dates import analysis, patterns
from newsbeam.transforms.dates.analysis import first_chars, first_words, words_in
from newsbeam.transforms.dates.patterns import ANY_MONTH, EN, FLAGS, TO_SPACES, alt, tokens
from newsbeam.transforms.dates.profile import DateProfile, all_profiles
from newsbeam.transforms.dates.grammar import Grammar
from newsbeam.transforms.dates.rules import Rule
from newsbeam.transforms import regex_cache

__all__ = ["CandidateIndex", "CLOCK_KINDS", "DIGIT_KINDS", "NUMBER_TRIGGER_SRC", "head_kinds", "lower", "BACK", "PREFILTER_MIN"]

BACK = 40  # how far before its head word an expression may start (`the year-ago third quarter`)


def head_kinds(profiles: tuple[DateProfile, ...], any_month: bool = False) -> dict[str, frozenset[str]]:
    """Head words of a language's grammar and their kinds. Every expression contains at least one head
    word, and only around head words is the grammar tried. Derived from the profiles (English and the
    language's own): a word added there is found. `any_month`: every language's month names too
    (the day-month dates read without a language hint)."""
    kinds: dict[str, set[str]] = {}
    stop = frozenset(w for p in profiles for w in p.non_head_words)

    def add(kind: str, phrases, keep=lambda w: True) -> None:
        # one word of each phrase is enough, as every match of the phrase holds it: its longest (`il y a
        # peu` -> `peu`, `fin de semana` -> `semana`), so that `a`, `de`, `il` are no head words
        for phrase in phrases:
            words = tokens(phrase)
            if len(words) > 1:  # (the phrase's word, even a common one when it has no other)
                w = max(reversed([w for w in words if w not in stop and len(w) > 2] or words), key=len)
                kinds.setdefault(w, set()).add(kind)
            elif words and keep(words[0]):
                kinds.setdefault(words[0], set()).add(kind)
    add("month", ANY_MONTH if any_month else [w for p in profiles for w in p.months])
    add("weekday", [*(w for p in profiles for w in (*p.weekdays, *p.weekday_adjectives)),
                    *(w + c for p in profiles for w in p.weekdays for c in p.weekday_compounds)])
    add("unit", [*(u for p in profiles for u in (*p.units, *p.quarter_words, *p.half_words)), "period", "weekend",
                 "day", "days"])
    add("season", [s for p in profiles for s in p.seasons])
    # (not the hour nouns, `a las`, `ore`, `godz.`: the hour after one is the head, see `hour_words`; their
    # words, `las`, are as common as articles, and every rule that can begin with one was tried there)
    add("pod", [*(w for p in profiles for w in (*p.parts_of_day, *p.relative_day_parts, *p.clock_words, *p.pod_phrases)),
                "tonight"],
        lambda w: w != "mid")
    add("relday", [w for p in profiles for w in (*p.relative_days, *p.relative_day_parts, *p.anaphoric_days, *p.day_nouns)],
        lambda w: len(w) > 2)
    add("decade", [w for p in profiles for w in (*p.decade_words, *p.decade_nouns)])
    # (a one-letter century word, `XIX w.`, `XX в.`, is a preposition everywhere else: its Roman number is the head)
    century = [w for p in profiles for w in p.century_words]
    add("century", [w for w in century if len(tokens(w)[0]) > 1])
    if any(len(tokens(w)[0]) == 1 for w in century):
        add("century", _ROMAN_HEADS)
    add("spelled", ["nineteen"])
    add("qcode", ["q1", "q2", "q3", "q4"])
    add("holiday", ["christmas", "thanksgiving", "easter", "halloween",
                    *(w for p in profiles if p.code != "en" for w in (*p.holidays, *p.named_months))])
    add("ref", [w for p in profiles for w in (*p.reference_words, *p.relative_year_words)])
    return {w: frozenset(k) for w, k in kinds.items()}


_ROMAN_HEADS = "ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split()
DIGIT_KINDS = frozenset({"digit"})
CLOCK_KINDS = frozenset({"clock"})  # an hour with its minutes (`alle 9.30`): only the clock-time rules hold one


def rule_kinds(rule: Rule, heads: dict[str, frozenset[str]]) -> frozenset[str]:
    """The kinds of head word a rule's expressions can contain: those it names (its head words and
    vocabularies), and those of every head word its pattern can hold (`words_in`: `the current year`
    holds the reference word `current`), so that none is forgotten; every kind when that is unknown."""
    words = words_in(rule.pattern)
    if words is None:
        return frozenset({k for ks in heads.values() for k in ks} | DIGIT_KINDS | rule.heads)
    return rule.heads | {kind for word in words & heads.keys() for kind in heads[word]}


# ----------------------------------------------------------------------------- rules by first character
@lru_cache(maxsize=None)
def _compile(src: str) -> re.Pattern:
    """A rule's regex, compiled once for all the languages that share it."""
    return regex_cache.compile(src, FLAGS)


class PrefixTable:
    """Which of a grammar's rules may begin at a word, by the word's first PREFIX characters (see
    `PREFIX`): one table for every segment of the grammar, so that a word's prefixes are looked up once
    and not once per segment, and built on first need. `positions(word)`: the rules' positions in
    `rules`. With the rules' `first_chars` (`firsts`), `candidates(ch, word)`: the rules, in order,
    that may begin at a start of that character and word, which each segment keeps those of its own
    rules from (the rules of a segment are in the grammar's order)."""
    __slots__ = ("rules", "prefixes", "position", "by_prefix", "any_word", "words", "firsts", "chosen")

    def __init__(self, rules: tuple[Rule, ...], prefixes: dict[Rule, frozenset[str] | None],
                 firsts: dict[Rule, frozenset[str] | None] | None = None):
        self.rules = rules
        self.prefixes = prefixes  # (each rule's `first_words`, cut to PREFIX characters)
        self.position = {r: k for k, r in enumerate(rules)}
        self.by_prefix: dict[str, tuple[int, ...]] | None = None  # prefix -> positions of the rules it may begin
        self.any_word: tuple[int, ...] = ()  # (positions of the rules any word may begin)
        self.words: dict[str, frozenset[int]] = {}
        self.firsts = firsts
        self.chosen: dict[tuple[str, str | None], tuple[Rule, ...]] = {}

    def candidates(self, ch: str, word: str | None) -> tuple[Rule, ...]:
        """The rules that may begin at a start whose character is `ch` and word (as `Segment` writes
        it) `word`, None for a non-word character, in order (needs `firsts`)."""
        key = (ch, word)
        found = self.chosen.get(key)
        if found is None:
            rules, firsts = self.rules, self.firsts
            positions = range(len(rules)) if word is None else sorted(self.positions(word))
            found = tuple(r for r in (rules[k] for k in positions) if (first := firsts[r]) is None or ch in first)
            if len(self.chosen) < MAX_KEYS:
                self.chosen[key] = found
        return found

    def positions(self, word: str) -> frozenset[int]:
        found = self.words.get(word)
        if found is None:
            if self.by_prefix is None:
                self._index()
            may = set(self.any_word)
            by_prefix = self.by_prefix
            for k in range(1, min(len(word), PREFIX) + 1):  # (a rule one of whose prefixes begins the word)
                may.update(by_prefix.get(word[:k], ()))
            found = frozenset(may)
            if len(self.words) < MAX_KEYS:  # (see `Segment`: a text of ever new words)
                self.words[word] = found
        return found

    def _index(self) -> None:
        by_prefix: dict[str, list[int]] = {}
        any_word = []
        for k, r in enumerate(self.rules):
            prefixes = self.prefixes[r]
            if prefixes is None or "" in prefixes:
                any_word.append(k)
            else:
                for prefix in prefixes:
                    by_prefix.setdefault(prefix, []).append(k)
        self.any_word = tuple(any_word)
        self.by_prefix = {prefix: tuple(ks) for prefix, ks in by_prefix.items()}


class Segment(dict):
    """One segment of a kind's rules, by how a match at a start begins (`start_key`): for a key, the
    segment's rules that can begin so, in order, each with its regex, or None when none can, so that a
    start is tried with only those. A rule can begin at a start when the start's character
    is one of its `first_chars` and the word there begins with one of its `first_words` (a start in
    `the government` is not tried with the rules that begin with `thursday` or `third`). Filled on
    first need: which rules a word's prefixes may begin is looked up in the grammar's `PrefixTable`
    (`table`; without one, a table of the segment's own rules) rather than asked of every rule, and
    keys that choose the same rules share one entry."""
    __slots__ = ("rules", "firsts", "table", "local", "by_char", "members")

    def __init__(self, rules: tuple[Rule, ...], firsts: dict[Rule, frozenset[str] | None],
                 prefixes: dict[Rule, frozenset[str] | None], table: PrefixTable | None = None):
        super().__init__()
        self.rules = rules
        self.firsts = firsts  # (each rule's `first_chars`)
        self.table = PrefixTable(rules, prefixes, firsts) if table is None else table
        self.local: dict[int, int] | None = None  # (a rule's position in the table -> in the segment)
        self.by_char: dict[str, tuple | None] = {}
        self.members = frozenset(rules)

    def __missing__(self, key: str):
        ch = key[0]
        if len(self) >= MAX_KEYS:
            # (a text of ever new number-words at its starts, `1a 1b 1c ...`: by the character alone)
            if ch not in self.by_char:
                self.by_char[ch] = self._entry(ch, None)
            return self.by_char[ch]
        word = ("0" + key[1:] if ch.isdecimal() else key) if _WORD_CHAR.match(ch) else None
        entry = self[key] = self._entry(ch, word)  # (two threads may both build it: the same result)
        return entry

    def _entry(self, ch: str, word: str | None) -> tuple | None:
        if self.table.firsts is self.firsts:
            # (the grammar's candidates for the start, found once for all its segments: this segment's)
            members = self.members
            chosen = tuple(r for r in self.table.candidates(ch, word) if r in members)
            return _segment_entry(chosen) if chosen else None
        if word is None:
            positions = range(len(self.rules))
        else:
            local = self.local
            if local is None:
                position = self.table.position
                local = self.local = {position[r]: k for k, r in enumerate(self.rules)}
            positions = sorted(local[k] for k in self.table.positions(word) if k in local)
        rules, firsts = self.rules, self.firsts
        chosen = tuple(r for r in (rules[k] for k in positions) if (first := firsts[r]) is None or ch in first)
        return _segment_entry(chosen) if chosen else None


@lru_cache(maxsize=None)
def _segment_entry(chosen: tuple[Rule, ...]) -> tuple[tuple[Rule, re.Pattern], ...]:
    """The rules chosen at a start with their regexes, tried one after the other. (One regex of all of
    them, to find the first worth trying, was tried before: it matched its rule's text twice on a hit,
    and compiling one per set of chosen rules, about 500 in a process, cost more than it saved. So did,
    in CPU per steady pass, one such regex only for the sets tried 32 times or more, each rule cut to
    its first items of pattern: 596-642 ms against 515-544 ms without, side by side.)"""
    return tuple((r, _compile(r.pattern)) for r in chosen)


# A rule's first words are kept cut to PREFIX characters: a word beginning with one of those may
# begin a match (fewer than all of them, and a few hundred strings instead of tens of thousands).
# A rule may begin at a word when one of its prefixes is a prefix of the word's first PREFIX
# characters (a match ends inside a word or at its end), or it has "" among them (it may begin with a
# non-word character) or its first words are unknown.
PREFIX = 6
MAX_KEYS = 4096
_WORD_RUN = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")


def _prefixes(words: frozenset[str] | None) -> frozenset[str] | None:
    return None if words is None else frozenset(w[:PREFIX] for w in words)


def start_key(low: str, i: int) -> str:
    """What a start at `low[i]` is tried by (`Segment`): a non-word character alone; else the first
    PREFIX characters of the word there as `first_words` writes it (a run of digits `0`), its
    first character as it is (`2004` -> `2`, `21st` -> `2st`, `september` -> `septem`)."""
    m = _WORD_RUN.match(low, i)
    if m is None:
        return low[i]
    word = m.group()
    if not word.isalpha():
        word = _DIGIT_RUN.sub("0", word)
        if word[0] == "0":
            word = low[i] + word[1:]
    return word[:PREFIX]


# ----------------------------------------------------------------------------- where expressions start
_WORD_CHAR = re.compile(r"\w")


def _blocker_src(rules: tuple[Rule, ...]) -> str | None:
    """Over the padded text (see `heads`), from where an expression may start to its head word:
    finds the last word there that no rule can hold (`words_in`; a whole word without a digit,
    `[^\\W\\d_]+`, not one of theirs), with `.*` backtracking from the end; its end in `low` is
    m.end() - 1. None when a rule's words are not known. (One for all the rules: per kind of head
    word it would skip hardly more, and cost a compiled word list for each.)"""
    words: set[str] = set()
    for r in rules:
        rule_words = words_in(r.pattern)
        if rule_words is None:
            return None
        words |= rule_words
    return r"(?s:.*)\W(?!(?:" + alt(words) + r")(?!\w))[^\W\d_]+(?!\w)"


def _starter_src(rules: tuple[Rule, ...]) -> str:
    """Where an expression of these rules may begin: a word one of them can begin with (`first_words`:
    `the`, `last`, `im`, a number word; a word with digits as `q3`), a number, or a non-word character
    one can begin with (`'90s`). Run over the padded text (`" " + low`, as the head-word scan): the pattern
    begins with the non-word character before the start, so `re` only tries it after a space or
    punctuation mark instead of at every character, and m.start() is the start's offset in `low`.
    That consumed character stands for the `(?<!\\w)` of the start; the digit's `(?<![,.])` looks at
    it (a number after a period or a comma is a decimal's part, where no rule begins). Where a rule's
    first words are not known, every word is a start."""
    words: set[str] = set()
    marks: set[str] = set()
    for r in rules:
        firsts = first_words(r.pattern)
        if firsts is None:
            return r"\W(?=\S)"
        if "" in firsts:
            chars = first_chars(r.pattern)
            if chars is None:
                return r"\W(?=\S)"
            marks |= {c for c in chars if not _WORD_CHAR.match(c)}
        words |= {w for w in firsts if w and not w.startswith("0")}
    # (words with digits, `q3`, `apr17`: a `0` of `first_words` is a run of digits)
    alternatives = [f"(?:{alt(words, digit_runs=True)})"]
    # (a mark is looked at, not consumed: it is the non-word character before a start right after it)
    marks_alt = f"|(?=[{re.escape(''.join(sorted(marks)))}])" if marks else ""
    return r"\W(?:(?:" + "|".join(alternatives) + r")(?!\w)|(?<![,.])\d" + marks_alt + ")"


PLANS = regex_cache.Memo("dates-index", analysis.__file__, patterns.__file__, __file__)


def _plan_key(rules: tuple[Rule, ...], kinds: dict[str, frozenset[str]]) -> str:
    """What `_read_plan` depends on, hashed: the rules' patterns and kinds of head word, the head words."""
    canonical = repr(([(r.pattern, sorted(r.heads)) for r in rules], sorted((w, sorted(k)) for w, k in kinds.items())))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _read_plan(rules: tuple[Rule, ...], kinds: dict[str, frozenset[str]]) -> tuple:
    """What the index reads off a grammar's patterns: per rule (in order) its kinds of head word, first
    characters and first words' prefixes; the sources of the trigger, blocker (None: no blocker) and starter patterns."""
    return (tuple(rule_kinds(r, kinds) for r in rules), tuple(first_chars(r.pattern) for r in rules),
            tuple(_prefixes(first_words(r.pattern)) for r in rules),
            r"\W(?:(?P<w>" + alt(kinds) + r")(?!\w)|", _blocker_src(rules),
            _starter_src(rules))


def _cased_heads(profile: DateProfile | None) -> frozenset[str]:
    """English month and weekday names that no rule of the language accepts in lower case."""
    english = set(EN.months) | set(EN.weekdays)
    if profile is None:
        lower_ok = {w for p in all_profiles() if p.code != "en" for w in p.months if w not in p.ambiguous_months}
    else:
        lower_ok = set(profile.months) | set(profile.weekdays)
    return frozenset(english - lower_ok)


# ----------------------------------------------------------------------------- head words
# Head words and date-like numbers are found in one pass over the lower-cased text (numbers: years
# 1500-2099, `1990s`, `90er`, `90-х`, `12/17/2024`, `10 a.m.`; `9.30`, which only clock rules are tried around:
# `CLOCK_KINDS`, as prices like `2.50` are many). The pattern begins with the character
# before the word, so that `re` skips from one space or punctuation mark to the next in C; `heads` puts
# a space in front. Every alternative begins with a word character, so no `(?=\w)` is needed after
# the `\W`, and the number alternatives sit behind one `(?=\d)`: after a space followed by a letter
# that begins no head word, `re` gives up after the trie's literal checks and one digit test.
NUMBER_TRIGGER_SRC = (r"(?=\d)(?:(?:1[5-9]|20)\d\d(?=s\b|['’]s\b|(?!\w)|[^\W\d_]{1,2}\.)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)"
                      r"|\d0(?=s\b|er\b|-?[хе]\b)|(?<=['’])\d\d(?![\w%]|[.,]\d)|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|\d{1,2}h(?:\d\d)?\b"
                      r"|(?P<hhmm>\d{1,2}[:.][0-5]\d(?!\d|[.,:]\d)|[012]\d[0-5]\d(?=\s*(?:gmt|utc|bst|cet|est|edt|pst|pdt)\b)))")
# In a language with hour nouns (`a las 10`, `alle ore 9`, `o godz. 18`), an hour alone after one is a
# head too (`hour_words`); no other alternative of the trigger matches it.
HOUR_TRIGGER_SRC = NUMBER_TRIGGER_SRC[:-1] + r"|(?P<hour>\d{1,2}(?!\d|[.,:]\d)))"

# The same triggers found faster in a text that a one-byte code page holds (Latin-1: every BBC
# article; Windows-1252: with `’` or `“`; Windows-1250 and -1251: Polish and Russian; a text with
# characters of two scripts takes the regex): the regex stops after every space and tries the
# head-word trie there, one branch per first letter. Instead, the text as bytes (one byte per
# character, so offsets stay those of `low`) with every non-word character made a space
# (`bytes.translate`, a table lookup per character) and decoded back: its head words are found
# with one pattern that begins with a space (`spaced_heads`), which `re` skips from space to space
# in C, trying the trie only there, and numbers are only tried where a digit follows a non-word
# character. (Splitting the bytes into words, a set intersection with the head words and a
# `bytes.find` loop for each one found did the same in half as much time again.) A head word is a whole
# `\w+` run (`\W` before it, `(?!\w)` after it), which is what the spaced bytes delimit; numbers
# never hold a head word, so the two kinds cannot overlap.
ONE_BYTE_CODECS = ("latin-1", "cp1252", "cp1250", "cp1251")


def _one_byte_tables(codec: str) -> tuple[bytes, bytes]:
    """(non-word -> space, digit -> `0` / other word character -> `a` / non-word -> space) of a code
    page, by what each byte decodes to (a byte the code page leaves undefined is never encoded)."""
    chars = [bytes([b]).decode(codec, errors="replace") for b in range(256)]
    word = [ch.isalnum() or ch == "_" for ch in chars]  # (`\w` of `re`)
    spaced = bytes(b if word[b] else 0x20 for b in range(256))
    digits = bytes(0x30 if chars[b].isdecimal() else 0x61 if word[b] else 0x20 for b in range(256))
    return spaced, digits


_ONE_BYTE = {codec: _one_byte_tables(codec) for codec in ONE_BYTE_CODECS}


_LATIN1_LOWER = bytes(ord(chr(b).lower()) for b in range(256))  # every Latin-1 letter lower-cases to one


def lower(text: str) -> str:
    """`text.lower()` with the same length (a few characters, like `İ`, lower-case to two)."""
    if not text.isascii():
        # a Latin-1 text with `£` or `é`: `str.lower` looks each character up in the Unicode tables,
        # a byte table does the same in a fraction of the time
        try:
            return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
        except UnicodeEncodeError:
            pass
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


# Long texts are first cut into blocks of about _BLOCK characters, and the trigger regex (whose scan
# costs about 80 ns a character: it is tried after every space) runs only over blocks holding a digit
# or a head word, found with `str.split` and a set lookup at a fraction of that cost. Short texts are
# scanned whole.
_BLOCK = 4096
PREFILTER_MIN = 32_768
_HAS_DIGIT = re.compile(r"\d")


class CandidateIndex:
    """Where expressions of one grammar may be in a text: head words, the starts before them, and the
    rules worth trying there. Built once per language, on its first text."""
    __slots__ = ("head_kinds", "heads_set", "trigger", "number_trigger", "spaced_heads", "by_kinds", "blocker",
                 "starter_at", "cased", "prefilter_min", "clock_words", "hour_words", "every_kind")

    def __init__(self, grammar: Grammar, profile: DateProfile | None):
        profiles = (EN,) if profile is None else (EN, profile)
        self.head_kinds = head_kinds(profiles, any_month=profile is None)
        heads = frozenset(self.head_kinds)
        assert all(re.fullmatch(r"\w+", w) for w in heads), "a head word must be one \\w+ run for the fast scan"
        assert heads.isdisjoint({"a", "p", "m", "am", "pm"}), "a number trigger (`10 a.m.`) would hold a head word"
        self.heads_set = heads
        rules = grammar.rules
        plan = PLANS.get(_plan_key(rules, self.head_kinds), lambda: _read_plan(rules, self.head_kinds))
        rule_kinds_of, rule_firsts, rule_prefixes, trigger, blocker, starter = plan
        PLANS.save()  # (when it was computed here: for the next process)
        own = profile or EN
        # the last words of the language's hour nouns (`las`, `ore`, `godz`): a number of one or two digits
        # after one is a head of every kind (`every_kind`)
        self.hour_words = frozenset(w.split()[-1].rstrip(".") for w in own.hour_nouns)
        numbers = HOUR_TRIGGER_SRC if self.hour_words else NUMBER_TRIGGER_SRC
        self.trigger = regex_cache.compile(trigger + numbers + ")", FLAGS)
        self.number_trigger = regex_cache.compile(r"\W" + numbers, FLAGS)
        # (over a text's words with one space between: see `one_byte_heads_in`)
        self.spaced_heads = regex_cache.compile(" (?:" + alt(heads) + ")(?= )", FLAGS).finditer
        kinds_of = dict(zip(rules, rule_kinds_of))
        firsts = dict(zip(rules, rule_firsts))
        prefixes = dict(zip(rules, rule_prefixes))
        # per kind of head word, the segments of the rules that can hold it
        table = PrefixTable(rules, prefixes, firsts)
        # (an hour after an hour noun is tried with every rule, as if every kind of head word were there:
        # whatever can hold it is tried, as before, when the noun's word was the head)
        self.every_kind = frozenset({k for ks in (*self.head_kinds.values(), *rule_kinds_of) for k in ks}
                                    | DIGIT_KINDS | CLOCK_KINDS)
        self.by_kinds = {kinds: [Segment(rules, firsts, prefixes, table) for rules in
                                 (tuple(r for r in group if kinds_of[r] & kinds) for group in grammar.groups) if rules]
                         for kinds in {*self.head_kinds.values(), DIGIT_KINDS, CLOCK_KINDS, self.every_kind}}
        self.blocker = None if blocker is None else regex_cache.compile(blocker, FLAGS)
        self.starter_at = regex_cache.compile(starter, FLAGS).finditer
        self.cased = _cased_heads(profile)
        self.prefilter_min = PREFILTER_MIN
        # the last words of the language's clock prepositions (`alle`, `las`, `godz`): an hour with its
        # minutes is a head only after one (a list of prices `2.50 3.75` holds none)
        self.clock_words = frozenset(w.split()[-1].rstrip(".") for w in own.clock_before)

    def heads(self, text: str, low: str, padded: str) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, kinds) of the head words and date-like numbers in the text, in order. Head words
        in `cased` (English month and weekday names) only count capitalised: `may`, `march` are verbs.
        `padded` is `" " + low`: padded[i] is the character before low[i], so m.start() is the word's
        offset in low."""
        if len(low) < self.prefilter_min:
            for codec in ONE_BYTE_CODECS:
                try:
                    raw = low.encode(codec)
                except UnicodeEncodeError:
                    continue
                return self.one_byte_heads_in(text, raw, padded, codec)
        found = []
        cased, kinds_of = self.cased, self.head_kinds
        for lo, hi in self._candidate_regions(low):
            for m in self.trigger.finditer(padded, lo, hi + 1):
                start, end = m.start(), m.end() - 1
                word = m.group("w")
                if word is None:
                    if (kinds := self._number_kinds(m, low, start)) is not None:
                        found.append((start, end, kinds))
                elif not (word in cased and text[start].islower()):
                    found.append((start, end, kinds_of[word]))
        return found

    def _candidate_regions(self, low: str) -> list[tuple[int, int]]:
        """[start, end) regions of `low` that may hold a head word: the whole of a short text; of a long
        one, its blocks with a digit or a head word (blocks end at a space, so no word is cut), adjacent
        ones merged."""
        n = len(low)
        if n < self.prefilter_min:
            return [(0, n)]
        regions: list[tuple[int, int]] = []
        start = 0
        while start < n:
            end = low.find(" ", start + _BLOCK)
            end = n if end < 0 else end
            block = low[start:end]
            if _HAS_DIGIT.search(block) or not self.heads_set.isdisjoint(block.translate(TO_SPACES).split()):
                if regions and regions[-1][1] == start:
                    regions[-1] = (regions[-1][0], end)
                else:
                    regions.append((start, end))
            start = end
        return regions

    def one_byte_heads_in(self, text: str, raw: bytes, padded: str, codec: str = "latin-1") \
            -> list[tuple[int, int, frozenset[str]]]:
        """`heads` of a short text whose lower-cased form is `raw` in a one-byte code page (see
        `ONE_BYTE_CODECS`)."""
        found = []
        cased, kinds_of = self.cased, self.head_kinds
        space_non_word, digit_starts = _ONE_BYTE[codec]
        # (back to text: the same characters as `low`, one for each byte, but every non-word one a
        # space, so that the head words' trie is tried only after a space, which `re` skips to in C)
        spaced = (b" " + raw.translate(space_non_word) + b" ").decode(codec)  # spaced[i + 1] is low[i]
        for m in self.spaced_heads(spaced):
            at, end = m.span()  # (the word is low[at:end - 1])
            head = spaced[at + 1:end]
            if not (head in cased and text[at].islower()):
                found.append((at, end - 1, kinds_of[head]))
        digits = b" " + raw.translate(digit_starts)  # digits[i + 1] is low[i]
        at = digits.find(b" 0")
        number_trigger = self.number_trigger.match
        while at >= 0:
            m = number_trigger(padded, at)  # padded[at] is the character before the digit
            if m is None:
                at = digits.find(b" 0", at + 1)
            else:
                if (kinds := self._number_kinds(m, padded, at + 1)) is not None:  # (padded[at + 1] is low[at])
                    found.append((at, m.end() - 1, kinds))
                at = digits.find(b" 0", m.end())  # (as `finditer`: on after the number)
        found.sort()
        return found

    def _number_kinds(self, m: re.Match, low: str, pos: int) -> frozenset[str] | None:
        """The kinds of the number the trigger matched (`m`, its number at `low[pos]`): every kind after an
        hour noun's word, else a clock time's after a clock word, else a date-like number's; None when it is
        no head (an hour with its minutes, or one alone, elsewhere)."""
        if self.hour_words and self._after_clock_word(low, pos, self.hour_words):
            return self.every_kind
        group = m.lastgroup
        if group is None:
            return DIGIT_KINDS
        if group == "hhmm" and self._after_clock_word(low, pos):
            return CLOCK_KINDS
        return None

    def _after_clock_word(self, low: str, pos: int, words: frozenset[str] | None = None) -> bool:
        """Whether one of `clock_words` (or of `words`; a period after it allowed: `godz.`) ends right
        before `low[pos]`."""
        words = self.clock_words if words is None else words
        if not words:
            return False
        i = pos
        while i > 0 and low[i - 1].isspace():
            i -= 1
        if i > 0 and low[i - 1] == ".":
            i -= 1
        j = i
        while j > 0 and low[j - 1].isalpha():
            j -= 1
        return low[j:i] in words

    def starts(self, low: str, padded: str, lo: int, head_start: int) -> list[int]:
        """Where an expression reaching the head word at `head_start` may begin, from `lo` on, in order:
        the words that can begin one (`the`, `last`, a number; not `on`, `said`) and the head itself.
        An expression starting before a word that no rule can hold (`government` in `the government
        said ... next year`) cannot reach the head word: such starts are skipped."""
        return [i for i, _ in self.keyed_starts(low, padded, lo, head_start)]

    def keyed_starts(self, low: str, padded: str, lo: int, head_start: int) -> list[tuple[int, str | None]]:
        """`starts`, each with its `start_key` where the start's word was read anyway (a word the
        starter pattern matched whole, of letters only), else None."""
        if self.blocker is not None and (m := self.blocker.match(padded, lo, head_start + 1)) is not None:
            lo = m.end() - 1
        # (padded[lo] is low[lo - 1]; right before the head word, a space, there is no start. A
        # starter's match is the character before the start and the start's whole word, one digit,
        # or nothing more.)
        found = [(m.start(), word[:PREFIX] if (word := m.group()[1:]).isalpha() else None)
                 for m in self.starter_at(padded, lo, head_start + 1)] if lo < head_start - 1 else []
        if head_start > lo and low[head_start - 1] in "'’" and low[head_start].isdigit():
            found.append((head_start - 1, None))  # `'90s`: the apostrophe begins it (the pattern cannot see the digit)
        found.append((head_start, None))
        return found

    def rules_for(self, kinds: frozenset[str]) -> list[Segment]:
        """The rules that can hold a head word of these kinds, in grammar order, by segment."""
        return self.by_kinds[kinds]
