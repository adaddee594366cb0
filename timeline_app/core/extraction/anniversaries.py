"""Anniversaries: "Tomorrow marks the 20th anniversary of the Dorrance mine collapse" names a
happening and, with the day of its anniversary, its date: twenty years before that day, on
the same day of the year. The sentence's own date is the remembering's, never the
happening's, and what a clause inside the happening's phrase tells of it ("..., which killed
14 miners") is of the happening's day too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from timeline_app.core.dates import DateError, When
from timeline_app.core.extraction.temporal import calendar_step
from timeline_app.core.timex.lexicon import NUMBER_WORDS, ORDINALS

_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)?(?:-years?)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Anniversary:
    noun: Token  # the happening remembered ("collapse")
    years: int  # how long ago it was

    @property
    def span(self) -> tuple[int, int]:
        """Where the happening's phrase lies, with what its clauses tell of it."""
        words = list(self.noun.subtree)
        return words[0].idx, words[-1].idx + len(words[-1].text)


def ordinal_value(word: str) -> int | None:
    """20th, twentieth, seventy-fifth, hundredth, 10-year -> their number."""
    low = word.casefold()
    digits = _DIGITS.match(low)
    if digits:
        return int(digits.group(1))
    if low in ORDINALS:
        return ORDINALS[low]
    if low == "hundredth":
        return 100
    tens, _, unit = low.rpartition("-")
    if tens and tens in NUMBER_WORDS and unit in ORDINALS:
        return int(NUMBER_WORDS[tens]) + ORDINALS[unit]  # "seventy-fifth"
    if low.endswith("tieth") and low[: -len("tieth")] + "ty" in NUMBER_WORDS:
        return int(NUMBER_WORDS[low[: -len("tieth")] + "ty"])  # "fiftieth"
    return None


def _years(anniversary: Token) -> int | None:
    """How many years the anniversary counts: its ordinal ("20th", "tenth") or a count of
    years before it ("the 10-year anniversary", "the one-year anniversary")."""
    for child in anniversary.children:
        if child.i > anniversary.i or child.dep_ not in ("amod", "nummod", "compound"):
            continue
        words = [t.text for t in child.subtree if t.i < anniversary.i]
        text = "".join(words).replace("year", "").strip("-")
        value = ordinal_value(text) or ordinal_value(child.text)
        if value is None and "year" in "".join(words):
            number = NUMBER_WORDS.get(text.casefold())
            value = int(number) if number else None
        if value is not None and 0 < value <= 1000:
            return value
    return None


def anniversaries(tokens: list[Token]) -> Iterator[Anniversary]:
    """The anniversaries named among ``tokens`` (a sentence's), with the happening each
    remembers ("the 20th anniversary of the Dorrance mine collapse")."""
    for token in tokens:
        if token.lower_ not in ("anniversary", "anniversaries"):
            continue
        years = _years(token)
        if years is None:
            continue
        noun = next(
            (
                c
                for c in token.children
                if c.i > token.i
                and c.dep_ == "nmod"
                and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)
            ),
            None,
        )
        if noun is not None:
            yield Anniversary(noun, years)


def years_before(when: When, years: int) -> When | None:
    """The day ``years`` before a day (29 February falls back to the 28th); None when
    ``when`` is no single day."""
    start = when.start
    if when.end is not None or start.month is None or start.day is None:
        return None
    try:
        moved = calendar_step(start, -years, "Y")
    except (DateError, ValueError, OverflowError):
        return None
    return When(moved.with_flags(approximate=start.approximate))
