"""A From/To date the filter cannot read is said where it is seen, not only in a tooltip.

Typing "Marhc 2014" in From drew a red frame and left every event shown: the reason ("read
"2014" but not "Marhc"") was in a tooltip a keyboard user never sees. Once the field is left
(Enter or Tab), the status bar says which field was ignored and why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_table_filter import make_panel


def test_leaving_an_unreadable_from_date_reports_why_it_is_ignored(qtbot, document):
    model, panel = make_panel(qtbot, document)
    bar = panel.filter_bar
    said = []
    bar.dateProblem.connect(said.append)
    qtbot.keyClicks(bar.from_edit, "Marhc 2014")
    assert said == []  # not while typing: every half-typed date would be an error
    qtbot.keyClick(bar.from_edit, Qt.Key.Key_Return)
    assert len(said) == 1
    assert "From" in said[0] and "Marhc" in said[0] and "ignored" in said[0]


def test_a_readable_date_reports_nothing(qtbot, document):
    model, panel = make_panel(qtbot, document)
    bar = panel.filter_bar
    said = []
    bar.dateProblem.connect(said.append)
    qtbot.keyClicks(bar.to_edit, "March 2014")
    qtbot.keyClick(bar.to_edit, Qt.Key.Key_Return)
    assert said == []


def test_the_window_shows_the_problem_in_its_status_bar(qtbot, window):
    bar = window.filter_bar
    qtbot.keyClicks(bar.to_edit, "31 Febuary 2022")
    qtbot.keyClick(bar.to_edit, Qt.Key.Key_Return)
    message = window.statusBar().currentMessage()
    assert message.startswith("To date ignored:") and "Febuary" in message
