"""Days counted from a dated happening: "the day after the Jan. 3 raid", "two days after the
March 2 fire", "on the eve of Friday's vote", "the week before the May 9 poll". The date names
the happening; what the clause tells lies that far from it, so the clause takes the day
counted, and the happening keeps its own date."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.timex.number_words import parse_number

# the words that end right before the date of the happening, each with how far from it the
# clause lies: a count, a unit, a direction ("the eve of" is the day before)
_COUNTED = re.compile(
    r"(?:\b(?P<count>the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|week)s?\s+(?P<dir>before|after)"
    r"|\bthe\s+(?P<eve>eve)\s+of"
    r"|\b(?P<hours>hours|minutes|moments)\s+(?:(?P<hdir>before|after)|ahead\s+of))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DAYS_IN = {"day": 1, "week": 7}


def counted_from_happening(when: When, before: str) -> When | None:
    """The day a clause lies at, counted from a happening's day by the words ``before`` its
    date ("the day after", "two weeks before", "the eve of", "hours after"): days exactly,
    weeks about; None when the words count nothing or the date is no single day."""
    match = _COUNTED.search(before)
    start = when.start
    if match is None or when.is_range or start.precision != Precision.DAY:
        return None
    assert start.month is not None and start.day is not None
    approximate = start.approximate
    if match.group("eve"):
        days = -1
    elif match.group("hours"):
        days = 0  # "hours after the vote": the vote's day (or about it)
    else:
        count = match.group("count").lower()
        number = 1.0 if count == "the" else parse_number(count)
        if number is None:
            return None
        days = int(number) * _DAYS_IN[match.group("unit").lower()]
        days = -days if match.group("dir").lower() == "before" else days
        approximate = approximate or match.group("unit").lower() == "week"
    day = dt.date(start.year, start.month, start.day) + dt.timedelta(days=days)
    return When(FuzzyDate(day.year, day.month, day.day, approximate=approximate))
