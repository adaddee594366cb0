""" "The following month", "the next day", "that same year" counted from the story's time.

The tagger counts these from the last date the text named, wherever it stood: a month inside
a quoted decree ("exports are suspended until June 30") or an aside in brackets moves it,
and "The following month, farmers blocked the highway" lands after the paper. The extractor
knows the time its story is at (the last date it dated a clause by, outside quotations and
asides: ``asides``), so it counts these from that instead.
"""

from __future__ import annotations

import re

from timeline_app.core.dates import DateError, FuzzyDate, Precision, When
from timeline_app.core.extraction.temporal import calendar_step

_UNIT = re.compile(
    r"(?P<det>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous"
    r"|the\s+prior|the\s+preceding)\s+(?P<unit>day|month|year)",
    re.I,
)
_STEP = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}
_NEEDS = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}


def counted_unit(text: str, reference: When | None) -> When | None:
    """The day, month or year ``text`` ("the following month") names, counted from the
    start of ``reference``; None for any other expression, or a reference too coarse for
    the unit (a day after "in 2014" names no day)."""
    match = _UNIT.fullmatch(text.strip())
    if match is None or reference is None:
        return None
    unit = match.group("unit").lower()
    start = reference.start
    if start.precision < _NEEDS[unit]:
        return None
    step = _STEP.get(match.group("det").lower().split()[-1], 0)
    try:
        return When(_moved(start, unit, step))
    except (DateError, ValueError, OverflowError):
        return None


def _moved(start: FuzzyDate, unit: str, step: int) -> FuzzyDate:
    """The unit holding ``start``, or the one after or before it: as exact as the words."""
    moved = calendar_step(start, step, unit[0].upper())
    return FuzzyDate(moved.year) if unit == "year" else moved
