"""The rule type shared by the rule modules: a compiled regex and a normalizer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .first_chars import compile_gated
from .tense import tense_near

if TYPE_CHECKING:
    from .anaphora import Reference


@dataclass(slots=True)
class Hit:
    """A normalized match; start/end default to the regex match's span."""

    type: str
    value: str
    mod: str | None = None
    start: int | None = None
    end: int | None = None
    # (unit, offset, suffix): resolve against the last date mentioned before, not the
    # document date, and append suffix ("TMO" for "that morning")
    anchor: tuple[str, int, str] | None = None
    # the value read against the story's time (the last date the text told) instead of the
    # document date, for expressions that name no year: "in March", "two years earlier";
    # see reference_time.StoryTime for when that reading is taken
    story: Callable[[Reference], str | None] | None = None
    # "that summer", "the next spring": pointing back by their words, they follow the
    # story's time even when it is the document's own
    anaphoric: bool = False
    # no date at all without the earlier one it counts from ("the day after.")
    needs_anchor: bool = False


@dataclass(slots=True)
class Context:
    """What a normalizer may look at: the whole text and the document date."""

    text: str
    dct: dt.date | None

    def tense(self, start: int, end: int, strict: bool = False) -> str | None:
        return tense_near(self.text, start, end, strict)

    def before(self, start: int, n: int = 30) -> str:
        return self.text[max(0, start - n) : start]

    def after(self, end: int, n: int = 30) -> str:
        return self.text[end : end + n]


Normalizer = Callable[[re.Match[str], Context], "Hit | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its normalizer.

    priority breaks ties between equally long candidates (lower wins). triggers are
    lowercase words one of which every match contains: the tagger then runs the regex
    only around those words (within `reach` characters), which is what keeps it fast.
    No triggers means the regex is cheap enough to scan the whole text. starts, for such a
    rule, is a regex whose matches begin at every place a match of the rule can begin (a
    number's first digit, say): the tagger then tries the rule only there, as a scan of the
    whole text would, instead of at every character. A rule with starts never matches empty.
    """

    name: str
    regex: re.Pattern[str]
    normalize: Normalizer
    priority: int = 5
    triggers: tuple[str, ...] = ()
    reach: int = 60  # how far a match may start before its trigger word
    ahead: int = 60  # how far it may end after it
    starts: str = ""


def rule(
    name: str,
    pattern: str,
    flags: int = 0,
    priority: int = 5,
    triggers: str = "",
    reach: int = 60,
    ahead: int = 60,
    starts: str = "",
) -> Callable[[Normalizer], Rule]:
    """Decorator turning a normalizer into a Rule with its compiled pattern."""

    def wrap(fn: Normalizer) -> Rule:
        return Rule(
            name,
            # searched rules get a look-ahead for their first characters (same matches,
            # found faster); a rule tried only at its starts needs none
            re.compile(pattern, flags) if starts else compile_gated(pattern, flags),
            fn,
            priority,
            tuple(triggers.split()),
            reach,
            ahead,
            starts,
        )

    return wrap
