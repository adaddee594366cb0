"""Correctness at scale (not speed): 100,000 events round-trip, and the index's binary search
finds what a brute-force scan finds."""

from __future__ import annotations

import random

import numpy as np

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, load_document, save_document
from timeline_app.core.events import Attribution, Event, Origin, SourceRef
from timeline_app.core.layout import EventIndex


def many_events(count: int, seed: int = 7) -> list[Event]:
    """Varied events: every precision, ranges, ongoing, flags, sources and odd text."""
    rng = random.Random(seed)
    events = []
    for i in range(count):
        year = rng.randint(1900, 2030)
        roll = rng.random()
        if roll < 0.1:
            start = FuzzyDate(year)
        elif roll < 0.3:
            start = FuzzyDate(year, rng.randint(1, 12))
        elif roll < 0.4:
            start = FuzzyDate(
                year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
            )
        else:
            start = FuzzyDate(
                year,
                rng.randint(1, 12),
                rng.randint(1, 28),
                approximate=rng.random() < 0.1,
                uncertain=rng.random() < 0.1,
            )
        roll = rng.random()
        if roll < 0.05:
            when = When(start, ongoing=True)
        elif roll < 0.1:
            when = When(start, FuzzyDate(year + 1 + rng.randint(0, 3)))
        else:
            when = When(start)
        sources = tuple(
            SourceRef(
                source_id=f"a{k}",
                name="Wire",
                evidence=f"said «{i}»",
                start=k,
                end=k + 5,
                attribution=rng.choice(list(Attribution)),
                attributed_to=rng.choice(["", "officials"]),
            )
            for k in range(rng.randint(0, 2))
        )
        events.append(
            Event(
                id=f"e{i}",
                title=rng.choice(["Talks", "Страйк", "شحن", 'Ceasefire "holds"']) + f" {i}",
                when=when,
                description="line one\nline two" if i % 7 == 0 else "",
                category=rng.choice(["military", "diplomacy", ""]),
                actors=tuple(rng.sample(["Russia", "Ukraine", "NATO", "EU"], rng.randint(0, 2))),
                location=rng.choice(["", "Kyiv"]),
                sources=sources,
                origin=rng.choice(list(Origin)),
                tags=("t",) if i % 5 == 0 else (),
                conflicts_with=(f"e{i - 1}",) if i % 97 == 0 and i else (),
                conflict_note="differs" if i % 97 == 0 and i else "",
            )
        )
    return events


def test_a_100000_event_document_round_trips(tmp_path):
    document = TimelineDocument("Big", many_events(100_000))
    path = tmp_path / "big.ctimeline"
    save_document(document, path)
    loaded = load_document(path)
    assert loaded.title == "Big"
    assert len(loaded.events) == 100_000
    assert loaded.events == document.events


def test_the_visible_set_at_100000_events_equals_brute_force():
    rng = np.random.default_rng(3)
    centres = rng.uniform(700_000, 740_000, 300)
    starts = rng.normal(centres[rng.integers(0, 300, 100_000)], 20.0)
    lengths = np.where(rng.random(100_000) < 0.05, rng.exponential(400, 100_000), 1.0)
    ends = starts + lengths
    index = EventIndex.build(starts, ends)
    for _ in range(200):
        t0 = rng.uniform(699_000, 741_000)
        t1 = t0 + rng.choice([0.1, 3.0, 90.0, 3000.0, 50_000.0])
        found = np.sort(index.rows[index.visible(t0, t1)])
        expected = np.flatnonzero((starts < t1) & (ends > t0))
        assert np.array_equal(found, expected)
