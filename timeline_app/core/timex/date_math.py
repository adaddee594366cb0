"""Calendar arithmetic and TIMEX3 value formatting for anchored dates."""

from __future__ import annotations

import calendar as _cal
import datetime as dt


def fmt_year(year: int) -> str:
    """A year as TIMEX3 writes it; year is astronomical (0 is 1 BC, -43 is 44 BC), and years
    before the common era are written BC0044 as the TIMEX guidelines do."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    """ISO week of a day: 2013-W11."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: dt.date, n: int) -> dt.date:
    """Shift by whole months, clamping the day to the month's length."""
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    """d moved by n units (D, W, M, Q, Y); fractions of months/years round to days."""
    if unit == "D":
        return d + dt.timedelta(days=round(n))
    if unit == "W":
        return d + dt.timedelta(days=round(7 * n))
    if unit in ("M", "Q", "Y"):
        months = n * {"M": 1, "Q": 3, "Y": 12}[unit]
        if months == int(months):
            return add_months(d, int(months))
        return d + dt.timedelta(days=round(months * 30.44))
    raise ValueError(unit)


def value_at(d: dt.date, unit: str) -> str:
    """The value of the period of granularity unit that holds d."""
    if unit == "D":
        return fmt_day(d)
    if unit == "W":
        return fmt_week(d)
    if unit == "M":
        return fmt_month(d.year, d.month)
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "E":  # decade
        return f"{d.year // 10:03d}"
    if unit == "C":  # century
        return f"{d.year // 100:02d}"
    raise ValueError(unit)


def weekday_near(dct: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday (ISO 1-7) nearest dct: direction -1 on or before, +1 on or after,
    -2 strictly before, +2 strictly after."""
    diff = weekday - dct.isoweekday()
    if direction == -1:
        return dct + dt.timedelta(days=diff if diff <= 0 else diff - 7)
    if direction == -2:
        return dct + dt.timedelta(days=diff if diff < 0 else diff - 7)
    if direction == 1:
        return dct + dt.timedelta(days=diff if diff >= 0 else diff + 7)
    return dct + dt.timedelta(days=diff if diff > 0 else diff + 7)


def month_day_year(dct: dt.date, month: int, day: int, tense: str | None) -> int:
    """Year for a month-day with no year: past -> on or before dct, future -> on or after,
    unknown -> past unless that is over ~10 months back while the next is close."""
    this = safe_date(dct.year, month, day) or safe_date(dct.year, month, 28)
    assert this is not None
    if tense == "FUTURE":
        return dct.year if this >= dct else dct.year + 1
    if this <= dct:
        return dct.year
    if tense == "PAST":
        return dct.year - 1
    # unknown tense: a date a few weeks ahead is more likely than one almost a year back
    return dct.year if (this - dct).days <= 60 else dct.year - 1


def month_year(dct: dt.date, month: int, tense: str | None) -> int:
    """Year for a month named alone, by the same tense logic at month granularity."""
    if tense == "FUTURE":
        return dct.year if month >= dct.month else dct.year + 1
    if tense == "PAST":
        return dct.year if month <= dct.month else dct.year - 1
    return dct.year if month <= dct.month + 2 else dct.year - 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    w = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * w) // 451
    month = (h + w - 7 * m + 114) // 31
    day = (h + w - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)
