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
# The today marker's badge has its own strip under the header, so that no label runs under it.
TODAY_TOP = HEADER_H + 4.0
TODAY_H = 15.0
CAPTION_H = 16.0  # a band's name, in a strip of its own above its rows (grouped lanes)
MAX_SPREAD = 1.75  # few lanes are spaced up to this many row heights apart to use the height


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
        top = TODAY_TOP + TODAY_H + 5.0
        bottom = height - AXIS_H - 6.0
        return cls(top, row_h, max(int((bottom - top) // row_h), 1))

    def lanes_for(self, groups: int) -> int:
        """The rows left to lanes when ``groups`` named bands (at most half the rows, as
        ``layout.merge_groups`` keeps them) each have a caption strip above them."""
        if groups <= 1:
            return self.count
        bands = min(groups, max(self.count // 2, 1))
        return max(self.count - math.ceil(bands * CAPTION_H / self.row_h), 1)


@dataclass(eq=False)
class Frame:
    """One frame's geometry: the visible items with their rectangles, and the clusters.

    Per visible item (in start order): ``rows`` its model row, ``x0`` where it starts,
    ``x1`` where its bar ends, ``xl`` where its label ends and ``y`` the top of its row.
    Per visible cluster mark: ``clusters`` its number in the layout, ``cx`` its centre,
    ``cy`` the top of its row and ``cw`` its badge's width. A cluster row's event that is
    alone in its bin is an item (``bare``: a marker without a label), not a mark.
    """

    width: float
    height: float
    t0: float
    t1: float
    scale: float  # px per day
    top: float  # top of the first row
    row_h: float
    layout: LaneLayout | None = None
    pitch: float = 0.0  # from one row's top to the next (row_h or more); 0: row_h
    rows: np.ndarray = field(default_factory=_ints)
    x0: np.ndarray = field(default_factory=_floats)
    x1: np.ndarray = field(default_factory=_floats)
    xl: np.ndarray = field(default_factory=_floats)
    y: np.ndarray = field(default_factory=_floats)
    clusters: np.ndarray = field(default_factory=_ints)
    cx: np.ndarray = field(default_factory=_floats)
    cy: np.ndarray = field(default_factory=_floats)
    cw: np.ndarray = field(default_factory=_floats)
    bare: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    captions: bool = False  # each band has its name in a strip above it
    ticks: axis.AxisTicks | None = None  # made on the first paint of this frame
    borrowed: bool = False  # drawn with a coarser level's layout until input pauses

    def __post_init__(self) -> None:
        if self.pitch <= 0.0:
            self.pitch = self.row_h

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

    def closed_right(self) -> np.ndarray:
        """Per visible item: whether the right bracket of its period is drawn. Not where its
        label runs across it: "Russia inv|ades Crimea" reads as a cut, and the band's fill
        still shows where the period ends."""
        label_start = self.x0 + MARKER_R + LABEL_GAP
        return ~((label_start < self.x1) & (self.xl > self.x1 - 1.0))

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

    def band_box(self, i: int) -> tuple[float, float]:
        """The top and height of the layout's band ``i`` (its caption strip, when the bands
        are named, at its top)."""
        assert self.layout is not None
        band = self.layout.bands[i]
        base = self.height - AXIS_H - AXIS_GAP
        caption = CAPTION_H if self.captions else 0.0
        top = base - (band.first_row + band.rows) * self.pitch + (self.pitch - self.row_h) / 2
        top -= (i + 1) * caption
        return top, band.rows * self.pitch + caption

    def clear_of_items(self, x: float, top: float, bottom: float) -> list[tuple[float, float]]:
        """The stretches of a vertical line at ``x`` from ``top`` to ``bottom`` that cross no
        event's marker or label (the today line stops short of the labels it meets; it may
        cross a bar, as it crosses the ongoing ones that end at it)."""
        hit = (self.x0 - LEAD_PX - 2.0 <= x) & (x <= self.xl + 2.0)
        tops = (self.y[hit] + 1.0).tolist()
        boxes = sorted((a, a + self.row_h - 2.0) for a in tops)
        stretches: list[tuple[float, float]] = []
        y = top
        for a, b in boxes:
            if a > y:
                stretches.append((y, min(a, bottom)))
            y = max(y, b)
        if y < bottom:
            stretches.append((y, bottom))
        return [(a, b) for a, b in stretches if b > a]


Target = tuple[str, int]  # ("event", model row) or ("cluster", the layout's cluster number)


def neighbour(frame: Frame, here: Target, direction: str) -> Target | None:
    """The event or cluster mark next to ``here`` on screen, for the keyboard: "up"/"down" the
    one in the nearest row above/below closest in x, "left"/"right" the nearest in the same
    row; None when there is none (or ``here`` is not drawn)."""
    xs = np.concatenate((frame.x0, frame.cx))
    ys = np.concatenate((frame.y, frame.cy))
    kinds = ["event"] * int(frame.rows.size) + ["cluster"] * int(frame.clusters.size)
    ids = frame.rows.tolist() + frame.clusters.tolist()
    try:
        at = list(zip(kinds, ids, strict=True)).index(here)
    except ValueError:
        return None
    x, y = float(xs[at]), float(ys[at])
    on_screen = (xs > -frame.pitch) & (xs < frame.width)
    if direction in ("up", "down"):
        beyond = (ys < y - 0.5) if direction == "up" else (ys > y + 0.5)
        candidates = np.flatnonzero(beyond & on_screen)
        if not candidates.size:
            return None
        row_y = ys[candidates]
        nearest_row = row_y.max() if direction == "up" else row_y.min()
        candidates = candidates[np.abs(row_y - nearest_row) <= 0.5]
        best = candidates[np.argmin(np.abs(xs[candidates] - x))]
    else:
        same_row = np.abs(ys - y) <= 0.5
        beyond = (xs < x) if direction == "left" else (xs > x)
        candidates = np.flatnonzero(same_row & beyond & on_screen)
        if not candidates.size:
            return None
        best = candidates[np.argmin(np.abs(xs[candidates] - x))]
    return kinds[int(best)], int(ids[int(best)])


TIP_OFFSET = (12.0, 18.0)  # a tooltip's top left from the pointer, right and below it


def place_tip(
    x: float, y: float, tip: tuple[float, float], canvas: tuple[float, float]
) -> tuple[float, float]:
    """Where a tooltip ``tip`` (width, height) for the pointer at (x, y) goes so that it lies
    inside the canvas: right of and below the pointer, else left of or above it, and never
    past an edge."""
    (w, h), (width, height) = tip, canvas
    dx, dy = TIP_OFFSET
    left = x + dx if x + dx + w <= width else x - dx - w
    top = y + dy if y + dy + h <= height else y - dy / 2 - h
    return min(max(left, 0.0), max(width - w, 0.0)), min(max(top, 0.0), max(height - h, 0.0))


def today_marker(now: float, t0: float, t1: float) -> str | None:
    """Where today is when it is off the view: "left", "right", or None when it is in view
    (the canvas then draws an arrow at that edge instead of its line)."""
    if now < t0:
        return "left"
    if now > t1:
        return "right"
    return None


def row_pitch(area: RowsArea, rows_used: int, reserved: float = 0.0) -> float:
    """How far apart the rows of a layout using ``rows_used`` rows are drawn: a few lanes are
    spread up the canvas (up to ``MAX_SPREAD`` row heights apart) instead of crowding at the
    axis under an empty two-thirds. ``reserved`` px of the height are taken (captions)."""
    if rows_used <= 0:
        return area.row_h
    room = (area.count * area.row_h - reserved) / (rows_used * area.row_h)
    return area.row_h * min(max(room, 1.0), MAX_SPREAD)


def make_frame(
    index: EventIndex,
    label_px: np.ndarray,
    layout: LaneLayout | None,
    view: tuple[float, float],
    size: tuple[float, float],
    area: RowsArea,
    *,
    borrowed: bool = False,
    captions: bool = False,
) -> Frame:
    """The frame of ``view`` (days) on a canvas of ``size`` (px) laid out by ``layout``.

    ``label_px`` is per model row: how far right of its start an event draws. Only items
    and cluster marks that meet the view are in the frame (binary search in the layout).
    Row 0 sits on the axis and rows stack upwards: few events stay close to their dates.
    With ``captions`` each band of the layout has a strip for its name above its rows (the
    layout must have been made for ``RowsArea.lanes_for`` rows).
    """
    (t0, t1), (width, height) = view, size
    scale = width / (t1 - t0)
    if layout is None or not len(index):
        return Frame(width, height, t0, t1, scale, area.top, area.row_h)
    items = layout.visible_items(t0, t1)
    base = height - AXIS_H - AXIS_GAP
    captions = captions and bool(layout.bands)
    # How far each row is lifted by the caption strips of its band and the bands below.
    lift = np.zeros(layout.rows + 1)
    if captions:
        for i, band in enumerate(layout.bands):
            lift[band.first_row : band.first_row + band.rows] = i * CAPTION_H
    pitch = row_pitch(area, layout.rows, len(layout.bands) * CAPTION_H if captions else 0.0)
    clusters = layout.visible_clusters(t0, t1)
    marks = layout.clusters
    alone = marks.single[clusters] >= 0
    singles, clusters = clusters[alone], clusters[~alone]
    lone = layout.pos[marks.single[singles]]
    positions = np.concatenate((layout.pos[items], lone))
    rows = index.rows[positions]
    x0 = (index.starts[positions] - t0) * scale
    lanes = np.concatenate((layout.row[items], marks.row[singles]))
    y = base - lanes * pitch - area.row_h - lift[lanes]
    bare = np.zeros(positions.size, dtype=bool)
    bare[items.size :] = True
    # A label the right edge cuts is drawn elided at the edge, and ends there; a bare
    # marker ends at its marker.
    xl = np.where(bare, x0 + MARKER_R, np.minimum(x0 + label_px[rows], np.maximum(width - 2.0, x0)))
    x1 = np.where(bare, x0, (index.ends[positions] - t0) * scale)
    return Frame(
        width,
        height,
        t0,
        t1,
        scale,
        area.top,
        area.row_h,
        layout=layout,
        pitch=pitch,
        rows=rows,
        x0=x0,
        x1=x1,
        xl=xl,
        y=y,
        clusters=clusters,
        # A mark at an edge is drawn whole inside the canvas, not cut to "+1" of "+113".
        cx=np.clip(
            (marks.anchor[clusters] - t0) * scale, CLUSTER_W / 2 + 1, width - CLUSTER_W / 2 - 1
        ),
        cy=base - marks.row[clusters] * pitch - area.row_h - lift[marks.row[clusters]],
        cw=np.full(clusters.size, CLUSTER_W),
        bare=bare,
        captions=captions,
        borrowed=borrowed,
    )
