"""Getting articles into the workspace: from files, dropped files and the clipboard.

Articles are captured by ``core.source_intake`` (read by ``core.article_reading``, their
bytes kept in an evidence store with their custody record, as every source is); a
publication date they do not give whole is asked for here, once, with what they suggest
(``ask_publication_date``). ``ArticleWorkspace.import_article_files`` is the way in for the
main window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import overload

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_head import FoundDate, publication_date_in_text
from timeline_app.core.article_reading import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES  # the window's
from timeline_app.core.article_reading import (
    ArticleReading,
    read_pasted_text,
)
from timeline_app.core.date_reader import read_date
from timeline_app.core.dates import DateError, Precision
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceStore
from timeline_app.core.source_intake import Intake, take_in_article_files, take_in_pasted
from timeline_app.ui.event_editor import DateField
from timeline_app.ui.message_boxes import message_box
from timeline_app.ui.settings import ASK, ASSUME_TODAY, Settings


def article_from_clipboard_text(text: str) -> Article:
    """A pasted article: the whole text, its headline (else its first line) as the title, and
    the date its dateline or "Published" line gives."""
    return read_pasted_text(text).article


def paste_reading(parent: QWidget | None = None) -> ArticleReading | None:
    """The article on the clipboard (None, after saying why, when there is none)."""
    try:
        return read_pasted_text(QApplication.clipboard().text())
    except ArticleError:
        _say_clipboard_empty(parent)
        return None


def capture_pasted(
    parent: QWidget | None, store: EvidenceStore, held: dict[str, Article]
) -> Intake | None:
    """The article on the clipboard, captured into ``store`` unless ``held`` has it (None,
    after saying why, when there is none or it cannot be kept)."""
    try:
        intake = take_in_pasted(QApplication.clipboard().text(), store, held)
    except ArticleError:
        _say_clipboard_empty(parent)
        return None
    if intake.problems:
        tr = QApplication.translate
        message_box(
            parent,
            QMessageBox.Icon.Warning,
            tr("ArticleImport", "Paste Article"),
            tr("ArticleImport", "The pasted article could not be kept as it was captured."),
            informative="\n".join(intake.problems),
        ).exec()
        return None
    return intake


def _say_clipboard_empty(parent: QWidget | None) -> None:
    QMessageBox.information(  # its own words only: nothing from a file
        parent,
        QApplication.translate("ArticleImport", "Paste Article"),
        QApplication.translate("ArticleImport", "Copy the text of a news article first."),
    )


def paste_article(parent: QWidget | None = None) -> Article | None:
    reading = paste_reading(parent)
    return None if reading is None else reading.article


class ArticleDateDialog(QDialog):
    """Asks when an article appeared. What the article suggests (a day whose year was
    assumed) is filled in with where it came from; when it suggests nothing the field is
    empty: today is never assumed without the user choosing it."""

    def __init__(
        self,
        title: str,
        found: FoundDate | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or Settings()
        self._date: dt.date | None = None
        self.setWindowTitle(self.tr("Publication Date"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "<b>When was “{title}” published?</b><br>Phrases such as “on Monday” or "
                "“last week” are dated from the day the article appeared."
            ).format(title=_escape(title)),
            self,
        )
        intro.setWordWrap(True)
        self.origin_label = QLabel(self)
        self.origin_label.setWordWrap(True)
        self.origin_label.setAccessibleName(self.tr("Where the date came from"))
        self.origin_label.setText(
            self.tr("The date comes {explanation}. <b>Check the year before you go on.</b>").format(
                explanation=_escape(found.explanation())
            )
            if found is not None and found.year_assumed
            else self.tr("The date comes {explanation}.").format(
                explanation=_escape(found.explanation())
            )
            if found is not None
            else self.tr("The article does not say when it appeared.")
        )
        self.date_field = DateField(self.tr("e.g. 18 January 2022"), self)
        self.date_field.edit.setAccessibleName(self.tr("Publication date"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setToolTip(self.tr("Fill in today's date"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.skip_button = QPushButton(self.tr("Date Unknown"), self)
        self.skip_button.setToolTip(
            self.tr("Read the article without it: relative dates such as “last week” are left out")
        )
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.today_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.date_field)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip_button.clicked.connect(self._skip)
        self.today_button.clicked.connect(lambda: self._fill(dt.date.today()))
        self.date_field.textChanged.connect(self._validate)
        if found is not None:
            self._fill(found.date)
        self._validate()

    def published(self) -> dt.date | None:
        """The date typed, or None when the user chose "Date Unknown"."""
        return self._date

    def _fill(self, date: dt.date) -> None:
        self.date_field.setText(f"{date.day} {date:%B %Y}")
        self.date_field.edit.selectAll()
        self.date_field.setFocus()

    def _skip(self) -> None:
        self.date_field.setText("")
        self._date = None
        self.accept()

    def _validate(self) -> None:
        self._date = None
        text = self.date_field.text().strip()
        if not text:
            self.date_field.show_hint(self.tr("Type the date the article appeared"))
        else:
            try:
                date = read_date(text, dayfirst=self._settings.dayfirst, anchor=dt.date.today())
            except DateError as error:
                self.date_field.show_error(str(error))
            else:
                if date.precision < Precision.DAY or date.month is None or date.day is None:
                    self.date_field.show_error(
                        self.tr("{date} is not precise enough: give the day").format(
                            date=date.describe()
                        )
                    )
                else:
                    self._date = dt.date(date.year, date.month, date.day)
                    self.date_field.show_understood(date.describe())
        self.ok_button.setEnabled(self._date is not None)


def _escape(text: str) -> str:
    return escape(text)


def _reading_of(subject: Article | ArticleReading) -> ArticleReading:
    """A reading of the article: an Article alone still suggests what its head says."""
    if isinstance(subject, ArticleReading):
        return subject
    found = publication_date_in_text(subject.text) if subject.published is None else None
    return ArticleReading(subject, found)


def ask_publication_date(
    parent: QWidget | None, subject: Article | ArticleReading
) -> dt.date | None:
    """Ask when an article appeared, offering what it suggests (see ArticleDateDialog).
    None: "Date Unknown" or Cancel."""
    reading = _reading_of(subject)
    dialog = ArticleDateDialog(
        reading.article.title or QApplication.translate("ArticleImport", "the article"),
        reading.date,
        parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.published()


@overload
def with_publication_date(
    parent: QWidget | None, subject: Article, settings: Settings | None = None
) -> Article: ...


@overload
def with_publication_date(
    parent: QWidget | None, subject: ArticleReading, settings: Settings | None = None
) -> ArticleReading: ...


def with_publication_date(
    parent: QWidget | None, subject: Article | ArticleReading, settings: Settings | None = None
) -> Article | ArticleReading:
    """The article (or reading), with a publication date if it has none: asked for, or as
    the Preferences say (the review panel's date field can give it later).

    A day whose year the article leaves out is asked about, pre-filled; with "assume today"
    or "leave unknown" in the Preferences it is taken as suggested, and says so."""
    reading = _reading_of(subject)
    if reading.needs_date:
        tr = QApplication.translate
        default = (settings or Settings()).missing_publication_date
        if default == ASK:
            published = ask_publication_date(parent, reading)
            reading = reading.with_published(published, "")  # the user's own: nothing to say
        elif reading.date is not None:  # its explanation still says the year was assumed
            article = dataclasses.replace(reading.article, published=reading.date.date)
            reading = dataclasses.replace(reading, article=article)
        elif default == ASSUME_TODAY:
            reading = reading.with_published(
                dt.date.today(),
                tr("ArticleImport", "the Preferences: today, for an article that gives no date"),
            )
    return reading if isinstance(subject, ArticleReading) else reading.article


def article_file_filter() -> str:
    tr = QApplication.translate
    return tr(
        "ArticleImport",
        "Articles (*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht);;"
        "Text files (*.txt *.text);;Web pages (*.html *.htm *.xhtml);;"
        "Saved pages (*.mhtml *.mht);;"
        "All files (*)",
    )


def choose_article_files(parent: QWidget | None, folder: str = "") -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QApplication.translate("ArticleImport", "Import Articles"),
        folder,
        article_file_filter(),
    )
    return [Path(p) for p in paths]


def read_for_review(
    parent: QWidget | None,
    paths: Iterable[Path | str],
    store: EvidenceStore,
    held: dict[str, Article] | None = None,
) -> tuple[list[ArticleReading], list[str]]:
    """Capture article files into ``store``; one message lists those that could not be read
    or kept; each article that does not give its date whole asks for it (as the
    Preferences say). Also the names of the files left out unread because ``held`` (the
    timeline's articles and those waiting for review) has their SHA-256."""
    intake = take_in_article_files(paths, store, held or {})
    if intake.problems:
        _say_not_kept(parent, intake.problems, any_read=bool(intake.captured))
    readings = [ArticleReading(c.article, c.date, c.title_origin) for c in intake.captured]
    return [with_publication_date(parent, reading) for reading in readings], intake.left_out


def _say_not_kept(parent: QWidget | None, problems: list[str], *, any_read: bool) -> None:
    tr = QApplication.translate
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        tr("ArticleImport", "Cannot Import"),
        tr("ArticleImport", "Some files could not be read as articles.")
        if any_read
        else tr("ArticleImport", "The file could not be read as an article.")
        if len(problems) == 1
        else tr("ArticleImport", "The files could not be read as articles."),
        informative="\n".join(problems),  # file names, as they are
    )
    box.exec()
