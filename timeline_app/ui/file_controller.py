"""The files of one window: opening (large files in the background, with progress and Cancel),
saving, importing CSV files and articles, and dropped files.

A failed open or import says in a dialog which file and why, and never changes the open
document. Articles, whether opened, imported, dropped or pasted, go to the Articles pane, where
their events are read in the background and proposed for review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_reading import ArticleReading, extract_article, read_article_file
from timeline_app.core.corroboration import regrade
from timeline_app.core.document import (
    EXTENSION,
    DocumentError,
    TimelineDocument,
    document_to_bytes,
    gc_paused,
    load_document,
)
from timeline_app.core.events import Event, new_id
from timeline_app.core.feed_entries import FEED_SUFFIXES
from timeline_app.core.mhtml_page import MHTML_SUFFIXES
from timeline_app.core.source_intake import take_in_article_files
from timeline_app.ui import article_import
from timeline_app.ui.article_workspace import ArticleWorkspace
from timeline_app.ui.autosave import Autosaver
from timeline_app.ui.background_load import BackgroundReader
from timeline_app.ui.commands import AddEventsCommand
from timeline_app.ui.disk_guard import DiskGuard, Overwrite
from timeline_app.ui.document_evidence import DocumentEvidence
from timeline_app.ui.document_saver import DocumentSaver, save_bytes
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import FilterBar, plural
from timeline_app.ui.export_actions import safe_file_name
from timeline_app.ui.import_problems import show_import_problems
from timeline_app.ui.job_runner import JobRunner, Report
from timeline_app.ui.message_boxes import as_plain_text
from timeline_app.ui.review_commands import document_changed
from timeline_app.ui.settings import ASSUME_TODAY, Settings
from timeline_app.ui.source_import import SourceImporter
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.user_messages import APP_NAME, UserMessages

ARTICLE_SUFFIXES = article_import.ARTICLE_SUFFIXES
CSV_SUFFIXES = (".csv",)
# Saved pages and feeds dropped on the window are captured as Import ▸ Sources captures them.
SOURCE_SUFFIXES = (*MHTML_SUFFIXES, *FEED_SUFFIXES)
OPENABLE_SUFFIXES = (EXTENSION, *CSV_SUFFIXES, *ARTICLE_SUFFIXES, *SOURCE_SUFFIXES)
# Files at least this large are read in the background, with progress and Cancel.
BACKGROUND_BYTES = 2 * 1024 * 1024
FREEZE_GC_EVENTS = 50_000
# From about this size, writing the file takes long enough (~0.1 s) to be felt as a freeze.
BACKGROUND_SAVE_EVENTS = 20_000


class OpenError(Exception):
    """A file that could not be opened or imported; the message names it and says why."""


class FileController(QObject):
    """Opens, saves and imports the files of one window's document.

    ``documentChanged`` follows a new document or a new file name (the window's title).
    ``remember=False`` leaves the recent files alone.
    """

    documentChanged = Signal()

    def __init__(
        self,
        window: QMainWindow,
        *,
        model: EventModel,
        stack: QUndoStack,
        selection: QItemSelectionModel,
        view: TimelineView,
        filter_bar: FilterBar,
        articles: ArticleWorkspace,
        settings: Settings,
        messages: UserMessages,
        jobs: JobRunner,
        remember: bool,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model, self._stack, self._selection = model, stack, selection
        self._view, self._filter_bar, self._articles = view, filter_bar, articles
        self._settings = settings
        self._messages = messages
        self._jobs = jobs
        self._remember = remember
        self._path: Path | None = None
        self._edits = 0  # changes so far: tells a finished background save if it is current
        stack.indexChanged.connect(self._count_edit)
        self.saver = DocumentSaver(jobs, self)
        self.saver.saved.connect(self._saved_in_background)
        self.autosaver = Autosaver(
            model,
            stack,
            lambda: str(self._path) if self._path else None,
            interval_ms=settings.autosave_seconds * 1000,
            runner=jobs,
            parent=self,
        )
        self.reader = BackgroundReader(window, view, jobs)
        self.disk_guard = DiskGuard(window, messages)
        self.reader.cancelled.connect(self._reading_cancelled)
        self.evidence = DocumentEvidence(window, jobs, messages)
        articles.evidence = self.evidence.pending  # opened, dropped, pasted: kept as captured
        self.sources = SourceImporter(
            window,
            jobs=jobs,
            articles=articles,
            evidence=self.evidence,
            held=lambda: self._model.document.sources,
            dated=self._with_publication_date,
            settings=settings,
            messages=messages,
        )

    # --- the document ----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file the document is saved in, or None for a new, untitled one."""
        return self._path

    def display_name(self) -> str:
        if self._path is not None:
            return self._path.stem
        return self._model.document.title or self.tr("Untitled")

    def set_document(self, document: TimelineDocument, path: Path | None) -> None:
        """Show ``document`` as the open one: unmodified, with an empty undo history."""
        self.saver.finish()
        self.evidence.cancel()  # a check of the captures of the document shown before
        if len(document.events) >= FREEZE_GC_EVENTS:
            # The events live as long as the document and hold no cycles: leave them out of
            # the collector's passes, which would otherwise walk a million objects now and
            # then (the first pass right away, while the window first lays them out) and
            # stall a frame or a keystroke for a tenth of a second.
            gc.freeze()
        self._selection.clear()
        self._filter_bar.clear()
        self._model.set_document(document)
        self._stack.clear()
        self._stack.setClean()
        self._window.setWindowModified(False)
        self._path = path
        self.disk_guard.watch(path)
        self.documentChanged.emit()
        self._view.fit_all()
        if path is not None and self._remember:
            self._settings.add_recent_file(path)

    def new_document(self) -> None:
        if self.maybe_save():
            self.set_document(TimelineDocument(), None)

    def close(self) -> None:
        """The window closes (its changes saved or discarded on purpose): stop what runs."""
        self.cancel_loading()
        self.sources.cancel()
        self.evidence.cancel()
        self._articles.runner.cancel()  # an extraction still running has nowhere to go
        self.autosaver.discard()  # nothing to recover
        self.disk_guard.release()

    def prune_pending_captures(self) -> None:
        """Start pruning the per-user store of captures not yet saved (at start-up, in the
        background): what this window's timeline and review name is kept."""
        articles = [*self._model.document.sources.values(), *self._articles.queued_articles()]
        self.evidence.prune_pending({a.sha256 for a in articles if a.sha256})

    # --- opening ---------------------------------------------------------------------------

    def open_seed(self) -> bool:
        """Open the bundled example article's timeline as a new, unsaved document.

        The one extraction in the GUI thread: the example is what the window shows at launch
        (and in its screenshots), so its events must be there when the window first paints.
        """
        from timeline_app.core.bundled import seed_article_path

        try:
            path = seed_article_path()
            article = read_article_file(path).article
        except (FileNotFoundError, ArticleError) as error:
            self._messages.error(self.tr("No Example Article"), str(error))
            self.set_document(TimelineDocument(), None)
            return False
        # Graded as a reviewed article's events are: one source, its outlet as rated.
        sources = {article.id: article}
        events = [
            regrade(event, sources, self._settings.outlet_reliability)
            for event in extract_article(article)
        ]
        self.set_document(
            TimelineDocument(title=article.title, events=events, sources=sources), None
        )
        self._opened(path, remember=False)
        return True

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open"),
            self._settings.last_folder,
            self.tr(
                "Timelines, CSV files and articles (*{ext} *.csv *.txt *.html *.htm *.mhtml "
                "*.mht);;Crisis Timeline documents (*{ext});;CSV files (*.csv);;"
                "Articles (*.txt *.html *.htm *.mhtml *.mht);;All files (*)"
            ).format(ext=EXTENSION),
        )
        if path:
            self._settings.last_folder = str(Path(path).parent)
            self.open_file(path)

    def open_recent(self, name: str) -> None:
        if self.maybe_save():
            self.open_file(name)

    def open_file(self, path: str | Path, *, remember: bool = True) -> bool:
        """Open a document or a CSV file, or an article for review on a new timeline.

        On failure a dialog names the file and the problem, and the open document stays.
        A large document or CSV file is read in the background (see ``loading``): this
        returns True at once, and the document opens when it has been read whole.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES or suffix in MHTML_SUFFIXES:
            return self._open_article(path, remember)
        if self._reads_in_background(path):
            if suffix in CSV_SUFFIXES:
                dayfirst = self._settings.dayfirst
                self.reader.start(
                    self.tr("Opening {name}…").format(name=path.name),
                    lambda report: read_csv_file(path, dayfirst),
                    lambda result: self._csv_opened(path, *result, remember=remember),
                    lambda error: self._open_failed(path, error, remember),
                )
            else:
                self.reader.start(
                    self.tr("Opening {name}…").format(name=path.name),
                    lambda report: load_document_file(path, report),
                    lambda document: self._document_opened(path, document, remember=remember),
                    lambda error: self._open_failed(path, error, remember),
                )
            return True
        try:
            if suffix in CSV_SUFFIXES:
                events, problems = read_csv_file(path, self._settings.dayfirst)
                self._csv_opened(path, events, problems, remember=remember)
            else:
                # One pause of the collector over reading and showing: re-enabled between
                # the two, its first pass would walk every object the read made (a tenth
                # of a second at 100,000 events) just before set_document freezes them.
                with gc_paused():
                    document = load_document_file(path)
                    self._document_opened(path, document, remember=remember)
        except OpenError as error:
            self._open_failed(path, error, remember)
            return False
        return True

    def _open_article(self, path: Path, remember: bool) -> bool:
        """A new, untitled timeline with the article up for review in the Articles pane, as
        an imported, dropped or pasted article is; the events are read in the background.
        The article is captured first (kept with its custody record, as every source is), so
        a file that cannot be read keeps the open timeline."""
        intake = take_in_article_files([path], self.evidence.pending, {})
        if intake.problems:
            self._open_failed(path, OpenError(intake.problems[0]), remember)
            return False
        (captured,) = intake.captured
        reading = ArticleReading(captured.article, captured.date, captured.title_origin)
        reading = self._with_publication_date(reading)
        self.set_document(TimelineDocument(title=reading.article.title), None)
        self._articles.review_readings([reading])
        self._opened(path, remember)
        return True

    def _with_publication_date(self, reading: ArticleReading) -> ArticleReading:
        if self._messages.interactive:
            return article_import.with_publication_date(self._window, reading, self._settings)
        # The screenshot mode and scripts never ask: a date the article suggests (its year
        # assumed) is taken as the review says; today only if the user said so.
        if reading.needs_date and reading.date is not None:
            article = dataclasses.replace(reading.article, published=reading.date.date)
            return dataclasses.replace(reading, article=article)
        if reading.needs_date and self._settings.missing_publication_date == ASSUME_TODAY:
            return reading.with_published(dt.date.today())
        return reading

    def _document_opened(self, path: Path, document: TimelineDocument, *, remember: bool) -> None:
        self.set_document(document, path.resolve())
        self._opened(path, remember)
        self.evidence.check(document, path)

    def _csv_opened(
        self, path: Path, events: list[Event], problems: list, *, remember: bool
    ) -> None:
        self.set_document(TimelineDocument(title=path.stem, events=events), None)
        if problems:
            self.show_import_problems(path, problems, len(events))
        self._opened(path, remember)

    def _opened(self, path: Path, remember: bool) -> None:
        if remember and self._remember and self._path is None:
            self._settings.add_recent_file(path)
        self._window.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 4000)

    def _open_failed(self, path: Path, error: Exception, remember: bool) -> None:
        self._messages.error(
            self.tr("Cannot Open"),
            self.tr("“{name}” could not be opened.").format(name=path.name),
            str(error),
        )
        if remember and self._remember:
            try:
                name = str(path.resolve())
            except (OSError, RuntimeError):  # a symlink loop cannot be resolved, nor opened
                name = str(path.absolute())
            self._settings.remove_recent_file(name)

    # --- reading in the background -----------------------------------------------------------

    def loading(self) -> bool:
        """Whether a file is being read in the background."""
        return self.reader.is_busy()

    def cancel_loading(self) -> None:
        """Stop reading a file in the background; the open document stays as it was."""
        self.reader.cancel()

    def _reading_cancelled(self) -> None:
        self._window.statusBar().showMessage(self.tr("Opening cancelled"), 4000)

    def _reads_in_background(self, path: Path) -> bool:
        # Only in the window a person uses: the screenshot mode and scripts want the file
        # read when open_file returns, and small files are read before anyone could notice.
        if not self._messages.interactive:
            return False
        from timeline_app.core.csv_format import MAX_CSV_BYTES
        from timeline_app.core.document import MAX_DOCUMENT_BYTES

        limit = MAX_CSV_BYTES if path.suffix.lower() in CSV_SUFFIXES else MAX_DOCUMENT_BYTES
        try:
            size = path.stat().st_size
        except OSError:
            return False  # the synchronous path says what is wrong with it
        # A file past the limit is refused at once, unread, by the synchronous path.
        return path.is_file() and BACKGROUND_BYTES <= size <= limit

    # --- saving ------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled."""
        self.saver.finish()  # a save still being written may leave nothing to ask about
        if not document_changed(self._stack):
            return True
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(
            self.tr("Do you want to save the changes to “{name}”?").format(name=self.display_name())
        )
        box.setInformativeText(self.tr("Your changes will be lost if you don’t save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        as_plain_text(box)  # the document's name is the file's (or its title's), never markup
        answer = QMessageBox.StandardButton(_button_value(box.exec()))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        answer = self.disk_guard.may_overwrite(self._path)  # changed by another window?
        if answer is not Overwrite.YES:
            return answer is Overwrite.SAVE_AS and self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        folder = Path(self._settings.last_folder or Path.home())
        suggested = folder / (safe_file_name(self.display_name()) + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save Timeline As"),
            str(suggested),
            self.tr("Crisis Timeline documents (*{ext})").format(ext=EXTENSION),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        if not self._write(target):
            return False
        self._path = target.resolve()
        self._settings.last_folder = str(target.parent)
        if self._remember:
            self._settings.add_recent_file(self._path)
        self.documentChanged.emit()
        return True

    def save_requested(self) -> None:
        """File ▸ Save. A large document is written in the background (the window goes on
        answering); it is marked saved when written, unless it was changed meanwhile."""
        if self._path is None or len(self._model.document.events) < BACKGROUND_SAVE_EVENTS:
            self.save()
            return
        answer = self.disk_guard.may_overwrite(self._path)
        if answer is not Overwrite.YES:
            if answer is Overwrite.SAVE_AS:
                self.save_as()
            return
        if not self._keep_evidence(self._path):
            return
        self.saver.start(self._model.document, self._path, self._edits)
        self._window.statusBar().showMessage(self.tr("Saving {name}…").format(name=self._path.name))

    def _count_edit(self) -> None:
        # Only a Python counter: the undo stack also signals from its destructor.
        self._edits += 1

    def _saved_in_background(self, path: Path, problem: str, edits: int) -> None:
        if problem:
            self._save_failed(path, problem)
            return
        if path == self._path:
            self.disk_guard.watch(path)
        if edits == self._edits and path == self._path:
            self._stack.setClean()
        self._window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)

    def _write(self, path: Path) -> bool:
        """Save atomically (QSaveFile); on failure say why and leave the document unsaved."""
        self.saver.finish()  # a save in the background lands first, not over this one
        if not self._keep_evidence(path):
            return False
        problem = save_bytes(path, document_to_bytes(self._model.document))
        if problem:
            self._save_failed(path, problem)
            return False
        self.disk_guard.watch(path)
        self._stack.setClean()
        self._window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        self.evidence.report_lost(self._model.document, path)
        return True

    def _keep_evidence(self, path: Path) -> bool:
        """Copy the document's captures beside ``path`` before the document itself, so that
        a document on disk never names a capture its folder lacks."""
        problem = self.evidence.keep(self._model.document, path, self._path)
        if problem:
            self._save_failed(path, problem)
        return not problem

    def _save_failed(self, path: Path, problem: str) -> None:
        self._window.statusBar().clearMessage()
        self._messages.error(
            self.tr("Cannot Save"),
            self.tr("“{name}” could not be saved in {folder}.").format(
                name=path.name, folder=path.parent
            ),
            self.tr(
                "{problem}. Your changes are still here, unsaved: try File ▸ Save As… "
                "to save them somewhere else."
            ).format(problem=problem.rstrip(".")),
        )

    # --- adding files ------------------------------------------------------------------------

    def import_csv_dialog(self) -> None:
        self._import_sheet_dialog(
            self.tr("Import CSV"),
            self.tr("CSV files (*.csv *.tsv *.txt);;TimelineJS JSON (*.json);;All files (*)"),
        )

    def import_timelinejs_dialog(self) -> None:
        """Add the slides of a Knight Lab TimelineJS sheet (CSV) or JSON file."""
        self._import_sheet_dialog(
            self.tr("Import TimelineJS Sheet or JSON"),
            self.tr(
                "TimelineJS sheet or JSON (*.csv *.tsv *.json);;TimelineJS sheet (*.csv *.tsv);;"
                "TimelineJS JSON (*.json);;All files (*)"
            ),
        )

    def _import_sheet_dialog(self, caption: str, name_filter: str) -> None:
        # One reader for both: the header row tells a TimelineJS sheet from any other CSV.
        path, _ = QFileDialog.getOpenFileName(
            self._window, caption, self._settings.last_folder, name_filter
        )
        if path:
            self._settings.last_folder = str(Path(path).parent)
            self.import_csv_file(path)

    def import_csv_file(self, path: str | Path) -> bool:
        """Add a CSV file's events (one undo step); list the rows that could not be read.

        A large file is read in the background; the events are added when it has been read.
        """
        path = Path(path)
        if self._reads_in_background(path):
            dayfirst = self._settings.dayfirst
            self.reader.start(
                self.tr("Importing {name}…").format(name=path.name),
                lambda report: read_csv_file(path, dayfirst),
                lambda result: self._csv_imported(path, *result),
                lambda error: self._import_failed(path, error),
            )
            return True
        try:
            events, problems = read_csv_file(path, self._settings.dayfirst)
        except OpenError as error:
            self._import_failed(path, error)
            return False
        self._csv_imported(path, events, problems)
        return True

    def _import_failed(self, path: Path, error: Exception) -> None:
        self._messages.error(
            self.tr("Cannot Import"),
            self.tr("“{name}” could not be imported.").format(name=path.name),
            str(error),
        )

    def _csv_imported(self, path: Path, events: list[Event], problems: list) -> None:
        was_empty = self._model.rowCount() == 0
        if events:
            self._stack.push(
                AddEventsCommand(
                    self._model,
                    self._fresh_ids(events),
                    plural(
                        len(events),
                        self.tr("Import {n} event from {name}"),
                        self.tr("Import {n} events from {name}"),
                    ).replace("{name}", path.name),
                )
            )
        if was_empty and events:
            self._view.fit_all()  # a new timeline shows what was imported, not an empty year
        self.autosaver.save_now()  # an import is worth keeping at once
        if problems:
            self.show_import_problems(path, problems, len(events))
        self._window.statusBar().showMessage(
            plural(
                len(events),
                self.tr("Imported {n} event from {name}"),
                self.tr("Imported {n} events from {name}"),
            ).replace("{name}", path.name),
            5000,
        )

    def show_import_problems(self, path: Path, problems: Sequence, added: int) -> None:
        show_import_problems(
            self._window, path, problems, added, interactive=self._messages.interactive
        )

    def import_article_dialog(self) -> None:
        paths = article_import.choose_article_files(self._window, self._settings.last_folder)
        if paths:
            self._settings.last_folder = str(paths[0].parent)
            self.review_article_files(paths)

    def review_article_files(self, paths: Sequence[Path]) -> None:
        """Read articles and put their candidate events up for review in the Articles pane."""
        self._articles.import_article_files(paths)

    def paste_article(self) -> None:
        self._articles.import_clipboard()

    def _fresh_ids(self, events: Sequence[Event]) -> list[Event]:
        """The events, with new ids for any the document already uses (a re-import)."""
        taken = {e.id for e in self._model.events()}
        fresh = []
        for event in events:
            if not event.id or event.id in taken:
                event = dataclasses.replace(event, id=new_id())
            taken.add(event.id)
            fresh.append(event)
        return fresh

    def handle_dropped_files(self, files: Sequence[Path]) -> None:
        """Open a dropped document, import dropped CSV files, review dropped articles, and
        capture the sources of dropped folders, saved pages (.mhtml) and feeds."""
        for path in files:
            suffix = path.suffix.lower()
            if suffix == EXTENSION:
                if self.maybe_save():
                    self.open_file(path)
            elif suffix in CSV_SUFFIXES:
                self.import_csv_file(path)
        articles = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
        if articles:
            self.review_article_files(articles)
        sources = [p for p in files if p.is_dir() or p.suffix.lower() in SOURCE_SUFFIXES]
        if sources:  # folders, saved pages, feeds: captured and kept as evidence, then reviewed
            self.sources.import_sources(sources)


def read_csv_file(path: Path, dayfirst: bool) -> tuple[list[Event], list]:
    """A CSV file's events and the problems of its rows; OpenError if it cannot be read.
    Touches no widget: it also runs in a worker thread."""
    from timeline_app.core.csv_format import CsvError
    from timeline_app.core.sheet_import import import_sheet

    try:
        result = import_sheet(path, dayfirst=dayfirst)
    except CsvError as error:
        raise OpenError(str(error)) from None
    except OSError as error:
        raise OpenError(f"{path}: {error.strerror or error}") from None
    return list(result.events), list(result.problems)


def load_document_file(path: Path, report: Report | None = None) -> TimelineDocument:
    """A document file, read whole; OpenError if it cannot be. Also runs in a worker."""
    try:
        return load_document(path, progress=report)
    except DocumentError as error:
        raise OpenError(str(error)) from None


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The files of a drag that the window can open or import."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in OPENABLE_SUFFIXES or f.is_dir()]


def _button_value(result: object) -> int:
    # exec() answers an int, or an enum member where a test stands in for it.
    value = getattr(result, "value", result)
    return value if isinstance(value, int) else 0
