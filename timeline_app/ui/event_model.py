"""The one item model over the document's events, shared by the canvas, table and detail pane.

Only undo commands (``ui/commands.py``) call the mutating methods; views redraw from the
model's standard signals, so an edit, its undo and its redo all look the same to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal

from timeline_app.core.date_display import checked_style, describe_when, format_date
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Event value itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (dates as day numbers)
_ROOT = QModelIndex()


class Column(IntEnum):
    TITLE = 0
    START = 1
    END = 2
    PRECISION = 3
    CATEGORY = 4
    ACTORS = 5
    LOCATION = 6
    ATTRIBUTION = 7
    ORIGIN = 8


_HEADERS = {
    Column.TITLE: "Title",
    Column.START: "Start",
    Column.END: "End",
    Column.PRECISION: "Precision",
    Column.CATEGORY: "Category",
    Column.ACTORS: "Actors",
    Column.LOCATION: "Location",
    Column.ATTRIBUTION: "Attribution",
    Column.ORIGIN: "Origin",
}


class EventModel(QAbstractTableModel):
    """Rows are events in document order; views sort through proxies or their own index."""

    sourcesChanged = QtSignal()
    titleChanged = QtSignal(str)

    def __init__(self, document: TimelineDocument | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document or TimelineDocument()
        self._rows: dict[str, int] = {}
        self._date_style: str | None = None  # read from the settings when first needed
        self._reindex()

    # --- reading ------------------------------------------------------------------------

    @property
    def document(self) -> TimelineDocument:
        return self._document

    def events(self) -> Sequence[Event]:
        return self._document.events

    def event_at(self, row: int) -> Event:
        # Not "event": that name overrides QObject.event(QEvent), which Qt calls with every
        # event sent to the model (a child added, a queued call) and would crash on.
        return self._document.events[row]

    def row_of(self, event_id: str) -> int | None:
        return self._rows.get(event_id)

    def event_by_id(self, event_id: str) -> Event | None:
        row = self._rows.get(event_id)
        return None if row is None else self._document.events[row]

    def article(self, source_id: str) -> Article | None:
        return self._document.sources.get(source_id)

    @property
    def date_style(self) -> str:
        """How dates are shown ("day-first", "month-first", "iso"): the Preferences' choice."""
        if self._date_style is None:
            from timeline_app.ui.settings import Settings

            self._date_style = Settings().date_style
        return self._date_style

    def set_date_style(self, style: str) -> None:
        """Show dates in ``style`` from now on, and redraw."""
        self._date_style = checked_style(style)
        self._redraw_all()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._document.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        event = self._document.events[index.row()]
        if role == EVENT_ROLE:
            return event
        column = Column(index.column())
        if role == SORT_ROLE:
            if column == Column.START:
                return event.when.start_ordinal
            if column == Column.END:
                return event.when.end_ordinal(now=float("inf"))
            return _display(event, column).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            style = self.date_style
            text = _display(event, column, style)
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
                return f"{event.title}\n{describe_when(event.when, style)}"
            return text
        return None

    # --- changing (undo commands only) ------------------------------------------------------

    def insert_events(self, row: int, events: Sequence[Event]) -> None:
        if not events:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(events) - 1)
        self._document.events[row:row] = list(events)
        self._reindex()
        self.endInsertRows()

    def remove_rows(self, rows: Iterable[int]) -> list[tuple[int, Event]]:
        """Remove rows; return (row, event) pairs in ascending order so they can be put back."""
        removed: list[tuple[int, Event]] = []
        events = self._document.events
        # Contiguous runs, last first, so each run's row numbers are still valid when removed.
        for first, last in reversed(_runs(sorted(set(rows)))):
            self.beginRemoveRows(QModelIndex(), first, last)
            removed[:0] = [(row, events[row]) for row in range(first, last + 1)]
            del events[first : last + 1]
            self._reindex_from(first)
            self.endRemoveRows()
        return removed

    def replace_event(self, event: Event) -> Event:
        """Put a new value in place of the event with the same id; return the old value."""
        row = self._rows[event.id]
        old = self._document.events[row]
        self._document.events[row] = event
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return old

    def set_document(self, document: TimelineDocument) -> None:
        self.beginResetModel()
        self._document = document
        self._reindex()
        self.endResetModel()
        self.sourcesChanged.emit()
        self.titleChanged.emit(document.title)

    def put_article(self, article: Article) -> Article | None:
        """Add or replace an article; return the previous one with that id."""
        old = self._document.sources.get(article.id)
        self._document.sources[article.id] = article
        self.sourcesChanged.emit()
        return old

    def drop_article(self, source_id: str) -> None:
        self._document.sources.pop(source_id, None)
        self.sourcesChanged.emit()

    def set_title(self, title: str) -> None:
        self._document.title = title
        self.titleChanged.emit(title)

    def refresh_display(self) -> None:
        """Read the date display setting again and redraw every cell (Preferences changed)."""
        self._date_style = None
        self._redraw_all()

    def _redraw_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    def _reindex(self) -> None:
        self._rows = {event.id: row for row, event in enumerate(self._document.events)}

    def _reindex_from(self, first: int) -> None:
        events = self._document.events
        self._rows = {k: v for k, v in self._rows.items() if v < first}
        for row in range(first, len(events)):
            self._rows[events[row].id] = row


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _display(event: Event, column: Column, style: str = "day-first") -> str:
    """The text of a cell; dates in ``style`` (sorting passes none: it sorts by SORT_ROLE)."""
    when = event.when
    if column == Column.TITLE:
        return event.title
    if column == Column.START:
        return format_date(when.start, style)
    if column == Column.END:
        if when.ongoing:
            return QCoreApplication.translate("EventModel", "ongoing")
        return format_date(when.end, style) if when.end else ""
    if column == Column.PRECISION:
        return when.start.precision.label
    if column == Column.CATEGORY:
        return event.category
    if column == Column.ACTORS:
        return ", ".join(event.actors)
    if column == Column.LOCATION:
        return event.location
    if column == Column.ATTRIBUTION:
        source = event.sources[0] if event.sources else None
        text = event.attribution.value
        if source and source.attributed_to:
            text += f" ({source.attributed_to})"
        return text
    if column == Column.ORIGIN:
        return event.origin.value
    return ""
