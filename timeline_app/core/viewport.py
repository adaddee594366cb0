"""What the timeline canvas shows: its visible range of days, and the zoom and pan maths.

Free of Qt, as pyqtgraph keeps a ViewBox's range apart from the widget painting it: the
canvas widget turns wheel, drag and keys into these calls and repaints when the range moves.
Days are proleptic Gregorian ordinals as floats (``core.dates.ordinal_of``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from timeline_app.core import axis
from timeline_app.core.layout import EventIndex

FIRST_DAY = axis.FIRST_DAY
END_DAY = axis.END_DAY
MIN_SPAN = 3 / 24  # three hours across the canvas: the deepest zoom
MAX_SPAN = END_DAY - FIRST_DAY
ZOOM_STEP = 1.25  # one wheel notch or key press
LABEL_FIT_SHARE = 0.22  # of the width at most is kept for a label when fitting the events


def clamp_span(span: float) -> float:
    return min(max(span, MIN_SPAN), MAX_SPAN)


@dataclass
class Viewport:
    """The days ``t0``..``t1`` across the canvas, always 3 hours..the whole calendar wide and
    inside the years 1..9999."""

    t0: float
    t1: float

    @property
    def span(self) -> float:
        return self.t1 - self.t0

    @property
    def range(self) -> tuple[float, float]:
        return self.t0, self.t1

    def x_of(self, t: float, width: float) -> float:
        """Where day ``t`` is on a canvas ``width`` px wide."""
        return (t - self.t0) * (width / (self.t1 - self.t0))

    def t_of(self, x: float, width: float) -> float:
        """The day at ``x`` px on a canvas ``width`` px wide."""
        return self.t0 + x / (width / (self.t1 - self.t0))

    def set_range(self, t0: float, t1: float) -> bool:
        """Show t0..t1, clamped; whether the range changed (not for NaN or infinite days)."""
        if not (math.isfinite(t0) and math.isfinite(t1)):
            return False
        if t1 < t0:
            t0, t1 = t1, t0
        span = clamp_span(t1 - t0)
        centre = (t0 + t1) / 2
        t0 = centre - span / 2
        t0 = min(max(t0, FIRST_DAY), END_DAY - span)
        t1 = t0 + span
        if (t0, t1) == (self.t0, self.t1):
            return False
        self.t0, self.t1 = t0, t1
        return True

    def zoom_about(self, day: float, fraction: float, factor: float) -> bool:
        """Zoom by ``factor`` (span multiplier) keeping ``day`` at ``fraction`` of the width."""
        span = clamp_span(self.span * factor)
        t0 = day - fraction * span
        return self.set_range(t0, t0 + span)

    def zoom_centre(self, factor: float) -> bool:
        return self.zoom_about((self.t0 + self.t1) / 2, 0.5, factor)

    def zoom_at(self, x: float, width: float, steps: float) -> bool:
        """Zoom in by ``steps`` wheel notches (out when negative) about the day under ``x``
        px, which stays under it."""
        fraction = min(max(x / max(width, 1.0), 0.0), 1.0)
        return self.zoom_about(self.t_of(x, width), fraction, ZOOM_STEP ** (-steps))

    def pan_by(self, fraction: float) -> bool:
        """Move by ``fraction`` of the span (later when positive)."""
        shift = self.span * fraction
        return self.set_range(self.t0 + shift, self.t1 + shift)

    def dragged(self, start: tuple[float, float], dx: float, width: float) -> bool:
        """The range ``start`` dragged ``dx`` px right on a canvas ``width`` px wide: the
        day under the mouse stays under it."""
        t0, t1 = start
        shift = -dx * (t1 - t0) / max(width, 1.0)
        return self.set_range(t0 + shift, t1 + shift)

    def go_to(self, day: float) -> bool:
        """Centre ``day``, keeping the zoom."""
        half = self.span / 2
        return self.set_range(day - half, day + half)

    def go_to_first(self, first: float) -> bool:
        """Keeping the zoom, the first event near the left edge."""
        span = self.span
        return self.set_range(first - 0.05 * span, first + 0.95 * span)

    def go_to_last(self, last: float) -> bool:
        """Keeping the zoom, the last event's start at 70% of the width."""
        span = self.span
        return self.set_range(last - 0.7 * span, last + 0.3 * span)

    def show_days(self, t0: float, t1: float) -> bool:
        """Zoom to t0..t1 with a margin either side (a click on a cluster mark)."""
        pad = max((t1 - t0) * 0.08, MIN_SPAN / 2)
        return self.set_range(t0 - pad, t1 + pad)

    def reveal(self, start: float, end: float) -> bool:
        """Scroll, keeping the zoom, so that an event from ``start`` to ``end`` is in view:
        its start away from the edges, unless a long range already crosses the view."""
        span = self.span
        if self.t0 + 0.02 * span <= start <= self.t1 - 0.2 * span:
            return False
        if end > self.t0 and start < self.t0 and end - start > span:
            return False
        return self.go_to(start + 0.25 * span if start < self.t0 else start + 0.2 * span)

    def zoom_step_spans(self) -> tuple[float, float]:
        """The spans one zoom step in and one step out give (``zoom_centre`` and ``zoom_at``
        multiply the span by these same factors)."""
        return clamp_span(self.span * (1 / ZOOM_STEP)), clamp_span(self.span * ZOOM_STEP)


def fit_range(
    index: EventIndex,
    label_px: np.ndarray,
    ongoing: np.ndarray,
    width: float,
    pad_px: float,
) -> tuple[float, float] | None:
    """The range that shows every event with its label, bars to their ends and labels to
    their last letter, on a canvas ``width`` px wide; None without events.

    ``label_px`` and ``ongoing`` are per model row: how far right of its start an event
    draws, and whether it is an open range (running to today). ``pad_px`` is kept free on
    the right of the longest reaching label. Today is not fitted (ongoing ranges count
    from their start), and a label is given at most ``LABEL_FIT_SHARE`` of the width.
    """
    days = index.span()
    if days is None:
        return None
    first, last = days
    # An ongoing range runs to today, which is not fitted: the events are, and the ongoing
    # bars run off the right edge towards the today marker there.
    open_ended = ongoing[index.rows]
    if open_ended.any():
        last = float(np.where(open_ended, index.starts, index.ends).max())
    width = max(width, 200.0)
    span = max(last - first, 1.0)
    t0 = first - 0.03 * span
    # The smallest t1 with start + label_px / scale <= t1 for every event, where the scale
    # itself depends on t1: solve t1 * (1 - l/w) >= start - t0 * l/w per event.
    # A long label is given a readable start, not its whole length: fitting every letter of
    # the last events' titles would leave years of empty canvas; the rest is elided at the edge.
    label = np.minimum(label_px[index.rows], LABEL_FIT_SHARE * width) + pad_px
    label = np.minimum(label, 0.9 * width) / width
    needed = (index.starts - t0 * label) / (1.0 - label)
    t1 = max(float(needed.max()), last)
    t1 += 0.02 * (t1 - t0)
    if t1 - t0 < 2.0:  # a single day: show a little around it
        centre = (t0 + t1) / 2
        t0, t1 = centre - 1.0, centre + 1.0
    return t0, t1


def overview_domain(
    events: tuple[float, float] | None, view: tuple[float, float]
) -> tuple[float, float]:
    """The days an overview of the whole timeline spans: every event (``events`` is the first
    start and last end, None without events) with a little room, and the view wherever it is."""
    v0, v1 = view
    if events is None:
        return v0, v1
    first, last = events
    pad = max((last - first) * 0.03, 1.0)
    t0, t1 = min(first - pad, v0), max(last + pad, v1)
    return t0, max(t1, t0 + 1e-6)
