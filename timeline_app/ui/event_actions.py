"""Adding, editing and deleting events by hand: the event editor (window-modal, one at a
time) and the undoable commands it ends in."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.events import Event
from timeline_app.ui.commands import AddEventsCommand, EditEventCommand, RemoveEventsCommand
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
