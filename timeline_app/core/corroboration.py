"""One happening, one event, with every source that tells it; how many of those sources are
independent; and how sure that makes us, in the Admiralty style.

``merge_into`` gathers the events of newly read articles into the timeline's events: a new
event that tells a happening the timeline already holds (``core/happenings.py``) adds its
source to that event, keeping its own quote, attribution and reading of the date; otherwise it
is a new event. Each new event gets a note saying what it adds ("a second source for …",
"a different date for …"). ``suggest_confidence`` grades an event from its sources.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from timeline_app.core.admiralty import UNJUDGED_RELIABILITY
from timeline_app.core.date_display import format_when
from timeline_app.core.date_index import DateIndex, KeptDateIndex, StackedDateIndex
from timeline_app.core.dates import When
from timeline_app.core.events import Article, Attribution, Event, SourceRef
from timeline_app.core.happenings import (
    content_words,
    date_gap,
    dates_disagree,
    kinds_compatible,
    readings,
    same_happening,
)
from timeline_app.core.syndication import original_of

DISAGREEMENT_PREFIX = "Sources disagree on the date"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@dataclass
class MergeResult:
    """The timeline after new events were gathered into it.

    ``events``: the timeline's events (new values where they gained sources) then the new
    events, in order. ``updated``: the timeline's events that gained sources, by id.
    ``added``: the new events. ``joined``: new event id -> id of the event it joined.
    ``notes``: new event id -> what it adds to the timeline.
    """

    events: list[Event] = field(default_factory=list)
    updated: dict[str, Event] = field(default_factory=dict)
    added: list[Event] = field(default_factory=list)
    joined: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


# --- sources ------------------------------------------------------------------------------------


def outlet_of(article: Article | None, source: SourceRef | None = None) -> str:
    """Who published a source: the article's publisher, else its web site, else the name the
    source was given."""
    if article is not None:
        if article.publisher:
            return article.publisher
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return source.name if source is not None else ""


def _story_of(source: SourceRef, articles: Mapping[str, Article]) -> str:
    """What a source is a telling of: its original wire story, else the source itself."""
    if source.source_id:
        return "article:" + original_of(source.source_id, articles)
    return "name:" + (source.name or source.evidence).casefold()


def independent_sources(event: Event, articles: Mapping[str, Article]) -> int:
    """How many of the event's sources are independent: copies of one wire story (an
    article's ``copy_of``), and one article cited twice, count once."""
    return len({_story_of(source, articles) for source in event.sources})


def with_readings(event: Event) -> Event:
    """The event with each source holding its own reading of the date (the event's date for
    a source that had none)."""
    if all(source.when is not None for source in event.sources):
        return event
    sources = tuple(
        source if source.when is not None else dataclasses.replace(source, when=event.when)
        for source in event.sources
    )
    return dataclasses.replace(event, sources=sources)


def _source_key(source: SourceRef) -> tuple:
    return (source.source_id, source.start, source.end, source.date_text, source.evidence)


def disagreement(event: Event, style: str | None = None) -> str:
    """ "Sources disagree on the date: Reuters 7 Jun 2010; AP 8 Jun 2010", or "" when every
    source's reading overlaps every other's."""
    whens = readings(event)
    if not any(dates_disagree(a, b) for i, a in enumerate(whens) for b in whens[i + 1 :]):
        return ""
    said: dict[str, list[str]] = {}
    for source, when in zip(event.sources, whens, strict=False):
        text = format_when(when) if style is None else format_when(when, style)
        said.setdefault(text, []).append(source.name or "a source")
    parts = [f"{', '.join(dict.fromkeys(names))} {text}" for text, names in said.items()]
    return f"{DISAGREEMENT_PREFIX}: " + "; ".join(parts)


def _with_disagreement(event: Event) -> Event:
    """The event's conflict note says whether its sources disagree (a note the extractor or
    the user wrote about something else is kept)."""
    note = disagreement(event)
    own = event.conflict_note and not event.conflict_note.startswith(DISAGREEMENT_PREFIX)
    if own or note == event.conflict_note:
        return event
    return dataclasses.replace(event, conflict_note=note)


def combine(target: Event, others: Iterable[Event]) -> Event:
    """``target`` holding the sources (each with its reading) and actors of ``others`` too;
    its title, date and everything else stay."""
    target = with_readings(target)
    sources = list(target.sources)
    keys = {_source_key(s) for s in sources}
    actors = list(target.actors)
    for other in others:
        for source in with_readings(other).sources:
            if _source_key(source) not in keys:
                keys.add(_source_key(source))
                sources.append(source)
        actors += [a for a in other.actors if a not in actors]
    combined = dataclasses.replace(target, sources=tuple(sources), actors=tuple(actors))
    return _with_disagreement(combined)


def split_sources(event: Event, new_ids: Sequence[str]) -> list[Event]:
    """One event per source: the first keeps the event's id, the others take ``new_ids``.
    Each is dated by its own source's reading and graded anew (a grade set by hand is kept
    on the first only)."""
    parts = []
    for n, source in enumerate(with_readings(event).sources):
        part = dataclasses.replace(
            event,
            id=event.id if n == 0 else new_ids[n - 1],
            when=source.when or event.when,
            sources=(source,),
            conflict_note="",
        )
        if n:
            part = dataclasses.replace(
                part, confidence="", confidence_note="", confidence_set_by_hand=False
            )
        parts.append(_with_disagreement(part))
    return parts


# --- gathering ----------------------------------------------------------------------------------


def merge_into(
    document_events: list[Event],
    new_events: list[Event],
    articles: Mapping[str, Article],
    reliability: Mapping[str, str] | None = None,
) -> MergeResult:
    """The timeline's events with ``new_events`` gathered in: each new event that tells a
    happening an event already holds (on the timeline, or new and seen before it) adds its
    sources there; the others are new events. Events from one article are never gathered
    with each other: the extractor told them apart. Every event that gains a source, and
    every new one, is graded (``suggest_confidence``) unless its grade was set by hand.

    This indexes the timeline's events at each call; to gather batch after batch into one
    timeline (``ingest``), keep a ``Gatherer``, whose cost per batch does not grow with it.
    """
    gatherer = Gatherer(document_events)
    result = gatherer.gather(new_events, articles, reliability)
    result.events = gatherer.events()
    return result


class Gatherer:
    """The timeline's events, indexed by date, to gather batch after batch of new events
    into: the index is built once and kept up to date, so a batch costs what its own events
    cost (the events whose dates may meet theirs), not what the timeline holds.
    ``gather`` gives what ``merge_into`` gives for the same timeline and batch."""

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._current: MutableMapping[str, Event] = {}
        self._index: DateIndex | StackedDateIndex = DateIndex()
        # When each event last changed (or came): a lone event is tried again only against
        # events that changed or came after it.
        self._changed_at: dict[str, int] = {}
        self._step = 0
        self._position: dict[str, int] = {}  # the order of the timeline, for the index
        self._kept_position: Callable[[str], int | None] = _nowhere
        self._briefs: dict[str, tuple[Event, _Brief]] | None = None  # kept between gathers
        self._filed = 0
        # Article id -> the events citing it, to grade again those whose sources turn out to
        # be copies of one story.
        self._citing: dict[str, list[str]] = defaultdict(list)
        for event in events:
            self._file(event)

    @classmethod
    def over(
        cls,
        events: Mapping[str, Event],
        index: KeptDateIndex,
        position: Callable[[str], int | None],
        briefs: dict[str, tuple[Event, _Brief]] | None = None,
    ) -> Gatherer:
        """A gatherer whose timeline is ``events`` (by id), filed in ``index``, in the order
        of ``position`` (an event's row): it reads them and never changes them, keeping what
        it gathers to itself, so one kept index of a timeline serves plan after plan
        (``timeline_index.TimelineIndex``). It gathers as ``Gatherer(the timeline's events)``
        does; its ``events()`` are only those it filed or changed. ``briefs``: what was
        worked out of the timeline's events for earlier plans, kept for the next."""
        gatherer = cls()
        gatherer._current = _Over(events)
        gatherer._briefs = briefs
        gatherer._index = StackedDateIndex(index)
        gatherer._kept_position = position
        gatherer._filed = len(events)  # the new come after every row
        return gatherer

    def __len__(self) -> int:
        return len(self._current)

    def _place(self, event_id: str) -> int | None:
        place = self._position.get(event_id)
        return self._kept_position(event_id) if place is None else place

    def events(self) -> list[Event]:
        """Every event, the timeline's first (new values where they gained sources), then
        the new ones in the order they came."""
        return list(self._current.values())

    def event(self, event_id: str) -> Event | None:
        return self._current.get(event_id)

    def citing(self, article_ids: Iterable[str]) -> list[str]:
        """The ids of the events holding a source from any of these articles."""
        found: dict[str, None] = {}
        for article_id in article_ids:
            found.update(dict.fromkeys(self._citing.get(article_id, ())))
        return [event_id for event_id in found if event_id in self._current]

    def replace(self, event: Event) -> None:
        """Put a new value of an event (a new grade) in its place; its sources are the same."""
        self._current[event.id] = event

    def _file(self, event: Event) -> None:
        self._current[event.id] = event
        self._position[event.id] = self._filed = self._filed + 1
        self._changed_at[event.id] = self._step
        self._index.add(event.id, readings(event))
        self._cite(event.id, event)

    def _cite(self, event_id: str, event: Event) -> None:
        for article_id in {s.source_id for s in event.sources if s.source_id}:
            self._citing[article_id].append(event_id)

    def gather(
        self,
        new_events: list[Event],
        articles: Mapping[str, Article],
        reliability: Mapping[str, str] | None = None,
    ) -> MergeResult:
        """Gather ``new_events`` in (as ``merge_into`` does) and keep them; the result's
        ``events`` is left empty (``events()`` gives them all)."""
        current, index, changed_at = self._current, self._index, self._changed_at
        index.settle(self._place)
        result = MergeResult()
        added: dict[str, None] = {}  # ids of the new events kept as events, in order
        briefs = {} if self._briefs is None else self._briefs

        def brief(event: Event) -> _Brief:
            cached = briefs.get(event.id)
            if cached is None or cached[0] is not event:
                cached = briefs[event.id] = (event, _Brief.of(event))
            return cached[1]

        def best_match(new: Event, since: int = -1) -> tuple[str | None, bool]:
            """The event ``new`` tells the happening of (the likeliest), and whether it holds
            this very mention already; only events changed after ``since`` are looked at."""
            mine = brief(new)
            best_id, best_score = None, 0.0
            for candidate_id in index.near(new):
                candidate = current.get(candidate_id)
                if (
                    candidate is None
                    or candidate_id == new.id
                    or changed_at.get(candidate_id, 0) <= since
                ):
                    continue
                theirs = brief(candidate)
                if mine.articles & theirs.articles:
                    # The same place of the same article, read again; one sentence can tell
                    # two happenings ("bombs kill 258 and injure 5,000"): their titles tell
                    # them apart (the review pairs a re-read whose title was edited,
                    # core/review.py).
                    if mine.keys <= theirs.keys and _same_title(new, candidate):
                        return candidate_id, True
                    continue
                if not mine.may_meet(theirs):
                    continue
                score = same_happening(candidate, new)
                if score > best_score:
                    best_id, best_score = candidate_id, score
            return best_id, False

        def join(new: Event, target_id: str) -> None:
            before = current[target_id]
            after = combine(before, [new])
            result.joined[new.id] = target_id
            result.notes[new.id] = addition_note(before, after, new, articles)
            current[target_id] = after
            changed_at[target_id] = self._step
            index.add(target_id, readings(new), late=True)  # they may reach other days
            self._cite(target_id, new)
            if target_id not in added:
                result.updated[target_id] = after

        # Steps go on from the batches before: every event already held changed before any
        # of this batch, as the timeline's events do for ``merge_into``.
        for new in new_events:
            self._step += 1
            new = with_readings(new)
            if new.id in current:
                target_id: str | None = new.id
                repeat = True
            else:
                target_id, repeat = best_match(new)
            if repeat and target_id is not None:
                result.joined[new.id] = target_id
                result.notes[new.id] = f"already a source of “{current[target_id].title}”"
            elif target_id is None:
                self._file(new)
                added[new.id] = None
                result.notes[new.id] = ""
            else:
                join(new, target_id)
        # A new event left alone may meet one that came or changed after it (a day's report
        # read after a year's background): try once more, so that the order of reading does
        # not decide.
        absorbed: dict[str, str] = {}
        for event_id in list(added):
            alone = current.pop(event_id)
            target_id, _repeat = best_match(alone, since=changed_at[event_id])
            if target_id is None:
                current[event_id] = alone
                continue
            self._step += 1
            del added[event_id]
            del self._position[event_id]
            join(alone, target_id)
            absorbed[event_id] = target_id
        for joined_id, into in result.joined.items():
            while into in absorbed:
                into = absorbed[into]
            result.joined[joined_id] = into
        grades = reliability if reliability is not None else {}
        for event_id in [*result.updated, *added]:
            current[event_id] = regrade(current[event_id], articles, grades)
            if event_id in result.updated:
                result.updated[event_id] = current[event_id]
        result.added = [current[i] for i in added]
        if isinstance(current, _Over):  # its briefs are kept: the timeline's, not the batch's
            for new in new_events:
                if new.id not in current.below:
                    briefs.pop(new.id, None)
        return result


class _Over(dict[str, Event]):
    """Events laid over a timeline's that it never changes: what is not here is read from
    ``below``; writing, popping and deleting touch only this. Its own items are only those
    laid over (a ``collections.ChainMap`` without the cost of looking through a chain)."""

    def __init__(self, below: Mapping[str, Event]) -> None:
        super().__init__()
        self.below = below

    def __missing__(self, key: str) -> Event:
        return self.below[key]

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.below

    def get(self, key: str, default: Event | None = None) -> Event | None:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self.below.get(key, default)


def _nowhere(_event_id: str) -> int | None:
    return None


def review_plan(
    document_events: list[Event], candidates: list[Event], articles: Mapping[str, Article]
) -> MergeResult:
    """Where each candidate of one article would go, decided once over all of them: the review
    shows this (its notes) and ``add_chosen`` does this, whichever candidates the user then
    accepts. Deciding over only the accepted ones would let a candidate the user rejected
    change where another goes (the one it took a timeline event from), so that what was
    shown is not what is done."""
    return merge_into(document_events, candidates, articles)


def add_chosen(
    document_events: list[Event],
    candidates: list[Event],
    chosen: Iterable[str],
    articles: Mapping[str, Article],
    reliability: Mapping[str, str] | None = None,
    joined: Mapping[str, str] | None = None,
) -> MergeResult:
    """The timeline with the ``chosen`` candidate ids added as ``review_plan`` decided: a
    candidate planned to join a timeline event adds its source there, any other is a new
    event. Graded as ``merge_into`` grades. ``joined``: the plan's, when it was made already
    (over a kept index of the timeline, ``timeline_index``), else it is made here."""
    if joined is None:
        joined = review_plan(document_events, candidates, articles).joined
    wanted = set(chosen)
    current = {event.id: event for event in document_events}
    grades = reliability if reliability is not None else {}
    result = MergeResult()
    for candidate in candidates:
        if candidate.id not in wanted or candidate.id in current:
            continue
        target_id = joined.get(candidate.id)
        if target_id is None or target_id not in current:
            result.added.append(regrade(with_readings(candidate), articles, grades))
            result.notes[candidate.id] = ""
            continue
        before = current[target_id]
        after = combine(before, [candidate])
        result.joined[candidate.id] = target_id
        result.notes[candidate.id] = addition_note(before, after, candidate, articles)
        current[target_id] = result.updated[target_id] = after
    for target_id, event in result.updated.items():
        current[target_id] = result.updated[target_id] = regrade(event, articles, grades)
    result.events = [*current.values(), *result.added]
    return result


def _same_title(first: Event, second: Event) -> bool:
    return first.title.casefold() == second.title.casefold()


class _Brief:
    """What ``merge_into`` checks first of an event, worked out once per event value; the
    words and the source keys only when a check comes to them (most candidates are ruled out
    by their actors or kind before)."""

    __slots__ = ("_event", "_keys", "_words", "actors", "articles", "kind")

    def __init__(self, event: Event) -> None:
        self._event = event
        self.articles = frozenset(s.source_id for s in event.sources if s.source_id)
        self.actors = frozenset(a.casefold() for a in event.actors)
        self.kind = event.category.casefold()
        self._keys: frozenset[tuple] | None = None
        self._words: frozenset[str] | None = None

    @classmethod
    def of(cls, event: Event) -> _Brief:
        return cls(event)

    @property
    def keys(self) -> frozenset[tuple]:
        if self._keys is None:
            self._keys = frozenset(map(_source_key, self._event.sources))
        return self._keys

    @property
    def words(self) -> frozenset[str]:
        """The content words of the title and every evidence sentence."""
        if self._words is None:
            event = self._event
            self._words = content_words(event.title).union(
                *(content_words(s.evidence) for s in event.sources)
            )
        return self._words

    def may_meet(self, other: _Brief) -> bool:
        """Actors in common (or none named), kinds that fit and a word in common: what
        ``happenings.same_happening`` asks at the least, checked before dates and scores."""
        if self.actors and other.actors and not self.actors & other.actors:
            return False
        return kinds_compatible(self.kind, other.kind) and bool(self.words & other.words)


def addition_note(before: Event, after: Event, new: Event, articles: Mapping[str, Article]) -> str:
    """What ``new`` adds to ``before`` (which became ``after`` by taking its sources): "a
    second source for “…”" or "a copy of a story already told for “…”", and "a different date
    for “…”: …" when one of its readings does not meet the event's."""
    title = before.title
    count_before = independent_sources(before, articles)
    count_after = independent_sources(after, articles)
    notes = []
    if count_after > count_before:
        ordinal = _ORDINALS[count_after - 1] if count_after <= len(_ORDINALS) else "another"
        notes.append(f"a {ordinal} source for “{title}”")
    else:
        notes.append(f"a copy of a story already told for “{title}”")
    held = readings(before)
    for when in readings(new):
        if any(date_gap(when, other) >= 0 for other in held):
            timeline = "; ".join(dict.fromkeys(format_when(w) for w in held))
            notes.append(
                f"a different date for “{title}”: {format_when(when)} (the timeline has {timeline})"
            )
            break
    return "; ".join(notes)


# --- confidence ---------------------------------------------------------------------------------


def reliability_of(outlet: str, reliability: Mapping[str, str]) -> str:
    """An outlet's reliability letter from the user's table (case ignored); F when unset."""
    wanted = outlet.casefold()
    for name, letter in reliability.items():
        if name.casefold() == wanted and letter:
            return letter.upper()
    return UNJUDGED_RELIABILITY


def suggest_confidence(
    event: Event, articles: Mapping[str, Article], reliability: Mapping[str, str]
) -> tuple[str, str]:
    """(Admiralty code, the reason in words) for an event, from its sources.

    Reliability: the best letter the user gave any of the event's outlets (F, "cannot be
    judged", for an outlet not rated). Credibility: 1 confirmed by independent sources one
    of which names who said it on the record; 2 told by two or more independent sources
    that agree; 3 one source, or sources whose dates disagree; 4 only claimed; 5 denied, or
    stated by one source and denied by another; 6 no source.
    """
    if not event.sources:
        return f"{UNJUDGED_RELIABILITY}6", "no source to judge it by"
    outlets = {}
    for source in event.sources:
        name = outlet_of(articles.get(source.source_id), source)
        outlets[name] = reliability_of(name, reliability)
    best = min(outlets.values())
    rated = [name for name, letter in outlets.items() if letter == best]
    if best == UNJUDGED_RELIABILITY:
        why_letter = "no outlet's reliability is set"
    else:
        why_letter = f"{', '.join(rated)} rated {best}"
    attributions = {source.attribution for source in event.sources}
    count = independent_sources(event, articles)
    sources_word = "source" if count == 1 else "independent sources"
    affirmed = attributions & {Attribution.STATED, Attribution.REPORTED}
    if Attribution.DENIED in attributions and affirmed:
        digit, why = "5", "one source states it and another denies it"
    elif Attribution.DENIED in attributions:
        digit, why = "5", _by("denied", event.sources, Attribution.DENIED)
    elif not affirmed:
        digit, why = "4", _by("only claimed", event.sources, Attribution.CLAIMED)
    elif disagreement(event):
        digit, why = "3", f"{count} {sources_word}, but they disagree on the date"
    elif count >= 2 and any(s.attributed_to and s.attribution in affirmed for s in event.sources):
        on_record = next(s.attributed_to for s in event.sources if s.attributed_to)
        digit, why = "1", f"{count} independent sources agree, on the record from {on_record}"
    elif count >= 2:
        digit, why = "2", f"{count} independent sources agree"
    else:
        digit, why = "3", "a single source"
    return best + digit, f"{why}; {why_letter}"


def _by(verb: str, sources: Iterable[SourceRef], attribution: Attribution) -> str:
    names = [s.attributed_to for s in sources if s.attribution is attribution and s.attributed_to]
    return f"{verb} by {', '.join(dict.fromkeys(names))}" if names else verb


def regrade(event: Event, articles: Mapping[str, Article], reliability: Mapping[str, str]) -> Event:
    """The event with its suggested grade, unless the user set the grade by hand."""
    if event.confidence_set_by_hand:
        return event
    code, reason = suggest_confidence(event, articles, reliability)
    if (code, reason) == (event.confidence, event.confidence_note):
        return event
    return dataclasses.replace(event, confidence=code, confidence_note=reason)


def when_of(source: SourceRef, event: Event) -> When:
    """A source's own reading of the event's date (the event's, when it gave none)."""
    return source.when or event.when
