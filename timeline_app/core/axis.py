"""Which ticks the time axis shows: a row of fine labels and a coarser context row above them.

The axis is the float day count of ``dates.py``. For a visible range and a width in pixels we
try calendar units from fine to coarse (hours, days, weeks, months, years, decades,
centuries…) and keep the first whose labels fit between their ticks, as pyqtgraph's date
axis does by label density. Labels sit just right of their tick (left-aligned), so a label
names the period that starts at the tick. Calendar arithmetic uses datetime and
relativedelta, clamped to the years 1 to 9999.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from timeline_app.core.dates import MONTH_NAMES, ordinal_of

Measure = Callable[[str], float]

FIRST_DAY = 1.0  # 0001-01-01
END_DAY = float(dt.date.max.toordinal() + 1)  # just after 9999-12-31
LABEL_PAD = 4.0  # px between a tick and its label's left edge


def estimate_width(text: str) -> float:
    """A font-free guess of a label's width in pixels (about 7 px a character)."""
    return 7.0 * len(text) + 2.0


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at day ``t`` with its label."""

    t: float
    label: str


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label at pixel ``x`` (its left edge) and ``width`` wide; ``tick`` is where it belongs."""

    x: float
    width: float
    text: str
    tick: float


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """The chosen unit, the fine ticks and the coarser context ticks."""

    unit: str
    minor: list[Tick]
    major: list[Tick]


# --- units ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    name: str
    kind: str  # "hour" | "day" | "week" | "month" | "year"
    step: int
    approx_days: float  # typical spacing, to skip units that are far too fine quickly
    context: str  # the unit of the context row: "day" | "month" | "year" | "decade"...


_UNITS = [
    _Unit("hour", "hour", 1, 1 / 24, "day"),
    _Unit("3 hours", "hour", 3, 3 / 24, "day"),
    _Unit("6 hours", "hour", 6, 6 / 24, "day"),
    _Unit("12 hours", "hour", 12, 12 / 24, "day"),
    _Unit("day", "day", 1, 1, "month"),
    _Unit("week", "week", 1, 7, "month"),
    _Unit("month", "month", 1, 30.4, "year"),
    _Unit("quarter", "month", 3, 91.3, "year"),
    _Unit("half year", "month", 6, 182.6, "year"),
    _Unit("year", "year", 1, 365.25, "decade"),
    _Unit("2 years", "year", 2, 730.5, "decade"),
    _Unit("5 years", "year", 5, 1826, "century"),
    _Unit("decade", "year", 10, 3652.5, "century"),
    _Unit("20 years", "year", 20, 7305, "century"),
    _Unit("50 years", "year", 50, 18262, "millennium"),
    _Unit("century", "year", 100, 36525, "millennium"),
    _Unit("2 centuries", "year", 200, 73050, "millennium"),
    _Unit("5 centuries", "year", 500, 182625, "millennium"),
    _Unit("millennium", "year", 1000, 365250, "millennium"),
]


def _clamp_day(t: float) -> float:
    return min(max(t, FIRST_DAY), END_DAY - 1e-6)


def _moment(t: float) -> dt.datetime:
    """The datetime at day ``t``; minutes are exact, which is all the axis needs."""
    t = _clamp_day(t)
    whole = int(math.floor(t))
    minutes = int(round((t - whole) * 1440))
    if minutes >= 1440:
        whole, minutes = min(whole + 1, int(END_DAY) - 1), 0
    day = dt.date.fromordinal(whole)
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minutes)


def _floor(moment: dt.datetime, kind: str, step: int) -> dt.datetime | None:
    """The last tick of a unit at or before ``moment``, or None if it would be before year 1."""
    if kind == "hour":
        return moment.replace(hour=moment.hour - moment.hour % step, minute=0, second=0)
    if kind == "day":
        return dt.datetime(moment.year, moment.month, moment.day)
    if kind == "week":  # weeks start on Monday
        monday = moment.date() - dt.timedelta(days=moment.weekday())
        if monday.toordinal() < 1:
            return None
        return dt.datetime(monday.year, monday.month, monday.day)
    if kind == "month":
        month = moment.month - (moment.month - 1) % step
        return dt.datetime(moment.year, month, 1)
    year = moment.year - moment.year % step
    if year < 1:
        return None
    return dt.datetime(year, 1, 1)


def _advance(moment: dt.datetime, kind: str, step: int) -> dt.datetime:
    """The next tick; raises OverflowError/ValueError past the year 9999."""
    if kind == "hour":
        return moment + dt.timedelta(hours=step)
    if kind == "day":
        return moment + dt.timedelta(days=step)
    if kind == "week":
        return moment + dt.timedelta(days=7)
    if kind == "month":
        return moment + relativedelta(months=step)
    return moment.replace(year=moment.year + step)


def _moments(t0: float, t1: float, kind: str, step: int) -> Iterator[dt.datetime]:
    """Tick moments of a unit from the last one at or before ``t0`` to the first after ``t1``."""
    start = _moment(t0)
    moment = _floor(start, kind, step)
    if moment is None:  # the tick at or before t0 would be the year 0: start at the next one
        moment = dt.datetime(step, 1, 1) if kind == "year" else dt.datetime(1, 1, 1)
    while True:
        yield moment
        if ordinal_of(moment) > t1:
            return
        try:
            moment = _advance(moment, kind, step)
        except (OverflowError, ValueError):
            return


# --- labels --------------------------------------------------------------------------------


def _minor_label(moment: dt.datetime, unit: _Unit) -> str:
    if unit.kind == "hour":
        return f"{moment.hour:02d}:00"
    if unit.kind in ("day", "week"):
        return str(moment.day)
    if unit.kind == "month":
        return MONTH_NAMES[moment.month][:3]
    return str(moment.year)


def _ordinal_word(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _context_ticks(t0: float, t1: float, context: str, short: int) -> list[Tick]:
    """The coarse row: "January 2022" over days, "2022" over months, "2020s" over years.

    ``short`` asks for shorter forms where the long one would not fit: 1 for "Mon 17 Jan
    2022", "Jan 2022", "21st c.", "3rd mill."; 2 also for "21st", "3rd".
    """
    ticks: list[Tick] = []
    if context == "day":
        for moment in _moments(t0, t1, "day", 1):
            month = MONTH_NAMES[moment.month][:3] if short else MONTH_NAMES[moment.month]
            label = f"{moment:%a} {moment.day} {month} {moment.year}"
            ticks.append(Tick(ordinal_of(moment), label))
    elif context == "month":
        for moment in _moments(t0, t1, "month", 1):
            month = MONTH_NAMES[moment.month][:3] if short else MONTH_NAMES[moment.month]
            ticks.append(Tick(ordinal_of(moment), f"{month} {moment.year}"))
    elif context == "year":
        for moment in _moments(t0, t1, "year", 1):
            ticks.append(Tick(ordinal_of(moment), str(moment.year)))
    else:
        span = {"decade": 10, "century": 100, "millennium": 1000}[context]
        for moment in _moments(t0, t1, "year", span):
            ticks.append(Tick(ordinal_of(moment), _span_label(moment.year, context, short)))
        if not ticks or ticks[0].t > t0:
            # Before the first whole decade/century (e.g. in the year 1) the row still names it.
            first = _moment(t0).year
            label = _span_label(first - first % span, context, short)
            ticks.insert(0, Tick(_clamp_day(t0), label))
    return ticks


_SPAN_NAMES = {"century": ("century", "c."), "millennium": ("millennium", "mill.")}


def _span_label(year: int, context: str, short: int = 0) -> str:
    if context == "decade":
        return f"{year}s"
    number = _ordinal_word(year // (100 if context == "century" else 1000) + 1)
    if short >= 2:
        return number
    return f"{number} {_SPAN_NAMES[context][min(short, 1)]}"


def _unit_fits(
    t0: float, t1: float, width: float, unit: _Unit, measure: Measure, spacing: float
) -> list[Tick] | None:
    """The unit's ticks if every label fits before the next tick, else None."""
    scale = width / (t1 - t0)
    # A unit whose ticks are far closer than any label could be is skipped without work, so
    # wide ranges never generate millions of hour ticks.
    if unit.approx_days * scale < 0.6 * (measure("00") + spacing):
        return None
    moments = _moments(t0, t1, unit.kind, unit.step)
    ticks = [Tick(ordinal_of(m), _minor_label(m, unit)) for m in moments]
    for here, after in zip(ticks, ticks[1:], strict=False):
        room = (after.t - here.t) * scale
        if LABEL_PAD + measure(here.label) + spacing > room:
            return None
    return ticks


def choose_ticks(
    t0: float,
    t1: float,
    width: float,
    *,
    min_spacing: float = 12.0,
    measure: Measure = estimate_width,
    context_measure: Measure | None = None,
) -> AxisTicks:
    """The finest unit whose labels don't overlap on ``width`` pixels, with its context row.

    ``measure`` gives a label's width in pixels (the caller's font metrics); ``min_spacing``
    is the least gap between one label's end and the next tick; ``context_measure`` measures
    the context row's labels when they are drawn in another font (bold).
    """
    context_measure = context_measure or measure
    t0, t1 = _clamp_day(t0), _clamp_day(t1)
    if t1 - t0 < 1e-6 or width <= 0:
        t1 = t0 + 1e-6
        width = max(width, 1.0)
    for unit in _UNITS:
        ticks = _unit_fits(t0, t1, width, unit, measure, min_spacing)
        if ticks is not None:
            return AxisTicks(unit.name, ticks, _context_row(t0, t1, width, unit, context_measure))
    unit = _UNITS[-1]
    ticks = [Tick(ordinal_of(m), _minor_label(m, unit)) for m in _moments(t0, t1, "year", 1000)]
    return AxisTicks(unit.name, ticks, _context_row(t0, t1, width, unit, context_measure))


def _context_row(t0: float, t1: float, width: float, unit: _Unit, measure: Measure) -> list[Tick]:
    """The longest form of the context labels that fits every period (so that no label is
    dropped for crowding: every millennium named, not every other one)."""
    scale = width / (t1 - t0)
    for short in (0, 1, 2):
        ticks = _context_ticks(t0, t1, unit.context, short=short)
        if all(
            LABEL_PAD + measure(here.label) + 8.0 <= (after.t - here.t) * scale
            for here, after in zip(ticks, ticks[1:], strict=False)
        ):
            break
    return ticks


def place_labels(
    ticks: list[Tick],
    t0: float,
    t1: float,
    width: float,
    *,
    measure: Measure = estimate_width,
    sticky: bool = False,
    gap: float = 8.0,
    barriers: list[float] | None = None,
) -> list[PlacedLabel]:
    """Pixel positions for a row of labels, left to right, dropping any that would overlap.

    With ``sticky`` the label of a period that began left of the view is pinned to the left
    edge ("January 2022" stays readable while scrolling through January) and slides out
    when the next period's label pushes it. A label that would run across one of the
    ``barriers`` (days: the context row's ticks, whose lines cross the fine row) is left out:
    a week's "29" over the line of 1 February reads as neither.
    """
    scale = width / (t1 - t0) if t1 > t0 else 1.0
    walls = sorted((b - t0) * scale for b in barriers or ())
    placed: list[PlacedLabel] = []
    items = [(t.t, t.label, (t.t - t0) * scale + LABEL_PAD, measure(t.label)) for t in ticks]
    for i, (t, text, x, w) in enumerate(items):
        if x < 0 or x > width:  # outside, or cut by the left edge ("c" of "Dec")
            if not (sticky and x < 0 and (i + 1 == len(items) or items[i + 1][2] > 0)):
                continue
            x = LABEL_PAD
            if i + 1 < len(items):
                x = min(x, items[i + 1][2] - gap - w)  # pushed out by the next label
            if x < 0:
                continue  # half a label reads worse than none
        if placed and x < placed[-1].x + placed[-1].width + gap:
            continue
        if x + w > width:
            break  # cut by the right edge ("20" of "2022"): half a label reads worse than none
        wall = bisect.bisect_right(walls, x - LABEL_PAD + 0.5)
        if wall < len(walls) and walls[wall] < x + w + 2.0:
            continue
        placed.append(PlacedLabel(x, w, text, t))
    return placed
