"""Deciding one candidate moves the review on to the next one still pending, as a person going
down the list with A and R expects (the selection stayed on the row just decided, so every
decision needed a Down as well, and a second A did nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_review_decisions import reviewing, states
from timeline_app.core.review import ReviewState


def current_row(panel) -> int:
    return panel.table.selectionModel().currentIndex().row()


def test_a_and_r_decide_and_move_to_the_next_pending_candidate(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    assert panel.candidates.rowCount() >= 3
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    assert states(panel)[0] is ReviewState.ACCEPTED
    assert current_row(panel) == 1 and panel.selected_rows() == [1]
    qtbot.keyClick(panel.table, Qt.Key.Key_R)
    assert states(panel)[1] is ReviewState.REJECTED
    assert panel.selected_rows() == [2]


def test_rows_already_decided_are_passed_over(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    panel.table.selectRow(1)
    panel.reject_selected()
    panel.table.selectRow(0)
    panel.accept_button.click()
    assert panel.selected_rows() == [2]


def test_the_last_pending_candidate_leads_back_to_an_earlier_one(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    last = panel.candidates.rowCount() - 1
    panel.table.selectRow(last)
    panel.accept_selected()
    assert panel.selected_rows() == [0]


def test_a_decision_on_several_rows_keeps_them_selected(qtbot, window, tmp_path):
    panel = reviewing(qtbot, window, tmp_path)
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.candidates.index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    panel.accept_selected()
    assert panel.selected_rows() == [0, 1]
