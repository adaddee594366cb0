"""After a crash: offer back the unsaved work of a window that did not close normally.

The recovery files are written by ``autosave``; here the next launch asks whether to restore
the latest one (Restore, Discard Changes, Not Now) and puts it back as one undoable step on
top of the file it was based on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from timeline_app.core.atomic_files import remove_stale_temporaries
from timeline_app.core.document import DocumentError, TimelineDocument, load_document
from timeline_app.core.recovery import Recovery, discard_recovery, find_recoveries, load_recovery
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
        latest = found[0]
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
            discard_recovery(latest.path)
            return False
        return self.restore(latest)

    def restore(self, recovery: Recovery) -> bool:
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
        discard_recovery(recovery.path)
        self._files.autosaver.save_now()  # this window's own recovery file takes over
        return True
