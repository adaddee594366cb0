"""Event extraction off the GUI thread, one article per job, with progress and Cancel.

The extractor is pure Python and holds the GIL while it works; running one article per job
(a BackgroundLoader job on a one-thread pool) keeps each job short, lets the GUI thread take
its turns in between, and gives a progress step per article. Cancel drops the queue at once;
the article being read finishes in the background and its result is thrown away.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from timeline_app.core.events import Article, Event
from timeline_app.ui.background_load import BackgroundLoader

Extractor = Callable[..., list[Event]]


def default_extractor() -> Extractor:
    """The app's extractor (imported late: it loads a gazetteer, and tests may replace it)."""
    from timeline_app.core.extraction import extract_events

    return extract_events


@dataclass(frozen=True)
class _Request:
    number: int
    key: Hashable
    article: Article


class ExtractionRunner(QObject):
    """Runs extraction requests in order on a worker thread; results come back as signals.

    Each request carries a ``key`` of the caller's choosing, returned with its result, so
    several widgets can share one runner and pick out their own results.
    """

    finished = Signal(object, object, object)  # key, Article, list[Event]
    failed = Signal(object, object, str)  # key, Article, message
    cancelled = Signal(list)  # the keys of the requests dropped
    progress = Signal(int, int, str)  # articles done, articles in this batch, title being read
    busyChanged = Signal(bool)

    def __init__(self, extract: Extractor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._extract = extract
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs = BackgroundLoader(self, self._pool)
        self._numbers = itertools.count(1)
        self._queue: deque[_Request] = deque()
        self._running: _Request | None = None
        self._done = 0
        self._total = 0

    # --- asking --------------------------------------------------------------------------------

    def submit(self, article: Article, key: Hashable = None) -> int:
        """Queue an article; ``finished(key, article, events)`` follows. Returns a number."""
        request = _Request(next(self._numbers), key, article)
        self._queue.append(request)
        self._total += 1
        if self._running is None:
            self.busyChanged.emit(True)
            self._start_next()
        else:
            self._report()
        return request.number

    def cancel(self, keys: Callable[[Hashable], bool] | None = None) -> None:
        """Drop the queued requests (those whose key passes ``keys``, or all) and the running one."""
        dropped = [r for r in self._queue if keys is None or keys(r.key)]
        self._queue = deque(r for r in self._queue if r not in dropped)
        if self._running is not None and (keys is None or keys(self._running.key)):
            dropped.insert(0, self._running)
            self._running = None
            self._jobs.cancel()  # it finishes in the background; its result is dropped
        self._total -= len(dropped)
        if not dropped:
            return
        self.cancelled.emit([r.key for r in dropped])
        if self._running is None:
            self._start_next()

    def is_busy(self) -> bool:
        return self._running is not None

    def pending_keys(self) -> list[Hashable]:
        running = [self._running.key] if self._running else []
        return running + [r.key for r in self._queue]

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker thread (tests, and a window closing)."""
        return self._pool.waitForDone(msecs)

    # --- running -------------------------------------------------------------------------------

    def _start_next(self) -> None:
        if not self._queue:
            self._running = None
            self._done = self._total = 0
            self.busyChanged.emit(False)
            return
        request = self._running = self._queue.popleft()
        self._report()
        extract = self._extract or default_extractor()
        article = request.article
        self._jobs.start(
            lambda _report: extract(
                article.text,
                article.published,
                source_id=article.id,
                source_name=article.publisher or article.title,
            ),
            lambda events: self._job_done(request.number, events),
            lambda error: self._job_failed(request.number, f"{type(error).__name__}: {error}"),
        )

    def _report(self) -> None:
        title = self._running.article.title if self._running else ""
        self.progress.emit(self._done, self._total, title)

    def _take(self, number: int) -> _Request | None:
        if self._running is None or self._running.number != number:
            return None  # cancelled while it ran
        request, self._running = self._running, None
        self._done += 1
        return request

    def _job_done(self, number: int, events: list[Event]) -> None:
        request = self._take(number)
        if request is not None:
            self.finished.emit(request.key, request.article, events)
            self._start_next()

    def _job_failed(self, number: int, message: str) -> None:
        request = self._take(number)
        if request is not None:
            self.failed.emit(request.key, request.article, message)
            self._start_next()
