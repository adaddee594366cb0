"""The Help menu's dialogs: the keyboard shortcuts (read from the menus themselves, so they
never go stale) and About (the version, the licence and those of what the app is built with).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QApplication.translate("MainWindow", text)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, then the mouse and table keys."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, prefix: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, prefix + submenu.title().replace("&", "") + " ▸ ")
            elif action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                name = action.text().replace("&", "").split("\t")[0]
                rows.append((prefix + name, keys))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", "") + " ▸ ")
    rows += [
        (_tr("Edit the event selected in the table"), _tr("Enter")),
        (_tr("Edit an event on the timeline"), _tr("Double-click it")),
        (_tr("Add an event at a date"), _tr("Double-click the timeline there")),
        (_tr("Timeline: pan"), _tr("Left, Right (with Shift: further)")),
        (_tr("Timeline: first or last event"), _tr("Home, End")),
        (_tr("Timeline: zoom"), _tr("Mouse wheel")),
        (_tr("Review: accept the selected candidates"), _tr("A; in the queue also Space or Enter")),
        (_tr("Review: reject the selected candidates"), _tr("R; in the queue also Delete")),
        (_tr("Review queue: take a candidate out of its group"), _tr("U")),
    ]
    return rows


def show_shortcuts(window: QMainWindow) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(_tr("Keyboard Shortcuts"))
    tree = QTreeWidget(dialog)
    tree.setHeaderLabels([_tr("Command"), _tr("Keys")])
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    for what, keys in shortcut_rows(window):
        QTreeWidgetItem(tree, [what, keys])
    tree.resizeColumnToContents(0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tree)
    layout.addWidget(buttons)
    dialog.resize(560, 520)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(window: QWidget) -> QMessageBox:
    """What the app is, its version and licence, and the licences of what it bundles."""
    from importlib.metadata import PackageNotFoundError, version

    from PySide6.QtCore import qVersion

    from timeline_app import __version__

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return ""

    # (name, distribution to ask for the version, licence, where the licence text is)
    parts = [
        ("Qt", "", "LGPLv3", "https://doc.qt.io/qt-6/lgpl.html"),
        (
            "PySide6",
            "PySide6-Essentials",
            "LGPLv3",
            "https://doc.qt.io/qtforpython-6/licenses.html",
        ),
        (
            "pandas",
            "pandas",
            "BSD-3-Clause",
            "https://github.com/pandas-dev/pandas/blob/main/LICENSE",
        ),
        ("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org/doc/stable/license.html"),
        (
            "python-dateutil",
            "python-dateutil",
            "Apache-2.0 / BSD-3-Clause",
            "https://github.com/dateutil/dateutil/blob/master/LICENSE",
        ),
        ("orjson", "orjson", "Apache-2.0 / MIT", "https://github.com/ijl/orjson"),
        ("Python", "", "PSF License Agreement", "https://docs.python.org/3/license.html"),
    ]
    runtime = {"Qt": qVersion(), "Python": sys.version.split()[0]}
    rows = "".join(
        f"<tr><td>{name} {runtime.get(name) or installed(dist)}</td>"
        f"<td>&nbsp;<a href='{url}'>{licence}</a></td></tr>"
        for name, dist, licence, url in parts
    )
    text = _tr(
        "<h3>Crisis Timeline {version}</h3>"
        "<p>Reads news articles, finds the dated events they report and lays them on a "
        "zoomable timeline to check, correct, extend and export.</p>"
        "<p>Every event keeps the sentence it was read from: check it before you rely "
        "on it.</p>"
        "<p>Crisis Timeline is free software under the "
        "<a href='https://www.gnu.org/licenses/gpl-3.0.html'>GNU General Public License, "
        "version 3 or later</a>. It comes with no warranty.</p>"
    ).format(version=__version__)
    credits = _tr("<p>It is built with these, under their own licences:</p>")
    box = QMessageBox(window)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(_tr("About Crisis Timeline"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    box.setInformativeText(f"{credits}<table>{rows}</table>")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
