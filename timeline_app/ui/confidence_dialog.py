"""Edit ▸ Set Confidence…: an event's Admiralty grade and its note, set by hand.

The suggested grade is shown beside the choice; "Use Suggested" goes back to it (and lets
later sources re-grade the event again). A grade chosen here is kept when sources are added.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.admiralty import CREDIBILITY, RELIABILITY, describe_grade
from timeline_app.core.events import Event


class ConfidenceDialog(QDialog):
    def __init__(self, parent: QWidget | None, event: Event, suggested: Event) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confidence of “{title}”").format(title=event.title))
        self._event, self._suggested = event, suggested
        self._use_suggested = False
        self.reliability = QComboBox(self)
        for letter, words in RELIABILITY.items():
            self.reliability.addItem(f"{letter} — {words}", letter)
        self.credibility = QComboBox(self)
        for digit, words in CREDIBILITY.items():
            self.credibility.addItem(f"{digit} — {words}", digit)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why: what you checked, who confirmed it"))
        code = event.confidence or suggested.confidence or "F6"
        self.reliability.setCurrentIndex(self.reliability.findData(code[0]))
        self.credibility.setCurrentIndex(self.credibility.findData(code[1:]))
        self.note.setText(event.confidence_note)
        self.suggestion = QLabel(
            self.tr("Suggested: {grade} ({why})").format(
                grade=describe_grade(suggested.confidence), why=suggested.confidence_note
            ),
            self,
        )
        self.suggestion.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Source &reliability:"), self.reliability)
        form.addRow(self.tr("Information &credibility:"), self.credibility)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.suggested_button = buttons.addButton(
            self.tr("Use &Suggested"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.suggested_button.clicked.connect(self._take_suggested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestion)
        layout.addWidget(buttons)

    def _take_suggested(self) -> None:
        self._use_suggested = True
        self.accept()

    def to_event(self) -> Event:
        """The event with the grade chosen (set by hand), or with the suggested one."""
        if self._use_suggested:
            return self._suggested
        code = f"{self.reliability.currentData()}{self.credibility.currentData()}"
        return dataclasses.replace(
            self._event,
            confidence=code,
            confidence_note=self.note.text().strip(),
            confidence_set_by_hand=True,
        )
