"""A timeline's events kept indexed while it is edited, for what the review asks of it on
every change: where each of an article's candidates would be gathered, and which of them the
timeline already holds.

Built once from a document (its cost grows with the timeline, as ``corroboration.Gatherer``'s
does), then kept up to date by the document's edits: it is a ``document_edits.Listener``, told
of each event that comes, goes or changes. A plan or a repeat search then costs what the
candidates cost (the events whose dates or places may meet theirs), not what the timeline
holds, and gives what ``review_plan`` and ``find_duplicates`` give over the whole timeline.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline_app.core.corroboration import Gatherer, MergeResult
from timeline_app.core.date_index import KeptDateIndex
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event
from timeline_app.core.happenings import readings
from timeline_app.core.review import mention_place, repeats


class TimelineIndex:
    """One document's events by id, by the days their readings cover and by the places of
    articles they were read from, in the timeline's order."""

    def __init__(self, document: TimelineDocument) -> None:
        self._document = document
        self._events: dict[str, Event] = {}
        self._dates = KeptDateIndex(document.row_of)
        # Place of an article (``review.mention_place``) -> ids of the events holding a
        # source read there, once per such source, in the timeline's order.
        self._places: dict[tuple, list[str]] = defaultdict(list)
        # What plans worked out of the events compared (``corroboration._Brief``), kept for
        # the next plan; an event's entry is worked out again once its value changes.
        self._briefs: dict = {}
        for event in document.events:
            self._file(event)

    @property
    def document(self) -> TimelineDocument:
        return self._document

    def __len__(self) -> int:
        return len(self._events)

    def follow(self, document: TimelineDocument) -> None:
        """Be the index of ``document`` from now on: one holding the events this index was
        built from, in the same order (it was built from a copy, off the GUI thread)."""
        if [e.id for e in document.events] != [e.id for e in self._document.events]:
            raise ValueError("the document does not hold the events this index was built from")
        self._document = document
        self._dates.follow(document.row_of)

    def event(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def _row(self, event_id: str) -> int:
        row = self._document.row_of(event_id)
        return -1 if row is None else row

    def _file(self, event: Event) -> None:
        self._events[event.id] = event
        self._dates.add(event.id, readings(event))
        row = self._row(event.id)
        for source in event.sources:
            if source.source_id:
                ids = self._places[mention_place(source)]
                if not ids or self._row(ids[-1]) <= row:
                    ids.append(event.id)
                else:
                    bisect.insort(ids, event.id, key=self._row)

    def _unfile(self, event: Event) -> None:
        del self._events[event.id]
        self._briefs.pop(event.id, None)
        self._dates.remove(event.id, readings(event))
        for source in event.sources:
            ids = self._places.get(mention_place(source)) if source.source_id else None
            if ids is not None:
                ids[:] = [i for i in ids if i != event.id]
                if not ids:
                    del self._places[mention_place(source)]

    # --- told of the document's edits (a ``document_edits.Listener``) ---------------------

    def inserting_events(self, first: int, last: int) -> None:
        pass

    def inserted_events(self, first: int, last: int) -> None:
        for event in self._document.events[first : last + 1]:
            self._file(event)

    def removing_events(self, first: int, last: int) -> None:
        for event in self._document.events[first : last + 1]:
            self._unfile(event)

    def removed_events(self, first: int, last: int) -> None:
        pass

    def changed_event(self, row: int) -> None:
        event = self._document.events[row]
        old = self._events[event.id]
        if old is not event:  # a redraw of every row (another date style) changes none
            self._unfile(old)
            self._file(event)

    def changed_articles(self) -> None:
        pass

    # --- what the review asks ---------------------------------------------------------------

    def plan(self, candidates: list[Event], articles: Mapping[str, Article]) -> MergeResult:
        """What ``corroboration.review_plan(the timeline's events, candidates, articles)``
        gives, but for ``events``, left empty."""
        gatherer = Gatherer.over(self._events, self._dates, self._document.row_of, self._briefs)
        return gatherer.gather(candidates, articles)

    def holds(self, event_id: str) -> bool:
        return event_id in self._events

    def read_at(self, place: tuple) -> list[Event]:
        """The events holding a source read at this place of an article, in the timeline's
        order (an event once for each such source)."""
        return [self._events[i] for i in self._places.get(place, ())]

    def duplicates(self, candidates: Sequence[Event], joined: Mapping[str, str]) -> dict[str, str]:
        """What ``review.find_duplicates(candidates, the timeline's events, joined)`` gives."""
        return repeats(candidates, self.holds, self.read_at, joined)


@dataclass
class ReviewMarks:
    """What the review marks on an article's candidates: ``plan``, where each would be
    gathered (``review_plan``'s); ``duplicates``, candidate id -> the timeline event it
    repeats (``find_duplicates``'), with ``titles`` by event id; ``adds``, candidate id ->
    what it adds to a timeline event told by other articles ("a second source for …")."""

    plan: MergeResult
    duplicates: dict[str, str]
    titles: dict[str, str]
    adds: dict[str, str]


def review_marks(
    index: TimelineIndex, candidates: list[Event], articles: Mapping[str, Article]
) -> ReviewMarks:
    """The marks of ``candidates`` against the timeline ``index`` holds."""
    plan = index.plan(candidates, articles)
    duplicates = index.duplicates(candidates, plan.joined)
    titles = {}
    for target in set(duplicates.values()):
        event = index.event(target)
        titles[target] = event.title if event else ""
    adds = {
        new_id: plan.notes[new_id]
        for new_id, target in plan.joined.items()
        if index.holds(target) and not plan.notes[new_id].startswith("already")
    }
    return ReviewMarks(plan, duplicates, titles, adds)
