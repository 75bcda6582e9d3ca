import codecs

import pytest

from transforms.decoding import DecodeError, decode_bytes


def test_utf8_plain_and_with_bom():
    assert decode_bytes("Grüße, “quoted”".encode()) == ("Grüße, “quoted”", "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + "Grüße".encode()) == ("Grüße", "utf-8-sig")


def test_utf16_with_bom():
    assert decode_bytes("Привет".encode("utf-16")) == ("Привет", "utf-16")


def test_stray_latin1_byte_in_english_text_is_windows_1252():
    data = "The transfer fee was £15.8m, a club record for the season.".encode("latin-1")
    text, encoding = decode_bytes(data)
    assert text.startswith("The transfer fee was £15.8m")
    assert encoding == "cp1252"


def test_legacy_cyrillic_is_detected():
    text, encoding = decode_bytes("Президент заявил, что переговоры продолжатся на следующей неделе.".encode("cp1251"))
    assert text.startswith("Президент заявил")
    assert encoding.replace("_", "").lower() in ("cp1251", "windows1251")


@pytest.mark.parametrize("data, error_type", [
    (b"", "empty"), (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (codecs.BOM_UTF8 + b"\xff\xfe bad", "undecodable"),
])
def test_unusable_bytes_raise_a_typed_error(data, error_type):
    with pytest.raises(DecodeError) as e:
        decode_bytes(data)
    assert e.value.error_type == error_type
