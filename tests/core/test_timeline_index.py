"""A timeline index kept up to date by the document's edits answers the review as the
whole timeline read afresh does (``review_plan``, ``find_duplicates``), after every kind of
edit: events added at the end or in the middle, removed, changed, merged, split, undone."""

from __future__ import annotations

import dataclasses
import random

import pytest

from tests.core.test_gatherer import articles_of, made_up_desk
from timeline_app.core.corroboration import combine, merge_into, review_plan, split_sources
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.document_edits import (
    Edit,
    InsertEvents,
    RemoveEvents,
    ReplaceEvent,
    merge_events,
    split_event,
)
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.review import find_duplicates
from timeline_app.core.timeline_index import TimelineIndex


def answers_as_afresh(index: TimelineIndex, candidates: list[Event], articles) -> int:
    """Check the index against the timeline read afresh; how many candidates were joined."""
    timeline = list(index.document.events)
    afresh = review_plan(timeline, candidates, articles)
    kept = index.plan(candidates, articles)
    assert kept.joined == afresh.joined
    assert kept.notes == afresh.notes
    assert kept.updated == afresh.updated
    assert kept.added == afresh.added
    repeats = find_duplicates(candidates, timeline, afresh.joined)
    assert index.duplicates(candidates, afresh.joined) == repeats
    return len(afresh.joined)


def an_edit(chance: random.Random, document: TimelineDocument, fresh: list[Event], n: int) -> Edit:
    events = document.events
    kind = chance.choice(("insert", "insert", "remove", "date", "title", "merge", "split"))
    if kind == "insert" or len(events) < 4:
        batch = tuple(fresh.pop() for _ in range(min(len(fresh), chance.randint(1, 3))))
        return InsertEvents(batch, chance.randint(0, len(events)))
    picked = chance.choice(events)
    if kind == "remove":
        return RemoveEvents(tuple(e.id for e in chance.sample(events, chance.randint(1, 3))))
    if kind == "date":
        day = chance.randint(1, 28)
        when = When(FuzzyDate(2022, chance.choice((3, 4)), day))
        sources = tuple(dataclasses.replace(s, when=None) for s in picked.sources)
        return ReplaceEvent(dataclasses.replace(picked, when=when, sources=sources))
    if kind == "title":
        return ReplaceEvent(dataclasses.replace(picked, title=chance.choice(fresh).title))
    if kind == "merge":
        other = chance.choice([e for e in events if e.id != picked.id])
        return merge_events(combine(picked, [other]), [other.id])
    if len(picked.sources) < 2:
        return ReplaceEvent(dataclasses.replace(picked, actors=()))
    ids = [f"split{n}-{k}" for k in range(len(picked.sources) - 1)]
    return split_event(document, split_sources(picked, ids))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kept_index_answers_as_the_timeline_read_afresh_after_each_edit(seed):
    chance = random.Random(seed)
    per_article = made_up_desk(seed, 90)
    articles = articles_of(per_article)
    held = merge_into([], [e for events in per_article[:40] for e in events], articles).events
    document = TimelineDocument(events=list(held))
    index = TimelineIndex(document)
    fresh = [e for events in per_article[40:70] for e in events]
    readers = per_article[70:]
    joined = 0
    undo: list[Edit] = []
    for n in range(30):
        if undo and chance.random() < 0.25:
            undo.pop().apply(document, index)
        else:
            undo.append(an_edit(chance, document, fresh, n).apply(document, index))
        assert len(index) == len(document.events)
        # An article not on the timeline, and one read again (new ids, the same places).
        again = [dataclasses.replace(e, id=f"again{n}-{e.id}") for e in chance.sample(held, 4)]
        joined += answers_as_afresh(index, chance.choice(readers), articles)
        joined += answers_as_afresh(index, again, articles)
    assert joined > 50  # the plans do gather: the comparison is not between empty results


def test_of_equally_likely_events_the_first_in_the_timelines_order_is_joined():
    def told(event_id: str, article: str) -> Event:
        source = SourceRef(source_id=article, evidence="Ferry sinks off the cape", start=0, end=9)
        return Event(event_id, "Ferry sinks", When(FuzzyDate(2021, 5, 4)), sources=(source,))

    document = TimelineDocument(events=[told("later", "a")])
    index = TimelineIndex(document)
    InsertEvents((told("earlier", "b"),), 0).apply(document, index)
    plan = index.plan([told("new", "c")], {})
    assert plan.joined == {"new": "earlier"}
    assert plan.joined == review_plan(document.events, [told("new", "c")], {}).joined


def test_a_century_wide_candidate_looks_at_every_event_in_the_timelines_order():
    def told(event_id: str, article: str, when: When) -> Event:
        source = SourceRef(source_id=article, evidence="Dam burst in the valley", start=0, end=9)
        return Event(event_id, "Dam burst", when, sources=(source,))

    document = TimelineDocument(events=[told("late", "a", When(FuzzyDate(1950)))])
    index = TimelineIndex(document)
    InsertEvents((told("early", "b", When(FuzzyDate(1950, 6, 1))),), 0).apply(document, index)
    wide = told("wide", "c", When(FuzzyDate(1900), FuzzyDate(2000)))
    assert index.plan([wide], {}).joined == review_plan(document.events, [wide], {}).joined
