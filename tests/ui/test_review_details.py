"""During a review the Details pane shows the proposal picked in the review list, beside it
rather than behind it in a tab, and the window keeps that arrangement for the next launch."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from timeline_app.ui.main_window import MainWindow

ARTICLE = (
    "Library reopens after fire\n\n"
    "The town library reopened its doors on Saturday, the council said. "
    "A fire had gutted its reading room in August 2022."
)


def start_review(qtbot, window, tmp_path):
    path = tmp_path / "library.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.with_suffix(".json").write_text('{"published": "2024-03-11"}', encoding="utf-8")
    window.files.review_article_files([path])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 2, timeout=15_000)
    return panel


def test_the_review_shows_the_details_of_the_proposal_picked(qtbot, window, tmp_path):
    assert window.details_dock in window.tabifiedDockWidgets(window.articles_dock)
    panel = start_review(qtbot, window, tmp_path)
    # Both panes are on screen, one above the other.
    assert window.details_dock not in window.tabifiedDockWidgets(window.articles_dock)
    qtbot.waitUntil(lambda: window.details.isVisible() and panel.table.isVisible())
    assert window.articles_dock.geometry().bottom() <= window.details_dock.geometry().top()
    titles = [panel.candidates.candidate(r).event.title for r in range(2)]
    for row, title in enumerate(titles):
        panel.table.selectRow(row)
        assert window.details.proposal is not None
        assert window.details.proposal.title == title
        text = window.details.text()
        assert title in text and "not on the timeline yet" in text
        assert "Library reopens after fire" in text  # the article it comes from
        assert not window.details.edit_button.isEnabled()
    # A pick on the timeline shows the timeline's event again.
    event = window.model.events()[0]
    window.select_event(event.id)
    assert window.details.proposal is None and window.details.event_id == event.id
    # A proposal added to the timeline is shown as the timeline's event, editable there.
    panel.table.selectRow(0)
    added_id = panel.candidates.candidate(0).event.id
    panel.accept_selected()
    panel.add_to_timeline()
    assert window.model.event_by_id(added_id) is not None
    panel.table.selectRow(1)
    panel.table.selectRow(0)
    assert window.details.event_id == added_id
    assert "not on the timeline yet" not in window.details.text()
    assert window.details.edit_button.isEnabled()
    # Leaving the review leaves no proposal behind.
    panel.table.selectRow(0)
    assert window.details.proposal is not None
    window.articles.close_review()
    assert window.details.proposal is None


def test_the_arrangement_is_kept_for_the_next_launch(qtbot, window, tmp_path, monkeypatch):
    start_review(qtbot, window, tmp_path)
    window.undo_stack.setClean()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    assert window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.details_dock not in again.tabifiedDockWidgets(again.articles_dock)
    assert again.details_dock.isVisible() and again.articles_dock.isVisible()
