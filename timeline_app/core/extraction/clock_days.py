"""The day a bare clock time is on: the day the narrative has reached, not the paper's.

The tagger reads a clock time that names no day ("At 9:40 p.m., the crew radioed") against
the publication date, as TIMEX3 does when nothing else is known. In a story that has named
its own day ("The storm reached the coast at 6 p.m. on Saturday, March 4."), a reader puts
the clock times that follow on that day, and one told after midnight of an evening
("By 3 a.m. the river had burst its banks") on the day after: the narrative goes on through
the night. A day named inside a quotation ("the letter warned of 'Friday, May 3'") is what
someone said, not where the story is; a day back at the publication date ("on Friday", in
Friday's paper) brings the story home, where the tagger's reading is right again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from timeline_app.core.extraction.quotations import Quotations
from timeline_app.core.timex import Timex

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")
_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
# a clock time that names no day of its own: "9:40 p.m.", "at noon", "6 a.m. local time"
_BARE_CLOCK = re.compile(
    r"(?i:(?:about|around|shortly\s+(?:after|before)|just\s+(?:after|before)|at|by|"
    r"after|before|until)?\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock)|"
    r"\d{1,2}:\d{2}|noon|midnight)(?:\s+(?:local|GMT|EST|EDT|PST|PDT|CST|CDT)(?:\s+time)?)?)"
)
# The night goes on into the next day: an evening's clock time, then a morning's.
_EVENING_FROM = 18
_MORNING_UNTIL = 12
# the hour a part of a day stands for ("Sunday night, ... around 12:30 a.m.": Monday's)
_PART_HOURS = {"MO": 9, "MI": 12, "AF": 15, "EV": 19, "NI": 22}


def on_the_story_day(
    text: str,
    timexes: Sequence[Timex],
    published: dt.date | None,
    quotations: Quotations | None = None,
) -> list[Timex]:
    """The timexes, with each bare clock time the tagger put on the publication day moved to
    the day the story had reached (the next day after an evening's clock time, for a
    morning's)."""
    out = list(timexes)
    if published is None:
        return out
    if quotations is None:
        quotations = Quotations(text)
    today = published.isoformat()
    day: dt.date | None = None  # the story's day, when it is not the paper's
    last_hour: int | None = None
    for i, timex in enumerate(out):
        clock = _CLOCK_VALUE.match(timex.value) if timex.type == "TIME" else None
        if clock is not None and clock.group(1) == today and _BARE_CLOCK.fullmatch(timex.text):
            hour = int(clock.group(2))
            if day is None:
                continue
            if last_hour is not None and last_hour >= _EVENING_FROM and hour < _MORNING_UNTIL:
                day += dt.timedelta(days=1)  # "at 10 p.m. ... by 2 a.m.": past midnight
            last_hour = hour
            value = day.isoformat() + timex.value[len(today) :]
            out[i] = dataclasses.replace(timex, value=value)
            continue
        named = _DAY.match(timex.value)
        if timex.type not in ("DATE", "TIME") or named is None or quotations.holds(timex.start):
            continue
        part = _PART_HOURS.get(timex.value[len("2000-01-01T") :]) if clock is None else None
        if len(timex.value) != len("2000-01-01") and clock is None and part is None:
            continue
        if named.group(1) == today:
            day, last_hour = None, None  # back at the paper's own day
            continue
        try:
            new_day = dt.date.fromisoformat(named.group(1))
        except ValueError:
            continue
        if clock is not None:
            last_hour = int(clock.group(2))
        elif part is not None:
            last_hour = part
        elif new_day != day:
            last_hour = None  # "at 9:47 p.m. on Friday, June 6": the day keeps its clock
        day = new_day
    return out


def on_a_later_named_day(timex: Timex, published: dt.date, day: dt.date) -> Timex | None:
    """A bare clock time the tagger put on the publication day, moved to the story's day a
    later paragraph names ("was not warned until 2:40 a.m. ... The flood struck on
    Sunday."); None for any other date."""
    clock = _CLOCK_VALUE.match(timex.value) if timex.type == "TIME" else None
    today = published.isoformat()
    if clock is None or clock.group(1) != today or not _BARE_CLOCK.fullmatch(timex.text):
        return None
    return dataclasses.replace(timex, value=day.isoformat() + timex.value[len(today) :])
