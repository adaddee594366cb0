"""A life's dates in brackets after a name: "Tomas Reyes (4 May 1811 – 19 June 1870) was ...".

Encyclopaedias and obituaries give a person's birth and death this way, with no verb: the
clause rules see only "was a surveyor" and the dates went unread. Here the bracket is read as
what it abbreviates: "(DATE – DATE)" is born and died, "(born DATE)" or "(b. DATE)" born,
"(died DATE)" or "(d. DATE)" died. Other brackets after a name ("Ana Ruiz (pictured)", "Ruiz
(2004)" citing a work) say nothing of a life and are left alone.

An encyclopaedia's opening bracket often holds more before the dates: a pronunciation, the
name in another script, each part set off by a semicolon ("(German pronunciation:
[ˈbɛʁnʊli]; 8 February 1700 – 17 March 1782)"), or by a comma before a date written to the
day ("(樋口 一葉, May 2, 1872 – November 23, 1896)"); and the places of birth and death may
stand beside the dates ("(31 March 1635 in Aberdeen – 29 November 1699 in Moscow)"). Such a
bracket may nest others ("d(ə)-VOR"); it is read whole, part by part.
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
# between the two dates: a dash (or "to"), after the place of birth if it is given
_BETWEEN = re.compile(
    r"^(?:\s+(?:in|at|near)\s+[^;()\[\]\d]*?)?\s*(?:[–—-]|to)\s*(?:c\.\s*|ca\.\s*)?$",
    re.IGNORECASE,
)
_BEFORE_FIRST = re.compile(
    r"^(?:(?:née|nee|born|b\.)\s+[^;,()]*[;,]\s*)?(?:c\.\s*|ca\.\s*|circa\s+)?$", re.IGNORECASE
)
# a name written in another script, or a birth name, before a date written to the day
_NAME_THEN_COMMA = re.compile(r"^[^;\d()\[\]]+,\s*$")
# Capitalised words, with the particles of names between them ("Theodorus of Tabennese",
# "Ludwig van Beethoven"), on one line: a headline above the article is no part of the name
_PARTICLES = r"(?:of|de|del|della|der|den|van|von|da|di|du|la|le|bin|ibn|al)"
_NAME_BEFORE = re.compile(
    rf"((?:[A-Z][\w'’.-]*[ \t]+(?:{_PARTICLES}[ \t]+)?){{0,5}}[A-Z][\w'’.-]*)[ \t]*\($"
)
# where a sentence (or a line) begins: a life given by years alone belongs to the name the
# sentence opens with ("Karl Dorn (1811–1870) was a painter"), not to a work named inside it
# ("his Grammar on Historical Principles (1909–1949)" ran over forty years)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)\]]*\s+|\n)\s*$")
# or that the words after the bracket describe or predicate, as of a person ("Pierre Lenoir
# (1704 – 1787), a painter", "his daughter Rulan Pian (1922 – 2013) was a professor")
_LIFE_AFTER = re.compile(r"\)(?:,\s+(?:a|an|the)\s|\s+(?:was|is)\s)")
_DETERMINER = re.compile(r"(?:The|A|An|His|Her|Its|Their|Our|My|This|That)[ \t]+")
_LONGEST_BRACKET = 400


@dataclass(frozen=True, slots=True)
class LifeDate:
    """One end of a life read from a bracket: ``what`` (BORN or DIED) on ``timex``, of the
    person named ``text[name_start:name_end]``."""

    what: str
    timex: Timex
    name_start: int
    name_end: int
    exact: bool = False  # the bracket gives a day or a month, not years alone


def life_dates(text: str, timexes: Sequence[Timex]) -> list[LifeDate]:
    """The births and deaths the brackets after names in ``text`` give; ``timexes`` are the
    date expressions of ``text`` (offsets into it), in order."""
    out: list[LifeDate] = []
    starts = [t.start for t in timexes]
    for opening in re.finditer(r"\(", text):
        name = _NAME_BEFORE.search(text, max(0, opening.start() - 80), opening.start() + 1)
        if name is None:
            continue
        close = _closing(text, opening.start())
        if close is None:
            continue
        # only the dates inside this bracket, found by their offsets (a long text has many)
        first = bisect_right(starts, opening.start())
        last = bisect_left(starts, close)
        inside = [t for t in timexes[first:last] if t.end <= close and t.type == "DATE"]
        name_start = name.start(1)
        determiner = _DETERMINER.match(text, name_start, name.end(1))
        if determiner:
            name_start = determiner.end()  # "His History of Painting": no name opens it
        at_start = bool(_SENTENCE_START.search(text, max(0, name_start - 8), name_start)) or bool(
            _LIFE_AFTER.match(text, close)
        )
        for start, end in _parts(text, opening.start() + 1, close):
            dates = [t for t in inside if start <= t.start and t.end <= end]
            found = _read(text, start, end, dates, at_start)
            exact = any("-" in t.value[1:] for _, t in found)
            out += [LifeDate(what, timex, name_start, name.end(1), exact) for what, timex in found]
    return out


def _closing(text: str, opening: int) -> int | None:
    """The offset of the bracket that closes the one at ``opening``, if near enough."""
    depth = 0
    for i in range(opening, min(len(text), opening + _LONGEST_BRACKET)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "\n":
            return None
    return None


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bracket's parts set off by semicolons outside any inner bracket."""
    parts = []
    depth = 0
    begin = start
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in parts]


def _read(
    text: str, start: int, end: int, dates: Sequence[Timex], at_start: bool
) -> list[tuple[str, Timex]]:
    if not dates or len(dates) > 2:
        return []
    first = dates[0]
    lead = text[start : first.start]
    if len(dates) == 2:
        second = dates[1]
        if not _BETWEEN.match(text[first.end : second.start]):
            return []
        after = text[second.end : end]
        if after.strip(" ,") and not re.match(r"^\s*(?:in|at|near)\s", after):
            return []  # only the place of death may follow the dates
        days = "-" in first.value[1:]  # written to the month or the day, not a year alone
        if not (days or at_start):
            return []
        if _BEFORE_FIRST.match(lead) or (days and _NAME_THEN_COMMA.match(lead)):
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
