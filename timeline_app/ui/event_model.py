"""The one item model over the document's events, shared by the canvas, table and detail pane.

The model changes the document only by applying the document's own edits
(``core/document_edits.py``), which tell it what they change while they change it: it turns
that into Qt's signals. Only undo commands (``ui/commands.py``) apply edits; views redraw from
the model's standard signals, so an edit, its undo and its redo all look the same to them.
"""

from __future__ import annotations

from collections.abc import Sequence
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

from timeline_app.core.admiralty import describe_grade, grade_rank
from timeline_app.core.date_display import (
    DEFAULT_STYLE,
    checked_style,
    describe_when,
    format_date,
)
from timeline_app.core.document import TimelineDocument
from timeline_app.core.document_edits import Edit
from timeline_app.core.events import Article, Event
from timeline_app.ui.plain_text import tooltip

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
    CONFIDENCE = 9


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
    Column.CONFIDENCE: "Confidence",
}


class EventModel(QAbstractTableModel):
    """Rows are events in document order; views sort through proxies or their own index."""

    sourcesChanged = QtSignal()
    titleChanged = QtSignal(str)

    def __init__(
        self,
        document: TimelineDocument | None = None,
        parent: QObject | None = None,
        *,
        date_style: str = DEFAULT_STYLE,
    ):
        """``date_style``: how dates are shown ("day-first", "month-first", "iso"), the
        Preferences' choice; ``set_date_style`` changes it."""
        super().__init__(parent)
        self._document = document or TimelineDocument()
        self._date_style = checked_style(date_style)
        self._signals = _Signals(self)

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
        return self._document.row_of(event_id)

    def event_by_id(self, event_id: str) -> Event | None:
        return self._document.event_by_id(event_id)

    def article(self, source_id: str) -> Article | None:
        return self._document.sources.get(source_id)

    @property
    def date_style(self) -> str:
        """How dates are shown ("day-first", "month-first", "iso")."""
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
            if column == Column.CONFIDENCE:
                return confidence_sort_key(event)
            return _display(event, column).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            style = self.date_style
            text = _display(event, column, style)
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == Column.CONFIDENCE:
                    return tooltip(confidence_tooltip(event))
                # Qt reads a tooltip that looks like markup as markup: a title is the file's.
                if column == Column.TITLE:
                    return tooltip(f"{event.title}\n{describe_when(event.when, style)}")
                return tooltip(text)
            return text
        return None

    # --- changing (undo commands only) ------------------------------------------------------

    def apply(self, edit: Edit) -> Edit:
        """Apply an edit of the document, with the signals views follow; return its inverse."""
        return edit.apply(self._document, self._signals)

    def set_document(self, document: TimelineDocument) -> None:
        self.beginResetModel()
        self._document = document
        self.endResetModel()
        self.sourcesChanged.emit()
        self.titleChanged.emit(document.title)

    def _redraw_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )


class _Signals:
    """The model's Qt signals for what a document edit reports (a ``document_edits.Listener``)."""

    __slots__ = ("_model",)

    def __init__(self, model: EventModel) -> None:
        self._model = model

    def inserting_events(self, first: int, last: int) -> None:
        self._model.beginInsertRows(_ROOT, first, last)

    def inserted_events(self, first: int, last: int) -> None:
        self._model.endInsertRows()

    def removing_events(self, first: int, last: int) -> None:
        self._model.beginRemoveRows(_ROOT, first, last)

    def removed_events(self, first: int, last: int) -> None:
        self._model.endRemoveRows()

    def changed_event(self, row: int) -> None:
        model = self._model
        model.dataChanged.emit(model.index(row, 0), model.index(row, len(Column) - 1))

    def changed_articles(self) -> None:
        self._model.sourcesChanged.emit()


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
        if not event.sources:
            return ""  # typed in by hand: no text vouched for it (the CSV cell is empty too)
        source = event.sources[0]
        text = source.attribution.value
        if source.attributed_to:
            text += f" ({source.attributed_to})"
        return text
    if column == Column.ORIGIN:
        return event.origin.value
    if column == Column.CONFIDENCE:
        return event.confidence
    return ""


def confidence_sort_key(event: Event) -> str:
    """Surest first: the credibility digit, then the reliability letter; ungraded last."""
    credibility, reliability = grade_rank(event.confidence)
    return f"{credibility:02d}{reliability:02d}"


def confidence_tooltip(event: Event) -> str:
    text = describe_grade(event.confidence)
    if event.confidence_note:
        text += f"\n{event.confidence_note}"
    if event.confidence_set_by_hand:
        text += "\n" + QCoreApplication.translate("EventModel", "(set by hand)")
    return text
