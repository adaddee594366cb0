"""Which events a filter keeps: search words, a category, an actor and a date range.

Pure and fast: a FilterIndex holds, per event, the casefolded search text, the category and
actors, and the start/end on the time axis as numpy arrays, so a filter over 100,000 events
is a handful of array operations plus one substring loop per search word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.events import Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the filter bar asks for; empty fields keep everything.

    ``text`` is split into words that must all occur (in any order) in the title,
    description, category, location, actors or evidence. ``category`` and ``actor`` match
    whole values, ignoring case. An event is kept by the date range when it overlaps it.
    """

    text: str = ""
    category: str = ""
    actor: str = ""
    date_from: FuzzyDate | None = None
    date_to: FuzzyDate | None = None

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def is_active(self) -> bool:
        return bool(
            self.words or self.category or self.actor or self.date_from or self.date_to
        )

    def matches(self, events: Sequence[Event] | FilterIndex) -> np.ndarray:
        """A bool per event: True where the event passes every part of the filter."""
        index = events if isinstance(events, FilterIndex) else FilterIndex(events)
        return index.matches(self)


class FilterIndex:
    """Per-event columns a filter reads, built once per change of the events.

    Building reuses the search text of events that are the same objects as in
    ``previous`` (events are immutable), so rebuilding after one edit is cheap.
    """

    def __init__(self, events: Sequence[Event], previous: FilterIndex | None = None) -> None:
        known = previous._texts_by_event if previous is not None else {}
        texts: list[str] = []
        by_event: dict[int, tuple[Event, str]] = {}
        for event in events:
            cached = known.get(id(event))
            # id() alone could be reused by a new object; the identity check rules that out.
            text = cached[1] if cached is not None and cached[0] is event else event.search_text()
            texts.append(text)
            by_event[id(event)] = (event, text)
        self._texts = texts
        self._texts_by_event = by_event
        self._categories = np.array([e.category.casefold() for e in events], dtype=object)
        self._actors = [frozenset(a.casefold() for a in e.actors) for e in events]
        self._starts = np.fromiter((e.when.start_ordinal for e in events), float, len(events))
        self._ends = np.fromiter(
            (e.when.end_ordinal(now=np.inf) for e in events), float, len(events)
        )
        # The last search and its result: typing one more letter only re-checks the rows
        # the shorter text matched.
        self._last_words: tuple[str, ...] = ()
        self._last_text_mask: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._texts)

    def matches(self, wanted: EventFilter) -> np.ndarray:
        count = len(self._texts)
        mask = np.ones(count, dtype=bool)
        if wanted.category:
            mask &= self._categories == wanted.category.casefold()
        if wanted.actor:
            actor = wanted.actor.casefold()
            mask &= np.fromiter((actor in a for a in self._actors), bool, count)
        if wanted.date_from is not None:
            mask &= self._ends > wanted.date_from.start_ordinal
        if wanted.date_to is not None:
            mask &= self._starts < wanted.date_to.end_ordinal
        words = wanted.words
        if words:
            mask &= self._text_mask(words)
        return mask

    def _text_mask(self, words: tuple[str, ...]) -> np.ndarray:
        if words == self._last_words and self._last_text_mask is not None:
            return self._last_text_mask
        candidates = None
        if self._last_text_mask is not None and _narrows(self._last_words, words):
            candidates = self._last_text_mask
        mask = np.ones(len(self._texts), dtype=bool) if candidates is None else candidates.copy()
        texts = self._texts
        for word in words:
            rows = np.flatnonzero(mask)
            if not len(rows):
                break
            if len(rows) == len(texts):
                mask = np.fromiter((word in t for t in texts), bool, len(texts))
            else:
                found = np.fromiter((word in texts[r] for r in rows), bool, len(rows))
                mask[rows[~found]] = False
        self._last_words, self._last_text_mask = words, mask
        return mask


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (each old word lies in a new one)."""
    return bool(old) and all(any(o in n for n in new) for o in old)
