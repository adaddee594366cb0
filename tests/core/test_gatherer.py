"""Gathering batch after batch into one timeline with a kept index (``Gatherer``, as
``ingest`` does) gives what ``merge_into`` gives when each batch is gathered into the whole
timeline afresh."""

from __future__ import annotations

import dataclasses
import random

import pytest

from timeline_app.core.corroboration import Gatherer, MergeResult, merge_into
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Attribution, Event, SourceRef

KINDS = ("", "armed clash", "explosion", "protest", "diplomacy", "politics", "other")
ACTORS = ("Russia", "Ukraine", "NATO", "Kyiv", "Moscow")


def made_up_desk(seed: int, articles: int, per_article: int = 4) -> list[list[Event]]:
    """Articles' events on few words, actors and days, so that many tell one happening and
    many nearly do: a batch of events per article."""
    chance = random.Random(seed)
    words = [f"word{n}" for n in range(30)]

    def when() -> When:
        month = chance.choice((3, 3, 3, 4))
        roll = chance.random()
        if roll < 0.1:
            return When(FuzzyDate(2022, month))
        if roll < 0.15:
            return When(FuzzyDate(2022))
        if roll < 0.25:
            return When(FuzzyDate(2022, month, chance.randint(1, 28), approximate=True))
        if roll < 0.3:
            first = chance.randint(1, 20)
            return When(FuzzyDate(2022, month, first), FuzzyDate(2022, month, first + 5))
        return When(FuzzyDate(2022, month, chance.randint(1, 28)))

    batches = []
    for a in range(articles):
        events = []
        for n in range(per_article):
            title = " ".join(chance.sample(words, 4))
            evidence = " ".join(chance.sample(words, 9))
            source = SourceRef(
                source_id=f"a{a}",
                name=f"Outlet {a % 7}",
                evidence=evidence,
                start=n * 100,
                end=n * 100 + len(evidence),
                attribution=chance.choice((Attribution.STATED,) * 4 + (Attribution.CLAIMED,)),
                when=when() if chance.random() < 0.3 else None,
            )
            events.append(
                Event(
                    f"e{a}-{n}",
                    title,
                    when(),
                    category=chance.choice(KINDS),
                    actors=tuple(chance.sample(ACTORS, chance.randint(0, 2))),
                    sources=(source,),
                )
            )
        batches.append(events)
    return batches


def the_same(kept: MergeResult, afresh: MergeResult) -> None:
    assert kept.joined == afresh.joined
    assert kept.notes == afresh.notes
    assert kept.updated == afresh.updated
    assert kept.added == afresh.added


def articles_of(batches: list[list[Event]]) -> dict[str, Article]:
    ids = {s.source_id for batch in batches for e in batch for s in e.sources}
    return {i: Article(i, publisher=f"Outlet {int(i[1:]) % 7}") for i in sorted(ids)}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("batch_size", [1, 5])
def test_a_kept_index_gathers_as_merge_into_does_batch_after_batch(seed, batch_size):
    per_article = made_up_desk(seed, 60)
    articles = articles_of(per_article)
    grades = {"Outlet 1": "B", "Outlet 3": "C"}
    batches = [
        [e for events in per_article[i : i + batch_size] for e in events]
        for i in range(0, len(per_article), batch_size)
    ]
    gatherer = Gatherer()
    timeline: list[Event] = []
    joins = 0
    for batch in batches:
        afresh = merge_into(timeline, batch, articles, grades)
        kept = gatherer.gather(batch, articles, grades)
        the_same(kept, afresh)
        timeline = afresh.events
        assert gatherer.events() == timeline
        joins += len(afresh.joined)
    assert joins > 20  # the desk does gather: the comparison is not between empty results
    assert any(len(e.sources) >= 3 for e in timeline)


def test_a_gatherer_starts_from_a_timeline_as_merge_into_does():
    per_article = made_up_desk(7, 40)
    articles = articles_of(per_article)
    held = merge_into([], [e for events in per_article[:30] for e in events], articles).events
    later = [e for events in per_article[30:] for e in events]
    gatherer = Gatherer(held)
    the_same(gatherer.gather(later, articles), merge_into(held, later, articles))


def test_an_event_read_again_in_a_later_batch_is_known():
    per_article = made_up_desk(11, 3)
    articles = articles_of(per_article)
    gatherer = Gatherer()
    gatherer.gather(per_article[0], articles)
    again = gatherer.gather([dataclasses.replace(per_article[0][0])], articles)
    assert again.added == []
    assert again.notes[per_article[0][0].id].startswith("already a source of")


def test_the_events_citing_an_article_are_found():
    one = Event(
        "t", "Bridge struck", When(FuzzyDate(2022, 3, 1)), sources=(SourceRef(source_id="r"),)
    )
    other = Event(
        "n", "Bridge struck", When(FuzzyDate(2022, 3, 1)), sources=(SourceRef(source_id="b"),)
    )
    gatherer = Gatherer([one])
    result = gatherer.gather([other], {})
    assert result.joined == {"n": "t"}
    assert gatherer.citing(["b"]) == ["t"]
    assert gatherer.citing(["r", "b"]) == ["t"]
    assert gatherer.citing(["x"]) == []
