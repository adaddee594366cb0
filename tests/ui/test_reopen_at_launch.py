"""A launch without a file reopens the last timeline (a Preference, on by default); the
example article is under Help ▸ Open Example."""

from __future__ import annotations

import pytest

from timeline_app.core.document import save_document
from timeline_app.ui.app import open_at_launch
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.preferences import PreferencesDialog
from timeline_app.ui.settings import Settings


@pytest.fixture
def fresh_window(qtbot):
    win = MainWindow()
    yield win
    win.undo_stack.setClean()
    win.close()
    win.deleteLater()


def titles(win) -> set[str]:
    return {e.title for e in win.model.events()}


def test_a_launch_reopens_the_last_timeline(qtbot, fresh_window, tmp_path, make_document):
    saved = tmp_path / "mine.ctimeline"
    save_document(make_document(), saved)
    Settings().add_recent_file(saved)
    open_at_launch(fresh_window)
    qtbot.waitUntil(lambda: fresh_window.path == saved.resolve(), timeout=10_000)
    assert "Geneva talks between the US and Russia" in titles(fresh_window)


def test_with_the_preference_off_a_launch_starts_empty(
    qtbot, fresh_window, tmp_path, make_document
):
    saved = tmp_path / "mine.ctimeline"
    save_document(make_document(), saved)
    settings = Settings()
    settings.add_recent_file(saved)
    settings.reopen_last = False
    open_at_launch(fresh_window)
    assert fresh_window.path is None and fresh_window.model.rowCount() == 0


def test_a_first_launch_shows_the_example_and_help_opens_it_again(qtbot, fresh_window):
    open_at_launch(fresh_window)
    assert any("Crimea" in t for t in titles(fresh_window))
    fresh_window.new_action.trigger()
    assert fresh_window.model.rowCount() == 0
    fresh_window.open_example_action.trigger()
    assert any("Crimea" in t for t in titles(fresh_window)) and fresh_window.path is None


def test_the_preference_is_in_the_dialog_and_on_by_default(qtbot, fresh_window):
    settings = Settings()
    assert settings.reopen_last
    dialog = PreferencesDialog(settings, fresh_window)
    qtbot.addWidget(dialog)
    assert dialog.reopen_last.isChecked()
    dialog.reopen_last.setChecked(False)
    dialog.accept()
    assert not Settings().reopen_last
