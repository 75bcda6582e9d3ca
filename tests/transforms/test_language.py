import json

import pytest

from newsbeam.transforms.article import Article
from newsbeam.transforms.language import add_languages, detect_language
from newsbeam.transforms.paragraphs import add_paragraphs
from newsbeam.transforms.rows import article_rows
from newsbeam.transforms.sources import parse_jsonl_line
from newsbeam_dev.evaluation import evaluate, read_jsonl, require_shared, write_gold_slice, write_table


@pytest.mark.parametrize("text, lang", [
    ("The government announced on Monday that the new budget would include more money for schools.", "en"),
    ("Le gouvernement a annoncé lundi que le nouveau budget prévoirait davantage d'argent pour les écoles.", "fr"),
    ("Die Regierung kündigte am Montag an, dass der neue Haushalt mehr Geld für Schulen vorsehe.", "de"),
    ("Правительство объявило в понедельник, что новый бюджет предусматривает больше денег для школ.", "ru"),
    ("Rząd ogłosił w poniedziałek, że nowy budżet przewiduje więcej pieniędzy dla szkół.", "pl"),
])
def test_languages(text, lang):
    got, probability = detect_language(text)
    assert got == lang and 0.5 < probability <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "12345 67.8 %", "!!! ??? ... ---", "☺☺☺ 2024"])
def test_no_letters_is_undetermined_never_an_exception(text):
    assert detect_language(text) == ("und", 0.0)


def test_scripts_without_a_langdetect_profile_are_not_called_something_else():
    georgian = "საქართველოს მთავრობამ ორშაბათს გამოაცხადა, რომ ახალი ბიუჯეტი სკოლებს მეტ თანხას გამოუყოფს."
    armenian = "Կառավարությունը երկուշաբթի հայտարարեց, որ նոր բյուջեն ավելի շատ գումար կհատկացնի դպրոցներին։"
    assert detect_language(georgian) == ("ka", 1.0)
    assert detect_language(armenian) == ("hy", 1.0)


def test_detection_is_deterministic():
    text = "Ok, ja, nee."  # short and ambiguous: unseeded langdetect answers differently run to run
    assert len({detect_language(text) for _ in range(5)}) == 1


def _article(text):
    return add_languages(add_paragraphs(Article("a", "a.txt", text, "utf-8", "sha")))


def test_paragraph_languages_find_the_foreign_paragraph():
    a = _article(
        "The minister spoke to reporters on Monday about the budget plan and what it means for schools.\n\n"
        "Le ministre a déclaré que le gouvernement ne reculera pas devant les syndicats et que la réforme passera.\n\n"
        "He added that the opposition had not offered any alternative proposals during the long debate.\n\n"
        "Ok.")
    assert a.language == "en"
    assert [p.language for p in a.paragraphs] == ["en", "fr", "en", "en"]  # too short to judge: the article's
    assert all(0 < p.language_probability <= 1 for p in a.paragraphs)


def test_paragraph_without_letters_is_undetermined():
    a = _article("A long enough English paragraph about the elections and the results in the capital city.\n\n2024 — 17:30")
    assert [p.language for p in a.paragraphs] == ["en", "und"]


# Floors just under the accuracy on these slices (every 10th sentence: 0.9817 of 1,040; every
# 12th multinews article: 1.0 of 124); the whole sets score 0.9802 and 1.0000.
LANG_FLOORS = {"lang-sentences": 0.975, "lang-multinews": 0.99}


@pytest.mark.quality
@pytest.mark.parametrize("name", sorted(LANG_FLOORS))
def test_gold_language_slices_do_not_regress(name, tmp_path):
    gold_dir = require_shared() / "eval" / name
    articles = read_jsonl(gold_dir / "articles.jsonl")[::10 if name == "lang-sentences" else 12]
    sliced = write_gold_slice(gold_dir, tmp_path / "gold", {a["id"] for a in articles})
    rows = []
    for line_no, record in enumerate(articles, 1):
        article, _ = parse_jsonl_line("gold.jsonl", line_no, json.dumps(record).encode())
        rows += article_rows(add_languages(add_paragraphs(article)), "test-run")["articles"]
    write_table(tmp_path / "out", "articles", rows)
    res = evaluate("lang", sliced, tmp_path / "out")
    assert res["missing_rows"] == 0 and res["accuracy"] >= LANG_FLOORS[name], res


# ---------------------------------------------------------------- the cascade

from collections import Counter  # noqa: E402

from newsbeam.transforms.language import LanguageDetector, decide_language  # noqa: E402
from newsbeam.transforms.language_scorer import ProfileScorer  # noqa: E402


@pytest.fixture(scope="module")
def scorer():
    return ProfileScorer()


@pytest.fixture(scope="module")
def factory():
    from langdetect import detector_factory
    detector_factory.init_factory()
    return detector_factory._factory


def _gram(key: int) -> str:
    return "".join(chr(c) for c in (key >> 42, key >> 21 & 0x1FFFFF, key & 0x1FFFFF) if c)


# Each exercises one of langdetect's rules: acronyms, links and addresses, punctuation blocks,
# Latin-1 exclusions, Romanian commas, Vietnamese combining marks, CJK / kana / Hangul classes,
# Farsi yeh, a Cyrillic text shedding its few Latin letters, characters beyond the BMP, runs of
# spaces, and a text longer than the detector reads.
NGRAM_CASES = [
    "NATO and the UN met the McDonald family in the EU capital, said BBC News.",
    "See https://example.org/a?b=c&d=e or write to press.office@example.org — “today”…",
    "Prix « spécial » : 20 °C\u00a0au marché, dit-elle ; l'été dernier…",
    "Guvernul a anunțat că școlile și spitalele vor primi fonduri.",
    "Nhà ga Hà Nội mở cửa vào sáng thứ Hai",
    "東京都は月曜日に新しい予算を発表しました。カタカナもひらがなも。서울시는 새 예산을 발표했다.",
    "این یک متن فارسی است که ی دارد",
    "Правительство объявило о бюджете для школ, сказал Reuters в понедельник.",
    "Math 𝐀𝐁𝐂 and emoji 😀 in a 𝒮entence\twith  many   spaces\n\nand lines.",
    "Le gouvernement a annoncé lundi un nouveau budget pour les écoles. " * 60,
    "A lone surrogate \ud800 from a JSON escape, and \udfff another, in English words.",
    "", "   ", "12 345", "A", "AB CD", "x",
]


@pytest.mark.parametrize("text", NGRAM_CASES)
def test_scorer_builds_exactly_the_ngrams_langdetect_samples(text, scorer, factory):
    detector = factory.create()
    detector.set_max_text_length(2000)
    detector.append(text)
    detector.cleaning_text()
    expected = Counter(detector._extract_ngrams())
    rows, counts = scorer.ngram_counts(text, 2000)
    got = Counter({_gram(int(scorer._keys[row])): int(n) for row, n in zip(rows.tolist(), counts.tolist())})
    assert got == expected


def test_character_normalisation_is_langdetects_for_every_bmp_code_point(scorer):
    from langdetect.utils.ngram import NGram
    expected = [ord(NGram.normalize(chr(c))) for c in range(0x10000)]
    assert scorer._normal.tolist() == expected


def test_profiles_and_constants_are_langdetects(scorer, factory):
    import numpy as np
    from langdetect.detector import Detector
    from newsbeam.transforms import language_scorer as ls

    assert (ls._URL.pattern, ls._MAIL.pattern) == (Detector.URL_RE.pattern, Detector.MAIL_RE.pattern)
    assert ls._SMOOTHING == Detector.ALPHA_DEFAULT / Detector.BASE_FREQ and ls._CONVERGED == Detector.CONV_THRESHOLD
    assert sorted(scorer.languages) == sorted(factory.langlist)
    grams = [g for g in factory.word_lang_prob_map if 1 <= len(g) <= 3]
    rows = np.searchsorted(scorer._keys, ls._packed(grams))
    columns = [scorer.languages.index(lang) for lang in factory.langlist]
    expected = np.log1p(np.array([factory.word_lang_prob_map[g] for g in grams]) / ls._SMOOTHING)
    assert len(grams) == len(scorer._keys)
    assert np.allclose(scorer._log[rows][:, columns], expected, rtol=1e-6, atol=0)


CLEAR = [
    ("en", "The council approved the new budget on Tuesday after a long debate about schools, "
           "roads and the price of public transport in the northern districts of the city."),
    ("de", "Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und die "
           "Preise im öffentlichen Nahverkehr den neuen Haushalt beschlossen."),
    ("es", "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las "
           "escuelas, las carreteras y el precio del transporte público."),
    ("it", "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito "
           "sulle scuole, sulle strade e sul prezzo dei trasporti pubblici."),
    ("pl", "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie o szkołach, drogach "
           "i cenach biletów komunikacji miejskiej w północnych dzielnicach."),
    ("ru", "Городской совет во вторник утвердил новый бюджет после долгих споров о школах, "
           "дорогах и ценах на общественный транспорт в северных районах."),
]


@pytest.mark.parametrize("language, text", CLEAR)
def test_clear_articles_are_decided_without_langdetect_and_as_langdetect_would(language, text):
    decision = decide_language(text)
    assert decision == (language, 1.0, "profiles")
    assert decide_language(text, "langdetect")[:1] == (language,)


@pytest.mark.parametrize("text", [
    "Ok, ja, nee.",                                            # short and ambiguous
    "Norsk eller dansk? Det er ikke lett å si.",                # close relatives
    # half one language, half another: the full sum is sure, langdetect's sampling is not
    CLEAR[0][1] + " " + CLEAR[1][1],
    CLEAR[2][1][:90] + " " + CLEAR[5][1][:90],
])
def test_short_close_and_mixed_texts_are_left_to_langdetect(text):
    decision = decide_language(text)
    assert decision.method == "langdetect"
    assert decision[:2] == decide_language(text, "langdetect")[:2]


def test_text_with_lone_surrogates_is_decided_like_any_other():
    # json.loads turns a "\\ud800" escape into a lone surrogate: such text reaches this stage
    article = _article(CLEAR[0][1] + " \ud800\n\n" + CLEAR[0][1] + " \udfff " + CLEAR[0][1])
    assert (article.language, article.language_method) == ("en", "profiles")
    assert [p.language for p in article.paragraphs] == ["en", "en"]


def test_the_deciding_path_is_recorded_and_langdetect_can_be_forced():
    from newsbeam.transforms.language import add_languages as add
    text = CLEAR[0][1]
    article = add_paragraphs(Article("a", "a.txt", text, "utf-8", "sha"))
    assert add(article).language_method == "profiles"
    forced = add(article, method="langdetect")
    assert (forced.language, forced.language_method) == ("en", "langdetect")
    assert 0.99 < forced.language_probability <= 1.0
    assert article_rows(forced, "r")["articles"][0]["language_method"] == "langdetect"
    assert decide_language("2024 — 17:30") == ("und", 0.0, None)
    assert decide_language("საქართველოს მთავრობამ ორშაბათს გამოაცხადა ახალი ბიუჯეტი.").method == "script"
    with pytest.raises(ValueError, match="cascade, langdetect"):
        decide_language(text, "fast")


def test_langdetects_own_profiles_load_only_when_langdetect_is_needed():
    detector = LanguageDetector()
    detector.decide(CLEAR[1][1])
    assert detector._factory is None
    detector.decide("Ok, ja, nee.")
    assert detector._factory is not None


def test_language_method_setting():
    from newsbeam.pipeline.config import ConfigError, load_config
    assert load_config().language.method == "cascade"
    assert load_config(overrides={"language.method": "langdetect"}).language.method == "langdetect"
    with pytest.raises(ConfigError, match="language.method must be one of cascade, langdetect"):
        load_config(overrides={"language.method": "fast"})


def test_run_records_the_method_and_the_setting_forces_langdetect(tmp_path):
    import pyarrow.parquet as pq
    from newsbeam.pipeline.cli.main import main
    (tmp_path / "in").mkdir()
    for i, (_, text) in enumerate(CLEAR[:2]):
        (tmp_path / "in" / f"{i}.txt").write_text(f"Title {i}\n\n{text}\n", encoding="utf-8")
    methods = {}
    for method in ("cascade", "langdetect"):
        out = tmp_path / method
        assert main(["run", str(tmp_path / "in" / "*.txt"), "-o", str(out), "--set", f"language.method={method}"]) == 0
        table = pq.read_table(sorted((out / "articles").rglob("*.parquet"))).to_pylist()
        methods[method] = sorted((r["language"], r["language_method"]) for r in table)
    assert methods == {"cascade": [("de", "profiles"), ("en", "profiles")],
                       "langdetect": [("de", "langdetect"), ("en", "langdetect")]}


def test_cascade_decides_gold_articles_as_langdetect_does():
    """Every 16th BBC and multinews article: same language as langdetect alone, and almost all
    decided without it (what makes the cascade fast)."""
    from newsbeam_dev.corpus import parsed_source
    shared = require_shared()
    parsed = (parsed_source(p) for p in sorted((shared / "corpora" / "bbc").glob("*/*.txt"))[::16])
    texts = [p[2] for p in parsed if p is not None]
    texts += [a["text"] for a in read_jsonl(shared / "eval" / "lang-multinews" / "articles.jsonl")[::16]]
    decisions = [(decide_language(t), decide_language(t, "langdetect")) for t in texts]
    assert all(cascade[:1] == alone[:1] for cascade, alone in decisions)
    by_profiles = sum(cascade.method == "profiles" for cascade, _ in decisions) / len(decisions)
    assert by_profiles > 0.95, by_profiles


# --- langdetect's walks on arrays (`newsbeam.transforms.language._seeded_walks`): its own result, bit for bit

from newsbeam.transforms.language import _seeded_walks, _walks_on_arrays  # noqa: E402

# Invented: short, mixed, close and long texts (langdetect's walks end early, late, or at the step limit).
WALK_CASES = NGRAM_CASES + [
    "Ja, nein, vielleicht.",
    "Bonjour, she said, und dann ging er nach Hause por la tarde.",
    "Il sindaco ha detto che il ponte riaprirà a marzo, ma i lavori non sono finiti.",
    "Burmistrz powiedział, że most zostanie otwarty w marcu.",
    "El alcalde dijo que el puente reabrirá en marzo. The works are not finished.",
    "Мэр сказал, что мост откроют в марте. Der Bürgermeister widersprach.",
    "ok " * 400,
]


def _detector_for(factory, text):
    detector = factory.create()
    detector.set_max_text_length(2000)
    detector.append(text)
    return detector


def _walk_outcome(run, detector):
    try:
        run(detector)
    except Exception as e:  # noqa: BLE001 - both sides must fail alike (a text with no n-gram)
        return type(e), str(e)
    return detector.langprob


@pytest.mark.parametrize("text", WALK_CASES)
def test_scorer_lists_the_ngrams_in_langdetects_sampling_order(text, scorer, factory):
    detector = _detector_for(factory, text)
    detector.cleaning_text()
    assert [_gram(k) for k in scorer.ngram_sequence(text, 2000).tolist()] == detector._extract_ngrams()


def _ours(scorer, factory, text):
    detector = factory.create()
    detector.set_max_text_length(2000)
    assert _walks_on_arrays(detector)
    return _walk_outcome(lambda d: _seeded_walks(d, scorer.ngram_sequence(text, 2000)), detector)


@pytest.mark.parametrize("text", WALK_CASES)
def test_walks_on_arrays_give_langdetects_own_probabilities_bit_for_bit(text, scorer, factory):
    from langdetect import DetectorFactory
    DetectorFactory.seed = 0
    expected = _walk_outcome(lambda d: d._detect_block(), _detector_for(factory, text))
    assert _ours(scorer, factory, text) == expected   # floats compared exactly


def test_walks_on_arrays_give_way_to_langdetect_for_options_they_do_not_follow(factory):
    detector = _detector_for(factory, "Le maire a dit que le pont rouvrira en mars.")
    detector.set_prior_map({"fr": 0.5, "en": 0.5})
    assert not _walks_on_arrays(detector)


def test_walks_on_arrays_match_langdetect_on_shared_paragraphs(scorer, factory):
    """Slices of every 60th BBC and multinews article (paragraph-sized, as the paragraph check
    hands langdetect): the same probabilities as langdetect's own walks."""
    import random
    from langdetect import DetectorFactory
    shared = require_shared()
    files = sorted((shared / "corpora" / "bbc").glob("*/*.txt"))[::60]
    files += sorted((shared / "corpora" / "multinews").glob("*/semeval2023t3/*/article*.txt"))[::60]
    pick = random.Random(7)
    DetectorFactory.seed = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        start = pick.randrange(len(text))
        chunk = text[start:start + pick.choice((40, 120, 400))]
        expected = _walk_outcome(lambda d: d._detect_block(), _detector_for(factory, chunk))
        assert _ours(scorer, factory, chunk) == expected, path.name
