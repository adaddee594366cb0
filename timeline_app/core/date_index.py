"""Events filed by the days (or, for wide readings, the years) their readings of the date
cover, so that a new event is compared only with events whose dates may meet it.

``DateIndex`` is what a ``corroboration.Gatherer`` builds and grows while it gathers.
``KeptDateIndex`` is one kept for a timeline as it is edited (events come, go and change),
its lists always in the timeline's order, as an index built afresh has them.
``StackedDateIndex`` lays a ``DateIndex`` over a kept one: what a gathering files goes in
the top one, and the kept one is never changed, so that one timeline's index serves every
plan made over it (the review's).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from timeline_app.core.dates import When
from timeline_app.core.events import Event
from timeline_app.core.happenings import readings, span

# A reading of up to two months is filed under each day it covers, widened by the largest
# tolerance (``happenings.DATE_TOLERANCE_DAYS`` plus the approximate extra), and a wider one
# (a year, a range) under each year it touches: a lookup finds every event whose dates may
# meet, and a desk of many thousands compares each new event with a few dozen.
_SLACK_DAYS = 5
_FINE_DAYS = 62.0
_MAX_YEARS = 50  # a reading wider than this (a century) may meet anything


def _years(lo: float, hi: float) -> range | None:
    first = dt.date.fromordinal(max(1, int(lo) - _SLACK_DAYS)).year
    last = dt.date.fromordinal(min(dt.date.max.toordinal(), int(hi) + _SLACK_DAYS)).year
    return None if last - first > _MAX_YEARS else range(first, last + 1)


class DateIndex:
    """Events filed by the days or years their readings cover."""

    def __init__(self) -> None:
        self.days: dict[int, list[str]] = defaultdict(list)
        self.years: dict[int, list[str]] = defaultdict(list)
        self.everywhere: list[str] = []
        self.filed: dict[str, None] = {}  # every event, in the order it was first filed
        # Lists an event was added to after events filed later than it (it gained a source):
        # out of the timeline's order until ``settle``.
        self._unsettled: list[list[str]] = []

    def _lists_for(self, when: When) -> list[list[str]]:
        """The lists a reading is filed in."""
        lo, hi = span(when)
        if hi - lo <= _FINE_DAYS:
            days = self.days
            return [days[day] for day in range(int(lo) - _SLACK_DAYS, int(hi) + _SLACK_DAYS + 1)]
        years = _years(lo, hi)
        return [self.everywhere] if years is None else [self.years[year] for year in years]

    def add(self, event_id: str, whens: Iterable[When], *, late: bool = False) -> None:
        """File the event under its readings; ``late``: it was filed before other events (it
        gained a source), so the lists it joins are no longer in the timeline's order."""
        if not late:
            self.filed[event_id] = None
        for when in whens:
            lists = self._lists_for(when)
            for ids in lists:
                ids.append(event_id)
            if late:
                self._unsettled += lists

    def settle(self, position: Callable[[str], int | None]) -> None:
        """Put the lists events joined late back in the order of ``position`` (the timeline's
        order), each event once, as an index built afresh from the timeline has them: the
        first of several equally likely matches is then the same either way. Events no
        longer on the timeline (no position) leave."""
        for ids in {id(ids): ids for ids in self._unsettled}.values():
            placed = [(p, i) for i in dict.fromkeys(ids) if (p := position(i)) is not None]
            ids[:] = [i for _p, i in sorted(placed)]
        self._unsettled = []

    def every(self) -> Sequence[str]:
        """Every event filed, in the order they came (the timeline's)."""
        return list(self.filed)

    def lists_near(self, event: Event) -> Iterator[Sequence[str]]:
        """The lists holding every event whose dates may meet ``event``'s, in the order they
        are looked through: an index stacked on this one walks the same ones beside it."""
        for when in readings(event):
            lo, hi = span(when)
            years = _years(lo, hi)
            if years is None:  # a century may meet anything
                yield self.every()
                continue
            # Stored fine readings are filed widened; a wide new one looks a little wider.
            slack = 0 if hi - lo <= _FINE_DAYS else _SLACK_DAYS
            days, by_year = self.days, self.years
            for day in range(int(lo) - slack, int(hi) + slack + 1):
                yield days.get(day, ())
            for year in years:
                yield by_year.get(year, ())
        yield self.everywhere

    def near(self, event: Event) -> list[str]:
        """The ids of the events whose dates may meet ``event``'s, each once, in the order of
        the lists they are found in."""
        found: dict[str, None] = {}
        for ids in self.lists_near(event):
            found.update(dict.fromkeys(ids))
        return list(found)


class KeptDateIndex(DateIndex):
    """The index of a timeline that is edited: every list holds each event once, in the
    timeline's order (``position``: an event's row), as a ``DateIndex`` built afresh from the
    timeline and settled has them; ``remove`` takes an event out again."""

    def __init__(self, position: Callable[[str], int | None]) -> None:
        super().__init__()
        self._position = position

    def follow(self, position: Callable[[str], int | None]) -> None:
        """Take the timeline's order from ``position`` from now on (the same order)."""
        self._position = position

    def _row(self, event_id: str) -> int:
        row = self._position(event_id)
        return -1 if row is None else row

    def add(self, event_id: str, whens: Iterable[When], *, late: bool = False) -> None:
        """File the event in its place in the timeline's order (``late`` changes nothing: the
        lists are always in order)."""
        self.filed[event_id] = None
        row = self._row(event_id)
        for when in whens:
            for ids in self._lists_for(when):
                if not ids or self._row(ids[-1]) < row:  # the usual case: it comes last
                    ids.append(event_id)
                elif event_id not in ids:
                    bisect.insort(ids, event_id, key=self._row)

    def remove(self, event_id: str, whens: Iterable[When]) -> None:
        """Take the event out of the lists its readings ``whens`` filed it in."""
        self.filed.pop(event_id, None)
        for when in whens:
            for ids in self._lists_for(when):
                if event_id in ids:
                    ids.remove(event_id)
        # Lists left empty stay: days are few and are filed in again.

    def settle(self, position: Callable[[str], int | None]) -> None:
        pass  # always in order

    def every(self) -> Sequence[str]:
        return sorted(self.filed, key=self._row)


class StackedDateIndex:
    """A ``DateIndex`` laid over a kept one: filing goes in the top index only, and a lookup
    looks through each list of the kept one and then the top one's list for the same days,
    as one index holding both in that order would."""

    def __init__(self, kept: DateIndex) -> None:
        self.kept = kept
        self.top = DateIndex()

    def add(self, event_id: str, whens: Iterable[When], *, late: bool = False) -> None:
        self.top.add(event_id, whens, late=late)

    def settle(self, position: Callable[[str], int | None]) -> None:
        self.top.settle(position)

    def near(self, event: Event) -> list[str]:
        found: dict[str, None] = {}
        for kept, top in zip(self.kept.lists_near(event), self.top.lists_near(event), strict=True):
            found.update(dict.fromkeys(kept))
            found.update(dict.fromkeys(top))
        return list(found)
