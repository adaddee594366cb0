"""Large documents and CSV files are read in the background: the window stays usable, Cancel
keeps the open document, errors arrive as the same dialogs."""

from __future__ import annotations

import random

import pytest

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Event, SourceRef
from timeline_app.ui import message_boxes
from timeline_app.ui.file_controller import BACKGROUND_BYTES

COUNT = 20_000


def big_events(count: int = COUNT, prefix: str = "e") -> list[Event]:
    evidence = "Officials said the talks would resume after the holiday, diplomats reported."
    return [
        Event(
            id=f"{prefix}{i}",
            title=f"Event number {i} in the long archive",
            when=When(FuzzyDate(1990 + i % 30, 1 + i % 12, 1 + i % 28)),
            category=("military", "diplomacy", "economy")[i % 3],
            actors=("Russia", "Ukraine"),
            location="Geneva",
            description=evidence * 2,
            sources=(SourceRef(name="Wire", evidence=evidence),),
        )
        for i in range(count)
    ]


@pytest.fixture(scope="module")
def big_document(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.ctimeline"
    save_document(TimelineDocument("Big", big_events()), path)
    assert path.stat().st_size >= BACKGROUND_BYTES  # or it would open synchronously
    return path


def test_a_large_document_opens_in_the_background(qtbot, window, big_document):
    before = window.model.rowCount()
    assert window.open_file(big_document)
    assert window.files.loading()
    assert window.model.rowCount() == before  # the open document stays until it is read
    assert (
        window.files.reader.progress.bar.isVisible()
        and window.files.reader.progress.cancel_button.isVisible()
    )
    # An empty canvas says what is being read, not "no events yet".
    assert big_document.name in window.view.placeholder()
    qtbot.waitUntil(lambda: not window.files.loading(), timeout=30_000)
    assert big_document.name not in window.view.placeholder()
    assert window.model.rowCount() == COUNT
    assert window.path == big_document.resolve()
    assert window.model.event_at(123).title == "Event number 123 in the long archive"
    assert not window.files.reader.progress.bar.isVisible()
    assert window.view.event_index().span() is not None


def test_cancel_keeps_the_open_document(qtbot, window, big_document):
    titles = [e.title for e in window.model.events()]
    path = window.path
    window.open_file(big_document)
    assert window.files.loading()
    qtbot.mouseClick(window.files.reader.progress.cancel_button, qtbot_left())
    assert not window.files.loading()
    qtbot.wait(1500)  # long enough for the reading to have finished, had it gone on
    assert [e.title for e in window.model.events()] == titles
    assert window.path == path
    assert not window.files.reader.progress.cancel_button.isVisible()


def test_cancel_at_any_moment_of_reading_keeps_the_open_document(qtbot, window, big_document):
    """Cancel pressed at random moments of reading (the window once crashed when Cancel
    came while the reader was reporting progress): the open document stays every time, and
    a read let run to its end still opens the file."""
    rng = random.Random(7)
    titles = [e.title for e in window.model.events()]
    cancel = window.files.reader.progress.cancel_button
    for _ in range(25):
        window.open_file(big_document)
        qtbot.wait(rng.choice((0, 0, 1, 5, 20, 60)))
        if window.files.loading():
            qtbot.mouseClick(cancel, qtbot_left())
        else:  # it was read whole before Cancel: put the seed back for the next round
            assert window.model.rowCount() == COUNT
            window.set_document(TimelineDocument("Seed", [], {}), None)
            titles = []
        assert not window.files.loading()
        assert [e.title for e in window.model.events()] == titles
    qtbot.wait(300)  # the outcome of a cancelled read would arrive now
    assert [e.title for e in window.model.events()] == titles
    window.open_file(big_document)
    qtbot.waitUntil(lambda: not window.files.loading(), timeout=30_000)
    assert window.model.rowCount() == COUNT


@pytest.mark.parametrize("close", [True, False], ids=["closed", "deleted"])
def test_closing_a_window_while_it_reads_a_file_delivers_nothing(qtbot, big_document, close):
    from PySide6.QtCore import QCoreApplication, QEvent

    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(remember=False)
    opened = []
    window.files.documentChanged.connect(lambda: opened.append(True))
    window.open_file(big_document)
    assert window.files.loading()
    if close:
        window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(1500)  # long enough for the reading to have finished, had it gone on
    assert opened == []


def test_a_broken_large_document_says_why_in_the_same_dialog(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.ctimeline"
    entries = b", ".join([b'{"id": "x"}'] * (BACKGROUND_BYTES // 10))
    broken.write_bytes(b'{"format": "crisis-timeline", "version": 1, "events": [' + entries + b"]}")
    said: list[str] = []
    monkeypatch.setattr(
        message_boxes, "critical", lambda parent, title, text, *a: said.append(f"{title}: {text}")
    )
    titles = [e.title for e in window.model.events()]
    window.open_file(broken)
    qtbot.waitUntil(lambda: not window.files.loading(), timeout=30_000)
    assert len(said) == 1 and said[0].startswith("Cannot Open")
    assert "broken.ctimeline" in said[0] and 'event 1 has no "title"' in said[0]
    assert [e.title for e in window.model.events()] == titles


def test_a_large_csv_file_is_imported_in_the_background(qtbot, window, tmp_path):
    from timeline_app.core.csv_format import export_csv

    csv = tmp_path / "big.csv"
    export_csv(big_events(12_000, "c"), csv)
    assert csv.stat().st_size >= BACKGROUND_BYTES
    before = window.model.rowCount()
    assert window.files.import_csv_file(csv)
    qtbot.waitUntil(lambda: not window.files.loading(), timeout=30_000)
    assert window.model.rowCount() == before + 12_000
    window.undo_stack.undo()  # one undo step, as a synchronous import
    assert window.model.rowCount() == before


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
