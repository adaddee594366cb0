"""Dates as the user asked to see them: day first, month first or ISO, precision kept.

Pure functions over ``FuzzyDate`` and ``When`` (no Qt), used by the table, the detail pane
and anything else that shows a date to a person. Only what is known is shown: the year
2014 stays "2014" in every style, December 2021 is "Dec 2021" (ISO "2021-12"), and the
approximate/uncertain marks of EDTF ("~", "?") follow a compact date as they do in a
saved file. ``describe_date``/``describe_when`` keep the wording of ``FuzzyDate.describe``
and ``When.describe`` ("about …", "(uncertain)", "from … to …") with full month names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.date_precision import MONTH_NAMES, Precision

if TYPE_CHECKING:  # dates uses this module for its words: only the types come from there
    from timeline_app.core.dates import FuzzyDate, When

DAY_FIRST = "day-first"  # 31 Dec 2021
MONTH_FIRST = "month-first"  # Dec 31, 2021
ISO = "iso"  # 2021-12-31
DATE_STYLES: tuple[str, ...] = (DAY_FIRST, MONTH_FIRST, ISO)
DEFAULT_STYLE = DAY_FIRST


def checked_style(style: object) -> str:
    """``style`` if it is one of ``DATE_STYLES``, else the default (settings may hold junk)."""
    return style if isinstance(style, str) and style in DATE_STYLES else DEFAULT_STYLE


def _clock(date: FuzzyDate) -> str:
    if date.hour is None:
        return ""
    return f" {date.hour:02d}:{date.minute or 0:02d}"


def _marks(date: FuzzyDate) -> str:
    return ("~" if date.approximate else "") + ("?" if date.uncertain else "")


def format_date(date: FuzzyDate, style: str = DEFAULT_STYLE) -> str:
    """A compact date for tables and labels: "2014", "Dec 2021", "31 Dec 2021 20:00~".

    Day first writes "31 Dec 2021"; month first "Dec 31, 2021"; ISO "2014", "2021-12",
    "2021-12-31 20:00".
    """
    style = checked_style(style)
    precision = date.precision
    if style == ISO:
        text = date.to_edtf().rstrip("~?%").replace("T", " ")
        if precision is Precision.HOUR:
            text += ":00"
        return text + _marks(date)
    if precision is Precision.YEAR:
        text = str(date.year)
    else:
        month = MONTH_NAMES[date.month][:3]
        if precision is Precision.MONTH:
            text = f"{month} {date.year}"
        elif style == MONTH_FIRST:
            text = f"{month} {date.day}, {date.year}" + _clock(date)
        else:
            text = f"{date.day} {month} {date.year}" + _clock(date)
    return text + _marks(date)


def format_when(when: When, style: str = DEFAULT_STYLE, *, ongoing: str = "ongoing") -> str:
    """A compact date or range: "31 Dec 2021", "10 Jan 2022 – 12 Jan 2022", "2015 – ongoing".

    ``ongoing`` is the (translated) word for a range still going on.
    """
    start = format_date(when.start, style)
    if when.ongoing:
        return f"{start} – {ongoing}"
    if when.end is not None:
        return f"{start} – {format_date(when.end, style)}"
    return start


def describe_date(date: FuzzyDate, style: str = DEFAULT_STYLE) -> str:
    """The date in words like ``FuzzyDate.describe()``, in the style's order.

    Day first: "31 December 2021"; month first: "December 31, 2021"; ISO: "2021-12-31".
    """
    style = checked_style(style)
    precision = date.precision
    if precision is Precision.YEAR:
        text = f"the year {date.year}"
    elif style == ISO:
        text = format_date(date.with_flags(approximate=False, uncertain=False), ISO)
    elif precision is Precision.MONTH:
        text = f"{MONTH_NAMES[date.month]} {date.year}"
    else:
        if style == MONTH_FIRST:
            text = f"{MONTH_NAMES[date.month]} {date.day}, {date.year}"
        else:
            text = f"{date.day} {MONTH_NAMES[date.month]} {date.year}"
        if date.hour is not None:
            text += f", {date.hour:02d}:{date.minute or 0:02d}"
    if date.approximate:
        text = f"about {text}"
    if date.uncertain:
        text += " (uncertain)"
    return text


def describe_when(when: When, style: str = DEFAULT_STYLE) -> str:
    """``When.describe()`` wording with the dates in the style ("from Jan 10, 2022 to …")."""

    def bare(date: FuzzyDate) -> str:  # "the year" reads badly inside "from … to …"
        return describe_date(date, style).replace("the year ", "", 1)

    if when.ongoing:
        return f"from {bare(when.start)}, ongoing"
    if when.end is not None:
        return f"from {bare(when.start)} to {bare(when.end)}"
    return describe_date(when.start, style)
