"""The review queue across articles: the candidates of every article waiting for review,
gathered by happening (``core/review_queue.py``), beside the article of the selected one with
its evidence marked.

Accept or reject a whole group or one candidate, ungroup a candidate put in the wrong group;
"Add to Timeline" pushes one undo step for every accepted group: a new event holding all its
sources, or the sources added to the timeline event it joins. The groups follow the articles
as they are read in the background and the timeline as it changes; the selection stays put.

Those regroupings run on the window's job runner, over the index of the timeline the article
review keeps (``KeptTimelineIndex``): a large timeline never stalls the window, and a grouping
worked out for a queue or a timeline that changed meanwhile is dropped (the change asked for
another). ``regroup()`` groups at once, in the GUI thread, for what needs the groups of now.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.document_edits import AttachArticle, Edits, InsertEvents, ReplaceEvent
from timeline_app.core.events import Article, Event
from timeline_app.core.review import ReviewState
from timeline_app.core.review_queue import Group, QueuedArticle, group_queue, queue_addition
from timeline_app.ui.article_view import ArticleView
from timeline_app.ui.column_widths import ColumnPolicy, ColumnWidths, Fit, Share
from timeline_app.ui.commands import DocumentEditCommand
from timeline_app.ui.decision_buttons import two_rows
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import plural
from timeline_app.ui.job_runner import Job, JobRunner
from timeline_app.ui.kept_timeline_index import KeptTimelineIndex
from timeline_app.ui.plain_text import plain_labels, tooltip
from timeline_app.ui.review_commands import QueueApartCommand, QueueDecisionCommand
from timeline_app.ui.review_queue_list import KEY_ROLE, QueueColumn, QueueModel, outlet_name
from timeline_app.ui.settings import Settings

_REGROUP_WHILE_READING_MS = 800
_WIDE = 1440  # from this width on the article goes beside the tree, not under it
# The happening's title and what it adds take the room; the decision and the dates fit theirs.
QUEUE_COLUMNS: ColumnPolicy = {
    # The first column also holds the tree's branches (a candidate's are two levels deep):
    # a group's count is the widest sample, and as wide as a candidate's "Accepted" there.
    QueueColumn.DECISION: Fit(("On timeline", "10 of 12 accepted"), check=True),
    QueueColumn.DATE: Fit(("Sep 30, 2021~", "Jan 2011 – ongoing")),  # two readings elide
    QueueColumn.TITLE: Share(weight=4, chars=34, least=16),
    QueueColumn.ADDS: Share(weight=3, chars=34, least=10),
    QueueColumn.SOURCES: Share(weight=1, chars=26, least=9),
    QueueColumn.ATTRIBUTION: Share(weight=1, chars=16, least=8),
    QueueColumn.EVIDENCE: Share(weight=3, chars=36, least=12),
    QueueColumn.REPORTED: Fit(("30 Sep 2021",)),
}
_ACCEPT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A}
_REJECT_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_R}


class QueueTree(QTreeView):
    """The groups and their candidates: arrows move (Left/Right fold a group), Space or Enter
    accepts, Delete rejects, U ungroups; A and R as in the one-article list."""

    acceptPressed = Signal()
    rejectPressed = Signal()
    ungroupPressed = Signal()

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None
        key = Qt.Key(event.key())
        if key in _ACCEPT_KEYS:
            return self.acceptPressed
        if key in _REJECT_KEYS:
            return self.rejectPressed
        return self.ungroupPressed if key == Qt.Key.Key_U else None

    def event(self, event: QEvent) -> bool:
        # The window's Delete deletes timeline events: here the key rejects a candidate, so
        # the tree claims its keys before any shortcut sees them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._signal_for(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        signal = self._signal_for(event)
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()


class ReviewQueuePanel(QWidget):
    """The queue of waiting articles' candidates, by happening (see the module)."""

    eventsAdded = Signal(list)  # ids of the timeline events added or given sources
    decisionsChanged = Signal(object)  # dict: candidate id -> ReviewState, as the user decided here
    closeRequested = Signal()  # the user is done with the queue
    proposalPicked = Signal()  # the one row selected changed (``picked_proposal``)
    groupsShown = Signal()  # the groups shown are those of the queue and timeline now

    def __init__(
        self,
        model: EventModel,
        stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        timeline: KeptTimelineIndex | None = None,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._stack = stack
        # The window's one job runner and kept index (the article review's); a panel on its
        # own keeps its own.
        self._jobs = jobs if jobs is not None else JobRunner(self)
        self._timeline = (
            timeline if timeline is not None else KeptTimelineIndex(model, self._jobs, self)
        )
        self._grouping: Job[list[Group]] | None = None
        self._asked = 0  # moves on with each change of what is grouped (queue, apart, articles)
        self._queued: list[QueuedArticle] = []
        self._reading = 0  # articles still being read
        self._decisions: dict[str, ReviewState] = {}
        self._apart: set[str] = set()
        self._stale = False
        self.groups = QueueModel(self)
        self.groups.decider = self.decide
        self.sorted_groups = QSortFilterProxyModel(self)
        self.sorted_groups.setSourceModel(self.groups)
        self.sorted_groups.setSortRole(self.groups.sortRole())
        self._build()
        self._connect()
        self._update_summary()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Review queue summary"))
        self.tree = QueueTree(self)
        self.tree.setModel(self.sorted_groups)
        self.tree.setAccessibleName(self.tr("Candidates of the waiting articles, by happening"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setSortingEnabled(True)
        # Newest first: the latest happening at the top (the header sorts by "Reported").
        self.tree.sortByColumn(QueueColumn.DATE, Qt.SortOrder.DescendingOrder)
        header = self.tree.header()
        self.columns = ColumnWidths(self.tree, QUEUE_COLUMNS, "review-queue")
        self.tree.installEventFilter(self)  # its own width decides which columns show
        # What a group adds to the timeline is what the queue is for: beside its title.
        header.moveSection(header.visualIndex(QueueColumn.ADDS), QueueColumn.TITLE + 1)
        header.setToolTip(
            self.tr(
                "Click a heading to sort by it (Date: the happening's; "
                "Reported: when its newest article was published)"
            )
        )

        # The selected row in words: what a group adds, a candidate's quote (a narrow pane
        # hides those columns).
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Selected row"))
        self.detail_label.setStyleSheet("color: palette(placeholder-text);")
        self.detail_label.hide()

        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(
            self.tr("Accept the selected groups or candidates (Space, Enter or A)")
        )
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.reject_button.setToolTip(
            self.tr("Reject the selected groups or candidates (Delete or R)")
        )
        self.ungroup_button = QPushButton(self.tr("&Ungroup"), self)
        self.ungroup_button.setToolTip(
            self.tr(
                "Take the selected candidate out of its group: it becomes a group of its own (U)"
            )
        )
        self.accept_new_button = QPushButton(self.tr("Accept All"), self)
        self.accept_new_button.setToolTip(self.tr("Accept every undecided group"))
        self.reject_rest_button = QPushButton(self.tr("Reject All"), self)
        self.reject_rest_button.setToolTip(self.tr("Reject every undecided group"))
        # Two rows of buttons, so the pane fits a narrow dock beside the timeline.
        decide = two_rows(
            (self.accept_button, self.reject_button, self.ungroup_button),
            (self.accept_new_button, self.reject_rest_button),
        )

        self.article_label = QLabel(self)
        self.article_label.setWordWrap(True)
        font = self.article_label.font()
        font.setBold(True)
        self.article_label.setFont(font)
        self.article_meta = QLabel(self)
        self.article_meta.setWordWrap(True)
        self.article_meta.setStyleSheet("color: palette(placeholder-text);")
        plain_labels(self.summary_label, self.article_label, self.article_meta, self.detail_label)
        self.view = ArticleView(self)
        article_side = QWidget(self)
        article_layout = QVBoxLayout(article_side)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(2)
        article_layout.addWidget(self.article_label)
        article_layout.addWidget(self.article_meta)
        article_layout.addWidget(self.view, 1)

        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.tree, 1)
        list_layout.addWidget(self.detail_label)
        list_layout.addLayout(decide)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(article_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.close_button = QPushButton(self.tr("Close Queue"), self)
        self.close_button.setToolTip(
            self.tr("Leave every waiting article; events not added are dropped")
        )
        self.add_button = QPushButton(self.tr("Add to Timeline"), self)
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add to timeline"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        # Readings and timeline edits come in bursts: regroup once, after them.
        self._regroup_timer = QTimer(self)
        self._regroup_timer.setSingleShot(True)
        self._regroup_timer.setInterval(0)

    def _connect(self) -> None:
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.ungroup_button.clicked.connect(self.ungroup_selected)
        self.accept_new_button.clicked.connect(self.accept_all)
        self.reject_rest_button.clicked.connect(self.reject_all)
        self.add_button.clicked.connect(self.add_to_timeline)
        self.close_button.clicked.connect(self.closeRequested)
        self.tree.acceptPressed.connect(self.accept_selected)
        self.tree.rejectPressed.connect(self.reject_selected)
        self.tree.ungroupPressed.connect(self.ungroup_selected)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.view.evidenceClicked.connect(lambda event_id: self.select(("candidate", event_id)))
        self._regroup_timer.timeout.connect(self._regroup_in_worker)
        self._timeline.ready.connect(self._schedule)
        for signal in (
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.modelReset,
            self._model.dataChanged,
            self._model.sourcesChanged,
        ):
            signal.connect(self._schedule)

    # --- what is shown -------------------------------------------------------------------------

    def set_queue(self, queued: Sequence[QueuedArticle], reading: int = 0) -> None:
        """The waiting articles, in the order they came, with the candidates read so far
        (``reading`` of them are still being read)."""
        self._queued = list(queued)
        self._reading = reading
        ids = {e.id for item in self._queued for e in item.events}
        self._decisions = {k: v for k, v in self._decisions.items() if k in ids}
        self._apart &= ids
        self._schedule()

    def queued(self) -> list[QueuedArticle]:
        return list(self._queued)

    def _schedule(self, *_args) -> None:
        self._asked += 1
        self._stale = True
        if not self.isVisible():
            return  # regrouped when shown
        # Gathering takes a good part of a second for a few dozen articles: while readings
        # keep arriving, at most once in a while (a pending regroup is not put off again).
        interval = _REGROUP_WHILE_READING_MS if self._reading else 0
        if not self._regroup_timer.isActive() or interval < self._regroup_timer.interval():
            self._regroup_timer.start(interval)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._regroup_timer.start(0)

    @property
    def timeline_index(self) -> KeptTimelineIndex:
        return self._timeline

    def groups_pending(self) -> bool:
        """Whether the groups shown may not be those of the queue and timeline now."""
        return self._stale or self._regroup_timer.isActive() or self._grouping is not None

    def _drop_grouping(self) -> None:
        if self._grouping is not None:
            self._grouping.cancel()
            self._grouping = None

    def _regroup_in_worker(self) -> None:
        """Gather the candidates again on the job runner (a reading came, the timeline
        changed): ``groupsShown`` follows."""
        self._regroup_timer.stop()
        self._drop_grouping()
        if not self._queued:
            self.regroup()  # nothing to gather
            return
        index = self._timeline.index()
        if index is None:
            return  # being built: ``ready`` asks again
        self._stale = False
        asked = (self._asked, self._timeline.revision)
        queued, apart = list(self._queued), set(self._apart)
        articles = dict(self._model.document.sources)
        grades = Settings().outlet_reliability
        self._grouping = job = self._jobs.submit(
            lambda _report: group_queue(queued, index, articles, apart=apart, reliability=grades),
            lane="review plan",
            on_result=lambda groups: self._grouped(job, asked, groups),
            on_error=lambda error: self._grouping_failed(job, asked, error),
            owner=self,
            name="review queue",
        )

    def _current(self, job: Job, asked: tuple[int, int]) -> bool:
        return job is self._grouping and asked == (self._asked, self._timeline.revision)

    def _grouped(self, job: Job, asked: tuple[int, int], groups: list[Group]) -> None:
        if not self._current(job, asked):
            return
        self._grouping = None
        self._show_groups(groups)

    def _grouping_failed(self, job: Job, asked: tuple[int, int], error: Exception) -> None:
        if self._current(job, asked):
            self._grouping = None
            raise error
        # Else the timeline changed under the worker while it read the index: dropped.

    def regroup(self) -> None:
        """Gather the candidates again now, in the GUI thread (an ungrouping, Add to Timeline:
        they act on the groups of now), over the kept index when it is built."""
        self._regroup_timer.stop()
        self._drop_grouping()
        self._stale = False
        index = self._timeline.index() if self._queued else None
        groups = group_queue(
            self._queued,
            index if index is not None else self._model.events(),
            self._model.document.sources,
            apart=self._apart,
            reliability=Settings().outlet_reliability,
        )
        self._show_groups(groups)

    def _show_groups(self, groups: list[Group]) -> None:
        """Show these groups, keeping the selection, the current row and which groups are
        folded."""
        current = self.tree.currentIndex().data(KEY_ROLE)
        selected = [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows()]
        first_members = {g.key: [m.event.id for m in g.members] for g in self.groups.groups()}
        # A group folded while it had one candidate opens when a second article joins it.
        compared = {g.key for g in self.groups.groups() if len(g.members) > 1 or g.joins}
        folded = {
            self.sorted_groups.index(row, 0).data(KEY_ROLE)
            for row in range(self.sorted_groups.rowCount())
            if not self.tree.isExpanded(self.sorted_groups.index(row, 0))
        }
        self.tree.selectionModel().blockSignals(True)
        self.groups.set_groups(groups, self._decisions)
        for row in range(self.sorted_groups.rowCount()):
            index = self.sorted_groups.index(row, 0)
            key = index.data(KEY_ROLE)
            if key[1] in compared:
                self.tree.setExpanded(index, key not in folded)
            else:  # a group opens when it has something to compare: several sources
                group = self.groups.group(key[1])
                self.tree.setExpanded(
                    index, group is not None and (len(group.members) > 1 or bool(group.joins))
                )
        self.tree.selectionModel().blockSignals(False)
        self._restore(current, selected, first_members)
        self._update_summary()
        self.groupsShown.emit()

    def _restore(self, current, selected, first_members: Mapping[str, list[str]]) -> None:
        def found(key) -> QModelIndex:
            index = self.groups.index_of(tuple(key)) if key else QModelIndex()
            if not index.isValid() and key and key[0] == "group":
                # The group changed its key (its first candidate left): find it by its members.
                for member in first_members.get(key[1], []):
                    group = self.groups.group_of(member)
                    if group is not None:
                        index = self.groups.index_of(("group", group.key))
                        break
            return self.sorted_groups.mapFromSource(index)

        model = self.tree.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        model.clearSelection()
        target = found(current)
        if target.isValid():
            model.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
        for key in selected:
            index = found(key)
            if index.isValid():
                model.select(index, flags)
        if not selected and target.isValid():
            model.select(target, flags)
        if not target.isValid() and self.sorted_groups.rowCount():
            # Something to act on from the first key press, and its article beside the list.
            model.setCurrentIndex(
                self.sorted_groups.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selection_changed()

    def _update_summary(self) -> None:
        groups = self.groups.groups()
        articles = len(self._queued)
        if not articles:
            text = ""
        else:
            parts = [
                plural(len(groups), self.tr("{n} happening"), self.tr("{n} happenings"))
                + " "
                + plural(articles, self.tr("from {n} article"), self.tr("from {n} articles"))
            ]
            if self._reading:
                parts.append(
                    plural(
                        self._reading,
                        self.tr("{n} still being read"),
                        self.tr("{n} still being read"),
                    )
                )
            several = sum(1 for g in groups if len(g.article_ids) > 1)
            joining = sum(1 for g in groups if g.joins is not None and g.pending_ids)
            if several:
                parts.append(
                    plural(
                        several,
                        self.tr("{n} told by several articles"),
                        self.tr("{n} told by several articles"),
                    )
                )
            if joining:
                parts.append(
                    plural(
                        joining,
                        self.tr("{n} adds to the timeline's events"),
                        self.tr("{n} add to the timeline's events"),
                    )
                )
            parts.extend(self._decision_counts(groups))
            text = " · ".join(parts)
        self.summary_label.setText(text)
        self.summary_label.setToolTip(tooltip(text))
        addition = self._addition()
        count = len(addition.added) + len(addition.updated)
        self.add_button.setText(
            plural(
                count, self.tr("Add {n} Event to Timeline"), self.tr("Add {n} Events to Timeline")
            )
            if count
            else self.tr("Add to Timeline")
        )
        self.add_button.setEnabled(bool(addition))
        undecided = any(self.groups.group_state(g) == "pending" for g in groups)
        self.accept_new_button.setEnabled(undecided)
        self.reject_rest_button.setEnabled(undecided)
        self._selection_changed()

    def _decision_counts(self, groups) -> list[str]:
        """What the user did with the candidates, each counted once: a mention a timeline
        event already holds was never decided here, so it is neither accepted nor pending
        (a decision stays recorded after Add to Timeline, when its mention joins the
        timeline)."""
        counts = dict.fromkeys(ReviewState, 0)
        on_timeline = 0
        for group in groups:
            for member in group.members:
                if member.on_timeline:
                    on_timeline += 1
                else:
                    counts[self.groups.state_of(member.event.id)] += 1
        named = (
            (counts[ReviewState.ACCEPTED], self.tr("{n} accepted")),
            (counts[ReviewState.REJECTED], self.tr("{n} rejected")),
            (counts[ReviewState.PENDING], self.tr("{n} pending")),
            (on_timeline, self.tr("{n} already on the timeline")),
        )
        return [text.format(n=n) for n, text in named if n]

    # --- selection -----------------------------------------------------------------------------

    def selected_keys(self) -> list[tuple[str, str]]:
        return [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows()]

    def select(self, key: tuple[str, str]) -> bool:
        index = self.sorted_groups.mapFromSource(self.groups.index_of(key))
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        return True

    def _selected_ids(self) -> list[str]:
        """The candidates the selection is about (a group stands for its undecided ones)."""
        ids: dict[str, None] = {}
        for kind, name in self.selected_keys():
            if kind == "group":
                group = self.groups.group(name)
                ids.update(dict.fromkeys(group.pending_ids if group else []))
            else:
                member = self.groups.member(name)
                if member is not None and not member.on_timeline:
                    ids[name] = None
        return list(ids)

    def _ungroupable(self) -> list[str]:
        ids = []
        for kind, name in self.selected_keys():
            if kind != "candidate":
                continue
            group = self.groups.group_of(name)
            member = self.groups.member(name)
            if group is None or member is None or member.on_timeline or group.set_apart:
                continue
            if len(group.members) > 1 or group.joins is not None:
                ids.append(name)
        return ids

    def _selection_changed(self, *_args) -> None:
        ids = self._selected_ids()
        self.accept_button.setEnabled(bool(ids))
        self.reject_button.setEnabled(bool(ids))
        self.ungroup_button.setEnabled(bool(self._ungroupable()))
        keys = self.selected_keys()
        text = self._describe(keys[0]) if len(keys) == 1 else ""
        self.detail_label.setText(text)
        self.detail_label.setVisible(bool(text))
        self.proposalPicked.emit()

    def picked_proposal(self) -> tuple[Event, Article] | None:
        """The candidate of the one row selected (a group's first), with its article."""
        keys = self.selected_keys()
        if len(keys) != 1:
            return None
        kind, name = keys[0]
        if kind == "group":
            group = self.groups.group(name)
            member = group.members[0] if group and group.members else None
        else:
            member = self.groups.member(name)
        if member is None or (
            member.on_timeline and self._model.event_by_id(member.event.id) is None
        ):
            return None  # a mention a timeline event holds is no proposal any more
        return member.event, member.article

    def _describe(self, key: tuple[str, str]) -> str:
        kind, name = key
        if kind == "group":
            group = self.groups.group(name)
            if group is None:
                return ""
            index = self.groups.index_of(key)
            adds = self.groups.index(index.row(), QueueColumn.ADDS).data()
            sources = self.groups.index(index.row(), QueueColumn.SOURCES).data()
            return f"{group.title} — {sources}: {adds}"
        member = self.groups.member(name)
        if member is None or member.source is None:
            return ""
        return self.tr("{outlet}, {date}: “{quote}”").format(
            outlet=outlet_name(member),
            date=self.groups.index_of(key).siblingAtColumn(QueueColumn.DATE).data(),
            quote=" ".join(member.source.evidence.split()),
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if not key:
            return
        kind, name = key
        if kind == "group":
            group = self.groups.group(name)
            member = group.members[0] if group else None
        else:
            member = self.groups.member(name)
        if member is not None:
            self.show_candidate(member.article, member.event)

    def show_candidate(self, article: Article, event: Event) -> None:
        """Show the candidate's article with its evidence marked (all its candidates too)."""
        shown = self.view.article()
        if shown is None or shown.id != article.id:
            item = next((q for q in self._queued if q.article.id == article.id), None)
            self.view.set_article(article, list(item.events) if item else [event])
            self.article_label.setText(article.title)
            meta = [article.publisher]
            if article.published:
                meta.append(f"{article.published.day} {article.published:%b %Y}")
            if article.url:
                meta.append(article.url)
            self.article_meta.setText(" · ".join(filter(None, meta)))
        if self.view.focused_event() != event.id:
            self.view.show_evidence(event)

    # --- deciding ------------------------------------------------------------------------------

    def decisions(self) -> dict[str, ReviewState]:
        return dict(self._decisions)

    def accept_selected(self) -> int:
        return self.decide(self._selected_ids(), ReviewState.ACCEPTED)

    def reject_selected(self) -> int:
        return self.decide(self._selected_ids(), ReviewState.REJECTED)

    def accept_all(self) -> int:
        """Accept every group nothing was decided in (a reject stays a reject)."""
        ids = [
            i
            for g in self.groups.groups()
            if self.groups.group_state(g) == "pending"
            for i in g.pending_ids
        ]
        return self.decide(ids, ReviewState.ACCEPTED)

    def reject_all(self) -> int:
        """Reject every group nothing was decided in (an accept stays an accept)."""
        ids = [
            i
            for g in self.groups.groups()
            if self.groups.group_state(g) == "pending"
            for i in g.pending_ids
        ]
        return self.decide(ids, ReviewState.REJECTED)

    def decide(self, ids: Sequence[str], state: ReviewState) -> int:
        """Record a decision as one undo step; how many candidates it changes."""
        changing = [i for i in dict.fromkeys(ids) if self.groups.state_of(i) is not state]
        if not changing:
            return 0
        member = self.groups.member(changing[0])
        title = member.event.title if member else ""
        self._stack.push(QueueDecisionCommand(self, changing, state, title))
        return len(changing)

    def ungroup_selected(self) -> int:
        ids = self._ungroupable()
        if ids:
            member = self.groups.member(ids[0])
            self._stack.push(QueueApartCommand(self, ids, member.event.title if member else ""))
        return len(ids)

    # the undo commands' side (review_commands.QueueChoices)

    def knows(self, ids: Iterable[str]) -> bool:
        queued = {e.id for item in self._queued for e in item.events}
        return any(i in queued for i in ids)

    def decisions_of(self, ids: Iterable[str]) -> dict[str, ReviewState]:
        return {i: self.groups.state_of(i) for i in ids}

    def set_decisions(self, decisions: Mapping[str, ReviewState]) -> None:
        self.adopt_decisions(decisions)
        self.decisionsChanged.emit(dict(decisions))

    def adopt_decisions(self, decisions: Mapping[str, ReviewState]) -> None:
        """Take decisions made elsewhere (the one-article review) for candidates queued here;
        no undo step, no ``decisionsChanged``: they are that review's steps."""
        queued = {e.id for item in self._queued for e in item.events}
        changed = False
        for event_id, state in decisions.items():
            if event_id not in queued or self.groups.state_of(event_id) is state:
                continue
            changed = True
            if state is ReviewState.PENDING:
                self._decisions.pop(event_id, None)
            else:
                self._decisions[event_id] = state
        if changed:
            self.groups.refresh_decisions(self._decisions)
            self._update_summary()

    def set_apart(self, ids: Iterable[str], apart: bool) -> None:
        ids = list(ids)
        self._asked += 1
        if apart:
            self._apart.update(ids)
        else:
            self._apart.difference_update(ids)
        self.regroup()
        if ids:
            self.select(("candidate", ids[0]))

    # --- adding --------------------------------------------------------------------------------

    def _addition(self):
        accepted = {i for i, s in self._decisions.items() if s is ReviewState.ACCEPTED}
        return queue_addition(
            self.groups.groups(),
            accepted,
            self._model.document.sources,
            Settings().outlet_reliability,
        )

    def add_to_timeline(self) -> list[str]:
        """One undo step for every accepted group: new events, sources added to the events
        they join, and the articles they come from."""
        if self.groups_pending():
            self.regroup()  # what is added is what the groups of now say
        addition = self._addition()
        if not addition:
            return []
        parts = []
        if addition.added:
            parts.append(plural(len(addition.added), self.tr("{n} event"), self.tr("{n} events")))
        if addition.sources_joined:
            parts.append(
                plural(addition.sources_joined, self.tr("{n} source"), self.tr("{n} sources"))
            )
        articles = plural(len(addition.articles), self.tr("{n} article"), self.tr("{n} articles"))
        text = self.tr("Add {what} from {articles}").format(
            what=self.tr(" and ").join(parts), articles=articles
        )
        edit = Edits(
            (
                *map(AttachArticle, addition.articles),
                *map(ReplaceEvent, addition.updated),
                InsertEvents(tuple(addition.added)),
            )
        )
        self._stack.push(DocumentEditCommand(self._model, edit, text))
        self.regroup()
        ids = [e.id for e in addition.added] + [e.id for e in addition.updated]
        self.eventsAdded.emit(ids)
        return ids

    # --- layout --------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow tree keeps the columns that decide; the evidence is in the tooltips and
        marked in the article beside the tree, the outlet in the Sources column."""
        width = self.tree.width()
        self.tree.setColumnHidden(QueueColumn.EVIDENCE, width < 1400)
        self.tree.setColumnHidden(QueueColumn.ATTRIBUTION, width < 1300)
        self.tree.setColumnHidden(QueueColumn.REPORTED, width < 860)
        self.tree.setColumnHidden(QueueColumn.SOURCES, width < 760)
        self.tree.setColumnHidden(QueueColumn.ADDS, width < 600)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = self.width() >= _WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
