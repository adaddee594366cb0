"""Saving a document atomically (QSaveFile), in this thread or in a worker.

Writing 100,000 events takes about half a second: an explicit Save of a large timeline
writes a snapshot of it in a worker so that the window does not freeze. Events are replaced,
never changed, so the snapshot is a copy of the event list. ``finish()`` waits for a save in
progress and delivers its outcome at once, for whatever must not overlap with it (another
save, closing the window, opening another document).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QRunnable, QSaveFile, QThreadPool, Signal, Slot

from timeline_app.core.document import TimelineDocument, document_to_bytes, keep_backup


def save_bytes(path: Path, data: bytes) -> str:
    """Replace the file at ``path`` with ``data`` atomically, keeping the previous version
    beside it as "name~"; the problem in words, or "" when it is saved. Any thread."""
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return file.errorString()
    if file.write(data) != len(data):
        problem = file.errorString()
        file.cancelWriting()
        return problem
    if path.exists():
        keep_backup(path)
    if not file.commit():
        return file.errorString()
    return ""


class _Signals(QObject):
    """Created in the GUI thread, so the worker's emit is delivered there (queued)."""

    done = Signal(object)


class _SaveJob(QRunnable):
    def __init__(self, document: TimelineDocument, path: Path, token: object) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the saver keeps it until its outcome is delivered
        self.document, self.path, self.token = document, path, token
        self.problem = ""
        self.written = threading.Event()
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.problem = save_bytes(self.path, document_to_bytes(self.document))
        except Exception as error:  # noqa: BLE001 - reported like any failed save
            self.problem = str(error) or type(error).__name__
        self.written.set()
        self.signals.done.emit(self)


class DocumentSaver(QObject):
    """Writes snapshots of the document in one worker thread, one at a time.

    ``saved(path, problem, token)`` follows each ``start``: ``problem`` is "" on success;
    ``token`` is what the caller passed, to tell whether the document changed meanwhile.
    """

    saved = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _SaveJob | None = None

    def is_busy(self) -> bool:
        return self._job is not None

    def start(self, document: TimelineDocument, path: Path, token: object) -> None:
        """Write a snapshot of ``document`` to ``path``, after any save still in progress."""
        self.finish()
        snapshot = TimelineDocument(document.title, list(document.events), dict(document.sources))
        job = _SaveJob(snapshot, path, token)
        job.signals.done.connect(self._delivered)
        self._job = job
        self._pool.start(job)

    def finish(self) -> None:
        """Wait for the save in progress, if any, and deliver its outcome now."""
        job = self._job
        if job is None:
            return
        job.written.wait()
        self._deliver(job)

    @Slot(object)
    def _delivered(self, job: _SaveJob) -> None:
        self._deliver(job)

    def _deliver(self, job: _SaveJob) -> None:
        if job is not self._job:
            return  # delivered already, by finish()
        self._job = None
        self.saved.emit(job.path, job.problem, job.token)
