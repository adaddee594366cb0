"""One frame of the timeline canvas as geometry: which events, lanes and cluster marks are
where on the screen, and what lies under a point. Free of Qt, as napari keeps its camera and
dims apart from the canvas that draws them.

A frame is made from a lane layout (``core.layout``) for a visible range and a canvas size;
the widget paints it and asks it what the mouse is over. Pixels are logical pixels (Qt
scales them on high-DPI screens); y grows downwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core import axis
from timeline_app.core.layout import EventIndex, LaneLayout

HEADER_H = 30.0  # the range title and the legend
AXIS_H = 46.0
MARGIN = 10.0
MARKER_R = 4.5
LABEL_GAP = 6.0  # between the marker and its label
LEAD_PX = MARKER_R + 1.5  # how far left of its date an event draws
CLUSTER_PX = 64.0  # the bin of pixels one cluster mark stands for
CLUSTER_W = CLUSTER_PX * 0.6  # how wide its badge is drawn
DAY_SPAN_PX = 28.0  # a day this wide is drawn as the span it covers, not just a dot
AXIS_GAP = 4.0  # between the axis and row 0


def _ints() -> np.ndarray:
    return np.zeros(0, dtype=np.int64)


def _floats() -> np.ndarray:
    return np.zeros(0)


@dataclass(frozen=True)
class RowsArea:
    """Where the lanes go on a canvas: the top of the first row, the row height and how many
    rows fit above the axis."""

    top: float
    row_h: float
    count: int

    @classmethod
    def of(cls, height: float, text_h: float) -> RowsArea:
        """The rows of a canvas ``height`` px high for labels ``text_h`` px high."""
        row_h = math.ceil(text_h + 9.0)
        top = HEADER_H + 8.0
        bottom = height - AXIS_H - 6.0
        return cls(top, row_h, max(int((bottom - top) // row_h), 1))


@dataclass(eq=False)
class Frame:
    """One frame's geometry: the visible items with their rectangles, and the clusters.

    Per visible item (in start order): ``rows`` its model row, ``x0`` where it starts,
    ``x1`` where its bar ends, ``xl`` where its label ends and ``y`` the top of its row.
    Per visible cluster mark: ``clusters`` its number in the layout, ``cx`` its centre,
    ``cy`` the top of its row and ``cw`` its badge's width.
    """

    width: float
    height: float
    t0: float
    t1: float
    scale: float  # px per day
    top: float  # top of the first row
    row_h: float
    layout: LaneLayout | None = None
    rows: np.ndarray = field(default_factory=_ints)
    x0: np.ndarray = field(default_factory=_floats)
    x1: np.ndarray = field(default_factory=_floats)
    xl: np.ndarray = field(default_factory=_floats)
    y: np.ndarray = field(default_factory=_floats)
    clusters: np.ndarray = field(default_factory=_ints)
    cx: np.ndarray = field(default_factory=_floats)
    cy: np.ndarray = field(default_factory=_floats)
    cw: np.ndarray = field(default_factory=_floats)
    ticks: axis.AxisTicks | None = None  # made on the first paint of this frame
    borrowed: bool = False  # drawn with a coarser level's layout until input pauses

    def x_of(self, t: float) -> float:
        return (t - self.t0) * self.scale

    def t_of(self, x: float) -> float:
        return self.t0 + x / self.scale

    def item_box(self, i: int) -> tuple[float, float, float, float]:
        """Left, top, width and height of visible item ``i``: its marker or bar and label."""
        x0 = float(self.x0[i]) - LEAD_PX
        x1 = max(float(self.x1[i]), float(self.xl[i]))
        return x0, float(self.y[i]) + 2.0, x1 - x0, self.row_h - 4.0

    def box_of_row(self, row: int) -> tuple[float, float, float, float] | None:
        """Where the event of model row ``row`` is drawn, or None if it is not."""
        hits = np.flatnonzero(self.rows == row)
        return self.item_box(int(hits[0])) if hits.size else None

    def row_at(self, x: float, y: float) -> int | None:
        """The model row drawn at (x, y) (marker, bar or label), or None."""
        if not self.rows.size:
            return None
        inside = (
            (self.x0 - LEAD_PX <= x)
            & (x <= np.maximum(self.x1, self.xl))
            & (self.y + 2.0 <= y)
            & (y <= self.y + self.row_h - 2.0)
        )
        hits = np.flatnonzero(inside)
        return int(self.rows[hits[-1]]) if hits.size else None

    def cluster_at(self, x: float, y: float) -> int | None:
        """The layout's number of the cluster mark at (x, y), or None."""
        if not self.clusters.size:
            return None
        inside = (
            (np.abs(self.cx - x) <= self.cw / 2 + 2)
            & (self.cy + 2 <= y)
            & (y <= self.cy + self.row_h - 2)
        )
        hits = np.flatnonzero(inside)
        return int(self.clusters[hits[0]]) if hits.size else None

    def cluster_days(self, cluster: int) -> tuple[float, float]:
        """The days the events of a cluster mark cover."""
        assert self.layout is not None
        clusters = self.layout.clusters
        return float(clusters.t0[cluster]), float(clusters.t1[cluster])

    def band_top(self, first_row: int, rows: int) -> float:
        """The top of a band of ``rows`` rows from row ``first_row`` up."""
        return self.height - AXIS_H - AXIS_GAP - first_row * self.row_h - rows * self.row_h


def make_frame(
    index: EventIndex,
    label_px: np.ndarray,
    layout: LaneLayout | None,
    view: tuple[float, float],
    size: tuple[float, float],
    area: RowsArea,
    *,
    borrowed: bool = False,
) -> Frame:
    """The frame of ``view`` (days) on a canvas of ``size`` (px) laid out by ``layout``.

    ``label_px`` is per model row: how far right of its start an event draws. Only items
    and cluster marks that meet the view are in the frame (binary search in the layout).
    Row 0 sits on the axis and rows stack upwards: few events stay close to their dates.
    """
    (t0, t1), (width, height) = view, size
    scale = width / (t1 - t0)
    if layout is None or not len(index):
        return Frame(width, height, t0, t1, scale, area.top, area.row_h)
    items = layout.visible_items(t0, t1)
    positions = layout.pos[items]
    rows = index.rows[positions]
    x0 = (index.starts[positions] - t0) * scale
    base = height - AXIS_H - AXIS_GAP
    clusters = layout.visible_clusters(t0, t1)
    return Frame(
        width,
        height,
        t0,
        t1,
        scale,
        area.top,
        area.row_h,
        layout=layout,
        rows=rows,
        x0=x0,
        x1=(index.ends[positions] - t0) * scale,
        xl=x0 + label_px[rows],
        y=base - (layout.row[items] + 1) * area.row_h,
        clusters=clusters,
        cx=(layout.clusters.anchor[clusters] - t0) * scale,
        cy=base - (layout.clusters.row[clusters] + 1) * area.row_h,
        cw=np.full(clusters.size, CLUSTER_W),
        borrowed=borrowed,
    )
