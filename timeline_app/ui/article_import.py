"""Getting articles into the workspace: from files, dropped files and the clipboard.

The main window calls these and hands the articles to ``ArticleWorkspace.review_article``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from timeline_app.core.article_files import ArticleError, article_id
from timeline_app.core.events import Article
from timeline_app.core.html_article import HTML_SUFFIXES, TEXT_SUFFIXES, read_any_article
from timeline_app.ui.event_editor import PublicationDateDialog
from timeline_app.ui.settings import ASSUME_TODAY, LEAVE_UNKNOWN, Settings

ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_TITLE_LIMIT = 160


def article_from_clipboard_text(text: str) -> Article:
    """A pasted article: the whole text, its first line as the title, date unknown."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ArticleError("the clipboard holds no text")
    first = next(line for line in text.split("\n") if line.strip())
    title = " ".join(first.split())
    if len(title) > _TITLE_LIMIT:  # a paragraph pasted without its headline
        title = title[:_TITLE_LIMIT].rsplit(" ", 1)[0] + "…"
    return Article(id=article_id(text), title=title, text=text)


def paste_article(parent: QWidget | None = None) -> Article | None:
    """The article on the clipboard (None, after saying why, when there is none)."""
    try:
        return article_from_clipboard_text(QApplication.clipboard().text())
    except ArticleError:
        QMessageBox.information(
            parent,
            QApplication.translate("ArticleImport", "Paste Article"),
            QApplication.translate("ArticleImport", "Copy the text of a news article first."),
        )
        return None


def ask_publication_date(parent: QWidget | None, article: Article) -> dt.date | None:
    """Ask when an article appeared (today is offered). None: "Date Unknown" or Cancel."""
    dialog = PublicationDateDialog(
        article.title or QApplication.translate("ArticleImport", "the article"), parent
    )
    today = dt.date.today()
    dialog.date_field.setText(f"{today.day} {today:%B %Y}")
    dialog.date_field.edit.selectAll()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.published()


def with_publication_date(
    parent: QWidget | None, article: Article, settings: Settings | None = None
) -> Article:
    """The article, with a publication date if it has none: asked for, or today, or left
    unknown, as the Preferences say (the review panel's date field can give it later)."""
    if article.published is not None:
        return article
    default = (settings or Settings()).missing_publication_date
    if default == ASSUME_TODAY:
        published: dt.date | None = dt.date.today()
    elif default == LEAVE_UNKNOWN:
        published = None
    else:
        published = ask_publication_date(parent, article)
    return dataclasses.replace(article, published=published)


def article_file_filter() -> str:
    tr = QApplication.translate
    return tr(
        "ArticleImport",
        "Articles (*.txt *.text *.html *.htm *.xhtml);;"
        "Text files (*.txt *.text);;Web pages (*.html *.htm *.xhtml);;"
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


def article_paths(mime: QMimeData) -> list[Path]:
    """Local article files in dropped data (for dragEnterEvent / dropEvent)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]


def import_article_files(parent: QWidget | None, paths: Iterable[Path | str]) -> list[Article]:
    """Read article files; one message lists those that could not be read; each article
    without a date asks for it."""
    articles, problems = [], []
    for path in paths:
        try:
            articles.append(read_any_article(path))
        except ArticleError as error:
            problems.append(str(error))
    if problems:
        tr = QApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("ArticleImport", "Cannot Import"),
            tr("ArticleImport", "Some files could not be read as articles.")
            if articles
            else tr("ArticleImport", "The file could not be read as an article."),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setInformativeText("\n".join(problems))
        box.exec()
    return [with_publication_date(parent, article) for article in articles]
