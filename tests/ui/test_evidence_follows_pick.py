"""The article shown marks the evidence of the event picked, and no sentence for an event that
has none in it (one entered by hand): the mark of the event picked before would pass for its."""

from __future__ import annotations

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Event, Origin
from timeline_app.ui.commands import AddEventsCommand


def test_an_event_entered_by_hand_marks_no_sentence(qtbot, window):
    sourced = next(e for e in window.model.events() if e.sources and e.sources[0].evidence)
    window.select_event(sourced.id)
    view = window.articles.article_view
    assert view.focused_event() == sourced.id
    by_hand = Event(
        "ferry", "Ferry crews walk out", When(FuzzyDate(2022, 2, 3)), origin=Origin.MANUAL
    )
    window.undo_stack.push(AddEventsCommand(window.model, [by_hand]))
    window.select_event(by_hand.id)
    assert window.details.event_id == by_hand.id
    assert view.focused_event() is None
    window.select_event(sourced.id)  # and back: its sentence is marked again
    assert view.focused_event() == sourced.id
