"""Review decisions are the user's work: Accept All keeps explicit rejects, every decision is
an undo step that Edit ▸ Undo names, and Ctrl+Z takes back the last decision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.core.review import ReviewState
from timeline_app.ui.review_list import ReviewColumn

ARTICLE = (
    "Border talks stall\n\n"
    "Russia invaded Crimea in 2014, officials said. On Monday the army moved troops to "
    "the border. In 2015 British instructors arrived in Ukraine. Canada sent a small "
    "contingent of special forces to Kiev last week."
)


def reviewing(qtbot, window, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.with_suffix(".json").write_text('{"published": "2022-01-18"}', encoding="utf-8")
    window.files.review_article_files([article])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 3, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.marks_pending())  # the marks follow the list
    return panel


def states(panel) -> list[ReviewState]:
    return [c.state for c in panel.candidates.candidates()]


def test_accept_all_keeps_an_explicit_reject(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    panel.table.selectRow(1)
    panel.reject_selected()
    panel.accept_all()
    assert states(panel)[1] is ReviewState.REJECTED
    others = [c for i, c in enumerate(panel.candidates.candidates()) if i != 1]
    assert all(c.state is ReviewState.ACCEPTED for c in others if not c.is_duplicate)


def test_decisions_are_undone_one_by_one_and_edit_undo_names_them(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    count = panel.candidates.rowCount()
    # Look-alikes of the timeline's events are left out of Accept All.
    fresh = sum(1 for c in panel.candidates.candidates()[1:] if not c.is_duplicate)
    assert fresh >= 2
    panel.table.selectRow(0)
    panel.reject_selected()
    rejected = panel.candidates.candidate(0).event.title
    assert window.undo_action.text().startswith("&Undo Reject “")
    assert rejected[:20] in window.undo_action.text()

    panel.accept_all()
    assert window.undo_action.text() == f"&Undo Accept {fresh} Candidates"

    window.undo_action.trigger()
    assert states(panel) == [ReviewState.REJECTED] + [ReviewState.PENDING] * (count - 1)
    assert window.statusBar().currentMessage() == f"Undone: Accept {fresh} Candidates"
    window.undo_action.trigger()
    assert states(panel) == [ReviewState.PENDING] * count
    window.redo_action.trigger()
    assert states(panel)[0] is ReviewState.REJECTED


def test_ctrl_z_in_the_review_takes_back_the_last_decision_not_an_older_edit(
    qtbot, window, tmp_path
):
    edited = window.model.event_at(0)
    # The timeline has history of its own: an event deleted before the review began.
    window.select_event(edited.id)
    window.delete_event_action.trigger()
    assert window.model.row_of(edited.id) is None
    panel = reviewing(qtbot, window, tmp_path)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_A)  # the review's own key for Accept
    assert states(panel)[0] is ReviewState.ACCEPTED
    assert panel.candidates.data(panel.candidates.index(0, ReviewColumn.STATE)) == "Accepted"
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert states(panel)[0] is ReviewState.PENDING
    assert window.model.row_of(edited.id) is None  # the older deletion stays


def test_a_check_box_click_is_an_undo_step_too(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    index = panel.candidates.index(2, ReviewColumn.STATE)
    assert panel.candidates.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert states(panel)[2] is ReviewState.ACCEPTED
    window.undo_action.trigger()
    assert states(panel)[2] is ReviewState.PENDING


def test_decisions_alone_leave_nothing_to_save(qtbot, window, tmp_path, monkeypatch):
    """A decision is an undo step, but the document is as saved: no "*", no save question."""
    window.undo_stack.setClean()
    panel = reviewing(qtbot, window, tmp_path)
    panel.accept_all()
    assert not window.undo_stack.isClean() and not window.isWindowModified()
    assert window.maybe_save()  # no dialog (an unexpected one fails the test)
    panel.add_to_timeline()
    assert window.isWindowModified()  # events added: that is a change to save
    window.undo_action.trigger()
    assert not window.isWindowModified()
