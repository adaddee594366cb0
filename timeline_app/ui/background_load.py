"""Work off the GUI thread, one job at a time, with progress and cancel.

Opening a large file and extracting an article's events both run this way. The work is pure
Python and holds the interpreter lock, but the interpreter switches threads every few
milliseconds, so the window keeps painting and answering clicks while it runs. The result
(or the error) comes back to the GUI thread by a queued signal; a cancelled job's result is
dropped, and the work stops at its next progress report if it makes any.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Report = Callable[[float], None]  # the work calls it with 0..1; it raises Cancelled


class Cancelled(Exception):
    """Raised inside the work by its progress report once the job is cancelled."""


class _Emitter(QObject):
    """Lives in the GUI thread; the worker emits through it, so delivery is queued."""

    done = Signal(object, object)  # result, error (exactly one is not None)
    progress = Signal(float)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Report], Any], emitter: _Emitter, cancelled: threading.Event
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._emitter, self._cancelled = work, emitter, cancelled

    def run(self) -> None:
        try:
            result, error = self._work(self._report), None
        except Cancelled:
            return
        except Exception as failure:  # noqa: BLE001 - every failure goes back as a message
            result, error = None, failure
        if not self._cancelled.is_set():
            # The emitter may be gone by now (its window closed while the job ran).
            with contextlib.suppress(RuntimeError):
                self._emitter.done.emit(result, error)

    def _report(self, fraction: float) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        with contextlib.suppress(RuntimeError):
            self._emitter.progress.emit(float(fraction))


class BackgroundLoader(QObject):
    """Runs one job at a time in a thread pool (the global one unless given another).

    ``start(work, on_result, on_error)``: ``work(report)`` runs in a worker and may call
    ``report(fraction)``; ``on_result(result)`` or ``on_error(exception)`` then runs in the GUI
    thread, unless the job was cancelled (or replaced by a newer one) first.
    """

    progress = Signal(float)  # 0..1 of the running job
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._emitter: _Emitter | None = None
        self._cancelled: threading.Event | None = None
        self._handlers: tuple[Callable[[Any], None], Callable[[Exception], None]] | None = None

    def is_busy(self) -> bool:
        return self._emitter is not None

    def start(
        self,
        work: Callable[[Report], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._drop()
        emitter = _Emitter(self)
        cancelled = threading.Event()
        emitter.done.connect(self._done)
        emitter.progress.connect(self._progress)
        self._emitter, self._cancelled, self._handlers = emitter, cancelled, (on_result, on_error)
        self.busyChanged.emit(True)
        (self._pool or QThreadPool.globalInstance()).start(_Job(work, emitter, cancelled))

    def cancel(self) -> None:
        """Stop the running job (its result, if it still arrives, is dropped)."""
        if self._drop():
            self.busyChanged.emit(False)

    def _drop(self) -> bool:
        if self._emitter is None:
            return False
        assert self._cancelled is not None
        self._cancelled.set()
        self._emitter.done.disconnect(self._done)
        self._emitter.progress.disconnect(self._progress)
        self._emitter.deleteLater()
        self._emitter = self._cancelled = self._handlers = None
        return True

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        if self.sender() is self._emitter:
            self.progress.emit(fraction)

    @Slot(object, object)
    def _done(self, result: Any, error: Any) -> None:
        if self.sender() is not self._emitter or self._handlers is None:
            return  # a cancelled or replaced job
        on_result, on_error = self._handlers
        self._drop()
        self.busyChanged.emit(False)
        if error is not None:
            on_error(error)
        else:
            on_result(result)
