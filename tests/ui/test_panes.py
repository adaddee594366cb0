"""Ctrl+1/2/3 bring a pane to the front (opening it if closed); they never hide it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def in_front(dock) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_ctrl_2_and_3_bring_a_pane_forward_and_never_hide_it(qtbot, window):
    assert in_front(window.details_dock) and not in_front(window.articles_dock)
    for _ in range(2):  # pressed again, the pane stays
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        assert in_front(window.articles_dock)
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        assert in_front(window.details_dock)
    window.table_dock.close()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert in_front(window.table_dock)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert in_front(window.table_dock) and window.table.hasFocus()
