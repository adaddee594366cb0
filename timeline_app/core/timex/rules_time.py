"""Rules for clock times ("8:30 a.m. EST", "noon Thursday", "4 in the morning")."""

from __future__ import annotations

import datetime as dt
import re

from .date_math import fmt_day, month_day_year, weekday_near
from .lexicon import NUMBER_WORDS
from .patterns import CLOCK_AMPM, DAY, MONTH, TZ, WEEKDAY, month_num, weekday_num
from .rule import Context, Hit, rule

_DAY_AFTER = (
    rf"(?:(?:,\s*|\s+)(?:(?P<wd>{WEEKDAY})|(?P<rel>(?i:today|yesterday|tomorrow|tonight))"
    rf"|(?P<mon>{MONTH})\s*(?P<md>{DAY})))?"
)
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def _day_for(m: re.Match[str], ctx: Context) -> str | None:
    """The date part of a time: a day named right after it, else the document date."""
    if m.group("wd"):
        if ctx.dct is None:
            return f"XXXX-WXX-{weekday_num(m.group('wd'))}"
        tense = ctx.tense(m.start(), m.end(), strict=True)
        return fmt_day(
            weekday_near(ctx.dct, weekday_num(m.group("wd")), 1 if tense == "FUTURE" else -1)
        )
    if m.group("rel"):
        if ctx.dct is None:
            return None
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()]
        return fmt_day(ctx.dct + dt.timedelta(days=off))
    if m.group("mon"):
        mon = month_num(m.group("mon"))
        day = int(re.match(r"\d+", m.group("md")).group())  # type: ignore[union-attr]
        if ctx.dct is None:
            return f"XXXX-{mon:02d}-{day:02d}"
        tense = ctx.tense(m.start(), m.end(), strict=True)
        year = month_day_year(ctx.dct, mon, day, tense if tense == "FUTURE" else None)
        return f"{year:04d}-{mon:02d}-{day:02d}"
    return fmt_day(ctx.dct) if ctx.dct else None


def _time_hit(m: re.Match[str], ctx: Context, hh: int, mm: int) -> Hit | None:
    if not (0 <= hh <= 24 and 0 <= mm < 60):
        return None
    day = _day_for(m, ctx) or "XXXX-XX-XX"
    clock = "T24" if hh == 24 else f"T{hh:02d}:{mm:02d}"  # TIMEX3 writes midnight as T24
    named = m.group("wd") or m.group("rel") or m.group("mon")
    # a time with no day named is on the day the story is telling of
    story = None if named else (lambda ref: fmt_day(ref.day) + clock if ref.day else None)
    return Hit("TIME", day + clock, story=story)


@rule(
    "clock-ampm",
    rf"(?<![\w.:$])(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORD})(?:[:.](?P<m>[0-5]\d))?\s*"
    rf"(?P<ap>{CLOCK_AMPM}|(?i:o'clock|o’clock))(?:\s+(?P<tz>{TZ})\b|\s+(?i:local\s+time)\b)?"
    rf"{_DAY_AFTER}",
    triggers="a.m a.m. p.m p.m. am pm o'clock o’clock",
)
def clock_ampm(m: re.Match[str], ctx: Context) -> Hit | None:
    h = m.group("h")
    hh = int(h) if h.isdigit() else int(NUMBER_WORDS[h.lower()])
    mm = int(m.group("m") or 0)
    ap = m.group("ap").lower()
    if ap.startswith("p") and hh < 12:
        hh += 12
    elif ap.startswith("a") and hh == 12:
        hh = 0
    hit = _time_hit(m, ctx, hh, mm)
    # a sentence-final "p.m." shares its period with the sentence
    if (
        hit
        and m.group().endswith(".")
        and m.end() == m.end("ap")
        and re.match(r"\s*(?:$|\n)", ctx.text[m.end() : m.end() + 2])
    ):
        hit.end = m.end() - 1
    return hit


@rule(
    "clock-24h",
    rf"(?<![\w.:$])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?:(?i:hrs|hours)\s+)?"
    rf"(?P<tz>{TZ})\b{_DAY_AFTER}",
    triggers="gmt utc est edt cst cdt mst mdt pst pdt bst cet cest et pt ct mt jst ist aest msk zulu hrs hours",
)
def clock_24h(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("m") is None and not re.match(r"\d{4}$", m.group("h")):
        return None
    return _time_hit(m, ctx, int(m.group("h")), int(m.group("m") or 0))


@rule(
    "clock-mil",
    rf"(?<![\w.:$])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:(?i:hrs|hours|GMT|UTC)|{TZ})\b"
    rf"{_DAY_AFTER}",
    triggers="gmt utc est edt cst cdt mst mdt pst pdt bst cet cest et pt ct mt jst ist aest msk zulu hrs hours",
)
def clock_mil(m: re.Match[str], ctx: Context) -> Hit | None:
    return _time_hit(m, ctx, int(m.group("h")), int(m.group("m")))


@rule(
    "noon-midnight",
    rf"(?P<w>(?i:noon|midnight|midday))(?:\s+(?P<tz>{TZ})\b|\s+(?i:local\s+time)\b)?"
    rf"{_DAY_AFTER}",
    triggers="noon midnight midday",
)
def noon_midnight(m: re.Match[str], ctx: Context) -> Hit | None:
    w = m.group("w").lower()
    return _time_hit(m, ctx, 24 if w == "midnight" else 12, 0)


@rule(
    "clock-in-the",
    rf"(?i:\b(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORD})(?::(?P<m>[0-5]\d))?(?:\s+o'clock)?\s+"
    r"(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+night))",
    triggers="morning afternoon evening night",
)
def clock_in_the(m: re.Match[str], ctx: Context) -> Hit | None:
    h = m.group("h")
    hh = int(h) if h.isdigit() else int(NUMBER_WORDS[h.lower()])
    pod = (m.group("pod") or "night").lower()
    if pod in ("afternoon", "evening", "night") and hh < 12:
        hh += 12
    day = fmt_day(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    return Hit("TIME", f"{day}T{hh:02d}:{int(m.group('m') or 0):02d}")


RULES = [clock_ampm, clock_24h, clock_mil, noon_midnight, clock_in_the]
