"""Importing an article: a date the article gives is used and its origin shown; a day without
its year is offered with the reason; nothing found leaves the field empty, never today."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from timeline_app.core.article_head import FoundDate
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article
from timeline_app.ui import article_import
from timeline_app.ui.article_import import ArticleDateDialog
from timeline_app.ui.article_workspace import ArticleWorkspace
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.extraction_runner import ExtractionRunner
from timeline_app.ui.settings import ASSUME_TODAY, LEAVE_UNKNOWN, Settings


def no_events(text, published, *, source_id="", source_name="", cancelled=None):
    return []


@pytest.fixture
def workspace(qtbot):
    model = EventModel(TimelineDocument())
    selection = QItemSelectionModel(model, None)
    runner = ExtractionRunner(no_events)
    space = ArticleWorkspace(model, selection, QUndoStack(), runner=runner)
    space._test_keep = (model, selection, runner)
    qtbot.addWidget(space)
    space.resize(1000, 600)
    space.show()
    yield space
    runner.cancel()
    runner.wait(5000)


@pytest.fixture
def answered(monkeypatch):
    """The publication date dialogs shown, answered with OK on what they offered."""
    shown: list[ArticleDateDialog] = []

    def answer(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ArticleDateDialog, "exec", answer)
    return shown


def test_the_dialog_offers_a_day_without_its_year_and_says_so(qtbot):
    found = FoundDate(dt.date(2026, 3, 2), "the dateline “KYIV, March 2”", year_assumed=True)
    dialog = ArticleDateDialog("Convoy moves south", found)
    qtbot.addWidget(dialog)
    assert dialog.date_field.text() == "2 March 2026"
    origin = dialog.origin_label.text()
    assert "the dateline “KYIV, March 2”" in origin and "2026 is assumed" in origin
    assert dialog.ok_button.isEnabled() and dialog.published() == dt.date(2026, 3, 2)


def test_the_dialog_does_not_offer_today_when_nothing_was_found(qtbot):
    dialog = ArticleDateDialog("Convoy moves south")
    qtbot.addWidget(dialog)
    assert dialog.date_field.text() == ""
    assert not dialog.ok_button.isEnabled() and dialog.published() is None
    assert dialog.origin_label.text() == "The article does not say when it appeared."
    dialog.today_button.click()  # today only when the user asks for it
    assert dialog.published() == dt.date.today() and dialog.ok_button.isEnabled()


def test_a_dated_dateline_is_used_without_a_question(qtbot, workspace, tmp_path):
    path = tmp_path / "port-news.txt"
    path.write_text(
        "Dockers end strike\n\nROTTERDAM, 14 November 2024 - The strike ended on Monday.",
        encoding="utf-8",
    )
    # No dialog opens: conftest's stand-in fails the test if one does.
    [article] = workspace.import_article_files([path])
    assert article.published == dt.date(2024, 11, 14)
    assert article.title == "Dockers end strike"  # the headline, not "Port News"
    panel = workspace.review_panel
    assert panel.date_edit.published() == dt.date(2024, 11, 14)
    assert panel.date_origin_label.isVisibleTo(panel)
    assert panel.date_origin_label.text() == (
        "Publication date from the dateline “ROTTERDAM, 14 November 2024”"
    )


def test_a_dateline_without_a_year_is_asked_about_prefilled(qtbot, workspace, tmp_path, answered):
    path = tmp_path / "convoy.txt"
    path.write_text("KYIV, March 2 (Reuters) - A convoy moved on Tuesday.", encoding="utf-8")
    [article] = workspace.import_article_files([path])
    [dialog] = answered
    assert "the dateline “KYIV, March 2”" in dialog.origin_label.text()
    assert "Check the year" in dialog.origin_label.text()
    offered = dialog.published()
    assert (offered.month, offered.day) == (3, 2) and offered <= dt.date.today()
    assert article.published == offered
    assert workspace.review_panel.date_edit.published() == offered


def test_an_article_that_gives_no_date_is_asked_with_an_empty_field(
    qtbot, workspace, tmp_path, answered
):
    path = tmp_path / "note.txt"
    path.write_text("Talks resumed on Monday, officials said.", encoding="utf-8")
    [article] = workspace.import_article_files([path])
    [dialog] = answered
    assert dialog.date_field.text() == ""  # OK on it would be refused: nothing typed
    assert article.published is None


def test_with_leave_unknown_a_year_assumed_day_is_taken_and_said(qtbot, workspace, tmp_path):
    Settings().missing_publication_date = LEAVE_UNKNOWN
    path = tmp_path / "convoy.txt"
    path.write_text("KYIV, March 2 (Reuters) - A convoy moved on Tuesday.", encoding="utf-8")
    [article] = workspace.import_article_files([path])
    assert (article.published.month, article.published.day) == (3, 2)
    text = workspace.review_panel.date_origin_label.text()
    assert "KYIV, March 2" in text and "is assumed" in text


def test_pasting_reads_the_dateline_of_the_text(qtbot, workspace):
    QApplication.clipboard().setText(
        "Dockers end strike\n\nROTTERDAM, 14 November 2024 - The strike ended on Monday."
    )
    article = workspace.import_clipboard()
    assert article.published == dt.date(2024, 11, 14)
    assert "ROTTERDAM, 14 November 2024" in workspace.review_panel.date_origin_label.text()


def test_a_date_the_user_changes_is_no_longer_said_to_come_from_the_article(
    qtbot, workspace, tmp_path
):
    path = tmp_path / "port.txt"
    path.write_text("ROTTERDAM, 14 November 2024 - The strike ended on Monday.", encoding="utf-8")
    workspace.import_article_files([path])
    panel = workspace.review_panel
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10000)
    panel.set_publication_date(dt.date(2024, 11, 15))
    assert not panel.date_origin_label.isVisibleTo(panel)


def test_a_date_the_user_typed_needs_no_explanation(qtbot, workspace, tmp_path, monkeypatch):
    def type_a_date(dialog):
        dialog.date_field.setText("3 March 2022")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ArticleDateDialog, "exec", type_a_date)
    path = tmp_path / "note.txt"
    path.write_text("Talks resumed on Monday, officials said.", encoding="utf-8")
    [article] = workspace.import_article_files([path])
    assert article.published == dt.date(2022, 3, 3)
    assert not workspace.review_panel.date_origin_label.isVisibleTo(workspace.review_panel)


def test_today_by_the_preferences_says_so(qtbot, workspace, tmp_path):
    Settings().missing_publication_date = ASSUME_TODAY
    path = tmp_path / "note.txt"
    path.write_text("Talks resumed on Monday, officials said.", encoding="utf-8")
    [article] = workspace.import_article_files([path])
    assert article.published == dt.date.today()
    assert workspace.review_panel.date_origin_label.text() == (
        "Publication date from the Preferences: today, for an article that gives no date"
    )


def test_an_article_alone_still_offers_what_its_dateline_says(qtbot, answered):
    article = Article("a", title="Convoy", text="KYIV, March 2 (Reuters) - A convoy moved.")
    dated = article_import.with_publication_date(None, article)
    [dialog] = answered
    assert "the dateline “KYIV, March 2”" in dialog.origin_label.text()
    assert (dated.published.month, dated.published.day) == (3, 2)


def test_a_whole_date_offered_is_not_said_to_lack_its_year(qtbot):
    found = FoundDate(dt.date(2024, 11, 14), "the dateline “ROTTERDAM, 14 November 2024”")
    dialog = ArticleDateDialog("Dockers end strike", found)
    qtbot.addWidget(dialog)
    assert dialog.origin_label.text() == (
        "The date comes from the dateline “ROTTERDAM, 14 November 2024”."
    )
    assert dialog.published() == dt.date(2024, 11, 14)


def test_files_that_cannot_be_read_are_listed_and_no_review_starts(
    qtbot, workspace, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    started = []
    workspace.reviewStarted.connect(lambda: started.append(True))
    assert workspace.import_article_files([tmp_path / "gone.txt"]) == []
    [message] = shown
    assert "gone.txt" in message
    assert not started and not workspace.is_reviewing()
