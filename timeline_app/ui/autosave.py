"""Autosave: unsaved changes go to a recovery file within the autosave interval.

The undo stack tells us everything: a change starts the timer, reaching the clean state
(saved, or undone back to it) removes the recovery file. The timer's saves write a snapshot
of the document in a worker (``SnapshotWriter``, as File ▸ Save does): writing 100,000 events
takes most of a second, which must not freeze the window every interval.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QUndoStack

from timeline_app.core import recovery
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.job_runner import JobRunner
from timeline_app.ui.snapshot_writer import SnapshotWriter

DEFAULT_INTERVAL_MS = 30_000


def recovery_folder() -> Path:
    """The platform's app-data folder for this app, with a recovery/ subfolder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class Autosaver(QObject):
    """Writes the model's document to a recovery file while it has unsaved changes."""

    def __init__(
        self,
        model: EventModel,
        stack: QUndoStack,
        document_path: Callable[[], str | None],
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        folder: Path | None = None,
        runner: JobRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._document_path = document_path
        self._folder = folder or recovery_folder()
        self._session = uuid.uuid4().hex
        self._file: Path | None = None
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(self._save_in_background)
        self._writer = SnapshotWriter(runner or JobRunner(self), "autosave", self)
        self._again = False  # a change came while a snapshot was being written
        # Track cleanliness from the signals rather than asking the stack: the stack emits
        # them from its destructor too, when calling back into it would crash.
        self._clean = stack.isClean()
        stack.indexChanged.connect(self._changed)
        stack.cleanChanged.connect(self._clean_changed)

    @property
    def recovery_file(self) -> Path | None:
        return self._file

    def set_interval(self, milliseconds: int) -> None:
        self._timer.setInterval(max(1000, milliseconds))

    def _changed(self) -> None:
        # Start, don't restart: a steady stream of edits must still be saved within the interval.
        if not self._clean and not self._timer.isActive():
            self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        self._clean = clean
        if clean:
            self.discard()
        else:
            self._changed()  # the stack signals the index before the loss of cleanliness

    def save_now(self) -> None:
        """Write the recovery file now, in this thread (after large operations such as an
        import, and when another window's recovery file is handed over)."""
        self._timer.stop()
        self._finish_writing()
        if self._clean:
            return
        try:
            self._file = recovery.write_recovery(
                self._folder, self._session, self._model.document, self._document_path()
            )
        except OSError:
            # A failed autosave must not interrupt the user's work; the next change retries.
            self._file = None

    def discard(self) -> None:
        """Remove this session's recovery file (after a save, or when the user discards)."""
        self._timer.stop()
        self._finish_writing()  # a snapshot written after this would outlive the discard
        if self._file is not None:
            recovery.discard_recovery(self._file)
            self._file = None

    @property
    def writing(self) -> bool:
        """Whether a snapshot is being written in the background."""
        return self._writer.is_busy()

    def _save_in_background(self) -> None:
        if self._clean:
            return
        if self._writer.is_busy():
            self._again = True
            return
        folder, session, path = self._folder, self._session, self._document_path()
        self._writer.write(
            self._model.document,
            lambda copy: recovery.write_recovery(folder, session, copy, path),
            self._written,
            self._not_written,
        )

    def _written(self, file: Path) -> None:
        self._file = file
        if self._clean:  # saved while the snapshot was being written
            self.discard()
        elif self._again:
            self._again = False
            self._save_in_background()

    def _not_written(self, error: Exception) -> None:
        self._file = None  # a failed autosave must not interrupt the work; the next change retries
        if not isinstance(error, OSError):
            raise error

    def _finish_writing(self) -> None:
        """Let a snapshot being written land, and take its file, before acting in this thread."""
        self._again = False
        self._writer.finish()
