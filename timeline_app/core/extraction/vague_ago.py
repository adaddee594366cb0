"""A vague amount of days, weeks or months before the day of writing: "a few days ago".

TIMEX3 gives "a few days ago", "weeks ago" and "several months ago" the value PAST_REF, which
names no placeable date, so a happening told with one was lost. A reader puts it a few of
those units before the story was written, as the extractor reads "a few days later" (about
three days after the last date): about three days, three weeks or three months before the
publication date, approximate, and no more precise than its unit. "Some years ago" stays
undated: it may be three or thirty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.extraction.temporal import shifted
from timeline_app.core.timex import Timex

# "days ago", "a few weeks ago", "just months ago", "a couple of days ago"
_VAGUE_AGO = re.compile(
    r"(?:(?:just|only|mere|barely)\s+)?(?:(?:a\s+few|a\s+couple\s+of|several|some)\s+)?"
    r"(?P<unit>days|weeks|months)\s+ago",
    re.I,
)


def dated_vague_ago(timex: Timex, published: dt.date | None) -> Timex:
    """ "A few days ago" tagged PAST_REF, as the approximate date it points to (a day for
    days and weeks, a month for months, counted back from ``published``); any other
    expression unchanged."""
    if published is None or timex.value != "PAST_REF":
        return timex
    match = _VAGUE_AGO.fullmatch(timex.text)
    if match is None:
        return timex
    # One calendar arithmetic: counted back as "a few days later" is counted on (``shifted``).
    unit = match.group("unit")[0].upper()
    when = shifted(When(FuzzyDate.of(published)), f"PX{unit}", -1)
    if when is None:
        return timex
    start = when.start
    value = f"{start.year:04d}-{start.month:02d}"
    if start.day is not None:
        value += f"-{start.day:02d}"
    return dataclasses.replace(timex, value=value, mod="APPROX")
