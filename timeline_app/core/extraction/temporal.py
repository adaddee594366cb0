"""TIMEX3 values turned into honest When values: no more precision than the text gives.

- ``2014`` year, ``2021-12`` month, ``2021-12-31`` day, ``2022-01-17T20:00`` minute,
  ``2022-01-17TEV`` (a part of day) the day.
- ``2022-W02`` the ISO week as a range of its days (Monday to Sunday).
- ``1998-Q3`` the quarter as a range of months; ``1998-H1`` a half year likewise.
- ``2021-SU`` a season as an approximate range of months (northern hemisphere; winter runs
  from December of that year to February of the next).
- ``199`` a decade, ``19`` a century: a range of years, approximate.
- ``PRESENT_REF`` the publication date, approximate. ``PAST_REF``/``FUTURE_REF`` and values
  still holding ``X`` are not dated: None.
- mod ``APPROX``/``EARLY``/``MID``/``LATE``/``START``/``END``/``BEFORE``/``AFTER`` make the
  date approximate; the extractor reads "early", "mid-" and "late" in a month as its thirds
  (``part_of_month``).
- A day computed from a vague offset ("a week ago", "three months ago") is approximate; one
  from a weekday or a number of days ("on Monday", "two days ago") is not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from timeline_app.core.dates import DateError, FuzzyDate, Precision, When
from timeline_app.core.extraction.lexicon import words
from timeline_app.core.timex.date_math import add_months, shift

_APPROX_MODS = words(
    "APPROX EARLY MID LATE START END BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN "
    "MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE"
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VAGUE_OFFSET = re.compile(
    r"\b(?:weeks?|months?|years?|decades?|fortnight|ago|earlier|later|recently|past)\b", re.I
)
_EXACT_ANCHOR = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d"
    r"|\b(?:today|yesterday|tomorrow|tonight)\b",
    re.I,
)
_DAY_OFFSET = re.compile(r"\bdays?\b", re.I)
# the third of a month that "early", "mid-" and "late" name: its first, last day
_MONTH_THIRDS = {
    "START": (1, 10),
    "EARLY": (1, 10),
    "MID": (11, 20),
    "END": (21, 31),
    "LATE": (21, 31),
}
_PART_OF_MONTH = re.compile(r"\b(?:early|mid|middle|late|beginning|start|end)\b", re.I)


def _fuzzy(
    year: int,
    month: int | None = None,
    day: int | None = None,
    hour: int | None = None,
    minute: int | None = None,
    *,
    approximate: bool = False,
) -> FuzzyDate:
    return FuzzyDate(year, month, day, hour, minute, approximate=approximate)


def timex_to_when(
    value: str, mod: str | None = None, text: str = "", published: dt.date | None = None
) -> When | None:
    """The When a TIMEX3 value means, or None when it names no placeable date."""
    approximate = bool(mod and mod in _APPROX_MODS)
    try:
        when = _convert(value.strip(), published)
    except (DateError, ValueError, OverflowError):
        return None  # a week or span running past what the calendar holds (9999-W52)
    if when is None:
        return None
    if not when.is_range and when.start.precision >= 3 and _vague_offset(text):
        approximate = True
    if approximate:
        when = _approximate(when)
    return when


def part_of_month(when: When, mod: str | None, text: str) -> When:
    """ "late June", "early March", "the middle of October": the third of the month the words
    name (the 21st to the month's end for "late"), approximate, where a reader puts it; any
    other date, and "the first half of May", is left as it is."""
    third = _MONTH_THIRDS.get(mod or "")
    start = when.start
    if (
        third is None
        or when.is_range
        or start.precision != Precision.MONTH
        or start.month is None
        or not _PART_OF_MONTH.search(text)
    ):
        return when
    last = calendar.monthrange(start.year, start.month)[1]
    return When(
        _fuzzy(start.year, start.month, third[0], approximate=True),
        _fuzzy(start.year, start.month, min(third[1], last), approximate=True),
    )


def _vague_offset(text: str) -> bool:
    """'a week ago' resolved to a day is a guess; 'on Monday' and '2 days ago' are not."""
    if not text:
        return False
    if _DAY_OFFSET.search(text) and not re.search(r"\bweeks?|months?|years?\b", text, re.I):
        return False
    if _EXACT_ANCHOR.search(text) and not _VAGUE_OFFSET.search(text):
        return False
    return bool(_VAGUE_OFFSET.search(text))


def _approximate(when: When) -> When:
    start = when.start.with_flags(approximate=True)
    end = when.end.with_flags(approximate=True) if when.end else None
    return When(start, end, when.ongoing)


def _convert(value: str, published: dt.date | None) -> When | None:
    if value == "PRESENT_REF":
        if published is None:
            return None
        return When(FuzzyDate.of(published).with_flags(approximate=True))
    if "X" in value or value.endswith("_REF") or not value[:1].isdigit():
        return None
    for form, build in _VALUE_FORMS:
        if match := form.fullmatch(value):
            return build(match)
    return None


def _fields(match: re.Match[str]) -> When:
    """ "2022-01-17T09:30", "2022-01-17", "2022-01": as precise as the value."""
    return When(_fuzzy(*map(int, match.groups())))


def _week(match: re.Match[str]) -> When:
    """ "2022-W03" Monday to Sunday; "2022-W03-WE" its weekend."""
    year, week = map(int, match.groups())
    monday = dt.date.fromisocalendar(year, week, 1)
    sunday = monday + dt.timedelta(days=6)
    if match.group(0).endswith("-WE"):
        monday = monday + dt.timedelta(days=5)
    return When(FuzzyDate.of(monday), FuzzyDate.of(sunday))


def _quarter(match: re.Match[str]) -> When:
    year, quarter = map(int, match.groups())
    return When(_fuzzy(year, 3 * quarter - 2), _fuzzy(year, 3 * quarter))


def _half(match: re.Match[str]) -> When:
    year, half = map(int, match.groups())
    return When(_fuzzy(year, 6 * half - 5), _fuzzy(year, 6 * half))


def _season(match: re.Match[str]) -> When:
    """ "2021-WI": winter runs into the next year."""
    year = int(match.group(1))
    first, last = _SEASON_MONTHS[match.group(2)]
    end_year = year + 1 if last < first else year
    return When(_fuzzy(year, first, approximate=True), _fuzzy(end_year, last, approximate=True))


def _decade(match: re.Match[str]) -> When:
    """ "199": the 1990s."""
    first = int(match.group(1)) * 10
    return When(_fuzzy(max(first, 1), approximate=True), _fuzzy(first + 9, approximate=True))


def _century(match: re.Match[str]) -> When:
    """ "19": 1900-1999."""
    first = int(match.group(1)) * 100
    return When(_fuzzy(max(first, 1), approximate=True), _fuzzy(first + 99, approximate=True))


# TIMEX3 values we place on the timeline, tried in order, each with how to read it
_VALUE_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], When]], ...] = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?.*"), _fields),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2})"), _fields),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[A-Z]{2})?"), _fields),
    (re.compile(r"(\d{4})-(\d{2})"), _fields),
    (re.compile(r"(\d{4})-W(\d{2})(?:-WE)?"), _week),
    (re.compile(r"(\d{4})-Q([1-4])"), _quarter),
    (re.compile(r"(\d{4})-H([12])"), _half),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), _season),
    (re.compile(r"(\d{4})"), _fields),
    (re.compile(r"(\d{3})"), _decade),
    (re.compile(r"(\d{2})"), _century),
)


def about_day(published: dt.date) -> When:
    """About the publication day: the date of what the lead tells in the past without one."""
    return When(FuzzyDate(published.year, published.month, published.day, approximate=True))


def month_of(published: dt.date) -> When:
    """The publication month, approximate: the date of news reported without one."""
    return When(FuzzyDate(published.year, published.month, approximate=True))


def range_of(first: When, second: When) -> When | None:
    """A closed range from the start of one date to the end of another, if in order."""
    end = second.end or second.start
    try:
        return When(first.start, end)
    except DateError:
        return None


def ongoing_from(when: When) -> When:
    """A range that began at this date and still goes on."""
    return When(when.start, ongoing=True)


_AMOUNT = re.compile(r"P(\d+|X)([DWMY])")
# "a few days later", "several weeks earlier", "some months later": a vague amount of days,
# weeks or months is about three of them, all a reader can take from it, and no more precise
# than its unit (a few months after a day is about a month, not a day). A vague number of
# years is no date: "some years later" may be three or twenty.
VAGUE_COUNT = 3
_VAGUE_UNITS = "DWM"


def shifted(reference: When, duration: str, sign: int) -> When | None:
    """The day, month or year ``duration`` ("P2D", "P3W", "P6M", "P10Y") after (``sign`` 1) or
    before (-1) the start of ``reference``, as precise as both allow: "two days later" after
    a day is that day; weeks, months and years are approximate, and days or weeks after a
    month or a year fall, about, in that month or year; a vague amount ("PXD", "a few days",
    "PXM", "a few months") gives an approximate date, months at the month. None for a vague
    number of years, or when months count from a year."""
    match = _AMOUNT.fullmatch(duration)
    if match is None:
        return None
    unit, vague = match.group(2), match.group(1) == "X"
    if vague and unit not in _VAGUE_UNITS:
        return None
    count = (VAGUE_COUNT if vague else int(match.group(1))) * sign
    start = reference.start
    need = {"D": 3, "W": 3, "M": 2, "Y": 1}[unit]
    if start.precision < need:
        if unit in "DW" and abs(count) * (7 if unit == "W" else 1) <= 14:
            return When(_fuzzy(start.year, start.month, approximate=True))
        return None
    try:
        moved = _moved(start, count, unit)
    except (DateError, ValueError, OverflowError):
        return None
    # counted from a date known only about ("a few days ago"), it is known only about too
    return _approximate(moved) if vague or start.approximate else moved


def _moved(start: FuzzyDate, count: int, unit: str) -> When:
    """``start`` moved by ``count`` days, weeks, months or years (it has the precision): a
    number of days is exact, a number of weeks, months or years about."""
    moved = calendar_step(start, count, unit)
    if unit == "Y":
        moved = FuzzyDate(moved.year, moved.month)  # "ten years later": about that month
    return When(moved.with_flags(approximate=unit != "D"))


def calendar_step(start: FuzzyDate, count: int, unit: str) -> FuzzyDate:
    """``start`` moved by ``count`` days or weeks ("D", "W": to the day), months ("M": to the
    month) or years ("Y": as precise as ``start``; 29 February falls back to the 28th),
    exactly: the extractor's one calendar arithmetic, on the tagger's (``timex.date_math``);
    each caller says how sure its count is and how precise its answer. Raises ``DateError``, ``ValueError`` or ``OverflowError``
    past the calendar's ends."""
    if unit in "DW" and start.month is not None and start.day is not None:
        day = shift(dt.date(start.year, start.month, start.day), count, unit)
        return FuzzyDate(day.year, day.month, day.day)
    if unit == "M" and start.month is not None:
        first = add_months(dt.date(start.year, start.month, 1), count)
        return FuzzyDate(first.year, first.month)
    if unit == "Y" and start.month is not None and start.day is not None:
        day = add_months(dt.date(start.year, start.month, start.day), 12 * count)
        return FuzzyDate(day.year, day.month, day.day)
    return FuzzyDate(start.year + count, start.month)


# "the quarter ended Sept. 30", "the six months ending March 31": a period named by the day
# it closes on
_CLOSES_ON = re.compile(r"\s+(?:which\s+)?(?:ended|ending|that\s+ended|closing|closed)\s+$", re.I)
_PERIOD_MONTHS = re.compile(r"\d{4}-(?:Q[1-4]|H[12])|P(\d+)([MQHY])")
_MONTHS_IN = {"M": 1, "Q": 3, "H": 6, "Y": 12}
# "the fiscal year ended March 31": the tagger gives the year its calendar value, but the
# day it closes on says which twelve months it is
_YEAR_VALUE = re.compile(r"\d{4}")
_NAMES_A_YEAR = re.compile(r"\byear\b", re.I)


def period_closing(
    period_value: str, between: str, closing: When, period_text: str = ""
) -> When | None:
    """The months of a quarter, a half, a year or a number of months that closes on a given
    day: "the second quarter ended Nov. 29" is June to August (a company's own year need not
    be the calendar's, so the day it closes on says which quarter it is), "the six months
    ended Oct. 1" April to October, "the fiscal year ended March 31" (``period_text``, which
    the tagger values as a calendar year) April to March. None unless ``between`` (the words
    from the period to the day) says the period closes on it."""
    if not _CLOSES_ON.fullmatch(between):
        return None
    match = _PERIOD_MONTHS.fullmatch(period_value)
    if match is not None and match.group(2):
        months = int(match.group(1)) * _MONTHS_IN[match.group(2)]
    elif match is not None:
        months = 3 if "Q" in period_value else 6
    elif _YEAR_VALUE.fullmatch(period_value) and _NAMES_A_YEAR.search(period_text):
        months = 12
    else:
        return None
    last = closing.end or closing.start
    if last.month is None or not 1 <= months <= 24:
        return None
    # a period closing in the first days of a month is the month before's ("ended Oct. 1")
    index = last.year * 12 + last.month - 1 - (1 if last.day is not None and last.day <= 3 else 0)
    first = index - months + 1
    return When(_fuzzy(first // 12, first % 12 + 1), _fuzzy(index // 12, index % 12 + 1))


_WEEK_VALUE = re.compile(r"\d{4}-W\d{2}")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _month_before(published: dt.date, *, approximate: bool) -> When:
    last = published - dt.timedelta(days=1)
    return When(_fuzzy(last.year, last.month, approximate=approximate))


def so_far(when: When, value: str, published: dt.date, *, earlier: bool = False) -> When:
    """What was done "this week", told in the past, was done by the day of writing: the week
    (TIMEX3 value ``value``) that runs on past the publication day ends on it ("met this
    week" in Thursday's paper is Monday to Thursday); any other date, and a range the text
    writes out ("from March 2 to 5"), is left as it is. What was done "earlier this week"
    (``earlier``) was done before the day of writing: Thursday's paper means Monday to
    Wednesday (on a Monday, the day itself is all the week there is)."""
    day = published.toordinal()
    if earlier and published.day == 1 and _MONTH_VALUE.fullmatch(value):
        # "earlier this month" in a paper of the 1st was written before the month began (a
        # morning paper's story of the day before): the month before's
        return _month_before(published, approximate=when.start.approximate)
    if (
        not _WEEK_VALUE.fullmatch(value)
        or not when.is_range
        or when.start.precision < Precision.DAY
        or not when.start_ordinal <= day < when.end_ordinal() - 1
    ):
        return when
    if earlier and when.start_ordinal < day:
        return When(when.start, FuzzyDate.of(published - dt.timedelta(days=1)))
    return When(when.start, FuzzyDate.of(published))
