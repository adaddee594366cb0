"""Two windows (or a window and another program) must not silently undo each other's saves.

A window notes what its file looked like when it opened or last saved it (``DiskState``) and,
before saving over it, asks if someone else has changed it since: Overwrite, Save As… or
Cancel. It also holds a lock on the document (in the app's runtime folder, released by the
operating system when the process ends) so that a second window opening the same file says
it is already open elsewhere.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from timeline_app.core.disk_state import DiskState
from timeline_app.core.file_locks import HeldLock
from timeline_app.ui.message_boxes import as_plain_text
from timeline_app.ui.user_messages import UserMessages


class Overwrite(Enum):
    YES = "overwrite"
    SAVE_AS = "save as"
    CANCEL = "cancel"


def document_locks_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return (
        Path(base or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
        / "crisis-timeline-open-documents"
    )


def document_lock_path(path: Path) -> Path:
    """One lock per document, wherever it is opened from (its resolved path names it)."""
    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return document_locks_folder() / f"{key[:32]}.lock"


class DiskGuard(QObject):
    def __init__(self, window: QMainWindow, messages: UserMessages) -> None:
        super().__init__(window)
        self._window, self._messages = window, messages
        self._state: DiskState | None = None
        self._lock: HeldLock | None = None
        self._locked_path: Path | None = None
        self.open_elsewhere = False
        self.notice: QMessageBox | None = None

    def watch(self, path: Path | None) -> None:
        """``path`` was just opened or saved by this window (None: an untitled document)."""
        path = path.resolve() if path is not None else None
        self._state = DiskState.of(path) if path is not None else None
        if path == self._locked_path:
            return
        self.release()
        self.open_elsewhere = False
        if path is None:
            return
        lock_path = document_lock_path(path)
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return  # without a runtime folder the save-time check still protects the file
        self._lock = HeldLock.take(lock_path)
        self._locked_path = path
        if self._lock is None and lock_path.exists():
            self.open_elsewhere = True
            self._tell_open_elsewhere(path)

    def _tell_open_elsewhere(self, path: Path) -> None:
        text = self.tr("“{name}” is already open in another Crisis Timeline window.").format(
            name=path.name
        )
        detail = self.tr(
            "You can work on it here too; if both windows save, you will be asked before one "
            "overwrites the other’s changes."
        )
        if not self._messages.interactive:
            self._messages.error(self.tr("Already Open"), text, detail)
            return
        # Told, not asked: a sheet that does not hold up the opening (open(), not exec()).
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Already Open"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        as_plain_text(box)  # a file name is shown as written, never as HTML
        box.open()
        self.notice = box

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
        self._lock, self._locked_path = None, None

    def may_overwrite(self, path: Path) -> Overwrite:
        """Before saving over ``path``: YES if it is as we left it, or the user's choice."""
        path = path.resolve()
        if self._state is None or path != self._locked_path:
            return Overwrite.YES
        if not self._state.changed_on_disk(path):
            return Overwrite.YES
        if not self._messages.interactive:
            self._messages.error(
                self.tr("File Changed on Disk"),
                self.tr(
                    "“{name}” was changed by another program since it was opened here; "
                    "it was not overwritten."
                ).format(name=path.name),
            )
            return Overwrite.CANCEL
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File Changed on Disk"))
        box.setText(
            self.tr(
                "“{name}” has been changed by another window or program since you opened "
                "or saved it here."
            ).format(name=path.name)
        )
        box.setInformativeText(
            self.tr(
                "Overwriting it loses those changes. Save your version under another name "
                "to keep both."
            )
        )
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        as_plain_text(box)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return Overwrite.YES
        return Overwrite.SAVE_AS if clicked is save_as else Overwrite.CANCEL
