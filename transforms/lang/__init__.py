"""Language profiles: what each supported language contributes, as data, one folder per language.

`transforms/lang/<code>/` holds everything a language brings to the extractors, one module per
stage (`quotes.py`: quotation marks, reporting verbs, pronouns...; `dates.py`: month and weekday
names, date order, relative words...). Each stage module defines `PROFILE`, an instance of that
stage's profile dataclass; the engines never test which language they are in, they read the profile.
Adding a language is adding a folder (and its tests); one schema test per stage loads every profile.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

__all__ = ["SUPPORTED", "profile"]

# The languages newsbeam claims, with a measured quality figure for each (README "Quality and speed").
SUPPORTED: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pl", "ru")


@lru_cache(maxsize=None)
def profile(code: str, stage: str):
    """`PROFILE` of `transforms/lang/<code>/<stage>.py`, or None for a language without one."""
    if code not in SUPPORTED:
        return None
    try:
        module = importlib.import_module(f"{__name__}.{code}.{stage}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{code}.{stage}":
            raise
        return None
    return module.PROFILE
