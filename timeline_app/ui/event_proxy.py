"""The table's sorting and filtering proxy, in numpy: 100,000 rows sort and filter in
milliseconds.

QSortFilterProxyModel asks the Python model for two values per comparison and calls a Python
``filterAcceptsRow`` per row: sorting 100,000 events took half a minute. This proxy keeps a
sort key per column as an array (kept up to date row by row on edits), the order of the shown
rows as an array of source rows, and tells views about changes as removed and inserted runs
and a layout change, or as one reset when there would be too many runs to tell one by one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelection,
    QItemSelectionRange,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon

from timeline_app.core.events import Event
from timeline_app.core.filtering import EventFilter, FilterIndex
from timeline_app.core.search_match import match_places
from timeline_app.ui.event_model import SORT_ROLE, Column, EventModel, confidence_sort_key
from timeline_app.ui.event_model import _display as display_text  # what SORT_ROLE casefolds
from timeline_app.ui.job_runner import Job, JobRunner

_ROOT = QModelIndex()
# Past this many removed and inserted runs, one reset is cheaper for the views than telling
# them each run (a search that hides 90,000 of 100,000 rows leaves thousands of gaps).
MAX_RUNS = 64
_ASC = Qt.SortOrder.AscendingOrder
# From this many events on, the filter's index (~0.2 s at 100,000) is built in a thread
# shortly after a document opens, or as soon as the search box gets the focus, so that the
# first keystroke does not wait for it.
PREPARE_IN_THREAD_ROWS = 5000
PREPARE_AFTER_MS = 500  # after the window has painted the newly opened document


def _runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    if not rows.size:
        return []
    breaks = np.flatnonzero(np.diff(rows) != 1)
    firsts = np.concatenate(([rows[0]], rows[breaks + 1]))
    lasts = np.concatenate((rows[breaks], [rows[-1]]))
    return list(zip(firsts.tolist(), lasts.tolist(), strict=True))


def _start_key(event: Event) -> float:
    return event.when.start_ordinal


def _end_key(event: Event) -> float:
    return event.when.end_ordinal(now=float("inf"))


def _key_function(column: int) -> Callable[[Event], Any]:
    """The value a column sorts by, as SORT_ROLE gives it, for one event."""
    if column == Column.START:
        return _start_key
    if column == Column.END:
        return _end_key
    which = Column(column)
    if which == Column.CONFIDENCE:
        return confidence_sort_key
    return lambda event: display_text(event, which).casefold()


def _keys(events: list[Event], column: int) -> np.ndarray:
    """The sort keys of ``events`` for ``column``: floats for dates, else casefolded text."""
    key = _key_function(column)
    if column in (Column.START, Column.END):
        # Loaded documents share one When per distinct date: compute each once.
        memo: dict[int, float] = {}
        values = np.empty(len(events))
        for i, event in enumerate(events):
            when = id(event.when)
            value = memo.get(when)
            if value is None:
                value = memo[when] = key(event)
            values[i] = value
        return values
    array = np.empty(len(events), dtype=object)
    array[:] = [key(e) for e in events]
    return array


def _stable_order(keys: np.ndarray, order: Qt.SortOrder) -> np.ndarray:
    """Rows by key, ties in row order (as Qt's stable sort), ascending or descending."""
    if keys.dtype == object:
        keys = np.asarray(keys.tolist(), dtype=str) if keys.size else keys.astype(str)
    if order == _ASC:
        return np.argsort(keys, kind="stable")
    # Descending and still stable: sort the reversed keys, then reverse back.
    n = keys.size
    return (n - 1 - np.argsort(keys[::-1], kind="stable"))[::-1].copy()


class EventFilterProxy(QAbstractProxyModel):
    """Sorts by SORT_ROLE and keeps the rows an EventFilter matches.

    ``maskChanged`` carries the match mask per EventModel row (None when nothing is
    filtered) so the canvas can dim what the table hides.
    """

    maskChanged = Signal(object)
    filterChanging = Signal(bool)  # True before the filter hides or shows rows, False after

    def __init__(
        self, model: EventModel, parent: QObject | None = None, *, jobs: JobRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._jobs = jobs or JobRunner(self)
        self._filter = EventFilter()
        self._index: FilterIndex | None = None
        self._previous_index: FilterIndex | None = None  # its search texts are reused
        self._mask: np.ndarray | None = None
        self._swatches: dict[str, QIcon] = {}
        self._sort_column = -1
        self._sort_order = _ASC
        self._keys: dict[int, np.ndarray] = {}
        self._sorted: np.ndarray | None = None  # every source row, in sort order
        self._order = np.arange(model.rowCount(), dtype=np.int64)  # proxy row -> source row
        self._positions: np.ndarray | None = None  # source row -> proxy row or -1, lazily
        self._swatch_of: Callable[[str], QIcon] | None = None
        self._pending: Job[FilterIndex] | None = None  # the index being built in a worker
        # The index thread shares the interpreter with the GUI: started at once, it would
        # slow the first paint of a large document; a moment later, nobody waits for it.
        self._prepare_timer = QTimer(self, singleShot=True, interval=PREPARE_AFTER_MS)
        self._prepare_timer.timeout.connect(self._prepare_if_needed)
        self.setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.rowsInserted.connect(self._source_inserted)
        model.rowsRemoved.connect(self._source_removed)
        model.dataChanged.connect(self._source_data_changed)
        model.layoutChanged.connect(self._source_layout_changed)
        model.headerDataChanged.connect(self.headerDataChanged)

    # --- what the filter bar and the window ask -------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def mask(self) -> np.ndarray | None:
        return self._mask

    def set_swatches(self, swatch_of: Callable[[str], QIcon]) -> None:
        """Decorate the category column with ``swatch_of(category)``."""
        self._swatch_of = swatch_of
        self._swatches.clear()

    def set_filter(self, wanted: EventFilter) -> None:
        if wanted == self._filter:
            return
        self.filterChanging.emit(True)
        try:
            self._filter = wanted
            self._update_mask()
            self._show(self._wanted_order())
        finally:
            self.filterChanging.emit(False)
        self.maskChanged.emit(self._mask)

    def sortColumn(self) -> int:  # noqa: N802 - as QSortFilterProxyModel names it
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = _ASC) -> None:
        if (column, order) == (self._sort_column, self._sort_order) and self._sorted is not None:
            return
        self._sort_column, self._sort_order = column, order
        self._sorted = None
        self._show(self._wanted_order())

    # --- QAbstractProxyModel ---------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if parent.isValid() or not (
            0 <= row < self._order.size and 0 <= column < self._model.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=None):
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(
        self, row: int, column: int, index: QModelIndex | QPersistentModelIndex
    ) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else int(self._order.size)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._model.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._order.size > 0

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < self._order.size:
            return QModelIndex()
        source = int(self._order[row])
        if source < 0:  # removed from the source, about to leave the proxy
            return QModelIndex()
        return self._model.index(source, proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        positions = self._source_positions()
        row = source_index.row()
        if not 0 <= row < positions.size or positions[row] < 0:
            return QModelIndex()
        return self.createIndex(int(positions[row]), source_index.column())

    def mapSelectionToSource(self, selection: QItemSelection) -> QItemSelection:  # noqa: N802
        return self._map_selection(selection, self._order, self._model)

    def mapSelectionFromSource(self, selection: QItemSelection) -> QItemSelection:  # noqa: N802
        return self._map_selection(selection, self._source_positions(), self)

    def _map_selection(
        self, selection: QItemSelection, mapping: np.ndarray, target: QAbstractItemModel
    ) -> QItemSelection:
        # Row by row through the mapping array, as runs of rows: a selection of thousands
        # of rows maps in one numpy pass instead of one Python call per cell.
        result = QItemSelection()
        for part in selection:  # type: ignore[attr-defined]  # a QList at run time; the stubs lack __iter__
            if not part.isValid():
                continue
            rows = np.arange(part.top(), part.bottom() + 1)
            rows = rows[rows < mapping.size]
            mapped = mapping[rows]
            mapped = np.unique(mapped[mapped >= 0])
            for first, last in _runs(mapped):
                result.append(
                    QItemSelectionRange(
                        target.index(first, part.left()), target.index(last, part.right())
                    )
                )
        return result

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.mapToSource(index)
        if not source.isValid():
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == Column.CATEGORY:
            if self._swatch_of is None:
                return None
            text = self._model.data(source, Qt.ItemDataRole.DisplayRole)
            if not text:
                return None
            icon = self._swatches.get(text)
            if icon is None:
                icon = self._swatches[text] = self._swatch_of(text)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole and self._filter.words:
            return self._match_tooltip(source)
        return self._model.data(source, role)

    def _match_tooltip(self, source: QModelIndex) -> str | None:
        """The cell's own tooltip and why the row matches the search ("Matched in: …")."""
        own = self._model.data(source, Qt.ItemDataRole.ToolTipRole)
        places = match_places(self._model.event_at(source.row()), self._filter.words)
        if not places:
            return own
        why = self.tr("Matched in: {places}").format(places=", ".join(places))
        return f"{own}\n\n{why}" if own else why

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return self._model.flags(self.mapToSource(index))

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._model.headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    # --- following the source ----------------------------------------------------------------

    def _source_reset(self) -> None:
        self._keys.clear()
        self._sorted = None
        self._swatches.clear()
        self._forget_filter_index()
        self._previous_index = None  # another document: no search texts to reuse
        if not self._filter.is_active() and self._model.rowCount() >= PREPARE_IN_THREAD_ROWS:
            self._prepare_timer.start()
        self._update_mask()
        self._order = self._wanted_order()
        self._positions = None
        self.endResetModel()
        if self._filter.is_active():
            self.maskChanged.emit(self._mask)

    def _source_layout_changed(self, *args: object) -> None:
        # The event model never reorders rows; if a model does, start afresh.
        self.beginResetModel()
        self._source_reset()

    def _source_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        order = self._order
        order[order >= first] += count  # rows after the new ones moved down
        self._positions = None
        events = self._model.events()
        for column, keys in self._keys.items():
            new = _keys(list(events[first : last + 1]), column)
            self._keys[column] = np.concatenate((keys[:first], new, keys[first:]))
        self._source_changed()

    def _source_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        order = self._order
        gone = (order >= first) & (order <= last)
        order[order > last] -= count
        order[gone] = -1  # shown until removed below, mapping to nothing
        self._positions = None
        for column, keys in self._keys.items():
            self._keys[column] = np.concatenate((keys[:first], keys[last + 1 :]))
        self._source_changed()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = ()
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        if first < 0:
            return
        events = self._model.events()
        for column, keys in self._keys.items():
            keys[first : last + 1] = _keys(list(events[first : last + 1]), column)
        self._swatches.clear()
        self._source_changed()
        rows = self._source_positions()[first : last + 1]
        rows = rows[rows >= 0]
        if rows.size:
            self.dataChanged.emit(
                self.index(int(rows.min()), top_left.column()),
                self.index(int(rows.max()), bottom_right.column()),
            )

    def _source_changed(self) -> None:
        self._sorted = None
        self._forget_filter_index()
        active = self._filter.is_active()
        if active:
            self._update_mask()
        self._show(self._wanted_order())
        if active:
            self.maskChanged.emit(self._mask)

    def _forget_filter_index(self) -> None:
        self._previous_index = self._index or self._previous_index
        self._index = None
        if self._pending is not None:
            self._pending.cancel()  # an index of the events before this change
            self._pending = None

    def _prepare_if_needed(self) -> None:
        if self._index is None and self._pending is None:
            self._prepare_in_thread()

    def _prepare_in_thread(self) -> None:
        """Build the filter's index of the events as they are now in a worker. Pure Python,
        so it shares the interpreter with the GUI, which stays responsive (switching every
        few ms); the events are immutable values and the list is a snapshot."""
        events = list(self._model.events())
        self._pending = self._jobs.submit(
            lambda _report: FilterIndex(events),
            lane="search index",
            on_result=self._prepared,
            on_error=self._not_prepared,
            owner=self,
            name="search index",
        )

    def _prepared(self, index: FilterIndex) -> None:
        # A job replaced by a change of the events is cancelled, so this index is current.
        self._pending = None
        if self._index is None:
            self._index = index

    def _not_prepared(self, _error: Exception) -> None:
        self._pending = None  # the next search builds it in this thread, and says what fails

    def _take_prepared(self) -> FilterIndex | None:
        if self._pending is not None:
            self._pending.finish()  # waits for it, and _prepared takes it
        return self._index

    # --- order ---------------------------------------------------------------------------------

    def _update_mask(self) -> None:
        if not self._filter.is_active():
            self._mask = None
            return
        if self._index is None:
            self._index = self._take_prepared() or FilterIndex(
                self._model.events(), previous=self._previous_index
            )
        self._mask = self._index.matches(self._filter)

    def prepare_filter(self) -> None:
        """Start building the filter's index now (when the search box gets the focus, say),
        so that the first keystroke finds it ready or nearly so."""
        self._prepare_timer.stop()
        if self._model.rowCount() >= PREPARE_IN_THREAD_ROWS:
            self._prepare_if_needed()

    def _sort_keys(self, column: int) -> np.ndarray:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = _keys(list(self._model.events()), column)
        return keys

    def _wanted_order(self) -> np.ndarray:
        """The source rows to show, in order, for the current sort and filter."""
        count = self._model.rowCount()
        if self._sorted is None or self._sorted.size != count:
            if self._sort_column < 0 or count == 0:
                self._sorted = np.arange(count, dtype=np.int64)
            else:
                keys = self._sort_keys(self._sort_column)
                self._sorted = _stable_order(keys, self._sort_order).astype(np.int64)
        mask = self._mask
        if mask is None or mask.size != count:
            return self._sorted.copy()
        return self._sorted[mask[self._sorted]]

    def _source_positions(self) -> np.ndarray:
        if self._positions is None:
            positions = np.full(self._model.rowCount(), -1, dtype=np.int64)
            order = self._order
            live = order >= 0
            positions[order[live]] = np.flatnonzero(live)
            self._positions = positions
        return self._positions

    def _show(self, wanted: np.ndarray) -> None:
        """Go from the rows shown to ``wanted``, telling the views the fewest changes."""
        old = self._order
        if old.size == wanted.size and np.array_equal(old, wanted):
            return
        count = self._model.rowCount()
        in_wanted = np.zeros(count + 1, dtype=bool)
        in_wanted[wanted] = True
        in_wanted[count] = False  # where the -1 of removed rows look
        keep = in_wanted[old]  # old[-1] indexes the last slot: the False one
        in_old = np.zeros(count + 1, dtype=bool)
        in_old[old] = True
        in_old[count] = False
        added = np.flatnonzero(~in_old[wanted])
        removed_runs = _runs(np.flatnonzero(~keep))
        added_runs = _runs(added)
        if len(removed_runs) + len(added_runs) > MAX_RUNS:
            self.beginResetModel()
            self._order = wanted
            self._positions = None
            self.endResetModel()
            return
        for first, last in reversed(removed_runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._order = np.concatenate((self._order[:first], self._order[last + 1 :]))
            self._positions = None
            self.endRemoveRows()
        kept = wanted[in_old[wanted]]
        if not np.array_equal(self._order, kept):
            self._relayout(kept)
        for first, last in added_runs:
            self.beginInsertRows(QModelIndex(), first, last)
            self._order = np.concatenate(
                (self._order[:first], wanted[first : last + 1], self._order[first:])
            )
            self._positions = None
            self.endInsertRows()

    def _relayout(self, order: np.ndarray) -> None:
        """The same rows in another order: a layout change, persistent indexes moved along."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [
            int(self._order[p.row()]) if 0 <= p.row() < self._order.size else -1 for p in persistent
        ]
        self._order = order
        self._positions = None
        positions = self._source_positions()
        moved = [
            self.index(int(positions[s]), p.column())
            if s >= 0 and positions[s] >= 0
            else QModelIndex()
            for p, s in zip(persistent, sources, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


__all__ = ["EventFilterProxy", "MAX_RUNS", "SORT_ROLE"]
