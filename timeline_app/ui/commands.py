"""Undo commands: every change to the document is one of these, pushed on the one QUndoStack.

A command holds a document edit (``core/document_edits.py``) and applies it through the model,
which emits the signals views follow; applying an edit returns its inverse, which is what
undo applies, and undoing returns the edit again for redo (the pattern of
orange-canvas-core's document commands).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from timeline_app.core.document import TimelineDocument
from timeline_app.core.document_edits import (
    AttachArticle,
    Edit,
    Edits,
    RemoveEvents,
    ReplaceEvent,
    add_events,
    merge_events,
    split_event,
)
from timeline_app.core.events import Article, Event
from timeline_app.ui.event_model import EventModel


class DocumentEditCommand(QUndoCommand):
    """One edit of the document as one undo step."""

    def __init__(self, model: EventModel, edit: Edit, text: str):
        super().__init__(text)
        self._model = model
        self._edit = edit
        self._inverse: Edit | None = None

    def redo(self) -> None:
        self._inverse = self._model.apply(self._edit)

    def undo(self) -> None:
        if self._inverse is not None:
            self._edit = self._model.apply(self._inverse)


class AddEventsCommand(DocumentEditCommand):
    """Append events (and the articles they cite) to the end of the document."""

    def __init__(
        self,
        model: EventModel,
        events: Sequence[Event],
        text: str = "",
        articles: Sequence[Article] = (),
    ):
        count = len(events)
        text = text or (f"Add “{events[0].title}”" if count == 1 else f"Add {count} events")
        super().__init__(model, add_events(events, articles), text)
        self._ids = [e.id for e in events]

    @property
    def event_ids(self) -> list[str]:
        return list(self._ids)


class RemoveEventsCommand(DocumentEditCommand):
    """Remove events; undo puts them back in their old rows."""

    def __init__(self, model: EventModel, event_ids: Sequence[str], text: str = ""):
        count = len(event_ids)
        if not text:
            first = model.event_by_id(event_ids[0]) if count else None
            text = f"Delete “{first.title}”" if count == 1 and first else f"Delete {count} events"
        super().__init__(model, RemoveEvents(tuple(event_ids)), text)


class EditEventCommand(DocumentEditCommand):
    """Replace one event with an edited value of the same id."""

    def __init__(self, model: EventModel, new: Event, text: str = ""):
        super().__init__(model, ReplaceEvent(new), text or f"Edit “{new.title}”")


class SetArticleCommand(DocumentEditCommand):
    """Add or change an article of the document (e.g. its publication date)."""

    def __init__(self, model: EventModel, article: Article, text: str = ""):
        super().__init__(
            model, AttachArticle(article), text or f"Change “{article.title or 'article'}”"
        )


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


class MergeEventsCommand(DocumentEditCommand):
    """Several events as one holding all their sources; undo gives them back as they were."""

    def __init__(self, model: EventModel, merged: Event, absorbed: Sequence[str]):
        count = len(absorbed) + 1
        super().__init__(model, merge_events(merged, absorbed), f"Merge {count} Events")


class RegradeEventsCommand(DocumentEditCommand):
    """New suggested grades for events (after the outlets' reliability changed)."""

    def __init__(self, model: EventModel, events: Sequence[Event]):
        edit = Edits(tuple(map(ReplaceEvent, events)))
        super().__init__(model, edit, f"Regrade {len(events)} Events")


class SplitSourcesCommand(DocumentEditCommand):
    """One event per source of an event; undo gives back the event with all its sources."""

    def __init__(self, model: EventModel, parts: Sequence[Event]):
        edit = split_event(model.document, parts)
        super().__init__(model, edit, f"Split “{parts[0].title}” into {len(parts)} Events")
