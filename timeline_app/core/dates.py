"""Dates that keep their precision, as EDTF strings (``date_reader`` reads what people type).

The timeline's time axis is a float count of days on the proleptic Gregorian calendar
(``date.toordinal()``: 0001-01-01 is day 1), with the time of day as a fraction. Floats
keep minutes exact across the whole range of years 1 to 9999.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.core.date_display import describe_date, describe_when, format_date
from timeline_app.core.date_precision import MONTH_NAMES, DateError, Precision

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "MONTH_NAMES",
    "DateError",
    "FuzzyDate",
    "Precision",
    "When",
    "datetime_of",
    "ordinal_of",
    "read_edtf_date",
]

MIN_YEAR = 1
MAX_YEAR = 9999


def ordinal_of(moment: dt.date | dt.datetime) -> float:
    """Days since the start of the calendar (0001-01-01 = 1.0), with the time as a fraction."""
    days = float(moment.toordinal())
    if isinstance(moment, dt.datetime):
        days += (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400.0
    return days


def datetime_of(days: float) -> dt.datetime:
    """The moment at a day count, clamped to the years datetime can hold."""
    lo, hi = 1.0, float(dt.date.max.toordinal()) + 0.99998
    days = min(max(days, lo), hi)
    whole = int(days)
    seconds = round((days - whole) * 86400.0)
    if seconds >= 86400:  # rounding up to midnight belongs to the next day
        whole, seconds = whole + 1, seconds - 86400
        if whole > dt.date.max.toordinal():
            whole, seconds = dt.date.max.toordinal(), 86399
    day = dt.date.fromordinal(whole)
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=seconds)


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A calendar date known to a precision: the year 2014, December 2021, or 31 Dec 2021 20:00.

    ``approximate`` is EDTF's ``~`` ("about"), ``uncertain`` its ``?`` ("perhaps").
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    approximate: bool = False
    uncertain: bool = False

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DateError(
                f"the year {self.year} is outside the years {MIN_YEAR} to {MAX_YEAR} "
                "that Crisis Timeline supports"
            )
        parts = (self.month, self.day, self.hour, self.minute)
        seen_gap = False
        for part in parts:
            if part is None:
                seen_gap = True
            elif seen_gap:
                raise DateError("a date cannot give a finer part without the coarser ones")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"there is no month {self.month}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateError(f"{MONTH_NAMES[self.month]} {self.year} has no day {self.day}")
        if self.hour is not None and not 0 <= self.hour <= 23:
            raise DateError(f"there is no hour {self.hour}")
        if self.minute is not None and not 0 <= self.minute <= 59:
            raise DateError(f"there is no minute {self.minute}")

    # --- construction -------------------------------------------------------------------

    @classmethod
    def of(cls, moment: dt.date | dt.datetime, precision: Precision = Precision.DAY) -> FuzzyDate:
        """The date of a datetime/date, cut to a precision."""
        hour = getattr(moment, "hour", 0)
        minute = getattr(moment, "minute", 0)
        values = [moment.year, moment.month, moment.day, hour, minute][: int(precision)]
        return cls(*values)

    def with_flags(self, *, approximate: bool | None = None, uncertain: bool | None = None):
        return FuzzyDate(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.approximate if approximate is None else approximate,
            self.uncertain if uncertain is None else uncertain,
        )

    # --- what it covers -----------------------------------------------------------------

    @property
    def precision(self) -> Precision:
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        if self.hour is None:
            return Precision.DAY
        if self.minute is None:
            return Precision.HOUR
        return Precision.MINUTE

    @property
    def start_ordinal(self) -> float:
        """The first moment this date covers, on the time axis."""
        day = dt.date(self.year, self.month or 1, self.day or 1).toordinal()
        return day + ((self.hour or 0) * 60 + (self.minute or 0)) / 1440.0

    @property
    def end_ordinal(self) -> float:
        """Just after the last moment this date covers (exclusive)."""
        start = self.start_ordinal
        precision = self.precision
        if precision is Precision.YEAR:
            return start + (366 if calendar.isleap(self.year) else 365)
        if precision is Precision.MONTH:
            return start + calendar.monthrange(self.year, self.month)[1]
        if precision is Precision.DAY:
            return start + 1
        if precision is Precision.HOUR:
            return start + 1 / 24
        return start + 1 / 1440

    def first_moment(self) -> dt.datetime:
        return dt.datetime(
            self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0
        )

    # --- EDTF -----------------------------------------------------------------------------

    def to_edtf(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}"
            text += f":{self.minute:02d}" if self.minute is not None else ""
        if self.approximate and self.uncertain:
            text += "%"
        elif self.approximate:
            text += "~"
        elif self.uncertain:
            text += "?"
        return text

    @classmethod
    def from_edtf(cls, text: str) -> FuzzyDate:
        date = read_edtf_date(text.strip())
        if date is None:
            raise DateError(f'"{text}" is not an EDTF date such as 2014, 2021-12 or 2021-12-31')
        return date

    # --- words ---------------------------------------------------------------------------

    def describe(self) -> str:
        """The date in words with its precision: "the year 2014", "31 December 2021"."""
        return describe_date(self)

    def short_label(self) -> str:
        """A compact label for axes and tables: "2014", "Dec 2021", "31 Dec 2021"."""
        return format_date(self)


_EDTF_DATE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::\d{2})?)?)?)?)?([~?%])?"
)


def read_edtf_date(text: str) -> FuzzyDate | None:
    """The EDTF date this app writes ("2021-12-31~"), or None if ``text`` is not one.

    DateError still reports EDTF-shaped text naming an impossible date ("2021-02-30").
    """
    match = _EDTF_DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, flag = match.groups()
    return FuzzyDate(
        int(year),
        int(month) if month else None,
        int(day) if day else None,
        int(hour) if hour else None,
        int(minute) if minute else None,
        approximate=flag in ("~", "%"),
        uncertain=flag in ("?", "%"),
    )


@dataclass(frozen=True, slots=True)
class When:
    """When an event happened: a single date, a closed range, or a range still going on."""

    start: FuzzyDate
    end: FuzzyDate | None = None
    ongoing: bool = False

    def __post_init__(self) -> None:
        if self.end is not None and self.ongoing:
            raise DateError("a range cannot both end and be ongoing")
        if self.end is not None and self.end.end_ordinal <= self.start.start_ordinal:
            raise DateError(
                f"the end ({self.end.describe()}) is before the start ({self.start.describe()})"
            )

    @property
    def is_range(self) -> bool:
        return self.end is not None or self.ongoing

    @property
    def start_ordinal(self) -> float:
        return self.start.start_ordinal

    def end_ordinal(self, now: float | None = None) -> float:
        """The exclusive end on the time axis; an ongoing range runs to ``now`` (or its start)."""
        if self.end is not None:
            return max(self.end.end_ordinal, self.start.end_ordinal)
        if self.ongoing and now is not None:
            return max(now, self.start.end_ordinal)
        return self.start.end_ordinal

    def to_edtf(self) -> str:
        if self.ongoing:
            return f"{self.start.to_edtf()}/.."
        if self.end is not None:
            return f"{self.start.to_edtf()}/{self.end.to_edtf()}"
        return self.start.to_edtf()

    @classmethod
    def from_edtf(cls, text: str) -> When:
        text = text.strip()
        if "/" not in text:
            return cls(FuzzyDate.from_edtf(text))
        first, _, second = text.partition("/")
        start = FuzzyDate.from_edtf(first)
        if second.strip() in ("..", ""):
            return cls(start, ongoing=True)
        return cls(start, FuzzyDate.from_edtf(second))

    def describe(self) -> str:
        """The date or range in words: "from 2015, ongoing", "from 2014 to 2015"."""
        return describe_when(self)
