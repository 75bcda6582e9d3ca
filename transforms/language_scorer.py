"""langdetect's own model, vectorised: its profiles as arrays, its n-grams, its naive Bayes computed exactly.

langdetect turns a text into a list of 1-, 2- and 3-grams (characters normalised, all-capital
words left out), then *estimates* each profile's posterior by sampling that list: 7 random
walks that multiply in one n-gram's probabilities at a time until one profile passes 0.99999.
`ProfileScorer.article` builds the same list with array operations and sums all of it, which
is the posterior those walks estimate, and says how surely the walks would end where the sum
does (`ArticleScore.walk_safety`). Where that is sure, langdetect's answer is known without
running it; elsewhere (short, mixed or close texts) `newsbeam.transforms.language` asks langdetect.

`ProfileScorer.shares` is the cheaper paragraph check: lower-cased word trigrams only.

Profiles are read from langdetect's own files. Each n-gram is packed into one integer (three
code points of 21 bits, zeros in front of a shorter one) and found by binary search. The
matrix holds log(1 + p / smoothing) rather than log(p + smoothing): the log(smoothing) the two
differ by is the same for every profile, so it drops out of every comparison.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
from dataclasses import dataclass

import numpy as np

from newsbeam.transforms.machine_cache import cache_root, mark_used, prune

__all__ = ["ArticleScore", "ProfileScorer", "gram_text"]

# langdetect's constants (langdetect.detector.Detector), restated so that scoring needs none of
# langdetect's start-up; tests check them against the library.
_SMOOTHING = 0.5 / 10000          # ALPHA_DEFAULT / BASE_FREQ
_CONVERGED = 0.99999              # CONV_THRESHOLD
_URL = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = 0x20


@dataclass(frozen=True)
class ArticleScore:
    language: str        # the profile with the greatest exact posterior
    probability: float   # that posterior (uniform prior, langdetect's smoothing)
    margin: float        # its log-likelihood lead over the runner-up
    walk_safety: float   # min over rivals of 2·E·mean/variance of the per-n-gram lead (ProfileScorer.article)
    n_grams: int         # the n-grams langdetect would sample from


class ProfileScorer:
    """langdetect's profiles (its own files) as sparse arrays; one per process, read-only."""

    def __init__(self, profile_dir: str | None = None) -> None:
        from langdetect.detector_factory import PROFILES_DIRECTORY
        from langdetect.utils.ngram import NGram

        profile_dir = profile_dir or PROFILES_DIRECTORY
        names = sorted(n for n in os.listdir(profile_dir) if not n.startswith("."))
        cache = _cache_folder(profile_dir, names)
        found = _load_cached(cache) if cache else None
        if found is None:
            found = _from_profiles(profile_dir, names)
            if cache:
                shutil.rmtree(cache, ignore_errors=True)  # (a damaged entry: replace it)
                _store(cache, *found)
        self.languages, keys, log = found
        # Plain array views of the mapped files (same pages): indexing a np.memmap runs Python code
        # (memmap.__getitem__, __array_finalize__) on every lookup, a few per article.
        self._keys, self._log = np.asarray(keys), np.asarray(log)
        self._normal = _normalisation_table(NGram)
        self._upper = np.array([chr(c).isupper() for c in range(0x10000)], dtype=bool)
        self._vietnamese = NGram.normalize_vi
        self._marks = NGram.DMARK_CLASS   # the combining marks normalize_vi composes
        self._index = {lang: i for i, lang in enumerate(self.languages)}
        # E: the log-odds a walk must gain over the rest, from equal profiles, to pass 0.99999
        self._walk_evidence = math.log(_CONVERGED / (1 - _CONVERGED)) + math.log(len(self.languages) - 1)

    # ------------------------------------------------------------------ langdetect's n-grams

    def _buffer(self, text: str, max_chars: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The characters langdetect's NGram buffer sees (code points, normalised), and which are capitals and spaces."""
        # Detector.append: links and addresses out, Vietnamese marks composed, then cut. (Each
        # regex runs only when the text holds what it needs: on the whole text they cost more
        # than everything else here.)
        if "http" in text:
            text = _URL.sub(" ", text)
        if "@" in text:
            text = _MAIL.sub(" ", text)
        if any(mark in text for mark in self._marks):
            text = self._vietnamese(text)
        text = text[:max_chars]
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        # Detector.cleaning_text: a text mostly in another script loses its Latin letters. (Its
        # exception for Latin Extended Additional compares a block number with a block name,
        # so it never applies: those letters count as non-Latin here too.)
        latin = (codes >= 0x41) & (codes <= 0x7A)
        if 2 * int(latin.sum()) < int((codes >= 0x300).sum()):
            codes = codes[~latin]
        bmp = codes < 0x10000
        if bmp.all():
            codes = self._normal[codes]
            upper = self._upper[codes]
        else:  # NGram.normalize keeps characters beyond the BMP; their case is looked up one by one
            codes = np.where(bmp, self._normal[np.where(bmp, codes, 0)], codes)
            upper = np.array([chr(c).isupper() for c in codes.tolist()], dtype=bool)
        # NGram's buffer starts as one space and never holds two in a row.
        codes = np.concatenate(([_SPACE], codes))
        upper = np.concatenate(([False], upper))
        space = codes == _SPACE
        keep = np.ones(len(codes), dtype=bool)
        keep[1:] = ~(space[1:] & space[:-1])
        codes, upper, space = codes[keep], upper[keep], space[keep]
        return codes, upper, space

    def ngram_counts(self, text: str, max_chars: int) -> tuple[np.ndarray, np.ndarray]:
        """The n-grams langdetect samples from `text`: their profile rows (distinct) and how often each occurs."""
        grams = _grams(*self._buffer(text, max_chars))
        # each distinct n-gram looked up once (sorted needles, a fifth as many)
        keys, counts = np.unique(grams[grams >= 0], return_counts=True)
        found = self._found(keys)
        known = found >= 0
        return found[known], counts[known]

    def ngram_sequence(self, text: str, max_chars: int) -> np.ndarray:
        """The n-grams langdetect samples from `text` as packed keys, in its order (`Detector._extract_ngrams`:
        each character's 1-, 2- and 3-gram in turn, those some profile has)."""
        keys = _grams(*self._buffer(text, max_chars)).ravel()
        keys = keys[keys >= 0]
        return keys[self._found(keys) >= 0]

    def article(self, text: str, max_chars: int) -> ArticleScore | None:
        """The exact posterior of langdetect's model for `text`; None when it has no n-grams."""
        rows, counts = self.ngram_counts(text, max_chars)
        n = int(counts.sum())
        if n == 0:
            return None
        counts = counts.astype(np.float64)
        logs = self._log[rows].astype(np.float64)
        sums = counts @ logs
        best = int(sums.argmax())
        lead = sums[best] - sums
        # The walks sample n-grams with replacement; each step adds one n-gram's lead of `best`
        # over a rival. A walk with drift mu and variance v per step that must travel E either
        # way ends at the rival with probability about 1 / (1 + exp(2 E mu / v)).
        squares = counts @ (logs * logs)
        cross = (counts * logs[:, best]) @ logs
        mean = lead / n
        variance = (squares[best] - 2 * cross + squares) / n - mean * mean
        rivals = np.arange(len(sums)) != best
        safety = 2 * self._walk_evidence * mean[rivals] / np.maximum(variance[rivals], 1e-12)
        margin = float(np.partition(lead, 1)[1])
        probability = 1.0 / float(np.exp(-lead).sum())
        return ArticleScore(self.languages[best], probability, margin, float(safety.min()), n)

    # ------------------------------------------------------------------ the paragraph check

    def shares(self, texts: list[str], language: str, sample_chars: int) -> list[float | None]:
        """Tempered posterior weight of `language` per text, from the lower-cased word trigrams of
        its first `sample_chars`; None when `language` has no profile or a text has < 10 known trigrams."""
        index = self._index.get(language)
        if index is None:
            return [None] * len(texts)
        # One string of every text's sample, NUL-separated: a trigram touching a NUL spans two
        # texts and matches no profile (one starting with it would read as a bigram: masked).
        joined = "\0".join(" " + " ".join(_WORD.findall(t[:sample_chars].lower())) + " " for t in texts)
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        keys = np.where(codes[:-2] == 0, -1, codes[:-2] << 42 | codes[1:-1] << 21 | codes[2:])
        owner = np.cumsum(codes == 0)[:-2]       # which text each trigram starts in
        found = self._found(keys)
        hit = found >= 0
        counts = np.bincount(owner[hit], minlength=len(texts))
        enough = counts >= 10
        if not enough.any():
            return [None] * len(texts)
        keep = hit & enough[owner]
        rows = self._log[found[keep]].astype(np.float64)
        starts = np.concatenate(([0], np.cumsum(counts[enough])[:-1]))
        scores = np.add.reduceat(rows, starts, axis=0)
        # Naive Bayes over hundreds of overlapping n-grams is wildly overconfident; temper it
        # so the posterior reads as a confidence rather than always 0 or 1.
        scores = (scores - scores.max(axis=1, keepdims=True)) / np.maximum(1.0, counts[enough] / 20)[:, None]
        weights = np.exp(scores)
        share = iter((weights[:, index] / weights.sum(axis=1)).tolist())
        return [next(share) if ok else None for ok in enough.tolist()]

    # ------------------------------------------------------------------ profile rows

    def _found(self, keys: np.ndarray) -> np.ndarray:
        """Row of each key, -1 where no profile has that n-gram."""
        found = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        return np.where(self._keys[found] == keys, found, -1)


def _grams(codes: np.ndarray, upper: np.ndarray, space: np.ndarray) -> np.ndarray:
    """The n-grams langdetect's buffer emits at each character after the first (`ProfileScorer._buffer`),
    as packed keys: row k holds the 1-, 2- and 3-gram ending at character k + 1, -1 where it emits none."""
    # A capital right after a capital (inside an acronym) yields no n-grams at all.
    emits = ~(upper[1:] & upper[:-1])
    last = codes[1:]
    grams = np.full((len(last), 3), -1, dtype=np.int64)
    grams[:, 0] = np.where(emits & ~space[1:], last, -1)
    grams[:, 1] = np.where(emits, codes[:-1] << 21 | last, -1)
    # after a space the buffer restarts: no trigram has a space in the middle
    grams[1:, 2] = np.where(emits[1:] & ~space[1:-1], codes[:-2] << 42 | codes[1:-1] << 21 | codes[2:], -1)
    return grams


def gram_text(key: int) -> str:
    """A packed n-gram's characters."""
    return "".join(chr(c) for c in (key >> 42, key >> 21 & 0x1FFFFF, key & 0x1FFFFF) if c)


def _from_profiles(profile_dir: str, names: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(languages, sorted packed n-grams, log(1 + p / smoothing) per n-gram and language) from the files."""
    grams: list[str] = []
    probs, langs = [], []
    languages: list[str] = []
    for i, name in enumerate(names):
        with open(os.path.join(profile_dir, name), encoding="utf-8") as f:
            profile = json.load(f)
        freq = profile["freq"]
        languages.append(profile["name"])
        grams += freq
        counts = np.fromiter(freq.values(), dtype=np.float64, count=len(freq))
        lengths = np.fromiter(map(len, freq), dtype=np.int64, count=len(freq))
        # the probability langdetect's DetectorFactory.add_profile computes
        probs.append(counts / np.asarray(profile["n_words"], dtype=np.float64)[lengths - 1])
        langs.append(np.full(len(freq), i, dtype=np.int64))
    keys, row = np.unique(_packed(grams), return_inverse=True)
    # float32 halves the memory (19 MB); sums are taken in float64
    log = np.zeros((len(keys), len(languages)), dtype=np.float32)
    log[row, np.concatenate(langs)] = np.log1p(np.concatenate(probs) / _SMOOTHING)
    return languages, keys, log


# Reading the 55 JSON profiles into arrays costs about 0.1 s of CPU in every process that scores
# (each `--workers N` worker, each `watch` tick); the arrays are kept in the user's cache folder
# (the one newsbeam.transforms.regex_cache uses) and mapped read-only, so worker processes also share their
# pages. Keyed by the profile files' names, sizes and times and by this layout; anything unexpected
# (a read-only home, a damaged entry) falls back to reading the profiles. Deleting it is always safe.
_CACHE_LAYOUT = "scorer-arrays-1"


def _cache_folder(profile_dir: str, names: list[str]) -> str | None:
    try:
        stats = [(n, st.st_size, st.st_mtime_ns) for n in names for st in [os.stat(os.path.join(profile_dir, n))]]
    except OSError:
        return None
    key = hashlib.sha256(json.dumps([_CACHE_LAYOUT, np.__version__, profile_dir, stats]).encode()).hexdigest()
    return os.path.join(cache_root(), "language", key[:32])


def _load_cached(folder: str) -> tuple[list[str], np.ndarray, np.ndarray] | None:
    try:
        with open(os.path.join(folder, "languages.json"), encoding="utf-8") as f:
            languages = json.load(f)
        keys = np.load(os.path.join(folder, "keys.npy"), mmap_mode="r")
        log = np.load(os.path.join(folder, "log.npy"), mmap_mode="r")
    except (OSError, ValueError):
        return None
    if log.shape != (len(keys), len(languages)) or log.dtype != np.float32 or keys.dtype != np.int64:
        return None
    mark_used(folder)
    return languages, keys, log


def _store(folder: str, languages: list[str], keys: np.ndarray, log: np.ndarray) -> None:
    """Write the entry whole or not at all: into a new folder, renamed into place (another process may race)."""
    prune(os.path.dirname(folder))   # (a new entry: other installs or profiles may have left old ones)
    try:
        os.makedirs(os.path.dirname(folder), exist_ok=True)
        tmp = tempfile.mkdtemp(dir=os.path.dirname(folder), prefix=".tmp-")
    except OSError:  # a read-only home: read the profiles every time, as without the cache
        return
    try:
        np.save(os.path.join(tmp, "keys.npy"), keys)
        np.save(os.path.join(tmp, "log.npy"), log)
        with open(os.path.join(tmp, "languages.json"), "w", encoding="utf-8") as f:
            json.dump(languages, f)
        os.rename(tmp, folder)
    except OSError:  # a full disk, or another process stored it first
        shutil.rmtree(tmp, ignore_errors=True)


def _packed(grams: list[str]) -> np.ndarray:
    """One int64 per n-gram of 1-3 characters: (c1 << 42 | c2 << 21 | c3), zeros in front when shorter."""
    padded = "".join(g.rjust(3, "\0") for g in grams)
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.int64).reshape(-1, 3)
    return codes[:, 0] << 42 | codes[:, 1] << 21 | codes[:, 2]


def _normalisation_table(ngram) -> np.ndarray:
    """NGram.normalize for every BMP code point, as an array (its rules, block by block)."""
    from langdetect.utils import unicode_block as ub

    blocks = {name: (start, end) for name, start, end in ub._unicode_blocks}
    table = np.arange(0x10000, dtype=np.int64)

    def block(name, first=None):
        start, end = blocks[name]
        return slice(first or start, end + 1)

    ascii_ = table[:0x80]
    ascii_[~(((ascii_ >= 0x41) & (ascii_ <= 0x5A)) | ((ascii_ >= 0x61) & (ascii_ <= 0x7A)))] = _SPACE
    for ch in ngram.LATIN1_EXCLUDED:
        table[ord(ch)] = _SPACE
    table[0x219], table[0x21B] = 0x15F, 0x163      # Romanian comma below -> cedilla
    table[block(ub.UNICODE_GENERAL_PUNCTUATION)] = _SPACE
    table[0x6CC] = 0x64A                            # Farsi yeh -> Arabic yeh
    table[block(ub.UNICODE_LATIN_EXTENDED_ADDITIONAL, 0x1EA0)] = 0x1EC3
    table[block(ub.UNICODE_HIRAGANA)] = 0x3042
    table[block(ub.UNICODE_KATAKANA)] = 0x30A2
    table[block(ub.UNICODE_BOPOMOFO)] = 0x3105
    table[block(ub.UNICODE_BOPOMOFO_EXTENDED)] = 0x3105
    cjk = blocks[ub.UNICODE_CJK_UNIFIED_IDEOGRAPHS]
    for ch, representative in ngram.CJK_MAP.items():
        if cjk[0] <= ord(ch) <= cjk[1]:
            table[ord(ch)] = ord(representative)
    table[block(ub.UNICODE_HANGUL_SYLLABLES)] = 0xAC00
    return table
