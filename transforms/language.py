"""Language of an article and of each of its paragraphs, by langdetect's profiles.

An article's language is decided by a cascade. First, langdetect's own model (its n-grams,
its profiles, its naive Bayes) is computed exactly and vectorised (`newsbeam.transforms.language_scorer`);
when that posterior is clear *and* langdetect's random sampling could not plausibly end
anywhere else, its answer is taken: a fraction of a millisecond. Every other text (short,
mixed, close) gets langdetect's own seeded detection, as every text did before. On each of the
47,402 texts `benchmarks/eval_language.py` tries (articles, sentences, single paragraphs and
two-language texts) the cascade names the language langdetect alone names.
`method="langdetect"` runs langdetect wherever the cascade would run.

Paragraph language would cost one full detection per paragraph; instead each paragraph is
scored in one vectorised pass against the same profiles, and only a paragraph that disagrees
with its article is given a full detection (by the same method). Mixed-language articles keep
their foreign paragraphs; ordinary ones pay a fraction of a millisecond.

Scripts langdetect has no profile for (Georgian, Armenian, ...) are named by script, since
langdetect would otherwise force them into some profiled language (Georgian -> Estonian).
"""
from __future__ import annotations

import dataclasses
import random
import re
import threading
from typing import NamedTuple

import numpy as np

from newsbeam.transforms.article import Article, Paragraph
from newsbeam.transforms.fields import LANGUAGE_METHODS

__all__ = ["UNDETERMINED", "METHODS", "LanguageDecision", "LanguageDetector", "decide_language",
           "detect_language", "add_languages", "check_language_options"]

UNDETERMINED = "und"
SEED = 0
METHODS = LANGUAGE_METHODS

# The cascade takes the exact posterior's answer only when it leads the runner-up by this much
# log-likelihood (posterior >= 1 - 54 e^-20, i.e. 1.0 to six places) ...
CLEAR_MARGIN = 20.0
# ... and when langdetect's sampling walks would end at a rival with odds below about e^-3 each
# (`ArticleScore.walk_safety`). On BBC, multinews, web sentences, their paragraphs and mixed-
# language texts, no text above 1.92 was decided differently by langdetect; see
# benchmarks/eval_language.py for the curve this was read from.
SAFE_WALK = 3.0
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


def _require_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"language method must be one of {', '.join(METHODS)}, got {method!r}")


def _script_language(text: str) -> str | None:
    """The language of an unprofiled script when such letters are the majority of `text`'s."""
    if text.isascii() or not _UNPROFILED.search(text):  # the common cases: O(1), or one scan
        return None
    if len(_UNPROFILED.findall(text)) * 2 <= len(_LETTER.findall(text)):
        return None
    return max(_BY_SCRIPT, key=lambda lp: len(lp[1].findall(text)))[0]


class LanguageDecision(NamedTuple):
    language: str
    probability: float
    method: str | None   # "profiles", "langdetect" or "script"; None when `language` is "und"


class LanguageDetector:
    """The cascade, langdetect and the paragraph check, sharing one process's profiles.

    langdetect's own profiles are loaded only when langdetect is first needed (a close call,
    or `method="langdetect"`): the vectorised scorer reads the same files into arrays.
    Not thread-safe per instance (langdetect's Detector is not); use one per worker thread.
    """

    def __init__(self) -> None:
        from langdetect import DetectorFactory

        # langdetect's seed is a class attribute read by every Detector it creates: set it in
        # each process, or workers sample differently and disagree on borderline texts.
        DetectorFactory.seed = SEED
        self._factory = None
        self._scorer = None

    def decide(self, text: str, method: str = "cascade") -> LanguageDecision:
        """An article's language, probability and the path that decided them."""
        _require_method(method)
        if not _LETTER.search(text):
            return LanguageDecision(UNDETERMINED, 0.0, None)
        script_lang = _script_language(text)
        if script_lang:
            return LanguageDecision(script_lang, 1.0, "script")
        if method == "cascade":
            score = self.scorer().article(text, _DETECT_CHARS)
            if score is not None and score.margin >= CLEAR_MARGIN and score.walk_safety >= SAFE_WALK:
                return LanguageDecision(score.language, round(score.probability, 6), "profiles")
        language, probability = self._langdetect(text)
        return LanguageDecision(language, probability, None if language == UNDETERMINED else "langdetect")

    def _langdetect(self, text: str) -> tuple[str, float]:
        from langdetect.lang_detect_exception import LangDetectException

        if self._factory is None:
            from langdetect import detector_factory

            detector_factory.init_factory()
            self._factory = detector_factory._factory
        detector = self._factory.create()
        detector.set_max_text_length(_DETECT_CHARS)
        try:
            if _walks_on_arrays(detector):
                _seeded_walks(detector, self.scorer().ngram_sequence(text, _DETECT_CHARS))
            else:
                detector.append(text)
            best = detector.get_probabilities()
        except LangDetectException:
            return UNDETERMINED, 0.0
        if not best:
            return UNDETERMINED, 0.0
        return best[0].lang, round(float(best[0].prob), 6)

    def paragraph_languages(self, text: str, paragraphs: tuple[Paragraph, ...], article_language: str,
                            article_probability: float, method: str = "cascade") -> list[tuple[str, float]]:
        """(language, probability) per paragraph, detecting fully (by `method`) only where a paragraph disagrees."""
        out: list[tuple[str, float] | None] = []
        to_score: list[tuple[int, str]] = []  # (position in out, paragraph text)
        # an article without a letter of an unprofiled script has no paragraph with one: one scan
        scripts = not text.isascii() and _UNPROFILED.search(text) is not None
        for p in paragraphs:
            chunk = text[p.char_start:p.char_end]
            if not _LETTER.search(chunk):
                out.append((UNDETERMINED, 0.0))
            elif p.char_end - p.char_start < MIN_PARAGRAPH_CHARS or article_language == UNDETERMINED:
                out.append((article_language, article_probability))
            else:
                script_lang = _script_language(chunk) if scripts else None
                if script_lang or article_language in _SCRIPT_LANGUAGES:
                    out.append((script_lang, 1.0) if script_lang else self.decide(chunk, method)[:2])
                else:
                    to_score.append((len(out), chunk))
                    out.append(None)
        if to_score:
            shares = self.scorer().shares([chunk for _, chunk in to_score], article_language, _SAMPLE_CHARS)
            for (i, chunk), share in zip(to_score, shares):
                if share is None or share >= _AGREEMENT:
                    out[i] = (article_language, round(share if share is not None else article_probability, 6))
                else:
                    out[i] = self.decide(chunk, method)[:2]
        return out

    def scorer(self):
        """The vectorised scorer over langdetect's profiles (built on first use, once per detector)."""
        if self._scorer is None:
            from newsbeam.transforms.language_scorer import ProfileScorer

            self._scorer = ProfileScorer()
        return self._scorer


def _walks_on_arrays(detector) -> bool:
    """Whether `_seeded_walks` can stand in for this Detector's own `_detect_block` (the langdetect
    1.0.x attributes it reads are there, and no option it leaves out is set)."""
    return (type(detector).__name__ == "Detector" and detector.langprob is None and detector.prior_map is None
            and not detector.verbose and detector.n_trial > 0 and not detector.text
            and isinstance(getattr(detector, "random", None), random.Random))


def _seeded_walks(detector, ngrams) -> None:
    """langdetect's `Detector._detect_block` on `ngrams` (`ProfileScorer.ngram_sequence`, the list it
    would sample from), with its per-n-gram step done on arrays; sets `detector.langprob`.

    langdetect reads its text one character at a time and multiplies the 55 languages'
    probabilities by one sampled n-gram's one float at a time: 7 walks of up to 1,000 steps, about
    40 ms for a paragraph. Here each run of steps between two tests is one array operation. The
    result is the same to the last bit: the same n-grams in the same order, the same random draws
    in the same order, and each language's value gets the same IEEE operations in the same order
    (an element-wise add, multiply and divide round as the scalar ones do; the sum runs left to
    right through Python's `sum`, as langdetect's does).
    """
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    from newsbeam.transforms.language_scorer import gram_text

    if not len(ngrams):
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    ngrams = ngrams.tolist()
    # The n-grams drawn get a row of one matrix on their first draw (a walk draws a few hundred
    # times from a text's thousand or so).
    word_probs = detector.word_lang_prob_map
    languages = len(detector.langlist)
    matrix = np.empty((len(ngrams), languages))
    row_of: dict[int, int] = {}
    langprob = np.zeros(languages)
    choice = detector.random.choice
    detector.random.seed(detector.seed)
    limit, converged, trials = detector.ITERATION_LIMIT, detector.CONV_THRESHOLD, detector.n_trial
    factors = np.empty((6, languages))   # row 0: the probabilities; rows 1-5: the steps' factors
    for _ in range(trials):
        factors[0] = 1.0 / languages
        alpha = detector.alpha + detector.random.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        # langdetect normalises and tests after step 0, 5, 10 ...: the steps between two tests draw
        # independently of the probabilities, so they are drawn first and multiplied in one by one
        # (a product over the first axis runs through the factors in order).
        i, steps = 0, 1
        while True:
            drawn = []
            for _ in range(steps):
                key = choice(ngrams)
                row = row_of.get(key)
                if row is None:
                    row = row_of[key] = len(row_of)
                    matrix[row] = word_probs[gram_text(key)]
                drawn.append(row)
            block = factors[:steps + 1]
            np.take(matrix, drawn, axis=0, out=block[1:])
            block[1:] += weight
            product = np.multiply.reduce(block, axis=0)
            values = product.tolist()
            total = sum(values)
            np.divide(product, total, out=factors[0])
            i += steps
            # (dividing by a positive number keeps the order: the greatest quotient is the greatest's)
            if max(values) / total > converged or i - 1 >= limit:
                break
            steps = 5
        langprob += factors[0] / trials
    detector.langprob = langprob.tolist()


_local = threading.local()


def _detector() -> LanguageDetector:
    detector = getattr(_local, "detector", None)
    if detector is None:
        detector = _local.detector = LanguageDetector()
    return detector


def decide_language(text: str, method: str = "cascade") -> LanguageDecision:
    """(ISO 639-1 code, probability, deciding path) of an article's `text`; see the module doc."""
    return _detector().decide(text, method)


def detect_language(text: str, method: str = "cascade") -> tuple[str, float]:
    """(ISO 639-1 code, probability) of `text`; ('und', 0.0) when it has no usable letters."""
    return _detector().decide(text, method)[:2]


_PARAGRAPH_FIELDS = tuple(f.name for f in dataclasses.fields(Paragraph))
_LANGUAGE_LAST = ("index", "char_start", "char_end", "n_words", "language", "language_probability")


def add_languages(article: Article, method: str = "cascade") -> Article:
    """Article and paragraph languages (paragraphs must already be split)."""
    detector = _detector()
    language, probability, decided_by = detector.decide(article.text, method)
    per_paragraph = detector.paragraph_languages(article.text, article.paragraphs, language, probability, method)
    if _PARAGRAPH_FIELDS == _LANGUAGE_LAST:  # (a paragraph made directly: `replace` walks the fields in Python)
        paragraphs = tuple(Paragraph(p.index, p.char_start, p.char_end, p.n_words, lang, prob)
                           for p, (lang, prob) in zip(article.paragraphs, per_paragraph))
    else:
        paragraphs = tuple(dataclasses.replace(p, language=lang, language_probability=prob)
                           for p, (lang, prob) in zip(article.paragraphs, per_paragraph))
    return dataclasses.replace(article, language=language, language_probability=probability,
                               language_method=decided_by, paragraphs=paragraphs)


def check_language_options(method: str = "cascade") -> None:
    """Raises ValueError for an unknown `method` (the language stage's option)."""
    _require_method(method)
