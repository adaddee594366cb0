"""The filter bar's Clear empties every field as if the user had, clear icons included, and
the date fields show their whole example."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton


def clear_icon_shown(edit) -> bool:
    button = edit.findChild(QToolButton)
    return button is not None and button.isVisibleTo(edit)


def test_clear_empties_the_fields_and_hides_their_clear_icons(qtbot, window):
    bar = window.filter_bar
    qtbot.keyClicks(bar.search_edit, "canada")
    qtbot.keyClicks(bar.from_edit, "2014")
    qtbot.keyClicks(bar.to_edit, "2022")
    qtbot.waitUntil(lambda: clear_icon_shown(bar.from_edit))
    emitted = []
    bar.filterChanged.connect(emitted.append)
    bar.clear_button.click()
    assert [f.is_active() for f in emitted] == [False]  # one change, to "show everything"
    for edit in (bar.search_edit, bar.from_edit, bar.to_edit):
        assert edit.text() == ""
        qtbot.waitUntil(lambda e=edit: not clear_icon_shown(e), timeout=2000)
    assert window.proxy.rowCount() == window.model.rowCount()


def test_the_date_fields_are_wide_enough_for_their_example(window):
    for edit in (window.filter_bar.from_edit, window.filter_bar.to_edit):
        text = edit.placeholderText()
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(text) + 20, text
