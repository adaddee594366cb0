"""A thin strip under the timeline: how events spread over the whole document, and a handle
for the part the canvas shows.

The density is a numpy histogram of event starts, computed once per data change and width.
Dragging the window rectangle pans the canvas; clicking elsewhere centres the canvas there.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.viewport import ZOOM_STEP, overview_domain
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.timeline_view import TimelineView

STRIP_H = 40


class OverviewStrip(QWidget):
    """The whole timeline at a glance, with the canvas's visible window as a draggable box."""

    def __init__(self, model: EventModel, view: TimelineView, parent=None):
        super().__init__(parent)
        self._model = model
        self._view = view
        self._histogram: tuple[tuple, np.ndarray] | None = None
        self._drag_offset: float | None = None  # days between the press and the window's t0
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription(
            "Event density over the whole timeline; drag the box to "
            "move the timeline, click to centre it there."
        )
        self.setFixedHeight(STRIP_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._data_changed)
        view.visibleRangeChanged.connect(lambda *_: self.update())

    def sizeHint(self) -> QSize:
        return QSize(900, STRIP_H)

    # --- geometry ----------------------------------------------------------------------------

    def domain(self) -> tuple[float, float]:
        """The days the strip spans: every event, and the canvas's window wherever it is."""
        return overview_domain(self._view.event_index().span(), self._view.visible_range())

    def _x_of(self, t: float, domain: tuple[float, float]) -> float:
        return (t - domain[0]) / (domain[1] - domain[0]) * self.width()

    def _t_of(self, x: float, domain: tuple[float, float]) -> float:
        return domain[0] + x / max(self.width(), 1) * (domain[1] - domain[0])

    def window_rect(self) -> QRectF:
        """Where the canvas's visible window is drawn, at least 6 px wide to be grabbable."""
        domain = self.domain()
        v0, v1 = self._view.visible_range()
        x0, x1 = self._x_of(v0, domain), self._x_of(v1, domain)
        if x1 - x0 < 6:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 3, mid + 3
        return QRectF(x0, 1.5, x1 - x0, self.height() - 3.0)

    # --- data ----------------------------------------------------------------------------------

    def _data_changed(self, *args) -> None:
        self._histogram = None
        self.update()

    def _counts(self, domain: tuple[float, float], bins: int) -> np.ndarray:
        key = (domain, bins, len(self._view.event_index()))
        if self._histogram is None or self._histogram[0] != key:
            starts = self._view.event_index().starts
            counts, _ = np.histogram(starts, bins=bins, range=domain)
            self._histogram = (key, counts)
        return self._histogram[1]

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        width, height = float(self.width()), float(self.height())
        painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Window))
        domain = self.domain()
        bar_w = 3
        bins = max(int(width // bar_w), 1)
        counts = self._counts(domain, bins)
        peak = int(counts.max()) if counts.size else 0
        if peak:
            # A square-root scale, so one event next to a thousand still shows.
            heights = np.sqrt(counts / peak) * (height - 8)
            ink = QColor(palette.color(QPalette.ColorRole.Text))
            ink.setAlphaF(0.45)
            painter.setPen(Qt.PenStyle.NoPen)
            for i in np.flatnonzero(counts).tolist():
                h = max(float(heights[i]), 1.5)
                painter.fillRect(QRectF(i * bar_w, height - 3 - h, bar_w - 1, h), ink)
        rect = self.window_rect()
        shade = QColor(palette.color(QPalette.ColorRole.Window))
        shade.setAlphaF(0.55)
        painter.fillRect(QRectF(0, 0, max(rect.left(), 0), height), shade)
        painter.fillRect(QRectF(rect.right(), 0, max(width - rect.right(), 0), height), shade)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlphaF(0.14)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        painter.setPen(QPen(highlight, 1.5))
        painter.drawRoundedRect(rect, 3, 3)
        edge = QColor(palette.color(QPalette.ColorRole.Text))
        edge.setAlphaF(0.2)
        painter.setPen(QPen(edge, 1.0))
        painter.drawLine(QPointF(0, 0.5), QPointF(width, 0.5))
        painter.end()

    # --- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        domain = self.domain()
        x = event.position().x()
        v0, v1 = self._view.visible_range()
        if not self.window_rect().adjusted(-2, 0, 2, 0).contains(QPointF(x, self.height() / 2)):
            # A click outside the box centres the canvas there, then drags from the middle.
            self._view.go_to(self._t_of(x, domain))
            v0, v1 = self._view.visible_range()
        self._drag_offset = self._t_of(x, domain) - v0
        self._drag_domain = domain
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return
        # The domain is frozen for the drag: it would otherwise grow under the mouse.
        t = self._t_of(event.position().x(), self._drag_domain)
        v0, v1 = self._view.visible_range()
        start = t - self._drag_offset
        self._view.set_visible_range(start, start + (v1 - v0))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        v0, v1 = self._view.visible_range()
        centre = (v0 + v1) / 2
        span = (v1 - v0) * math.pow(ZOOM_STEP, -steps)
        self._view.set_visible_range(centre - span / 2, centre + span / 2)
        event.accept()
