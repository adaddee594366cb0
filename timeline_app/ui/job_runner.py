"""Work off the GUI thread: one runner for every job (opening, importing, extracting, saving,
autosaving, the search index), with typed handles, progress and cancellation.

``runner.submit(work, lane=..., on_result=..., on_error=..., on_progress=...)`` runs
``work(report)`` in the lane's worker thread and returns a ``Job`` handle; the callbacks run in
the GUI thread. Jobs of one lane run one at a time, in order; lanes run side by side. The work
is pure Python and holds the interpreter lock, but the interpreter switches threads every few
milliseconds, so the window keeps painting while it runs.

Why the shape: a worker must never emit through a QObject the GUI thread may delete meanwhile
(the crash this replaces: Cancel deleted the emitter while the worker was emitting through it).
Workers post only through one mailbox that is made in the GUI thread and never deleted; the GUI
thread then asks the handle whether anyone still wants the outcome (not cancelled, its owner
alive). Cancelling is a flag the worker reads at its next ``report`` (or asks for with
``report.cancelled()``, when the work stops at points of its own); it never waits.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

T = TypeVar("T")


class Report(Protocol):
    """What the work is given: called with 0..1, it raises Cancelled once the job is cancelled;
    ``cancelled()`` asks without raising, for work that stops at safe points of its own (the
    extractor, between sentences)."""

    def __call__(self, fraction: float) -> None: ...

    def cancelled(self) -> bool: ...


class Cancelled(Exception):
    """Raised inside the work by its progress report once the job is cancelled."""


class _Reporter:
    """The Report of one job (in the worker thread: it only reads the flag and posts)."""

    __slots__ = ("_job",)

    def __init__(self, job: Job) -> None:
        self._job = job

    def __call__(self, fraction: float) -> None:
        self._job._report(fraction)

    def cancelled(self) -> bool:
        return self._job._stop.is_set()


class JobState(enum.Enum):
    ACTIVE = "active"  # queued or running, its outcome not delivered yet
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class _Mailbox(QObject):
    """The one object workers post through. It lives in the GUI thread and is never deleted,
    so a queued signal from a worker always has a live sender and receiver."""

    outcome = Signal(object)  # the Job whose work returned or raised
    progress = Signal(object, float)  # the Job, 0..1

    def __init__(self) -> None:
        super().__init__()
        self.outcome.connect(self._outcome)
        self.progress.connect(self._progress)

    @Slot(object)
    def _outcome(self, job: Job) -> None:
        job._deliver()

    @Slot(object, float)
    def _progress(self, job: Job, fraction: float) -> None:
        job._progressed(fraction)


_MAILBOX: list[_Mailbox] = []  # made by the first runner, in the GUI thread; kept for good


def _mailbox() -> _Mailbox:
    if not _MAILBOX:
        mailbox = _Mailbox()
        app = QCoreApplication.instance()
        if app is not None and mailbox.thread() is not app.thread():
            mailbox.moveToThread(app.thread())
        _MAILBOX.append(mailbox)
    return _MAILBOX[0]


class Job(Generic[T]):
    """A handle on one piece of work. Everything here is for the GUI thread, except what
    ``_run`` and ``_report`` do in the worker (they only read the stop flag and post)."""

    def __init__(
        self,
        work: Callable[[Report], T],
        *,
        name: str,
        on_result: Callable[[T], object] | None,
        on_error: Callable[[Exception], object] | None,
        on_progress: Callable[[float], object] | None,
        owner: QObject,
        forget: Callable[[Job], None],
    ) -> None:
        self.name = name
        self._work = work
        self._on_result, self._on_error, self._on_progress = on_result, on_error, on_progress
        self._owner = owner
        self._forget = forget
        self._state = JobState.ACTIVE
        self._stop = threading.Event()  # read by the worker
        self._ran = threading.Event()  # set by the worker when the work has returned
        self._result: Any = None
        self._error: BaseException | None = None
        self._future: Future | None = None

    def __repr__(self) -> str:
        return f"<Job {self.name or id(self)} {self._state.value}>"

    @property
    def state(self) -> JobState:
        return self._state

    def is_active(self) -> bool:
        return self._state is JobState.ACTIVE

    def cancel(self) -> bool:
        """Drop the job: nothing of it is delivered any more, and its work stops at its next
        progress report. False if it was delivered or cancelled already."""
        if self._state is not JobState.ACTIVE:
            return False
        self._state = JobState.CANCELLED
        self._stop.set()
        if self._future is not None and self._future.cancel():
            self._ran.set()  # never started: there is nothing to wait for
        self._forget(self)
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the work to return (or to be dropped unstarted), delivering nothing; also
        for a cancelled job, whose work may go on until its next report. False on timeout."""
        return self._ran.wait(timeout)

    def finish(self, timeout: float | None = None) -> bool:
        """Wait for the work to return and deliver its outcome now, rather than later from the
        event loop (for whatever must not overlap with it: another save, closing a window).
        False if it did not return within ``timeout`` seconds."""
        if self._state is not JobState.ACTIVE:
            return True
        if not self._ran.wait(timeout):
            return False
        self._deliver()
        return True

    # --- in the worker ---------------------------------------------------------------------

    def _run(self) -> None:
        mailbox = _mailbox()
        try:
            if self._stop.is_set():
                return
            try:
                self._result = self._work(_Reporter(self))
            except Cancelled:
                return
            except Exception as failure:  # noqa: BLE001 - every failure goes back to on_error
                if self._stop.is_set():
                    return  # the work's own way of stopping (ExtractionCancelled): nobody asks
                self._error = failure
        finally:
            self._ran.set()
        mailbox.outcome.emit(self)

    def _report(self, fraction: float) -> None:
        if self._stop.is_set():
            raise Cancelled
        _mailbox().progress.emit(self, float(fraction))

    # --- in the GUI thread -----------------------------------------------------------------

    def _wanted(self) -> bool:
        return self._state is JobState.ACTIVE and shiboken6.isValid(self._owner)

    def _progressed(self, fraction: float) -> None:
        if self._on_progress is not None and self._wanted():
            self._on_progress(fraction)

    def _deliver(self) -> None:
        if self._state is not JobState.ACTIVE:
            return  # cancelled, or delivered already by finish()
        wanted = shiboken6.isValid(self._owner)
        self._state = JobState.DELIVERED
        self._forget(self)
        if not wanted:
            return
        if self._error is not None:
            if self._on_error is None:
                raise self._error
            self._on_error(self._error)  # type: ignore[arg-type]
        elif self._on_result is not None:
            self._on_result(self._result)


class JobRunner(QObject):
    """Runs jobs in named lanes, each a worker thread of its own that takes its jobs in order.

    A job whose ``owner`` (the runner unless given) has been deleted delivers nothing; deleting
    the runner cancels its jobs.
    """

    busyChanged = Signal(bool)  # whether any job of this runner is active

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _mailbox()
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._active: list[Job] = []
        # Not a method of self: when this is emitted the Python side may be half gone.
        lanes, active = self._lanes, self._active
        self.destroyed.connect(lambda *_: _shut_down(lanes, active))

    def submit(
        self,
        work: Callable[[Report], T],
        *,
        lane: str = "work",
        on_result: Callable[[T], object] | None = None,
        on_error: Callable[[Exception], object] | None = None,
        on_progress: Callable[[float], object] | None = None,
        owner: QObject | None = None,
        name: str = "",
    ) -> Job[T]:
        """Run ``work(report)`` after the jobs already in ``lane``. Without ``on_error`` a
        failure is raised in the GUI thread when it is delivered."""
        job: Job[T] = Job(
            work,
            name=name,
            on_result=on_result,
            on_error=on_error,
            on_progress=on_progress,
            owner=owner if owner is not None else self,
            forget=self._forget,
        )
        was_busy = bool(self._active)
        self._active.append(job)
        executor = self._lanes.get(lane)
        if executor is None:
            executor = self._lanes[lane] = ThreadPoolExecutor(1, thread_name_prefix=f"job-{lane}")
        job._future = executor.submit(job._run)
        if not was_busy:
            self.busyChanged.emit(True)
        return job

    def is_busy(self) -> bool:
        return bool(self._active)

    def finish_all(self, timeout: float | None = None) -> bool:
        """Wait for every active job and deliver its outcome now (tests, a window closing)."""
        return all(job.finish(timeout) for job in list(self._active))

    def _forget(self, job: Job) -> None:
        if job in self._active:
            self._active.remove(job)
            if not self._active and shiboken6.isValid(self):
                self.busyChanged.emit(False)


def _shut_down(lanes: dict[str, ThreadPoolExecutor], active: list[Job]) -> None:
    for job in list(active):
        job._state = JobState.CANCELLED
        job._stop.set()
    active.clear()
    for executor in lanes.values():
        executor.shutdown(wait=False, cancel_futures=True)
