"""The language profiles' arrays, kept in the cache folder: the same scorer, read in a fraction of the time."""
import numpy as np

from newsbeam.transforms.language_scorer import ProfileScorer

def _mapped(array) -> bool:
    """Whether the array's memory is a mapped file (the scorer keeps plain views of its np.memmap)."""
    while array is not None:
        if isinstance(array, np.memmap):
            return True
        array = getattr(array, "base", None)
    return False


TEXT = "The harbour council said on Monday that the new ferries would run every hour, even in winter."


def test_a_cached_scorer_equals_one_read_from_the_profiles(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    first = ProfileScorer()   # reads the profiles, stores the arrays
    stored = list((tmp_path / "language").iterdir())
    assert len(stored) == 1 and sorted(p.name for p in stored[0].iterdir()) == ["keys.npy", "languages.json", "log.npy"]
    second = ProfileScorer()  # maps them
    assert _mapped(second._log) and _mapped(second._keys) and not _mapped(first._log)
    assert type(second._log) is np.ndarray   # (no memmap subclass: its indexing runs Python code)
    assert second.languages == first.languages
    assert np.array_equal(second._keys, first._keys) and np.array_equal(second._log, first._log)
    assert second.article(TEXT, 2000) == first.article(TEXT, 2000)


def test_a_damaged_or_unwritable_cache_falls_back_to_the_profiles(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path))
    expected = ProfileScorer().article(TEXT, 2000)
    entry = next((tmp_path / "language").iterdir())
    (entry / "log.npy").write_bytes(b"not an array")
    assert ProfileScorer().article(TEXT, 2000) == expected
    assert _mapped(ProfileScorer()._log)  # the damaged entry was replaced
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("NEWSBEAM_CACHE_DIR", str(tmp_path / "file"))  # a folder cannot be made there
    assert ProfileScorer().article(TEXT, 2000) == expected
