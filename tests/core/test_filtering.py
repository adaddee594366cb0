"""The event filter: search words, category, actor and date range, fast on 100,000 events."""

import random

import numpy as np
import pytest

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.filtering import EventFilter, FilterIndex


def event(id_, title, when, *, category="", actors=(), description="", evidence=""):
    sources = (SourceRef(evidence=evidence),) if evidence else ()
    return Event(
        id=id_,
        title=title,
        when=when,
        category=category,
        actors=tuple(actors),
        description=description,
        sources=sources,
    )


EVENTS = [
    event(
        "crimea",
        "Russian invasion of Crimea",
        When(FuzzyDate(2014)),
        category="Military",
        actors=["Russia", "Ukraine"],
    ),
    event(
        "training",
        "British troops train Ukrainian forces",
        When(FuzzyDate(2015), ongoing=True),
        category="military",
        actors=["United Kingdom"],
    ),
    event(
        "talks",
        "Geneva talks",
        When(FuzzyDate(2022, 1, 10), FuzzyDate(2022, 1, 12)),
        category="diplomacy",
        actors=["United States", "Russia"],
    ),
    event(
        "canada",
        "Canada deploys special forces",
        When(FuzzyDate(2022, 1, 16)),
        category="diplomacy",
        actors=["Canada"],
        evidence="Canada has reportedly deployed",
    ),
    event(
        "anti-tank",
        "UK supplies anti-tank weapons",
        When(FuzzyDate(2022, 1, 17)),
        description="Short-range NLAW missiles flown in by C-17",
    ),
]


def kept(wanted: EventFilter, events=EVENTS, index=None) -> list[str]:
    mask = wanted.matches(index if index is not None else events)
    assert mask.dtype == bool and mask.shape == (len(events),)
    return [e.id for e, keep in zip(events, mask, strict=True) if keep]


def test_an_empty_filter_keeps_everything_and_is_not_active():
    assert not EventFilter().is_active()
    assert kept(EventFilter()) == [e.id for e in EVENTS]
    assert not EventFilter(text="   ").is_active()


def test_search_words_all_match_ignoring_case_and_order():
    assert kept(EventFilter(text="TROOPS british")) == ["training"]
    assert kept(EventFilter(text="russia")) == ["crimea", "talks"]  # title or actors
    assert kept(EventFilter(text="nlaw")) == ["anti-tank"]  # description
    assert kept(EventFilter(text="reportedly")) == ["canada"]  # the evidence quote
    assert kept(EventFilter(text="russia zebra")) == []


def test_category_and_actor_match_whole_values_ignoring_case():
    assert kept(EventFilter(category="military")) == ["crimea", "training"]
    assert kept(EventFilter(actor="russia")) == ["crimea", "talks"]
    assert kept(EventFilter(actor="Russ")) == []
    assert kept(EventFilter(category="diplomacy", actor="Canada")) == ["canada"]


def test_date_range_keeps_events_that_overlap_it():
    jan_2022 = FuzzyDate(2022, 1)
    # The ongoing training overlaps every later range; 2014 and nothing else ends before.
    assert kept(EventFilter(date_from=jan_2022)) == ["training", "talks", "canada", "anti-tank"]
    assert kept(EventFilter(date_to=FuzzyDate(2014, 6))) == ["crimea"]
    # A day inside the Geneva talks' range keeps the talks.
    assert kept(EventFilter(date_from=FuzzyDate(2022, 1, 11), date_to=FuzzyDate(2022, 1, 11))) == [
        "training",
        "talks",
    ]
    # The whole year 2014 as "to" includes December 2014.
    assert kept(EventFilter(date_from=FuzzyDate(2013), date_to=FuzzyDate(2014))) == ["crimea"]


def test_typing_letter_by_letter_gives_the_same_result_as_searching_at_once():
    index = FilterIndex(EVENTS)
    typed = "british tr"
    for end in range(1, len(typed) + 1):
        text = typed[:end]
        assert list(index.matches(EventFilter(text=text))) == list(
            FilterIndex(EVENTS).matches(EventFilter(text=text))
        ), text
    # Deleting letters widens the result again.
    assert (
        index.matches(EventFilter(text="b")).sum()
        > index.matches(EventFilter(text="british")).sum()
    )


def test_rebuilding_after_an_edit_sees_the_new_value():
    index = FilterIndex(EVENTS)
    edited = [*EVENTS[:-1], event("anti-tank", "Javelins delivered", When(FuzzyDate(2022)))]
    again = FilterIndex(edited, previous=index)
    assert kept(EventFilter(text="javelins"), edited, again) == ["anti-tank"]
    assert kept(EventFilter(text="nlaw"), edited, again) == []
    assert kept(EventFilter(text="crimea"), edited, again) == ["crimea"]


def _many(count: int) -> list[Event]:
    rng = random.Random(7)
    words = [
        "troops",
        "border",
        "talks",
        "sanctions",
        "missiles",
        "convoy",
        "ceasefire",
        "Kyiv",
        "Moscow",
        "Minsk",
        "Donbas",
        "NATO",
        "embassy",
        "drills",
        "pipeline",
    ]
    return [
        event(
            str(i),
            " ".join(rng.choices(words, k=6)),
            When(FuzzyDate(rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28))),
            category=rng.choice(["military", "diplomacy", "economic", ""]),
            actors=rng.sample(["Russia", "Ukraine", "NATO", "Belarus", "EU"], 2),
            evidence=" ".join(rng.choices(words, k=25)),
        )
        for i in range(count)
    ]


@pytest.fixture(scope="module")
def many_events() -> list[Event]:
    return _many(100_000)


def test_each_keystroke_over_100000_events_finds_what_a_plain_scan_finds(many_events):
    # Speed is measured by benchmarks/bench_canvas.py; here, that the shortcuts (narrowing
    # from the previous word, a frequent letter, a rare pair of bytes) keep the rows right.
    typed = "kyiv talks"
    index = FilterIndex(many_events)
    kept = np.array(
        [
            e.category == "military"
            and e.when.end_ordinal(now=np.inf) > FuzzyDate(2000).start_ordinal
            for e in many_events
        ]
    )
    for end in range(1, len(typed) + 1):
        words = typed[:end].split()
        wanted = EventFilter(text=typed[:end], category="military", date_from=FuzzyDate(2000))
        expected = kept & np.array([all(w in e.search_text() for w in words) for e in many_events])
        assert (index.matches(wanted) == expected).all(), typed[:end]


@pytest.mark.parametrize("text", ["k", "kyiv", "zzz", "e", "tanks", "Moscow"])
def test_a_word_pasted_at_once_over_100000_events_is_found_where_it_is(many_events, text):
    index = FilterIndex(many_events)
    cold = FilterIndex(many_events, previous=index)  # no earlier search to build on
    expected = np.array([text.casefold() in e.search_text() for e in many_events])
    assert (cold.matches(EventFilter(text=text)) == expected).all()
    assert (index.matches(EventFilter(text=text)) == expected).all()


def test_searching_on_from_a_longer_or_different_word_stays_right(many_events):
    index = FilterIndex(many_events[:5000])
    for text in ["kyiv", "kyiv t", "kyiv ta", "kyi", "ky", "minsk kyiv", "talks", "tal", "x"]:
        expected = [all(w in e.search_text() for w in text.split()) for e in many_events[:5000]]
        assert list(index.matches(EventFilter(text=text))) == expected, text
