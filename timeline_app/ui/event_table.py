"""The events table with its filter bar: search words, category, actor and a date range.

The table sits on a proxy (sorting by every column through SORT_ROLE, filtering through a
FilterIndex); the canvas and the detail pane share a selection model over the EventModel
itself, and SelectionSync keeps the table's selection in step with that one.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.admiralty import CREDIBILITY
from timeline_app.core.date_reader import read_when
from timeline_app.core.dates import DateError, FuzzyDate
from timeline_app.core.filtering import EventFilter
from timeline_app.ui import category_colors
from timeline_app.ui.column_widths import ColumnPolicy, ColumnWidths, Fit, Share
from timeline_app.ui.event_model import Column, EventModel
from timeline_app.ui.event_proxy import EventFilterProxy as NumpyEventProxy
from timeline_app.ui.settings import Settings

# A filter that took at most this long runs on every keystroke; a slower one waits for a
# pause in typing, so that keys do not queue up behind it.
_INSTANT_FILTER_MS = 40.0
_TYPING_PAUSE_MS = 150
_DATE_SAMPLE = "Sep 30, 2021~"  # the widest day in any date style; hours elide
# The title takes the room; actors, place and attribution give way first when it is short.
EVENT_COLUMNS: ColumnPolicy = {
    Column.TITLE: Share(weight=4, chars=40, least=30),
    Column.START: Fit((_DATE_SAMPLE,)),
    Column.END: Fit((_DATE_SAMPLE,)),
    Column.PRECISION: Fit(("century",)),
    Column.CATEGORY: Fit(("humanitarian",), icon=True),
    Column.ACTORS: Share(weight=2, chars=26, least=10),
    Column.LOCATION: Share(weight=1, chars=14, least=8),
    Column.ATTRIBUTION: Share(weight=1, chars=20, least=8),
    Column.ORIGIN: Fit(("extracted",)),
    Column.CONFIDENCE: Fit(("Confidence",)),
}


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated) with ``{n}`` replaced by the count,
    written as the user's locale writes numbers ("1,000,000" in English)."""
    return (one if count == 1 else many).replace("{n}", QLocale().toString(count))


def category_color(category: str) -> QColor | None:
    """The colour the canvas uses for a category; None for no category."""
    return category_colors.category_color(category) if category else None


def swatch(color: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(130))
    painter.setBrush(color)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class EventFilterProxy(NumpyEventProxy):
    """Sorts by SORT_ROLE and keeps the rows an EventFilter matches (see ``event_proxy``),
    with a colour swatch beside each category."""

    def __init__(self, model: EventModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.set_swatches(_category_swatch)


def _category_swatch(category: str) -> QIcon:
    color = category_color(category)
    return swatch(color) if color is not None else QIcon()


class FilterBar(QWidget):
    """Search box, category and actor choices, and a from/to date range."""

    filterChanged = Signal(object)  # EventFilter
    searchFocused = Signal()  # the person is about to search: time to prepare for it
    dateProblem = Signal(str)  # a From/To date left unreadable: which, and why it is ignored

    def __init__(
        self, model: EventModel, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._settings = settings or Settings()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search titles, actors, places, quotes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search events"))
        self.search_edit.setMinimumWidth(220)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Filter by category"))
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.actor_combo = QComboBox(self)
        self.actor_combo.setAccessibleName(self.tr("Filter by actor"))
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.confidence_combo = QComboBox(self)
        self.confidence_combo.setAccessibleName(self.tr("Filter by confidence"))
        # Short items ("≤2"): the filter bar shares the table's width with the date fields.
        self.confidence_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.confidence_combo.setToolTip(self.tr("Show only events graded this sure or surer"))
        self.confidence_combo.addItem(self.tr("Grade"), 0)
        for digit, words in list(CREDIBILITY.items())[:5]:
            label = words if digit == "1" else self.tr("{words} or surer").format(words=words)
            self.confidence_combo.addItem(f"≤{digit}" if digit != "1" else "1", int(digit))
            self.confidence_combo.setItemData(
                self.confidence_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
        self.from_edit = self._date_edit(self.tr("From, e.g. 2014"), self.tr("Events from"))
        self.to_edit = self._date_edit(self.tr("To, e.g. Jan 2022"), self.tr("Events until"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show all events again"))
        self.clear_button.setAutoRaise(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of events shown"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 2)
        layout.addWidget(self.category_combo)
        layout.addWidget(self.actor_combo)
        layout.addWidget(self.confidence_combo)
        layout.addWidget(self.from_edit, 1)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.to_edit, 1)
        layout.addWidget(self.clear_button)
        layout.addStretch(0)
        layout.addWidget(self.count_label)

        self._clearing = False
        self.last_filter_ms = 0.0  # how long the last filter took to apply, for the debounce
        self._timer = QTimer(self, singleShot=True, interval=_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(self._typed)
        self.from_edit.textChanged.connect(self._typed)
        self.to_edit.textChanged.connect(self._typed)
        self.category_combo.currentIndexChanged.connect(self._emit)
        self.actor_combo.currentIndexChanged.connect(self._emit)
        self.confidence_combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        # Said once the field is left, not while typing: a half-typed date is no error yet.
        self.from_edit.editingFinished.connect(lambda: self._report(self.from_edit))
        self.to_edit.editingFinished.connect(lambda: self._report(self.to_edit))
        self.search_edit.installEventFilter(self)
        # Refill the choices once per burst of model changes, not once per row.
        self._refill_timer = QTimer(self, singleShot=True, interval=0)
        self._refill_timer.timeout.connect(self.refill_choices)
        self._choices: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self._refill_timer.start)
        self.refill_choices()
        self._update_clear()

    def _date_edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setAccessibleName(name)
        # Room for the whole example and the clear icon beside it, where the bar has room (a
        # minimum would widen the window's own minimum instead).
        room = edit.fontMetrics().horizontalAdvance(placeholder) + 3 * edit.fontMetrics().height()
        edit.setMaximumWidth(max(150, room))
        return edit

    def current_filter(self) -> EventFilter:
        return EventFilter(
            text=self.search_edit.text(),
            category=self.category_combo.currentData() or "",
            actor=self.actor_combo.currentData() or "",
            credibility=self.confidence_combo.currentData() or 0,
            date_from=self._read_date(self.from_edit),
            date_to=self._read_date(self.to_edit),
        )

    def clear(self) -> None:
        """Show every event again: one filter change, the fields empty (their × icons gone)."""
        # Only the combo boxes are silenced: a line edit hides its clear icon on its own
        # textChanged, so blocking it left the × showing in an empty field.
        combos = (self.category_combo, self.actor_combo, self.confidence_combo)
        for combo in combos:
            combo.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        for combo in combos:
            combo.blockSignals(False)
        self._clearing = True
        try:
            for edit in (self.search_edit, self.from_edit, self.to_edit):
                edit.clear()
        finally:
            self._clearing = False
        self._emit()

    def set_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = plural(total, self.tr("{n} event"), self.tr("{n} events"))
        else:
            text = self.tr("{shown} of {total} events").format(
                shown=QLocale().toString(shown), total=QLocale().toString(total)
            )
        self.count_label.setText(text)

    def refill_choices(self) -> None:
        events = self._model.events()
        # Distinct values first (set building runs in C), then one spelling per casefolded
        # value: 100,000 events have a few dozen of each.
        raw_categories = {e.category for e in events}
        raw_actors: set[str] = set().union(*(e.actors for e in events)) if events else set()
        categories: dict[str, str] = {}
        for value in sorted(v for v in raw_categories if v):
            categories.setdefault(value.casefold(), value)
        actors: dict[str, str] = {}
        for value in sorted(v for v in raw_actors if v):
            actors.setdefault(value.casefold(), value)
        choices = (tuple(categories.values()), tuple(actors.values()))
        if choices == self._choices:
            return  # an edit that changed no category or actor
        self._choices = choices
        self._refill(self.category_combo, self.tr("All categories"), categories.values())
        self._refill(self.actor_combo, self.tr("All actors"), actors.values())

    def _refill(self, combo: QComboBox, everything: str, values) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in sorted(values, key=str.casefold):
            color = category_color(value) if combo is self.category_combo else None
            if color is not None:
                combo.addItem(swatch(color), value, value)
            else:
                combo.addItem(value, value)
        found = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if current and found < 0:  # the chosen value disappeared: the filter widened
            self._emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search_edit and event.type() == QEvent.Type.FocusIn:
            self.searchFocused.emit()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if self._clearing:
            return  # clear() applies the empty filter once, when every field is empty
        if self.last_filter_ms <= _INSTANT_FILTER_MS:
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        self._update_clear()
        started = time.perf_counter()
        self.filterChanged.emit(self.current_filter())
        self.last_filter_ms = (time.perf_counter() - started) * 1000

    def _update_clear(self) -> None:
        self.clear_button.setVisible(self.current_filter().is_active())

    def _read_date(self, edit: QLineEdit) -> FuzzyDate | None:
        text = edit.text().strip()
        if not text:
            self._mark(edit, None)
            return None
        try:
            when = read_when(text, dayfirst=self._settings.dayfirst, anchor=dt.date.today())
        except DateError as error:
            self._mark(edit, str(error))
            return None
        if when.ongoing:
            self._mark(edit, self.tr("give a date, not a range still going on"))
            return None
        # "From Q1 2022" starts with the quarter, "To Q1 2022" ends with it
        date = when.start if edit is self.from_edit else (when.end or when.start)
        self._mark(edit, None, when.describe())
        return date

    @staticmethod
    def _mark(edit: QLineEdit, error: str | None, understood: str = "") -> None:
        # A red frame and the reason as the tooltip; the filter ignores the bad date.
        edit.setStyleSheet("QLineEdit { border: 1px solid #b3261e; }" if error else "")
        edit.setToolTip(error or (f"→ {understood}" if understood else ""))
        edit.setProperty("dateError", error or "")

    def _report(self, edit: QLineEdit) -> None:
        error = edit.property("dateError")
        if error:
            field = self.tr("From") if edit is self.from_edit else self.tr("To")
            self.dateProblem.emit(
                self.tr("{field} date ignored: {reason}").format(field=field, reason=error)
            )


class EventTable(QTableView):
    """The table of events: sortable by every column, several rows selectable."""

    def __init__(self, proxy: EventFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.setAccessibleName(self.tr("Events table"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are read, not edited cell by cell: Tab moves on to the next pane, arrows move
        # between rows.
        self.setTabKeyNavigation(False)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.START, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The start's text already shows its precision ("2014", "Jan 2022"); the origin is
        # in the details. Both can be shown from the header's menu.
        header.setSectionHidden(Column.PRECISION, True)
        header.setSectionHidden(Column.ORIGIN, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.columns = ColumnWidths(self, EVENT_COLUMNS, "events")

    def _header_menu(self, position: QPoint) -> None:
        """A menu of the columns, to show or hide each (as file managers offer)."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for column in range(header.count()):
            name = self.model().headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.TITLE)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.addSeparator()
        menu.addAction(self.columns.fit_action)
        menu.popup(header.mapToGlobal(position))


class EventsPanel(QWidget):
    """The filter bar over the table, as the Events dock shows them."""

    def __init__(
        self, model: EventModel, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = EventFilterProxy(model, self)
        self.filter_bar = FilterBar(model, settings, self)
        self.table = EventTable(self.proxy, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        self.filter_bar.filterChanged.connect(self.proxy.set_filter)
        self.filter_bar.searchFocused.connect(self.proxy.prepare_filter)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.maskChanged,
        ):
            signal.connect(self._update_counts)
        self._update_counts()

    def _update_counts(self, *args: object) -> None:
        self.filter_bar.set_counts(self.proxy.rowCount(), self.model.rowCount())


class SelectionSync(QObject):
    """Keeps the table's selection (over the proxy) and the shared one (over the model) equal."""

    def __init__(
        self,
        table: QTableView,
        proxy: QAbstractProxyModel,
        shared: QItemSelectionModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._table, self._proxy, self._shared = table, proxy, shared
        self._busy = False
        table.selectionModel().selectionChanged.connect(self._from_table)
        table.selectionModel().currentRowChanged.connect(self._current_from_table)
        shared.selectionChanged.connect(self._from_shared)
        shared.currentRowChanged.connect(self._current_from_shared)
        # While the filter hides or shows rows, the table's selection loses or lacks rows:
        # that is not the user choosing, so the shared selection stays, and the table then
        # shows what of it it can.
        if isinstance(proxy, EventFilterProxy):
            proxy.filterChanging.connect(self._filter_changing)
        proxy.layoutChanged.connect(self._from_shared)
        # A reset (a filter or an import that changes thousands of rows) clears the table's
        # selection without a signal: show the shared one again.
        proxy.modelReset.connect(self._from_shared)

    def _filter_changing(self, changing: bool) -> None:
        self._busy = changing
        if not changing:
            self._from_shared()

    def _from_table(self, *args: object) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            selection = self._proxy.mapSelectionToSource(self._table.selectionModel().selection())
            # Rows hidden by the filter stay selected: the table only speaks for what it shows.
            hidden = self._hidden_selected()
            if not hidden.isEmpty():
                selection.merge(hidden, QItemSelectionModel.SelectionFlag.Select)
            self._shared.select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._busy = False

    def _hidden_selected(self) -> QItemSelection:
        hidden = QItemSelection()
        for index in self._shared.selectedRows():
            if not self._proxy.mapFromSource(index).isValid():
                hidden.select(index, index.siblingAtColumn(self._proxy.columnCount() - 1))
        return hidden

    def _current_from_table(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._busy or not current.isValid():
            return
        self._busy = True
        try:
            self._shared.setCurrentIndex(
                self._proxy.mapToSource(current), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        finally:
            self._busy = False

    def _from_shared(self, *args: object) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            selection = self._proxy.mapSelectionFromSource(self._shared.selection())
            table_selection = self._table.selectionModel()
            table_selection.select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if not selection.isEmpty():
                self._table.scrollTo(selection.indexes()[0])
        finally:
            self._busy = False

    def _current_from_shared(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._busy:
            return
        mapped = self._proxy.mapFromSource(current)
        if not mapped.isValid():
            return
        self._busy = True
        try:
            self._table.selectionModel().setCurrentIndex(
                mapped, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self._table.scrollTo(mapped)
        finally:
            self._busy = False
