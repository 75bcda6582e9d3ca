"""Bytes to text: UTF-8 first, detection only when that fails, and a clear reason when nothing fits."""
from __future__ import annotations

import codecs

__all__ = ["DecodeError", "decode_bytes"]

# Bytes that never occur in text: NUL and most C0 controls (tab, LF, CR, FF are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_MOSTLY_ASCII = 0.95


class DecodeError(ValueError):
    """Input bytes that are not usable text. `error_type` is a stable code for the errors table."""

    def __init__(self, error_type: str, message: str):
        super().__init__(message)
        self.error_type = error_type


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes; returns (text, encoding name used).

    Raises DecodeError('empty' | 'binary' | 'undecodable', ...).
    """
    if not data.strip():
        raise DecodeError("empty", "no content (empty or whitespace only)")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16")
    if _looks_binary(data):
        raise DecodeError("binary", "binary content (control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as e:
        raise DecodeError("undecodable", f"{name} byte order mark but invalid {name}: {e}") from None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or controls > len(head) * 0.01


def _detect(data: bytes) -> tuple[str, str]:
    high = len(data) - len(data.translate(None, bytes(range(128, 256))))
    if high <= len(data) * (1 - _MOSTLY_ASCII):
        # Mostly-ASCII text with a few stray high bytes is, in news archives, almost always
        # Windows-1252 (a `£`, `é` or curly quote). Statistical detectors misread such short
        # runs (charset-normalizer calls one latin-1 `£` cp932), so this case is decided here.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    import charset_normalizer  # only undecodable input pays for the import

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable", "not valid UTF-8 and no text encoding fits")
    return str(best), best.encoding
