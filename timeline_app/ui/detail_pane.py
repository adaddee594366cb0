"""Everything about the selected event: dates in words, who says so, and the sentence it is from.

Rendered as HTML in a QTextBrowser: text can be selected and copied, the article's URL
opens in the browser, and a link to a conflicting event selects that event.
"""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QUrl, Signal
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.admiralty import describe_grade
from timeline_app.core.corroboration import independent_sources, when_of
from timeline_app.core.date_display import describe_date, describe_when
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef
from timeline_app.core.happenings import dates_disagree
from timeline_app.ui.capture_record import COPY_SCHEME, capture_record_html, copy_hash
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import category_color
from timeline_app.ui.plain_text import WEB_SCHEMES, link_html, open_link

EVENT_SCHEME = "event"  # links "event:<id>" select that event
CLEAR_FILTER_LINK = "filter:clear"  # the link that shows every event again

_CSS = """
h2 { margin: 0 0 2px 0; font-size: large; }
p { margin: 4px 0; }
.when { font-size: medium; }
.muted { color: palette(placeholder-text); }
.conflict { background: %(conflict_bg)s; color: %(conflict_fg)s; }
.conflict a { color: %(conflict_link)s; }
.quote { font-style: italic; }
td.key { color: palette(placeholder-text); padding-right: 10px; white-space: nowrap; }
"""

# The conflict box keeps its amber warning look in light and dark palettes; its links get a
# colour of their own because the palette's link blue is unreadable on either amber.
_CONFLICT_LIGHT = {"conflict_bg": "#fff4e0", "conflict_fg": "#5f3a00", "conflict_link": "#8a4500"}
_CONFLICT_DARK = {"conflict_bg": "#4a3510", "conflict_fg": "#ffe2b0", "conflict_link": "#ffc861"}

# A frame only while focused: the pane has no frame of its own, so keyboard users would not
# see that it has the focus (Tab moves through its links from there).
_FOCUS_FRAME = (
    "QTextBrowser { border: 2px solid transparent; }"
    "QTextBrowser:focus { border: 2px solid palette(highlight); }"
)


def _css(palette: QPalette) -> str:
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return _CSS % (_CONFLICT_DARK if dark else _CONFLICT_LIGHT)


class DetailPane(QWidget):
    """Shows the event selected in the shared selection model."""

    eventLinkActivated = Signal(str)  # the id of an event a link points to
    editRequested = Signal(str)
    clearFilterRequested = Signal()  # the link of the "hidden by the filter" note

    def __init__(
        self, model: EventModel, selection: QItemSelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._event_id: str | None = None
        self._mask: np.ndarray | None = None  # per model row: False = hidden by the filter
        # A proposal picked in a review (not on the timeline), shown until the timeline's
        # selection changes or the review picks another.
        self._proposal: Event | None = None
        self._proposal_article: Article | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Event details"))
        self.browser.document().setDefaultStyleSheet(_css(self.palette()))
        self.browser.setStyleSheet(_FOCUS_FRAME)
        self.browser.document().setDocumentMargin(10)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change this event (F2)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 0, 8, 8)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

        self.browser.anchorClicked.connect(self._link_clicked)
        self.edit_button.clicked.connect(self._edit_clicked)
        selection.selectionChanged.connect(self._timeline_selection_changed)
        selection.currentChanged.connect(self._timeline_selection_changed)
        model.dataChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        model.rowsInserted.connect(self.refresh)
        model.sourcesChanged.connect(self.refresh)
        self.refresh()

    @property
    def event_id(self) -> str | None:
        """The id of the event shown, or None."""
        return self._event_id

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # the desktop switched light/dark
            self.browser.document().setDefaultStyleSheet(_css(self.palette()))
            self.refresh()
        super().changeEvent(event)

    @property
    def proposal(self) -> Event | None:
        """The review's proposal shown, or None when the pane shows the timeline's event."""
        return self._proposal

    def show_proposal(self, event: Event | None, article: Article | None = None) -> None:
        """Show a proposal picked in a review (``article`` is the one it comes from, not yet
        on the timeline); None goes back to the timeline's selected event."""
        self._proposal, self._proposal_article = event, article
        self.refresh()

    def _timeline_selection_changed(self, *args: object) -> None:
        self._proposal = self._proposal_article = None
        self.refresh()

    def set_match_mask(self, mask: object) -> None:
        """The filter's match per model row (None: no filter). An event the filter hides is
        still shown here (it stays selected, dimmed on the timeline), but marked as hidden:
        otherwise the pane would show, and edit, an event missing from the table."""
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self.refresh()

    def is_filtered_out(self) -> bool:
        """Whether the event shown is one the filter hides."""
        row = self._model.row_of(self._event_id) if self._event_id else None
        mask = self._mask
        return (
            row is not None
            and mask is not None
            and mask.shape == (self._model.rowCount(),)
            and not bool(mask[row])
        )

    def text(self) -> str:
        """What the pane shows, as plain text (for tests and for copying)."""
        return self.browser.toPlainText()

    def refresh(self, *args: object) -> None:
        proposal = self._proposal
        if proposal is not None:
            added = self._model.event_by_id(proposal.id)
            if added is not None:  # added from the review: the timeline's event, editable
                self._event_id = added.id
                self.browser.setHtml(self.event_html(added))
                self.edit_button.setEnabled(True)
                return
            self._event_id = None
            self.browser.setHtml(self._proposal_html() + self.event_html(proposal))
            self.edit_button.setEnabled(False)  # the review's Edit… corrects a proposal
            return
        rows = sorted(index.row() for index in self._selection.selectedRows())
        current = self._selection.currentIndex()
        row: int | None
        if current.isValid() and current.row() in rows:
            row = current.row()
        else:
            row = rows[0] if rows else None
        if row is None or row >= self._model.rowCount():
            self._event_id = None
            self.browser.setHtml(self._placeholder_html())
            self.edit_button.setEnabled(False)
            return
        event = self._model.event_at(row)
        self._event_id = event.id
        html = self.event_html(event, selected=len(rows))
        if self.is_filtered_out():
            html = self._filtered_out_html() + html
        self.browser.setHtml(html)
        self.edit_button.setEnabled(True)

    # --- HTML --------------------------------------------------------------------------

    def _style(self) -> str:
        """The date display style of the Preferences (the model keeps it)."""
        return self._model.date_style

    def _placeholder_html(self) -> str:
        return "<p class='muted' align='center'><br><br>{}</p>".format(
            escape(
                self.tr(
                    "Select an event on the timeline or in the table to see where it comes from."
                )
            )
        )

    def _proposal_html(self) -> str:
        text = escape(self.tr("Proposed by the article under review: not on the timeline yet."))
        return f"<p class='muted'><i>{text}</i></p>"

    def _filtered_out_html(self) -> str:
        text = escape(self.tr("Hidden by the filter: not in the table, dimmed on the timeline."))
        link = f"<a href='{CLEAR_FILTER_LINK}'>{escape(self.tr('Clear the filter'))}</a>"
        return (
            "<table width='100%' cellpadding='6'><tr><td class='conflict'>"
            f"<b>⚠</b> {text} {link}</td></tr></table>"
        )

    def event_html(self, event: Event, *, selected: int = 1) -> str:
        parts = []
        if selected > 1:
            parts.append(
                "<p class='muted'>{}</p>".format(
                    escape(
                        self.tr("{count} events selected; this is one of them.").format(
                            count=selected
                        )
                    )
                )
            )
        parts.append(f"<h2>{escape(event.title)}</h2>")
        when = event.when
        parts.append(
            "<p class='when'><b>{}</b> <span class='muted'>· {}</span></p>".format(
                escape(describe_when(when, self._style())),
                escape(
                    self.tr("{precision} precision").format(precision=when.start.precision.label)
                ),
            )
        )
        if event.conflicts_with or event.conflict_note:
            parts.append(self._conflict_html(event))
        if event.description:
            parts.append("<p>{}</p>".format(escape(event.description).replace("\n", "<br>")))
        parts.append(self._facts_html(event))
        if event.sources:
            parts.append(self._sources_head_html(event))
            several = len(event.sources) > 1
            blocks = [self._source_html(ref, event if several else None) for ref in event.sources]
            parts.append("\n<hr>\n".join(blocks))
        return "\n".join(parts)

    def _facts_html(self, event: Event) -> str:
        rows = []
        if event.category:
            color = category_color(event.category)
            dot = f"<span style='color:{color.name()}'>●</span> " if color is not None else ""
            rows.append((self.tr("Category"), dot + escape(event.category)))
        if event.actors:
            rows.append((self.tr("Actors"), escape(", ".join(event.actors))))
        if event.location:
            rows.append((self.tr("Location"), escape(event.location)))
        rows.append((self.tr("Origin"), escape(self._origin_text(event))))
        if event.tags:
            rows.append((self.tr("Tags"), escape(", ".join(event.tags))))
        body = "".join(
            f"<tr><td class='key'>{escape(key)}</td><td>{value}</td></tr>" for key, value in rows
        )
        return f"<table cellspacing='0' cellpadding='1'>{body}</table>"

    def _origin_text(self, event: Event) -> str:
        if event.origin is Origin.EXTRACTED:
            return self.tr("found in the article automatically — check it against the quote")
        if event.origin is Origin.IMPORTED:
            return self.tr("imported from a CSV file")
        return self.tr("entered by hand")

    def _conflict_html(self, event: Event) -> str:
        links = []
        for other_id in event.conflicts_with:
            other = self._model.event_by_id(other_id)
            if other is None and self._proposal is not None:
                links.append(escape(self.tr("another of the article's proposals")))
            elif other is None:
                links.append(escape(self.tr("an event no longer in this timeline")))
            else:
                href = f"{EVENT_SCHEME}:{escape(other_id, quote=True)}"
                links.append(
                    f"<a href='{href}'>{escape(other.title)}</a> "
                    f"({escape(describe_when(other.when, self._style()))})"
                )
        note = (
            escape(event.conflict_note)
            if event.conflict_note
            else escape(self.tr("Another event reports this differently."))
        )
        text = f"<b>⚠ {escape(self.tr('Conflict:'))}</b> {note}"
        if links:
            text += "<br>{} {}".format(escape(self.tr("Compare with")), ", ".join(links))
        return (
            f"<table width='100%' cellpadding='6'><tr><td class='conflict'>{text}</td></tr></table>"
        )

    def attribution_text(self, ref: SourceRef) -> str:
        """ "reported by CBC", "claimed by Alexander Volfovich", "stated by the article"."""
        who = ref.attributed_to
        if ref.attribution is Attribution.REPORTED:
            return (
                self.tr("reported by {who}").format(who=who)
                if who
                else self.tr("reported (the article does not say by whom)")
            )
        if ref.attribution is Attribution.CLAIMED:
            return (
                self.tr("claimed by {who}").format(who=who)
                if who
                else self.tr("claimed (the article does not say by whom)")
            )
        if ref.attribution is Attribution.DENIED:
            return self.tr("denied by {who}").format(who=who) if who else self.tr("denied")
        return (
            self.tr("stated by {who}").format(who=who)
            if who
            else self.tr("stated by the article itself")
        )

    def _sources_head_html(self, event: Event) -> str:
        """ "3 sources, 2 independent" and the event's grade with its reason."""
        articles = self._model.document.sources
        count, independent = len(event.sources), independent_sources(event, articles)
        if count == 1:
            head = self.tr("Source")
        elif independent == count:
            head = self.tr("{count} independent sources").format(count=count)
        else:
            head = self.tr("{count} sources, {independent} independent").format(
                count=count, independent=independent
            )
        parts = [f"<h3>{escape(head)}</h3>"]
        if event.confidence:
            grade = escape(describe_grade(event.confidence))
            why = escape(event.confidence_note)
            by_hand = escape(self.tr(" (set by hand)")) if event.confidence_set_by_hand else ""
            parts.append(
                f"<p><b>{escape(self.tr('Confidence:'))}</b> {grade}{by_hand}"
                + (f"<br><span class='muted'>{why}</span>" if why else "")
                + "</p>"
            )
        return "\n".join(parts)

    def _source_html(self, ref: SourceRef, event: Event | None = None) -> str:
        """One source; given the event (of several sources), with this source's own reading
        of the date, marked where it disagrees with another's."""
        article = self._article_of(ref.source_id)
        parts = [f"<p><b>{escape(_sentence_case(self.attribution_text(ref)))}</b></p>"]
        if event is not None:
            reading = when_of(ref, event)
            others = [when_of(other, event) for other in event.sources if other is not ref]
            differs = any(dates_disagree(reading, other) for other in others)
            text = self.tr("Its date: {date}").format(date=describe_when(reading, self._style()))
            css = "conflict" if differs else "muted"
            mark = "⚠ " if differs else ""
            parts.append(f"<p class='{css}'>{mark}{escape(text)}</p>")
        if ref.evidence:
            parts.append(f"<blockquote class='quote'>“{escape(ref.evidence)}”</blockquote>")
        if ref.date_text:
            parts.append(
                "<p class='muted'>{} “{}”</p>".format(
                    escape(self.tr("Date as written:")), escape(ref.date_text)
                )
            )
        if article is not None:
            bits = [f"<i>{escape(article.title)}</i>" if article.title else ""]
            if article.publisher:
                bits.append(escape(article.publisher))
            if article.published:
                bits.append(escape(describe_date(FuzzyDate.of(article.published), self._style())))
            else:
                bits.append(escape(self.tr("publication date unknown")))
            line = ", ".join(b for b in bits if b)
            if article.url and not article.sha256:  # a capture's record shows its addresses
                line += f"<br>{link_html(article.url)}"  # a link only to a web page
            parts.append(f"<p>{escape(self.tr('From'))} {line}</p>")
            if article.copy_of:
                original = self._model.article(article.copy_of)
                name = (original.publisher or original.title) if original else article.copy_of
                parts.append(
                    "<p class='muted'>{}</p>".format(
                        escape(
                            self.tr("A copy of the story from {name}: counted once").format(
                                name=name
                            )
                        )
                    )
                )
            parts.append(capture_record_html(article, self._model.document.sources))
        elif ref.name:
            parts.append("<p>{} {}</p>".format(escape(self.tr("From")), escape(ref.name)))
        return "\n".join(parts)

    def _article_of(self, source_id: str) -> Article | None:
        if not source_id:
            return None
        under_review = self._proposal_article
        if under_review is not None and under_review.id == source_id:
            return under_review
        return self._model.article(source_id)

    # --- links -------------------------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        if url.toString() == CLEAR_FILTER_LINK:
            self.clearFilterRequested.emit()
        elif url.scheme() == EVENT_SCHEME:
            self.eventLinkActivated.emit(url.path())
        elif url.scheme() == COPY_SCHEME:
            if copy_hash(url.path()):
                QToolTip.showText(QCursor.pos(), self.tr("SHA-256 copied"), self.browser)
        else:
            open_link(url, (*WEB_SCHEMES, "mailto"))

    def _edit_clicked(self) -> None:
        if self._event_id is not None:
            self.editRequested.emit(self._event_id)

    def select_event(self, event_id: str) -> None:
        """Make ``event_id`` the one selected event (for links to conflicting events)."""
        row = self._model.row_of(event_id)
        if row is None:
            return
        index: QModelIndex = self._model.index(row, 0)
        self._selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def _sentence_case(text: str) -> str:
    """The first letter upper case, the rest untouched ("reported by CBC" stays CBC)."""
    return text[:1].upper() + text[1:]
