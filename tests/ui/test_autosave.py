"""Unsaved changes reach a recovery file; saving or undoing to the saved state removes it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.core.recovery import load_recovery  # noqa: E402
from timeline_app.ui.autosave import Autosaver  # noqa: E402
from timeline_app.ui.commands import AddEventsCommand  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402


def make(tmp_path, qtbot):
    model, stack = EventModel(), QUndoStack()
    saver = Autosaver(model, stack, lambda: "/docs/x.ctimeline", interval_ms=50, folder=tmp_path)
    return model, stack, saver


def add(model, stack, title):
    stack.push(AddEventsCommand(model, [Event(title, title, When(FuzzyDate(2022, 1, 17)))]))


def test_a_change_is_written_to_a_recovery_file_within_the_interval(tmp_path, qtbot):
    model, stack, saver = make(tmp_path, qtbot)
    add(model, stack, "Troops arrive")
    qtbot.waitUntil(lambda: saver.recovery_file is not None, timeout=2000)
    restored = load_recovery(saver.recovery_file)
    assert [e.title for e in restored.events] == ["Troops arrive"]


def test_returning_to_the_saved_state_removes_the_recovery_file(tmp_path, qtbot):
    model, stack, saver = make(tmp_path, qtbot)
    add(model, stack, "Troops arrive")
    saver.save_now()
    written = saver.recovery_file
    assert written.exists()
    stack.undo()  # back to the clean state: nothing is unsaved any more
    assert not written.exists() and saver.recovery_file is None
    add(model, stack, "Talks stall")
    saver.save_now()
    stack.setClean()  # what a successful save does
    assert list(tmp_path.iterdir()) == []


def test_the_timer_writes_in_a_worker_and_later_edits_are_written_after(
    tmp_path, qtbot, monkeypatch
):
    import threading
    import time

    import timeline_app.core.recovery as recovery

    threads, real = [], recovery.write_recovery

    def slow_write(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.2)  # a large document takes this long and more
        return real(*args)

    monkeypatch.setattr(recovery, "write_recovery", slow_write)
    model, stack, saver = make(tmp_path, qtbot)
    add(model, stack, "Troops arrive")
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    add(model, stack, "Talks stall")  # while the first snapshot is being written
    qtbot.waitUntil(
        lambda: saver.recovery_file is not None and len(threads) == 2 and not saver.writing,
        timeout=3000,
    )
    assert threads == [False, False]  # never in the window's thread
    restored = load_recovery(saver.recovery_file)
    assert [e.title for e in restored.events] == ["Troops arrive", "Talks stall"]


def test_saving_while_a_snapshot_is_written_leaves_no_recovery_file(tmp_path, qtbot, monkeypatch):
    import time

    import timeline_app.core.recovery as recovery

    started, real = [], recovery.write_recovery

    def slow_write(*args):
        started.append(1)
        time.sleep(0.3)
        return real(*args)

    monkeypatch.setattr(recovery, "write_recovery", slow_write)
    model, stack, saver = make(tmp_path, qtbot)
    add(model, stack, "Troops arrive")
    qtbot.waitUntil(lambda: bool(started), timeout=2000)
    stack.setClean()  # the user saved while the autosave was still writing
    qtbot.wait(600)
    assert list(tmp_path.iterdir()) == [] and saver.recovery_file is None
