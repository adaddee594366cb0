"""File ▸ Import ▸ Sources…, Folder of Sources… and From URL or Feed…: many sources into the
window at once.

The capturing runs off the GUI thread (the job runner's "intake" lane) with progress and
Cancel in the status bar; each new source's bytes go to the evidence store, and each source
goes to the Articles pane for review, one article per source. Sources the document already
holds (by SHA-256) are left out; those that cannot be read are listed in one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow

from timeline_app.core.article_reading import ArticleReading
from timeline_app.core.events import Article
from timeline_app.core.source_intake import Intake, take_in
from timeline_app.ui import message_boxes
from timeline_app.ui.article_workspace import ArticleWorkspace
from timeline_app.ui.background_load import LoadProgress
from timeline_app.ui.document_evidence import DocumentEvidence
from timeline_app.ui.event_table import plural
from timeline_app.ui.job_runner import Job, JobRunner, Report
from timeline_app.ui.settings import Settings
from timeline_app.ui.user_messages import UserMessages

SOURCE_FILTER = (
    "Articles, saved pages and feeds (*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht "
    "*.rss *.atom *.xml);;All files (*)"
)


class SourceImporter(QObject):
    """Brings many sources into one window's document for review (see the module).

    ``finished(intake)`` follows each import that was not cancelled.
    """

    finished = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        *,
        jobs: JobRunner,
        articles: ArticleWorkspace,
        evidence: DocumentEvidence,
        held: Callable[[], dict[str, Article]],
        dated: Callable[[ArticleReading], ArticleReading],
        settings: Settings,
        messages: UserMessages,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._articles = articles
        self._evidence = evidence
        self._held = held
        self._dated = dated
        self._settings = settings
        self._messages = messages
        self._job: Job | None = None
        self.progress = LoadProgress(window)
        self.progress.bar.setAccessibleName(self.tr("Capturing sources"))
        self.progress.cancel_button.setToolTip(self.tr("Stop capturing; keep what is open"))
        self.progress.cancelRequested.connect(self.cancel)
        window.statusBar().addWidget(self.progress)

    # --- asking what ---------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import Sources"),
            self._settings.last_folder,
            self.tr(SOURCE_FILTER),
        )
        if paths:
            self._settings.last_folder = str(Path(paths[0]).parent)
            self.import_sources(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a Folder of Sources"), self._settings.last_folder
        )
        if folder:
            self._settings.last_folder = folder
            self.import_sources([folder])

    def import_addresses_dialog(self) -> None:
        text, accepted = QInputDialog.getMultiLineText(
            self._window,
            self.tr("Import from URL or Feed"),
            self.tr(
                "Web addresses of articles or of RSS/Atom feeds, one a line "
                "(a feed brings in each of its entries):"
            ),
            "",
        )
        addresses = [line.strip() for line in text.splitlines() if line.strip()]
        if accepted and addresses:
            self.import_sources(addresses)

    # --- capturing -----------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._job is not None and self._job.is_active()

    def import_sources(self, specs: Sequence[str | Path]) -> None:
        """Capture the files, folders, feeds and addresses ``specs`` names in the background,
        then put each new source up for review."""
        if self._job is not None:
            self._job.cancel()  # the newer request wins, as for opening files
        names = [str(spec) for spec in specs]
        held = dict(self._held())
        for article in self._articles.queued_articles():  # waiting for review: held too
            held.setdefault(article.id, article)
        store = self._evidence.pending

        def work(report: Report) -> Intake:
            return take_in(names, store, held, report=report)

        self._job = self._jobs.submit(
            work,
            lane="intake",
            on_result=self._taken_in,
            on_error=self._failed,
            on_progress=self.progress.set_fraction,
            owner=self,
            name="import sources",
        )
        self.progress.start(
            plural(
                len(names),
                self.tr("Capturing sources from {n} place…"),
                self.tr("Capturing sources from {n} places…"),
            )
        )

    def cancel(self) -> None:
        """Stop capturing: nothing more is read, nothing is put up for review."""
        job, self._job = self._job, None
        if job is not None and job.cancel():
            self.progress.hide()
            self._window.statusBar().showMessage(self.tr("Import cancelled"), 4000)

    def finish(self) -> None:
        """Wait for the import in progress and deliver it now (tests, scripts)."""
        if self._job is not None:
            self._job.finish()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.progress.hide()
        self._messages.error(
            self.tr("Cannot Import"),
            self.tr("The sources could not be captured."),
            str(error) or type(error).__name__,
        )

    def _taken_in(self, intake: Intake) -> None:
        self._job = None
        self.progress.hide()
        if intake.problems:
            self._say_problems(intake)
        readings = [
            self._dated(ArticleReading(c.article, c.date, c.title_origin)) for c in intake.captured
        ]
        self._articles.review_readings(readings)
        self._window.statusBar().showMessage(self._summary(intake), 6000)
        self.finished.emit(intake)

    def _summary(self, intake: Intake) -> str:
        text = plural(
            len(intake.captured),
            self.tr("{n} new source up for review"),
            self.tr("{n} new sources up for review"),
        )
        if intake.skipped:
            text += "; " + plural(
                intake.skipped,
                self.tr("{n} already in the timeline, left out"),
                self.tr("{n} already in the timeline, left out"),
            )
        return text

    def _say_problems(self, intake: Intake) -> None:
        title = self.tr("Some Sources Not Imported")
        text = self._summary(intake) + ". " + self.tr("These could not be read:")
        names = "\n".join(intake.problems)
        if not self._messages.interactive:
            self._messages.error(title, text, names)
            return
        message_boxes.warning(self._window, title, text, informative=names)
