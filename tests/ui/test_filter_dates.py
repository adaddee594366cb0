"""The filter bar's From/To read dates with the app's one reader (issue 12): a span typed in
From starts where the span starts, in To ends where it ends."""

from __future__ import annotations

from tests.ui.test_table_filter import ids, make_panel


def test_from_and_to_take_the_start_and_the_end_of_a_span(qtbot, document):
    model, panel = make_panel(qtbot, document)
    bar = panel.filter_bar
    qtbot.keyClicks(bar.to_edit, "the first half of 2014")
    assert ids(panel) == ["crimea"]
    assert bar.to_edit.toolTip() == "→ from January 2014 to June 2014"
    bar.to_edit.clear()
    qtbot.keyClicks(bar.from_edit, "Q1 2022")
    assert ids(panel) == ["training", "talks", "canada", "volfovich"]


def test_leftover_words_in_from_are_marked_and_ignored(qtbot, document):
    model, panel = make_panel(qtbot, document)
    qtbot.keyClicks(panel.filter_bar.from_edit, "2015 blah")
    assert panel.filter_bar.from_edit.toolTip() == 'read "2015" but not "blah"'
    assert len(ids(panel)) == 5
