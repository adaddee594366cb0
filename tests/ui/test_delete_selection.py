"""After Delete the table's neighbour is selected: the next event in the table, else the one
before, never an unrelated event from the document's order."""

from __future__ import annotations

from PySide6.QtCore import Qt


def table_titles(win) -> list[str]:
    return [win.proxy.index(row, 0).data() for row in range(win.proxy.rowCount())]


def selected_titles(win) -> list[str]:
    return [win.model.event_at(i.row()).title for i in win.selection.selectedRows()]


def test_delete_selects_the_next_event_in_the_tables_order(qtbot, window, make_document):
    window.set_document(make_document(), None)
    titles = table_titles(window)  # sorted by start, not the document's order
    training = titles.index("British troops train Ukrainian forces")
    window.select_event("training")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert selected_titles(window) == [titles[training + 1]]
    assert titles[training + 1] == "Geneva talks between the US and Russia"


def test_delete_of_the_last_row_selects_the_one_before(qtbot, window, make_document):
    window.set_document(make_document(), None)
    titles = table_titles(window)
    last = window.model.event_at(
        window.proxy.mapToSource(window.proxy.index(len(titles) - 1, 0)).row()
    )
    window.select_event(last.id)
    window.delete_event_action.trigger()
    assert selected_titles(window) == [titles[-2]]
