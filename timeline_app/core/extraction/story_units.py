""" "The following month", "the next day", "that same year" counted from the story's time.

The tagger counts these from the last date the text named, wherever it stood: a month inside
a quoted decree ("exports are suspended until June 30") or an aside in brackets moves it,
and "The following month, farmers blocked the highway" lands after the paper. The extractor
knows the time its story is at (the last date it dated a clause by, outside quotations and
asides: ``asides``), so it counts these from that instead.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.dates import DateError, FuzzyDate, Precision, When

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
    if unit == "year":
        return FuzzyDate(start.year + step)
    assert start.month is not None
    if unit == "month":
        months = start.year * 12 + start.month - 1 + step
        return FuzzyDate(months // 12, months % 12 + 1)
    assert start.day is not None
    day = dt.date(start.year, start.month, start.day) + dt.timedelta(days=step)
    return FuzzyDate(day.year, day.month, day.day)
