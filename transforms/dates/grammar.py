"""A language's grammar: its profile's rules, then the English rules (less those its own replace)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsbeam.transforms.dates.profile import DateProfile
from newsbeam.transforms.dates.profiled import REPLACED_ENGLISH_RULES, profiled_rules
from newsbeam.transforms.dates.rules import ENGLISH, Rule

__all__ = ["Grammar", "grammar_for"]


@dataclass(frozen=True)
class Grammar:
    """One language's rules in order, in groups (the index builds its segments by group)."""
    groups: tuple[tuple[Rule, ...], ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for group in self.groups for r in group)


@lru_cache(maxsize=None)
def grammar_for(profile: DateProfile | None) -> Grammar:
    """The grammar for texts in a language: its profile's rules first (`17. Dezember` must not be read
    as English `17` + nothing), then the English ones. None: English, with the day-month dates of
    every language."""
    own = profiled_rules(profile)
    english = ENGLISH if profile is None else tuple(r for r in ENGLISH if r.name not in REPLACED_ENGLISH_RULES)
    return Grammar((own, english))
