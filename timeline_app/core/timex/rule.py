"""The rule type shared by the rule modules: a compiled regex and a normalizer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .tense import tense_near


@dataclass(slots=True)
class Hit:
    """A normalized match; start/end default to the regex match's span."""

    type: str
    value: str
    mod: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Context:
    """What a normalizer may look at: the whole text and the document date."""

    text: str
    dct: dt.date | None

    def tense(self, start: int, end: int) -> str | None:
        return tense_near(self.text, start, end)

    def before(self, start: int, n: int = 30) -> str:
        return self.text[max(0, start - n):start]

    def after(self, end: int, n: int = 30) -> str:
        return self.text[end:end + n]


Normalizer = Callable[[re.Match[str], Context], "Hit | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """name for debugging; priority breaks ties between equally long candidates (lower wins)."""

    name: str
    regex: re.Pattern[str]
    normalize: Normalizer
    priority: int = 5


def rule(name: str, pattern: str, flags: int = 0, priority: int = 5):
    """Decorator turning a normalizer into a Rule with its compiled pattern."""

    def wrap(fn: Normalizer) -> Rule:
        return Rule(name, re.compile(pattern, flags), fn, priority)

    return wrap
