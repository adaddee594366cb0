"""The File menu: Import ▸ and Export ▸ by format (TimelineJS too), unique mnemonics, free
shortcuts, and a new timeline that shows what was imported into it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.timelinejs import export_timelinejs_json, import_timelinejs_csv


def menu_named(menu: QMenu, title: str) -> QMenu:
    for action in menu.actions():
        if isinstance(action.menu(), QMenu) and action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} submenu in {menu.title()}")


def file_menu(window) -> QMenu:
    return menu_named_bar(window, "File")


def menu_named_bar(window, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(title)


def labels(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if at >= 0 and at + 1 < len(plain) else None


def test_import_and_export_are_submenus_by_format(window):
    menu = file_menu(window)
    assert labels(menu_named(menu, "Import")) == [
        "CSV…",
        "TimelineJS Sheet or JSON…",
        "Article…",
        "Sources…",
        "Folder of Sources…",
        "From URL or Feed…",
    ]
    exports = labels(menu_named(menu, "Export"))
    for wanted in ("CSV…", "TimelineJS CSV…", "TimelineJS JSON…", "Picture…", "Custody Log…"):
        assert wanted in exports


def test_every_menu_item_has_a_mnemonic_of_its_own_in_its_menu(window):
    """Alt+F, T once opened Import Article where Export Picture was meant: walk every menu."""

    def walk(menu: QMenu, where: str) -> None:
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = mnemonic(action.text())
            assert key is not None, f"{where} ▸ {action.text()} has no mnemonic"
            assert key not in seen, f"{where}: {action.text()!r} and {seen[key]!r} share &{key}"
            seen[key] = action.text()
            if isinstance(action.menu(), QMenu):
                walk(action.menu(), f"{where} ▸ {action.text()}")

    bar_keys = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(set(bar_keys)) == len(bar_keys)
    for action in window.menuBar().actions():
        walk(action.menu(), action.text())


def test_export_csv_has_a_shortcut_no_other_command_uses(window):
    keys = {name: keys for name, keys in window.shortcut_rows()}
    assert keys["File ▸ Export ▸ CSV…"] == QKeySequence("Ctrl+Shift+E").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    taken: dict[str, str] = {}
    for name, sequence in window.shortcut_rows():
        for key in sequence.split(", "):
            assert key not in taken, f"{key} is both {taken[key]} and {name}"
            taken[key] = name


def test_timelinejs_import_through_the_menu_adds_the_slides(
    qtbot, window, tmp_path, monkeypatch, make_document
):
    sheet = tmp_path / "story.json"
    export_timelinejs_json(make_document().events, sheet, title="Story")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    before = window.model.rowCount()
    window.import_timelinejs_action.trigger()
    titles = {e.title for e in window.model.events()}
    assert window.model.rowCount() == before + len(make_document().events)
    assert "Geneva talks between the US and Russia" in titles
    window.undo_action.trigger()
    assert window.model.rowCount() == before


def test_timelinejs_exports_through_the_menu(qtbot, window, tmp_path, monkeypatch, make_document):
    window.set_document(make_document(), None)
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_timelinejs_json_action.trigger()
    slides = json.loads(target.read_text(encoding="utf-8"))["events"]
    assert len(slides) == 5
    assert {s["text"]["headline"] for s in slides} >= {"Canada deploys special forces to Kiev"}

    sheet = tmp_path / "sheet"  # no extension given: the format's own is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    window.export_timelinejs_csv_action.trigger()
    read = import_timelinejs_csv(tmp_path / "sheet.csv")
    assert sorted(e.title for e in read.events) == sorted(e.title for e in make_document().events)


def test_a_csv_imported_into_a_new_timeline_is_shown_whole(qtbot, window, tmp_path, monkeypatch):
    window.new_action.trigger()
    sheet = tmp_path / "old.csv"
    sheet.write_text("title,start\nWall falls,1989-11-09\nReunification,1990-10-03\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    window.import_csv_action.trigger()
    assert window.model.rowCount() == 2
    t0, t1 = window.view.visible_range()
    assert t0 < FuzzyDate(1989, 11, 9).start_ordinal and FuzzyDate(1990, 10, 3).start_ordinal < t1


def test_no_button_of_the_window_takes_a_menu_bar_mnemonic(window):
    """Alt+E opened the review's Edit… button, not the Edit menu."""
    from PySide6.QtWidgets import QAbstractButton

    bar = {mnemonic(a.text()) for a in window.menuBar().actions()}
    window.articles_dock.show()
    for button in window.findChildren(QAbstractButton):
        key = mnemonic(button.text())
        assert key is None or key not in bar, f"{button.text()!r} takes Alt+{key.upper()}"


def test_an_excel_workbook_exports_through_the_menu_with_sortable_dates(
    qtbot, window, tmp_path, monkeypatch, make_document
):
    openpyxl = pytest.importorskip("openpyxl")
    window.set_document(make_document(), None)
    assert "Excel Workbook…" in labels(menu_named(file_menu(window), "Export"))
    target = tmp_path / "events"  # no extension given: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_xlsx_action.trigger()
    sheet = openpyxl.load_workbook(tmp_path / "events.xlsx").active
    header = [cell.value for cell in sheet[1]]
    titles = [row[header.index("title")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(titles) == sorted(e.title for e in make_document().events)
    starts = [row[header.index("start")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert starts == sorted(starts)  # real dates, in date order
