"""What the head of an article's text says about it: its headline and the day it appeared.

News text carries its publication date in a few conventional places: a wire dateline opening
the story ("KYIV, March 2 (Reuters) - ", "ROTTERDAM, 14 November 2024 — "), a "Published ..."
or "Updated ..." line, a byline ("By Jane Doe | Jan. 5, 2021") or a line that is only a date.
Each place is a rule below (a pattern and a rank); the date text itself is read by the TIMEX3
tagger, never guessed. A date without a year ("March 2") is reported as such: the caller is
told the year was assumed, and which.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Only the first lines of a story can be its head.
_HEAD_LINES = 10
_HEAD_CHARS = 3000
# A headline, byline or "Published" line is short; a longer line is the story itself.
_SHORT_LINE = 200
_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)(?:$|T)")


@dataclass(frozen=True)
class FoundDate:
    """A publication date read from the article, with the place it was read from."""

    date: dt.date
    origin: str  # "the dateline “ROTTERDAM, 14 November 2024”", "ukraine.json beside the article"
    year_assumed: bool = False  # the place gave a day and month only

    def explanation(self) -> str:
        """ "from the dateline “KYIV, March 2”, which gives no year: 2026 is assumed (...)"."""
        if not self.year_assumed:
            return f"from {self.origin}"
        return (
            f"from {self.origin}, which gives no year: {self.date.year} is assumed "
            f"(the latest {self.date.day} {self.date:%B} not after today)"
        )


@dataclass(frozen=True)
class _HeadRule:
    """One conventional place of the publication date in a story's first lines."""

    name: str
    pattern: re.Pattern[str]
    rank: int  # the lower wins when several places give a date
    origin: str  # how the place is named to the user; {text} is the part read
    short: bool = True  # only a line of its own (not the opening of a paragraph)


_DASH = r"(?:[-–—]{1,2}|_)"  # AP writes "MANILA, Philippines (AP) _"
_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]*){0,3}"  # KYIV, NEW YORK, ST. LOUIS
_DATELINE = re.compile(
    rf"^(?P<head>{_PLACE}"
    r"(?:,\s*(?P<date>[^\n()\-–—_]{3,60}?))?)"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?"
    rf"{_DASH}(?:\s|$)"
)

_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}"
# "By Jane Doe | Jan. 5", "By JANE DOE and Max Roe, Reuters", "By Jane Doe on 5 January 2021"
_BYLINE = re.compile(
    rf"^\s*by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[|,·•]|{_DASH}|\bon\b|\bat\b|$)", re.I
)

_RULES = (
    _HeadRule(
        "published",
        re.compile(
            r"^\s*(?:first\s+)?(?:published|posted|publication\s+date|date\s+published|dated?)"
            r"\b(?!\s+by\b)",
            re.I,
        ),
        0,
        "the line “{text}”",
    ),
    _HeadRule("dateline", _DATELINE, 1, "the dateline “{text}”", short=False),
    _HeadRule("byline", _BYLINE, 2, "the byline “{text}”"),
    _HeadRule(
        "updated",
        re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.I),
        3,
        "the line “{text}”",
    ),
)
_DATE_ONLY_RANK = 2


def head_lines(text: str) -> list[str]:
    """The first non-empty lines of the text, stripped."""
    lines = []
    for line in text[:_HEAD_CHARS].splitlines():
        line = " ".join(line.split())
        if line:
            lines.append(line)
            if len(lines) == _HEAD_LINES:
                break
    return lines


def publication_date_in_text(text: str, today: dt.date | None = None) -> FoundDate | None:
    """The publication date the story's first lines give, and where; None when they give none.

    ``today`` bounds the year assumed for a day without one (the latest such day not after it).
    """
    today = today or dt.date.today()
    best: tuple[int, int, FoundDate] | None = None
    for number, line in enumerate(head_lines(text)):
        found = _date_of_line(line, today)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], number, found[1])
        if best is not None and best[0] == 0:
            break
    return best[2] if best else None


def headline_in_text(text: str) -> str:
    """The story's first line when it reads as a headline: short, a line of its own, no
    closing full stop, and not a dateline, byline or date line. Else ""."""
    lines = head_lines(text)
    if len(lines) < 2:
        return ""  # a single line is the story, not its headline
    first = lines[0]
    if len(first) > _SHORT_LINE or first.endswith((".", ",", ";", ":")):
        return ""
    if any(rule.pattern.match(first) for rule in _RULES) or _only_date(first):
        return ""
    return first


# --- reading one line ----------------------------------------------------------------------------


def _date_of_line(line: str, today: dt.date) -> tuple[int, FoundDate] | None:
    for rule in _RULES:
        match = rule.pattern.match(line)
        if match is None or (rule.short and len(line) > _SHORT_LINE):
            continue
        if rule.name == "dateline":
            part = match.group("date")
            if not part:
                return None
            day = _day_in(part, at_end=True)
            shown = match.group("head")
        else:
            day = _day_in(line)
            shown = line
        date = None if day is None else _found(day, rule.origin.format(text=shown), today)
        return None if date is None else (rule.rank, date)
    if len(line) <= _SHORT_LINE:
        day = _only_date(line)
        date = None if day is None else _found(day, f"the line “{line}”", today)
        if date is not None:
            return _DATE_ONLY_RANK, date
    return None


def _found(day: tuple[int | None, int, int], origin: str, today: dt.date) -> FoundDate | None:
    year, month, number = day
    if year is not None:
        return FoundDate(dt.date(year, month, number), origin)
    for back in range(0, 9):  # 29 February waits up to eight years for its year
        try:
            date = dt.date(today.year - back, month, number)
        except ValueError:
            continue
        if date <= today:
            return FoundDate(date, origin, year_assumed=True)
    return None


def _timexes(text: str):
    from timeline_app.core.timex import tag  # the tagger's rules load on first use

    # No reference date: a day without its year must stay "XXXX", not become this year's.
    return [t for t in tag(text, None) if t.type in ("DATE", "TIME")]


def _day(value: str) -> tuple[int | None, int, int] | None:
    match = _DAY_VALUE.match(value)
    if match is None:
        return None
    year = None if match.group(1) == "XXXX" else int(match.group(1))
    month, day = int(match.group(2)), int(match.group(3))
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return year, month, day


def _day_in(text: str, at_end: bool = False) -> tuple[int | None, int, int] | None:
    """The first calendar day the text names (with ``at_end``: one that ends the text)."""
    stripped = text.rstrip(" ,")
    for timex in _timexes(stripped):
        if at_end and timex.end < len(stripped) - 1:
            continue
        day = _day(timex.value)
        if day is not None:
            return day
    return None


def _only_date(line: str) -> tuple[int | None, int, int] | None:
    """The day a line names when the line is nothing but that date (and perhaps a time)."""
    found = _timexes(line)
    if not found:
        return None
    rest = line
    for timex in reversed(found):
        rest = rest[: timex.start] + rest[timex.end :]
    if re.sub(r"[\s,|·•\-–—/()]+|\b(?:at|on|GMT|UTC|[A-Z]{2,4}T)\b", "", rest):
        return None
    day = _day(found[0].value)
    return day if day is not None and day[0] is not None else None
