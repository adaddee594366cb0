"""Reading a large file in the background, one at a time, with progress and Cancel in the
status bar; the open document stays until the new one has been read whole.

The reading runs in the job runner's "load" lane; Cancel drops its outcome at once and the
reading stops at its next progress report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QWidget,
)

from timeline_app.ui.job_runner import Job, JobRunner, Report
from timeline_app.ui.timeline_view import TimelineView


class LoadProgress(QWidget):
    """The status bar's row: what is being read, how far, and Cancel. Hidden when idle."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Reading the file"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop reading; keep the open timeline"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.show()

    def set_fraction(self, fraction: float) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(round(100 * fraction))


class BackgroundReader(QObject):
    """Reads one file at a time off the GUI thread for a window; a new read replaces the
    one in progress. ``cancelled`` follows the user's Cancel."""

    cancelled = Signal()

    def __init__(self, window: QMainWindow, view: TimelineView, jobs: JobRunner) -> None:
        super().__init__(window)
        self._view = view
        self._jobs = jobs
        self._job: Job | None = None
        self.progress = LoadProgress(window)
        self.progress.cancelRequested.connect(self.cancel)
        window.statusBar().addWidget(self.progress)

    def is_busy(self) -> bool:
        return self._job is not None and self._job.is_active()

    def start(
        self,
        text: str,
        work: Callable[[Report], Any],
        on_result: Callable[[Any], object],
        on_error: Callable[[Exception], object],
    ) -> None:
        """Run ``work(report)`` in a worker; then ``on_result`` or ``on_error`` here."""
        if self._job is not None:
            self._job.cancel()  # one file at a time: the newer request wins

        def finished(outcome: Callable[[], object]) -> None:
            self._job = None
            self._shown(None)
            outcome()

        self._job = self._jobs.submit(
            work,
            lane="load",
            on_result=lambda result: finished(lambda: on_result(result)),
            on_error=lambda error: finished(lambda: on_error(error)),
            on_progress=self.progress.set_fraction,
            owner=self,
            name=text,
        )
        self._shown(text)

    def cancel(self) -> None:
        """Stop reading; the open document stays as it was."""
        job, self._job = self._job, None
        if job is not None and job.cancel():
            self._shown(None)
            self.cancelled.emit()

    def _shown(self, text: str | None) -> None:
        if text is None:
            self.progress.hide()
        else:
            self.progress.start(text)
        # An empty canvas says what is coming rather than inviting a first event.
        self._view.set_placeholder(text)
