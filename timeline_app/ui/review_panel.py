"""Reviewing the events proposed for one article before they join the timeline.

The user accepts, rejects or edits each candidate, beside the article with the candidate's
evidence marked; "Add to Timeline" pushes one undo step for all the accepted ones. Changing
the publication date reads the article again and shows which dates moved; for an article
already on the timeline the move is applied there too, as one undoable step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corroboration import add_chosen
from timeline_app.core.document_edits import AttachArticle, Edits, InsertEvents, ReplaceEvent
from timeline_app.core.events import Article, Event
from timeline_app.core.review import ReviewState
from timeline_app.core.review_session import (
    REDATE_DELAY_MS,
    RedatePlan,
    candidates_for,
    merge_reading,
)
from timeline_app.core.timeline_index import ReviewMarks, review_marks
from timeline_app.ui.article_commands import push_publication_date_change
from timeline_app.ui.article_view import ArticleView
from timeline_app.ui.column_widths import ColumnPolicy, ColumnWidths, Fit, Share
from timeline_app.ui.commands import AddEventsCommand, DocumentEditCommand
from timeline_app.ui.decision_buttons import two_rows
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import plural
from timeline_app.ui.extraction_progress import ExtractionProgress
from timeline_app.ui.extraction_runner import ExtractionRequest, ExtractionRunner
from timeline_app.ui.job_runner import Job
from timeline_app.ui.kept_timeline_index import KeptTimelineIndex
from timeline_app.ui.plain_text import link_html, link_label, plain_labels, tooltip
from timeline_app.ui.review_commands import push_decision
from timeline_app.ui.review_list import CandidateModel, ReviewColumn
from timeline_app.ui.settings import Settings

UNKNOWN_DATE = QDate(1800, 1, 1)  # the date field's minimum, shown as "Unknown"
_NARROW = 820  # below this width the article goes under the list, not beside it
# The event's title takes the room; the decision and the date fit theirs.
REVIEW_COLUMNS: ColumnPolicy = {
    ReviewColumn.STATE: Fit(("On timeline", "Duplicate"), check=True),
    ReviewColumn.DATE: Fit(("Sep 30, 2021~", "2015 – ongoing")),  # ranges, moves elide
    ReviewColumn.TITLE: Share(weight=4, chars=30, least=16),
    ReviewColumn.ACTORS: Share(weight=1, chars=16, least=8),
    ReviewColumn.ATTRIBUTION: Share(weight=1, chars=14, least=8),
    ReviewColumn.NOTES: Share(weight=1, chars=22, least=8),
    ReviewColumn.KIND: Share(weight=1, chars=12, least=8),
}


def qdate_of(date: dt.date | None) -> QDate:
    return QDate(date.year, date.month, date.day) if date else UNKNOWN_DATE


def date_of(qdate: QDate) -> dt.date | None:
    return None if qdate <= UNKNOWN_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())


class PublicationDateEdit(QDateEdit):
    """A date field that can also say "Unknown" (its minimum), with a calendar popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(UNKNOWN_DATE)
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setSpecialValueText(self.tr("Unknown"))
        self.setAccessibleName(self.tr("Publication date"))
        self.setToolTip(
            self.tr("The day the article appeared: “on Monday” or “last week” are dated from it")
        )

    def published(self) -> dt.date | None:
        return date_of(self.date())

    def set_published(self, date: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(qdate_of(date))
        self.blockSignals(False)
        if date is None:  # the calendar should open on this month, not on the year 1800
            today = dt.date.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)


@dataclass(eq=False)
class _Marks:
    """What marks were worked out for: the timeline's revision and the candidates' values
    (then, once shown, where each candidate goes)."""

    revision: int
    events: list[Event]
    joined: dict[str, str] = dataclasses.field(default_factory=dict)

    def is_for(self, events: list[Event]) -> bool:
        return len(events) == len(self.events) and all(
            a is b for a, b in zip(events, self.events, strict=True)
        )


@dataclass(eq=False)
class _Reading:
    """The reading this panel waits for: its own ("review", "redate", with ``push`` when the
    timeline's article follows the new date), or one the workspace's queue makes ("external")."""

    purpose: str
    push: bool = False
    request: ExtractionRequest | None = None


class ReviewPanel(QWidget):
    """The candidates of one article, its text, and the buttons to decide on them."""

    eventsAdded = Signal(list)  # ids of the events added to the timeline
    closeRequested = Signal()
    candidatesReady = Signal()  # the article has been read and its candidates are shown
    proposalPicked = Signal()  # the one candidate selected changed (``picked_proposal``)
    publicationDateApplied = Signal(int)  # how many candidates' dates moved
    marksShown = Signal()  # the duplicate and "adds" marks are those of the timeline now

    def __init__(
        self,
        model: EventModel,
        stack: QUndoStack,
        runner: ExtractionRunner | None = None,
        parent: QWidget | None = None,
        *,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._stack = stack
        self._runner = runner or ExtractionRunner(parent=self)
        # The marks are worked out on the window's job runner, over an index of the timeline
        # kept up to date with its edits: the list shows at once, and the marks follow.
        self._timeline = KeptTimelineIndex(model, self._runner.jobs, self)
        self._planning: Job[ReviewMarks] | None = None
        self._marks: _Marks | None = None  # the marks shown, and what they were worked out for
        self._article: Article | None = None
        self._raw: list[Event] = []  # the extractor's reading at the current date
        self._waiting: _Reading | None = None
        self._date_origin = ""  # where the article's publication date was read
        self.editor: EventEditor | None = None
        self._has_notes = False  # the Notes column shows only when some candidate has notes
        self.candidates = CandidateModel(self)
        self.candidates.decider = self.decide  # the check boxes go through the undo stack too
        self._build(show_progress)
        self._connect()
        self._set_busy(False)
        self._update_summary()

    # --- building ------------------------------------------------------------------------------

    def _build(self, show_progress: bool) -> None:
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel(self)
        link_label(self.meta_label)
        self.meta_label.setStyleSheet("color: palette(placeholder-text);")
        self.date_edit = PublicationDateEdit(self)
        date_label = QLabel(self.tr("&Published:"), self)
        date_label.setBuddy(self.date_edit)
        self.date_origin_label = QLabel(self)
        self.date_origin_label.setWordWrap(True)
        self.date_origin_label.setAccessibleName(self.tr("Where the publication date came from"))
        self.date_origin_label.setStyleSheet("color: palette(placeholder-text);")
        self.date_origin_label.hide()
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Review summary"))
        # The article's own words reach these: its title, the dateline a date came from.
        plain_labels(self.title_label, self.date_origin_label, self.summary_label)

        self.table = QTableView(self)
        self.table.installEventFilter(self)  # its own width decides which columns show
        self.table.setModel(self.candidates)
        self.table.setAccessibleName(self.tr("Proposed events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # the kind reads with the actors: who did what kind of thing
        header.moveSection(header.visualIndex(ReviewColumn.KIND), ReviewColumn.ACTORS + 1)
        self.columns = ColumnWidths(self.table, REVIEW_COLUMNS, "review")
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setAccessibleName(self.tr("Selected event notes"))
        self.detail_label.setStyleSheet("color: #a34a00;")
        self.detail_label.hide()

        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Accept the selected events (A)"))
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.reject_button.setToolTip(self.tr("Reject the selected events (R)"))
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.edit_button.setToolTip(self.tr("Correct the selected event's title or date (F2)"))
        self.accept_all_button = QPushButton(self.tr("Accept A&ll"), self)
        self.accept_all_button.setToolTip(
            self.tr("Accept every undecided event that is not a duplicate")
        )
        self.reject_all_button = QPushButton(self.tr("Reject All"), self)
        self.reject_all_button.setToolTip(self.tr("Reject every undecided event"))
        # Two rows of buttons, so the pane fits a narrow dock beside the timeline.
        decide = two_rows(
            (self.accept_button, self.reject_button, self.edit_button),
            (self.accept_all_button, self.reject_all_button),
        )

        self.view = ArticleView(self)
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.detail_label)
        list_layout.addLayout(decide)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)  # widened by resizeEvent
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        self.progress = ExtractionProgress(self._runner, self) if show_progress else None
        self.close_button = QPushButton(self.tr("Close Review"), self)
        self.close_button.setToolTip(self.tr("Leave this article; events not added are dropped"))
        self.add_button = QPushButton(self.tr("Add to Timeline"), self)
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add to timeline"))

        header_row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        titles.addWidget(self.date_origin_label)
        header_row.addLayout(titles, 1)
        header_row.addWidget(date_label, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addWidget(self.date_edit, 0, Qt.AlignmentFlag.AlignTop)
        # The summary on a line of its own: beside the buttons a narrow dock cut it short.
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header_row)
        layout.addWidget(self.splitter, 1)
        if self.progress is not None:
            layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addLayout(bottom)
        self.summary_label.setWordWrap(True)

        self._redate_timer = QTimer(self)
        self._redate_timer.setSingleShot(True)
        self._redate_timer.setInterval(REDATE_DELAY_MS)
        self._duplicates_timer = QTimer(self)
        self._duplicates_timer.setSingleShot(True)
        self._duplicates_timer.setInterval(0)
        for text, keys, slot in (
            (self.tr("Accept"), "A", self.accept_selected),
            (self.tr("Reject"), "R", self.reject_selected),
            (self.tr("Edit"), "F2", self.edit_selected),
        ):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def _connect(self) -> None:
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button.clicked.connect(self.reject_all)
        self.add_button.clicked.connect(self.add_to_timeline)
        self.close_button.clicked.connect(self.closeRequested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.evidenceClicked.connect(self.select_candidate)
        self.candidates.countsChanged.connect(self._update_summary)
        self.candidates.dataChanged.connect(self._selection_changed)
        self.date_edit.dateChanged.connect(lambda _date: self._redate_timer.start())
        self.date_edit.editingFinished.connect(self._apply_date_now)
        self._redate_timer.timeout.connect(self._apply_date_now)
        self._duplicates_timer.timeout.connect(self.refresh_duplicates)
        self._timeline.ready.connect(self._duplicates_timer.start)
        for signal in (
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.modelReset,
            self._model.dataChanged,
        ):
            signal.connect(self._duplicates_timer.start)
        self._model.sourcesChanged.connect(self._sources_changed)

    # --- what is shown -------------------------------------------------------------------------

    def article(self) -> Article | None:
        return self._article

    def is_busy(self) -> bool:
        return self._waiting is not None

    def review(self, article: Article, events: Sequence[Event] | None = None) -> None:
        """Show an article's candidates: ``events`` if already extracted, else read it now."""
        self._cancel_own()
        self._date_origin = ""
        self._article = article
        self._raw = []
        self._show_header()
        self.candidates.set_candidates([])
        self.view.set_article(article)
        if events is None:
            self._timeline.index()  # on a large timeline, built while the article is read
            self._extract(article, purpose="review")
        else:
            self._show_candidates(list(events))

    def show_reading(self, article: Article) -> None:
        """Show an article that someone else (the workspace's queue) is reading; its events
        come with ``review(article, events)``."""
        self._cancel_own()
        self._date_origin = ""
        self._article = article
        self._raw = []
        self._show_header()
        self.candidates.set_candidates([])
        self.view.set_article(article)
        self._waiting = _Reading("external")
        self._timeline.index()  # on a large timeline, built while the article is read
        self._set_busy(True)

    def is_reading(self, article_id: str) -> bool:
        """Waiting for ``review(article, events)`` from whoever reads this article."""
        return (
            self._waiting is not None
            and self._waiting.purpose == "external"
            and self._article is not None
            and self._article.id == article_id
        )

    def show_date_origin(self, explanation: str) -> None:
        """Say where the publication date shown came from ("from the dateline …"); it is
        hidden once the user gives another date."""
        self._date_origin = explanation
        self._show_date_origin()

    def _show_date_origin(self) -> None:
        text = self._date_origin if self._article is not None else ""
        self.date_origin_label.setText(
            self.tr("Publication date {explanation}").format(explanation=text) if text else ""
        )
        self.date_origin_label.setVisible(bool(text))

    def clear(self) -> None:
        self._date_origin = ""
        self._cancel_own()
        self._article = None
        self._raw = []
        self.candidates.set_candidates([])
        self.view.set_article(None)
        self._show_header()

    def _show_header(self) -> None:
        article = self._article
        self.title_label.setText(article.title if article else "")
        parts = []
        if article is not None:
            if article.publisher:
                parts.append(escape(article.publisher))
            if article.url:
                parts.append(link_html(article.url))  # a file: address is not a link
        self.meta_label.setText(" · ".join(parts))
        self.meta_label.setVisible(bool(parts))
        self.date_edit.set_published(article.published if article else None)
        self._show_date_origin()

    def _show_candidates(self, events: list[Event]) -> None:
        self._raw = events
        self.candidates.set_candidates(candidates_for(events))
        self.refresh_duplicates()
        self.view.set_article(self._article, events)
        if events:
            self.table.selectRow(0)
            self.table.setFocus()
        self.candidatesReady.emit()

    def refresh_duplicates(self) -> None:
        """Work out again which candidates repeat an event of the timeline (it changed, or they
        did), and what each adds to one: both from one plan of the crisis desk, so that a
        candidate is a duplicate of the event it would be gathered into and of no other.

        In a worker, over the kept index of the timeline: ``marksShown`` follows. A result
        worked out for candidates or a timeline that changed meanwhile is dropped (the
        change asked for another)."""
        if self._planning is not None:
            self._planning.cancel()
            self._planning = None
        events = self.candidates.events()
        if not events:
            return
        index = self._timeline.index()
        if index is None:
            return  # being built: ``ready`` asks again
        articles = dict(self._model.document.sources)
        if self._article is not None:
            articles[self._article.id] = self._article
        asked = _Marks(self._timeline.revision, events)
        self._planning = job = self._runner.jobs.submit(
            lambda _report: review_marks(index, events, articles),
            lane="review plan",
            on_result=lambda marks: self._show_marks(job, asked, marks),
            on_error=lambda error: self._marks_failed(job, asked, error),
            owner=self,
            name="review plan",
        )

    @property
    def timeline_index(self) -> KeptTimelineIndex:
        """The timeline's kept index, for the window's other reviews (the queue) to share."""
        return self._timeline

    def marks_pending(self) -> bool:
        """Whether the marks shown may not be those of the candidates and timeline now."""
        return (
            self._duplicates_timer.isActive()
            or self._planning is not None
            or self._timeline.is_building()
        )

    def _current(self, job: Job, asked: _Marks) -> bool:
        return (
            job is self._planning
            and asked.revision == self._timeline.revision
            and asked.is_for(self.candidates.events())
        )

    def _show_marks(self, job: Job, asked: _Marks, marks: ReviewMarks) -> None:
        if not self._current(job, asked):
            return
        self._planning = None
        asked.joined = marks.plan.joined
        self._marks = asked
        self.candidates.set_duplicates(marks.duplicates, marks.titles)
        self.candidates.set_adds(marks.adds if self._article is not None else {})
        self.marksShown.emit()

    def _marks_failed(self, job: Job, asked: _Marks, error: Exception) -> None:
        if self._current(job, asked):
            self._planning = None
            raise error
        # Else the timeline changed under the worker while it read the index: dropped.

    def _planned_joins(
        self, events: list[Event], articles: dict[str, Article]
    ) -> dict[str, str] | None:
        """Where each candidate goes, as the marks shown say when they are current; else
        planned now over the index (None while it is being built)."""
        marks = self._marks
        if marks is not None and marks.revision == self._timeline.revision and marks.is_for(events):
            return dict(marks.joined)
        index = self._timeline.index()
        if index is None:
            return None
        return index.plan(events, articles).joined

    def _update_summary(self) -> None:
        model = self.candidates
        total = model.rowCount()
        addable = len(model.addable())
        busy = self.is_busy()
        if self._article is None:
            text = ""
        elif busy and not total:
            text = self.tr("Reading the article…")
        elif not total:
            text = self.tr("No dated events found in this article.")
        else:
            counts = (
                (total, self.tr("{n} event found"), self.tr("{n} events found")),
                (model.count(state=ReviewState.ACCEPTED), self.tr("{n} accepted"), None),
                (model.count(state=ReviewState.PENDING), self.tr("{n} pending"), None),
                (model.count(state=ReviewState.REJECTED), self.tr("{n} rejected"), None),
                (model.count(on_timeline=True), self.tr("{n} on the timeline"), None),
                (model.count(duplicates=True), self.tr("{n} duplicate"), self.tr("{n} duplicates")),
                (model.count(conflicts=True), self.tr("{n} conflict"), self.tr("{n} conflicts")),
                (model.count(moved=True), self.tr("{n} date moved"), self.tr("{n} dates moved")),
            )
            parts = [
                (one if n == 1 or many is None else many).format(n=n)
                for n, one, many in counts
                if n
            ]
            text = " · ".join(parts)
        self.summary_label.setText(text)
        self.summary_label.setToolTip(tooltip(text))
        # Notes are rare: their column appears only when some candidate has one.
        self._has_notes = any(
            model.data(model.index(row, ReviewColumn.NOTES)) for row in range(total)
        )
        self._fit_columns()
        self.add_button.setText(
            self.tr("Add {n} Events to Timeline").format(n=addable)
            if addable > 1
            else self.tr("Add 1 Event to Timeline")
            if addable
            else self.tr("Add to Timeline")
        )
        self.add_button.setEnabled(addable > 0 and not busy)
        has_rows = total > 0 and not busy
        self.accept_all_button.setEnabled(has_rows)
        self.reject_all_button.setEnabled(has_rows)
        self._selection_changed()

    # --- deciding ------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_candidate(self, event_id: str) -> None:
        row = self.candidates.row_of(event_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.candidates.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.candidates.index(row, 0))

    def accept_selected(self) -> None:
        self._decide_and_move_on(ReviewState.ACCEPTED)

    def reject_selected(self) -> None:
        self._decide_and_move_on(ReviewState.REJECTED)

    def _decide_and_move_on(self, state: ReviewState) -> None:
        """Decide the selected rows; one row decided, go on to the next still pending (after
        it, else from the top), so A, A, R goes down the list. Several rows stay selected."""
        rows = self.selected_rows()
        if not self.decide(rows, state) or len(rows) != 1:
            return
        candidates = self.candidates.candidates()
        count = len(candidates)
        for step in range(1, count):
            row = (rows[0] + step) % count
            if candidates[row].state is ReviewState.PENDING and not candidates[row].on_timeline:
                self.table.selectRow(row)
                return

    def accept_all(self) -> None:
        """Accept every undecided candidate that is not a duplicate: a reject stays a reject,
        and duplicates stay out unless accepted one by one."""
        rows = [
            row
            for row, c in enumerate(self.candidates.candidates())
            if c.state is ReviewState.PENDING and not c.is_duplicate
        ]
        self.decide(rows, ReviewState.ACCEPTED)

    def reject_all(self) -> None:
        """Reject every undecided candidate (an accept stays an accept)."""
        rows = [
            row
            for row, c in enumerate(self.candidates.candidates())
            if c.state is ReviewState.PENDING
        ]
        self.decide(rows, ReviewState.REJECTED)

    def decide(self, rows: Sequence[int], state: ReviewState) -> int:
        """Record a decision as one undo step (Edit ▸ Undo names it); how many rows changed."""
        return push_decision(self._stack, self.candidates, rows, state)

    def edit_selected(self) -> EventEditor | None:
        """Open the event editor on the current candidate; its OK accepts the edited event."""
        rows = self.selected_rows()
        if not rows or self.is_busy():
            return None
        candidate = self.candidates.candidate(rows[0])
        categories = {e.category for e in self._model.events()} | {
            e.category for e in self.candidates.events()
        }
        self.editor = EventEditor(
            self,
            event=candidate.event,
            categories=categories,
            published=self.date_edit.published(),
        )
        self.editor.accepted.connect(lambda editor=self.editor: self._edited(editor))
        self.editor.open()
        return self.editor

    def _edited(self, editor: EventEditor) -> None:
        event = editor.to_event()
        row = self.candidates.row_of(event.id)
        if row is None:
            return  # the article was read again meanwhile
        self.candidates.replace_event(row, event)
        self.candidates.set_state([row], ReviewState.ACCEPTED)
        self.refresh_duplicates()
        self.view.set_events(self.candidates.events())
        self.view.show_evidence(event)

    def add_to_timeline(self) -> list[str]:
        """Push one undo step adding the accepted, non-duplicate candidates (and the article).

        A candidate that tells a happening the timeline holds from other articles (its note
        says "a second source for …") adds its source to that event instead of a new one."""
        events = self.candidates.addable()
        if not events or self._article is None:
            return []
        article = self._model.article(self._article.id) or self._article
        title = article.title or self.tr("the article")
        articles = {**self._model.document.sources, article.id: article}
        # Where each goes was decided over every candidate, as the marks shown were
        # (``_show_marks``): what the user accepted is what is done.
        candidates = self.candidates.events()
        gathered = add_chosen(
            list(self._model.events()),
            candidates,
            [event.id for event in events],
            articles,
            Settings().outlet_reliability,
            self._planned_joins(candidates, articles),
        )
        on_timeline = {event.id for event in self._model.events()}
        joined = {new: target for new, target in gathered.joined.items() if target in on_timeline}
        added = [event for event in gathered.added if event.id not in on_timeline]
        if joined:
            names = plural(len(added), self.tr("{n} event"), self.tr("{n} events"))
            sources = plural(len(joined), self.tr("{n} source"), self.tr("{n} sources"))
            text = self.tr("Add {events} and {sources} from “{title}”").format(
                events=names, sources=sources, title=title
            )
            edit = Edits(
                (
                    AttachArticle(article),
                    *map(ReplaceEvent, gathered.updated.values()),
                    InsertEvents(tuple(added)),
                )
            )
            self._stack.push(DocumentEditCommand(self._model, edit, text))
            for candidate in self.candidates.candidates():
                if candidate.event.id in joined:
                    candidate.not_duplicate = False  # its mention is on the timeline now
        else:
            text = (
                self.tr("Add “{event}” from “{title}”").format(event=added[0].title, title=title)
                if len(added) == 1
                else self.tr("Add {n} events from “{title}”").format(n=len(added), title=title)
            )
            self._stack.push(AddEventsCommand(self._model, added, text, articles=[article]))
        self.refresh_duplicates()
        ids = [e.id for e in added] + list(dict.fromkeys(joined.values()))
        self.eventsAdded.emit(ids)
        return ids

    def _selection_changed(self, *_args) -> None:
        rows = self.selected_rows()
        busy = self.is_busy()
        candidates = [self.candidates.candidate(r) for r in rows]
        decidable = [c for c in candidates if not c.on_timeline]
        self.accept_button.setEnabled(bool(decidable) and not busy)
        self.reject_button.setEnabled(bool(decidable) and not busy)
        self.edit_button.setEnabled(len(decidable) == 1 and not busy)
        notes = []
        if len(candidates) == 1:
            event = candidates[0].event
            if event.conflicts_with:
                notes.append(
                    self.tr("Conflicting dates: {note}").format(
                        note=event.conflict_note or self.tr("the article gives another date")
                    )
                )
            if candidates[0].is_duplicate and not candidates[0].on_timeline:
                notes.append(
                    self.tr(
                        "Looks like “{title}”, already on the timeline. Accept "
                        "it to add it all the same."
                    ).format(title=candidates[0].duplicate_title)
                )
            if self.view.focused_event() != event.id:
                self.view.show_evidence(event)
        self.detail_label.setText("\n".join(notes))
        self.detail_label.setVisible(bool(notes))
        self.proposalPicked.emit()

    def picked_proposal(self) -> tuple[Event, Article] | None:
        """The one candidate selected, with the article it comes from."""
        rows = self.selected_rows()
        if len(rows) != 1 or self._article is None:
            return None
        return self.candidates.candidate(rows[0]).event, self._article

    # --- reading (off the GUI thread) --------------------------------------------------------------

    def _extract(self, article: Article, purpose: str, push: bool = False) -> None:
        reading = self._waiting = _Reading(purpose, push)
        reading.request = self._runner.submit(
            article,
            on_done=lambda events: self._extraction_finished(reading, article, events),
            on_failed=lambda message: self._extraction_failed(reading, message),
            on_cancelled=lambda: self._extraction_cancelled(reading),
        )
        self._set_busy(True)

    def _cancel_own(self) -> None:
        self._redate_timer.stop()
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            if waiting.request is not None:
                self._runner.cancel_request(waiting.request)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        if busy:
            self.detail_label.hide()
        self._update_summary()

    def _extraction_finished(self, reading: _Reading, article: Article, events: list) -> None:
        if reading is not self._waiting:
            return
        self._waiting = None
        self._set_busy(False)
        if reading.purpose == "review":
            self._show_candidates(events)
        else:
            self._redated(article, events, reading.push)

    def _extraction_failed(self, reading: _Reading, message: str) -> None:
        if reading is not self._waiting:
            return
        self._waiting = None
        self._set_busy(False)
        self.summary_label.setText(
            self.tr("The events could not be read: {message}").format(message=message)
        )

    def _extraction_cancelled(self, reading: _Reading) -> None:
        if reading is self._waiting:
            self._waiting = None
            self._set_busy(False)
            if reading.purpose == "redate" and self._article is not None:
                self.date_edit.set_published(self._article.published)  # back to what was read
            self.summary_label.setText(self.tr("Reading the article was cancelled."))

    # --- publication date ----------------------------------------------------------------------

    def set_publication_date(self, published: dt.date | None) -> None:
        """Read the article again as published on another day (as if typed in the field)."""
        self.date_edit.set_published(published)
        self._apply_date_now()

    def _apply_date_now(self) -> None:
        self._redate_timer.stop()
        published = self.date_edit.published()
        if self._article is None or published == self._article.published:
            return
        self.show_date_origin("")  # the date is the user's now
        pending = self._waiting
        if pending is not None and pending.purpose in ("review", "external"):
            # Not read yet: read it once, with the new date.
            self._cancel_own()
            self._article = dataclasses.replace(self._article, published=published)
            self._extract(self._article, "review")
            return
        self._cancel_own()
        self._article = dataclasses.replace(self._article, published=published)
        self._extract(self._article, "redate", push=True)

    def _redated(self, article: Article, new: list[Event], push: bool) -> None:
        """Merge a reading at another date into the candidates, keeping the user's decisions."""
        old_raw = self._raw
        self._raw = new
        merged = merge_reading(self.candidates.candidates(), new)
        self.candidates.set_candidates(merged)
        self.refresh_duplicates()
        self.view.set_article(article, self.candidates.events())
        moved = self.candidates.count(moved=True)
        if moved:  # room for "6 September 1998 → 13 September 1998"
            self.table.resizeColumnToContents(ReviewColumn.DATE)
        on_timeline = self._model.article(article.id)
        if push and on_timeline is not None and on_timeline.published != article.published:
            plan = RedatePlan(on_timeline, article.published)
            changes = plan.changes(self._model.events(), old_raw, new)
            push_publication_date_change(
                self._stack, self._model, plan.article, plan.published, changes
            )
        if merged:
            first_moved = next((c for c in merged if c.moved_from is not None), merged[0])
            self.select_candidate(first_moved.event.id)
        self.publicationDateApplied.emit(moved)

    def _sources_changed(self) -> None:
        """Follow an undo or redo of this article's publication date on the timeline."""
        if self._article is None:
            return
        stored = self._model.article(self._article.id)
        if stored is None or stored.published == self._article.published:
            return
        if self._waiting is not None and self._waiting.purpose in ("review", "external"):
            return
        self._cancel_own()
        self._article = dataclasses.replace(self._article, published=stored.published)
        self.date_edit.set_published(stored.published)
        self._extract(self._article, "redate", push=False)

    # --- layout --------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = self.width() >= _NARROW
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow list keeps the columns that decide, so that titles stay readable; the
        rest are in the tooltips (and the selected row's notes show under the list)."""
        width = self.table.width()
        self.table.setColumnHidden(ReviewColumn.ATTRIBUTION, width < 900)
        self.table.setColumnHidden(ReviewColumn.NOTES, width < 700 or not self._has_notes)
        self.table.setColumnHidden(ReviewColumn.ACTORS, width < 560)
        self.table.setColumnHidden(ReviewColumn.KIND, width < 640)
