"""Reviewing the events proposed for an article: which are already on the timeline, and which
move when the article's publication date changes.

Pure functions over Event values; the review panel keeps the user's choices.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from difflib import SequenceMatcher
from enum import StrEnum

from timeline_app.core.corroboration import review_plan
from timeline_app.core.events import Event, SourceRef

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """
a an the and or but nor of to in on at for with by from as into onto over under after before
than that this these those its it his her their our your is are was were be been being has have
had do does did will would could should may might can says said say tells told according amid
""",
    )
)
_SUFFIXES = ("ing", "ed", "es", "s")


class ReviewState(StrEnum):
    """What the user decided about a proposed event."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


# --- titles -------------------------------------------------------------------------------------


def normalized_title(title: str) -> str:
    """Case-folded words without punctuation: "U.S. troops, 'withdrawn'" -> "u s troops withdrawn"."""
    return " ".join(_WORD.findall(title.casefold()))


def key_words(title: str) -> frozenset[str]:
    """Crude stems of the title's content words ("kills"/"killed" -> "kill")."""
    stems = set()
    for word in _WORD.findall(title.casefold()):
        if word in _STOPWORDS or (len(word) < 3 and not word.isdigit()):
            continue
        for _ in range(2):  # "bombings" -> "bombing" -> "bomb"
            suffix = next(
                (s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3), None
            )
            if suffix is None:
                break
            word = word[: -len(suffix)]
        if word.endswith("e") and len(word) > 4:  # "injure" meets "injur(es)"
            word = word[:-1]
        stems.add(word)
    return frozenset(stems)


def _closeness(first: str, second: str) -> tuple[float, float]:
    """For ranking titles known to be about one sentence: shared key words, then difflib."""
    words_a, words_b = key_words(first), key_words(second)
    union = words_a | words_b
    shared = len(words_a & words_b) / len(union) if union else 0.0
    ratio = SequenceMatcher(
        None, normalized_title(first), normalized_title(second), autojunk=False
    ).ratio()
    return (shared, ratio)


def find_duplicates(
    candidates: Sequence[Event], existing: Sequence[Event], joined: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Candidate id -> the id of the existing event it repeats.

    A repeat is, in this order:

    1. the very same event (same id: the article was read and added before);
    2. an event read from the same place of the same article (same sentence and date phrase,
       see ``mention_key``), whatever its id or edited title. One sentence can give several
       events ("bombs kill 258", "bombs injure 5,000"); they pair up by title similarity;
    3. the event the crisis desk would gather it into (``joined``: candidate id -> event id,
       the plan of ``corroboration.review_plan``, worked out here when not given): one
       decision, so that the review never calls a candidate a repeat of an event the desk
       keeps apart from it, nor lets one the desk gathers into an event pass as new.
    """
    on_timeline = {event.id for event in existing}
    by_mention: dict[tuple, list[Event]] = defaultdict(list)
    for event in existing:
        for source in event.sources:
            if source.source_id:
                by_mention[mention_place(source)].append(event)
    if joined is None:
        joined = review_plan(list(existing), list(candidates), {}).joined
    return repeats(
        candidates, on_timeline.__contains__, lambda key: by_mention.get(key, ()), joined
    )


def repeats(
    candidates: Sequence[Event],
    held: Callable[[str], bool],
    mentioned: Callable[[tuple], Sequence[Event]],
    joined: Mapping[str, str],
) -> dict[str, str]:
    """``find_duplicates`` over a timeline given by lookups: whether it holds an event id, and
    its events holding a source from this place of an article (``mention_place``), in the
    timeline's order; so that a timeline kept indexed (``timeline_index``) is not walked."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for candidate in candidates:
        if held(candidate.id):
            found[candidate.id] = candidate.id
            taken.add(candidate.id)
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for candidate in candidates:
        key = mention_key(candidate)
        if candidate.id not in found and key is not None and mentioned(key):
            groups[key].append(candidate)
    for key, group in groups.items():
        olds = [e for e in mentioned(key) if e.id not in taken]
        scored = sorted(
            (
                (_closeness(c.title, o.title), n, c, o)
                for n, (c, o) in enumerate((c, o) for c in group for o in olds)
            ),
            key=lambda item: (-item[0][0], -item[0][1], item[1]),
        )
        for _score, _n, candidate, old in scored:
            if candidate.id not in found and old.id not in taken:
                found[candidate.id] = old.id
                taken.add(old.id)
    for candidate in candidates:
        target = joined.get(candidate.id)
        if candidate.id not in found and target is not None and held(target):
            found[candidate.id] = target
    return found


# --- publication date changes -------------------------------------------------------------------


def source_of(event: Event, source_id: str | None = None) -> SourceRef | None:
    """The event's reference to an article (the first one, or the one with ``source_id``)."""
    for source in event.sources:
        if source_id is None or source.source_id == source_id:
            return source
    return None


def mention_key(event: Event, source_id: str | None = None) -> tuple | None:
    """Where in its article an event was read: (article, evidence offsets, date phrase)."""
    source = source_of(event, source_id)
    return None if source is None else mention_place(source)


def mention_place(source: SourceRef) -> tuple:
    if source.start is None:
        return (source.source_id, source.evidence, None, source.date_text)
    return (source.source_id, source.start, source.end, source.date_text)


def pair_mentions(
    old: Sequence[Event], new: Sequence[Event], source_id: str | None = None
) -> list[tuple[Event, Event]]:
    """Events of ``old`` and ``new`` read from the same place of the same article.

    Several events can come from one sentence and date phrase; they pair by id first, then
    in their order in the article.
    """
    waiting: dict[tuple, deque[Event]] = defaultdict(deque)
    for event in new:
        key = mention_key(event, source_id)
        if key is not None:
            waiting[key].append(event)
    pairs = []
    for event in old:
        queue = waiting.get(mention_key(event, source_id) or ())
        if not queue:
            continue
        twin = next((e for e in queue if e.id == event.id), queue[0])
        queue.remove(twin)
        pairs.append((event, twin))
    return pairs


def date_shifts(old: list[Event], new: list[Event]) -> list[tuple[Event, Event]]:
    """(old, new) pairs of one article's events, extracted with two publication dates, whose
    dates differ: "on Monday" moves with the publication date, "on 7 August 1998" does not."""
    return [
        (before, after) for before, after in pair_mentions(old, new) if before.when != after.when
    ]


def retimed_events(
    timeline: Sequence[Event], old: list[Event], new: list[Event], source_id: str
) -> list[tuple[Event, Event]]:
    """(current, changed) for the timeline's events from article ``source_id`` whose date moves.

    ``old`` and ``new`` are the article's extraction with the old and the new publication
    date. An event whose date the user corrected (it no longer equals the old extraction's)
    is left alone: the publication date did not give it that date.
    """
    shifts = date_shifts(old, new)
    if not shifts:
        return []
    mine = [e for e in timeline if source_of(e, source_id) is not None]
    changes = []
    for current, extracted_old in pair_mentions(mine, [o for o, _ in shifts], source_id):
        if current.when != extracted_old.when:
            continue
        extracted_new = next(n for o, n in shifts if o is extracted_old)
        changes.append((current, dataclasses.replace(current, when=extracted_new.when)))
    return changes
