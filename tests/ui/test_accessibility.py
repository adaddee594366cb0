"""Keyboard and screen-reader use of the window: names, Tab order, visible focus, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

ARTICLE = Path(__file__).parent.parent / "data" / "articles" / "port-strike-talks.html"


def focusable(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of ``root`` that Tab can reach. Inner parts are left out:
    a spin box's or an editable combo box's line edit is announced as the box itself."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.objectName().startswith("qt_")
        and w.focusProxy() is None
    ]


def unnamed(root: QWidget) -> list[str]:
    """The focusable widgets a screen reader could not name."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in focusable(root):
        if widget.accessibleName().strip() or widget in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and all(
            widget.tabText(i).strip() for i in range(widget.count())
        ):
            continue  # each tab is announced by its text
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()[:40]!r}")
    return missing


def reviewing(qtbot, window) -> None:
    """The Articles pane with an article under review, so its widgets are shown too."""
    window.files.review_article_files([ARTICLE])
    window.articles_dock.show()
    window.articles_dock.raise_()
    workspace = window.articles
    qtbot.waitUntil(
        lambda: not workspace.runner.is_busy() and not workspace.review_panel.is_busy(),
        timeout=30000,
    )


def test_every_focusable_widget_of_the_window_has_a_name(qtbot, window):
    window.select_event(window.model.event_at(0).id)  # the details pane's Edit button
    assert unnamed(window) == []
    window.articles_dock.show()
    window.articles_dock.raise_()
    assert unnamed(window) == []


def test_every_focusable_widget_of_the_article_review_has_a_name(qtbot, window):
    reviewing(qtbot, window)
    assert unnamed(window) == []


def test_every_field_of_the_dialogs_has_a_name(qtbot, window):
    from PySide6.QtCore import QSize

    from timeline_app.ui.article_import import ArticleDateDialog
    from timeline_app.ui.picture_export import PictureOptionsDialog
    from timeline_app.ui.preferences import PreferencesDialog

    editor = window.edit_event(window.model.event_at(0).id)
    dialogs: list[QDialog] = [
        editor,
        PreferencesDialog(window.settings, window),
        PictureOptionsDialog(window, QSize(800, 500)),
        ArticleDateDialog("article.txt", None, window, window.settings),
    ]
    for dialog in dialogs[1:]:
        dialog.show()
    for dialog in dialogs:
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


# --- Tab -----------------------------------------------------------------------------------------


def tab_walk(
    window, start: QWidget, *, escape_traps: bool, pictures: dict | None = None
) -> tuple[list[QWidget], list[str]]:
    """Press Tab from ``start`` until the focus comes back: the widgets in order, and the
    widgets Tab could not leave (with ``escape_traps``, the walk steps over them).

    ``pictures`` collects (focused, unfocused) grabs of each widget: taken as Tab arrives
    and as it leaves, since styles draw some focus marks only for keyboard focus.
    """
    window.activateWindow()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    order: list[QWidget] = []
    traps: list[str] = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        if widget in order:
            break
        order.append(widget)
        focused = widget.grab().toImage() if pictures is not None else None
        for _press in range(12):  # a text browser tabs through its links first
            QTest.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not widget:
                break
        else:
            traps.append(widget.accessibleName() or type(widget).__name__)
            if not escape_traps:
                break
            after = widget.nextInFocusChain()  # step over it as Qt's own chain would
            while not (
                after.isVisible()
                and after.isEnabled()
                and after.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                after = after.nextInFocusChain()
            after.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if pictures is not None:
            pictures[widget] = (focused, widget.grab().toImage())
    return order, traps


def test_tab_reaches_every_pane(qtbot, window):
    window.select_event(window.model.event_at(0).id)
    order, _ = tab_walk(window, window.view, escape_traps=True)
    names = {w.accessibleName() for w in order}
    for pane in ("Timeline", "Search events", "Events table", "Event details"):
        assert pane in names
    assert window.details.edit_button in order


def test_tab_leaves_the_events_table(qtbot, window):
    _, traps = tab_walk(window, window.view, escape_traps=False)
    assert traps == []


def focus_images(window, start: QWidget) -> dict[QWidget, tuple[QImage, QImage]]:
    """(focused, unfocused) pictures of every widget Tab reaches."""
    pictures: dict[QWidget, tuple[QImage, QImage]] = {}
    tab_walk(window, start, escape_traps=True, pictures=pictures)
    return pictures


def test_keyboard_focus_is_visible_on_every_widget_but_the_canvas(qtbot, window):
    window.select_event(window.model.event_at(0).id)
    pictures = focus_images(window, window.view)
    assert len(pictures) >= 8
    invisible = [
        w.accessibleName() or type(w).__name__
        for w, (on, off) in pictures.items()
        if on == off and w is not window.view
    ]
    assert invisible == []


def test_the_canvas_shows_that_it_has_the_keyboard_focus(qtbot, window):
    on, off = focus_images(window, window.view)[window.view]
    assert on != off


# --- menus -----------------------------------------------------------------------------------------


def menu_entries(window) -> list[tuple[str, list[str]]]:
    """(menu path, texts of its entries) for every menu of the menu bar."""
    window._fill_recent_menu()
    found = [("menu bar", [a.text() for a in window.menuBar().actions()])]

    def walk(menu: QMenu, path: str) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        found.append((path, [a.text() for a in entries]))
        for action in entries:
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {action.text().replace('&', '')}")

    for action in window.menuBar().actions():
        walk(action.menu(), action.text().replace("&", ""))
    return found


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].casefold()


def test_every_menu_entry_has_an_access_key(qtbot, window):
    """Alt and the underlined letters reach every command, shortcut or not."""
    missing = [
        f"{path}: {text}"
        for path, texts in menu_entries(window)
        for text in texts
        if mnemonic(text) is None and text != window.tr("No Recent Files")
    ]
    assert missing == []


def test_access_keys_are_unique_within_each_menu(qtbot, window):
    repeated = []
    for path, texts in menu_entries(window):
        keys = [mnemonic(t) for t in texts if mnemonic(t)]
        repeated += [f"{path}: {k}" for k in sorted(set(keys)) if keys.count(k) > 1]
    assert repeated == [], repeated


# --- light and dark palettes ------------------------------------------------------------------


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two colours (4.5 is enough for body text)."""
    from PySide6.QtGui import QColor

    def luminance(name: str) -> float:
        color = QColor(name)
        parts = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            parts.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_conflict_box_is_readable_in_light_and_dark_palettes(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    from timeline_app.ui import detail_pane

    for colours in (detail_pane._CONFLICT_LIGHT, detail_pane._CONFLICT_DARK):
        for text in ("conflict_fg", "conflict_link"):
            assert contrast(colours["conflict_bg"], colours[text]) >= 4.5, (colours, text)
    dark = QPalette(window.details.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    window.details.setPalette(dark)  # as when the desktop switches to a dark theme
    css = window.details.browser.document().defaultStyleSheet()
    assert detail_pane._CONFLICT_DARK["conflict_bg"] in css
