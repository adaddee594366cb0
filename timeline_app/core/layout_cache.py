"""The canvas's lane layouts, kept per zoom level and window of time (free of Qt).

Packing lanes is the costly part of a frame, so a layout is made once per quantised zoom
level (``core.layout.quantize_scale``), number of rows, grouping and block of time, and kept
while the events stay the same: panning and zooming back reuse it.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Protocol

import numpy as np

from timeline_app.core.frame import CLUSTER_PX, LEAD_PX
from timeline_app.core.layout import EventIndex, LaneLayout, compute_layout, quantize_scale

CAPACITY = 16  # layouts kept, the least recently used dropped first


class LaidOut(Protocol):
    """What the layouts need of the events (the canvas's per-event data)."""

    index: EventIndex
    label_px: np.ndarray

    def group_keys(self, mode: str) -> tuple[np.ndarray | None, list[str]]: ...


def block_of(scale: float, width: float, start: float) -> tuple[int, float, float, int]:
    """The zoom level, its scale, the block's length in days and the block number of a view
    starting at ``start``: a window three view-widths wide, aligned to whole widths, so that
    panning reuses it and a 100,000-event document only packs what is near the view."""
    level, q_scale = quantize_scale(scale)
    block = width / q_scale
    return level, q_scale, block, math.floor(start / block)


class LayoutCache:
    """Layouts of one set of events; ``clear`` it when they change."""

    def __init__(self, capacity: int = CAPACITY):
        self._capacity = capacity
        self._layouts: OrderedDict[tuple, LaneLayout] = OrderedDict()

    def __len__(self) -> int:
        return len(self._layouts)

    def clear(self) -> None:
        self._layouts.clear()

    def layout(
        self,
        events: LaidOut,
        scale: float,
        width: float,
        rows: int,
        start: float,
        grouping: str,
        *,
        borrow: bool = False,
    ) -> LaneLayout:
        """The layout of the zoom level of ``scale`` for a view from ``start`` (days)
        ``width`` px wide with ``rows`` rows.

        With ``borrow``, a level not laid out yet may be answered, for now, by a coarser
        level already laid out that covers the view (its lanes are overlap-free at any finer
        scale: labels only take fewer days); its ``level`` then differs from the scale's,
        and the caller asks again without ``borrow`` once input pauses.
        """
        level, _, block, k = block_of(scale, width, start)
        key = (level, rows, grouping, k)
        layout = self._layouts.get(key)
        if layout is None and borrow:
            coarser = self.coarser(
                level, rows, grouping, start - 0.5 * width / scale, start + width / scale
            )
            if coarser is not None:
                return coarser
        if layout is None:
            groups, names = events.group_keys(grouping)
            # Half a width before the block holds the events whose labels reach into it.
            layout = compute_layout(
                events.index,
                events.label_px,
                scale,
                rows,
                window=((k - 0.5) * block, (k + 2.5) * block),
                groups=groups,
                group_names=names,
                lead_px=LEAD_PX,
                cluster_px=CLUSTER_PX,
            )
            self._layouts[key] = layout
            while len(self._layouts) > self._capacity:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def coarser(
        self, level: int, rows: int, grouping: str, t0: float, t1: float
    ) -> LaneLayout | None:
        """The finest layout made at a coarser level than ``level`` that covers [t0, t1]."""
        best = None
        for (other, other_rows, other_grouping, _), layout in self._layouts.items():
            if (
                other < level
                and other_rows == rows
                and other_grouping == grouping
                and layout.covers(t0, t1)
                and (best is None or other > best.level)
            ):
                best = layout
        return best

    def prefetch(
        self,
        events: LaidOut,
        view: tuple[float, float],
        spans: tuple[float, ...],
        width: float,
        rows: int,
        grouping: str,
    ) -> None:
        """Lay out what zooming ``view`` to each of ``spans`` will need.

        A zoom about any point of the view starts the new view between known bounds, so the
        one or two layout blocks it can fall in are known: a zoom step then finds its layout
        ready instead of packing tens of thousands of events in the frame that shows it.
        """
        t0, t1 = view
        span = t1 - t0
        for new_span in spans:
            scale = width / new_span
            _, _, block, _ = block_of(scale, width, t0)
            lo, hi = sorted((t0, t0 + span - new_span))
            for k in range(math.floor(lo / block), math.floor(hi / block) + 1):
                self.layout(events, scale, width, rows, (k + 0.5) * block, grouping)
