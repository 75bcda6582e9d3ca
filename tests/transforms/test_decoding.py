import codecs
import json

import pytest

from transforms.article import Article
from transforms.decoding import DecodeError, DecodingProfile, decode_bytes
from transforms.lang import SUPPORTED, profile
from transforms.sources import UNCERTAIN_ENCODING, read_source

# Invented sentences, each with the letters that tell its language's code pages apart.
POLISH = "Władze miasta ogłosiły, że remont mostu zakończy się w przyszłym tygodniu. Będą objazdy."
RUSSIAN = "Президент заявил, что переговоры продолжатся на следующей неделе в столице."
FRENCH = "« Nous sommes prêts », a déclaré le maire à la fin de la réunion, déjà très tard."
SPANISH = "El niño pequeño comió una manzana después de la reunión en Málaga, según su padre."
GERMAN = "Der Bürgermeister sagte, die Straße werde nächste Woche für den Verkehr geöffnet."


def test_utf8_plain_and_with_bom():
    assert decode_bytes("Grüße, “quoted”".encode()) == ("Grüße, “quoted”", "utf-8", None)
    assert decode_bytes(codecs.BOM_UTF8 + "Grüße".encode()) == ("Grüße", "utf-8-sig", None)


def test_utf16_with_bom():
    assert decode_bytes("Привет".encode("utf-16")) == ("Привет", "utf-16", None)
    # A private-use character (an icon font's glyph) or an emoji newer than Python's tables in a
    # text is no reason to call it binary.
    text = ("Ответ министерства пришёл в пятницу \ue001, через неделю после запроса редакции; "
            "в нём не было ни одной цифры из тех, что просили журналисты \U0001faff.")
    assert decode_bytes(text.encode("utf-16")).text == text


def test_stray_latin1_byte_in_english_text_is_windows_1252():
    data = "The transfer fee was £15.8m, a club record for the season.".encode("latin-1")
    assert decode_bytes(data) == ("The transfer fee was £15.8m, a club record for the season.", "cp1252", None)


@pytest.mark.parametrize("text, encoding, expected", [
    (POLISH, "cp1250", "cp1250"),
    (POLISH, "iso-8859-2", "iso-8859-2"),
    (RUSSIAN, "cp1251", "cp1251"),
    (RUSSIAN, "koi8-r", "koi8-r"),
    (RUSSIAN, "cp866", "cp866"),
    (FRENCH, "cp1252", "cp1252"),
    (SPANISH, "latin-1", "cp1252"),   # latin-1 bytes without 0x80-0x9F read the same as cp1252, its superset
    (GERMAN, "cp1252", "cp1252"),
])
def test_legacy_code_pages_are_read_as_the_text_they_were(text, encoding, expected):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert codecs.lookup(decoded.encoding).name == codecs.lookup(expected).name
    assert decoded.doubt is None


def test_polish_is_not_read_as_baltic_or_western():
    # Issue 15: `Władze` came out as `W³adze` (cp1257); the cp1250 letters must win.
    text = ("Władze miasta podpisały w poniedziałek umowę na remont mostu, który ma potrwać do końca "
            "przyszłego roku, a prace ruszą w marcu.")
    assert decode_bytes(text.encode("cp1250")) == (text, "cp1250", None)


def test_short_western_text_with_accents():
    # Issue 15: a short cp1252 text with accents was garbled by the statistical detector.
    assert decode_bytes("naïve déjà vu".encode("cp1252")).text == "naïve déjà vu"
    assert decode_bytes("Crème brûlée".encode("latin-1")).text == "Crème brûlée"


def test_a_pound_sign_stays_a_pound_sign_and_not_a_polish_letter():
    assert decode_bytes("Tickets cost £15 this year, up from £12.".encode("cp1252")).text.startswith("Tickets cost £15")


def test_a_guess_between_close_readings_is_flagged():
    decoded = decode_bytes("Ёж".encode("koi8-r"))   # two letters: every Cyrillic code page reads letters
    assert decoded.text == "Ёж" and decoded.doubt and "low confidence" in decoded.doubt


def test_text_of_an_unsupported_language_is_decoded_and_flagged():
    # Read as Cyrillic, Greek bytes give well-formed letters but no Russian words: charset-normalizer
    # (which knows Greek) decides, and the guess is flagged.
    greek = ("Ο Πρόεδρος δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα στην πρωτεύουσα. "
             "Οι υπουργοί συμφώνησαν να συναντηθούν ξανά μετά τις γιορτές για να συζητήσουν το νέο σχέδιο.")
    decoded = decode_bytes(greek.encode("cp1253"))
    assert decoded.text == greek and decoded.doubt
    japanese = "日本語のテキストです。東京で会議が開かれました。".encode("shift_jis")
    decoded = decode_bytes(japanese)
    assert decoded.text == "日本語のテキストです。東京で会議が開かれました。" and decoded.doubt


@pytest.mark.parametrize("data, error_type", [
    (b"", "empty"), (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (codecs.BOM_UTF8 + b"\xff\xfe bad", "undecodable"),
    # Binary bytes behind a byte order mark decode without an error: what they decode to is no text.
    (codecs.BOM_UTF16_LE + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    (codecs.BOM_UTF16_BE + bytes(range(0x3c, 0x7c)) + b"\x00\x01\x00\x02\x00\x03", "binary"),
    (codecs.BOM_UTF8 + b"\x00\x01\x02\x03 GIF89a \x04\x05", "binary"),
])
def test_unusable_bytes_raise_a_typed_error(data, error_type):
    with pytest.raises(DecodeError) as e:
        decode_bytes(data)
    assert e.value.error_type == error_type


@pytest.mark.parametrize("text, encoding", [
    (POLISH, "cp1250"), (RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (FRENCH, "cp1252"), (SPANISH, "latin-1"),
])
def test_real_legacy_files_read_back_exactly(tmp_path, text, encoding):
    txt = tmp_path / f"story-{encoding}.txt"
    txt.write_bytes(f"Title\n\n{text}\n".encode(encoding))
    (article,) = read_source(str(txt))
    assert isinstance(article, Article) and article.text == text
    assert codecs.lookup(article.encoding).name == codecs.lookup("cp1252" if encoding == "latin-1" else encoding).name
    feed = tmp_path / f"feed-{encoding}.jsonl"
    feed.write_bytes((json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n").encode(encoding))
    (article,) = read_source(str(feed))
    assert article.text == text


def test_a_guessed_encoding_is_an_errors_row_and_the_article_is_kept(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Ёж".encode("koi8-r"))
    note, article = read_source(str(path))
    assert isinstance(article, Article) and article.text == "Ёж"
    assert (note["stage"], note["error_type"], note["line"]) == ("decode", UNCERTAIN_ENCODING, None)
    assert "koi8-r" in note["message"]


def test_every_supported_language_has_a_decoding_profile():
    """The schema check for `transforms/lang/<code>/decoding.py`."""
    for code in SUPPORTED:
        p = profile(code, "decoding")
        assert isinstance(p, DecodingProfile), code
        assert p.name and p.words and p.encodings, code
        assert all(c.islower() and not c.isascii() for c in p.letters), code
        assert set(p.rare) <= set(p.letters), code
        assert all(w == w.lower() and w.strip() == w and w for w in p.words), code
        for encoding in p.encodings:
            codecs.lookup(encoding)
        # The most common code page holds every letter (else it could not have written the language).
        (p.letters + p.letters.upper()).encode(p.encodings[0])


@pytest.mark.quality
def test_real_articles_in_legacy_code_pages_come_back_exactly():
    """A slice of what `benchmarks/eval_decoding.py` measures, with a floor: real articles (not the
    ones the rules were tuned on), encoded in each code page of their language, whole and as titles."""
    from newsbeam_dev.evaluation import require_shared

    corpora = require_shared() / "corpora"
    pages = {"pl": ("cp1250", "iso-8859-2"), "ru": ("cp1251", "koi8-r"), "fr": ("cp1252",), "de": ("cp1252",),
             "es": ("latin-1",), "it": ("cp1252",)}
    tried = right = flagged_wrong = 0
    for lang, encodings in pages.items():
        paths = sorted((corpora / "multinews" / lang / "semeval2023t3").rglob("*.txt"))[60:72]
        for text in (p.read_text(encoding="utf-8") for p in paths):
            for encoding in encodings:
                for sample in (text, text[:120]):
                    try:
                        data = sample.encode(encoding)
                    except UnicodeEncodeError:
                        continue
                    decoded = decode_bytes(data)
                    tried += 1
                    right += decoded.text == sample
                    flagged_wrong += decoded.text != sample and decoded.doubt is not None
    assert tried > 120
    assert right / tried >= 0.98 and flagged_wrong == tried - right, (tried, right, flagged_wrong)
