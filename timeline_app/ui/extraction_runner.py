"""Event extraction off the GUI thread, one article per job, with progress and Cancel.

The extractor is pure Python and holds the GIL while it works; running one article per job
(in the "extract" lane of a JobRunner) keeps each job short, lets the GUI thread take its turns
in between, and gives a progress step per article. Cancel drops the queue at once, and the
article being read stops at its next sentence (the extractor asks ``cancelled()`` between
sentences and raises ExtractionCancelled): nothing of it is delivered, and the lane is free for
the next article within a sentence's work rather than after the whole article.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from timeline_app.core.events import Article, Event
from timeline_app.ui.job_runner import Job, JobRunner


class Extractor(Protocol):
    """``core.extraction.extract_events``'s shape; ``cancelled`` is asked between sentences."""

    def __call__(
        self,
        text: str,
        published: dt.date | None,
        *,
        source_id: str,
        source_name: str,
        cancelled: Callable[[], bool],
    ) -> list[Event]: ...


def default_extractor() -> Extractor:
    """The app's extractor (imported late: it loads a gazetteer, and tests may replace it)."""
    from timeline_app.core.extraction import extract_events

    return extract_events


@dataclass(eq=False)
class ExtractionRequest:
    """One article asked for: the handle ``submit`` returns. Its callbacks (all optional) run
    in the GUI thread, as do the runner's signals, which carry ``key``."""

    article: Article
    key: Hashable = None
    on_done: Callable[[list[Event]], object] | None = None
    on_failed: Callable[[str], object] | None = None
    on_cancelled: Callable[[], object] | None = None
    job: Job[list[Event]] | None = field(default=None, repr=False)


class ExtractionRunner(QObject):
    """Runs extraction requests in order on a worker thread; results come back as signals and
    to each request's own callbacks.

    Each request carries a ``key`` of the caller's choosing, returned with its result, so
    several widgets can share one runner and pick out their own results.
    """

    finished = Signal(object, object, object)  # key, Article, list[Event]
    failed = Signal(object, object, str)  # key, Article, message
    cancelled = Signal(list)  # the keys of the requests dropped
    progress = Signal(int, int, str)  # articles done, articles in this batch, title being read
    busyChanged = Signal(bool)

    def __init__(
        self,
        extract: Extractor | None = None,
        parent: QObject | None = None,
        *,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._extract = extract
        self._jobs = jobs or JobRunner(self)
        self._queue: deque[ExtractionRequest] = deque()
        self._running: ExtractionRequest | None = None
        self._started: list[Job] = []  # for wait(): a cancelled article may still be read
        self._done = 0
        self._total = 0

    # --- asking --------------------------------------------------------------------------------

    def submit(
        self,
        article: Article,
        key: Hashable = None,
        *,
        on_done: Callable[[list[Event]], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> ExtractionRequest:
        """Queue an article; ``finished(key, article, events)`` and ``on_done(events)`` follow."""
        request = ExtractionRequest(article, key, on_done, on_failed, on_cancelled)
        self._queue.append(request)
        self._total += 1
        if self._running is None:
            self.busyChanged.emit(True)
            self._start_next()
        else:
            self._report()
        return request

    def cancel(self, keys: Callable[[Hashable], bool] | None = None) -> None:
        """Drop the queued requests (those whose key passes ``keys``, or all) and the running one."""
        self._drop(lambda request: keys is None or keys(request.key))

    def cancel_request(self, request: ExtractionRequest) -> None:
        """Drop one request, queued or running."""
        self._drop(lambda candidate: candidate is request)

    @property
    def jobs(self) -> JobRunner:
        """The job runner it reads on (the window's one, when it gave it)."""
        return self._jobs

    def is_busy(self) -> bool:
        return self._running is not None

    def wait(self, msecs: int = -1) -> bool:
        """Wait until no article is being read any more, not even a cancelled one (tests, and
        a window closing)."""
        timeout = None if msecs < 0 else msecs / 1000
        ok = all(job.wait(timeout) for job in self._started)
        self._started = [job for job in self._started if not job.wait(0)]
        return ok

    # --- running -------------------------------------------------------------------------------

    def _pending(self) -> list[ExtractionRequest]:
        return ([self._running] if self._running else []) + list(self._queue)

    def _drop(self, chosen: Callable[[ExtractionRequest], bool]) -> None:
        dropped = [r for r in self._pending() if chosen(r)]
        if not dropped:
            return
        self._queue = deque(r for r in self._queue if r not in dropped)
        if self._running is not None and self._running in dropped:
            assert self._running.job is not None
            self._running.job.cancel()  # it finishes in the background; its result is dropped
            self._running = None
        self._total -= len(dropped)
        self.cancelled.emit([r.key for r in dropped])
        for request in dropped:
            if request.on_cancelled is not None:
                request.on_cancelled()
        if self._running is None:
            self._start_next()

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
        request.job = self._jobs.submit(
            lambda report: extract(
                article.text,
                article.published,
                source_id=article.id,
                source_name=article.publisher or article.title,
                cancelled=report.cancelled,
            ),
            lane="extract",
            on_result=lambda events: self._job_done(request, events),
            on_error=lambda error: self._job_failed(request, _message(error)),
            owner=self,
            name=f"extract {article.title!r}",
        )
        self._started = [job for job in self._started if not job.wait(0)] + [request.job]

    def _report(self) -> None:
        title = self._running.article.title if self._running else ""
        self.progress.emit(self._done, self._total, title)

    def _take(self, request: ExtractionRequest) -> bool:
        if self._running is not request:
            return False  # cancelled while it ran
        self._running = None
        self._done += 1
        return True

    def _job_done(self, request: ExtractionRequest, events: list[Event]) -> None:
        if self._take(request):
            self.finished.emit(request.key, request.article, events)
            if request.on_done is not None:
                request.on_done(events)
            self._start_next()

    def _job_failed(self, request: ExtractionRequest, message: str) -> None:
        if self._take(request):
            self.failed.emit(request.key, request.article, message)
            if request.on_failed is not None:
                request.on_failed(message)
            self._start_next()


def _message(error: Exception) -> str:
    """The extractor's own refusal in its own words; anything else named as what it is."""
    from timeline_app.core.extraction import ArticleTooLongError

    if isinstance(error, ArticleTooLongError):
        return str(error)
    return f"{type(error).__name__}: {error}"
