"""Find and normalize temporal expressions: run every rule over the whole text, keep the
longest non-overlapping candidates, then grow them over modifier words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import (
    rules_anaphora,
    rules_duration,
    rules_early,
    rules_explicit,
    rules_relative,
    rules_time,
)
from .anaphora import Reference, resolve, resolve_day_of_month, resolve_weekday
from .model import Timex
from .modifiers import drop_determiner, extend
from .reference_time import StoryTime
from .rule import Context, Hit, Rule
from .triggers import TriggerIndex, matches

RULES: list[Rule] = [
    *rules_explicit.RULES,
    *rules_early.RULES,
    *rules_relative.RULES,
    *rules_duration.RULES,
    *rules_time.RULES,
    *rules_anaphora.RULES,
]

_INDEX = TriggerIndex(RULES)


def _candidates(text: str, ctx: Context) -> list[tuple[int, int, int, Hit]]:
    found = []
    windows = _INDEX.windows(text)
    starts = _INDEX.starts(text)
    for r in RULES:
        for m in matches(r, text, windows, starts):
            if m.end() == m.start():
                continue
            try:
                hit = r.normalize(m, ctx)
            except (ValueError, OverflowError):
                # a date the calendar cannot hold ("tomorrow" on 9999-12-31): that
                # expression is left out, the rest of the text is still read
                continue
            if hit is None:
                continue
            start = m.start() if hit.start is None else hit.start
            end = m.end() if hit.end is None else hit.end
            # spans never start or end on whitespace or a comma
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            while start < end and text[start] in " \t\n,":
                start += 1
            if end > start:
                found.append((start, end, r.priority, hit))
    return found


def tag(text: str, dct: dt.date | None = None) -> list[Timex]:
    """Date expressions in text, in order, non-overlapping, resolved against dct."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    ctx = Context(text, dct)
    cands = _candidates(text, ctx)
    # longest first; on equal length the rule with the lower priority number wins
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, Hit]] = []
    occupied = bytearray(len(text) + 1)
    for start, end, _prio, hit in cands:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end, hit))
    taken.sort(key=lambda t: t[0])
    out: list[Timex] = []
    prev_end = 0
    refs: list[Reference] = []  # dates mentioned so far, for anaphoric expressions
    story = StoryTime(text, dct)
    for i, (start, end, hit) in enumerate(taken):
        next_start = taken[i + 1][0] if i + 1 < len(taken) else len(text)
        start = drop_determiner(text, start, end)
        s, e, hit = extend(text, start, end, hit, prev_end)
        e = min(e, next_start)
        followed = False  # read against an earlier date of the text
        if hit.anchor is not None:
            unit, n, suffix = hit.anchor
            if unit in ("WD-", "WD+"):  # n is an ISO weekday
                value = resolve_weekday(refs, n, -1 if unit == "WD-" else 1)
            elif unit == "DOM":  # n is a day of the month
                value = resolve_day_of_month(refs, n)
            else:
                value = resolve(refs, unit, n)
            if value is not None:
                hit.value = value + suffix
                followed = True
            elif hit.needs_anchor:
                continue
        if hit.story is not None:
            base = story.reference_for(s, e, hit.anaphoric)
            if base is not None:
                try:
                    value = hit.story(base)
                except (ValueError, OverflowError):
                    value = None  # the story's time is past what the calendar holds
                if value is not None:
                    hit.value = value
                    followed = True
        if hit.type in ("DATE", "TIME"):
            ref = Reference.parse(hit.value)
            if ref is not None:
                refs.append(ref)
            story.told(hit.value, ref, s, e, followed)
        out.append(Timex(s, e, text[s:e], hit.type, hit.value, hit.mod))
        prev_end = e
    found = _year_ranges(text, _years_read_out(text, out))
    ranged = _range_years(text, _day_ranges(text, found))
    return _times_on_their_days(text, _ranges_in_order(text, ranged))


# "January nineteen ninety-seven", "the winter of nineteen ninety-four", "March third,
# nineteen ninety-eight": a year read out after a month, season or day is that one's year
_YEAR_AFTER = re.compile(r"(?:\s*,\s*|\s+of\s+|\s+)")
_YEARLESS = re.compile(r"(?:BC)?\d{4}(?P<rest>-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))")
_SPOKEN = re.compile(r"(?i:(?:the\s+year\s+)?(?:nineteen|eighteen|twenty|two)\b)")


def _years_read_out(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "DATE"
            and t.type == "DATE"
            and re.fullmatch(r"(?:BC)?\d{4}", t.value)
            and (_SPOKEN.match(t.text) or t.value.startswith("BC"))
            and not re.search(r"\d{4}", prev.text)
            and _YEAR_AFTER.fullmatch(text, prev.end, t.start)
        ):
            m = _YEARLESS.fullmatch(prev.value)
            if m:
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    "DATE",
                    t.value + m.group("rest"),
                    prev.mod,
                )
                continue
        out.append(t)
    return out


# "10-11 March", "March 10-11", "from March 2 to 5", "between 2 and 5 March": the day
# written alone is a date of the same month, so that the pair reads as a range
_RANGE_WORD = r"(?:-|–|—|to|and|through|until|till)"
_DAY_BEFORE = re.compile(rf"(?<![\w.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*{_RANGE_WORD}\s*$")
_DAY_AFTER = re.compile(
    rf"\s*{_RANGE_WORD}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|when|with|while|as|and|but|last|this|next)\b)"
)
_MONTH_FIRST = re.compile(r"[A-Za-z]")


def _day_ranges(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for i, t in enumerate(found):
        if t.type != "DATE" or not _DAY_VALUE.fullmatch(t.value):
            out.append(t)
            continue
        day = int(t.value[8:10])
        prev_end = out[-1].end if out else 0
        m = _DAY_BEFORE.search(text, max(prev_end, t.start - 12), t.start)
        if m and 0 < int(m.group("d")) < day and t.text[:1].isdigit():
            out.append(_same_month(t, m))
        out.append(t)
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        m = _DAY_AFTER.match(text, t.end, next_start)
        if m and day < int(m.group("d")) <= 31 and _MONTH_FIRST.match(t.text):
            out.append(_same_month(t, m))
    return out


def _same_month(date: Timex, day: re.Match[str]) -> Timex:
    """The lone day matched beside ``date``, as a date of the same month."""
    return Timex(
        day.start("d"),
        day.end("d"),
        day.group("d"),
        "DATE",
        f"{date.value[:8]}{int(day.group('d')):02d}",
        date.mod,
    )


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "6 a.m. on Sunday", "8 p.m., Jan. 5"; "Sunday at 6 a.m.", "Jan. 5, 3:15 p.m."
_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+|around\s+|about\s+)?")


def _times_on_their_days(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time next to the day it is on ("6 a.m. on Sunday", "Sunday at 6 a.m.") takes
    that day: TIMEX3 values a time with its date, which is the story's own day only when no
    other day is named."""
    out = list(found)
    for i, t in enumerate(out):
        if t.type != "TIME" or "T" not in t.value:
            continue
        day = None
        if i + 1 < len(out) and _TIME_THEN_DAY.fullmatch(text, t.end, out[i + 1].start):
            day = out[i + 1]
        if day is None and i > 0 and _DAY_THEN_TIME.fullmatch(text, out[i - 1].end, t.start):
            day = out[i - 1]
        if day is not None and day.type == "DATE" and _DAY_VALUE.fullmatch(day.value):
            date, _, clock = t.value.partition("T")
            if date != day.value:
                out[i] = dataclasses.replace(t, value=f"{day.value}T{clock}")
    return out


# "1861-1863", "1957-58": the year after the dash is a date of its own; "from 218 to 201 BC",
# "218–201 BC": the era written once holds for the first year too
_RANGE_END = re.compile(r"(?:-|–|—)(?P<y>\d{4}|\d\d)(?!\d)")
_EARLY_RANGE_END = re.compile(r"\s*(?:-|–|—)\s*(?P<y>[1-9]\d{2})(?!\d|[,.]\d)")
_BC_RANGE_START = re.compile(rf"(?<![\w.,])(?P<y>[1-9]\d{{0,3}})\s*{_RANGE_WORD}\s*$")
_YEAR_VALUE = re.compile(r"(?P<bc>BC)?(?P<y>\d{4})")
_DASHES = frozenset("-–—")


def _year_ranges(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for i, t in enumerate(found):
        # most dates are neither a BC year nor followed by a dash: skip them cheaply
        if t.type != "DATE" or not (
            t.value[:2] == "BC" or text[t.end : t.end + 1] in _DASHES or t.value[:1] == "0"
        ):
            out.append(t)
            continue
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        year = _YEAR_VALUE.fullmatch(t.value)
        if year and year["bc"]:
            prev_end = out[-1].end if out else 0
            m = _BC_RANGE_START.search(text, max(prev_end, t.start - 16), t.start)
            if m and int(m["y"]) > int(year["y"]):
                out.append(Timex(m.start("y"), m.end("y"), m["y"], "DATE", f"BC{int(m['y']):04d}"))
        out.append(t)
        if year and not year["bc"] and t.text[-1:].isdigit():
            m = _RANGE_END.match(text, t.end, next_start)
            if m is None and int(year["y"]) < 1000:
                # "c. 314 – 368", "360 - 366": early years are written apart from the dash
                m = _EARLY_RANGE_END.match(text, t.end, next_start)
                if m is not None and not rules_early.ends_phrase(text, m.end()):
                    m = None  # "in 300 - 400 cases": counts
            if m:
                first = int(year["y"])
                last = first // 100 * 100 + int(m["y"]) if len(m["y"]) == 2 else int(m["y"])
                if 0 < last - first < 200:
                    out.append(
                        Timex(m.start("y"), m.end("y"), m["y"], "DATE", f"{last:04d}", t.mod)
                    )
    return out


# "from 1 July to 18 November 1916", "June 3–4, 1942": a range writes its year once, at its
# end, and that year holds for its start too
_RANGE_GAP = re.compile(rf"\s*{_RANGE_WORD}\s*")
_YEAR_GAP = re.compile(r"\s*,\s*")
_WRITTEN_YEAR = re.compile(r"\d{3,4}|'\d\d")
_DATED = re.compile(r"(?P<y>\d{4})-(?P<md>\d\d(?:-\d\d)?|SP|SU|FA|WI)")
_SEASON_RANK = {"WI": "00", "SP": "03", "SU": "06", "FA": "09"}  # seasons placed as months


def _range_years(text: str, found: list[Timex]) -> list[Timex]:
    out = list(found)
    i = 0
    while i + 1 < len(out):
        t, n = out[i], out[i + 1]
        first = _DATED.fullmatch(t.value) if t.type == "DATE" and n.start - t.end < 12 else None
        if (
            first is None
            or _WRITTEN_YEAR.search(t.text)
            or not _RANGE_GAP.fullmatch(text, t.end, n.start)
        ):
            i += 1
            continue
        last = n
        if (
            n.text.isdigit()
            and i + 2 < len(out)
            and re.fullmatch(r"\d{4}", out[i + 2].value)
            and _YEAR_GAP.fullmatch(text, n.end, out[i + 2].start)
        ):
            # "June 3–4, 1942": the lone day takes the year written after it
            written = out.pop(i + 2)
            last = out[i + 1] = Timex(
                n.start,
                written.end,
                text[n.start : written.end],
                "DATE",
                written.value + n.value[4:],
            )
        end = _DATED.fullmatch(last.value) if last.type == "DATE" else None
        if end is not None and _WRITTEN_YEAR.search(last.text):
            a, b = (_SEASON_RANK.get(x["md"], x["md"]) for x in (first, end))
            year = int(end["y"]) - (a[:2] > b[:2] or (a > b and len(a) == len(b)))
            out[i] = dataclasses.replace(t, value=f"{year:04d}-{first['md']}")
        i += 1
    return out


# "runs from January 23 through March 9", said on January 28: a range starts before it ends,
# so a start read as next year's (the sentence speaks of the future) is this year's
_RANGE_OPENS = re.compile(r"(?i:\b(?:from|between)\s+)$")
_MONTH_DAY = re.compile(r"(?P<y>\d{4})-(?P<md>\d\d(?:-\d\d)?)")


def _ranges_in_order(text: str, found: list[Timex]) -> list[Timex]:
    out = list(found)
    for i in range(len(out) - 1):
        t, n = out[i], out[i + 1]
        first = _MONTH_DAY.fullmatch(t.value) if t.type == "DATE" else None
        last = _MONTH_DAY.fullmatch(n.value) if n.type == "DATE" else None
        if (
            first is None
            or last is None
            or len(first["md"]) != len(last["md"])
            or t.value <= n.value
            or _WRITTEN_YEAR.search(t.text)
            or n.start - t.end > 12
            or not _RANGE_GAP.fullmatch(text, t.end, n.start)
            or not _RANGE_OPENS.search(text, max(0, t.start - 12), t.start)
        ):
            continue
        year = int(last["y"]) - (first["md"] > last["md"])
        if year != int(first["y"]):
            out[i] = dataclasses.replace(t, value=f"{year:04d}-{first['md']}")
    return out
