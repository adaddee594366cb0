"""Reference-time tracking: expressions such as "the following year", "that day" or
"the day before" name a time relative to the last date the text mentioned, not to the
document date. Rules mark such hits with an anchor (unit, offset); after the spans are
chosen the tagger walks them in text order and resolves each anchor against the most
recent earlier date precise enough for its unit, keeping the document-date value the
rule computed when there is none.
"""

from __future__ import annotations

import datetime as dt
import re

from .date_math import fmt_day, fmt_week, fmt_year, safe_date

# A resolved date value: 1998, 1998-03, 1998-03-04, 1998-W10, 1998-Q1, 1998-SU, BC0044
# (a time suffix is allowed).
_VALUE = re.compile(
    r"(?P<bc>BC)?(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-W(?P<w>\d\d)|-Q(?P<q>[1-4])"
    r"|-(?P<s>SP|SU|FA|WI))?(?![\d-])"
)
# Seasons in the order of the calendar year; December opens the winter of the next one.
SEASON_ORDER = ("WI", "SP", "SU", "FA")
_SEASON_OF_MONTH = (0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4)


class Reference:
    """One date mentioned in the text, at the precision it was written with. year is
    astronomical: 0 is 1 BC, -43 is 44 BC."""

    __slots__ = ("day", "month", "quarter", "season", "week", "year")

    def __init__(self, value: str) -> None:
        m = _VALUE.match(value)
        if m is None:
            raise ValueError(value)
        self.year = 1 - int(m["y"]) if m["bc"] else int(m["y"])
        self.month = int(m["m"]) if m["m"] else None
        self.day = (
            safe_date(self.year, self.month, int(m["d"]))
            if m["d"] and self.month and self.year > 0
            else None
        )
        self.week = int(m["w"]) if m["w"] else None
        self.quarter = (
            int(m["q"]) if m["q"] else ((self.month - 1) // 3 + 1 if self.month else None)
        )
        # where in the year this date lies, in seasons (December counts after autumn)
        self.season = (
            SEASON_ORDER.index(m["s"])
            if m["s"]
            else _SEASON_OF_MONTH[self.month - 1]
            if self.month
            else None
        )

    @staticmethod
    def parse(value: str) -> Reference | None:
        """The reference a value can serve as, or None (PAST_REF, XXXX-WXX-1, P2Y ...)."""
        if not _VALUE.match(value):
            return None
        try:
            return Reference(value)
        except ValueError:
            return None

    def fits(self, unit: str) -> bool:
        """Whether this date is precise enough to count units of that size from."""
        return {
            "Y": True,
            "Q": self.quarter is not None,
            "M": self.month is not None,
            "W": self.day is not None or (self.week is not None and self.year > 0),
            "D": self.day is not None,
        }[unit]

    def shifted(self, unit: str, n: int) -> str:
        """The value of the unit-sized period n units after the one holding this date."""
        if unit == "Y":
            return fmt_year(self.year + n)
        if unit == "Q":
            y, q = divmod(self.year * 4 + (self.quarter or 1) - 1 + n, 4)
            return f"{fmt_year(y)}-Q{q + 1}"
        if unit == "M":
            y, m = divmod(self.year * 12 + (self.month or 1) - 1 + n, 12)
            return f"{fmt_year(y)}-{m + 1:02d}"
        if unit == "W":
            if self.day is not None:
                return fmt_week(self.day + dt.timedelta(weeks=n))
            monday = dt.date.fromisocalendar(self.year, self.week or 1, 1)
            return fmt_week(monday + dt.timedelta(weeks=n))
        assert self.day is not None
        return fmt_day(self.day + dt.timedelta(days=n))


def resolve(refs: list[Reference], unit: str, n: int) -> str | None:
    """The value n units from the latest reference precise enough for unit, if any."""
    for ref in reversed(refs):
        if ref.fits(unit):
            try:
                return ref.shifted(unit, n)
            except (ValueError, OverflowError):
                return None
    return None


def resolve_weekday(refs: list[Reference], weekday: int, direction: int) -> str | None:
    """ "the previous Friday" (direction -1) or "the following Monday" (+1): the weekday
    before or after the last day the text mentioned.

    Bare weekdays are not resolved here: in news they count from the document date even
    inside a story about another week (tried; it got far more wrong than right).
    """
    ref = next((r for r in reversed(refs) if r.day is not None), None)
    if ref is None or ref.day is None:
        return None
    diff = (weekday - ref.day.isoweekday()) % 7
    if direction > 0:
        return fmt_day(ref.day + dt.timedelta(days=diff or 7))
    return fmt_day(ref.day - dt.timedelta(days=(7 - diff) % 7 or 7))


def resolve_day_of_month(refs: list[Reference], day: int) -> str | None:
    """ "on the 24th": that day of the month of the last date mentioned with a month."""
    ref = next((r for r in reversed(refs) if r.month is not None), None)
    if ref is None or ref.month is None:
        return None
    d = safe_date(ref.year, ref.month, day)
    return fmt_day(d) if d else None
