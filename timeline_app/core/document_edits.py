"""The edits a timeline document offers: each applies itself and returns its inverse.

Applying an edit and then the edit it returned gives back the document it started from, the
order of events and articles included; so an undo step only keeps the edit to apply next
(``ui/commands.py``), and the Qt model only adapts edits to its signals (``ui/event_model.py``),
as orange-canvas-core's Scheme and its document commands divide the work.

An edit tells a ``Listener`` what it changes while it changes it (rows about to be inserted,
inserted, ...): the item model turns that into Qt's begin/end signals, and anything else
gets ``QUIET``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event


class Listener(Protocol):
    """Told of each change while an edit makes it (rows are the document's event rows)."""

    def inserting_events(self, first: int, last: int) -> None: ...
    def inserted_events(self, first: int, last: int) -> None: ...
    def removing_events(self, first: int, last: int) -> None: ...
    def removed_events(self, first: int, last: int) -> None: ...
    def changed_event(self, row: int) -> None: ...
    def changed_articles(self) -> None: ...


class _Quiet:
    def inserting_events(self, first: int, last: int) -> None:
        pass

    inserted_events = removing_events = removed_events = inserting_events

    def changed_event(self, row: int) -> None:
        pass

    def changed_articles(self) -> None:
        pass


QUIET: Listener = _Quiet()


class Edit(Protocol):
    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        """Change the document and return the edit that changes it back."""
        ...


@dataclasses.dataclass(frozen=True)
class Edits:
    """Several edits as one, applied in order; the inverse undoes them in reverse order."""

    steps: tuple[Edit, ...] = ()

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edits:
        inverses: list[Edit] = []
        try:
            for step in self.steps:
                inverses.insert(0, step.apply(document, listener))
        except Exception:
            # All or nothing: a step refused (an id already taken) undoes the steps before it.
            Edits(tuple(inverses)).apply(document, listener)
            raise
        return Edits(tuple(inverses))


@dataclasses.dataclass(frozen=True)
class InsertEvents:
    """Insert events before ``row`` (at the end when ``row`` is None)."""

    events: tuple[Event, ...]
    row: int | None = None

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        events = document.events
        row = len(events) if self.row is None else self.row
        if not 0 <= row <= len(events):
            raise IndexError(f"no row {row} to insert before in {len(events)} events")
        taken = [event.id for event in self.events if document.row_of(event.id) is not None]
        if taken or len({event.id for event in self.events}) != len(self.events):
            raise ValueError(f"event ids already on the timeline: {taken or 'repeated'}")
        if not self.events:
            return Edits()
        last = row + len(self.events) - 1
        listener.inserting_events(row, last)
        events[row:row] = self.events
        document.reindex_from(row)
        listener.inserted_events(row, last)
        return RemoveEvents(tuple(event.id for event in self.events))


@dataclasses.dataclass(frozen=True)
class RemoveEvents:
    """Remove the events with these ids (ids not on the timeline are passed over)."""

    ids: tuple[str, ...]

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        rows = sorted({row for row in map(document.row_of, self.ids) if row is not None})
        events = document.events
        putting_back: list[Edit] = []
        # Contiguous runs, last first, so that each run's rows are still right when it goes;
        # put back first run first, each lands where it was.
        for first, last in reversed(_runs(rows)):
            putting_back.insert(0, InsertEvents(tuple(events[first : last + 1]), first))
            listener.removing_events(first, last)
            del events[first : last + 1]
            document.reindex_from(first)
            listener.removed_events(first, last)
        return putting_back[0] if len(putting_back) == 1 else Edits(tuple(putting_back))


@dataclasses.dataclass(frozen=True)
class ReplaceEvent:
    """Put a new value in place of the event with the same id (KeyError if there is none)."""

    event: Event

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        row = document.row_of(self.event.id)
        if row is None:
            raise KeyError(self.event.id)
        old = document.events[row]
        document.events[row] = self.event
        listener.changed_event(row)
        return ReplaceEvent(old)


@dataclasses.dataclass(frozen=True)
class AttachArticle:
    """Add an article, or put a new value in place of the one with its id.

    A new article goes last, or at ``position`` among the articles (where a detached one
    was, when this edit puts it back); a changed one keeps its place.
    """

    article: Article
    position: int | None = None

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        sources = document.sources
        old = sources.get(self.article.id)
        if old is not None or self.position is None or self.position >= len(sources):
            sources[self.article.id] = self.article
        else:
            items = list(sources.items())
            items.insert(self.position, (self.article.id, self.article))
            sources.clear()
            sources.update(items)
        listener.changed_articles()
        return DetachArticle(self.article.id) if old is None else AttachArticle(old)


@dataclasses.dataclass(frozen=True)
class DetachArticle:
    """Remove the article with this id from the document (nothing if there is none)."""

    article_id: str

    def apply(self, document: TimelineDocument, listener: Listener = QUIET) -> Edit:
        if self.article_id not in document.sources:
            return Edits()
        position = list(document.sources).index(self.article_id)
        old = document.sources.pop(self.article_id)
        listener.changed_articles()
        return AttachArticle(old, position)


def add_events(events: Sequence[Event], articles: Sequence[Article] = ()) -> Edits:
    """Attach the articles the events cite, then add the events at the end."""
    return Edits((*map(AttachArticle, articles), InsertEvents(tuple(events))))


def set_publication_date(
    article: Article, published: dt.date | None, moved: Sequence[Event]
) -> Edits:
    """Change an article's publication date and move the events it dates to their new dates
    (``moved``: the new values, as ``core.review.retimed_events`` gives them)."""
    changed = dataclasses.replace(article, published=published)
    return Edits((AttachArticle(changed), *map(ReplaceEvent, moved)))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def merge_events(merged: Event, absorbed: Sequence[str]) -> Edits:
    """Put ``merged`` (one event holding the sources of several, as
    ``core.corroboration.combine`` makes it) in place of the event with its id, and remove the
    events it absorbed."""
    return Edits((ReplaceEvent(merged), RemoveEvents(tuple(absorbed))))


def split_event(document: TimelineDocument, parts: Sequence[Event]) -> Edits:
    """Put ``parts[0]`` in place of the event with its id and the other parts right after it
    (``core.corroboration.split_sources`` makes them, one per source)."""
    row = document.row_of(parts[0].id)
    if row is None:
        raise KeyError(parts[0].id)
    return Edits((ReplaceEvent(parts[0]), InsertEvents(tuple(parts[1:]), row + 1)))
