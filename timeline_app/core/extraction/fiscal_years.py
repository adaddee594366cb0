"""A company's own year: "fiscal 1989" is the twelve months its books close on, not 1989.

A company whose year closes on June 30 calls the twelve months from July 1988 to June 1989
"fiscal 1989", named, as most are, for the calendar year it ends in. The article says where
the year closes when it matters ("its year closes on June 30", "the fourth quarter, which
closed at the end of September"); read with it, "Marwood earned $4.2 million in fiscal 1989"
dates the earning July 1988 to June 1989. Where the text does not say, or the year closes in December, the calendar
year is as good a reading as any, and the tagger's stands.
"""

from __future__ import annotations

import re

from timeline_app.core.dates import FuzzyDate, When

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_CLOSING = r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|closing|closes)\s+(?:on\s+|in\s+)?"
# what says when a company's year closes: the year, or its fourth quarter, that ends on a day
_YEAR_CLOSES = re.compile(
    r"(?i)\b(?:(?:fiscal|financial)\s+year|year|fourth(?:[-\s]+fiscal)?[-\s]+quarter)"
    + _CLOSING
    + _MONTH
    + r"(?:\s+(?P<day>\d{1,2})\b)?"
)
_FISCAL_WORDS = re.compile(r"(?i)\b(?:fiscal|financial\s+year)\b|\bFY")
_YEAR_VALUE = re.compile(r"\d{4}")
# "fiscal 1989", "FY2020", "FY 21": the year named ("the fiscal year" alone is this one's)
_YEAR_WRITTEN = re.compile(r"\d{4}|(?i:FY)\s*['’]?\d{2}\b")
_QUARTER_VALUE = re.compile(r"(?P<year>\d{4})-Q(?P<quarter>[1-4])")
# The months a company's year may close in and still be named for the year it ends in without
# doubt: a year closing in January or February is named by many retailers for the year it
# began in, and one closing in December is the calendar's.
_NAMED_BY_ITS_END = range(3, 12)
# a year "ended Oct. 1" closes with September's books (its last week ran over)
_LAST_DAYS_RUN_OVER = 3


def year_end_month(text: str) -> int | None:
    """The month a company's books close, where the text says so: "the year ending June 30"
    (6), "the fourth quarter, ended Sept. 30" (9). None if it does not."""
    match = _YEAR_CLOSES.search(text)
    if match is None:
        return None
    month = _MONTH_NUMBERS[match.group("month").lower()]
    day = match.group("day")
    if day is not None and int(day) <= _LAST_DAYS_RUN_OVER:
        month = month - 1 or 12
    return month


def fiscal_year(timex_text: str, value: str, end_month: int | None) -> When | None:
    """The twelve months of "fiscal 1989", or the three of "its third fiscal quarter" (the
    timex's text and its TIMEX3 value, a year or a calendar quarter), for a company whose
    books close in ``end_month``; None when the calendar's reading stands."""
    if (
        end_month is None
        or end_month not in _NAMED_BY_ITS_END
        or not _FISCAL_WORDS.search(timex_text)
    ):
        return None
    if _YEAR_VALUE.fullmatch(value) and _YEAR_WRITTEN.search(timex_text):
        year = int(value)
        return When(FuzzyDate(year - 1, end_month + 1), FuzzyDate(year, end_month))
    quarter = _QUARTER_VALUE.fullmatch(value)
    if quarter is None:
        return None
    return _fiscal_quarter(int(quarter.group("year")), int(quarter.group("quarter")), end_month)


def _fiscal_quarter(year: int, number: int, end_month: int) -> When:
    """The company's quarter ``number`` that closes last by the end of the calendar's quarter
    the tagger read (of ``year``): the tagger knew whether the text looked back or ahead, the
    company's close says which months the quarter holds ("the third fiscal quarter" of a
    year closing in June is January to March)."""
    calendar_close = year * 12 + number * 3 - 1  # months since year 0, zero-based
    close_month = (end_month - 3 * (4 - number) - 1) % 12  # zero-based
    close = max(c for c in (y * 12 + close_month for y in (year - 1, year)) if c <= calendar_close)
    first = close - 2
    return When(FuzzyDate(first // 12, first % 12 + 1), FuzzyDate(close // 12, close % 12 + 1))
