"""A life's dates in brackets after a name: "Tomas Reyes (4 May 1811 – 19 June 1870) was ...".

Encyclopaedias and obituaries give a person's birth and death this way, with no verb: the
clause rules see only "was a surveyor" and the dates went unread. Here the bracket is read as
what it abbreviates: "(DATE – DATE)" is born and died, "(born DATE)" or "(b. DATE)" born,
"(died DATE)" or "(d. DATE)" died. Other brackets after a name ("Ana Ruiz (pictured)", "Ruiz
(2004)" citing a work) say nothing of a life and are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.core.timex import Timex

BORN = "born"
DIED = "died"

# What may stand in the bracket besides the dates: a birth name, a place, "c." or "fl." and
# the separators ("née Sand; 3 June 1902 – 8 May 1988", "born 12 March 1950 in Oslo").
_BORN_CUE = re.compile(r"(?:^|[;,(]\s*)(?:born|b\.)\s*$", re.IGNORECASE)
_DIED_CUE = re.compile(r"(?:^|[;,(]\s*)(?:died|d\.)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"^\s*(?:[–—-]|to)\s*(?:c\.\s*|ca\.\s*)?$", re.IGNORECASE)
_BEFORE_FIRST = re.compile(
    r"^(?:(?:née|nee|born|b\.)\s+[^;,()]*[;,]\s*)?(?:c\.\s*|ca\.\s*|circa\s+)?$", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s*\($")


@dataclass(frozen=True, slots=True)
class LifeDate:
    """One end of a life read from a bracket: ``what`` (BORN or DIED) on ``timex``, of the
    person named ``text[name_start:name_end]``."""

    what: str
    timex: Timex
    name_start: int
    name_end: int


def life_dates(text: str, timexes: Sequence[Timex]) -> list[LifeDate]:
    """The births and deaths the brackets after names in ``text`` give; ``timexes`` are the
    date expressions of ``text`` (offsets into it), in order."""
    out: list[LifeDate] = []
    starts = [t.start for t in timexes]
    for bracket in re.finditer(r"\(([^()]{4,120})\)", text):
        name = _NAME_BEFORE.search(text, max(0, bracket.start() - 80), bracket.start() + 1)
        if name is None:
            continue
        # only the dates inside this bracket, found by their offsets (a long text has many)
        first = bisect_right(starts, bracket.start())
        last = bisect_left(starts, bracket.end())
        inside = [t for t in timexes[first:last] if t.end < bracket.end() and t.type == "DATE"]
        found = _read(text, bracket.start() + 1, bracket.end() - 1, inside)
        out += [LifeDate(what, timex, name.start(1), name.end(1)) for what, timex in found]
    return out


def _read(text: str, start: int, end: int, dates: Sequence[Timex]) -> list[tuple[str, Timex]]:
    if not dates or len(dates) > 2:
        return []
    first = dates[0]
    lead = text[start : first.start]
    if len(dates) == 2:
        second = dates[1]
        if _BEFORE_FIRST.match(lead) and _BETWEEN.match(text[first.end : second.start]):
            return [(BORN, first), (DIED, second)]
        return []
    rest = text[first.end : end]
    if rest.strip() and not re.match(r"^\s*(?:in|at|,|;)\s", rest):
        return []
    if _BORN_CUE.search(lead):
        return [(BORN, first)]
    if _DIED_CUE.search(lead):
        return [(DIED, first)]
    return []
