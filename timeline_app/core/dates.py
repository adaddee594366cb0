"""Dates that keep their precision, as EDTF strings and in words (``date_reader`` reads what
people type; ``date_display`` names the styles a person can choose).

The timeline's time axis is a float count of days on the proleptic Gregorian calendar
(``date.toordinal()``: 0001-01-01 is day 1), with the time of day as a fraction. Floats
keep minutes exact across the whole range of years 1 to 9999.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_YEAR = 1
MAX_YEAR = 9999

MONTH_NAMES = [calendar.month_name[m] for m in range(13)]


class DateError(ValueError):
    """A date that cannot be read or does not exist; the message says what and why."""


class Precision(IntEnum):
    """How much of a date is known, from coarse to fine."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    HOUR = 4
    MINUTE = 5

    @property
    def label(self) -> str:
        return self.name.lower()


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
        if self.day is not None and self.month is not None:
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
        known = int(precision)
        parts: list[int | None] = [moment.month, moment.day, hour, minute]
        month, day, hour_known, minute_known = parts[: known - 1] + [None] * (5 - known)
        return cls(moment.year, month, day, hour_known, minute_known)

    def with_flags(
        self, *, approximate: bool | None = None, uncertain: bool | None = None
    ) -> FuzzyDate:
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
        if precision is Precision.MONTH and self.month is not None:
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


# --- words -----------------------------------------------------------------------------------
# The model says itself in words in every style, so that error messages of the model itself
# ("the end (…) is before the start (…)") and the display share one wording.

DAY_FIRST = "day-first"  # 31 Dec 2021
MONTH_FIRST = "month-first"  # Dec 31, 2021
ISO = "iso"  # 2021-12-31
DATE_STYLES: tuple[str, ...] = (DAY_FIRST, MONTH_FIRST, ISO)
DEFAULT_STYLE = DAY_FIRST


def checked_style(style: object) -> str:
    """``style`` if it is one of ``DATE_STYLES``, else the default (settings may hold junk)."""
    return style if isinstance(style, str) and style in DATE_STYLES else DEFAULT_STYLE


def _month_name(date: FuzzyDate) -> str:
    return MONTH_NAMES[date.month] if date.month is not None else ""


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
        month = _month_name(date)[:3]
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
        text = f"{_month_name(date)} {date.year}"
    else:
        if style == MONTH_FIRST:
            text = f"{_month_name(date)} {date.day}, {date.year}"
        else:
            text = f"{date.day} {_month_name(date)} {date.year}"
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
