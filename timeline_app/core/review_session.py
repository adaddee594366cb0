"""The review of one article's proposed events, without any widget: the candidates and the
user's decisions on them, the merge of a new reading (at another publication date) with those
decisions, and the plan for re-dating an article already on the timeline.

The review panel and the article workspace show this and forward the user's input to it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline_app.core.dates import When
from timeline_app.core.events import Article, Event
from timeline_app.core.review import ReviewState, pair_mentions, retimed_events

# Stepping through days with the date field's arrows reads the article once, after a pause.
REDATE_DELAY_MS = 700


@dataclass
class Candidate:
    """One proposed event and what the user made of it."""

    event: Event
    state: ReviewState = ReviewState.PENDING
    duplicate_of: str | None = None  # id of the timeline event it repeats
    duplicate_title: str = ""
    not_duplicate: bool = False  # the user accepted it although it looked like a repeat
    moved_from: When | None = None  # its date before the publication date changed
    edited: bool = False
    # What it adds to an event of the timeline read from other articles ("a second source
    # for …", "a different date for …"; core.corroboration.merge_into), or "".
    adds: str = ""

    @property
    def on_timeline(self) -> bool:
        """This very event is on the timeline already (added from here, or read before)."""
        return self.duplicate_of == self.event.id

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None and (self.on_timeline or not self.not_duplicate)

    @property
    def addable(self) -> bool:
        return self.state is ReviewState.ACCEPTED and not self.is_duplicate


def candidates_for(events: Sequence[Event]) -> list[Candidate]:
    return [Candidate(event) for event in events]


def decide(candidates: Sequence[Candidate], rows: Iterable[int], state: ReviewState) -> list[int]:
    """Record the user's decision on some candidates; the rows that changed.

    An event already on the timeline has nothing left to decide; accepting a look-alike of a
    timeline event says it is not a repeat after all.
    """
    changed = []
    for row in rows:
        candidate = candidates[row]
        if candidate.on_timeline:
            continue
        if state is ReviewState.ACCEPTED and candidate.is_duplicate:
            candidate.not_duplicate = True
        candidate.state = state
        changed.append(row)
    return changed


def count_candidates(
    candidates: Iterable[Candidate],
    *,
    state: ReviewState | None = None,
    duplicates: bool | None = None,
    on_timeline: bool | None = None,
    conflicts: bool | None = None,
    moved: bool | None = None,
) -> int:
    """How many candidates match all the conditions given (a state counts non-duplicates;
    ``duplicates`` are look-alikes of timeline events, not the ones ``on_timeline``)."""

    def keep(c: Candidate) -> bool:
        return (
            (state is None or (c.state is state and not c.is_duplicate))
            and (duplicates is None or (c.is_duplicate and not c.on_timeline) == duplicates)
            and (on_timeline is None or c.on_timeline == on_timeline)
            and (conflicts is None or bool(c.event.conflicts_with) == conflicts)
            and (moved is None or (c.moved_from is not None) == moved)
        )

    return sum(1 for c in candidates if keep(c))


def merge_reading(current: Sequence[Candidate], new: Sequence[Event]) -> list[Candidate]:
    """The candidates after the article was read again (at another publication date).

    A candidate read from the same place keeps the user's decision; its date follows the new
    reading (``moved_from`` says what it was) unless the user edited it. A candidate the new
    reading lacks is kept only if the user accepted or edited it: the user's own work is never
    dropped. Events only the new reading has come in pending. In the article's order.
    """
    paired = {id(old): fresh for old, fresh in pair_mentions([c.event for c in current], new)}
    used = set()
    merged: list[Candidate] = []
    for candidate in current:
        fresh = paired.get(id(candidate.event))
        if fresh is None:
            if candidate.edited or candidate.state is ReviewState.ACCEPTED:
                merged.append(candidate)
            continue
        used.add(id(fresh))
        candidate.moved_from = None
        if not candidate.edited and fresh.when != candidate.event.when:
            candidate.moved_from = candidate.event.when
            candidate.event = dataclasses.replace(
                candidate.event,
                when=fresh.when,
                conflicts_with=fresh.conflicts_with,
                conflict_note=fresh.conflict_note,
                sources=fresh.sources,
            )
        merged.append(candidate)
    merged += [Candidate(e) for e in new if id(e) not in used]
    merged.sort(key=lambda c: _offset(c.event))
    return merged


def _offset(event: Event) -> int:
    source = event.sources[0] if event.sources else None
    return source.start if source and source.start is not None else 1 << 30


@dataclass(frozen=True)
class RedatePlan:
    """Giving an article of the timeline another publication date: read it at the old and at
    the new date (``readings``), then move the timeline's events whose dates followed
    (``changes``). Events whose date the user corrected stay where the user put them."""

    article: Article  # as it is on the timeline
    published: dt.date | None  # the new date

    def readings(self) -> tuple[Article, Article]:
        return self.article, dataclasses.replace(self.article, published=self.published)

    def changes(
        self, timeline: Sequence[Event], old: list[Event], new: list[Event]
    ) -> list[tuple[Event, Event]]:
        """(current, moved) pairs of the timeline's events, from the two readings."""
        return retimed_events(timeline, old, new, self.article.id)
