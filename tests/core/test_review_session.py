"""The review of one article without widgets: the user's decisions, and what survives when
the article is read again at another publication date."""

import datetime as dt
from dataclasses import replace

from timeline_app.core.dates import When
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.core.review import ReviewState
from timeline_app.core.review_session import (
    Candidate,
    RedatePlan,
    candidates_for,
    count_candidates,
    decide,
    merge_reading,
)


def event(event_id, title, when, *, start, date_text="Monday"):
    ref = SourceRef(
        source_id="a1", name="AP", evidence="...", start=start, end=start + 9, date_text=date_text
    )
    return Event(id=event_id, title=title, when=When.from_edtf(when), sources=(ref,))


# Read on 14 September 1998: "on Monday" and "on Sunday" are the 14th and the 13th.
FIRST = [
    event("m", "Talks open", "1998-09-14", start=0),
    event("s", "Troops leave", "1998-09-13", start=20, date_text="Sunday"),
    event("f", "Treaty signed", "1998-08-07", start=40, date_text="on 7 August 1998"),
]
# Read again on 21 September: the weekdays move on a week, the full date stays.
SECOND = [
    event("m", "Talks open", "1998-09-21", start=0),
    event("s", "Troops leave", "1998-09-20", start=20, date_text="Sunday"),
    event("f", "Treaty signed", "1998-08-07", start=40, date_text="on 7 August 1998"),
]


def test_decisions_on_an_event_already_on_the_timeline_are_ignored():
    candidates = candidates_for(FIRST)
    candidates[0].duplicate_of = "m"  # this very event was added before
    candidates[1].duplicate_of = "other"  # a look-alike of another timeline event
    assert decide(candidates, [0, 1], ReviewState.ACCEPTED) == [1]
    assert candidates[0].state is ReviewState.PENDING
    # Accepting a look-alike says it is no repeat: it can be added.
    assert candidates[1].not_duplicate and candidates[1].addable
    assert count_candidates(candidates, state=ReviewState.ACCEPTED) == 1
    assert count_candidates(candidates, on_timeline=True) == 1


def test_a_new_reading_keeps_the_users_decisions_and_moves_the_dates():
    candidates = candidates_for(FIRST)
    decide(candidates, [0], ReviewState.ACCEPTED)
    decide(candidates, [2], ReviewState.REJECTED)
    merged = merge_reading(candidates, SECOND)
    assert [(c.event.id, c.state, str(c.event.when.to_edtf())) for c in merged] == [
        ("m", ReviewState.ACCEPTED, "1998-09-21"),
        ("s", ReviewState.PENDING, "1998-09-20"),
        ("f", ReviewState.REJECTED, "1998-08-07"),
    ]
    assert merged[0].moved_from == When.from_edtf("1998-09-14")
    assert merged[2].moved_from is None  # a full date does not move
    assert count_candidates(merged, moved=True) == 2


def test_the_users_own_work_survives_a_reading_that_lacks_it():
    candidates = candidates_for(FIRST)
    candidates[1] = Candidate(
        replace(FIRST[1], when=When.from_edtf("1998-09-12")), ReviewState.ACCEPTED, edited=True
    )
    decide(candidates, [0], ReviewState.ACCEPTED)
    fresh = event("n", "Talks end", "1998-09-22", start=60, date_text="Tuesday")
    merged = merge_reading(candidates, [SECOND[1], fresh])
    # "m" accepted but gone from the reading: kept; "f" undecided and gone: dropped;
    # the edited "s" keeps the user's date; "n" comes in pending, in the article's order.
    assert [c.event.id for c in merged] == ["m", "s", "n"]
    assert merged[1].event.when == When.from_edtf("1998-09-12") and merged[1].moved_from is None
    assert merged[2].state is ReviewState.PENDING


def test_the_redate_plan_moves_only_what_the_publication_date_dated():
    article = Article("a1", title="Talks", published=dt.date(1998, 9, 14))
    plan = RedatePlan(article, dt.date(1998, 9, 21))
    old, new = plan.readings()
    assert old is article and new.published == dt.date(1998, 9, 21) and new.id == "a1"
    corrected = replace(FIRST[1], when=When.from_edtf("1998-09-01"))  # the user's own date
    timeline = [FIRST[0], corrected, FIRST[2]]
    changes = plan.changes(timeline, FIRST, SECOND)
    assert [(a.id, b.when.to_edtf()) for a, b in changes] == [("m", "1998-09-21")]
