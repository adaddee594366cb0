"""A window killed with unsaved work gets it back at the next launch; saving never loses a file.

The crash is real: a child process opens a window, makes an edit, autosaves, and is SIGKILLed
(no Python cleanup, no Qt teardown). The next window, in this process, finds its work.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSaveFile
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import (
    TimelineDocument,
    document_to_json,
    load_document,
    save_document,
)
from timeline_app.core.events import Event
from timeline_app.core.recovery import SUFFIX, find_recoveries, load_recovery
from timeline_app.ui import message_boxes
from timeline_app.ui.commands import AddEventsCommand
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

RESTORED_TITLE = "Ceasefire announced after crash"

# The child: the real app set-up (names, so the real recovery folder), one edit, an autosave
# (by save_now or by the interval), then "ready" and wait to be killed.
CHILD = textwrap.dedent("""
    import sys, time
    from timeline_app.core.dates import FuzzyDate, When
    from timeline_app.core.events import Event
    from timeline_app.ui.app import application
    from timeline_app.ui.commands import AddEventsCommand
    from timeline_app.ui.main_window import MainWindow

    app = application()
    window = MainWindow(remember=False)
    if sys.argv[1]:
        assert window.open_file(sys.argv[1], remember=False)
    window.undo_stack.push(AddEventsCommand(window.model, [Event(
        "crash-e1", {title!r}, When(FuzzyDate(2022, 2, 24)))]))
    if sys.argv[2] == "timer":
        window.autosaver.set_interval(1000)
        window.undo_stack.push(AddEventsCommand(window.model, [Event(
            "crash-e2", "Second unsaved edit", When(FuzzyDate(2022, 2, 25)))]))
        window.undo_stack.undo()  # a change the user took back is not in the recovery file
        while window.autosaver.recovery_file is None:
            app.processEvents()
            time.sleep(0.02)
    else:
        window.autosaver.save_now()
    print(window.autosaver.recovery_file, flush=True)
    print("ready", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""").format(title=RESTORED_TITLE)


def saved_document() -> TimelineDocument:
    return TimelineDocument(
        "Saved before the crash",
        [
            Event("s1", "Talks in Geneva", When(FuzzyDate(2022, 1, 10))),
            Event("s2", "Troops arrive in Belarus", When(FuzzyDate(2022, 1, 17))),
        ],
    )


def crash(home: Path, document_path: Path | None, how: str = "save_now") -> Path:
    """Run a window in a child process until it has autosaved, SIGKILL it; the recovery file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        (home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[variable] = str(home / folder)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(document_path or ""), how],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        recovery_line = child.stdout.readline().strip()
        ready = child.stdout.readline().strip()
        assert ready == "ready", f"child: {recovery_line!r} {ready!r} {child.stderr.read()}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)  # reaped: its pid no longer counts as a running window
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    recovery = Path(recovery_line)
    # Where the app really keeps recovery files (QStandardPaths AppDataLocation on Linux).
    if sys.platform.startswith("linux"):
        assert recovery.parent == home / "data" / "Crisis Timeline" / "Crisis Timeline" / "recovery"
    assert recovery.name.endswith(SUFFIX) and recovery.exists()
    return recovery


@pytest.fixture(scope="module")
def crashed(tmp_path_factory) -> tuple[Path, Path]:
    """(the recovery file of a killed window, the saved document it had open)."""
    home = tmp_path_factory.mktemp("crashed")
    document_path = home / "saved.ctimeline"
    save_document(saved_document(), document_path)
    return crash(home, document_path), document_path


@pytest.fixture
def recovery_folder(crashed, tmp_path) -> Path:
    """A folder of this test's own holding a copy of the crashed window's recovery file."""
    folder = tmp_path / "recovery"
    folder.mkdir()
    shutil.copy2(crashed[0], folder / crashed[0].name)
    return folder


@pytest.fixture
def fresh_window(qtbot):
    win = MainWindow(remember=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.setClean()
    win.close()
    win.deleteLater()


def answer_recovery(monkeypatch, answer: str) -> list[QMessageBox]:
    """Answer offer_recovery's question by clicking the button labelled ``answer``."""
    asked: list[QMessageBox] = []

    def click(box: QMessageBox) -> int:
        asked.append(box)
        [button] = [b for b in box.buttons() if b.text() == answer]
        button.click()  # as the user would: the box records it as its clickedButton
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def titles(window: MainWindow) -> list[str]:
    return [e.title for e in window.model.events()]


def test_a_killed_window_s_edit_is_restored_as_one_undo_step(
    crashed, recovery_folder, fresh_window, monkeypatch
):
    _, document_path = crashed
    asked = answer_recovery(monkeypatch, "Restore")
    assert fresh_window.offer_recovery(recovery_folder)
    assert "saved.ctimeline" in asked[0].text() and "3 events" in asked[0].informativeText()
    assert fresh_window.path == document_path.resolve()
    assert titles(fresh_window) == [e.title for e in saved_document().events] + [RESTORED_TITLE]
    assert fresh_window.isWindowModified() and not fresh_window.undo_stack.isClean()
    assert list(recovery_folder.iterdir()) == []  # the crashed session's file is used up
    assert fresh_window.autosaver.recovery_file is not None  # this window's own takes over
    # One undo step goes back to what is on disk, which was never touched.
    assert fresh_window.undo_stack.count() == 1
    fresh_window.undo_stack.undo()
    assert titles(fresh_window) == [e.title for e in saved_document().events]
    assert fresh_window.undo_stack.isClean() and not fresh_window.isWindowModified()
    assert load_document(document_path) == saved_document()


def test_discard_changes_removes_the_recovery_file(recovery_folder, fresh_window, monkeypatch):
    answer_recovery(monkeypatch, "Discard Changes")
    assert not fresh_window.offer_recovery(recovery_folder)
    assert list(recovery_folder.iterdir()) == []
    assert titles(fresh_window) == [] and not fresh_window.isWindowModified()


def test_not_now_keeps_the_recovery_file_for_the_next_launch(
    recovery_folder, fresh_window, monkeypatch
):
    answer_recovery(monkeypatch, "Not Now")
    assert not fresh_window.offer_recovery(recovery_folder)
    [kept] = find_recoveries(recovery_folder)
    assert kept.event_count == 3
    assert titles(fresh_window) == [] and not fresh_window.isWindowModified()


def test_without_a_recovery_file_nothing_is_asked(tmp_path, fresh_window):
    assert not fresh_window.offer_recovery(tmp_path)  # the conftest fails any dialog


def test_work_whose_saved_file_was_deleted_restores_as_an_untitled_timeline(
    tmp_path, fresh_window, monkeypatch
):
    document_path = tmp_path / "gone.ctimeline"
    save_document(saved_document(), document_path)
    recovery = crash(tmp_path / "home", document_path, how="timer")
    header = json.loads(recovery.read_text(encoding="utf-8").partition("\n")[0])
    assert header["document_path"] == str(document_path.resolve())
    document_path.unlink()
    answer_recovery(monkeypatch, "Restore")
    assert fresh_window.offer_recovery(recovery.parent)
    assert fresh_window.path is None
    # The autosave by the timer kept the edit and not the one taken back.
    assert titles(fresh_window) == [e.title for e in saved_document().events] + [RESTORED_TITLE]
    assert fresh_window.isWindowModified()
    assert fresh_window.windowTitle().startswith("Saved before the crash[*]")  # no file name
    assert not recovery.exists()


def test_an_import_reaches_the_recovery_file_at_once_and_closing_removes_it(
    tmp_path, qtbot, monkeypatch
):
    csv = tmp_path / "events.csv"
    csv.write_text("title,start\nPort strike begins,2022-03-01\n", encoding="utf-8")
    window = MainWindow(remember=False)
    window.set_document(saved_document(), None)
    assert window.files.import_csv_file(csv)
    written = window.autosaver.recovery_file  # no waiting for the interval
    assert written is not None and written.exists()
    assert "Port strike begins" in [e.title for e in load_recovery(written).events]
    # Closing and answering "Don't Save" is a decision: nothing is left to recover.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard.value)
    assert window.close()
    assert not written.exists()
    window.undo_stack.setClean()  # see test_a_window_closed_without_saving_is_destroyed_quietly
    window.deleteLater()


def test_a_window_closed_without_saving_is_destroyed_quietly(qtbot, monkeypatch):
    window = MainWindow(remember=False)
    window.set_document(saved_document(), None)
    add_event(window, "Unsaved edit")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard.value)
    assert window.close()
    with qtbot.captureExceptions() as exceptions:
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not exceptions, exceptions[0][1]


def test_two_crashed_windows_are_offered_one_launch_after_the_other(
    tmp_path, fresh_window, qtbot, monkeypatch
):
    for name, title, saved_at in (
        ("older", "Older work", "2022-01-01T10:00:00"),
        ("newer", "Newer work", "2022-01-02T10:00:00"),
    ):
        body = document_to_json(
            TimelineDocument(title, [Event(name, title, When(FuzzyDate(2022, 1, 5)))])
        )
        header = {
            "format": "crisis-timeline-recovery",
            "pid": -1,
            "document_path": None,
            "saved_at": saved_at,
            "title": title,
            "event_count": 1,
        }
        (tmp_path / f"{name}{SUFFIX}").write_text(json.dumps(header) + "\n" + body)
    answer_recovery(monkeypatch, "Restore")
    assert fresh_window.offer_recovery(tmp_path)
    assert titles(fresh_window) == ["Newer work"]
    second = MainWindow(remember=False)  # the next launch
    try:
        assert second.offer_recovery(tmp_path)
        assert titles(second) == ["Older work"]
        assert not list(tmp_path.glob(f"*{SUFFIX}"))
    finally:
        second.undo_stack.setClean()
        second.deleteLater()


def test_two_windows_started_at_once_do_not_both_offer_one_recovery_file(
    recovery_folder, fresh_window, monkeypatch
):
    """The second window starts while the first one's question is still open: it offers
    nothing (the file is the first one's to restore); a later launch offers it again after Not
    Now."""
    second = MainWindow(remember=False)
    asked: list[str] = []
    offered_by_second: list[bool] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.parent().objectName())
        if box.parent() is fresh_window:
            offered_by_second.append(second.offer_recovery(recovery_folder))
        [later] = [b for b in box.buttons() if b.text() == "Not Now"]
        later.click()
        return 0

    fresh_window.setObjectName("first")
    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        assert not fresh_window.offer_recovery(recovery_folder)
        assert offered_by_second == [False] and asked == ["first"]
        assert not second.offer_recovery(recovery_folder)  # the next launch: asked again
        assert asked == ["first", second.objectName()]
    finally:
        second.undo_stack.setClean()
        second.deleteLater()
    assert len(list(recovery_folder.glob(f"*{SUFFIX}"))) == 1  # kept for the next launch


# --- saving from the window ------------------------------------------------------------------


def save_as(window: MainWindow, monkeypatch, path: Path) -> bool:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    return window.files.save_as()


def add_event(window: MainWindow, title: str) -> None:
    window.undo_stack.push(
        AddEventsCommand(
            window.model,
            [Event(title.lower().replace(" ", "-"), title, When(FuzzyDate(2022, 3, 1)))],
        )
    )


def test_a_gui_save_replaces_the_file_whole_and_keeps_the_previous_version(
    tmp_path, fresh_window, monkeypatch
):
    path = tmp_path / "talks.ctimeline"
    fresh_window.set_document(saved_document(), None)
    add_event(fresh_window, "First edit")
    assert save_as(fresh_window, monkeypatch, path)
    first = path.read_bytes()
    assert not path.with_name("talks.ctimeline~").exists()  # nothing to keep yet
    assert not fresh_window.isWindowModified()

    # While the new version is written the old one stays whole at its name.
    seen_at_commit: list[bytes] = []
    real_commit = QSaveFile.commit

    def commit(self: QSaveFile) -> bool:
        seen_at_commit.append(path.read_bytes())
        return real_commit(self)

    monkeypatch.setattr(QSaveFile, "commit", commit)
    add_event(fresh_window, "Second edit")
    assert fresh_window.save()
    assert seen_at_commit == [first]
    assert [e.title for e in load_document(path).events][-2:] == ["First edit", "Second edit"]
    assert path.with_name("talks.ctimeline~").read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talks.ctimeline", "talks.ctimeline~"]
    assert not fresh_window.isWindowModified()


class Critical:
    """Records QMessageBox.critical calls."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, parent, title, text, *args, **kwargs):
        self.messages.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok


def test_a_failed_save_says_so_and_leaves_the_old_file_and_the_changes(
    tmp_path, fresh_window, monkeypatch
):
    path = tmp_path / "talks.ctimeline"
    save_document(saved_document(), path)
    before = path.read_bytes()
    assert fresh_window.open_file(path, remember=False)
    add_event(fresh_window, "Unsaved edit")
    critical = Critical()
    monkeypatch.setattr(message_boxes, "critical", critical)
    # The disk fills up or the folder turns read-only at the last moment (root ignores
    # permissions, so the failure is made at the commit itself).
    monkeypatch.setattr(QSaveFile, "commit", lambda self: (self.cancelWriting(), False)[1])
    assert not fresh_window.save()
    [message] = critical.messages
    assert "Cannot Save" in message and "talks.ctimeline" in message
    assert "still here, unsaved" in message
    assert fresh_window.isWindowModified() and "Unsaved edit" in titles(fresh_window)
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("where", ["missing folder", "/proc"])
def test_saving_where_no_file_can_be_written_says_so_and_keeps_the_changes(
    tmp_path, fresh_window, monkeypatch, where
):
    target = (
        tmp_path / "no" / "such" / "folder" / "x.ctimeline"
        if where == "missing folder"
        else Path("/proc/x.ctimeline")
    )  # /proc refuses new files, even to root
    if where == "/proc" and not Path("/proc/self").exists():
        pytest.skip("no /proc here")
    fresh_window.set_document(saved_document(), None)
    add_event(fresh_window, "Unsaved edit")
    critical = Critical()
    monkeypatch.setattr(message_boxes, "critical", critical)
    assert not save_as(fresh_window, monkeypatch, target)
    [message] = critical.messages
    assert "x.ctimeline" in message and "Save As" in message
    assert fresh_window.isWindowModified() and fresh_window.path is None
    assert "Unsaved edit" in titles(fresh_window)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_saving_into_a_read_only_folder_keeps_the_old_file(tmp_path, fresh_window, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "talks.ctimeline"
    save_document(saved_document(), path)
    before = path.read_bytes()
    assert fresh_window.open_file(path, remember=False)
    add_event(fresh_window, "Unsaved edit")
    critical = Critical()
    monkeypatch.setattr(message_boxes, "critical", critical)
    folder.chmod(0o500)
    try:
        assert not fresh_window.save()
    finally:
        folder.chmod(0o700)
    assert len(critical.messages) == 1 and fresh_window.isWindowModified()
    assert path.read_bytes() == before
