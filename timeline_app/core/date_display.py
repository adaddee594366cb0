"""Dates as the user asked to see them: day first, month first or ISO, precision kept.

The styles a person can choose and the functions that write a date in one, for the table,
the detail pane and anything else that shows a date to a person. Only what is known is shown:
the year 2014 stays "2014" in every style, December 2021 is "Dec 2021" (ISO "2021-12"), and
the approximate/uncertain marks of EDTF ("~", "?") follow a compact date as they do in a
saved file. The wording is the date model's own (``dates``), so that ``FuzzyDate.describe``
and the day-first style can never drift apart.
"""

from __future__ import annotations

from timeline_app.core.dates import (
    DATE_STYLES,
    DAY_FIRST,
    DEFAULT_STYLE,
    ISO,
    MONTH_FIRST,
    checked_style,
    describe_date,
    describe_when,
    format_date,
    format_when,
)

__all__ = [
    "DATE_STYLES",
    "DAY_FIRST",
    "DEFAULT_STYLE",
    "ISO",
    "MONTH_FIRST",
    "checked_style",
    "describe_date",
    "describe_when",
    "format_date",
    "format_when",
]
