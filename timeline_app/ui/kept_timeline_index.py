"""The timeline's index for the review (``core.timeline_index.TimelineIndex``): built once off
the GUI thread, then kept up to date with every edit of the model, so that planning an
article's candidates against the timeline never walks it.

Every change of the timeline moves ``revision`` on before the index follows it, in the GUI
thread: work done over the index in a worker meanwhile is for an older timeline, and whoever
gets its result compares the revision it started from and drops it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal

from timeline_app.core.document import TimelineDocument
from timeline_app.core.timeline_index import TimelineIndex
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.job_runner import Job, JobRunner


class KeptTimelineIndex(QObject):
    """The model's events indexed, once built; ``index()`` starts the building."""

    ready = Signal()  # the index is built and current: ask again

    def __init__(self, model: EventModel, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._jobs = jobs
        self._index: TimelineIndex | None = None
        self._building: Job[TimelineIndex] | None = None
        self.revision = 0  # moves on with each change of the timeline
        model.rowsInserted.connect(self._inserted)
        model.rowsAboutToBeRemoved.connect(self._removing)
        model.dataChanged.connect(self._changed)
        model.modelAboutToBeReset.connect(self._forget)

    def index(self) -> TimelineIndex | None:
        """The index of the timeline as it is now; None while it is built (``ready`` says
        when it is there)."""
        if self._index is None and self._building is None:
            self._build()
        return self._index

    def is_building(self) -> bool:
        return self._building is not None

    def _build(self) -> None:
        # A copy of the list: the worker files the events as they are now, whatever the GUI
        # thread does meanwhile (a change cancels this build and starts another).
        copy = TimelineDocument(events=list(self._model.events()))
        self._building = self._jobs.submit(
            lambda _report: TimelineIndex(copy),
            lane="timeline index",
            on_result=self._built,
            owner=self,
            name="timeline index",
        )

    def _built(self, index: TimelineIndex) -> None:
        self._building = None
        index.follow(self._model.document)
        self._index = index
        self.ready.emit()

    def _moved_on(self) -> None:
        self.revision += 1
        if self._building is not None:  # built from a copy the timeline no longer is
            self._building.cancel()
            self._build()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._moved_on()
        if self._index is not None:
            self._index.inserted_events(first, last)

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._moved_on()
        if self._index is not None:
            self._index.removing_events(first, last)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles) -> None:
        self._moved_on()
        if self._index is not None:
            for row in range(top_left.row(), bottom_right.row() + 1):
                self._index.changed_event(row)

    def _forget(self) -> None:
        """Another document: the index is built again when next asked for."""
        self.revision += 1
        self._index = None
        if self._building is not None:
            self._building.cancel()
            self._building = None
