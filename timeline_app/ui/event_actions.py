"""Adding, editing and deleting events by hand: the event editor (window-modal, one at a
time) and the undoable commands it ends in."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractProxyModel, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from timeline_app.core.corroboration import combine, outlet_of, regrade, split_sources
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.events import Event, new_id
from timeline_app.ui.commands import (
    AddEventsCommand,
    EditEventCommand,
    MergeEventsCommand,
    RegradeEventsCommand,
    RemoveEventsCommand,
    SplitSourcesCommand,
)
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.settings import Settings


class EventActions(QObject):
    """The window's Edit ▸ Add/Edit/Delete Event, and selecting an event by its id."""

    def __init__(
        self,
        window: QWidget,
        *,
        model: EventModel,
        selection: QItemSelectionModel,
        stack: QUndoStack,
        details: DetailPane,
        settings: Settings,
        proxy: QAbstractProxyModel | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model, self._selection, self._stack = model, selection, stack
        self._details = details
        self._settings = settings
        self._proxy = proxy  # the table's order (sorted, filtered), for "the next event"
        self.current_editor: EventEditor | None = None
        self.current_dialog: QWidget | None = None

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self._selection.selectedRows())
        return [self._model.event_at(row).id for row in rows]

    def select_event(self, event_id: str) -> None:
        row = self._model.row_of(event_id)
        if row is None:
            return
        self._selection.setCurrentIndex(
            self._model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _categories(self) -> list[str]:
        return sorted({e.category for e in self._model.events() if e.category}, key=str.casefold)

    def add_event(self, start: FuzzyDate | None = None) -> EventEditor:
        """Open the editor for a new event, its start prefilled with ``start`` if given."""
        editor = EventEditor(
            self._window,
            start=start if isinstance(start, FuzzyDate) else None,
            categories=self._categories(),
            settings=self._settings,
        )
        editor.accepted.connect(lambda: self._added(editor))
        self._open_editor(editor)
        return editor

    def _added(self, editor: EventEditor) -> None:
        event = editor.to_event()
        self._stack.push(AddEventsCommand(self._model, [event]))
        self.select_event(event.id)  # the canvas scrolls to it only if it is off screen

    def edit_selected_event(self) -> None:
        event_id = self._details.event_id
        if event_id is not None:
            self.edit_event(event_id)

    def edit_event(self, event_id: str) -> EventEditor | None:
        event = self._model.event_by_id(event_id)
        if event is None:
            return None
        self.select_event(event_id)
        editor = EventEditor(
            self._window, event=event, categories=self._categories(), settings=self._settings
        )
        editor.accepted.connect(lambda: self._edited(editor, event))
        self._open_editor(editor)
        return editor

    def _edited(self, editor: EventEditor, old: Event) -> None:
        new = editor.to_event()
        if new != old and self._model.event_by_id(old.id) is not None:
            self._stack.push(EditEventCommand(self._model, new))

    def _open_editor(self, editor: EventEditor) -> None:
        # Window-modal, not exec(): nothing nests an event loop, and tests can type into it.
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda result: self._editor_closed(editor))
        self.current_editor = editor
        editor.open()

    def _editor_closed(self, editor: EventEditor) -> None:
        if self.current_editor is editor:
            self.current_editor = None

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        neighbour = self._neighbour(ids)
        self._stack.push(RemoveEventsCommand(self._model, ids))
        # Select the next event in the table, so Delete can repeat and the eye stays put.
        if neighbour is not None:
            self.select_event(neighbour)

    # --- one happening, one event --------------------------------------------------------------

    def _graded(self, event: Event) -> Event:
        return regrade(event, self._model.document.sources, self._settings.outlet_reliability)

    def merge_selected(self) -> None:
        """Edit ▸ Merge Events: the selected events as the first of them (in the timeline's
        order), holding every source of all of them."""
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        first, *others = (self._model.event_by_id(i) for i in ids)
        assert first is not None
        merged = self._graded(combine(first, [e for e in others if e is not None]))
        self._stack.push(MergeEventsCommand(self._model, merged, ids[1:]))
        self.select_event(first.id)

    def split_selected(self) -> None:
        """Edit ▸ Split Sources: one event per source of the selected event."""
        ids = self.selected_ids()
        event = self._model.event_by_id(ids[0]) if len(ids) == 1 else None
        if event is None or len(event.sources) < 2:
            return
        parts = split_sources(event, [new_id() for _ in event.sources[1:]])
        parts = [parts[0], *map(self._graded, parts[1:])]
        self._stack.push(SplitSourcesCommand(self._model, parts))

    def can_split(self) -> bool:
        ids = self.selected_ids()
        event = self._model.event_by_id(ids[0]) if len(ids) == 1 else None
        return event is not None and len(event.sources) >= 2

    def set_confidence_of_selected(self) -> None:
        """Edit ▸ Set Confidence…: the grade and its note, by hand (undoable)."""
        from timeline_app.ui.confidence_dialog import ConfidenceDialog

        ids = self.selected_ids()
        event = self._model.event_by_id(ids[0]) if len(ids) == 1 else None
        if event is None:
            return
        suggested = self._graded(dataclasses.replace(event, confidence_set_by_hand=False))
        dialog = ConfidenceDialog(self._window, event, suggested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confidence_set(dialog.to_event()))
        self.current_dialog = dialog
        dialog.open()

    def edit_outlet_reliability(self) -> None:
        """Edit ▸ Outlet Reliability…: rate outlets, then grade every event again (one undo
        step; grades set by hand stay)."""
        from timeline_app.ui.reliability_dialog import ReliabilityDialog

        articles = self._model.document.sources
        outlets = [outlet_of(article) for article in articles.values()]
        dialog = ReliabilityDialog(self._window, outlets, self._settings.outlet_reliability)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reliability_set(dialog.ratings()))
        self.current_dialog = dialog
        dialog.open()

    def _reliability_set(self, ratings: dict[str, str]) -> None:
        self._settings.outlet_reliability = ratings
        changed = []
        for event in self._model.events():
            graded = self._graded(event)
            if graded is not event:
                changed.append(graded)
        if changed:
            self._stack.push(RegradeEventsCommand(self._model, changed))

    def _confidence_set(self, new: Event) -> None:
        old = self._model.event_by_id(new.id)
        if old is not None and new != old:
            text = f"Set Confidence of “{new.title}”"
            self._stack.push(EditEventCommand(self._model, new, text))

    def _neighbour(self, ids: list[str]) -> str | None:
        """The event after the last of ``ids`` in the table's order, else the one before the
        first of them: what the table shows next to them once they are gone."""
        rows = [r for r in map(self._model.row_of, ids) if r is not None]
        if self._proxy is None:
            order = list(range(self._model.rowCount()))
        else:
            proxy = self._proxy
            order = [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())]
        place = {row: i for i, row in enumerate(order)}
        shown = [place[r] for r in rows if r in place]
        if not shown:
            return None
        gone = set(rows)
        after = (r for r in order[max(shown) + 1 :] if r not in gone)
        before = (r for r in reversed(order[: min(shown)]) if r not in gone)
        row = next(after, next(before, None))
        return None if row is None else self._model.event_at(row).id
