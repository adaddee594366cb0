"""What the timeline canvas needs of the events, as arrays per model row: dates and their
flags, labels measured in the canvas's font, and a colour per category.

Rebuilt when the events change (a few changed rows are patched in instead); the work is per
distinct date, title and category rather than per event, and kept across rebuilds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from timeline_app.core.dates import Precision
from timeline_app.core.events import Event
from timeline_app.core.frame import LABEL_GAP, MARKER_R
from timeline_app.core.layout import EventIndex
from timeline_app.ui.category_colors import category_color, category_label

MAX_LABEL_PX = 400.0  # longer titles are elided; the tooltip has them whole


@dataclass(eq=False)
class Columns:
    """The canvas's values per model row, in row order."""

    starts: np.ndarray
    ends: np.ndarray
    label_px: np.ndarray
    labels: list[str]
    titles: list[str]
    coarse: np.ndarray
    ranged: np.ndarray
    ongoing: np.ndarray
    approximate: np.ndarray
    uncertain: np.ndarray
    categories: list[str]

    def spliced(self, first: int, removed: int, new: Columns) -> Columns:
        """These rows with ``removed`` rows from ``first`` replaced by the rows of ``new``."""
        stop = first + removed
        parts = []
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(new, name)
            if isinstance(mine, list):
                parts.append(mine[:first] + theirs + mine[stop:])
            else:
                parts.append(np.concatenate((mine[:first], theirs, mine[stop:])))
        return Columns(*parts)


@dataclass(eq=False)
class EventData:
    """What the canvas needs of the events, per model row, rebuilt on every data change."""

    index: EventIndex
    label_px: np.ndarray  # marker + gap + label width, px
    labels: list[str]  # elided display labels
    titles: list[str]  # whole labels, for bars long enough to hold more than the elided one
    color: np.ndarray  # index into colors
    colors: list[QColor]
    legend: list[tuple[str, QColor, int]]
    coarse: np.ndarray  # bool: year/month precision point, drawn as the span it covers
    ranged: np.ndarray  # bool: a range (start..end or ongoing)
    ongoing: np.ndarray
    approximate: np.ndarray
    uncertain: np.ndarray
    events: list[Event]
    columns: Columns
    color_of: dict[str, int]  # casefolded category -> colour slot
    names: dict[str, str]  # casefolded category -> the spelling the legend shows
    _groups: dict[str, tuple[np.ndarray, list[str]]] = field(default_factory=dict)

    def group_keys(self, mode: str) -> tuple[np.ndarray | None, list[str]]:
        """Each row's band number and the bands' names for a grouping mode, made when first
        asked for (most documents are never grouped)."""
        if mode not in ("category", "actor"):
            return None, [""]
        if mode not in self._groups:
            self._groups[mode] = group_keys(self.events, mode)
        return self._groups[mode]


class EventDataMaker:
    """Makes the canvas's ``EventData``, remembering what it worked out per distinct date
    and label for the next rebuild. ``now`` is the day an ongoing range runs to."""

    def __init__(self, now: float):
        self.now = now
        # Keyed by id, holding the object so that the id stays its own.
        self._when_memo: dict[int, tuple[object, tuple]] = {}
        self._label_memo: tuple[str, dict[tuple[str, bool], tuple[str, float, str]]] = ("", {})
        self._advances: tuple[str, np.ndarray] | None = None  # label font, px per character

    def build(self, events: list[Event], font: QFont) -> EventData:
        """The canvas's arrays for ``events``: a few passes over the events plus numpy."""
        columns = self._columns(events, len(events), font)
        n = len(events)
        # Colours: one slot per casefolded category, the legend most frequent first.
        category_of: dict[str, int] = {}
        raw_slot = np.fromiter(
            (category_of.setdefault(c, len(category_of)) for c in columns.categories), np.int64, n
        )
        colors: list[QColor] = []
        color_of: dict[str, int] = {}
        raw_to_color = np.empty(len(category_of), dtype=np.int64)
        last_seen = np.zeros(len(category_of), dtype=np.int64)
        np.maximum.at(last_seen, raw_slot, np.arange(n))
        legend_names: dict[str, tuple[int, str]] = {}
        for raw, i in category_of.items():
            key = raw.strip().casefold()
            slot = color_of.get(key)
            if slot is None:
                slot = color_of[key] = len(colors)
                colors.append(category_color(raw))
            if int(last_seen[i]) >= legend_names.get(key, (-1, ""))[0]:
                legend_names[key] = (int(last_seen[i]), raw)  # the last spelling names it
            raw_to_color[i] = slot
        color = raw_to_color[raw_slot] if n else np.zeros(0, dtype=np.int64)
        names = {key: raw for key, (_, raw) in legend_names.items()}
        return _assemble(columns, color, colors, color_of, names, events)

    def patched(
        self,
        data: EventData,
        events: list[Event],
        first: int,
        removed: int,
        added: int,
        font: QFont,
    ) -> EventData | None:
        """``data`` with rows first..first+removed-1 replaced by ``added`` rows of ``events``
        from ``first`` on: an edit, insertion or removal of a few events costs a sort of the
        index instead of a pass over every event. None when a new category needs a colour."""
        new = self._columns(events[first : first + added], len(events), font)
        slots = []
        for category in new.categories:
            slot = data.color_of.get(category.strip().casefold())
            if slot is None:
                return None
            slots.append(slot)
        names = dict(data.names)
        for category in new.categories:  # the edited spelling names its category now
            names[category.strip().casefold()] = category
        columns = data.columns.spliced(first, removed, new)
        color = np.concatenate(
            (data.color[:first], np.array(slots, dtype=np.int64), data.color[first + removed :])
        )
        return _assemble(columns, color, data.colors, data.color_of, names, events)

    def _columns(self, events: Sequence[Event], total: int, font: QFont) -> Columns:
        """Per event: dates, flags, label and width, and the category as written. ``total``
        is how many events the document has (the memos are kept to a few times that)."""
        n = len(events)
        # Dates: a loaded document shares one When per distinct date text; after an edit
        # only new dates are worked out.
        when_ids = np.fromiter((id(e.when) for e in events), np.int64, n)
        _, first_of, when_slot = np.unique(when_ids, return_index=True, return_inverse=True)
        memo = self._when_memo
        if len(memo) > 4 * total + 1000:
            memo.clear()
        fields = []
        for i in first_of.tolist():
            when = events[i].when
            hit = memo.get(id(when))
            if hit is None or hit[0] is not when:
                hit = memo[id(when)] = (when, when_fields(when, self.now))
            fields.append(hit[1])
        table = np.array(fields, dtype=np.float64).reshape(-1, 7)[when_slot.reshape(-1)]
        ranged, ongoing, coarse, approximate, uncertain = (table[:, k] > 0 for k in range(2, 7))

        # Labels: measured per distinct text (with "(?)" for an uncertain date), kept
        # across rebuilds too.
        label_of: dict[tuple[str, bool], int] = {}
        label_slot = np.fromiter(
            (
                label_of.setdefault((e.title, u), len(label_of))
                for e, u in zip(events, uncertain.tolist(), strict=True)
            ),
            np.int64,
            n,
        )
        keys = list(label_of)
        font_key = font.key()
        if self._label_memo[0] != font_key or len(self._label_memo[1]) > 4 * total + 1000:
            self._label_memo = (font_key, {})
        measured = self._label_memo[1]
        missing = [k for k in keys if k not in measured]
        if missing:
            shown, widths, whole = self._measure_labels(missing, font)
            measured.update(
                zip(missing, zip(shown, widths.tolist(), whole, strict=True), strict=True)
            )
        entries = [measured[k] for k in keys]
        slots = label_slot.tolist()
        widths = np.fromiter((e[1] for e in entries), np.float64, len(entries))
        return Columns(
            table[:, 0].copy(),
            table[:, 1].copy(),
            MARKER_R + LABEL_GAP + widths[label_slot] + 2.0,
            [entries[i][0] for i in slots],
            [entries[i][2] for i in slots],
            coarse,
            ranged,
            ongoing,
            approximate,
            uncertain,
            [e.category for e in events],
        )

    def _measure_labels(
        self, keys: list[tuple[str, bool]], font: QFont
    ) -> tuple[list[str], np.ndarray, list[str]]:
        """Per (title, uncertain): the label shown, its width in px and the whole label.

        Widths are the sum of the characters' advances, measured once per character: never
        less than Qt's width of the string in the fonts used here (kerning only narrows it),
        so lanes packed with them never overlap, at a fraction of a measurement per title.
        Titles with combining or non-Latin characters, and titles to elide, are measured
        exactly.
        """
        metrics = QFontMetricsF(font)
        suffix_px = metrics.horizontalAdvance(" (?)")
        texts = [title.strip() or "(untitled)" for title, _ in keys]
        count = len(texts)
        widths = np.zeros(count)
        if count:
            codes = np.frombuffer(
                "".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32
            )
            lengths = np.fromiter((len(t) for t in texts), np.int64, count)
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            simple = (codes >= 0x20) & (codes < 0x300)
            advances = self._char_advances(metrics, font, codes[simple])
            per_char = np.where(simple, advances[np.where(simple, codes, 0)], np.nan)
            widths = np.add.reduceat(per_char, offsets) + 1.0  # NaN where not simple
        suffixes = np.array([u for _, u in keys], dtype=bool)
        limit = MAX_LABEL_PX - np.where(suffixes, suffix_px, 0.0)
        shown = list(texts)
        for i in np.flatnonzero(~(widths <= limit)).tolist():  # NaN or too long
            text = texts[i]
            width = metrics.horizontalAdvance(text)
            if width > limit[i]:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, float(limit[i]))
                width = metrics.horizontalAdvance(text)
            shown[i], widths[i] = text, width
        whole = [t + " (?)" if u else t for t, (_, u) in zip(texts, keys, strict=True)]
        shown = [t + " (?)" if u else t for t, (_, u) in zip(shown, keys, strict=True)]
        return shown, widths + np.where(suffixes, suffix_px, 0.0), whole

    def _char_advances(self, metrics: QFontMetricsF, font: QFont, codes: np.ndarray) -> np.ndarray:
        """A table of the advance of every character below U+0300 that ``codes`` uses."""
        font_key = font.key()
        if self._advances is None or self._advances[0] != font_key:
            self._advances = (font_key, np.full(0x300, np.nan))
        table = self._advances[1]
        present = np.zeros(0x300, dtype=bool)
        present[codes] = True
        for code in np.flatnonzero(present & np.isnan(table)).tolist():
            table[code] = metrics.horizontalAdvance(chr(code))
        return table


def _assemble(
    columns: Columns,
    color: np.ndarray,
    colors: list[QColor],
    color_of: dict[str, int],
    names: dict[str, str],
    events: list[Event],
) -> EventData:
    counts = np.bincount(color, minlength=len(colors))
    legend = [
        (category_label(names[key]), colors[slot], int(counts[slot]))
        for key, slot in sorted(color_of.items(), key=lambda kv: (not kv[0], -counts[kv[1]]))
        if counts[slot]
    ]
    return EventData(
        index=EventIndex.build(columns.starts, columns.ends),
        label_px=columns.label_px,
        labels=columns.labels,
        titles=columns.titles,
        color=color,
        colors=colors,
        legend=legend,
        coarse=columns.coarse,
        ranged=columns.ranged,
        ongoing=columns.ongoing,
        approximate=columns.approximate,
        uncertain=columns.uncertain,
        events=events,
        columns=columns,
        color_of=color_of,
        names=names,
    )


def group_keys(events: list[Event], mode: str) -> tuple[np.ndarray, list[str]]:
    """Each row's band number and the bands' names ("category" or first "actor"), largest
    band first."""
    # Per distinct raw value, then numpy: 100,000 events have a few dozen categories.
    raw_of: dict[str, int] = {}
    if mode == "category":
        raw = np.fromiter(
            (raw_of.setdefault(e.category, len(raw_of)) for e in events), np.int64, len(events)
        )
        names_of_raw = [category_label(c) for c in raw_of]
    else:
        raw = np.fromiter(
            (raw_of.setdefault(e.actors[0] if e.actors else "", len(raw_of)) for e in events),
            np.int64,
            len(events),
        )
        names_of_raw = [a.strip() or "No actor" for a in raw_of]
    keys = sorted(set(names_of_raw))
    key_of_raw = np.array([keys.index(k) for k in names_of_raw], dtype=np.int64)
    per_event = key_of_raw[raw] if len(events) else np.zeros(0, dtype=np.int64)
    counts = np.bincount(per_event, minlength=len(keys))
    # Largest first; ties in order of first appearance, as Counter.most_common gives them.
    first_seen = np.full(len(keys), len(events), dtype=np.int64)
    np.minimum.at(first_seen, per_event, np.arange(len(events)))
    ranking = sorted(range(len(keys)), key=lambda k: (-counts[k], first_seen[k]))
    number = np.empty(len(keys), dtype=np.int64)
    number[ranking] = np.arange(len(keys))
    names = [keys[k] for k in ranking]
    return number[per_event] if len(events) else per_event, names or [""]


def when_fields(when, now: float) -> tuple[float, float, bool, bool, bool, bool, bool]:
    """Start, end (an ongoing range runs to ``now``), ranged, ongoing, coarse, approximate
    and uncertain of a When."""
    start = when.start
    last = when.end or start
    return (
        when.start_ordinal,
        when.end_ordinal(now),
        when.is_range,
        when.ongoing,
        not when.is_range and start.precision < Precision.DAY,
        start.approximate or last.approximate,
        start.uncertain or last.uncertain,
    )
