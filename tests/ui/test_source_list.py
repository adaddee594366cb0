"""The Articles list counts, for each article, the events that cite it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.ui.commands import AddEventsCommand
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.source_list import SourceListModel


def cite(*ids: str) -> tuple[SourceRef, ...]:
    return tuple(SourceRef(source_id=i, name=i) for i in ids)


def test_each_article_counts_the_events_citing_it_once_each(qtbot):
    articles = {
        a: Article(a, f"Article {a}", "Text.", published=dt.date(2022, 1, 18))
        for a in ("a1", "a2", "a3")
    }
    when = When(FuzzyDate(2022, 1, 10))
    events = [
        Event("e1", "One", when, sources=cite("a1")),
        Event("e2", "Two", when, sources=cite("a2", "a2")),  # twice: one event
        Event("e3", "Three", when, sources=cite("a1", "a2")),
        Event("e4", "Four", when, sources=cite("")),
        Event("e5", "Five", when),
    ]
    holder = QObject()
    model = EventModel(TimelineDocument("t", events, articles), holder)
    sources = SourceListModel(model, holder)
    assert [sources.event_count(a) for a in ("a1", "a2", "a3")] == [2, 2, 0]
    assert sources.event_count("") == 0
    # The counts follow the timeline as events are added.
    stack = QUndoStack(holder)
    stack.push(AddEventsCommand(model, [Event("e6", "Six", when, sources=cite("a3"))]))
    qtbot.waitUntil(lambda: sources.event_count("a3") == 1, timeout=2000)
