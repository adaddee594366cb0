"""The document's edits: each returns its inverse, and tells a listener what it changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, document_to_bytes
from timeline_app.core.document_edits import (
    AttachArticle,
    DetachArticle,
    Edits,
    InsertEvents,
    RemoveEvents,
    ReplaceEvent,
    add_events,
    set_publication_date,
)
from timeline_app.core.events import Article, Event, SourceRef


def event(event_id: str, title: str = "", year: int = 2022) -> Event:
    return Event(event_id, title or f"Event {event_id}", When(FuzzyDate(year)))


def document(count: int = 5, articles: int = 2) -> TimelineDocument:
    return TimelineDocument(
        "t",
        [event(f"e{i}") for i in range(count)],
        {f"a{i}": Article(f"a{i}", f"Article {i}") for i in range(articles)},
    )


def snapshot(doc: TimelineDocument) -> bytes:
    """Everything a save writes, in order."""
    return document_to_bytes(doc)


class Recorder:
    """Mirrors the changes an edit reports on a list of ids, as a view of the rows would."""

    def __init__(self, doc: TimelineDocument) -> None:
        self.ids = [e.id for e in doc.events]
        self.doc = doc
        self.pending: tuple[str, int, int] | None = None
        self.articles_changed = 0
        self.changed_rows: list[int] = []

    def inserting_events(self, first: int, last: int) -> None:
        assert self.pending is None and len(self.doc.events) == len(self.ids)
        self.pending = ("insert", first, last)

    def inserted_events(self, first: int, last: int) -> None:
        assert self.pending == ("insert", first, last)
        self.ids[first:first] = [e.id for e in self.doc.events[first : last + 1]]
        self.pending = None

    def removing_events(self, first: int, last: int) -> None:
        assert self.pending is None and len(self.doc.events) == len(self.ids)
        self.pending = ("remove", first, last)

    def removed_events(self, first: int, last: int) -> None:
        assert self.pending == ("remove", first, last)
        del self.ids[first : last + 1]
        self.pending = None

    def changed_event(self, row: int) -> None:
        self.changed_rows.append(row)

    def changed_articles(self) -> None:
        self.articles_changed += 1


def test_inserting_events_puts_them_before_the_row_and_removing_undoes_it():
    doc = document(3)
    inverse = InsertEvents((event("x"), event("y")), 1).apply(doc)
    assert [e.id for e in doc.events] == ["e0", "x", "y", "e1", "e2"]
    assert doc.row_of("e2") == 4 and doc.row_of("x") == 1
    assert inverse == RemoveEvents(("x", "y"))
    inverse.apply(doc)
    assert doc == document(3) and doc.row_of("e2") == 2 and doc.row_of("x") is None


def test_removing_scattered_events_puts_each_back_in_its_row():
    doc = document(6)
    before = snapshot(doc)
    recorder = Recorder(doc)
    inverse = RemoveEvents(("e4", "e0", "e1", "missing")).apply(doc, recorder)
    assert [e.id for e in doc.events] == ["e2", "e3", "e5"] == recorder.ids
    inverse.apply(doc, recorder)
    assert snapshot(doc) == before and recorder.ids == [e.id for e in doc.events]


def test_replacing_an_event_returns_the_old_value():
    doc = document(3)
    new = dataclasses.replace(doc.events[1], title="Talks resume")
    recorder = Recorder(doc)
    inverse = ReplaceEvent(new).apply(doc, recorder)
    assert doc.events[1] is new and recorder.changed_rows == [1]
    assert inverse == ReplaceEvent(document(3).events[1])
    with pytest.raises(KeyError):
        ReplaceEvent(event("nowhere")).apply(doc)


def test_an_id_already_on_the_timeline_is_refused_before_anything_changes():
    """A document with one id twice cannot be opened again: an edit never makes one."""
    doc = document(3)
    for events in ((event("e1"),), (event("n"), event("n"))):
        with pytest.raises(ValueError, match="already on the timeline"):
            InsertEvents(events).apply(doc)
    assert doc == document(3)


def test_detaching_and_reattaching_an_article_keeps_its_place():
    doc = document(1, articles=3)
    before = snapshot(doc)
    inverse = DetachArticle("a1").apply(doc)
    assert list(doc.sources) == ["a0", "a2"]
    inverse.apply(doc)
    assert list(doc.sources) == ["a0", "a1", "a2"] and snapshot(doc) == before
    assert DetachArticle("gone").apply(doc) == Edits()


def test_adding_events_with_their_article_is_one_edit_with_one_inverse():
    doc = document(2, articles=0)
    article = Article("new", "Report")
    cited = dataclasses.replace(event("n1"), sources=(SourceRef("new"),))
    recorder = Recorder(doc)
    inverse = add_events([cited], [article]).apply(doc, recorder)
    assert doc.events[-1] == cited and doc.sources["new"] == article
    assert recorder.ids == ["e0", "e1", "n1"] and recorder.articles_changed == 1
    inverse.apply(doc, recorder)
    assert doc == document(2, articles=0) and recorder.ids == ["e0", "e1"]


def test_a_new_publication_date_moves_the_events_it_dates_and_undoes_as_one():
    doc = document(3)
    article = doc.sources["a0"]
    moved = dataclasses.replace(doc.events[2], when=When(FuzzyDate(2022, 1, 10)))
    inverse = set_publication_date(article, dt.date(2022, 1, 18), [moved]).apply(doc)
    assert doc.sources["a0"].published == dt.date(2022, 1, 18) and doc.events[2] == moved
    inverse.apply(doc)
    assert doc == document(3)


# --- any edit, then its inverse, gives the document back --------------------------------


@st.composite
def edits_for(draw, doc: TimelineDocument):
    ids = [e.id for e in doc.events]
    kind = draw(st.sampled_from(["insert", "remove", "replace", "attach", "detach", "many"]))
    if kind == "insert":
        count = draw(st.integers(0, 3))
        row = draw(st.one_of(st.none(), st.integers(0, len(ids))))
        fresh = draw(
            st.lists(
                st.text("xyz", min_size=1, max_size=3), min_size=count, max_size=count, unique=True
            )
        )
        return InsertEvents(tuple(event(f"new-{i}") for i in fresh), row)
    if kind == "remove":
        return RemoveEvents(tuple(draw(st.lists(st.sampled_from([*ids, "absent"]), max_size=5))))
    if kind == "replace" and ids:
        chosen = draw(st.sampled_from(ids))
        return ReplaceEvent(
            event(chosen, draw(st.sampled_from(["A", "B"])), draw(st.integers(1, 2030)))
        )
    if kind == "attach":
        key = draw(st.sampled_from(["a0", "a1", "a2", "a9"]))
        position = draw(st.one_of(st.none(), st.integers(0, 4)))
        return AttachArticle(Article(key, draw(st.sampled_from(["T", "U"]))), position)
    if kind == "detach":
        return DetachArticle(draw(st.sampled_from(["a0", "a1", "a2", "a9"])))
    return Edits(tuple(draw(st.lists(edits_for(doc), max_size=3))))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 8), st.integers(0, 3), st.data())
def test_any_edit_then_its_inverse_gives_back_the_same_document(count, articles, data):
    doc = document(count, articles)
    before = snapshot(doc)
    edit = data.draw(edits_for(doc))
    recorder = Recorder(doc)
    try:
        inverse = edit.apply(doc, recorder)
    except (ValueError, KeyError, IndexError):
        # A composite edit whose later steps no longer fit (an id inserted twice, an event
        # replaced after it was removed) is refused, all of it.
        assert snapshot(doc) == before and recorder.ids == [e.id for e in doc.events]
        return
    assert recorder.ids == [e.id for e in doc.events]
    assert all(doc.row_of(e.id) == row for row, e in enumerate(doc.events))
    after = snapshot(doc)
    redo = inverse.apply(doc, recorder)
    assert snapshot(doc) == before and recorder.ids == [e.id for e in doc.events]
    redo.apply(doc, recorder)  # and the inverse of the inverse is the edit again
    assert snapshot(doc) == after
