"""Large patterns come from the machine's cache as the same patterns `re.compile` gives; a damaged or
unwritable cache only costs the compile."""
import re

import pytest

from transforms import regex_cache
from transforms.dates.patterns import FLAGS, alt

WORDS = [f"w{i:04d}x" for i in range(600)]
PATTERN = r"(?P<head>\b(?:" + alt(WORDS) + r"))\s+(?P<num>\d+)|(?P<other>zz+)"
TEXT = "a w0007x 12 and w0599x 3, zzz w12 9 W0003X 4 " * 20


def same(compiled: re.Pattern, reference: re.Pattern) -> None:
    assert (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex)) == (
        reference.pattern, reference.flags, reference.groups, dict(reference.groupindex))
    assert [(m.span(), m.lastgroup, m.groups()) for m in compiled.finditer(TEXT)] == [
        (m.span(), m.lastgroup, m.groups()) for m in reference.finditer(TEXT)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    return tmp_path / "regex"


def test_a_cached_pattern_is_the_compiled_pattern(cache):
    reference = re.compile(PATTERN, FLAGS | re.IGNORECASE)
    first = regex_cache.compile(PATTERN, FLAGS | re.IGNORECASE)
    assert len(list(cache.rglob("*.marshal"))) == 1
    again = regex_cache.compile(PATTERN, FLAGS | re.IGNORECASE)  # from the file this time
    assert again is not first
    same(first, reference)
    same(again, reference)
    assert regex_cache.compile(PATTERN, FLAGS).flags == re.compile(PATTERN, FLAGS).flags  # flags are in the key


def test_the_date_grammars_large_patterns_come_back_the_same(cache):
    from transforms.dates.extract import language_of
    from transforms.dates.index import _compile

    spec = language_of("en")
    index = spec.index
    longest = sorted(spec.grammar.rules, key=lambda r: len(r.pattern))[-5:]
    for compiled in [index.trigger, index.blocker, index.starter_at.__self__, *(_compile(r.pattern) for r in longest)]:
        if len(compiled.pattern) >= regex_cache.MIN_LENGTH:
            regex_cache.compile(compiled.pattern, FLAGS)  # (stored, if the index did not store it)
            same(regex_cache.compile(compiled.pattern, FLAGS), re.compile(compiled.pattern, FLAGS))


def test_a_damaged_entry_or_an_unusable_folder_only_costs_the_compile(cache, tmp_path, monkeypatch):
    regex_cache.compile(PATTERN)
    entry = next(cache.rglob("*.marshal"))
    entry.write_bytes(b"\x00not a program")
    same(regex_cache.compile(PATTERN), re.compile(PATTERN))
    assert entry.read_bytes() != b"\x00not a program"  # compiled again and stored whole
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path / "a-file"))
    same(regex_cache.compile(PATTERN), re.compile(PATTERN))
