"""A key a test pressed is not held in the next test: the run has one QApplication, and what
it takes as held decides what a selection does (Ctrl+click toggles a row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QTableView


def table(qtbot) -> QTableView:
    model = QStandardItemModel(3, 2)
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    model.setParent(view)
    qtbot.addWidget(view)
    view.show()
    return view


def test_ctrl_a_selects_every_row(qtbot):
    view = table(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selectionModel().selectedRows()) == 3


def test_the_next_test_starts_with_no_key_held(qtbot):
    # Runs after the Ctrl+A above (file order), which QTest ends on a release of Ctrl that
    # still carries Ctrl.
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    view = table(qtbot)
    view.selectRow(0)
    view.selectRow(0)  # selecting a row twice keeps it selected, as a click without Ctrl
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
