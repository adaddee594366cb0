"""The Details pane and an event the filter hides: still shown (it stays selected, dimmed on
the timeline) but marked as hidden, with a link that clears the filter."""

from __future__ import annotations

from PySide6.QtCore import QUrl


def test_an_event_the_filter_hides_is_marked_in_the_details(
    qtbot, window, make_document, filter_settled
):
    window.set_document(make_document(), None)
    [target] = [e for e in window.model.events() if "Belarus" in e.title]
    window.select_event(target.id)
    assert window.details.event_id == target.id
    assert "Hidden by the filter" not in window.details.text()
    qtbot.keyClicks(window.filter_bar.search_edit, "geneva")
    filter_settled(window.filter_bar)
    assert window.details.event_id == target.id
    assert window.details.is_filtered_out()
    assert window.details.text().strip().startswith("⚠ Hidden by the filter")
    assert window.table.selectionModel().selectedRows() == []
    # The note's link shows every event again, and the note goes.
    window.details.browser.anchorClicked.emit(QUrl("filter:clear"))
    filter_settled(window.filter_bar)
    assert window.filter_bar.search_edit.text() == ""
    assert not window.details.is_filtered_out()
    assert "Hidden by the filter" not in window.details.text()
    assert len(window.table.selectionModel().selectedRows()) == 1


def test_an_event_the_filter_keeps_is_not_marked(qtbot, window, make_document, filter_settled):
    window.set_document(make_document(), None)
    [target] = [e for e in window.model.events() if "Belarus" in e.title]
    window.select_event(target.id)
    qtbot.keyClicks(window.filter_bar.search_edit, "belarus")
    filter_settled(window.filter_bar)
    assert not window.details.is_filtered_out()
    assert "Hidden by the filter" not in window.details.text()
