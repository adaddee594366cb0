"""A progress row for an ExtractionRunner: what is being read, how far along, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from timeline_app.ui.extraction_runner import ExtractionRunner
from timeline_app.ui.plain_text import plain_labels, tooltip


class ExtractionProgress(QWidget):
    """Hidden while the runner is idle."""

    cancelled = Signal()  # the user pressed Cancel: the window says so in its status bar

    def __init__(self, runner: ExtractionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.label = QLabel(self)
        # A long title is cut off rather than widening the dock.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        plain_labels(self.label)  # it quotes the article's title
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Extraction progress"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(
            self.tr("Stop finding events, in the article being read and in those waiting")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel)
        runner.progress.connect(self._progress)
        runner.busyChanged.connect(self.setVisible)
        self.setVisible(runner.is_busy())

    def _cancel(self) -> None:
        if self._runner.is_busy():
            self._runner.cancel()
            self.cancelled.emit()

    def _progress(self, done: int, total: int, title: str) -> None:
        if total <= 1:
            self.bar.setRange(0, 0)  # one article: no steps to count, just "busy"
            text = self.tr("Finding events in “{title}”…").format(title=title)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            text = self.tr("Finding events: article {n} of {total}, “{title}”…").format(
                n=done + 1, total=total, title=title
            )
        self.label.setText(text)
        self.label.setToolTip(tooltip(text))
