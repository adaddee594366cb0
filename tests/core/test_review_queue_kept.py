"""The review queue grouped over a timeline index kept up to date by the document's edits
gives the groups it gives over the timeline walked afresh: after events come, go, change,
merge and split, with queued articles new to the timeline, read again (their mentions held
already), copies of each other, and a candidate set apart."""

from __future__ import annotations

import dataclasses
import random

import pytest

from tests.core.test_gatherer import articles_of, made_up_desk
from tests.core.test_timeline_index import an_edit
from timeline_app.core.corroboration import merge_into
from timeline_app.core.document import TimelineDocument
from timeline_app.core.document_edits import Edit
from timeline_app.core.events import Article
from timeline_app.core.review_queue import QueuedArticle, group_queue
from timeline_app.core.timeline_index import TimelineIndex


def queue_of(chance: random.Random, per_article, held, articles, n: int) -> list[QueuedArticle]:
    queued = []
    for events in chance.sample(per_article, 6):
        aid = events[0].sources[0].source_id
        queued.append(QueuedArticle(articles[aid], tuple(events)))
    # An article of the timeline read again: its candidates' mentions are held there.
    again = chance.choice(held).sources[0].source_id
    told = [e for e in held if any(s.source_id == again for s in e.sources)]
    queued.append(
        QueuedArticle(
            articles[again],
            tuple(dataclasses.replace(e, id=f"again{n}-{e.id}") for e in told[:3]),
        )
    )
    return queued


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_the_queue_over_the_kept_index_groups_as_the_timeline_walked_afresh(seed):
    chance = random.Random(seed)
    per_article = made_up_desk(seed, 90)
    articles: dict[str, Article] = articles_of(per_article)
    held = merge_into([], [e for events in per_article[:40] for e in events], articles).events
    document = TimelineDocument(events=list(held))
    index = TimelineIndex(document)
    fresh = [e for events in per_article[40:60] for e in events]
    waiting = per_article[60:]
    undo: list[Edit] = []
    joining = 0
    for n in range(20):
        if undo and chance.random() < 0.25:
            undo.pop().apply(document, index)
        else:
            undo.append(an_edit(chance, document, fresh, n).apply(document, index))
        queued = queue_of(chance, waiting, held, articles, n)
        apart = {chance.choice(queued[0].events).id}
        grades = {"Outlet 2": "B"}
        afresh = group_queue(queued, document.events, articles, apart=apart, reliability=grades)
        kept = group_queue(queued, index, articles, apart=apart, reliability=grades)
        assert kept == afresh
        joining += sum(1 for g in afresh if g.joins is not None)
        assert any(len(g.members) > 1 for g in afresh)
    assert joining > 20  # groups do join the timeline: the comparison is not between new ones
