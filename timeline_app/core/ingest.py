"""Reading a news archive into one document: ``crisis-timeline ingest``.

The inputs (files, folders, feeds, web addresses; ``core/capture.py``) are expanded as they
are walked, never listed whole. Each article is captured and its events extracted by one
function, ``ingest_one``, run on every core by a process pool, or by Dask (a local cluster or
a scheduler's workers) for archives past what one machine reads in time. Results are taken in
the order of the inputs, a few at a time, so the document does not depend on which worker was
quickest and memory does not grow with the archive: the captured bytes go to the evidence
store beside the document at once and are let go, only the document (its articles' text and
its events) is kept.

Each article is compared with those the document holds as it comes in (copies of one wire
story: ``syndication.CopyIndex``, on disk). Every ``save_every`` articles the new events are
gathered into the timeline's (``corroboration.Gatherer``, whose index of the timeline is built
once for the run: one happening, one event) and the document is saved atomically, so a kill
loses at most that batch. Run again, it skips every source the document already
holds: a capture whose SHA-256 it has, and a web address it has already read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_reading import extract_article
from timeline_app.core.capture import (
    CaptureError,
    Input,
    SourceSpec,
    capture_source,
    resolve_input,
)
from timeline_app.core.corroboration import Gatherer, regrade
from timeline_app.core.document import TimelineDocument, load_document, save_document
from timeline_app.core.events import Article, Event
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for, sha256_of
from timeline_app.core.held_interrupts import HeldInterrupts
from timeline_app.core.http_fetch import new_client
from timeline_app.core.syndication import CopyIndex

SAVE_EVERY = 50
# Tasks handed out ahead of the one awaited: a batch's worth and a few per worker, so that the
# workers keep reading while this process gathers a batch's events into the timeline and
# saves; few enough that the results waiting in memory stay few.
_AHEAD_PER_WORKER = 2
_MAX_BATCH_AHEAD = 100
_PROGRESS_SECONDS = 2.0

Result = tuple[Article, bytes, list[Event]]


class IngestError(ValueError):
    """An ingest that cannot start or go on (bad input, an unreachable scheduler); one line."""


# --- the per-article work (runs in a worker process) --------------------------------------------


_client_of_this_process: Any = None


def ingest_one(spec: SourceSpec, published_fallback: dt.date | None = None) -> Result:
    """Capture the article ``spec`` names and extract its events: the Article (custody
    fields filled), the bytes captured and the events. CaptureError naming the source when
    it cannot be read, or when nothing gives its publication date."""
    global _client_of_this_process
    if spec.is_web and spec.fetched is None and _client_of_this_process is None:
        _client_of_this_process = new_client()  # one per worker: connections are reused
    captured = capture_source(spec, _client_of_this_process)
    article = captured.article
    if article.published is None:
        if published_fallback is None:
            why = (
                f"{captured.date.origin} gives no year"
                if captured.date is not None
                else "its publication date is unknown"
            )
            raise CaptureError(f"{spec.location}: {why}; give --published-fallback YYYY-MM-DD")
        article = dataclasses.replace(article, published=published_fallback)
    from timeline_app.core.extraction import ArticleTooLongError

    try:
        events = extract_article(article)
    except ArticleTooLongError as error:
        raise CaptureError(f"{spec.location}: {error}") from None
    return article, captured.raw, events


# --- running it on many -------------------------------------------------------------------------


@dataclass
class IngestReport:
    """What an ingest did, counted as it goes."""

    total: int = 0  # articles the inputs hold
    read: int = 0
    skipped: int = 0  # already in the document
    failed: int = 0
    events_added: int = 0
    events_joined: int = 0  # new events gathered into events already on the timeline
    copies: int = 0  # articles found to copy another (one wire story)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    stopped: bool = False  # interrupted (Ctrl+C): what was read is saved

    @property
    def done(self) -> int:
        return self.read + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Articles read (captured and extracted) a second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def progress_line(self) -> str:
        """ "312/1,000 articles, 2 skipped, 5.1 articles/s"."""
        parts = [f"{self.done:,}/{self.total:,} articles"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        parts.append(f"{self.rate:.1f} articles/s")
        return ", ".join(parts)

    def summary(self, output: Path) -> str:
        counted = [f"{self.read:,} read"]
        if self.skipped:
            counted.append(f"{self.skipped:,} already in the document")
        if self.failed:
            counted.append(f"{self.failed:,} could not be read")
        joined = (
            f" ({self.events_joined:,} more gathered into events it held)"
            if (self.events_joined)
            else ""
        )
        copies = f"; {self.copies:,} copies of one story counted once" if self.copies else ""
        stopped = "stopped: " if self.stopped else ""
        again = "; run again to go on" if self.stopped else ""
        return (
            f"{stopped}{self.total:,} articles: {', '.join(counted)}; {self.events_added:,} new events"
            f"{joined}{copies}; saved to {output.name} ({self.rate:.1f} articles/s){again}"
        )


@dataclass(frozen=True)
class Engine:
    """Where the per-article work runs: ``"process"`` (a process pool of ``workers``, every
    core by default) or ``"dask"`` (``scheduler``'s workers, else a local cluster of
    ``workers`` single-threaded processes; ``processes=False`` runs them as threads)."""

    kind: str = "process"
    workers: int | None = None
    scheduler: str | None = None
    processes: bool = True
    scheduler_timeout: float = 20.0  # seconds to reach the scheduler

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1


def ingest(
    inputs: list[str],
    output: str | os.PathLike,
    *,
    engine: Engine | None = None,
    published_fallback: dt.date | None = None,
    save_every: int = SAVE_EVERY,
    say: Callable[[str], None] | None = None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read ``inputs`` into the document at ``output`` (made when it does not exist).

    ``say`` gets one line per source that could not be read; ``progress`` the report now and
    then. IngestError when an input cannot be read at all, the document cannot be opened or
    the engine cannot be started; nothing is changed then.
    """
    engine = engine or Engine()
    output = Path(output)
    say = say or (lambda _line: None)
    document = _open_document(output)
    report = IngestReport()
    with new_client() as client:
        try:
            found = [resolve_input(spec, client) for spec in inputs]
        except CaptureError as error:
            raise IngestError(str(error)) from None
    report.total = sum(item.count for item in found)
    for problem in (p for item in found for p in item.problems):
        report.failed += 1
        report.total += 1
        report.problems.append(problem)
        say(problem)
    sink = _DocumentSink(document, output, save_every, report)
    started = time.monotonic()
    last_shown = 0.0
    ahead = engine.worker_count * _AHEAD_PER_WORKER + min(sink.save_every, _MAX_BATCH_AHEAD)
    # Ctrl+C stops the run while it waits for the workers, never half-way through taking an
    # article in or saving a batch (held_interrupts.py says what that would lose).
    with HeldInterrupts() as interrupts:
        try:
            with _running(engine) as submit:
                todo = _new_sources(found, sink, report)
                for spec, outcome in _in_order(todo, submit, published_fallback, ahead):
                    with interrupts.whole():
                        if isinstance(outcome, BaseException):
                            report.failed += 1
                            line = _problem_line(spec, outcome)
                            report.problems.append(line)
                            say(line)
                        else:
                            sink.add(*outcome)
                        report.seconds = time.monotonic() - started
                        if (
                            progress is not None
                            and report.seconds - last_shown >= _PROGRESS_SECONDS
                        ):
                            last_shown = report.seconds
                            progress(report)
        except KeyboardInterrupt:
            report.stopped = True
        finally:
            # Done, interrupted or broken (an engine that failed): what was read is kept.
            try:
                with interrupts.whole():
                    sink.finish()
            except KeyboardInterrupt:
                report.stopped = True
            report.seconds = time.monotonic() - started
    return report


def _open_document(output: Path) -> TimelineDocument:
    from timeline_app.core.field_schema import DocumentError

    if not output.exists():
        return TimelineDocument(title=output.stem)
    try:
        return load_document(output)
    except DocumentError as error:
        raise IngestError(str(error)) from None


def _new_sources(
    found: list[Input], sink: _DocumentSink, report: IngestReport
) -> Iterator[SourceSpec]:
    """The sources of the inputs that the document does not already hold (counted skipped)."""
    for item in found:
        for spec in item.sources():
            if sink.holds(spec):
                report.skipped += 1
                continue
            yield spec


def _problem_line(spec: SourceSpec, error: BaseException) -> str:
    if isinstance(error, (CaptureError, ArticleError)):
        text = str(error)
        return text if spec.location in text or not spec.location else f"{spec.location}: {text}"
    return f"{spec.location}: could not be read ({type(error).__name__}: {error})"


# --- the document the results go into -----------------------------------------------------------


_CUSTODY_FIELDS = (
    "sha256",
    "captured_at",
    "requested_url",
    "server_date",
    "last_modified",
    "content_type",
    "size",
)


class _DocumentSink:
    """Takes results in, keeps their bytes in the evidence store at once, gathers their events
    into the timeline a batch at a time and saves."""

    def __init__(
        self, document: TimelineDocument, output: Path, save_every: int, report: IngestReport
    ) -> None:
        self.document = document
        self.output = output
        self.save_every = max(1, save_every)
        self.report = report
        self.store = EvidenceStore(evidence_folder_for(output))
        self.shas = {a.sha256 for a in document.sources.values() if a.sha256}
        self.addresses = {a.requested_url for a in document.sources.values() if a.requested_url}
        self.pending: list[Event] = []
        self.unsaved = 0
        self.changed = False
        # Built once for the run and kept up to date, so that a batch costs what it holds,
        # not what the document holds.
        self.gatherer = Gatherer(document.events)
        self.copies = CopyIndex(document.sources)
        # The document's own articles first: copies among them (read in the window, or by an
        # older version that marked none) are found as if they had come now.
        for article in list(document.sources.values()):
            self._mark(self.copies.add(article))

    def holds(self, spec: SourceSpec) -> bool:
        """Whether the document already holds this source (looked at before any work)."""
        if spec.is_web:
            if spec.location in self.addresses:
                return True
            return spec.fetched is not None and sha256_of(spec.fetched.raw) in self.shas
        try:
            raw = Path(spec.location).read_bytes()
        except OSError:
            return False  # the worker says why
        return sha256_of(raw) in self.shas

    def add(self, article: Article, raw: bytes, events: list[Event]) -> None:
        if article.sha256 in self.shas:  # the same capture twice in one run
            self.report.skipped += 1
            return
        self.store.put(raw)  # before the document names it: a kill never leaves it lacking
        held = self.document.sources.get(article.id)
        if held is not None and not held.sha256:
            # The same text, read before without a capture (extract, an older document): it
            # gains its custody record; its events are on the timeline already.
            self.document.sources[article.id] = dataclasses.replace(
                held, **{name: getattr(article, name) for name in _CUSTODY_FIELDS}
            )
            self.shas.add(article.sha256)
            self.report.skipped += 1
            self.changed = True
            return
        article, events = self._with_free_id(article, events)
        self.document.sources[article.id] = article
        self._mark(self.copies.add(article))
        self.shas.add(article.sha256)
        if article.requested_url:
            self.addresses.add(article.requested_url)
        self.pending += events
        self.report.read += 1
        self.unsaved += 1
        self.changed = True
        if self.unsaved >= self.save_every:
            self.save()

    def _with_free_id(self, article: Article, events: list[Event]) -> tuple[Article, list[Event]]:
        """The article under an id the document does not use yet: two captures of the same
        text (one story at two addresses) are two sources, and both are kept."""
        if article.id not in self.document.sources:
            return article, events
        old = article.id
        new = "a" + article.sha256[:11]
        number = 2
        while new in self.document.sources:
            new, number = f"a{article.sha256[:11]}-{number}", number + 1
        events = [
            dataclasses.replace(
                event,
                sources=tuple(
                    dataclasses.replace(s, source_id=new) if s.source_id == old else s
                    for s in event.sources
                ),
            )
            for event in events
        ]
        return dataclasses.replace(article, id=new), events

    def save(self) -> None:
        if self.pending:
            document = self.document
            merged = self.gatherer.gather(self.pending, document.sources)
            self.report.events_added += len(merged.added)
            self.report.events_joined += len(self.pending) - len(merged.added)
            for event in merged.updated.values():
                self._replace(event)
            first_new = len(document.events)
            document.events += merged.added
            document.reindex_from(first_new)
            self.pending = []
        save_document(self.document, self.output)
        self.unsaved = 0

    def _replace(self, event: Event) -> None:
        row = self.document.row_of(event.id)
        if row is not None:
            self.document.events[row] = event

    def finish(self) -> None:
        """The last batch saved, and the index of copies let go."""
        try:
            if self.changed:
                self.save()
        finally:
            self.copies.close()

    def _mark(self, copies: dict[str, str]) -> None:
        """Mark the articles found to copy another, and grade again the events already on
        the timeline that cite them: copies of one story count once. (A new article's events
        are graded when they are gathered, after it is marked.)"""
        sources = self.document.sources
        copies = {a: original for a, original in copies.items() if sources[a].copy_of != original}
        if not copies:
            return
        self.report.copies += len(copies)
        self.changed = True
        for article_id, original in copies.items():
            sources[article_id] = dataclasses.replace(sources[article_id], copy_of=original)
        for event_id in self.gatherer.citing(copies):
            event = self.gatherer.event(event_id)
            if event is None:
                continue
            graded = regrade(event, sources, {})
            if graded is not event:
                self.gatherer.replace(graded)
                self._replace(graded)


# --- engines ------------------------------------------------------------------------------------

Submit = Callable[..., "Future[Result] | Any"]


@contextlib.contextmanager
def _running(engine: Engine) -> Iterator[Submit]:
    """A function that starts ``ingest_one`` on the engine and returns its future."""
    if engine.kind == "dask":
        with _dask_client(engine) as client:
            yield lambda *args: client.submit(ingest_one, *args, pure=False)
        return
    with ProcessPoolExecutor(
        max_workers=engine.worker_count, initializer=_leave_interrupts_to_the_command
    ) as pool:
        try:
            yield lambda *args: pool.submit(ingest_one, *args)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _leave_interrupts_to_the_command() -> None:
    """Ctrl+C reaches every process of the terminal's group: the workers let the command
    stop them, after it saved what they read, rather than dying mid-article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _dask_client(engine: Engine) -> Iterator[Any]:
    # Dask logs its workers' comings and goings on stderr; the command says what matters.
    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise IngestError(
            "Dask is not installed here: pip install 'dask[distributed]', or leave out "
            "--dask and --scheduler to use this machine's cores"
        ) from None

    if engine.scheduler:
        try:
            client = Client(engine.scheduler, timeout=f"{engine.scheduler_timeout}s")
        except (OSError, TimeoutError, ValueError) as error:
            raise IngestError(
                f"cannot reach the Dask scheduler at {engine.scheduler} ({error})"
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=engine.worker_count,
            threads_per_worker=1,
            processes=engine.processes,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _in_order(
    specs: Iterable[SourceSpec],
    submit: Submit,
    published_fallback: dt.date | None,
    ahead: int,
) -> Iterator[tuple[SourceSpec, Result | BaseException]]:
    """Each source with its result (or the error that stopped it), in the order given, with
    ``ahead`` started before the one awaited."""
    running: deque[tuple[SourceSpec, Any]] = deque()
    for spec in specs:
        running.append((spec, submit(spec, published_fallback)))
        if len(running) >= ahead:
            yield _outcome(*running.popleft())
    while running:
        yield _outcome(*running.popleft())


def _outcome(spec: SourceSpec, future: Any) -> tuple[SourceSpec, Result | BaseException]:
    try:
        return spec, future.result()
    except (CaptureError, ArticleError) as error:
        return spec, error
    except Exception as error:  # noqa: BLE001 - a bug in one article must not stop the archive
        if _engine_broken(error):
            raise IngestError(f"the workers stopped ({type(error).__name__}: {error})") from None
        return spec, error


def _engine_broken(error: Exception) -> bool:
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(error, BrokenProcessPool) or type(error).__name__ in (
        "KilledWorker",
        "CancelledError",
    )
