"""Writing a snapshot of the document in a worker, one at a time: File ▸ Save of a large
timeline and the autosave's recovery file both go this way.

Writing 100,000 events takes about half a second, which must not freeze the window. Events
are replaced, never changed, so a snapshot is a copy of the lists, taken in the GUI thread.
``finish()`` waits for the write in progress and delivers its outcome at once, for whatever
must not overlap with it (another save, a discard, closing the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from timeline_app.core.document import TimelineDocument
from timeline_app.ui.job_runner import Job, JobRunner

R = TypeVar("R")


def snapshot(document: TimelineDocument) -> TimelineDocument:
    """A copy that later edits of ``document`` do not reach (its events are immutable)."""
    return TimelineDocument(document.title, list(document.events), dict(document.sources))


class SnapshotWriter:
    """Writes snapshots in one lane of a runner; a new write first lets the last one land."""

    def __init__(self, runner: JobRunner, lane: str, owner: QObject) -> None:
        self._runner, self._lane, self._owner = runner, lane, owner
        self._job: Job | None = None

    def is_busy(self) -> bool:
        return self._job is not None and self._job.is_active()

    def write(
        self,
        document: TimelineDocument,
        write: Callable[[TimelineDocument], R],
        on_written: Callable[[R], object],
        on_failed: Callable[[Exception], object],
    ) -> None:
        """Run ``write(snapshot)`` in the worker; ``on_written`` or ``on_failed`` follows."""
        self.finish()
        copy = snapshot(document)
        self._job = self._runner.submit(
            lambda _report: write(copy),
            lane=self._lane,
            on_result=on_written,
            on_error=on_failed,
            owner=self._owner,
            name=f"write snapshot ({self._lane})",
        )

    def finish(self) -> None:
        """Wait for the write in progress, if any, and deliver its outcome now."""
        job, self._job = self._job, None
        if job is not None:
            job.finish()
