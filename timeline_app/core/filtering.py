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
    # Keep events graded this sure or surer (credibility 1 to this digit); 0 keeps all.
    credibility: int = 0

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def is_active(self) -> bool:
        return bool(
            self.words
            or self.category
            or self.actor
            or self.date_from
            or self.date_to
            or self.credibility
        )

    def matches(self, events: Sequence[Event] | FilterIndex) -> np.ndarray:
        """A bool per event: True where the event passes every part of the filter."""
        index = events if isinstance(events, FilterIndex) else FilterIndex(events)
        return index.matches(self)


_FEW_ROWS = 2000  # below this many rows, checking each row beats scanning all the text


class FilterIndex:
    """Per-event columns a filter reads, built once per change of the events.

    The search texts live only in one UTF-8 buffer (a string per event would double the
    index). Building reuses the bytes of events that are the same objects as in
    ``previous`` (events are immutable), so rebuilding after one edit is cheap.
    """

    def __init__(self, events: Sequence[Event], previous: FilterIndex | None = None) -> None:
        self._events = list(events)
        self._data, self._offsets = self._pack(previous)
        self._buffer = np.frombuffer(self._data, dtype=np.uint8)
        self._histogram = np.zeros(256, dtype=np.int64)
        for at in range(0, len(self._buffer), _COUNT_SLICE):
            # In slices: bincount works on an int64 copy of what it counts.
            self._histogram += np.bincount(self._buffer[at : at + _COUNT_SLICE], minlength=256)
        folded: dict[str, str] = {}
        self._categories = np.array(
            [
                folded.get(e.category) or folded.setdefault(e.category, e.category.casefold())
                for e in self._events
            ],
            dtype=object,
        )
        self._credibility = np.array(
            [int(e.confidence[1:]) if e.confidence[1:].isdigit() else 9 for e in self._events],
            dtype=np.int8,
        )
        self._actor_tuples = [e.actors for e in self._events]
        self._actor_rows: dict[str, np.ndarray] | None = None  # made at the first actor filter
        # A loaded document shares one When per distinct date: work each out once.
        spans: dict[int, tuple[float, float]] = {}
        for event in self._events:
            when = event.when
            if id(when) not in spans:
                spans[id(when)] = (when.start_ordinal, when.end_ordinal(now=np.inf))
        pairs = np.array([spans[id(e.when)] for e in self._events], dtype=float).reshape(-1, 2)
        self._starts, self._ends = pairs[:, 0].copy(), pairs[:, 1].copy()
        # The last search and its result: typing one more letter only re-checks the rows
        # the shorter text matched.
        self._last_words: tuple[str, ...] = ()
        self._last_text_mask: np.ndarray | None = None
        self._positions: dict[str, np.ndarray] = {}  # where recent search words occur

    def _pack(self, previous: FilterIndex | None) -> tuple[bytes, np.ndarray]:
        """All search texts as one UTF-8 buffer, a NUL after each row, and the row offsets.

        Matching UTF-8 bytes is matching text: no character's bytes start inside another's,
        and no word holds the NUL that separates rows. Built a slice of events at a time, so
        that the texts as strings never exist all at once beside the buffer.
        """
        events = self._events
        known: dict[int, int] = {}
        if previous is not None:
            known = {id(e): row for row, e in enumerate(previous._events)}
        parts: list[bytes] = []
        lengths = np.zeros(len(events), dtype=np.int64)
        for first in range(0, len(events), _PACK_SLICE):
            pieces = []
            for event in events[first : first + _PACK_SLICE]:
                row = known.get(id(event))
                # id() alone could be reused by a new object; the identity check rules it out.
                if row is not None and previous is not None and previous._events[row] is event:
                    pieces.append(previous._row_bytes(row))
                else:
                    pieces.append(event.search_text().encode("utf-8"))
            lengths[first : first + len(pieces)] = np.fromiter(
                map(len, pieces), np.int64, len(pieces)
            )
            parts.append(b"\x00".join(pieces) + b"\x00")
        offsets = np.zeros(len(events) + 1, dtype=np.int64)
        np.cumsum(lengths + 1, out=offsets[1:])
        return b"".join(parts), offsets

    def _row_bytes(self, row: int) -> bytes:
        return bytes(self._data[self._offsets[row] : self._offsets[row + 1] - 1])

    def __len__(self) -> int:
        return len(self._events)

    def matches(self, wanted: EventFilter) -> np.ndarray:
        count = len(self._events)
        mask = np.ones(count, dtype=bool)
        if wanted.category:
            mask &= self._categories == wanted.category.casefold()
        if wanted.actor:
            found = np.zeros(count, dtype=bool)
            found[self._rows_of_actor(wanted.actor.casefold())] = True
            mask &= found
        if wanted.credibility:
            mask &= self._credibility <= wanted.credibility
        if wanted.date_from is not None:
            mask &= self._ends > wanted.date_from.start_ordinal
        if wanted.date_to is not None:
            mask &= self._starts < wanted.date_to.end_ordinal
        words = wanted.words
        if words:
            mask &= self._text_mask(words)
        return mask

    def _rows_of_actor(self, actor: str) -> np.ndarray:
        """The rows naming ``actor`` (casefolded) among their actors."""
        if self._actor_rows is None:
            rows: dict[str, list[int]] = {}
            for row, actors in enumerate(self._actor_tuples):
                for name in actors:
                    rows.setdefault(name.casefold(), []).append(row)
            self._actor_rows = {k: np.array(v, dtype=np.int64) for k, v in rows.items()}
        return self._actor_rows.get(actor, np.zeros(0, dtype=np.int64))

    def _text_mask(self, words: tuple[str, ...]) -> np.ndarray:
        if words == self._last_words and self._last_text_mask is not None:
            return self._last_text_mask
        count = len(self._events)
        mask = np.ones(count, dtype=bool)
        checked: tuple[str, ...] = ()
        if self._last_text_mask is not None and _narrows(self._last_words, words):
            mask = self._last_text_mask.copy()
            checked = self._last_words
        for word in words:
            if any(word in done for done in checked):  # every remaining row has it already
                continue
            rows = np.flatnonzero(mask)
            if not len(rows):
                break
            mask[rows[~self._found_in(word, rows)]] = False
        self._last_words, self._last_text_mask = words, mask
        return mask

    def _found_in(self, word: str, rows: np.ndarray) -> np.ndarray:
        """For each of ``rows`` (ascending), whether its search text contains ``word``."""
        encoded = word.encode("utf-8")
        needle = np.frombuffer(encoded, dtype=np.uint8)
        if not len(needle) or 0 in needle:
            return np.zeros(len(rows), dtype=bool)
        if len(rows) <= _FEW_ROWS:
            data = self._data
            return np.fromiter(
                (
                    encoded in data[a:b]
                    for a, b in zip(
                        self._offsets[rows].tolist(), self._offsets[rows + 1].tolist(), strict=True
                    )
                ),
                bool,
                len(rows),
            )
        if len(needle) == 1 and self._histogram[needle[0]] > 2 * len(self._events):
            # A letter found everywhere: whether each row has it at all, in one pass (listing
            # every occurrence would be millions of positions). Every row ends with its NUL,
            # so no row is empty for reduceat.
            found = np.logical_or.reduceat(self._buffer == needle[0], self._offsets[:-1])
            return found[rows]
        starts = self._occurrences(word, needle)
        found = np.zeros(len(self._events), dtype=bool)
        found[np.searchsorted(self._offsets, starts, side="right") - 1] = True
        return found[rows]

    def _occurrences(self, word: str, needle: np.ndarray) -> np.ndarray:
        """Every position in the text buffer where ``word`` starts.

        Typing adds letters at the end: the positions of the word typed so far are kept,
        and the longer word can only start at one of them.
        """
        buffer = self._buffer
        known = max((w for w in self._positions if word.startswith(w)), key=len, default=None)
        if known is not None:
            starts, first = self._positions[known], len(known.encode("utf-8"))
            starts = starts[starts <= len(buffer) - len(needle)]
        else:
            histogram = self._histogram
            frequency = histogram[needle]
            at = 0 if len(needle) == 1 else int(np.argmin(frequency[:-1] * frequency[1:]))
            pair = needle[at : at + 2]  # one or two bytes, the rarest-looking of the word
            starts = _pair_positions(buffer, pair) - at
            starts = starts[(starts >= 0) & (starts <= len(buffer) - len(needle))]
            skip = range(at, at + len(pair))
        for position in range(len(needle)):
            if len(starts) and (position >= first if known is not None else position not in skip):
                starts = starts[buffer[starts + position] == needle[position]]
        self._positions = {w: p for w, p in self._positions.items() if word.startswith(w)}
        self._positions[word] = starts
        return starts


_COUNT_SLICE = 1 << 20
_PACK_SLICE = 5000


def _pair_positions(buffer: np.ndarray, pair: np.ndarray) -> np.ndarray:
    """Sorted positions in ``buffer`` where the one or two bytes of ``pair`` occur."""
    if len(pair) == 1:
        return np.flatnonzero(buffer == pair[0])
    # Compare two bytes at a time as one uint16, at even and at odd offsets: half the
    # comparisons, and no temporary array for an "and" of two byte comparisons.
    code = np.frombuffer(pair.tobytes(), dtype=np.uint16)[0]
    even = buffer[: len(buffer) // 2 * 2].view(np.uint16)
    odd = buffer[1 : 1 + (len(buffer) - 1) // 2 * 2].view(np.uint16)
    found = np.concatenate((np.flatnonzero(even == code) * 2, np.flatnonzero(odd == code) * 2 + 1))
    found.sort()
    return found


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (each old word lies in a new one)."""
    return bool(old) and all(any(o in n for n in new) for o in old)
