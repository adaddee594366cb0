"""The evidence of one window's document: where new captures are kept until the document is
saved, copying them beside it when it is, and checking them when it is opened.

Captures of a document never saved go to the per-user store in the app's data folder
(``evidence/``, content-addressed like every store: windows share it safely). A save copies
the captures the document's articles name into ``NAME.ctimeline-evidence/`` first, from that
store and from the folder of the place it was saved before (Save As), then writes the
document. Opening checks presence and size of every capture and then their hashes, off the
GUI thread, and names the sources whose capture is missing or altered in one dialog; the
document opens regardless, since its events are the user's own work.

At start-up the per-user store is pruned off the GUI thread (``core/pending_captures``): a
capture goes once no window and no recovery file names it and it was last taken two weeks ago.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMainWindow

from timeline_app.core.document import TimelineDocument
from timeline_app.core.evidence_store import (
    EvidenceError,
    EvidenceStore,
    Problem,
    evidence_folder_for,
    keep_evidence_of,
)
from timeline_app.core.pending_captures import PendingStore, prune_pending
from timeline_app.ui import message_boxes
from timeline_app.ui.autosave import recovery_folder
from timeline_app.ui.job_runner import Job, JobRunner, Report
from timeline_app.ui.user_messages import UserMessages


def pending_folder() -> Path:
    """The per-user store of captures not yet saved beside a document."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "evidence"


class DocumentEvidence(QObject):
    """The captures of one window's document (see the module's docstring).

    ``checked(problems)`` follows every check of an opened document.
    """

    checked = Signal(list)
    pruned = Signal(list)  # the SHA-256s of the captures a pruning removed

    def __init__(
        self,
        window: QMainWindow,
        jobs: JobRunner,
        messages: UserMessages,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._messages = messages
        self.pending: EvidenceStore = PendingStore(folder or pending_folder())
        self._job: Job | None = None
        self.lost: list[str] = []  # the SHA-256s the last save found nowhere
        self._said_lost: set[str] = set()

    def stores(self, path: Path | None) -> list[EvidenceStore]:
        """Where the captures of a document saved at ``path`` (or never saved) may be."""
        stores = [self.pending]
        if path is not None:
            stores.append(EvidenceStore(evidence_folder_for(path)))
        return stores

    # --- saving --------------------------------------------------------------------------

    def keep(self, document: TimelineDocument, target: Path, previous: Path | None) -> str:
        """Copy the captures ``document`` names beside ``target`` before it is written there;
        the problem in words ("" when all are there or none was found anywhere, which
        ``lost`` then lists)."""
        self.lost = []
        try:
            self.lost = keep_evidence_of(document.sources.values(), target, self.stores(previous))
        except (OSError, EvidenceError) as error:
            return str(error)
        return ""

    def report_lost(self, document: TimelineDocument, target: Path) -> None:
        """After a save: name the sources whose capture was found nowhere, to copy beside it."""
        lost = set(self.lost) - self._said_lost  # said once: not again at every save
        if not lost:
            return
        self._said_lost |= lost
        titles = [a.title or a.url or a.id for a in document.sources.values() if a.sha256 in lost]
        self._warn(
            self.tr("Captures Not Found"),
            self.tr(
                "“{name}” was saved, but the captured copies of {n} of its sources were found "
                "neither beside it nor among the captures not yet saved."
            ).format(name=target.name, n=len(titles)),
            "\n".join(titles),
        )

    # --- pruning the per-user store --------------------------------------------------------

    def prune_pending(
        self,
        in_use: Collection[str],
        *,
        recovery: Path | None = None,
        now: dt.datetime | None = None,
    ) -> Job:
        """Remove, off the GUI thread, the captures of the per-user store that neither
        ``in_use`` (what this window's timeline and review name) nor a recovery file names,
        last taken more than two weeks before ``now``. It never says anything: a capture it
        cannot remove is simply left for the next time."""
        store, folder = self.pending, recovery or recovery_folder()
        moment, keep = now or dt.datetime.now(dt.UTC), frozenset(in_use)

        def work(_report: Report) -> list[str]:
            return prune_pending(store, keep, folder, now=moment)

        return self._jobs.submit(
            work,
            lane="prune",
            on_result=self.pruned.emit,
            on_error=lambda _error: self.pruned.emit([]),
            owner=self,
            name="prune the captures not saved",
        )

    # --- checking ------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop a check in progress (another document is being shown)."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()

    def check(self, document: TimelineDocument, path: Path) -> None:
        """Check the captures of a document just opened from ``path``: presence and size at
        once, then every hash off the GUI thread; one dialog names the sources at fault."""
        self.cancel()
        captured = [a for a in document.sources.values() if a.sha256]
        if not captured:
            self.checked.emit([])
            return
        store = EvidenceStore(evidence_folder_for(path))
        quick = store.verify(captured, full=False)
        if not self._messages.interactive:  # scripts and screenshots: at once, on stderr
            self._checked(path, len(captured), store.verify(captured))
            return
        faulty = {problem.article_id for problem in quick}
        rest = [a for a in captured if a.id not in faulty]

        def work(report: Report) -> list[Problem]:
            return quick + store.verify(rest, progress=report)

        self._job = self._jobs.submit(
            work,
            lane="verify",
            on_result=lambda problems: self._checked(path, len(captured), problems),
            on_error=lambda error: self._checked(path, len(captured), quick),
            owner=self,
            name=f"verify {path.name}",
        )

    def finish(self) -> None:
        """Wait for a check in progress and deliver it now (tests, scripts)."""
        if self._job is not None:
            self._job.finish()

    def _checked(self, path: Path, count: int, problems: Sequence[Problem]) -> None:
        self._job = None
        problems = sorted(problems, key=lambda p: p.message)
        self.checked.emit(list(problems))
        if not problems:
            self._window.statusBar().showMessage(
                self.tr("All {n} sources of {name} match their SHA-256").format(
                    n=count, name=path.name
                ),
                4000,
            )
            return
        self._warn(
            self.tr("Sources Not as Captured"),
            self.tr(
                "{n} of the {count} captured sources of “{name}” are not as they were "
                "captured: their copies beside the document are missing or have changed. "
                "The timeline is open as it was saved; its events are unchanged."
            ).format(n=len(problems), count=count, name=path.name),
            "\n".join(problem.message for problem in problems),
        )

    def _warn(self, title: str, text: str, names: str) -> None:
        if not self._messages.interactive:
            self._messages.error(title, text, names)
            return
        lines = names.splitlines()
        shown = "\n".join(lines[:_SHOWN])
        if len(lines) > _SHOWN:
            shown += "\n" + self.tr("… and {n} more (Show Details…)").format(n=len(lines) - _SHOWN)
        message_boxes.warning(
            self._window,
            title,
            text,
            informative=shown,
            detailed=names if len(lines) > _SHOWN else "",
        )


_SHOWN = 12  # sources named in the dialog itself; all of them under Show Details…
