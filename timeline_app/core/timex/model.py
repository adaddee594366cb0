"""The Timex record handed to the rest of the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 expression: its span in the input text and its normalized meaning."""

    start: int  # character offset into the input text
    end: int  # exclusive
    text: str  # == input[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # TIMEX3 value: "2014", "2021-12-31", "P1W", "PRESENT_REF", "XXXX-WI" ...
    mod: str | None = None  # TIMEX3 mod: "APPROX", "START", "END", "LESS_THAN" ... or None
