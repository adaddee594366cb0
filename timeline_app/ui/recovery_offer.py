"""After a crash: offer back the unsaved work of a window that did not close normally.

The recovery files are written by ``autosave``; here the next launch asks whether to restore
the latest one (Restore, Discard Changes, Not Now) and puts it back as one undoable step on
top of the file it was based on. The file offered is claimed first (``claim_recovery``), so a
window started at the same moment offers another one, or none, never the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from timeline_app.core.atomic_files import remove_stale_temporaries
from timeline_app.core.document import DocumentError, TimelineDocument, load_document
from timeline_app.core.file_locks import HeldLock
from timeline_app.core.recovery import (
    Recovery,
    claim_recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
)
from timeline_app.ui.autosave import recovery_folder
from timeline_app.ui.commands import ReplaceDocumentCommand
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import plural
from timeline_app.ui.file_controller import FileController
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.user_messages import UserMessages


class RecoveryOffer(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        files: FileController,
        model: EventModel,
        stack: QUndoStack,
        view: TimelineView,
        messages: UserMessages,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._files, self._model, self._stack, self._view = files, model, stack, view
        self._messages = messages

    def offer(self, folder: Path | None = None) -> bool:
        """Offer back the unsaved work of a window that crashed; True if it was restored."""
        folder = folder or recovery_folder()
        removed = remove_stale_temporaries(folder) if folder.is_dir() else []
        if removed and isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(
                self.tr(
                    "Removed {n} unfinished autosave file(s) left by a window closed while saving"
                ).replace("{n}", str(len(removed))),
                8000,
            )
        found = find_recoveries(folder)
        if not found or not self._messages.interactive:
            return False
        for latest in found:
            claim = claim_recovery(latest.path)
            if claim is not None:
                break
        else:
            return False  # every one is being offered by another window
        try:
            return self._ask(latest, claim)
        finally:
            claim.release()  # answered: another launch may offer what is left of it

    def _ask(self, latest: Recovery, claim: HeldLock) -> bool:
        name = (
            Path(latest.document_path).name
            if latest.document_path
            else (latest.title or self.tr("an untitled timeline"))
        )
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore Unsaved Changes?"))
        box.setText(
            self.tr("Crisis Timeline closed before your changes to “{name}” were saved.").format(
                name=name
            )
        )
        box.setInformativeText(
            plural(
                latest.event_count,
                self.tr("Restore the timeline as it was at {time}, with {n} event?"),
                self.tr("Restore the timeline as it was at {time}, with {n} events?"),
            ).replace("{time}", latest.saved_at.strftime("%d %b %Y %H:%M"))
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard Changes"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is later:
            return False
        if box.clickedButton() is not restore:
            discard_recovery(latest.path, claim)
            return False
        return self.restore(latest, claim)

    def restore(self, recovery: Recovery, claim: HeldLock | None = None) -> bool:
        """Open the saved file (if any) and redo the unsaved changes on top: one undo step."""
        try:
            recovered = load_recovery(recovery.path)
        except DocumentError as error:
            self._messages.error(
                self.tr("Cannot Restore"),
                self.tr("The unsaved changes could not be read."),
                str(error),
            )
            return False
        base, base_path = TimelineDocument(), None
        if recovery.document_path:
            try:
                base = load_document(recovery.document_path)
                base_path = Path(recovery.document_path)
            except DocumentError:
                pass  # the saved file is gone or broken: restore as a new, untitled timeline
        self._files.set_document(base, base_path)
        self._stack.push(
            ReplaceDocumentCommand(self._model, recovered, self.tr("Restore Unsaved Changes"))
        )
        self._view.fit_all()
        discard_recovery(recovery.path, claim)
        self._files.autosaver.save_now()  # this window's own recovery file takes over
        return True
