"""Language of an article (langdetect) and of each of its paragraphs.

Article language is one langdetect detection, seeded so every worker process agrees.
Paragraph language would cost one full detection per paragraph; instead each paragraph is
scored in one vectorised pass against langdetect's own n-gram profiles (naive Bayes over
its trigrams and bigrams), and only a paragraph that disagrees with its article is given a
full langdetect detection. Mixed-language articles keep their foreign paragraphs; ordinary
ones pay a fraction of a millisecond.

Scripts langdetect has no profile for (Georgian, Armenian, ...) are named by script, since
langdetect would otherwise force them into some profiled language (Georgian -> Estonian).
"""
from __future__ import annotations

import dataclasses
import re
import threading

from transforms.article import Article, Paragraph
from transforms.stage import ArticleStage

__all__ = ["UNDETERMINED", "LanguageDetector", "detect_language", "add_languages", "DetectLanguage"]

UNDETERMINED = "und"
SEED = 0
# langdetect reads up to 10,000 characters; the first 2,000 decide the same language on both
# evaluation sets (multinews articles, web sentences) at about two thirds of the cost.
_DETECT_CHARS = 2000
# Below this many characters a paragraph says too little to disagree with its article.
MIN_PARAGRAPH_CHARS = 60
# A paragraph's language shows in its first few hundred characters; scoring more costs
# time and changes nothing.
_SAMPLE_CHARS = 250
# A paragraph is re-checked with full langdetect only when the article language's share of
# the n-gram evidence falls below this.
_AGREEMENT = 0.5

# Writing systems used (almost) only by one language that langdetect has no profile for.
_SCRIPT_LANGUAGES = {
    "ka": "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f",   # Georgian
    "hy": "\u0530-\u058f\ufb13-\ufb17",                # Armenian
    "am": "\u1200-\u139f\u2d80-\u2ddf",                # Ethiopic (Amharic is the main user)
    "km": "\u1780-\u17ff\u19e0-\u19ff",                # Khmer
    "lo": "\u0e80-\u0eff",                             # Lao
    "my": "\u1000-\u109f",                             # Myanmar
    "si": "\u0d80-\u0dff",                             # Sinhala
    "bo": "\u0f00-\u0fff",                             # Tibetan
    "dv": "\u0780-\u07bf",                             # Thaana
    "or": "\u0b00-\u0b7f",                             # Oriya
}
_UNPROFILED = re.compile("[" + "".join(_SCRIPT_LANGUAGES.values()) + "]")
_BY_SCRIPT = [(lang, re.compile(f"[{chars}]")) for lang, chars in _SCRIPT_LANGUAGES.items()]
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")


def _script_language(text: str) -> str | None:
    """The language of an unprofiled script when such letters are the majority of `text`'s."""
    if not _UNPROFILED.search(text):  # the common case: one scan, no allocation
        return None
    if len(_UNPROFILED.findall(text)) * 2 <= len(_LETTER.findall(text)):
        return None
    return max(_BY_SCRIPT, key=lambda lp: len(lp[1].findall(text)))[0]


class LanguageDetector:
    """langdetect with its profiles loaded once per process and a fixed seed.

    Not thread-safe per instance (langdetect's Detector is not); use one per worker thread.
    """

    def __init__(self) -> None:
        from langdetect import DetectorFactory
        from langdetect import detector_factory

        # langdetect's seed is a class attribute read by every Detector it creates: set it in
        # each process, or workers sample differently and disagree on borderline texts.
        DetectorFactory.seed = SEED
        detector_factory.init_factory()
        self._factory = detector_factory._factory
        self._profiles = None  # built on first paragraph use: articles-only callers skip it

    def detect(self, text: str) -> tuple[str, float]:
        """(language, probability) of `text`; ('und', 0.0) when it has no usable letters."""
        from langdetect.lang_detect_exception import LangDetectException

        if not _LETTER.search(text):
            return UNDETERMINED, 0.0
        script_lang = _script_language(text)
        if script_lang:
            return script_lang, 1.0
        detector = self._factory.create()
        detector.set_max_text_length(_DETECT_CHARS)
        detector.append(text)
        try:
            best = detector.get_probabilities()
        except LangDetectException:
            return UNDETERMINED, 0.0
        if not best:
            return UNDETERMINED, 0.0
        return best[0].lang, round(float(best[0].prob), 6)

    def paragraph_languages(self, text: str, paragraphs: tuple[Paragraph, ...],
                            article_language: str, article_probability: float) -> list[tuple[str, float]]:
        """(language, probability) per paragraph, detecting fully only where a paragraph disagrees."""
        out: list[tuple[str, float] | None] = []
        to_score: list[tuple[int, str]] = []  # (position in out, paragraph text)
        for p in paragraphs:
            chunk = text[p.char_start:p.char_end]
            if not _LETTER.search(chunk):
                out.append((UNDETERMINED, 0.0))
            elif p.char_end - p.char_start < MIN_PARAGRAPH_CHARS or article_language == UNDETERMINED:
                out.append((article_language, article_probability))
            else:
                script_lang = _script_language(chunk)
                if script_lang or article_language in _SCRIPT_LANGUAGES:
                    out.append((script_lang, 1.0) if script_lang else self.detect(chunk))
                else:
                    to_score.append((len(out), chunk))
                    out.append(None)
        if to_score:
            shares = self._ngram_profiles().shares([chunk for _, chunk in to_score], article_language)
            for (i, chunk), share in zip(to_score, shares):
                if share is None or share >= _AGREEMENT:
                    out[i] = (article_language, round(share if share is not None else article_probability, 6))
                else:
                    out[i] = self.detect(chunk)
        return out

    def _ngram_profiles(self) -> "_NgramProfiles":
        if self._profiles is None:
            self._profiles = _NgramProfiles(self._factory)
        return self._profiles


class _NgramProfiles:
    """langdetect's trigram probabilities as one log-probability matrix (trigrams x languages).

    Scoring is vectorised over all of an article's paragraphs at once: each trigram is packed
    into one integer (three code points of 21 bits) and looked up by binary search, so the
    per-paragraph cost is a few array operations rather than hundreds of dict lookups.
    """

    def __init__(self, factory) -> None:
        import numpy as np

        # Trigrams alone separate languages well enough to flag a disagreement, at a third
        # of the lookups; the full detection that follows a flag uses every n-gram.
        grams = sorted(g for g in factory.word_lang_prob_map if len(g) == 3)
        self._keys = _trigram_keys(np, np.array([[ord(c) for c in g] for g in grams], dtype=np.int64).T)
        order = np.argsort(self._keys)
        self._keys = self._keys[order]
        probs = np.array([factory.word_lang_prob_map[grams[i]] for i in order], dtype=np.float32)
        # The same additive smoothing langdetect applies (alpha / BASE_FREQ = 0.5 / 10000).
        self._log = np.log(probs + np.float32(5e-5))
        self._lang_index = {lang: i for i, lang in enumerate(factory.langlist)}
        self._np = np

    def shares(self, texts: list[str], language: str) -> list[float | None]:
        """Posterior weight of `language` among all profiles for each text; None if unknown or too short."""
        index = self._lang_index.get(language)
        if index is None:
            return [None] * len(texts)
        np = self._np
        # One string of every text's sample, NUL-separated: a trigram touching a NUL spans
        # two texts and matches no profile.
        joined = "\0".join(" " + " ".join(_WORD.findall(t[:_SAMPLE_CHARS].lower())) + " " for t in texts)
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        keys = _trigram_keys(np, (codes[:-2], codes[1:-1], codes[2:]))
        found = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        hit = self._keys[found] == keys
        owner = np.cumsum(codes == 0)[:-2]       # which text each trigram starts in
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


def _trigram_keys(np, columns):
    """Three code-point arrays (each < 2**21) -> one int64 key per trigram."""
    first, second, third = columns
    return (first << 42) | (second << 21) | third


_local = threading.local()


def _detector() -> LanguageDetector:
    detector = getattr(_local, "detector", None)
    if detector is None:
        detector = _local.detector = LanguageDetector()
    return detector


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of `text`; ('und', 0.0) when it has no usable letters."""
    return _detector().detect(text)


def add_languages(article: Article) -> Article:
    """Article and paragraph languages (paragraphs must already be split)."""
    detector = _detector()
    language, probability = detector.detect(article.text)
    per_paragraph = detector.paragraph_languages(article.text, article.paragraphs, language, probability)
    paragraphs = tuple(dataclasses.replace(p, language=lang, language_probability=prob)
                       for p, (lang, prob) in zip(article.paragraphs, per_paragraph))
    return dataclasses.replace(article, language=language, language_probability=probability, paragraphs=paragraphs)


class DetectLanguage(ArticleStage):
    """Article (with paragraphs) -> Article with article and paragraph languages."""

    stage = "language"

    def article_fn(self):
        return add_languages
