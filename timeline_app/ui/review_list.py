"""The events proposed for one article, each with the user's decision, as a table model
(the candidates and the rules for deciding on them are ``core.review_session``'s).

A row is pending, accepted or rejected; a repeat of a timeline event is shown as a duplicate
(and never added); a date that moved with the publication date shows "old → new".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.date_display import format_when
from timeline_app.core.events import Event
from timeline_app.core.review import ReviewState
from timeline_app.core.review_session import Candidate, count_candidates, decide
from timeline_app.ui.plain_text import tooltip

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Candidate itself
_ROOT = QModelIndex()
_MOVED = QColor("#ffe7a3")
_ON_MOVED = QColor("#3d2b00")
_CONFLICT = QColor("#a34a00")
_ACCEPTED = QColor("#2e7d32")


class ReviewColumn(IntEnum):
    STATE = 0
    DATE = 1
    TITLE = 2
    ACTORS = 3
    ATTRIBUTION = 4
    NOTES = 5
    KIND = 6  # shown after Actors (the panel moves it there)


class CandidateModel(QAbstractTableModel):
    """Rows are the candidates in the article's order."""

    countsChanged = QtSignal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Candidate] = []
        self.decider: Callable[[list[int], ReviewState], object] | None = None
        self.modelReset.connect(self.countsChanged)
        self.dataChanged.connect(self.countsChanged)

    # --- reading -------------------------------------------------------------------------------

    def candidates(self) -> list[Candidate]:
        return list(self._rows)

    def candidate(self, row: int) -> Candidate:
        return self._rows[row]

    def row_of(self, event_id: str) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.event.id == event_id), None)

    def events(self) -> list[Event]:
        return [c.event for c in self._rows]

    def addable(self) -> list[Event]:
        return [c.event for c in self._rows if c.addable]

    def count(self, **conditions) -> int:
        """How many candidates match all the conditions (see ``count_candidates``)."""
        return count_candidates(self._rows, **conditions)

    # --- changing ------------------------------------------------------------------------------

    def set_candidates(self, candidates: Iterable[Candidate]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self.endResetModel()

    def set_state(self, rows: Iterable[int], state: ReviewState) -> None:
        for row in decide(self._rows, rows, state):
            self._changed(row)

    def restore(self, row: int, state: ReviewState, *, not_duplicate: bool) -> None:
        """Put back a decision as it was (undo)."""
        candidate = self._rows[row]
        candidate.state, candidate.not_duplicate = state, not_duplicate
        self._changed(row)

    def request_state(self, rows: Iterable[int], state: ReviewState) -> None:
        """The user's decision: through ``decider`` (the undo stack) when there is one."""
        if self.decider is not None:
            self.decider(list(rows), state)
        else:
            self.set_state(rows, state)

    def replace_event(self, row: int, event: Event, *, edited: bool = True) -> None:
        candidate = self._rows[row]
        candidate.event = event
        candidate.edited = candidate.edited or edited
        self._changed(row)

    def set_duplicates(self, duplicates: dict[str, str], titles: dict[str, str]) -> None:
        """Mark repeats: candidate id -> timeline event id, with the timeline titles by id."""
        for row, candidate in enumerate(self._rows):
            found = duplicates.get(candidate.event.id)
            if found != candidate.duplicate_of:
                candidate.duplicate_of = found
                candidate.duplicate_title = titles.get(found, "") if found else ""
                self._changed(row)

    def set_adds(self, adds: dict[str, str]) -> None:
        """What each candidate adds to the timeline's events, by candidate id."""
        for row, candidate in enumerate(self._rows):
            note = adds.get(candidate.event.id, "")
            if note != candidate.adds:
                candidate.adds = note
                self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(ReviewColumn) - 1))

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(ReviewColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ReviewColumn.STATE: self.tr("Decision"),
            ReviewColumn.DATE: self.tr("Date"),
            ReviewColumn.TITLE: self.tr("Event"),
            ReviewColumn.ACTORS: self.tr("Actors"),
            ReviewColumn.ATTRIBUTION: self.tr("Attribution"),
            ReviewColumn.NOTES: self.tr("Notes"),
            ReviewColumn.KIND: self.tr("Kind"),
        }[ReviewColumn(section)]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.isValid()
            and index.column() == ReviewColumn.STATE
            and not self._rows[index.row()].on_timeline
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.request_state([index.row()], ReviewState.ACCEPTED if checked else ReviewState.REJECTED)
        return True

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        candidate = self._rows[index.row()]
        column = ReviewColumn(index.column())
        if role == CANDIDATE_ROLE:
            return candidate
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(candidate, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(candidate, column))
        if role == Qt.ItemDataRole.CheckStateRole and column == ReviewColumn.STATE:
            if candidate.on_timeline:
                return None
            return {
                ReviewState.ACCEPTED: Qt.CheckState.Checked,
                ReviewState.REJECTED: Qt.CheckState.Unchecked,
                ReviewState.PENDING: Qt.CheckState.PartiallyChecked,
            }[ReviewState.REJECTED if candidate.is_duplicate else candidate.state]
        if role == Qt.ItemDataRole.BackgroundRole and column == ReviewColumn.DATE:
            return _MOVED if candidate.moved_from is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(candidate, column)
        if role == Qt.ItemDataRole.FontRole and (
            candidate.state is ReviewState.REJECTED or candidate.is_duplicate
        ):
            font = QFont()
            font.setStrikeOut(
                candidate.state is ReviewState.REJECTED and not candidate.is_duplicate
            )
            font.setItalic(candidate.is_duplicate)
            return font
        return None

    def _display(self, candidate: Candidate, column: ReviewColumn) -> str:
        event = candidate.event
        if column == ReviewColumn.STATE:
            if candidate.on_timeline:
                return self.tr("On timeline")
            if candidate.is_duplicate:
                return self.tr("Duplicate")
            return {
                ReviewState.PENDING: self.tr("Pending"),
                ReviewState.ACCEPTED: self.tr("Accepted"),
                ReviewState.REJECTED: self.tr("Rejected"),
            }[candidate.state]
        if column == ReviewColumn.DATE:
            # compact, so that the title keeps room in a narrow pane; the tooltip says it whole
            if candidate.moved_from is not None:
                return f"{format_when(candidate.moved_from)} → {format_when(event.when)}"
            return format_when(event.when)
        if column == ReviewColumn.TITLE:
            return event.title
        if column == ReviewColumn.ACTORS:
            return ", ".join(event.actors)
        if column == ReviewColumn.KIND:
            return event.category
        if column == ReviewColumn.ATTRIBUTION:
            source = event.sources[0] if event.sources else None
            text = event.attribution.value
            return f"{text} ({source.attributed_to})" if source and source.attributed_to else text
        return "; ".join(self._notes(candidate))

    def _notes(self, candidate: Candidate) -> list[str]:
        notes = []
        if candidate.on_timeline:
            pass
        elif candidate.is_duplicate:
            notes.append(self.tr("Duplicate of “{title}”").format(title=candidate.duplicate_title))
        elif candidate.duplicate_of:
            notes.append(
                self.tr("Kept although like “{title}”").format(title=candidate.duplicate_title)
            )
        if candidate.event.conflicts_with:
            notes.append(
                self.tr("⚠ Conflict: {note}").format(
                    note=candidate.event.conflict_note or self.tr("another date for this")
                )
            )
        if candidate.adds and not candidate.on_timeline:
            notes.append(candidate.adds)
        if candidate.moved_from is not None:
            notes.append(self.tr("Date moved with the publication date"))
        if candidate.edited:
            notes.append(self.tr("Edited"))
        return notes

    def _tooltip(self, candidate: Candidate, column: ReviewColumn) -> str:
        event = candidate.event
        if column == ReviewColumn.NOTES:
            return "\n".join(self._notes(candidate))
        if column in (ReviewColumn.ACTORS, ReviewColumn.ATTRIBUTION, ReviewColumn.KIND):
            return self._display(candidate, column)  # whole, where the column cuts it
        if column == ReviewColumn.DATE:
            phrase = event.sources[0].date_text if event.sources else ""
            text = event.when.describe()
            if candidate.moved_from is not None:
                text = f"{candidate.moved_from.describe()} → {text}"
            if phrase:
                text = self.tr("{date}, from “{phrase}”").format(date=text, phrase=phrase)
            return text
        evidence = event.sources[0].evidence if event.sources else ""
        return f"{event.title}\n\n{evidence}" if evidence else event.title

    def _foreground(self, candidate: Candidate, column: ReviewColumn) -> QColor | None:
        palette = QApplication.palette()
        if column == ReviewColumn.DATE and candidate.moved_from is not None:
            return _ON_MOVED  # dark text on the light highlight, in a dark theme too
        if candidate.state is ReviewState.REJECTED or candidate.is_duplicate:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        if column == ReviewColumn.NOTES and candidate.event.conflicts_with:
            return _CONFLICT
        if column == ReviewColumn.STATE and candidate.state is ReviewState.ACCEPTED:
            return _ACCEPTED
        return None
