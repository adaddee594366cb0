"""Edit ▸ Outlet Reliability…: the user's judgement of each outlet (Admiralty A-F), from which
every event's grade is suggested again.

The table lists the outlets of the open timeline's sources and any rated before. Ratings are
kept in the user's settings (an analyst's view of an outlet holds across timelines); the
grades they give are saved in the document with each event.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.admiralty import RELIABILITY, UNJUDGED_RELIABILITY


class ReliabilityDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, outlets: Iterable[str], ratings: dict[str, str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outlet Reliability"))
        known = {name.casefold(): name for name in ratings}
        names = list(dict.fromkeys([*outlets, *ratings]))
        names = [n for n in dict.fromkeys(known.get(n.casefold(), n) for n in names) if n]
        rated = {name.casefold(): letter for name, letter in ratings.items()}
        self.table = QTableWidget(len(names), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("Reliability")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._combos: list[tuple[str, QComboBox]] = []
        for row, name in enumerate(sorted(names, key=str.casefold)):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            for letter, words in RELIABILITY.items():
                combo.addItem(f"{letter} — {words}", letter)
            letter = rated.get(name.casefold(), UNJUDGED_RELIABILITY)
            combo.setCurrentIndex(combo.findData(letter))
            self.table.setCellWidget(row, 1, combo)
            self._combos.append((name, combo))
        self.table.resizeColumnToContents(1)
        note = QLabel(
            self.tr(
                "Grades of events not set by hand are suggested again from these ratings. "
                "An outlet not rated is F: its reliability cannot be judged."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def ratings(self) -> dict[str, str]:
        """Outlet -> letter, for the outlets given a letter other than F."""
        return {
            name: combo.currentData()
            for name, combo in self._combos
            if combo.currentData() != UNJUDGED_RELIABILITY
        }

    def set_rating(self, outlet: str, letter: str) -> None:
        for name, combo in self._combos:
            if name.casefold() == outlet.casefold():
                combo.setCurrentIndex(combo.findData(letter))
