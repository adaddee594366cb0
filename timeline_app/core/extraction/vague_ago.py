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

from timeline_app.core.extraction.temporal import VAGUE_COUNT
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
    unit = match.group("unit").lower()
    if unit == "months":
        months = published.year * 12 + published.month - 1 - VAGUE_COUNT
        if months < 12:
            return timex
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        days = VAGUE_COUNT * (7 if unit == "weeks" else 1)
        if published.toordinal() <= days:
            return timex
        value = (published - dt.timedelta(days=days)).isoformat()
    return dataclasses.replace(timex, value=value, mod="APPROX")
