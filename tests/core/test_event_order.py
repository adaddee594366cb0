"""Exports list events by date: coarse dates before the finer ones they hold, ties kept."""

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.event_order import in_date_order
from timeline_app.core.events import Event


def test_events_come_by_date_and_ties_keep_their_order():
    events = [
        Event(id="day", title="a", when=When(FuzzyDate(2022, 1, 1))),
        Event(id="later", title="b", when=When(FuzzyDate(2022, 3, 2))),
        Event(id="year", title="c", when=When(FuzzyDate(2022))),
        Event(id="month", title="d", when=When(FuzzyDate(2022, 1))),
        Event(id="early", title="e", when=When(FuzzyDate(1999, 5), ongoing=True)),
        Event(id="day again", title="f", when=When(FuzzyDate(2022, 1, 1))),
        Event(id="evening", title="g", when=When(FuzzyDate(2022, 1, 1, 20))),
    ]
    ids = [event.id for event in in_date_order(events)]
    assert ids == ["early", "year", "month", "day", "day again", "evening", "later"]
