"""The main window driven as a user would: click, type, use the menus, open and save files."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.document import document_to_json, load_document
from timeline_app.ui import article_import, message_boxes
from timeline_app.ui.main_window import MainWindow


def table_titles(win) -> list[str]:
    proxy = win.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def click_event(qtbot, win, event_id: str) -> None:
    rect = win.view.event_rect(event_id)
    assert rect is not None, f"{event_id} is not drawn"
    qtbot.mouseClick(win.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def add_through_editor(qtbot, win, title: str, start: str, end: str = ""):
    win.add_event_action.trigger()
    editor = win.current_editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.start_field.edit, start)
    if end:
        qtbot.keyClicks(editor.end_field.edit, end)
    assert editor.ok_button.isEnabled()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert win.current_editor is None
    return next(e for e in win.model.events() if e.title == title)


class Recorder:
    """Stands in for a static QMessageBox function: records the call, answers ``answer``."""

    def __init__(self, answer=QMessageBox.StandardButton.Ok):
        self.calls: list[tuple] = []
        self.answer = answer

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.answer

    @property
    def text(self) -> str:
        return "\n".join(str(a) for call in self.calls for a in call[1:])


# --- looking at events --------------------------------------------------------------------------


def test_clicking_the_crimea_event_on_the_timeline_shows_it_in_the_details(
    qtbot, window, event_named
):
    crimea = event_named(window, "crimea", 2014)
    click_event(qtbot, window, crimea.id)
    qtbot.waitUntil(lambda: window.details.event_id == crimea.id, timeout=2000)
    shown = window.details.text()
    assert crimea.title in shown
    assert "the year 2014" in shown
    assert "year precision" in shown
    # The table follows the shared selection.
    selected = window.table.selectionModel().selectedRows()
    assert [window.proxy.mapToSource(i).row() for i in selected] == [window.model.row_of(crimea.id)]


def test_selecting_in_the_table_shows_the_evidence_and_who_vouches_for_it(
    qtbot, window, make_document
):
    window.set_document(make_document(), None)
    canada_row = next(
        r for r in range(window.proxy.rowCount()) if "Canada" in window.proxy.index(r, 0).data()
    )
    rect = window.table.visualRect(window.proxy.index(canada_row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = window.details.text()
    assert "Reported by CBC" in shown
    assert "Canada has reportedly deployed" in shown
    assert "Weapon and men towards Ukraine" in shown and "18 January 2022" in shown
    assert window.selection.selectedRows()[0].row() == window.model.row_of("canada")


def test_a_conflict_note_links_to_the_other_event(qtbot, window, make_document):
    window.set_document(make_document(), None)
    window.select_event("volfovich")
    assert "Conflict" in window.details.text()
    assert "Claimed by Alexander Volfovich" in window.details.text()
    window.details.browser.anchorClicked.emit(QUrl("event:canada"))
    assert window.details.event_id == "canada"


# --- adding, editing, deleting, undo ------------------------------------------------------------


def test_add_an_event_through_the_editor_then_undo_and_redo_it(qtbot, window):
    before = window.model.rowCount()
    event = add_through_editor(qtbot, window, "Blinken meets Lavrov in Geneva", "Jan 21 2022")
    assert event.when.start == FuzzyDate(2022, 1, 21)
    assert window.model.rowCount() == before + 1
    assert "Blinken meets Lavrov in Geneva" in table_titles(window)
    window.view.fit_all()
    assert window.view.event_rect(event.id) is not None
    assert window.isWindowModified()
    assert window.details.event_id == event.id  # the new event is selected

    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    window.undo_action.trigger()
    assert window.model.row_of(event.id) is None
    assert "Blinken meets Lavrov in Geneva" not in table_titles(window)
    assert not window.isWindowModified()  # back at the state it was opened in

    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(
        window.redo_action.shortcuts()
    )
    window.redo_action.trigger()
    assert window.model.row_of(event.id) is not None
    assert window.isWindowModified()


def test_undo_shortcut_works_from_the_keyboard(qtbot, window):
    event = add_through_editor(qtbot, window, "Talks resume", "2022")
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.row_of(event.id) is None
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.model.row_of(event.id) is not None


def test_double_clicking_an_empty_part_of_the_timeline_adds_an_event_there(
    qtbot, window, make_document
):
    window.set_document(make_document(), None)
    window.view.set_visible_range(FuzzyDate(2018, 3).start_ordinal, FuzzyDate(2018, 10).end_ordinal)
    view = window.view
    point = QPoint(view.width() // 2, view.height() // 2)
    assert view.event_at(QPointF(point)) is None
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)
    editor = window.current_editor
    assert editor is not None
    assert editor.start_field.text().endswith("2018")
    assert "day precision" in editor.start_field.feedback.text()
    editor.reject()


def test_double_clicking_an_event_opens_it_in_the_editor_and_saves_the_change(
    qtbot, window, make_document
):
    window.set_document(make_document(), None)
    rect = window.view.event_rect("crimea")
    qtbot.mouseDClick(window.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    editor = window.current_editor
    assert editor is not None and editor.title_edit.text() == "Russian invasion of Crimea"
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Russia annexes Crimea")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert window.model.event_by_id("crimea").title == "Russia annexes Crimea"
    assert "Russia annexes Crimea" in window.details.text()
    window.undo_action.trigger()
    assert window.model.event_by_id("crimea").title == "Russian invasion of Crimea"


def test_enter_in_the_table_edits_the_current_event(qtbot, window, make_document):
    window.set_document(make_document(), None)
    window.select_event("talks")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.current_editor is not None
    assert window.current_editor.title_edit.text() == "Geneva talks between the US and Russia"
    window.current_editor.reject()


def test_delete_removes_the_selected_event_and_undo_restores_it(qtbot, window, make_document):
    window.set_document(make_document(), None)
    window.select_event("crimea")
    assert window.delete_event_action.isEnabled()
    assert QKeySequence(QKeySequence.StandardKey.Delete) in window.delete_event_action.shortcuts()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of("crimea") is None
    assert "Russian invasion of Crimea" not in table_titles(window)
    window.undo_action.trigger()
    assert window.model.row_of("crimea") == 0
    assert "Russian invasion of Crimea" in table_titles(window)


# --- files ----------------------------------------------------------------------------------


def test_export_csv_through_the_menu(qtbot, window, tmp_docs, monkeypatch, event_named):
    target = tmp_docs / "out.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)")
    )
    window.export_csv_action.trigger()
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert len(frame) == window.model.rowCount()
    crimea = event_named(window, "crimea", 2014)
    assert crimea.title in set(frame["title"])
    assert "2014" in set(frame["start"])


def test_export_only_the_filtered_events(
    qtbot, window, tmp_docs, monkeypatch, make_document, filter_settled
):
    window.set_document(make_document(), None)
    qtbot.keyClicks(window.filter_bar.search_edit, "canada")
    filter_settled(window.filter_bar)
    target = tmp_docs / "filtered.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)")
    )
    window.export_filtered_action.trigger()
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame["title"]) == ["Canada deploys special forces to Kiev"]


def test_closing_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    add_through_editor(qtbot, window, "Unsaved event", "2021")
    asked = []

    def answer(button):
        def exec_(box):
            asked.append(box.text())
            return button

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert asked and "save the changes" in asked[0]
    assert window.isVisible()

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert len(asked) == 2
    assert not window.isVisible()


def test_new_with_unsaved_changes_asks_and_cancel_keeps_everything(qtbot, window, monkeypatch):
    add_through_editor(qtbot, window, "Unsaved event", "2021")
    count = window.model.rowCount()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    window.new_action.trigger()
    assert window.model.rowCount() == count
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window.new_action.trigger()
    assert window.model.rowCount() == 0 and not window.isWindowModified()


def test_save_then_open_the_document_again(qtbot, window, tmp_docs, monkeypatch):
    target = tmp_docs / "ukraine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    add_through_editor(qtbot, window, "Saved event", "March 2014")
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    saved = tmp_docs / "ukraine.ctimeline"
    assert saved.exists()
    assert not window.isWindowModified()
    assert window.windowTitle() == "ukraine[*] — Crisis Timeline"
    assert [e.title for e in load_document(saved).events] == [
        e.title for e in window.model.events()
    ]
    assert window.settings.recent_files()[0] == str(saved.resolve())

    window.new_action.trigger()
    assert window.model.rowCount() == 0
    window._fill_recent_menu()
    recent = [a for a in window.recent_menu.actions() if "ukraine.ctimeline" in a.text()]
    recent[0].trigger()
    assert "Saved event" in table_titles(window)
    assert window.path == saved.resolve()


def test_a_failed_save_says_why_and_the_document_stays_unsaved(
    qtbot, window, tmp_docs, monkeypatch
):
    add_through_editor(qtbot, window, "Unsaved event", "2021")
    critical = Recorder()
    monkeypatch.setattr(message_boxes, "critical", critical)
    # A folder that does not exist cannot take the file (and this holds even for root).
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_docs / "gone" / "x.ctimeline"), ""),
    )
    assert window.save() is False
    assert critical.calls and "x.ctimeline" in critical.text
    assert window.isWindowModified()
    assert window.path is None


def test_opening_a_broken_document_says_why_and_keeps_the_open_one(
    qtbot, window, tmp_docs, monkeypatch
):
    before = document_to_json(window.model.document)
    broken = tmp_docs / "broken.ctimeline"
    broken.write_text('{"format": "crisis-timeline", "version": 1, "events": [{"id": "x"}]}')
    critical = Recorder()
    monkeypatch.setattr(message_boxes, "critical", critical)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), ""))
    window.open_action.trigger()
    assert len(critical.calls) == 1
    assert "broken.ctimeline" in critical.text and "title" in critical.text
    assert document_to_json(window.model.document) == before


def test_importing_a_csv_adds_the_good_rows_in_one_step_and_lists_the_bad_ones(
    qtbot, window, tmp_docs, monkeypatch
):
    csv = tmp_docs / "more.csv"
    csv.write_text(
        "title,start\nSanctions announced,2022-02-22\n,2022-02-23\n"
        "Invasion begins,24 February 2022\nBad date,sometime soonish\n",
        encoding="utf-8",
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), box.informativeText(), box.detailedText())) or 0,
    )
    before = window.model.rowCount()
    window.files.import_csv_file(csv)
    assert window.model.rowCount() == before + 2
    assert {"Sanctions announced", "Invasion begins"} <= set(table_titles(window))
    assert len(shown) == 1
    text, informative, details = shown[0]
    assert "2 rows" in text and "more.csv" in text
    assert "Row 3" in informative and "Row 5" in informative
    window.undo_action.trigger()
    assert window.model.rowCount() == before


def test_dropping_a_csv_file_imports_it(qtbot, window, tmp_docs):
    csv = tmp_docs / "dropped.csv"
    csv.write_text("title,start\nDropped event,2020\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: "Dropped event" in table_titles(window), timeout=2000)


def test_opening_an_article_without_a_date_asks_for_it(qtbot, window, tmp_docs, monkeypatch):
    article = tmp_docs / "news.txt"
    article.write_text(
        "Russia invaded Crimea in 2014. On Monday, troops arrived in Belarus.", encoding="utf-8"
    )
    asked = []
    monkeypatch.setattr(
        article_import,
        "ask_publication_date",
        lambda parent, reading: asked.append(reading.article.title) or dt.date(2022, 1, 18),
    )
    assert window.open_file(article)
    assert len(asked) == 1
    assert window.path is None and not window.isWindowModified()


def test_opening_an_article_reviews_its_events_on_a_new_timeline(qtbot, window, tmp_docs):
    """File > Open of an article goes the way an imported article goes: a new, untitled
    timeline, and the article's events read in the background and proposed for review."""
    article = tmp_docs / "talks.txt"
    article.write_text(
        "Talks resume in Geneva\n\nRussia invaded Crimea in 2014, officials said.",
        encoding="utf-8",
    )
    article.with_suffix(".json").write_text('{"published": "2022-01-18"}', encoding="utf-8")
    assert window.open_file(article)
    assert window.model.rowCount() == 0 and window.path is None
    [queued] = window.articles.queued_articles()
    assert "invaded Crimea" in queued.text
    assert window.articles.is_reviewing() and window.articles_dock.isVisible()
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() > 0, timeout=10_000)
    assert window.model.rowCount() == 0  # nothing is added before the user accepts it
    panel.accept_all()
    panel.add_button.click()
    assert any("crimea" in e.title.casefold() for e in window.model.events())


# --- view, help, settings ---------------------------------------------------------------------


def test_find_focuses_the_search_box_and_the_search_filters_and_dims(
    qtbot, window, make_document, filter_settled
):
    window.set_document(make_document(), None)
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.filter_bar.search_edit.hasFocus(), timeout=2000)
    qtbot.keyClicks(window.filter_bar.search_edit, "russia")
    filter_settled(window.filter_bar)
    assert table_titles(window) == [  # sorted by start date
        "Russian invasion of Crimea",
        "Geneva talks between the US and Russia",
        "Russian troops arrive in Belarus for training",
    ]
    assert "3 match" in window.count_label.text()
    assert list(window.view._mask) == [True, False, True, False, True]


def test_go_to_date_brings_it_into_view(qtbot, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("March 1990", True))
    window.go_to_date_action.trigger()
    t0, t1 = window.view.visible_range()
    assert t0 < FuzzyDate(1990, 3, 15).start_ordinal < t1
    assert window.range_label.text().startswith("Showing")


def test_every_menu_command_has_the_standard_shortcut(window):
    keys = {name: keys for name, keys in window.shortcut_rows()}
    assert keys["File ▸ New"] == QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Ctrl+E" in keys["Edit ▸ Add Event…"]
    assert "F2" in keys["Edit ▸ Edit Event…"]
    assert "Ctrl+G" in keys["View ▸ Go to Date…"]
    assert "Ctrl+0" in keys["View ▸ Fit All"]
    dialog = window.show_shortcuts()
    assert dialog.isVisible()
    dialog.close()


def test_window_layout_and_dock_visibility_are_remembered(qtbot, window):
    window.details_dock.hide()
    window.undo_stack.setClean()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.table_dock.isVisible()
    assert not again.details_dock.isVisible()
    assert again.details_dock.objectName() == "detailsDock"


def test_the_title_names_the_document_and_marks_changes(qtbot, window, make_document):
    window.set_document(make_document(), None)
    assert window.windowTitle() == "Ukraine, January 2022[*] — Crisis Timeline"
    assert not window.isWindowModified()
    window.select_event("talks")
    window.delete_event_action.trigger()
    assert window.isWindowModified()


def test_screenshot_mode_writes_a_picture_of_the_window(qtbot, tmp_path):
    from timeline_app.ui.app import run_gui

    target = tmp_path / "shot.png"
    assert run_gui(None, screenshot=str(target), size=(1000, 700)) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colours) > 10  # not a blank grab


def test_a_document_file_opens_from_the_command_line_path(qtbot, tmp_path, make_document):
    from timeline_app.core.document import save_document
    from timeline_app.ui.app import run_gui

    path = tmp_path / "doc.ctimeline"
    save_document(make_document(), path)
    target = tmp_path / "shot.png"
    assert run_gui(str(path), screenshot=str(target)) == 0
    assert QImage(str(target)).width() == 1400


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": "other"})])
def test_screenshot_of_a_broken_file_never_blocks_on_a_dialog(qtbot, tmp_path, content):
    from timeline_app.ui.app import run_gui

    path = tmp_path / "bad.ctimeline"
    path.write_text(content)
    # It returns (no dialog waits for an answer) and fails: a picture of an empty window
    # is not what was asked for.
    assert run_gui(str(path), screenshot=str(tmp_path / "shot.png")) == 1
    assert not (tmp_path / "shot.png").exists()


def test_adding_an_event_scrolls_the_canvas_only_if_it_is_off_screen(qtbot, window):
    before = window.view.visible_range()
    event = add_through_editor(qtbot, window, "Inside the view", "March 2020")
    assert window.view.visible_range() == before
    assert window.view.event_rect(event.id) is not None
    event = add_through_editor(qtbot, window, "Far ahead", "March 2090")
    t0, t1 = window.view.visible_range()
    assert t0 <= event.when.start_ordinal <= t1
