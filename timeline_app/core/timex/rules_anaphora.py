"""Rules for anaphoric dates: "that year", "the same day", "the following month",
"the previous week", "the next day". Each carries an anchor the tagger resolves
against the last date mentioned before it; the value computed here from the
document date is only the fallback for a text that named no date yet."""

from __future__ import annotations

import datetime as dt
import re

from ..tenses import Tense
from .date_math import add_months, fmt_day, safe_date, shift, value_at
from .rule import Context, Hit, rule

_STEP = {
    "that": 0,
    "that same": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
}
_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "E"}


@rule(
    "anaphoric-unit",
    r"(?i:\b(?P<det>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior"
    r"|the\s+preceding)\s+(?P<unit>day|week|month|year|quarter|decade)\b)",
    triggers="day week month year quarter decade",
    reach=25,
    ahead=4,
    priority=4,
)
def anaphoric_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    unit = _CODE[m.group("unit").lower()]
    after = ctx.after(m.end(), 12)
    if re.match(r"[-\s]*(?:old|long)\b|['’]s\s+(?:worth)\b", after):
        return None
    if det == "the next" and unit != "D" and not _past_story(m, ctx):
        return None  # "the next year" is counted from the document date (or a duration)
    if det == "that" and unit == "D" and re.match(r"\s+(?:when|that|on\s+which)\b", after):
        return None  # "that day when ...": a relative clause names the day, not a date
    step = _STEP[det]
    if unit == "E":
        # "the following decade": the decade after the one of the last date named
        fallback = value_at(shift(ctx.dct, 10 * step, "Y"), "E") if ctx.dct else "XXX"
        return Hit(
            "DATE", fallback, story=lambda ref: f"{ref.year // 10 + step:03d}", anaphoric=True
        )
    if unit == "Y" and _PERIOD_OF.search(ctx.before(m.start(), 20)):
        # "November of the following year": the month before it was read with this year
        # already, so the year is that month's
        step = 0
    if ctx.dct is None:
        return Hit(
            "DATE",
            {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "Q": "XXXX-QX"}[unit],
            anchor=(unit, step, ""),
        )
    if unit == "D":
        fallback = value_at(ctx.dct + dt.timedelta(days=step), "D")
    else:
        fallback = value_at(shift(ctx.dct, step, unit), unit)
    return Hit("DATE", fallback, anchor=(unit, step, ""))


def _past_story(m: re.Match[str], ctx: Context) -> bool:
    """ "peace was made the next year": told in the past, and not an amount of time ("over
    the next year"), so the year after the one the story is telling of."""
    if re.search(
        r"(?i:\b(?:over|in|for|during|within|throughout|through|into|of|until|by)\s+)$",
        ctx.before(m.start(), 14),
    ):
        return False
    return ctx.tense(m.start(), m.end()) is Tense.PAST


_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PERIOD_OF = re.compile(
    r"(?i:\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter)\s+of\s+)$"
)


@rule(
    "the-part-of-day",
    r"(?i:\b(?P<det>the|that|the\s+(?:next|following|previous))\s+"
    r"(?P<w>morning|afternoon|evening|night)\b)",
    triggers="morning afternoon evening night",
    reach=20,
    ahead=4,
    priority=6,
)
def the_part_of_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in the morning", "that night": part of the day the story is already telling of."""
    w = m.group("w").lower()
    det = re.sub(r"\s+", " ", m.group("det").lower())
    before = ctx.before(m.start(), 20).lower()
    after = ctx.after(m.end(), 12).lower()
    if re.match(
        r"\s+(?:of|before|after|when|that|in\s+which|on\s+which)\b|['’]s|[-\s]*long", after
    ):
        return None  # "the night of June 5", "that day when": named by what follows
    if det == "the" and not re.search(r"\b(?:in|during|through|throughout|until|till)\s+$", before):
        return None
    suffix = "T" + _POD[w]
    # "the next morning", "the previous night": the day after or before the story's day
    step = {"the next": 1, "the following": 1, "the previous": -1}.get(det, 0)
    day = ctx.dct + dt.timedelta(days=step) if ctx.dct else None
    fallback = value_at(day, "D") if day else "XXXX-XX-XX"
    return Hit("TIME", fallback + suffix, anchor=("D", step, suffix))


RULES = [anaphoric_unit, the_part_of_day]


_DAY_WORD = {"yesterday": -1, "today": 0, "tomorrow": 1}


@rule(
    "mid-part-of-day",
    r"(?i:\bmid[-\s]?(?P<w>morning|afternoon|evening)\b"
    r"(?:\s+(?P<day>yesterday|today|tomorrow)\b)?)",
    triggers="morning afternoon evening midmorning midafternoon",
    reach=6,
    ahead=16,
    priority=6,
)
def mid_part_of_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "by mid-afternoon", "mid-morning yesterday": the middle of part of a day, the one
    named after it or else the one the story is on.

    ("the morning of March 3" as one TIME was tried too: it cost AQUAINT value F1.)
    """
    suffix = "T" + _POD[m.group("w").lower()]
    if ctx.dct is None:
        return Hit("TIME", "XXXX-XX-XX" + suffix, "MID")
    if m.group("day"):
        day = ctx.dct + dt.timedelta(days=_DAY_WORD[m.group("day").lower()])
        return Hit("TIME", value_at(day, "D") + suffix, "MID")
    return Hit("TIME", value_at(ctx.dct, "D") + suffix, "MID", anchor=("D", 0, suffix))


RULES += [mid_part_of_day]


@rule(
    "day-of-month",
    r"\bthe\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b",
    priority=6,
    triggers="#ordinal",
    reach=6,
    ahead=0,
)
def day_of_month(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "on the 24th": that day of the month the story is telling of (the last month it
    named), or of the document's own month. Only after a preposition and before the end of
    a phrase, so that "the 24th Infantry" or "the 5th floor" stay out."""
    if not re.search(
        r"(?i:\b(?:on|by|until|till|since|from|before|after|through|to)\s+)$",
        ctx.before(m.start(), 10),
    ):
        return None
    if not re.match(r"\s*(?:[.,;:)!?]|and\b|or\b|$)", ctx.after(m.end(), 5)) and not (
        _opens_sentence_before_subject(m, ctx)
    ):
        return None
    day = int(m.group("d"))
    if ctx.dct is None:
        return Hit("DATE", f"XXXX-XX-{day:02d}", anchor=("DOM", day, ""))
    month = dt.date(ctx.dct.year, ctx.dct.month, 1)
    future = ctx.tense(m.start(), m.end(), strict=True) == "FUTURE"
    if day > ctx.dct.day and not future:
        month = add_months(month, -1)  # "on the 24th" said on the 2nd: last month's
    elif day < ctx.dct.day and future:
        month = add_months(month, 1)
    d = safe_date(month.year, month.month, day)
    if d is None:
        return None
    return Hit("DATE", fmt_day(d), anchor=("DOM", day, ""))


RULES += [day_of_month]

# Nouns an ordinal numbers ("the 3rd floor", "the 5th round"): after them "the 3rd" is no
# day of the month, even where it opens a sentence.
_NUMBERED_NOUNS = frozenset(
    [
        "floor",
        "storey",
        "story",
        "day",
        "week",
        "month",
        "year",
        "century",
        "anniversary",
        "birthday",
        "time",
        "times",
        "round",
        "lap",
        "hole",
        "inning",
        "innings",
        "minute",
        "place",
        "street",
        "avenue",
        "amendment",
        "army",
        "corps",
        "division",
        "brigade",
        "regiment",
        "battalion",
        "fleet",
        "infantry",
        "district",
        "ward",
        "congress",
        "parliament",
        "session",
        "edition",
        "episode",
        "volume",
        "chapter",
        "grade",
        "generation",
        "term",
        "stage",
        "seed",
        "largest",
        "biggest",
        "highest",
        "lowest",
        "straight",
        "consecutive",
    ]
)


def _opens_sentence_before_subject(m: re.Match[str], ctx: Context) -> bool:
    """ "On the 3rd guards searched the cells": a sentence that opens "On the 3rd" with no
    comma goes on with its subject, unless the next word is one an ordinal numbers."""
    if not re.search(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)On\s+$", ctx.before(m.start(), 12)):
        return False
    following = re.match(r"\s+([A-Za-z][\w'-]*)", ctx.after(m.end(), 30))
    return following is not None and following.group(1).lower() not in _NUMBERED_NOUNS


@rule(
    "the-day-before",
    r"(?i:\bthe\s+(?P<w>day|night|evening|morning|afternoon)\s+(?P<ba>before|after)\b)"
    r"(?=\s*(?:[.,;:!?)]|$))",
    triggers="before after",
    reach=22,
    ahead=2,
    priority=5,
)
def the_day_before(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "orders were issued the day before.", "it rained the night before": the day before
    or after the one the story is telling of (followed by a noun, "the day before the vote",
    the day is named by what follows and is not a date of its own). With no day named
    earlier there is nothing to count from, and no date."""
    step = -1 if m.group("ba").lower() == "before" else 1
    w = m.group("w").lower()
    suffix = "" if w == "day" else "T" + _POD[w]
    day = ctx.dct + dt.timedelta(days=step) if ctx.dct else None
    fallback = value_at(day, "D") if day else "XXXX-XX-XX"
    return Hit(
        "TIME" if suffix else "DATE",
        fallback + suffix,
        anchor=("D", step, suffix),
        needs_anchor=True,
    )


RULES += [the_day_before]
