"""Undo commands: every change to the document is one of these, pushed on the one QUndoStack.

Each command changes only the model; views follow the model's signals (the pattern of
orange-canvas-core's document commands).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event
from timeline_app.ui.event_model import EventModel


class AddEventsCommand(QUndoCommand):
    """Append events (and the articles they cite) to the end of the document."""

    def __init__(
        self,
        model: EventModel,
        events: Sequence[Event],
        text: str = "",
        articles: Sequence[Article] = (),
    ):
        count = len(events)
        super().__init__(
            text or (f"Add “{events[0].title}”" if count == 1 else f"Add {count} events")
        )
        self._model = model
        self._events = list(events)
        self._articles = list(articles)
        self._replaced_articles: list[Article | None] = []

    def redo(self) -> None:
        self._replaced_articles = [self._model.put_article(a) for a in self._articles]
        self._model.insert_events(self._model.rowCount(), self._events)

    def undo(self) -> None:
        rows = [self._model.row_of(e.id) for e in self._events]
        self._model.remove_rows(r for r in rows if r is not None)
        for article, previous in zip(self._articles, self._replaced_articles, strict=True):
            if previous is None:
                self._model.drop_article(article.id)
            else:
                self._model.put_article(previous)

    @property
    def event_ids(self) -> list[str]:
        return [e.id for e in self._events]


class RemoveEventsCommand(QUndoCommand):
    """Remove events; undo puts them back in their old rows."""

    def __init__(self, model: EventModel, event_ids: Sequence[str], text: str = ""):
        count = len(event_ids)
        if not text:
            first = model.event_by_id(event_ids[0]) if count else None
            text = f"Delete “{first.title}”" if count == 1 and first else f"Delete {count} events"
        super().__init__(text)
        self._model = model
        self._ids = list(event_ids)
        self._removed: list[tuple[int, Event]] = []

    def redo(self) -> None:
        rows = [self._model.row_of(i) for i in self._ids]
        self._removed = self._model.remove_rows(r for r in rows if r is not None)

    def undo(self) -> None:
        for row, event in self._removed:  # ascending rows: each lands where it was
            self._model.insert_events(row, [event])


class EditEventCommand(QUndoCommand):
    """Replace one event with an edited value of the same id."""

    def __init__(self, model: EventModel, new: Event, text: str = ""):
        super().__init__(text or f"Edit “{new.title}”")
        self._model = model
        self._new = new
        self._old: Event | None = None

    def redo(self) -> None:
        self._old = self._model.replace_event(self._new)

    def undo(self) -> None:
        if self._old is not None:
            self._model.replace_event(self._old)


class ReplaceDocumentCommand(QUndoCommand):
    """Swap the whole document (e.g. New, or replacing the events with an import)."""

    def __init__(self, model: EventModel, document: TimelineDocument, text: str):
        super().__init__(text)
        self._model = model
        self._other = document

    def _swap(self) -> None:
        current = self._model.document
        self._model.set_document(self._other)
        self._other = current

    redo = _swap
    undo = _swap


class SetArticleCommand(QUndoCommand):
    """Add or change an article of the document (e.g. its publication date)."""

    def __init__(self, model: EventModel, article: Article, text: str = ""):
        super().__init__(text or f"Change “{article.title or 'article'}”")
        self._model = model
        self._new = article
        self._old: Article | None = None

    def redo(self) -> None:
        self._old = self._model.put_article(self._new)

    def undo(self) -> None:
        if self._old is None:
            self._model.drop_article(self._new.id)
        else:
            self._model.put_article(self._old)
