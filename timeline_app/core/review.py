"""Reviewing the events proposed for an article: which are already on the timeline, and which
move when the article's publication date changes.

Pure functions over Event values; the review panel keeps the user's choices.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from enum import StrEnum

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.events import Event, SourceRef

TITLE_SIMILARITY = 0.6

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORDS = frozenset(re.findall(r"\S+", """
a an the and or but nor of to in on at for with by from as into onto over under after before
than that this these those its it his her their our your is are was were be been being has have
had do does did will would could should may might can says said say tells told according amid
"""))
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
            suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3),
                          None)
            if suffix is None:
                break
            word = word[: -len(suffix)]
        stems.add(word)
    return frozenset(stems)


def title_similarity(first: str, second: str) -> float:
    """How alike two titles read, 0 to 1: difflib's ratio of the normalized titles, raised to
    ``TITLE_SIMILARITY`` when they share their key words. Below the threshold it may be an
    upper bound (difflib's quick ratio), which is all a yes/no needs."""
    a, b = normalized_title(first), normalized_title(second)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = key_words(first), key_words(second)
    smaller, larger = sorted((words_a, words_b), key=len)
    # The same key words, or all of a short title's in a longer one, say the same thing.
    same_words = bool(smaller) and (smaller == larger or (len(smaller) >= 2 and smaller <= larger))
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if not same_words and matcher.quick_ratio() < TITLE_SIMILARITY:
        return matcher.quick_ratio()
    ratio = matcher.ratio()
    return max(ratio, TITLE_SIMILARITY) if same_words else ratio


# --- dates --------------------------------------------------------------------------------------


def _parts(date: FuzzyDate, precision: Precision) -> tuple[int | None, ...]:
    return (date.year, date.month, date.day)[: int(min(precision, Precision.DAY))]


def same_date(first: When, second: When) -> bool:
    """The same When, or starts on the same day/month/year at the coarser of the precisions."""
    if first == second:
        return True
    precision = min(first.start.precision, second.start.precision)
    return _parts(first.start, precision) == _parts(second.start, precision)


class _DateIndex:
    """Existing events by their start's year, month and day, to compare a candidate only with
    events of a matching date (a large timeline holds many thousands)."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.by_year: dict[int, list[Event]] = defaultdict(list)
        self.by_month: dict[tuple, list[Event]] = defaultdict(list)
        self.by_day: dict[tuple, list[Event]] = defaultdict(list)
        self.year_only: dict[int, list[Event]] = defaultdict(list)
        self.month_only: dict[tuple, list[Event]] = defaultdict(list)
        self.by_id: dict[str, Event] = {}
        for event in events:
            start = event.when.start
            self.by_id[event.id] = event
            self.by_year[start.year].append(event)
            if start.month is None:
                self.year_only[start.year].append(event)
                continue
            self.by_month[(start.year, start.month)].append(event)
            if start.day is None:
                self.month_only[(start.year, start.month)].append(event)
            else:
                self.by_day[(start.year, start.month, start.day)].append(event)

    def same_date(self, when: When) -> list[Event]:
        start = when.start
        if start.month is None:
            return self.by_year.get(start.year, [])
        found = self.year_only.get(start.year, [])
        if start.day is None:
            return found + self.by_month.get((start.year, start.month), [])
        return (found + self.month_only.get((start.year, start.month), [])
                + self.by_day.get((start.year, start.month, start.day), []))


def find_duplicates(candidates: Sequence[Event], existing: Sequence[Event]) -> dict[str, str]:
    """Candidate id -> the id of the existing event it repeats.

    A repeat is the very same event (same id: the article was read before) or one with the
    same date (see ``same_date``) and a similar title (``title_similarity`` >= 0.6). When
    several match, the most similar title wins. Two events read from the same article are
    never repeats of each other: the extractor told them apart ("bombs kill 258" and "bombs
    injure 5,000", from one sentence), and reading it again gives back the same ids.
    """
    index = _DateIndex(existing)
    found: dict[str, str] = {}
    for candidate in candidates:
        if candidate.id in index.by_id:
            found[candidate.id] = candidate.id
            continue
        best, best_score = None, 0.0
        articles = {s.source_id for s in candidate.sources if s.source_id}
        for other in index.same_date(candidate.when):
            if articles and any(s.source_id in articles for s in other.sources):
                continue
            score = title_similarity(candidate.title, other.title)
            if score >= TITLE_SIMILARITY and (best is None or score > best_score):
                best, best_score = other, score
        if best is not None:
            found[candidate.id] = best.id
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
    if source is None:
        return None
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
    return [(before, after) for before, after in pair_mentions(old, new)
            if before.when != after.when]


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
