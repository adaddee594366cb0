"""The buttons under a review: what acts on the selection in one row, what acts on every
candidate in a second, so that a review fits a narrow dock beside the timeline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout


def two_rows(selected: Sequence[QPushButton], every: Sequence[QPushButton]) -> QVBoxLayout:
    """A layout of ``selected`` above ``every``, each button named for screen readers by its
    text (without its mnemonic's "&")."""
    rows = QVBoxLayout()
    rows.setContentsMargins(0, 0, 0, 0)
    for buttons in (selected, every):
        row = QHBoxLayout()
        for button in buttons:
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        rows.addLayout(row)
    return rows
