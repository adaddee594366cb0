"""The article workspace: the timeline's articles, one article's text with its evidence, and the
review of new articles.

Two pages: browsing (the list of articles above the selected one's text) and reviewing (the
ReviewPanel for a new article; several queue up, read in the background one after another).
When two or more articles wait, a "Review Queue" tab beside the one-article review shows the
candidates of them all, gathered by happening (ReviewQueuePanel).
It follows the window's shared selection, and a click on evidence selects that event.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.article_reading import ArticleReading
from timeline_app.core.capture import PASTED_ADDRESS
from timeline_app.core.events import Article, Event
from timeline_app.core.evidence_store import EvidenceStore
from timeline_app.core.pending_captures import PendingStore
from timeline_app.core.review import ReviewState, source_of
from timeline_app.core.review_queue import QueuedArticle
from timeline_app.core.review_session import REDATE_DELAY_MS, RedatePlan
from timeline_app.ui import article_import
from timeline_app.ui.article_commands import push_publication_date_change
from timeline_app.ui.article_view import ArticleView
from timeline_app.ui.column_widths import ColumnPolicy, ColumnWidths, Fit, Share
from timeline_app.ui.document_evidence import pending_folder
from timeline_app.ui.event_model import EVENT_ROLE, EventModel
from timeline_app.ui.extraction_progress import ExtractionProgress
from timeline_app.ui.extraction_runner import ExtractionRequest, ExtractionRunner
from timeline_app.ui.plain_text import link_html, link_label, plain_labels
from timeline_app.ui.review_panel import PublicationDateEdit, ReviewPanel
from timeline_app.ui.review_queue_panel import ReviewQueuePanel
from timeline_app.ui.source_list import ARTICLE_ID_ROLE, SORT_ROLE, SourceColumn, SourceListModel

# The article's title takes the room; the date and the count fit theirs.
SOURCE_COLUMNS: ColumnPolicy = {
    SourceColumn.TITLE: Share(weight=3, chars=30, least=14),
    SourceColumn.PUBLISHER: Share(weight=1, chars=16, least=8),
    SourceColumn.PUBLISHED: Fit(("30 Sep 2021", "unknown")),
    SourceColumn.EVENTS: Fit(("9999",)),
}


class ArticleWorkspace(QWidget):
    """Articles of the timeline and the review of new ones, for a dock of the main window."""

    eventSelected = Signal(str)  # an event picked here (a click on its evidence)
    reviewStarted = Signal()  # a new article is up for review: the window may raise the dock
    extractionCancelled = Signal()  # the user stopped the reading of articles
    eventsAdded = Signal(list)  # ids of the timeline events a review added or gave sources
    # The proposal picked in the review shown and its article, or (None, None) when there is
    # none (several rows, no review): the window's Details pane shows it.
    proposalShown = Signal(object, object)

    def __init__(
        self,
        model: EventModel,
        selection: QItemSelectionModel,
        stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        runner: ExtractionRunner | None = None,
        evidence: EvidenceStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Articles"))
        self._model = model
        self._selection = selection
        self._stack = stack
        self._moved_at: int | None = None  # the undo index after the last re-dating shown
        stack.indexChanged.connect(self._stack_moved)
        self.runner = runner or ExtractionRunner(parent=self)
        # Where new articles are kept as captured until the timeline is saved (the window
        # gives its own; see document_evidence).
        self.evidence = evidence or PendingStore(pending_folder())
        self._reviews: dict[str, ExtractionRequest] = {}  # the queue's readings, by article
        self._queue: list[Article] = []  # articles waiting for review, the shown one first
        self._read: dict[str, list[Event]] = {}  # their events, once read
        self._redate_numbers = itertools.count(1)
        self._redate: dict = {}  # the publication date change in progress
        self._article_id: str | None = None  # the article shown on the browse page
        self._date_origins: dict[str, str] = {}  # article id -> where its date was read
        self._build()
        self._connect()
        self._sources_changed()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sources = SourceListModel(self._model, self)
        self.sorted_sources = QSortFilterProxyModel(self)
        self.sorted_sources.setSourceModel(self.sources)
        self.sorted_sources.setSortRole(SORT_ROLE)
        self.source_view = QTreeView(self)
        self.source_view.setModel(self.sorted_sources)
        self.source_view.setAccessibleName(self.tr("Articles of the timeline"))
        self.source_view.setRootIsDecorated(False)
        self.source_view.setUniformRowHeights(True)
        self.source_view.setAlternatingRowColors(True)
        self.source_view.setSortingEnabled(True)
        self.source_view.sortByColumn(SourceColumn.PUBLISHED, Qt.SortOrder.AscendingOrder)
        self.source_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.source_columns = ColumnWidths(self.source_view, SOURCE_COLUMNS, "articles")
        self.empty_label = QLabel(
            self.tr(
                "<p><b>No articles yet.</b></p><p>Import a news article with File ▸ Import "
                "Article…, drop a .txt or .html file on the window, or paste an article's text "
                "with Ctrl+Shift+V. Its dated events are proposed here for review.</p>"
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        self.article_title = QLabel(self)
        self.article_title.setWordWrap(True)
        self.article_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.article_title.font()
        font.setBold(True)
        self.article_title.setFont(font)
        self.article_meta = QLabel(self)
        self.article_meta.setWordWrap(True)  # a long URL must not widen the dock
        link_label(self.article_meta)
        self.article_meta.setStyleSheet("color: palette(placeholder-text);")
        self.date_edit = PublicationDateEdit(self)
        self.date_label = QLabel(self.tr("&Published:"), self)
        self.date_label.setBuddy(self.date_edit)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Article status"))
        self.status_label.hide()
        self.article_view = ArticleView(self)
        plain_labels(self.article_title, self.status_label)
        header_row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.article_title)
        titles.addWidget(self.article_meta)
        header_row.addLayout(titles, 1)
        header_row.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addWidget(self.date_edit, 0, Qt.AlignmentFlag.AlignTop)
        article_pane = QWidget(self)
        article_layout = QVBoxLayout(article_pane)
        article_layout.setContentsMargins(0, 6, 0, 0)
        article_layout.addLayout(header_row)
        article_layout.addWidget(self.status_label)
        article_layout.addWidget(self.article_view, 1)

        self.browse_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.browse_splitter.setChildrenCollapsible(False)
        self.browse_splitter.addWidget(self.source_view)
        self.browse_splitter.addWidget(article_pane)
        self.browse_splitter.setStretchFactor(0, 1)
        self.browse_splitter.setStretchFactor(1, 3)
        self.browse_page = QStackedWidget(self)
        self.browse_page.addWidget(self.empty_label)
        self.browse_page.addWidget(self.browse_splitter)
        browse = QWidget(self)
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(8, 8, 8, 8)
        browse_layout.addWidget(self.browse_page)

        self.review_panel = ReviewPanel(
            self._model, self._stack, self.runner, self, show_progress=False
        )
        self.queue_label = QLabel(self)
        self.queue_label.setContentsMargins(10, 6, 10, 0)
        self.queue_label.setStyleSheet("color: palette(placeholder-text);")
        self.queue_panel = ReviewQueuePanel(
            self._model,
            self._stack,
            self,
            timeline=self.review_panel.timeline_index,
            jobs=self.runner.jobs,
        )
        # One article at a time, or the candidates of every waiting article by happening.
        self.review_tabs = QTabBar(self)
        self.review_tabs.setAccessibleName(self.tr("Review one article or the queue"))
        self.review_tabs.addTab(self.tr("One Article"))
        self.review_tabs.addTab(self.tr("Review Queue"))
        self.review_tabs.setTabToolTip(0, self.tr("The article first in line, on its own"))
        self.review_tabs.setTabToolTip(
            1, self.tr("The candidates of every waiting article, grouped by happening")
        )
        self.review_tabs.setDrawBase(False)
        self.review_stack = QStackedWidget(self)
        self.review_stack.addWidget(self.review_panel)
        self.review_stack.addWidget(self.queue_panel)
        self.tabs_strip = QWidget(self)  # hidden with the tabs, margins and all
        tabs_row = QHBoxLayout(self.tabs_strip)
        tabs_row.setContentsMargins(8, 6, 8, 0)
        tabs_row.addWidget(self.review_tabs)
        tabs_row.addStretch(1)
        self.tabs_strip.hide()
        review = QWidget(self)
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.setSpacing(0)
        review_layout.addWidget(self.tabs_strip)
        review_layout.addWidget(self.queue_label)
        review_layout.addWidget(self.review_stack, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(browse)
        self.pages.addWidget(review)
        self.progress = ExtractionProgress(self.runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        self._redate_timer = QTimer(self)
        self._redate_timer.setSingleShot(True)
        self._redate_timer.setInterval(REDATE_DELAY_MS)

    def _connect(self) -> None:
        self.source_view.selectionModel().currentChanged.connect(self._source_picked)
        self.article_view.evidenceClicked.connect(self._evidence_clicked)
        self.review_panel.closeRequested.connect(self.close_review)
        self.review_panel.eventsAdded.connect(self._events_added)
        self.queue_panel.closeRequested.connect(self.close_queue)
        self.queue_panel.eventsAdded.connect(self._queue_events_added)
        self.review_panel.eventsAdded.connect(self.eventsAdded)
        self.queue_panel.eventsAdded.connect(self.eventsAdded)
        for signal in (
            self.review_panel.proposalPicked,
            self.queue_panel.proposalPicked,
            self.pages.currentChanged,
            self.review_stack.currentChanged,
        ):
            signal.connect(self._announce_proposal)
        # One set of decisions whichever view makes them.
        self.queue_panel.decisionsChanged.connect(self._queue_decided)
        self.review_panel.candidates.dataChanged.connect(self._article_decided)
        self.review_panel.candidates.modelReset.connect(self._article_shown)
        self.review_tabs.currentChanged.connect(self._review_tab_changed)
        self.date_edit.dateChanged.connect(lambda _date: self._redate_timer.start())
        self.date_edit.editingFinished.connect(self._apply_date)
        self._redate_timer.timeout.connect(self._apply_date)
        self._model.sourcesChanged.connect(self._sources_changed)
        self.sources.modelReset.connect(self._sources_changed)
        for signal in (
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.modelReset,
            self._model.dataChanged,
        ):
            signal.connect(self._events_changed)
        self._selection.currentChanged.connect(self._shared_current_changed)
        self.progress.cancelled.connect(self.extractionCancelled)

    # --- browsing ------------------------------------------------------------------------------

    def current_article_id(self) -> str | None:
        return self._article_id

    def show_article(self, article_id: str | None) -> bool:
        """Select an article of the timeline in the list and show its text."""
        if not article_id or self._model.article(article_id) is None:
            return False
        row = self.sources.row_of(article_id)
        if row is None:  # added a moment ago: the list recounts lazily
            self.sources.refresh()
            row = self.sources.row_of(article_id)
        if row is None:
            return False
        index = self.sorted_sources.mapFromSource(self.sources.index(row, 0))
        self.source_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.source_view.scrollTo(index)
        if self._article_id != article_id:
            self._display_article(article_id)
        return True

    def show_event(self, event_id: str) -> bool:
        """Show the article an event was read from, scrolled to its evidence."""
        event = self._model.event_by_id(event_id)
        if event is None:
            return False
        for source in event.sources:
            if source.source_id and self._model.article(source.source_id) is not None:
                self.show_article(source.source_id)
                return self.article_view.show_evidence(event)
        return False

    def _source_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id != self._article_id:
            self._display_article(article_id)

    def _display_article(self, article_id: str | None) -> None:
        self._redate_timer.stop()
        self._article_id = article_id
        article = self._model.article(article_id) if article_id else None
        self.status_label.hide()
        self._show_article_header(article)
        self.article_view.set_article(article, self._events_of(article_id))

    def _show_article_header(self, article: Article | None) -> None:
        self.article_title.setText(article.title if article else "")
        parts = []
        if article is not None and article.publisher:
            parts.append(escape(article.publisher))
        if article is not None and article.url:
            parts.append(link_html(article.url))  # a file: or javascript: address is not a link
        self.article_meta.setText(" · ".join(parts))
        self.article_meta.setVisible(bool(parts))
        self.date_edit.set_published(article.published if article else None)
        self.date_edit.setEnabled(article is not None and not self._redate)
        self.date_edit.setVisible(article is not None)
        self.date_label.setVisible(article is not None)

    def _shown_article(self) -> Article | None:
        return self._model.article(self._article_id) if self._article_id else None

    def _events_of(self, article_id: str | None) -> list[Event]:
        if not article_id:
            return []
        return [e for e in self._model.events() if source_of(e, article_id) is not None]

    def _sources_changed(self) -> None:
        has_articles = self._model.document.sources != {}
        self.browse_page.setCurrentIndex(1 if has_articles else 0)
        if self._article_id is not None and self._model.article(self._article_id) is None:
            self._display_article(None)
        elif self._article_id is not None:
            article = self._model.article(self._article_id)
            if article is not None and article.published != self.date_edit.published():
                self._show_article_header(article)  # an undo changed its date
            self.show_article(self._article_id)  # the list was rebuilt: select it again
        elif has_articles and not self.source_view.currentIndex().isValid():
            first = self.sorted_sources.index(0, 0)
            self.show_article(first.data(ARTICLE_ID_ROLE))

    def _events_changed(self, *_args) -> None:
        if self._article_id is not None:
            self.article_view.set_events(self._events_of(self._article_id))

    # --- the shared selection ------------------------------------------------------------------

    def _event_index(self, event_id: str) -> QModelIndex:
        row = self._model.row_of(event_id)
        if row is None:
            return QModelIndex()
        index = self._model.index(row, 0)
        chain, model = [], self._selection.model()
        while isinstance(model, QAbstractProxyModel):  # the window may sort through proxies
            chain.append(model)
            model = model.sourceModel()
        for proxy in reversed(chain):
            index = proxy.mapFromSource(index)
        return index

    def _shared_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = current.data(EVENT_ROLE) if current.isValid() else None
        if not isinstance(event, Event):
            return
        if self.article_view.focused_event() != event.id and not self.show_event(event.id):
            # Entered by hand, or from no article here: the sentence marked for the event
            # picked before is not this one's evidence, so none is marked.
            self.article_view.show_evidence(None)

    def _evidence_clicked(self, event_id: str) -> None:
        index = self._event_index(event_id)
        if index.isValid():
            self._selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.eventSelected.emit(event_id)

    # --- the publication date of a timeline article --------------------------------------------

    def _apply_date(self) -> None:
        """Read the article at its old and new dates, then move the events whose dates follow."""
        self._redate_timer.stop()
        article = self._model.article(self._article_id) if self._article_id else None
        published = self.date_edit.published()
        if article is None or self._redate or published == article.published:
            return
        number = next(self._redate_numbers)
        plan = RedatePlan(article, published)
        self._redate = {"number": number, "plan": plan}
        self.date_edit.setEnabled(False)
        old, new = plan.readings()
        for purpose, reading in (("redate-old", old), ("redate-new", new)):
            self.runner.submit(
                reading,
                on_done=functools.partial(self._redate_read, number, purpose),
                on_failed=functools.partial(self._redate_failed, number),
                on_cancelled=functools.partial(self._redate_cancelled, number),
            )

    def _redated(self, purpose: str, events: list[Event]) -> None:
        self._redate[purpose] = events
        if "redate-old" not in self._redate or "redate-new" not in self._redate:
            return
        job, self._redate = self._redate, {}
        plan: RedatePlan = job["plan"]
        changes = plan.changes(self._model.events(), job["redate-old"], job["redate-new"])
        push_publication_date_change(
            self._stack, self._model, plan.article, plan.published, changes
        )
        self.date_edit.setEnabled(True)
        if changes:
            text = self.tr("{n} events moved with the publication date: {list}").format(
                n=len(changes),
                list="; ".join(
                    f"{old.title}: {old.when.describe()} → {new.when.describe()}"
                    for old, new in changes
                ),
            )
        else:
            text = self.tr("No event of this article moved with its publication date.")
        self.status_label.setText(text)
        self.status_label.show()
        # The message tells of that step: once it is undone, the message would be a lie.
        self._moved_at = self._stack.index()
        if changes:
            self.article_view.show_evidence(changes[0][1])

    def _stack_moved(self, index: int) -> None:
        if self._moved_at is not None and index < self._moved_at:
            self._moved_at = None
            self.status_label.hide()

    # --- reviewing -----------------------------------------------------------------------------

    def import_article_files(self, paths: Iterable[Path | str]) -> list[Article]:
        """Capture article files (.txt, .html) and put them up for review: the way in for
        Import Article and dropped files (File ▸ Open captures as they do, on a new
        timeline: ``FileController``). Each is kept as captured in
        ``evidence``; one the timeline or the review already holds (by SHA-256) is left out
        unread, and the status bar says so. Unreadable files are listed in one message; a
        date an article does not give whole is asked for, with what it suggests."""
        readings, left_out = article_import.read_for_review(
            self.window(), paths, self.evidence, self.held_articles()
        )
        self.review_readings(readings)
        self._say_left_out(left_out)
        return [reading.article for reading in readings]

    def import_clipboard(self) -> Article | None:
        """Put the article on the clipboard up for review (as ``import_article_files``)."""
        intake = article_import.capture_pasted(self.window(), self.evidence, self.held_articles())
        if intake is None:
            return None
        self._say_left_out(intake.left_out)
        if not intake.captured:
            return None
        captured = intake.captured[0]
        reading = ArticleReading(captured.article, captured.date, captured.title_origin)
        reading = article_import.with_publication_date(self.window(), reading)
        self.review_readings([reading])
        return reading.article

    def held_articles(self) -> dict[str, Article]:
        """The timeline's articles and those waiting for review, by id: a source either
        holds is not taken in again."""
        held = dict(self._model.document.sources)
        for article in self._queue:
            held.setdefault(article.id, article)
        return held

    def _say_left_out(self, names: list[str]) -> None:
        if not names:
            return
        if len(names) == 1:
            name = self.tr("The pasted article") if names[0] == PASTED_ADDRESS else f"“{names[0]}”"
            text = self.tr(
                "{name} is already on the timeline or waiting for review: not read again"
            ).format(name=name)
        else:
            text = self.tr(
                "{n} articles are already on the timeline or waiting for review: not read again"
            ).format(n=len(names))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def review_readings(self, readings: Iterable[ArticleReading]) -> None:
        """Review articles as read, saying where each one's publication date came from."""
        readings = list(readings)
        if not readings:
            return  # nothing could be read: the message said so, nothing to raise
        for reading in readings:
            if reading.date is not None and reading.article.published == reading.date.date:
                self._date_origins[reading.article.id] = reading.date.explanation()
        self.review_articles(reading.article for reading in readings)

    def review_article(self, article: Article) -> None:
        """Read an article and propose its events for review (queued behind others)."""
        self.review_articles([article])

    def review_articles(self, articles: Iterable[Article]) -> None:
        for article in articles:
            if any(a.id == article.id for a in self._queue):
                continue  # already waiting
            self._queue.append(article)
            self._reviews[article.id] = self.runner.submit(
                article,
                on_done=functools.partial(self._review_read, article),
                on_failed=functools.partial(self._review_failed, article),
                on_cancelled=functools.partial(self._review_cancelled, article),
            )
        self._next_review()
        self._queue_changed()
        self.reviewStarted.emit()

    def queued_articles(self) -> list[Article]:
        return list(self._queue)

    def unreviewed_articles(self) -> list[Article]:
        """The articles read and waiting for review, with events of which none is on the
        timeline: closing the review loses them whole (one that gave no events loses nothing)."""
        return [
            a for a in self._queue if self._model.article(a.id) is None and self._read.get(a.id)
        ]

    def _announce_proposal(self, *args: object) -> None:
        picked = None
        if self.is_reviewing():
            shown = self.review_stack.currentWidget()
            if shown is self.review_panel or shown is self.queue_panel:
                picked = shown.picked_proposal()
        self.proposalShown.emit(*(picked or (None, None)))

    def is_reviewing(self) -> bool:
        return self.pages.currentIndex() == 1

    def close_review(self) -> None:
        """Leave the article under review; the next one waiting comes up, or the list."""
        article = self.review_panel.article()
        if self._queue:
            done = self._queue.pop(0)
            self._read.pop(done.id, None)
            request = self._reviews.pop(done.id, None)
            if request is not None:
                self.runner.cancel_request(request)
        self.review_panel.clear()
        self._queue_changed()
        if self._queue:
            self._next_review()
            return
        self.pages.setCurrentIndex(0)
        if article is not None:
            self.show_article(article.id)

    def _next_review(self) -> None:
        if not self._queue:
            return
        article = self._queue[0]
        self.pages.setCurrentIndex(1)
        self._update_queue_label()
        shown = self.review_panel.article()
        if shown is not None and shown.id == article.id:
            return
        if article.id in self._read:
            self.review_panel.review(article, self._read[article.id])
        else:
            self.review_panel.show_reading(article)
        self.review_panel.show_date_origin(self._date_origins.get(article.id, ""))

    def _update_queue_label(self) -> None:
        waiting = len(self._queue) - 1
        self.queue_label.setText(
            self.tr("1 more article waiting for review")
            if waiting == 1
            else self.tr("{n} more articles waiting for review").format(n=waiting)
            if waiting
            else ""
        )
        self.queue_label.setVisible(waiting > 0 and self.review_tabs.currentIndex() == 0)

    # --- the queue across articles ------------------------------------------------------------

    def show_queue(self, shown: bool = True) -> bool:
        """Show the review queue (two or more articles must be waiting) or the one article."""
        if shown and len(self._queue) < 2:
            return False
        self.review_tabs.setCurrentIndex(1 if shown else 0)
        return True

    def is_queue_shown(self) -> bool:
        return self.is_reviewing() and self.review_stack.currentWidget() is self.queue_panel

    def close_queue(self) -> None:
        """Leave every waiting article (those still being read are no longer read)."""
        for article in self._queue:
            request = self._reviews.pop(article.id, None)
            if request is not None:
                self.runner.cancel_request(request)
        added = [a.id for a in self._queue if self._model.article(a.id) is not None]
        self._queue.clear()
        self._read.clear()
        self.review_panel.clear()
        self._queue_changed()
        self.pages.setCurrentIndex(0)
        if added and self._article_id is None:
            self.show_article(added[0])

    def _queue_changed(self) -> None:
        """The waiting articles or their readings changed: the tab and the queue follow."""
        waiting = len(self._queue)
        self.queue_panel.set_queue(
            [QueuedArticle(a, tuple(self._read.get(a.id, ()))) for a in self._queue],
            reading=sum(1 for a in self._queue if a.id not in self._read),
        )
        self.review_tabs.setTabText(
            1,
            self.tr("Review Queue ({n})").format(n=waiting) if waiting else self.tr("Review Queue"),
        )
        if waiting < 2 and self.review_tabs.currentIndex() == 1:
            self.review_tabs.setCurrentIndex(0)
        self.tabs_strip.setVisible(waiting >= 2)

    def _review_tab_changed(self, index: int) -> None:
        self.review_stack.setCurrentIndex(index)
        self._update_queue_label()
        if index == 1:
            self.queue_panel.tree.setFocus()

    def _queue_decided(self, decisions: dict) -> None:
        candidates = self.review_panel.candidates
        for event_id, state in decisions.items():
            row = candidates.row_of(event_id)
            if row is None or candidates.candidate(row).state is state:
                continue
            if state is ReviewState.PENDING:
                candidate = candidates.candidate(row)
                candidates.restore(row, state, not_duplicate=candidate.not_duplicate)
            else:
                candidates.set_state([row], state)

    def _article_decided(self, first: QModelIndex, last: QModelIndex) -> None:
        rows = range(first.row(), last.row() + 1)
        candidates = self.review_panel.candidates
        self.queue_panel.adopt_decisions(
            {candidates.candidate(r).event.id: candidates.candidate(r).state for r in rows}
        )
        self._article_edited()

    def _article_shown(self) -> None:
        """An article comes up on its own: with what was decided for it in the queue."""
        self._queue_decided(self.queue_panel.decisions())
        self._article_edited()

    def _article_edited(self) -> None:
        """The queue takes the one-article review's candidates as they are now: a candidate
        corrected there (F2), or the article read again at another publication date, is
        added from the queue as corrected."""
        article = self.review_panel.article()
        events = self.review_panel.candidates.events()
        if article is None or not events or not self._queue or self._queue[0].id != article.id:
            return
        if article.id not in self._read:
            return  # not read yet: the reading will come
        if self._read[article.id] == events and self._queue[0] == article:
            return
        self._read[article.id] = events
        self._queue[0] = article
        self._queue_changed()

    def _queue_events_added(self, ids: list) -> None:
        if self._article_id is None:
            for event_id in ids:
                if self.show_event(event_id):
                    break

    def _events_added(self, _ids: list) -> None:
        article = self.review_panel.article()
        if article is not None and self._article_id is None:
            self.show_article(article.id)

    # --- extraction results --------------------------------------------------------------------

    def _review_read(self, article: Article, events: list[Event]) -> None:
        self._reviews.pop(article.id, None)
        if not any(a.id == article.id for a in self._queue):
            return  # closed while it was read
        self._read[article.id] = events
        if self.review_panel.is_reading(article.id):
            self.review_panel.review(article, events)
        self._queue_changed()

    def _review_failed(self, article: Article, message: str) -> None:
        self._reviews.pop(article.id, None)
        self._read[article.id] = []
        self._queue_changed()
        if self.review_panel.is_reading(article.id):
            self.review_panel.review(article, [])
            self.review_panel.summary_label.setText(
                self.tr("The events could not be read: {message}").format(message=message)
            )

    def _review_cancelled(self, article: Article) -> None:
        self._reviews.pop(article.id, None)
        shown = self.review_panel.article()
        self._queue = [
            a
            for a in self._queue
            if a.id != article.id or (shown is not None and a.id == shown.id and a.id in self._read)
        ]
        if shown is not None and shown.id == article.id and shown.id not in self._read:
            self.review_panel.clear()
            if self._queue:
                self._next_review()
            else:
                self.pages.setCurrentIndex(0)
        self._queue_changed()
        self._update_queue_label()

    def _redate_read(self, number: int, purpose: str, events: list[Event]) -> None:
        if self._redate and self._redate["number"] == number:
            self._redated(purpose, events)

    def _redate_failed(self, number: int, message: str) -> None:
        if self._redate and self._redate["number"] == number:
            self._redate = {}
            self._show_article_header(self._shown_article())
            self.status_label.setText(
                self.tr("The article could not be read again: {message}").format(message=message)
            )
            self.status_label.show()

    def _redate_cancelled(self, number: int) -> None:
        if self._redate and self._redate["number"] == number:
            self._redate = {}
            self._show_article_header(self._shown_article())
