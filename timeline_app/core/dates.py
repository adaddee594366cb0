"""Dates that keep their precision, as EDTF strings, and the parser for dates people type.

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

from dateutil import parser as dateutil_parser

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
        from timeline_app.core.date_display import describe_date  # it builds on this module

        return describe_date(self)

    def short_label(self) -> str:
        """A compact label for axes and tables: "2014", "Dec 2021", "31 Dec 2021"."""
        from timeline_app.core.date_display import format_date

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
        from timeline_app.core.date_display import describe_when

        return describe_when(self)


# --- parsing what a person types --------------------------------------------------------

_APPROX_WORDS = re.compile(
    r"^(?:about|around|approximately|approx\.?|circa|ca\.?|c\.|roughly|some time in|sometime in)\s+",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"^(?:early|mid|middle of|late|end of|beginning of|start of)[\s-]+", re.I)
_ONGOING = re.compile(
    r"^(?:since|from)\s+(.+?)(?:\s+(?:onwards?|on))?$|^(.+?)\s+(?:onwards?|on)$", re.I
)
_RANGE = re.compile(r"^(?:from\s+)?(.+?)\s*(?:\s+to\s+|\s+until\s+|\s*[–—]\s*|\s+-\s+)(.+)$", re.I)

# Two far-apart defaults: a field dateutil fills from the default differs between the two
# parses, so it was not in the text. This is how we keep the precision the person typed.
_DEFAULT_A = dt.datetime(2000, 1, 1, 0, 0)
_DEFAULT_B = dt.datetime(2004, 2, 2, 1, 1)  # a leap year too, or "29 February" fails


def parse_date(text: str, *, dayfirst: bool = False, default_year: int | None = None) -> FuzzyDate:
    """Read a date a person typed, keeping its precision ("2014", "March 2014", "Dec. 31, 2021").

    ``dayfirst`` settles "03/04/2021". A month and day without a year take ``default_year``
    if given. Raises DateError saying what was not understood.
    """
    original = text
    text = " ".join(text.strip().split())
    if not text:
        raise DateError("the date is empty")
    approximate = uncertain = False
    while True:
        if text.endswith("?"):
            uncertain, text = True, text[:-1].rstrip()
        elif text.endswith("~"):
            approximate, text = True, text[:-1].rstrip()
        elif text.endswith("%"):
            approximate = uncertain = True
            text = text[:-1].rstrip()
        elif text.startswith("~"):
            approximate, text = True, text[1:].lstrip()
        else:
            break
    if (match := _APPROX_WORDS.match(text)) or (match := _PART_OF.match(text)):
        approximate, text = True, text[match.end() :]
    if not text:
        raise DateError(f'"{original.strip()}" has no date in it')
    if _EDTF_DATE.fullmatch(text):
        date = FuzzyDate.from_edtf(text)
    else:
        date = _parse_with_dateutil(text, original, dayfirst, default_year)
    if approximate or uncertain:
        date = date.with_flags(
            approximate=approximate or date.approximate, uncertain=uncertain or date.uncertain
        )
    return date


def _parse_with_dateutil(
    text: str, original: str, dayfirst: bool, default_year: int | None
) -> FuzzyDate:
    if re.fullmatch(r"\d{1,3}", text):
        raise DateError(f'"{original.strip()}" is only a number, not a date')
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT_A, dayfirst=dayfirst)
        second = dateutil_parser.parse(text, default=_DEFAULT_B, dayfirst=dayfirst)
    except (ValueError, OverflowError) as error:
        raise DateError(f'"{original.strip()}" is not a date I understand ({error})') from None
    if first.tzinfo is not None or second.tzinfo is not None:
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    has_year = first.year == second.year
    has_month = first.month == second.month
    has_day = first.day == second.day
    has_hour = first.hour == second.hour
    has_minute = first.minute == second.minute and has_hour
    if not has_year:
        if default_year is None:
            raise DateError(f'"{original.strip()}" has no year')
        try:
            first = first.replace(year=default_year)
        except ValueError:  # 29 February in a common year
            raise DateError(
                f"{MONTH_NAMES[first.month]} {default_year} has no day {first.day}"
            ) from None
    if not has_month and has_day:
        raise DateError(f'"{original.strip()}" gives a day but no month')
    if re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", text, re.I) and not has_day:
        raise DateError(f'"{original.strip()}" names a weekday but not which date')
    values = [first.year]
    if has_month:
        values.append(first.month)
        if has_day:
            values.append(first.day)
            if has_hour and (first.hour or first.minute or _mentions_time(text)):
                values.append(first.hour)
                if has_minute:
                    values.append(first.minute)
    return FuzzyDate(*values)


def _mentions_time(text: str) -> bool:
    return bool(re.search(r"\d:\d|\b(?:am|pm|a\.m\.|p\.m\.|noon|midnight)\b|T\d", text, re.I))


def parse_when(text: str, *, dayfirst: bool = False, default_year: int | None = None) -> When:
    """Read a date or a range: "2014", "2014 to 2015", "since 2015", EDTF "2015/.."."""
    stripped = " ".join(text.strip().split())
    if "/" in stripped and re.fullmatch(r"[\d\-T:~?%]+/[\d\-T:~?%.]*", stripped):
        return When.from_edtf(stripped)
    options = {"dayfirst": dayfirst, "default_year": default_year}
    if match := _ONGOING.match(stripped):
        inner = match.group(1) or match.group(2)
        return When(parse_date(inner, **options), ongoing=True)
    if match := _RANGE.match(stripped):
        try:
            start = parse_date(match.group(1), **options)
            end = parse_date(match.group(2), **options)
        except DateError:
            pass  # "2021-12-31" contains dashes: fall through to a single date
        else:
            return When(start, end)
    return When(parse_date(stripped, **options))
