"""An article's text with its date expressions and the evidence of its events marked.

Marks are QTextEdit extra selections over the plain text, never rebuilt HTML: the text stays
exactly the article's, so the events' character offsets point at the right words. Only the
marks near what is in view are handed to Qt, again as the view scrolls: Qt goes through every
extra selection to lay out and paint, and a 2 MB article has some 30,000 dates (a minute of a
frozen window when all were given at once). An article that long is also tagged in a worker
thread; its dates are tinted when the tagger is done. One longer than the extractor reads (a
million characters) is shown without them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from timeline_app.core.events import Article, Event
from timeline_app.core.review import source_of
from timeline_app.ui.job_runner import Job, JobRunner
from timeline_app.ui.plain_text import tooltip

if TYPE_CHECKING:
    from timeline_app.core.timex import Timex

_DATE_TINT = QColor("#4a90d9")
_FOCUS_TINT = QColor("#ffcf3f")
# Marks this many characters either side of the view are drawn too, so that a small scroll
# shows them at once.
_MARGIN = 3000
# An article this long (characters) is tagged in a worker thread rather than while it is shown.
TAG_IN_WORKER = 100_000


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``tint`` laid over ``base`` at ``amount`` opacity: soft in light and dark themes alike."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _Positions:
    """Python string offsets to QTextDocument positions.

    They differ when the text holds characters outside the BMP (two UTF-16 units in Qt) or
    carriage returns ("\\r\\n" is one line break in Qt).
    """

    def __init__(self, text: str) -> None:
        self._map: list[int] | None = None
        if "\r" in text or _ASTRAL.search(text):
            positions, position = [], 0
            for index, char in enumerate(text):
                positions.append(position)
                if char == "\r" and text[index + 1 : index + 2] == "\n":
                    continue  # Qt reads "\r\n" as one break
                position += 2 if ord(char) > 0xFFFF else 1
            positions.append(position)
            self._map = positions

    def __call__(self, offset: int) -> int:
        if self._map is None:
            return offset
        return self._map[max(0, min(offset, len(self._map) - 1))]


@dataclass(frozen=True)
class _Span:
    start: int  # document positions
    end: int
    key: str  # event id


@dataclass(frozen=True)
class _DateSpan:
    start: int  # document positions
    end: int
    timex: Timex  # its tooltip is written when asked for: a long article has thousands


class ArticleView(QPlainTextEdit):
    """Read-only article text. Dates are tinted (tooltip: the TIMEX3 value), the evidence of
    the given events underlined; ``show_evidence`` marks one event's sentence and scrolls to
    it; a click on an underlined sentence emits ``evidenceClicked(event_id)``."""

    evidenceClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Article text"))
        self.setMouseTracking(True)
        self.document().setDocumentMargin(12)
        self._article: Article | None = None
        self._dates: list[_DateSpan] = []  # in text order
        self._date_starts: list[int] = []
        self._evidence: list[_Span] = []
        self._focused: str | None = None
        self._press: QPoint | None = None
        self._positions = _Positions("")
        self._jobs: JobRunner | None = None  # made for the first long article
        self._tagging: Job | None = None
        self.setPlaceholderText(self.tr("Select an article to read it here."))
        self.verticalScrollBar().valueChanged.connect(self._refresh)

    # --- content -------------------------------------------------------------------------------

    def article(self) -> Article | None:
        return self._article

    def set_article(
        self,
        article: Article | None,
        events: Sequence[Event] = (),
        timexes: Sequence[Timex] | None = None,
    ) -> None:
        """Show an article; ``timexes`` default to the tagger's reading of it."""
        same_text = (
            article is not None and self._article is not None and article.text == self._article.text
        )
        same_dates = (
            same_text
            and timexes is None
            and article is not None
            and self._article is not None
            and article.published == self._article.published
        )
        self._article = article
        self._focused = None
        if not same_text:
            self.setPlainText(article.text if article else "")
        if article is None:
            self._cancel_tagging()
            self._set_dates([])
            self._evidence = []
        else:
            if not same_text:
                self._positions = _Positions(article.text)
            if timexes is not None:
                self._cancel_tagging()
                self._set_dates(timexes)
            elif not same_dates:  # the same text and date keep their tints (or their tagging)
                self._cancel_tagging()
                self._set_dates([])
                if len(article.text) > _longest_read():
                    pass  # no events are read from it either: a minute's tagging for nothing
                elif len(article.text) >= TAG_IN_WORKER:
                    self._tag_in_worker(article)
                else:
                    self._set_dates(_tag(article))
            self._set_evidence(events)
        self._refresh()

    def is_tagging(self) -> bool:
        """Whether a long article's dates are still being found (tests, and a busy cursor)."""
        return self._tagging is not None and self._tagging.is_active()

    def _set_dates(self, timexes: Sequence[Timex]) -> None:
        positions = self._positions
        self._dates = sorted(
            (_DateSpan(positions(t.start), positions(t.end), t) for t in timexes),
            key=lambda span: span.start,
        )
        self._date_starts = [span.start for span in self._dates]

    def _tag_in_worker(self, article: Article) -> None:
        if self._jobs is None:
            self._jobs = JobRunner(self)
        self._tagging = self._jobs.submit(
            lambda _report: _tag(article),
            lane="article-dates",
            on_result=lambda timexes: self._tagged(article, timexes),
            owner=self,
            name=f"dates of {article.title!r}",
        )

    def _tagged(self, article: Article, timexes: list[Timex]) -> None:
        self._tagging = None
        if self._article is article:
            self._set_dates(timexes)
            self._refresh()

    def _cancel_tagging(self) -> None:
        if self._tagging is not None:
            self._tagging.cancel()  # the tagger has no stops: it runs out, and is not heard of
            self._tagging = None

    def set_events(self, events: Sequence[Event]) -> None:
        """The events whose evidence is underlined (those citing this article)."""
        if self._article is not None:
            self._set_evidence(events)
            self._refresh()

    def _set_evidence(self, events: Sequence[Event]) -> None:
        spans = []
        article_id = self._article.id if self._article is not None else None
        for event in events:
            source = source_of(event, article_id) if article_id is not None else None
            if source is not None and source.start is not None and source.end is not None:
                spans.append(
                    _Span(self._positions(source.start), self._positions(source.end), event.id)
                )
        self._evidence = sorted(spans, key=lambda s: (s.start, s.end))
        if self._focused not in {s.key for s in spans}:
            self._focused = None

    def focused_event(self) -> str | None:
        return self._focused

    def show_evidence(self, event: Event | str | None) -> bool:
        """Mark one event's evidence strongly and scroll to it; False if it is not in the text."""
        event_id = event.id if isinstance(event, Event) else event
        span = next((s for s in self._evidence if s.key == event_id), None)
        if span is None and isinstance(event, Event) and self._article is not None:
            # An event not underlined (e.g. a candidate not yet added): mark it all the same.
            source = source_of(event, self._article.id)
            if source is not None and source.start is not None and source.end is not None:
                span = _Span(self._positions(source.start), self._positions(source.end), event.id)
                self._evidence.append(span)
        self._focused = span.key if span else None
        self._refresh()
        if span is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(span.end, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        cursor.setPosition(span.start)
        self.setTextCursor(cursor)
        self.centerCursor()
        return True

    def date_tooltips(self) -> list[str]:
        return [self._date_tip(span.timex) for span in self._dates]

    def _date_tip(self, timex: Timex) -> str:
        """ "Sunday: 6 September 1998 (TIMEX3 DATE 1998-09-06)"."""
        from timeline_app.core.extraction.temporal import timex_to_when

        published = self._article.published if self._article else None
        when = timex_to_when(timex.value, timex.mod, timex.text, published)
        value = f"{timex.type} {timex.value}" + (f" {timex.mod}" if timex.mod else "")
        if when is not None:
            meaning = when.describe()
        elif timex.type == "DURATION":
            # "two days" in "two days later" dates its event from the article's last date
            meaning = self.tr("a length of time")
        elif timex.type == "SET":
            meaning = self.tr("a repeated time")
        else:
            meaning = self.tr("not placed on the timeline")
        return self.tr("{text}: {meaning} (TIMEX3 {value})").format(
            text=timex.text, meaning=meaning, value=value
        )

    # --- drawing -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        selections = []
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        underline.setUnderlineColor(_mix(base, accent, 0.65))
        focus = QTextCharFormat()
        focus.setBackground(_mix(base, _FOCUS_TINT, 0.45))
        focus.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        focus.setUnderlineColor(_mix(base, QColor("#b07800"), 0.9))
        focus.setProperty(QTextFormat.Property.FullWidthSelection, False)
        date = QTextCharFormat()
        date.setBackground(_mix(base, _DATE_TINT, 0.22))
        first, last = self._shown_range()
        for span in self._evidence:
            if span.end >= first and span.start <= last or span.key == self._focused:
                selections.append(
                    self._selection(span, focus if span.key == self._focused else underline)
                )
        # Dates are short and do not overlap: those starting in the range are the ones shown.
        low = bisect.bisect_left(self._date_starts, first - 100)
        high = bisect.bisect_right(self._date_starts, last)
        for date_span in self._dates[low:high]:
            selections.append(self._selection(date_span, date))
        self.setExtraSelections(selections)

    def _shown_range(self) -> tuple[int, int]:
        """The document positions in view, and _MARGIN around them."""
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        return first - _MARGIN, last + _MARGIN

    def _selection(
        self, span: _Span | _DateSpan, char_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(span.start, last))
        cursor.setPosition(min(span.end, last), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._refresh()  # more or less of the text is in view

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()  # the tints follow a switch to a dark theme

    # --- pointing ------------------------------------------------------------------------------

    def _position_at(self, point: QPoint) -> int:
        return self.cursorForPosition(point).position()

    def evidence_at(self, position: int) -> list[str]:
        """The ids of the events whose evidence covers a document position."""
        return [s.key for s in self._evidence if s.start <= position < s.end]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return  # the user was selecting text to copy
        if press is not None and (press - point).manhattanLength() > 4:
            return
        self.click_at(self._position_at(point))

    def click_at(self, position: int) -> str | None:
        """Act as a click at a document position: emit and return the event id it picks."""
        ids = self.evidence_at(position)
        if not ids:
            return None
        # Several events can share a sentence: clicking again steps to the next one.
        chosen = ids[(ids.index(self._focused) + 1) % len(ids)] if self._focused in ids else ids[0]
        self._focused = chosen
        self._refresh()
        self.evidenceClicked.emit(chosen)
        return chosen

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            over = bool(self.evidence_at(self._position_at(event.position().toPoint())))
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
            )

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self._position_at(event.pos())
            index = bisect.bisect_right(self._date_starts, position) - 1
            span = self._dates[index] if index >= 0 else None
            if span is not None and span.start <= position < span.end:
                tip = self._date_tip(span.timex)
                QToolTip.showText(event.globalPos(), tooltip(tip), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


def _tag(article: Article) -> list[Timex]:
    # Imported here: the tagger's rules take a tenth of a second to compile, which a window
    # opening a timeline need not wait for.
    from timeline_app.core.timex import tag

    return tag(article.text, article.published)


def _longest_read() -> int:
    """The longest text the extractor reads: longer ones are shown without their dates."""
    from timeline_app.core.extraction.extractor import MAX_ARTICLE_CHARS

    return MAX_ARTICLE_CHARS
