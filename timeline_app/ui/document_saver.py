"""Saving a document atomically (QSaveFile), in this thread or in a worker.

An explicit Save of a large timeline writes a snapshot of it in a worker (``SnapshotWriter``)
so that the window does not freeze; ``finish()`` waits for it and delivers its outcome at once.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QSaveFile, Signal

from timeline_app.core.atomic_files import (
    keep_backup,
    remove_abandoned_qt_saves,
    remove_stale_temporaries,
    sync_folder,
)
from timeline_app.core.document import TimelineDocument, document_to_bytes
from timeline_app.core.file_locks import HeldLock
from timeline_app.ui.disk_guard import document_lock_path
from timeline_app.ui.job_runner import JobRunner
from timeline_app.ui.snapshot_writer import SnapshotWriter


def save_bytes(path: Path, data: bytes) -> str:
    """Replace the file at ``path`` with ``data`` atomically, keeping the previous version
    beside it as "name~"; the problem in words, or "" when it is saved. Any thread."""
    remove_stale_temporaries(path.parent, path.name)  # left by killed saves (CLI, exports)
    # One save of a file at a time, across windows and processes: holding this lock, any
    # file Qt named for a save of ``path`` is a killed save's, and goes.
    lock = _save_lock(path)
    try:
        if lock is not None:
            remove_abandoned_qt_saves(path.parent, path.name, data[:_SAME_START])
        return _save(path, data)
    finally:
        if lock is not None:
            lock.release()


# Every document begins '{\n  "format": "crisis-timeline",': what a killed save of it held.
_SAME_START = 32


def _save_lock(path: Path) -> HeldLock | None:
    """The lock of saves of ``path``, or None when another save holds it for more than a
    moment (a stalled disk must not hang this one: it saves without clearing)."""
    lock_path = document_lock_path(path).with_suffix(".saving")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # the save goes on; only a killed save's file may stay
    deadline = time.monotonic() + _LOCK_PATIENCE
    while (lock := HeldLock.take(lock_path)) is None and time.monotonic() < deadline:
        if not lock_path.exists():
            return None  # it cannot be made there
        time.sleep(0.02)
    return lock


# A save of another window holding the lock for longer is stuck on its disk; without the lock
# this save only leaves what killed saves left (the other cleared it when it began).
_LOCK_PATIENCE = 2.0


def _save(path: Path, data: bytes) -> str:
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return file.errorString()
    if file.write(data) != len(data):
        problem = _in_words(file, path, len(data))
        file.cancelWriting()
        return problem
    if path.exists():
        keep_backup(path)  # replaces the older backup only now, just before the commit
    if not file.commit():
        return _in_words(file, path, len(data))
    sync_folder(path.parent)  # the rename is durable only once the folder entry is on disk
    return ""


def _in_words(file: QSaveFile, path: Path, size: int) -> str:
    """Qt's reason, unless it has none to give ("Unknown error") for what is a full disk."""
    problem = file.errorString()
    if problem.rstrip(".") not in ("", "Unknown error") and "space" not in problem:
        return problem  # Qt knows the reason (a pseudo file system also shows no free space)
    folder = path.parent.resolve()
    try:
        full = shutil.disk_usage(folder).free < size + 65536
    except OSError:
        full = False
    if full:
        return f"No space left on device in {folder}"
    return problem


def save_document_file(path: Path, document: TimelineDocument) -> str:
    """``save_bytes`` of the document; a failure to encode it is a problem in words too."""
    try:
        return save_bytes(path, document_to_bytes(document))
    except Exception as error:  # noqa: BLE001 - reported like any failed save
        return str(error) or type(error).__name__


class DocumentSaver(QObject):
    """Writes snapshots of the document in the runner's "save" lane, one at a time.

    ``saved(path, problem, token)`` follows each ``start``: ``problem`` is "" on success;
    ``token`` is what the caller passed, to tell whether the document changed meanwhile.
    """

    saved = Signal(object, str, object)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = SnapshotWriter(runner, "save", self)

    def is_busy(self) -> bool:
        return self._writer.is_busy()

    def start(self, document: TimelineDocument, path: Path, token: object) -> None:
        """Write a snapshot of ``document`` to ``path``, after any save still in progress."""
        self._writer.write(
            document,
            lambda copy: save_document_file(path, copy),
            lambda problem: self.saved.emit(path, problem, token),
            lambda error: self.saved.emit(path, str(error) or type(error).__name__, token),
        )

    def finish(self) -> None:
        """Wait for the save in progress, if any, and deliver its outcome now."""
        self._writer.finish()
