"""Two windows on one file: the second is told it is open already, and neither silently
overwrites what the other saved."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, load_document, save_document
from timeline_app.core.events import Event
from timeline_app.ui.commands import AddEventsCommand
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def two_windows(qtbot, tmp_path):
    path = tmp_path / "shared.ctimeline"
    save_document(TimelineDocument("shared", [Event("a", "Talks", When(FuzzyDate(2022, 1)))]), path)
    windows = []
    for _ in range(2):
        window = MainWindow(remember=False)
        qtbot.addWidget(window)
        assert window.open_file(path, remember=False)
        windows.append(window)
    yield path, windows
    for window in windows:
        window.undo_stack.clear()
        window.undo_stack.setClean()


def add(window: MainWindow, title: str) -> None:
    event = Event(title.lower(), title, When(FuzzyDate(2022, 2)))
    window.undo_stack.push(AddEventsCommand(window.model, [event]))


def answer_with(monkeypatch, text: str, asked: list[str]) -> None:
    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def test_the_second_window_on_a_file_says_it_is_already_open(two_windows):
    path, (first, second) = two_windows
    assert not first.files.disk_guard.open_elsewhere
    assert second.files.disk_guard.open_elsewhere
    notice = second.files.disk_guard.notice
    assert notice is not None and notice.isVisible()
    assert "is already open in another Crisis Timeline window" in notice.text()
    notice.close()
    first.files.close()  # the first window closes: a third one is the only one
    third = MainWindow(remember=False)
    try:
        assert third.open_file(path, remember=False)
        assert not third.files.disk_guard.open_elsewhere
    finally:
        third.files.close()


@pytest.mark.parametrize(
    ("button", "kept"), [("Cancel", "First's event"), ("Overwrite", "Second's event")]
)
def test_saving_over_another_windows_save_asks_first(two_windows, monkeypatch, button, kept):
    path, (first, second) = two_windows
    add(first, "First's event")
    assert first.save()
    add(second, "Second's event")
    asked: list[str] = []
    answer_with(monkeypatch, button, asked)
    assert second.save() is (button == "Overwrite")
    assert len(asked) == 1 and "changed by another window" in asked[0]
    assert kept in {e.title for e in load_document(path).events}


def test_a_file_touched_but_not_changed_is_saved_without_asking(two_windows):
    path, (first, _second) = two_windows
    later = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(later, later))
    add(first, "Unhurried edit")
    assert first.save()  # no dialog (the test set-up fails on one)
    assert "Unhurried edit" in {e.title for e in load_document(path).events}
