"""File ▸ Save of a large timeline writes it in a worker: the window goes on answering, the
document is marked saved only if it did not change meanwhile, and nothing is lost on close."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.core.document import load_document
from timeline_app.ui import file_controller, message_boxes

from .test_main_window import Recorder, add_through_editor


@pytest.fixture
def saved_window(qtbot, window, tmp_docs, monkeypatch):
    """The seed window saved once to a file, with every Save from now on in the background."""
    target = tmp_docs / "seed.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert window.save()
    monkeypatch.setattr(file_controller, "BACKGROUND_SAVE_EVENTS", 1)
    return window, target


def test_a_background_save_writes_the_file_and_marks_it_saved(qtbot, saved_window):
    window, target = saved_window
    add_through_editor(qtbot, window, "Written in the background", "March 2014")
    window.save_action.trigger()
    assert window.files.saver.is_busy()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10_000)
    titles = [e.title for e in load_document(target).events]
    assert "Written in the background" in titles
    assert (target.parent / (target.name + "~")).exists()  # the previous version kept


def test_a_change_made_while_saving_keeps_the_document_modified(qtbot, saved_window):
    window, target = saved_window
    add_through_editor(qtbot, window, "In the snapshot", "March 2014")
    window.save_action.trigger()
    # the worker's outcome is delivered to this thread, so this edit comes before it
    add_through_editor(qtbot, window, "After the snapshot", "April 2014")
    qtbot.waitUntil(lambda: not window.files.saver.is_busy(), timeout=10_000)
    assert window.isWindowModified()
    titles = [e.title for e in load_document(target).events]
    assert "In the snapshot" in titles and "After the snapshot" not in titles


def test_closing_while_saving_waits_for_the_file(qtbot, saved_window, monkeypatch):
    window, target = saved_window
    add_through_editor(qtbot, window, "Saved before closing", "May 2014")
    asked = Recorder()
    monkeypatch.setattr(QMessageBox, "exec", asked)
    window.save_action.trigger()
    assert window.maybe_save()  # the save lands first: nothing left to ask about
    assert not asked.calls
    assert "Saved before closing" in [e.title for e in load_document(target).events]


def test_a_failed_background_save_says_why_and_keeps_the_changes(qtbot, saved_window, monkeypatch):
    window, target = saved_window
    add_through_editor(qtbot, window, "Not saved", "June 2014")
    critical = Recorder()
    monkeypatch.setattr(message_boxes, "critical", critical)
    target.unlink()
    target.parent.rename(target.parent.with_name("moved"))  # the folder vanished
    window.save_action.trigger()
    qtbot.waitUntil(lambda: bool(critical.calls), timeout=10_000)
    assert "seed.ctimeline" in critical.text
    assert window.isWindowModified()
