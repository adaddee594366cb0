"""The document's articles as a table: title, publisher, publication date, number of events."""

from __future__ import annotations

from collections import Counter
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from timeline_app.core.events import Article
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.plain_text import tooltip

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


class SourceColumn(IntEnum):
    TITLE = 0
    PUBLISHER = 1
    PUBLISHED = 2
    EVENTS = 3


class SourceListModel(QAbstractTableModel):
    """Follows the event model; recounts once per burst of changes, not once per event."""

    def __init__(self, model: EventModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._articles: list[Article] = []
        self._counts: Counter[str] = Counter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            model.sourcesChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
        ):
            signal.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        articles = list(self._model.document.sources.values())
        counts: Counter[str] = Counter()
        if articles:  # a timeline of imported rows cites no article: nothing to count
            events = self._model.events()
            # Most events cite one source: counted in one pass; an article an event cites
            # twice counts once for it.
            counts.update(e.sources[0].source_id for e in events if len(e.sources) == 1)
            for event in events:
                if len(event.sources) > 1:
                    counts.update({s.source_id for s in event.sources})
            counts.pop("", None)
        if [a.id for a in articles] == [a.id for a in self._articles]:
            self._articles, self._counts = articles, counts
            if articles:  # same rows: repaint them, keep the view's selection
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(articles) - 1, len(SourceColumn) - 1)
                )
            return
        self.beginResetModel()
        self._articles, self._counts = articles, counts
        self.endResetModel()

    def article(self, row: int) -> Article:
        return self._articles[row]

    def row_of(self, article_id: str) -> int | None:
        return next((i for i, a in enumerate(self._articles) if a.id == article_id), None)

    def event_count(self, article_id: str) -> int:
        return self._counts.get(article_id, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(SourceColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SourceColumn.TITLE: self.tr("Article"),
            SourceColumn.PUBLISHER: self.tr("Publisher"),
            SourceColumn.PUBLISHED: self.tr("Published"),
            SourceColumn.EVENTS: self.tr("Events"),
        }[SourceColumn(section)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        column = SourceColumn(index.column())
        if role == ARTICLE_ID_ROLE:
            return article.id
        if role == SORT_ROLE:
            if column == SourceColumn.PUBLISHED:
                return article.published.toordinal() if article.published else 0
            if column == SourceColumn.EVENTS:
                return self.event_count(article.id)
            return self._text(article, column).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(article, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                "\n".join(p for p in (article.title, article.publisher, article.url) if p)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SourceColumn.EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, article: Article, column: SourceColumn) -> str:
        if column == SourceColumn.TITLE:
            return article.title or self.tr("(untitled)")
        if column == SourceColumn.PUBLISHER:
            return article.publisher
        if column == SourceColumn.PUBLISHED:
            day = article.published
            return f"{day.day} {day:%b %Y}" if day else self.tr("unknown")
        return str(self.event_count(article.id))
