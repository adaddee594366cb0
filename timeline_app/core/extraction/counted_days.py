"""Days counted from a dated happening: "the day after the Jan. 3 raid", "two days after the
March 2 fire", "on the eve of Friday's vote", "the week before the May 9 poll". The date names
the happening; what the clause tells lies that far from it, so the clause takes the day
counted, and the happening keeps its own date."""

from __future__ import annotations

import re

from timeline_app.core.dates import Precision, When
from timeline_app.core.extraction.temporal import shifted
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


def counted_from_happening(when: When, before: str) -> When | None:
    """The day a clause lies at, counted from a happening's day by the words ``before`` its
    date ("the day after", "two weeks before", "the eve of", "hours after"): days exactly,
    weeks about; None when the words count nothing or the date is no single day."""
    match = _COUNTED.search(before)
    start = when.start
    if match is None or when.is_range or start.precision != Precision.DAY:
        return None
    if match.group("eve"):
        return shifted(when, "P1D", -1)
    if match.group("hours"):
        return shifted(when, "P0D", 1)  # "hours after the vote": the vote's day (or about it)
    count = match.group("count").lower()
    number = 1.0 if count == "the" else parse_number(count)
    if number is None:
        return None
    unit = "W" if match.group("unit").lower() == "week" else "D"
    sign = -1 if match.group("dir").lower() == "before" else 1
    # days exactly, weeks about (``shifted``)
    return shifted(when, f"P{int(number)}{unit}", sign)
