"""The shared item model: rows, roles, and that Qt can deliver events to it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
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
