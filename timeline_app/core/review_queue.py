"""The review queue across articles, without any widget: the candidates of every article
waiting for review gathered by happening, what each group adds to the timeline, and the edit
that the accepted groups make.

The gathering is ``corroboration.merge_into``'s, by the rules of ``core/happenings.py``:
candidates of different articles that it would make one event form one group, and a group it
would add to an event of the timeline says what it adds there ("a second source for …",
"a different date for …"). There is no second matcher here. A candidate the user set apart
(it was put in the wrong group) is a group of its own and joins nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from timeline_app.core.corroboration import (
    MergeResult,
    addition_note,
    combine,
    disagreement,
    independent_sources,
    merge_into,
    regrade,
)
from timeline_app.core.dates import When
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.core.review import mention_place
from timeline_app.core.syndication import find_copies
from timeline_app.core.timeline_index import TimelineIndex

NEW_NOTE = "new"
ON_TIMELINE_NOTE = "on the timeline"


@dataclass(frozen=True)
class QueuedArticle:
    """An article waiting for review and the candidates read from it (none yet: not read)."""

    article: Article
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Member:
    """One article's candidate in a group."""

    article: Article  # as it would join the timeline (``copy_of`` marked)
    event: Event
    on_timeline: bool = False  # this very mention is a source of a timeline event already

    @property
    def source(self) -> SourceRef | None:
        return self.event.sources[0] if self.event.sources else None

    @property
    def reading(self) -> When:
        """This article's own reading of the date."""
        source = self.source
        return source.when if source is not None and source.when is not None else self.event.when


@dataclass(frozen=True)
class Group:
    """Candidates of one or more articles that tell one happening.

    ``preview`` is the event the group makes: its first candidate holding every member's
    source, or, when it ``joins`` an event of the timeline, that event with their sources
    added. ``note`` says what it adds: "new", "a second source for “…”", "a different date
    for “…”: …", or "on the timeline" once every member is there.
    """

    key: str
    members: tuple[Member, ...]
    preview: Event
    joins: Event | None = None
    note: str = NEW_NOTE
    disagreement: str = ""
    independent: int = 1
    set_apart: bool = False

    @property
    def title(self) -> str:
        return self.preview.title

    @property
    def when(self) -> When:
        return self.preview.when

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(m.article.id for m in self.members))

    @property
    def happened(self) -> float:
        """When the happening began, as a day number (the newest first is the highest)."""
        return self.preview.when.start_ordinal

    @property
    def arrived(self) -> dt.date | None:
        """When its newest article was published (else captured): when the news came in."""
        return max(
            (d for d in (arrival_of(m.article) for m in self.members) if d is not None),
            default=None,
        )

    @property
    def pending_ids(self) -> list[str]:
        """Its candidates not on the timeline yet: the ones a decision is about."""
        return [m.event.id for m in self.members if not m.on_timeline]


def arrival_of(article: Article) -> dt.date | None:
    if article.published is not None:
        return article.published
    try:
        return dt.date.fromisoformat(article.captured_at[:10]) if article.captured_at else None
    except ValueError:
        return None


def newest_first(groups: Iterable[Group]) -> list[Group]:
    """By the happening's date, the latest first; a tie by when the news came, then title."""
    return sorted(
        groups,
        key=lambda g: (
            -g.happened,
            -(g.arrived.toordinal() if g.arrived else 0),
            g.title.casefold(),
            g.key,
        ),
    )


# --- gathering ----------------------------------------------------------------------------------


class _Walked:
    """The timeline's events walked once for one grouping: what a ``TimelineIndex`` kept up
    to date answers, worked out afresh (its cost grows with the timeline)."""

    def __init__(self, timeline: Sequence[Event]) -> None:
        self._events = list(timeline)
        self._ids = {event.id: event for event in self._events}
        self._held: dict[tuple, list[Event]] = defaultdict(list)
        for event in self._events:
            for source in event.sources:
                if source.source_id:
                    self._held[mention_place(source)].append(event)

    def event(self, event_id: str) -> Event | None:
        return self._ids.get(event_id)

    def read_at(self, place: tuple) -> list[Event]:
        return self._held.get(place, [])

    def plan(self, candidates: list[Event], articles: Mapping[str, Article]) -> MergeResult:
        return merge_into(self._events, candidates, articles)


def _holder(
    event: Event, siblings: Sequence[Event], timeline: _Walked | TimelineIndex
) -> Event | None:
    """The timeline event that already holds this candidate's mention, if one does: the same
    event (same id), or one holding the same place of the same article. One sentence can give
    two candidates; then the titles must agree too."""
    same = timeline.event(event.id)
    if same is not None:
        return same
    if not event.sources:
        return None
    key = mention_place(event.sources[0])
    holders = timeline.read_at(key)
    if not holders:
        return None
    twins = [e for e in siblings if e.sources and mention_place(e.sources[0]) == key]
    if len(twins) <= 1:
        return holders[0]
    return next((h for h in holders if h.title.casefold() == event.title.casefold()), None)


def mark_copies(
    queued: Sequence[Article], timeline_articles: Mapping[str, Article]
) -> dict[str, Article]:
    """The queued articles with ``copy_of`` marked where one copies another, or copies an
    article of the timeline given (the one already held is the original)."""
    marked = {a.id: a for a in queued}
    copies = find_copies([*queued, *(a for a in timeline_articles.values() if a.id not in marked)])
    for copy_id, original in copies.items():
        if copy_id in marked and not marked[copy_id].copy_of:
            marked[copy_id] = dataclasses.replace(marked[copy_id], copy_of=original)
        elif original in marked and copy_id not in marked and not marked[original].copy_of:
            # The timeline's article was published later but is held: the newcomer copies it.
            marked[original] = dataclasses.replace(marked[original], copy_of=copy_id)
    return marked


def group_queue(
    queued: Sequence[QueuedArticle],
    timeline: Sequence[Event] | TimelineIndex,
    articles: Mapping[str, Article],
    *,
    apart: Collection[str] = (),
    reliability: Mapping[str, str] | None = None,
) -> list[Group]:
    """The candidates of ``queued`` gathered by happening, newest first (see ``Group``).

    ``timeline``: its events, walked afresh, or the ``TimelineIndex`` kept of them (the same
    groups, at the cost of what the candidates' dates and places meet, not of the timeline).
    ``articles`` are the timeline's; ``apart`` the candidate ids the user set apart.
    """
    if not any(item.events for item in queued):
        return []  # nothing to gather: the timeline is not walked for it
    grades = reliability if reliability is not None else {}
    held = timeline if isinstance(timeline, TimelineIndex) else _Walked(timeline)
    on_timeline: dict[str, list[tuple[str, Event]]] = defaultdict(list)  # timeline id -> them
    fresh: list[tuple[str, Event]] = []
    alone: list[tuple[str, Event]] = []
    for item in queued:
        for event in item.events:
            holder = _holder(event, item.events, held)
            if holder is not None:
                on_timeline[holder.id].append((item.article.id, event))
            elif event.id in apart:
                alone.append((item.article.id, event))
            else:
                fresh.append((item.article.id, event))

    # Copies among the queued articles; then copies of the timeline articles their candidates
    # would join (a desk holds thousands: the others cannot be copies of what they tell).
    marked = mark_copies([item.article for item in queued], {})
    result = held.plan([e for _, e in fresh], {**articles, **marked})
    targets = (held.event(t) for t in {*result.joined.values(), *on_timeline})
    near = {
        source.source_id
        for target in targets
        if target is not None
        for source in target.sources
        if source.source_id in articles
    }
    if near:
        remarked = mark_copies([item.article for item in queued], {a: articles[a] for a in near})
        if remarked != marked:
            marked = remarked
            result = held.plan([e for _, e in fresh], {**articles, **marked})
    known = {**articles, **marked}
    article_of = {event.id: marked[article_id] for article_id, event in (*fresh, *alone)}
    for items in on_timeline.values():
        for article_id, event in items:
            article_of[event.id] = marked[article_id]

    joined_to: dict[str, list[Event]] = defaultdict(list)
    for _, event in fresh:
        target = result.joined.get(event.id)
        if target is not None:
            joined_to[target].append(event)
    fresh_by_id = {event.id: event for _, event in fresh}
    groups: list[Group] = []
    for leader in result.added:
        first = fresh_by_id[leader.id]
        members = [first, *joined_to.get(leader.id, [])]
        preview = regrade(combine(first, members[1:]), known, grades)
        groups.append(
            Group(
                first.id,
                tuple(Member(article_of[e.id], e) for e in members),
                preview,
                note=NEW_NOTE,
                disagreement=disagreement(preview),
                independent=independent_sources(preview, known),
            )
        )
    for target_id in dict.fromkeys(
        [*on_timeline, *(t for t in joined_to if held.event(t) is not None)]
    ):
        joined_event = held.event(target_id)
        assert joined_event is not None
        there = [Member(article_of[e.id], e, on_timeline=True) for _, e in on_timeline[target_id]]
        adding = joined_to.get(target_id, [])
        shown = there + [Member(article_of[e.id], e) for e in adding]
        if adding:
            preview = regrade(combine(joined_event, adding), known, grades)
            told = combine(adding[0], adding[1:])
            note = addition_note(joined_event, preview, told, known)
        else:
            preview, note = joined_event, ON_TIMELINE_NOTE
        groups.append(
            Group(
                target_id,
                tuple(shown),
                preview,
                joins=joined_event,
                note=note,
                disagreement=disagreement(preview),
                independent=independent_sources(preview, known),
            )
        )
    for _, event in alone:
        preview = regrade(combine(event, []), known, grades)
        groups.append(
            Group(
                event.id,
                (Member(article_of[event.id], event),),
                preview,
                note=NEW_NOTE,
                disagreement=disagreement(preview),
                independent=independent_sources(preview, known),
                set_apart=True,
            )
        )
    return newest_first(groups)


# --- adding -------------------------------------------------------------------------------------


@dataclass
class QueueAddition:
    """What the accepted candidates of the queue make of the timeline: ``updated`` events of
    the timeline holding new sources, ``added`` new events, and the ``articles`` to attach
    (each article that gives a source, with its custody fields as captured)."""

    updated: list[Event] = field(default_factory=list)
    added: list[Event] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    sources_joined: int = 0  # sources added to events already on the timeline

    def __bool__(self) -> bool:
        return bool(self.updated or self.added)


def queue_addition(
    groups: Sequence[Group],
    accepted: Collection[str],
    articles: Mapping[str, Article],
    reliability: Mapping[str, str] | None = None,
) -> QueueAddition:
    """The timeline edit for the ``accepted`` candidate ids, group by group as shown: a group
    joining a timeline event adds its accepted candidates' sources there; any other makes one
    event of its first accepted candidate holding the others' sources. Graded as
    ``merge_into`` grades (a grade set by hand is kept)."""
    grades = reliability if reliability is not None else {}
    addition = QueueAddition()
    giving: dict[str, Article] = {}
    for group in groups:
        chosen = [m for m in group.members if not m.on_timeline and m.event.id in accepted]
        if not chosen:
            continue
        for member in chosen:
            giving.setdefault(member.article.id, articles.get(member.article.id, member.article))
        known = {**articles, **giving}
        events = [m.event for m in chosen]
        if group.joins is not None:
            addition.updated.append(regrade(combine(group.joins, events), known, grades))
            addition.sources_joined += len(events)
        else:
            addition.added.append(regrade(combine(events[0], events[1:]), known, grades))
    addition.articles = list(giving.values())
    return addition
