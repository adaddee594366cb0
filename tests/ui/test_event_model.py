"""The shared item model: rows, roles, and that Qt can deliver events to it."""

import dataclasses
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Event, SourceRef  # noqa: E402
from timeline_app.ui.event_model import EVENT_ROLE, Column, EventModel  # noqa: E402


def test_qt_events_sent_to_the_model_do_not_reach_event_accessors(qapp):
    # A selection model parented to the model sends it a ChildAdded event: a method named
    # "event" taking a row would receive it and crash the process.
    model = EventModel(TimelineDocument(events=[Event("a", "Talks", When(FuzzyDate(2022)))]))
    selection = QItemSelectionModel(model)
    assert selection.model() is model
    QCoreApplication.sendEvent(
        model, QEvent(QEvent.Type.User)
    )  # reaching the next line is the test
    assert model.event_at(0).title == "Talks"


def test_rows_show_titles_and_dates_and_give_the_event(qapp):
    event = Event("a", "Talks stall", When(FuzzyDate(2015), ongoing=True), category="diplomacy")
    model = EventModel(TimelineDocument(events=[event]))
    assert model.data(model.index(0, Column.TITLE)) == "Talks stall"
    assert model.data(model.index(0, Column.END)) == "ongoing"
    assert model.data(model.index(0, Column.TITLE), EVENT_ROLE) is event
    assert model.row_of("a") == 0 and model.event_by_id("missing") is None


# --- edits through the model and the undo stack -------------------------------------------


def _document() -> TimelineDocument:
    events = [Event(f"e{i}", f"Event {i}", When(FuzzyDate(2020 + i))) for i in range(6)]
    return TimelineDocument("t", events, {"a1": Article("a1", "Report")})


def test_every_command_keeps_views_in_step_and_undoes_to_the_same_file(qapp):
    """Qt's model tester checks each signal against the rows; undoing all gives the same
    bytes a save would have written before."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QAbstractItemModelTester

    from timeline_app.core.document import document_to_bytes
    from timeline_app.ui.article_commands import push_publication_date_change
    from timeline_app.ui.commands import (
        AddEventsCommand,
        EditEventCommand,
        RemoveEventsCommand,
        SetArticleCommand,
    )

    model = EventModel(_document())
    before = document_to_bytes(model.document)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    inserted, removed = [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    stack = QUndoStack()
    new = Event("n", "New", When(FuzzyDate(2023)), sources=(SourceRef("a2"),))
    stack.push(AddEventsCommand(model, [new], articles=[Article("a2", "Wire")]))
    assert model.row_of("n") == 6 and model.article("a2").title == "Wire"
    stack.push(RemoveEventsCommand(model, ["e1", "e2", "e4"]))
    assert [e.id for e in model.events()] == ["e0", "e3", "e5", "n"]
    assert removed == [(4, 4), (1, 2)]  # runs, last first
    edited = dataclasses.replace(model.event_by_id("e3"), title="Changed")
    stack.push(EditEventCommand(model, edited))
    assert model.data(model.index(model.row_of("e3"), Column.TITLE)) == "Changed"
    stack.push(SetArticleCommand(model, Article("a1", "Renamed")))
    moved = dataclasses.replace(model.event_by_id("e0"), when=When(FuzzyDate(2019)))
    push_publication_date_change(
        stack, model, model.article("a1"), dt.date(2022, 1, 18), [(model.event_by_id("e0"), moved)]
    )
    assert model.article("a1").published == dt.date(2022, 1, 18) and model.event_at(0) == moved
    after = document_to_bytes(model.document)
    while stack.canUndo():
        stack.undo()
    assert document_to_bytes(model.document) == before
    assert model.row_of("e4") == 4 and model.row_of("n") is None
    while stack.canRedo():
        stack.redo()
    assert document_to_bytes(model.document) == after
    assert tester is not None


def test_the_date_style_is_given_to_the_model_not_read_from_the_settings(qapp):
    from timeline_app.ui.settings import Settings

    Settings().date_style = "iso"
    event = Event("a", "Talks", When(FuzzyDate(2021, 12, 31)))
    shown = EventModel(TimelineDocument(events=[event]))
    assert shown.data(shown.index(0, Column.START)) == "31 Dec 2021"
    iso = EventModel(TimelineDocument(events=[event]), date_style="iso")
    assert iso.data(iso.index(0, Column.START)) == "2021-12-31"
    iso.set_date_style("month-first")
    assert iso.data(iso.index(0, Column.START)) == "Dec 31, 2021"
