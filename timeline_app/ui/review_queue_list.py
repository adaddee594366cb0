"""The review queue as a tree model: one row per happening (``core.review_queue.Group``),
under it one row per article's candidate, each with the user's decision.

A group's decision is its candidates': all accepted, all rejected, some of each, or on the
timeline already. Every column sorts through ``SORT_ROLE`` (a happening's date, when the news
came, or the text), so the view's header sorts groups newest first by either.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from urllib.parse import urlsplit

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from timeline_app.core.date_display import format_when
from timeline_app.core.review import ReviewState
from timeline_app.core.review_queue import Group, Member, arrival_of
from timeline_app.ui.event_table import plural
from timeline_app.ui.plain_text import tooltip

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("group", key) or ("candidate", event id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_CONFLICT = QColor("#a34a00")
_ACCEPTED = QColor("#2e7d32")


class QueueColumn(IntEnum):
    DECISION = 0
    DATE = 1
    TITLE = 2
    SOURCES = 3
    ADDS = 4
    ATTRIBUTION = 5
    EVIDENCE = 6
    REPORTED = 7


def _day(date) -> str:
    return f"{date.day} {date:%b %Y}" if date else ""


def outlet_name(member: Member) -> str:
    article = member.article
    if article.publisher:
        return article.publisher
    host = urlsplit(article.url).hostname or ""
    return host.removeprefix("www.") or article.title


class QueueModel(QStandardItemModel):
    """Groups and their candidates; ``decider`` takes the user's check-box clicks (through
    the undo stack)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(QueueColumn), parent)
        self.decider: Callable[[list[str], ReviewState], object] | None = None
        self._groups: list[Group] = []
        self._by_key: dict[str, Group] = {}
        self._by_member: dict[str, tuple[Group, Member]] = {}
        self._decisions: Mapping[str, ReviewState] = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("Happening"),
                self.tr("Sources"),
                self.tr("Adds to the timeline"),
                self.tr("Attribution"),
                self.tr("Evidence"),
                self.tr("Reported"),
            ]
        )
        self.setSortRole(SORT_ROLE)

    # --- reading -------------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        return list(self._groups)

    def group(self, key: str) -> Group | None:
        return self._by_key.get(key)

    def group_of(self, event_id: str) -> Group | None:
        found = self._by_member.get(event_id)
        return found[0] if found else None

    def member(self, event_id: str) -> Member | None:
        found = self._by_member.get(event_id)
        return found[1] if found else None

    def state_of(self, event_id: str) -> ReviewState:
        return self._decisions.get(event_id, ReviewState.PENDING)

    def group_state(self, group: Group) -> str:
        """ "pending", "accepted", "rejected", "partly" or "on timeline"."""
        pending = group.pending_ids
        if not pending:
            return "on timeline"
        states = {self.state_of(i) for i in pending}
        if len(states) > 1:
            return "partly"
        return next(iter(states)).value

    def index_of(self, key: tuple[str, str]) -> QModelIndex:
        kind, name = key
        for row in range(self.rowCount()):
            group_index = self.index(row, 0)
            if kind == "group" and group_index.data(KEY_ROLE) == key:
                return group_index
            if kind == "candidate":
                for child in range(self.rowCount(group_index)):
                    index = self.index(child, 0, group_index)
                    if index.data(KEY_ROLE) == key:
                        return index
        return QModelIndex()

    # --- changing ------------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[Group], decisions: Mapping[str, ReviewState]) -> None:
        self._groups = list(groups)
        self._by_key = {g.key: g for g in self._groups}
        self._by_member = {m.event.id: (g, m) for g in self._groups for m in g.members}
        self._decisions = decisions
        self.removeRows(0, self.rowCount())
        for group in groups:
            row = self._group_row(group)
            for member in group.members:
                row[0].appendRow(self._member_row(group, member))
            self.appendRow(row)

    def refresh_decisions(self, decisions: Mapping[str, ReviewState]) -> None:
        """Show new decisions without rebuilding the rows (the selection stays put)."""
        self._decisions = decisions
        for row in range(self.rowCount()):
            group_item = self.item(row, 0)
            group = self.group(group_item.data(KEY_ROLE)[1])
            if group is None:
                continue
            self._style(self._items_of(group_item, None), group, None)
            for child in range(group_item.rowCount()):
                member = group.members[child]
                items = [group_item.child(child, c) for c in QueueColumn]
                self._style(items, group, member)

    def _items_of(self, first: QStandardItem, _parent) -> list[QStandardItem]:
        row = first.row()
        return [self.item(row, c) for c in QueueColumn]

    # --- rows ----------------------------------------------------------------------------------

    def _group_row(self, group: Group) -> list[QStandardItem]:
        readings = list(dict.fromkeys(format_when(m.reading) for m in group.members))
        date = format_when(group.when)
        if group.disagreement and len(readings) > 1:
            date = " / ".join(dict.fromkeys([date, *readings]))
        articles = len(group.article_ids)
        sources = plural(articles, self.tr("{n} article"), self.tr("{n} articles"))
        if articles > 1 or group.joins is not None:
            sources = self.tr("{articles} · {n} independent").format(
                articles=sources, n=group.independent
            )
        adds = self._group_note(group)
        arrived = group.arrived
        texts = {
            QueueColumn.DECISION: "",
            QueueColumn.DATE: date,
            QueueColumn.TITLE: group.title,
            QueueColumn.SOURCES: sources,
            QueueColumn.ADDS: adds,
            QueueColumn.ATTRIBUTION: "",
            QueueColumn.EVIDENCE: "",
            QueueColumn.REPORTED: _day(arrived),
        }
        tips = {
            QueueColumn.DATE: group.disagreement or group.when.describe(),
            QueueColumn.TITLE: group.title,
            QueueColumn.SOURCES: self.tr(
                "{n} independent sources once added, counting the timeline event's own and "
                "copies of one story once"
            ).format(n=group.independent),
            QueueColumn.ADDS: "\n".join(filter(None, [adds, group.preview.confidence_note])),
        }
        sort = {
            QueueColumn.DATE: group.happened,
            QueueColumn.REPORTED: float(arrived.toordinal()) if arrived else 0.0,
            QueueColumn.SOURCES: float(articles),
        }
        items = self._items(("group", group.key), texts, tips, sort)
        bold = QFont()
        bold.setBold(True)
        items[QueueColumn.TITLE].setFont(bold)
        if group.disagreement:
            items[QueueColumn.DATE].setForeground(_CONFLICT)
        self._style(items, group, None)
        return items

    def _group_note(self, group: Group) -> str:
        if group.note == "new":
            note = self.tr("set apart by you") if group.set_apart else self.tr("new")
        elif group.note == "on the timeline":
            note = self.tr("on the timeline")
        else:
            note = group.note
        if group.disagreement:
            note = f"{note} · {group.disagreement}"
        return note

    def _member_row(self, group: Group, member: Member) -> list[QStandardItem]:
        event = member.event
        source = member.source
        attribution = event.attribution.value
        if source is not None and source.attributed_to:
            attribution = f"{attribution} ({source.attributed_to})"
        arrived = arrival_of(member.article)
        note = ""
        if member.on_timeline:
            note = self.tr("on the timeline")
        elif group.set_apart:
            note = self.tr("set apart by you")
        elif member.article.copy_of:
            note = self.tr("a copy of another article's story")
        evidence = source.evidence if source is not None else ""
        texts = {
            QueueColumn.DECISION: "",
            QueueColumn.DATE: format_when(member.reading),
            QueueColumn.TITLE: event.title,
            QueueColumn.SOURCES: outlet_name(member),
            QueueColumn.ADDS: note,
            QueueColumn.ATTRIBUTION: attribution,
            QueueColumn.EVIDENCE: " ".join(evidence.split()),
            QueueColumn.REPORTED: _day(arrived),
        }
        phrase = source.date_text if source is not None else ""
        when = member.reading.describe()
        tips = {
            QueueColumn.DATE: self.tr("{date}, from “{phrase}”").format(date=when, phrase=phrase)
            if phrase
            else when,
            QueueColumn.TITLE: f"{event.title}\n\n{evidence}" if evidence else event.title,
            QueueColumn.SOURCES: member.article.title,
            QueueColumn.EVIDENCE: evidence,
        }
        sort = {
            QueueColumn.DATE: member.reading.start_ordinal,
            QueueColumn.REPORTED: float(arrived.toordinal()) if arrived else 0.0,
        }
        items = self._items(("candidate", event.id), texts, tips, sort)
        self._style(items, group, member)
        return items

    def _items(
        self,
        key: tuple[str, str],
        texts: Mapping[QueueColumn, str],
        tips: Mapping[QueueColumn, str],
        sort: Mapping[QueueColumn, float],
    ) -> list[QStandardItem]:
        items = []
        for column in QueueColumn:
            item = QStandardItem(texts[column])
            item.setEditable(False)
            item.setData(key, KEY_ROLE)
            item.setData(sort.get(column, texts[column].casefold()), SORT_ROLE)
            tip = tips.get(column, texts[column])
            if tip:
                item.setToolTip(tooltip(tip))
            items.append(item)
        return items

    def _style(self, items: list[QStandardItem], group: Group, member: Member | None) -> None:
        decision = items[QueueColumn.DECISION]
        if member is None:
            state = self.group_state(group)
            text = {
                "pending": self.tr("Pending"),
                "accepted": self.tr("Accepted"),
                "rejected": self.tr("Rejected"),
                "on timeline": self.tr("On timeline"),
            }.get(state)
            if text is None:
                accepted = sum(self.state_of(i) is ReviewState.ACCEPTED for i in group.pending_ids)
                text = self.tr("{n} of {total} accepted").format(
                    n=accepted, total=len(group.pending_ids)
                )
            check = {
                "accepted": Qt.CheckState.Checked,
                "rejected": Qt.CheckState.Unchecked,
            }.get(state, Qt.CheckState.PartiallyChecked)
            rejected = state == "rejected"
            done = state == "on timeline"
        else:
            done = member.on_timeline
            member_state = self.state_of(member.event.id)
            text = (
                self.tr("On timeline")
                if done
                else {
                    ReviewState.PENDING: self.tr("Pending"),
                    ReviewState.ACCEPTED: self.tr("Accepted"),
                    ReviewState.REJECTED: self.tr("Rejected"),
                }[member_state]
            )
            check = {
                ReviewState.ACCEPTED: Qt.CheckState.Checked,
                ReviewState.REJECTED: Qt.CheckState.Unchecked,
                ReviewState.PENDING: Qt.CheckState.PartiallyChecked,
            }[member_state]
            rejected = member_state is ReviewState.REJECTED
            state = member_state.value
        decision.setText(text)
        decision.setCheckable(not done)
        if not done:
            decision.setData(check, Qt.ItemDataRole.CheckStateRole)
        else:
            decision.setData(None, Qt.ItemDataRole.CheckStateRole)
        placeholder = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        for column, item in enumerate(items):
            font = item.font()
            font.setStrikeOut(rejected and column == QueueColumn.TITLE)
            font.setItalic(done)
            item.setFont(font)
            if rejected or done:
                item.setForeground(placeholder)
            elif column == QueueColumn.DECISION and state == "accepted":
                item.setForeground(_ACCEPTED)
            elif column == QueueColumn.DATE and member is None and group.disagreement:
                item.setForeground(_CONFLICT)
            else:
                item.setData(None, Qt.ItemDataRole.ForegroundRole)

    # --- check boxes ---------------------------------------------------------------------------

    def setData(  # noqa: N802 - Qt override
        self,
        index: QModelIndex | QPersistentModelIndex,
        value,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self.decider is None:
            return super().setData(index, value, role)
        kind, name = index.data(KEY_ROLE)
        if kind == "group":
            group = self.group(name)
            ids = group.pending_ids if group else []
            accept = self.group_state(group) != "accepted" if group else False
        else:
            ids = [name]
            accept = self.state_of(name) is not ReviewState.ACCEPTED
        if ids:
            self.decider(ids, ReviewState.ACCEPTED if accept else ReviewState.REJECTED)
        return True
