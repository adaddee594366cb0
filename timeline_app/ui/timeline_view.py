"""The zoomable timeline canvas: one QWidget painting the events with QPainter.

No Qt object per event: the events live in numpy arrays (``core.layout``), a frame finds
the visible ones by binary search in the cached lane layout and paints them in batches.
Layouts are cached per quantised zoom level and window; the axis ticks come from
``core.axis``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, OrderedDict
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.core import axis
from timeline_app.core.dates import FuzzyDate, Precision, datetime_of, ordinal_of
from timeline_app.core.events import Event
from timeline_app.core.layout import EventIndex, LaneLayout, compute_layout, quantize_scale
from timeline_app.ui.category_colors import category_color, category_label
from timeline_app.ui.event_model import EventModel

FIRST_DAY = axis.FIRST_DAY
END_DAY = axis.END_DAY
MIN_SPAN = 3 / 24  # three hours across the canvas: the deepest zoom
MAX_SPAN = END_DAY - FIRST_DAY
ZOOM_STEP = 1.25  # one wheel notch or key press
MAX_LABEL_PX = 400.0  # longer titles are elided; the tooltip has them whole
DRAG_THRESHOLD = 4.0

# Geometry in logical pixels (Qt scales them on high-DPI screens).
HEADER_H = 30.0
AXIS_H = 46.0
MARGIN = 10.0
MARKER_R = 4.5
LABEL_GAP = 6.0  # between the marker and its label
LEAD_PX = MARKER_R + 1.5
CLUSTER_PX = 64.0
DAY_SPAN_PX = 28.0  # a day this wide is drawn as the span it covers, not just a dot

_SELECT = QItemSelectionModel.SelectionFlag


@dataclass(frozen=True, eq=False)
class _Data:
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
    group_keys: dict[str, tuple[np.ndarray, list[str]]]


@dataclass(eq=False)
class _Frame:
    """One frame's geometry: the visible items with their rectangles, and the clusters."""

    width: float
    height: float
    t0: float
    t1: float
    scale: float
    top: float  # top of the first row
    row_h: float
    layout: LaneLayout | None
    rows: np.ndarray  # model rows of the visible items
    x0: np.ndarray  # where each starts, px
    x1: np.ndarray  # where its bar ends, px
    xl: np.ndarray  # where its label ends, px
    y: np.ndarray  # top of its row, px
    clusters: np.ndarray  # visible cluster numbers of the layout
    cx: np.ndarray
    cy: np.ndarray
    cw: np.ndarray

    def x_of(self, t: float) -> float:
        return (t - self.t0) * self.scale

    def t_of(self, x: float) -> float:
        return self.t0 + x / self.scale


class TimelineView(QWidget):
    """The timeline canvas over an EventModel, sharing the table's selection model."""

    eventActivated = Signal(str)
    addRequested = Signal(object)
    visibleRangeChanged = Signal(float, float)

    def __init__(self, model: EventModel, selection: QItemSelectionModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._selection = selection
        self._now = ordinal_of(dt.datetime.now())
        self._t0, self._t1 = self._now - 365.0, self._now + 30.0
        self._mask: np.ndarray | None = None
        self._grouping = "none"
        self._data: _Data | None = None
        self._layouts: OrderedDict[tuple, LaneLayout] = OrderedDict()
        self._frame_cache: tuple[tuple, _Frame] | None = None
        self._selected_rows: set[int] = set()
        self._press: QPointF | None = None
        self._press_range = (self._t0, self._t1)
        self._dragging = False
        self._selecting_here = False
        self._fitted_once = False
        self._static_texts: dict[str, QStaticText] = {}

        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events on a zoomable time axis. Wheel or Ctrl+plus/minus zooms, arrows pan, "
            "Home and End go to the first and last event."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        for signal in (
            model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
            model.layoutChanged, model.rowsMoved,
        ):
            signal.connect(self._data_changed)
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentChanged.connect(self._current_changed)
        if model.rowCount():
            self.fit_all()

    # --- public API --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def visible_range(self) -> tuple[float, float]:
        return self._t0, self._t1

    def set_visible_range(self, t0: float, t1: float) -> None:
        """Show days t0..t1, clamped to 3 hours..the whole calendar and to the years 1..9999."""
        if not (math.isfinite(t0) and math.isfinite(t1)):
            return
        if t1 < t0:
            t0, t1 = t1, t0
        span = min(max(t1 - t0, MIN_SPAN), MAX_SPAN)
        centre = (t0 + t1) / 2
        t0 = centre - span / 2
        t0 = min(max(t0, FIRST_DAY), END_DAY - span)
        t1 = t0 + span
        if (t0, t1) == (self._t0, self._t1):
            return
        self._t0, self._t1 = t0, t1
        self._frame_cache = None
        self.update()
        self.visibleRangeChanged.emit(t0, t1)

    def zoom_in(self) -> None:
        self._zoom_about((self._t0 + self._t1) / 2, 0.5, 1 / ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_about((self._t0 + self._t1) / 2, 0.5, ZOOM_STEP)

    def pan_by(self, fraction: float) -> None:
        shift = (self._t1 - self._t0) * fraction
        self.set_visible_range(self._t0 + shift, self._t1 + shift)

    def go_to(self, day: float) -> None:
        half = (self._t1 - self._t0) / 2
        self.set_visible_range(day - half, day + half)

    def go_to_first(self) -> None:
        data = self._ensure_data()
        if len(data.index):
            span = self._t1 - self._t0
            first = float(data.index.starts[0])
            self.set_visible_range(first - 0.05 * span, first + 0.95 * span)

    def go_to_last(self) -> None:
        data = self._ensure_data()
        if len(data.index):
            span = self._t1 - self._t0
            last = float(data.index.starts[-1])
            self.set_visible_range(last - 0.7 * span, last + 0.3 * span)

    def fit_all(self) -> None:
        """Show every event with its label: bars to their ends, labels to their last letter."""
        data = self._ensure_data()
        self._fitted_once = True
        if not len(data.index):
            self.set_visible_range(self._now - 365.0, self._now + 30.0)
            return
        first, last = data.index.span()
        # An ongoing range runs to today; when today is far past the last event, fitting it
        # would crowd every event into the left of the canvas, so fit the events' own dates
        # and let the ongoing bars run off the right edge.
        ongoing = data.ongoing[data.index.rows]
        if ongoing.any():
            own = np.where(ongoing, data.index.starts, data.index.ends)
            own_last = float(own.max())
            if last - own_last > 0.25 * max(own_last - first, 1.0):
                last = own_last
        width = max(float(self.width()), 200.0)
        span = max(last - first, 1.0)
        t0 = first - 0.03 * span
        # The smallest t1 with start + label_px / scale <= t1 for every event, where the scale
        # itself depends on t1: solve t1 * (1 - l/w) >= start - t0 * l/w per event.
        label = np.minimum(data.label_px[data.index.rows] + 2 * MARGIN, 0.9 * width) / width
        needed = (data.index.starts - t0 * label) / (1.0 - label)
        t1 = max(float(needed.max()), last)
        t1 += 0.02 * (t1 - t0)
        if t1 - t0 < 2.0:  # a single day: show a little around it
            centre = (t0 + t1) / 2
            t0, t1 = centre - 1.0, centre + 1.0
        self.set_visible_range(t0, t1)

    def event_index(self) -> EventIndex:
        """The events sorted by start (days), shared with the overview strip."""
        return self._ensure_data().index

    def set_match_mask(self, mask) -> None:
        """Dim the rows where ``mask`` is False; None shows every row normally."""
        if mask is not None:
            mask = np.asarray(mask, dtype=bool)
            if mask.shape != (self._model.rowCount(),):
                mask = None
        self._mask = mask
        self.update()

    def set_grouping(self, mode: str) -> None:
        """Lanes in one band ("none") or in bands per "category" or per (first) "actor"."""
        if mode not in ("none", "category", "actor"):
            raise ValueError(f"unknown grouping {mode!r}")
        if mode != self._grouping:
            self._grouping = mode
            self._frame_cache = None
            self.update()

    def event_at(self, pos: QPointF) -> str | None:
        row = self._row_at(self._frame(), QPointF(pos))
        return None if row is None else self._model.event(row).id

    def event_rect(self, event_id: str) -> QRectF | None:
        """Where the event (marker or bar, and its label) is drawn now, or None if not."""
        row = self._model.row_of(event_id)
        frame = self._frame()
        if row is None:
            return None
        hits = np.flatnonzero(frame.rows == row)
        if not hits.size:
            return None
        i = int(hits[0])
        return self._item_rect(frame, i)

    def render_image(self, size: QSize) -> QImage:
        """The canvas painted at ``size`` (for exports and benchmarks), at today's zoom."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        try:
            self.paint_into(painter, float(size.width()), float(size.height()))
        finally:
            painter.end()
        return image

    def paint_into(self, painter: QPainter, width: float, height: float) -> None:
        """Paint the visible time range, axis and legend as a ``width`` × ``height`` picture
        with any painter (image, SVG, PDF, printer)."""
        self._paint(painter, self._frame(width, height))

    # --- data ------------------------------------------------------------------------------

    def _data_changed(self, *args) -> None:
        self._data = None
        if len(self._static_texts) > 20_000:
            self._static_texts.clear()
        self._layouts.clear()
        self._frame_cache = None
        if self._mask is not None and self._mask.shape != (self._model.rowCount(),):
            self._mask = None
        self._selected_rows = {i.row() for i in self._selection.selectedRows()}
        if not self._fitted_once and self._model.rowCount():
            self.fit_all()
        self.update()

    def _ensure_data(self) -> _Data:
        if self._data is None:
            self._data = self._build_data(list(self._model.events()))
        return self._data

    def _build_data(self, events: list[Event]) -> _Data:
        n = len(events)
        starts = np.empty(n)
        ends = np.empty(n)
        coarse = np.zeros(n, dtype=bool)
        ranged = np.zeros(n, dtype=bool)
        ongoing = np.zeros(n, dtype=bool)
        approximate = np.zeros(n, dtype=bool)
        uncertain = np.zeros(n, dtype=bool)
        labels: list[str] = []
        titles: list[str] = []
        widths = np.empty(n)
        metrics = QFontMetricsF(self._label_font())
        measured: dict[str, tuple[str, float]] = {}
        suffix_width = metrics.horizontalAdvance(" (?)")
        colors: list[QColor] = []
        color_of: dict[str, int] = {}
        color = np.empty(n, dtype=np.int64)
        category_count: Counter[str] = Counter()
        now = self._now
        for row, event in enumerate(events):
            when = event.when
            start = when.start
            starts[row] = when.start_ordinal
            ends[row] = when.end_ordinal(now)
            ranged[row] = when.is_range
            ongoing[row] = when.ongoing
            coarse[row] = not when.is_range and start.precision < Precision.DAY
            last = when.end or start
            approximate[row] = start.approximate or last.approximate
            uncertain[row] = start.uncertain or last.uncertain
            text = event.title.strip() or "(untitled)"
            suffix = " (?)" if uncertain[row] else ""
            cached = measured.get(text + suffix)
            if cached is None:
                # Elide the title, never the "(?)" that says the date is uncertain.
                suffix_px = suffix_width if suffix else 0.0
                width = metrics.horizontalAdvance(text)
                shown = text
                if width + suffix_px > MAX_LABEL_PX:
                    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                               MAX_LABEL_PX - suffix_px)
                    width = metrics.horizontalAdvance(shown)
                cached = measured[text + suffix] = (shown + suffix, width + suffix_px)
            labels.append(cached[0])
            titles.append(text + suffix)
            widths[row] = MARKER_R + LABEL_GAP + cached[1] + 2.0
            key = event.category.strip().casefold()
            category_count[key] += 1
            slot = color_of.get(key)
            if slot is None:
                slot = color_of[key] = len(colors)
                colors.append(category_color(event.category))
            color[row] = slot
        legend_names = {e.category.strip().casefold(): e.category for e in events}
        legend = [
            (category_label(legend_names[key]), colors[color_of[key]], count)
            for key, count in sorted(category_count.items(), key=lambda kv: (not kv[0], -kv[1]))
        ]
        return _Data(
            EventIndex.build(starts, ends), widths, labels, titles, color, colors, legend, coarse,
            ranged, ongoing, approximate, uncertain, _group_keys(events),
        )

    def _label_font(self) -> QFont:
        return QFont(self.font())

    # --- layout and frames -----------------------------------------------------------------

    def _rows_area(self, height: float) -> tuple[float, float, int]:
        """Top of the rows, row height and how many rows fit above the axis."""
        metrics = QFontMetricsF(self._label_font())
        row_h = math.ceil(metrics.height() + 9.0)
        top = HEADER_H + 8.0
        bottom = height - AXIS_H - 6.0
        return top, row_h, max(int((bottom - top) // row_h), 1)

    def _layout(self, scale: float, width: float, rows: int) -> LaneLayout:
        data = self._ensure_data()
        level, q_scale = quantize_scale(scale)
        # Lay out a window three view-widths wide, aligned to whole widths, so that panning
        # reuses it and a 100,000-event document only packs what is near the view. Half a
        # width before the block holds the events whose labels reach into it.
        block = width / q_scale
        k = math.floor(self._t0 / block)
        key = (level, rows, self._grouping, k)
        layout = self._layouts.get(key)
        if layout is None:
            groups, names = data.group_keys.get(self._grouping, (None, [""]))
            layout = compute_layout(
                data.index, data.label_px, scale, rows,
                window=((k - 0.5) * block, (k + 2.5) * block),
                groups=groups, group_names=names, lead_px=LEAD_PX, cluster_px=CLUSTER_PX,
            )
            self._layouts[key] = layout
            while len(self._layouts) > 12:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def _frame(self, width: float | None = None, height: float | None = None) -> _Frame:
        width = float(self.width()) if width is None else width
        height = float(self.height()) if height is None else height
        key = (width, height, self._t0, self._t1, self._grouping)
        if self._frame_cache is not None and self._frame_cache[0] == key:
            return self._frame_cache[1]
        data = self._ensure_data()
        t0, t1 = self._t0, self._t1
        scale = width / (t1 - t0)
        top, row_h, max_rows = self._rows_area(height)
        empty_i, empty_f = np.zeros(0, dtype=np.int64), np.zeros(0)
        if not len(data.index):
            frame = _Frame(width, height, t0, t1, scale, top, row_h, None, empty_i, empty_f,
                           empty_f, empty_f, empty_f, empty_i, empty_f, empty_f, empty_f)
        else:
            layout = self._layout(scale, width, max_rows)
            items = layout.visible_items(t0, t1)
            positions = layout.pos[items]
            rows = data.index.rows[positions]
            x0 = (data.index.starts[positions] - t0) * scale
            x1 = (data.index.ends[positions] - t0) * scale
            xl = x0 + data.label_px[rows]
            # Row 0 sits on the axis and rows stack upwards: few events stay close to their
            # dates on the axis.
            base = height - AXIS_H - 4.0
            y = base - (layout.row[items] + 1) * row_h
            clusters = layout.visible_clusters(t0, t1)
            cx = (layout.clusters.anchor[clusters] - t0) * scale
            cy = base - (layout.clusters.row[clusters] + 1) * row_h
            cw = np.minimum(CLUSTER_PX * 0.6, np.full(clusters.size, CLUSTER_PX * 0.6))
            frame = _Frame(width, height, t0, t1, scale, top, row_h, layout, rows, x0, x1, xl,
                           y, clusters, cx, cy, cw)
        self._frame_cache = (key, frame)
        return frame

    def _item_rect(self, frame: _Frame, i: int) -> QRectF:
        x0 = float(frame.x0[i]) - LEAD_PX
        x1 = max(float(frame.x1[i]), float(frame.xl[i]))
        return QRectF(x0, float(frame.y[i]) + 2.0, x1 - x0, frame.row_h - 4.0)

    def _row_at(self, frame: _Frame, pos: QPointF) -> int | None:
        """The model row drawn under ``pos`` (marker, bar or label), or None."""
        if not frame.rows.size:
            return None
        x, y = pos.x(), pos.y()
        inside = (
            (frame.x0 - LEAD_PX <= x) & (x <= np.maximum(frame.x1, frame.xl))
            & (frame.y + 2.0 <= y) & (y <= frame.y + frame.row_h - 2.0)
        )
        hits = np.flatnonzero(inside)
        return int(frame.rows[hits[-1]]) if hits.size else None

    def _cluster_at(self, frame: _Frame, pos: QPointF) -> int | None:
        if not frame.clusters.size:
            return None
        x, y = pos.x(), pos.y()
        inside = (
            (np.abs(frame.cx - x) <= frame.cw / 2 + 2) & (frame.cy + 2 <= y)
            & (y <= frame.cy + frame.row_h - 2)
        )
        hits = np.flatnonzero(inside)
        return int(frame.clusters[hits[0]]) if hits.size else None

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self._frame())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, frame: _Frame) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), base)
        ticks = self._ticks(frame)
        self._paint_bands(painter, frame)
        self._paint_grid(painter, frame, ticks)
        self._paint_today(painter, frame)
        self._paint_items(painter, frame)
        self._paint_clusters(painter, frame)
        self._paint_axis(painter, frame, ticks)
        self._paint_header(painter, frame)
        if not len(self._ensure_data().index):
            self._paint_placeholder(painter, frame)

    def _text_color(self, alpha: float = 1.0) -> QColor:
        color = QColor(self.palette().color(QPalette.ColorRole.Text))
        color.setAlphaF(alpha)
        return color

    def _ink(self, alpha: float, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
        """The text colour at ``alpha`` over a background role, as an opaque colour: blending
        translucent hairlines costs far more than drawing opaque ones."""
        text = self.palette().color(QPalette.ColorRole.Text)
        base = self.palette().color(role)
        return QColor.fromRgbF(
            base.redF() + (text.redF() - base.redF()) * alpha,
            base.greenF() + (text.greenF() - base.greenF()) * alpha,
            base.blueF() + (text.blueF() - base.blueF()) * alpha,
        )

    def _ticks(self, frame: _Frame) -> axis.AxisTicks:
        metrics = QFontMetricsF(self._axis_font())
        return axis.choose_ticks(frame.t0, frame.t1, frame.width, min_spacing=14.0,
                                 measure=metrics.horizontalAdvance)

    def _axis_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        font.setBold(bold)
        return font

    def _paint_grid(self, painter: QPainter, frame: _Frame, ticks: axis.AxisTicks) -> None:
        bottom = frame.height - AXIS_H
        painter.setPen(self._ink(0.06))
        _vlines(painter, [frame.x_of(t.t) for t in ticks.minor], frame.top - 4, bottom)
        painter.setPen(self._ink(0.16))
        _vlines(painter, [frame.x_of(t.t) for t in ticks.major], frame.top - 4, bottom)

    def _paint_bands(self, painter: QPainter, frame: _Frame) -> None:
        layout = frame.layout
        if layout is None or self._grouping == "none":
            return
        font = self._axis_font(bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for i, band in enumerate(layout.bands):
            height = band.rows * frame.row_h
            top = frame.height - AXIS_H - 4.0 - band.first_row * frame.row_h - height
            if i % 2:
                painter.fillRect(QRectF(0, top, frame.width, height), self._ink(0.03))
            painter.setPen(QPen(self._text_color(0.18), 1.0))
            painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
            name = band.key or "—"
            text_w = metrics.horizontalAdvance(name) + 10
            box = QRectF(frame.width - text_w - 6, top + 2, text_w, metrics.height() + 2)
            base = self.palette().color(QPalette.ColorRole.Base)
            painter.fillRect(box, self._with_alpha(base, 0.85))
            painter.setPen(self._text_color(0.55))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_today(self, painter: QPainter, frame: _Frame) -> None:
        if not frame.t0 <= self._now <= frame.t1:
            return
        x = frame.x_of(self._now)
        accent = QColor("#D1495B")
        pen = QPen(accent, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, frame.top - 4), QPointF(x, frame.height - AXIS_H))
        font = self._axis_font(bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text = "Today"
        w = metrics.horizontalAdvance(text) + 10
        # At the top of the rows: rows fill from the axis upwards, so labels rarely reach it.
        box = QRectF(min(max(x - w / 2, 2), frame.width - w - 2), frame.top + 2, w, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _with_alpha(color: QColor, alpha: float) -> QColor:
        color = QColor(color)
        color.setAlphaF(alpha)
        return color

    def _paint_items(self, painter: QPainter, frame: _Frame) -> None:
        if not frame.rows.size:
            return
        data = self._ensure_data()
        selected = self._selected_rows
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        row_h = frame.row_h
        bar_h = row_h - 6.0
        # Everything per visible item as plain lists, gathered by one numpy index each.
        rows_a = frame.rows
        rows = rows_a.tolist()
        x0s, x1s, xls, ys = (a.tolist() for a in (frame.x0, frame.x1, frame.xl, frame.y))
        dims = ([False] * len(rows) if self._mask is None
                else (~self._mask[rows_a]).tolist())
        ranged = data.ranged[rows_a].tolist()
        coarse = data.coarse[rows_a].tolist()
        slots = data.color[rows_a].tolist()
        hollows = (data.approximate[rows_a] | data.uncertain[rows_a]).tolist()
        label_px = data.label_px[rows_a].tolist()

        # Selection first, under everything.
        for i, row in enumerate(rows):
            if row in selected:
                rect = QRectF(x0s[i] - LEAD_PX - 3, ys[i] + 1, max(x1s[i], xls[i]) - x0s[i]
                              + LEAD_PX + 6, row_h - 2)
                painter.setPen(QPen(highlight, 1.5))
                painter.setBrush(self._with_alpha(highlight, 0.18))
                painter.drawRoundedRect(rect, 5, 5)

        # Bars and spans one by one (each may need its own gradient); markers batched into
        # one path per colour and style.
        markers: dict[tuple[int, bool, bool], QPainterPath] = {}
        for i, row in enumerate(rows):
            dim = dims[i]
            x0, x1, y = x0s[i], x1s[i], ys[i] + 3.0
            span_px = x1 - x0
            if ranged[i]:
                color = data.colors[slots[i]]
                self._paint_bar(painter, QRectF(x0, y, max(span_px, 2.0), bar_h), color, row, dim)
            elif coarse[i] or span_px >= DAY_SPAN_PX:
                color = data.colors[slots[i]]
                self._paint_span(painter, QRectF(x0, y, max(span_px, 2.0), bar_h), color,
                                 coarse[i], bool(data.approximate[row]), dim)
            if not ranged[i] and not coarse[i]:
                path = markers.get((slots[i], hollows[i], dim))
                if path is None:
                    path = markers[(slots[i], hollows[i], dim)] = QPainterPath()
                path.addEllipse(QPointF(x0, ys[i] + row_h / 2), MARKER_R, MARKER_R)

        base = self.palette().color(QPalette.ColorRole.Base)
        for (slot, hollow, dim), path in markers.items():
            color = QColor(data.colors[slot])
            alpha = 0.3 if dim else 1.0
            if hollow:  # approximate or uncertain: an open ring
                painter.setBrush(base)
                pen = QPen(self._with_alpha(color, alpha), 2.0, Qt.PenStyle.SolidLine)
            else:
                painter.setBrush(self._with_alpha(color, alpha))
                pen = QPen(self._with_alpha(color.darker(130), alpha), 1.0)
            painter.setPen(pen)
            painter.drawPath(path)

        # Labels: one static text each, in the text colour (dimmed rows faded).
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_y = (row_h - metrics.height()) / 2
        statics = self._static_texts
        normal, faded = self._text_color(0.92), self._text_color(0.3)
        halo = self._with_alpha(base, 0.92)
        current = None
        for i, row in enumerate(rows):
            pen = faded if dims[i] else normal
            if pen is not current:
                painter.setPen(pen)
                current = pen
            x = x0s[i]
            if x < 0 and (ranged[i] or x1s[i] - x >= DAY_SPAN_PX):
                # A bar that began off-screen keeps its label in view, inside its extent.
                x = min(2.0, max(x1s[i], xls[i]) - label_px[i])
            label = data.labels[row]
            if ranged[i] and x1s[i] - x - 20.0 > label_px[i] and label != data.titles[row]:
                # A long bar has room for more of its title than the lanes reserved.
                room = x1s[i] - x - MARKER_R - LABEL_GAP - 6.0
                label = metrics.elidedText(data.titles[row], Qt.TextElideMode.ElideRight, room)
            static = statics.get(label)
            if static is None:  # laid out once, drawn many frames
                static = statics[label] = QStaticText(label)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
            point = QPointF(x + MARKER_R + LABEL_GAP, ys[i] + text_y)
            if not ranged[i]:
                # A halo of the background keeps the label readable where a span's edge or
                # the today line runs under it (bars carry their label on their own colour).
                size = static.size()
                painter.fillRect(QRectF(point.x() - 1.0, point.y(), size.width() + 2.0,
                                        size.height()), halo)
            painter.drawStaticText(point, static)

    def _paint_bar(self, painter: QPainter, rect: QRectF, color: QColor, row: int, dim: bool):
        data = self._ensure_data()
        alpha = 0.28 if dim else 1.0
        fill = self._with_alpha(color, 0.30 * alpha)
        edge = self._with_alpha(color, 0.9 * alpha)
        if data.ongoing[row]:
            # An open end: the bar fades out over its last stretch.
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            fade_from = max(0.0, 1.0 - min(140.0, rect.width() * 0.5) / max(rect.width(), 1.0))
            gradient.setColorAt(0.0, fill)
            gradient.setColorAt(fade_from, fill)
            gradient.setColorAt(1.0, self._with_alpha(color, 0.0))
            painter.setBrush(QBrush(gradient))
            edge_gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            edge_gradient.setColorAt(0.0, edge)
            edge_gradient.setColorAt(fade_from, edge)
            edge_gradient.setColorAt(1.0, self._with_alpha(color, 0.0))
            pen = QPen(QBrush(edge_gradient), 1.2)
        else:
            painter.setBrush(fill)
            pen = QPen(edge, 1.2)
        if data.approximate[row]:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        # Pixel-snapped and not antialiased: crisp edges, and far cheaper for long bars.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        left, right = max(rect.left(), -4.0), min(rect.right(), self.width() + 4.0)
        right = max(right, left + 2.0)
        snapped = QRectF(round(left) + 0.5, round(rect.top()) + 0.5, round(right - left),
                         round(rect.height()))
        painter.drawRect(snapped)
        # A solid start cap: where the range begins is the date the sources give.
        painter.fillRect(QRectF(round(rect.left()), snapped.top(), 3.0, snapped.height() + 0.5),
                         edge)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_span(self, painter: QPainter, rect: QRectF, color: QColor, coarse: bool,
                    approximate: bool, dim: bool) -> None:
        """The period a year/month (or, zoomed in, a day) covers: a faint bracketed band."""
        alpha = 0.3 if dim else 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._with_alpha(color, (0.13 if coarse else 0.10) * alpha))
        painter.drawRect(rect)
        if not coarse:
            return  # a day seen close up: the faint band is enough next to its dot
        pen = QPen(self._with_alpha(color, 0.85 * alpha), 1.5)
        if approximate:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
        arm = min(4.0, rect.width() / 3)
        # [ and ] brackets at the ends of the period.
        painter.drawPolyline([QPointF(left + arm, top), QPointF(left, top),
                              QPointF(left, bottom), QPointF(left + arm, bottom)])
        painter.drawPolyline([QPointF(right - arm, top), QPointF(right, top),
                              QPointF(right, bottom), QPointF(right - arm, bottom)])

    def _paint_clusters(self, painter: QPainter, frame: _Frame) -> None:
        layout = frame.layout
        if layout is None or not frame.clusters.size:
            return
        font = self._axis_font(bold=True)
        painter.setFont(font)
        fill = self._text_color(0.10)
        edge = self._text_color(0.35)
        text = self._text_color(0.85)
        counts = layout.clusters.count[frame.clusters].tolist()
        for cx, cy, cw, count in zip(frame.cx.tolist(), frame.cy.tolist(), frame.cw.tolist(),
                                     counts, strict=True):
            rect = QRectF(cx - cw / 2, cy + 3, cw, frame.row_h - 6)
            painter.setPen(QPen(edge, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _count_text(count))

    def _paint_axis(self, painter: QPainter, frame: _Frame, ticks: axis.AxisTicks) -> None:
        top = frame.height - AXIS_H
        palette = self.palette()
        axis_fill = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(QRectF(0, top, frame.width, AXIS_H), axis_fill)
        painter.setPen(QPen(self._text_color(0.35), 1.0))
        painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
        font = self._axis_font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        window = QPalette.ColorRole.Window
        painter.setPen(self._ink(0.35, window))
        _vlines(painter, [frame.x_of(t.t) for t in ticks.minor], top, top + 5)
        painter.setPen(self._text_color(0.75))
        baseline = top + 6 + metrics.ascent()
        for label in axis.place_labels(ticks.minor, frame.t0, frame.t1, frame.width,
                                       measure=metrics.horizontalAdvance, gap=6.0):
            painter.drawText(QPointF(label.x, baseline), label.text)
        bold = self._axis_font(bold=True)
        bold_metrics = QFontMetricsF(bold)
        painter.setFont(bold)
        painter.setPen(self._ink(0.5, window))
        major_top = top + AXIS_H / 2
        _vlines(painter, [frame.x_of(t.t) for t in ticks.major], top, top + AXIS_H)
        painter.setPen(self._text_color(0.95))
        baseline = major_top + 4 + bold_metrics.ascent()
        for label in axis.place_labels(ticks.major, frame.t0, frame.t1, frame.width,
                                       measure=bold_metrics.horizontalAdvance, sticky=True):
            painter.drawText(QPointF(label.x, baseline), label.text)

    def _paint_header(self, painter: QPainter, frame: _Frame) -> None:
        data = self._ensure_data()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(self._text_color(0.9))
        title = _range_title(frame.t0, frame.t1)
        baseline = (HEADER_H - metrics.height()) / 2 + metrics.ascent() + 2
        painter.drawText(QPointF(MARGIN, baseline), title)
        # The legend, right-aligned: a swatch and a name per category, most frequent first.
        small = self._axis_font()
        painter.setFont(small)
        small_metrics = QFontMetricsF(small)
        x = frame.width - MARGIN
        room_left = MARGIN + metrics.horizontalAdvance(title) + 24
        entries = data.legend
        widths = [14 + small_metrics.horizontalAdvance(name) + 14 for name, _, _ in entries]
        count = len(entries)
        while count and x - sum(widths[:count]) < room_left:
            count -= 1
        x -= sum(widths[:count])
        shown = []
        left = x
        for (name, color, _n), w in zip(entries[:count], widths, strict=False):
            shown.append((left, name, color))
            left += w
        hidden = len(entries) - len(shown)
        if hidden and shown:
            more = f"+{hidden} more"
            w = small_metrics.horizontalAdvance(more) + 8
            if x - w >= room_left:
                painter.setPen(self._text_color(0.5))
                painter.drawText(QPointF(x - w, baseline), more)
        for left, name, color in shown:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(QPointF(left + 5, HEADER_H / 2 + 1), 4.5, 4.5)
            painter.setPen(self._text_color(0.8))
            painter.drawText(QPointF(left + 14, baseline), name)
        painter.setPen(QPen(self._text_color(0.12), 1.0))
        painter.drawLine(QPointF(0, HEADER_H), QPointF(frame.width, HEADER_H))

    def _paint_placeholder(self, painter: QPainter, frame: _Frame) -> None:
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = QRectF(0, HEADER_H, frame.width, frame.height - HEADER_H - AXIS_H)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                         "No events yet. Double-click the timeline to add one.")

    # --- interaction ---------------------------------------------------------------------------

    def _zoom_about(self, day: float, fraction: float, factor: float) -> None:
        """Zoom by ``factor`` (span multiplier) keeping ``day`` at ``fraction`` of the width."""
        span = min(max((self._t1 - self._t0) * factor, MIN_SPAN), MAX_SPAN)
        t0 = day - fraction * span
        self.set_visible_range(t0, t0 + span)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            event.ignore()
            return
        steps = delta / 120.0
        x = event.position().x()
        frame = self._frame()
        fraction = min(max(x / max(frame.width, 1.0), 0.0), 1.0)
        self._zoom_about(frame.t_of(x), fraction, ZOOM_STEP ** (-steps))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_range = (self._t0, self._t1)
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                t0, t1 = self._press_range
                shift = -dx * (t1 - t0) / max(float(self.width()), 1.0)
                self.set_visible_range(t0 + shift, t1 + shift)
            return
        frame = self._frame()
        over = self._row_at(frame, pos) is not None or self._cluster_at(frame, pos) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        dragged, self._press = self._dragging, None
        self._dragging = False
        self.unsetCursor()
        if dragged:
            return
        frame = self._frame()
        pos = event.position()
        cluster = self._cluster_at(frame, pos)
        if cluster is not None and frame.layout is not None:
            clusters = frame.layout.clusters
            t0, t1 = float(clusters.t0[cluster]), float(clusters.t1[cluster])
            pad = max((t1 - t0) * 0.08, MIN_SPAN / 2)
            self.set_visible_range(t0 - pad, t1 + pad)
            return
        row = self._row_at(frame, pos)
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._select_row(row, toggle)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        frame = self._frame()
        pos = event.position()
        row = self._row_at(frame, pos)
        if row is not None:
            self.eventActivated.emit(self._model.event(row).id)
            return
        if self._cluster_at(frame, pos) is not None or pos.y() < HEADER_H:
            return
        moment = datetime_of(frame.t_of(pos.x()))
        self.addRequested.emit(FuzzyDate.of(moment, Precision.DAY))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        Key = Qt.Key
        if ctrl and key in (Key.Key_Equal, Key.Key_Plus):
            self.zoom_in()
        elif ctrl and key in (Key.Key_Minus, Key.Key_Underscore):
            self.zoom_out()
        elif ctrl and key == Key.Key_0:
            self.fit_all()
        elif key == Key.Key_Left:
            self.pan_by(-0.5 if shift else -0.1)
        elif key == Key.Key_Right:
            self.pan_by(0.5 if shift else 0.1)
        elif key == Key.Key_Home:
            self.go_to_first()
        elif key == Key.Key_End:
            self.go_to_last()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        frame = self._frame()
        pos = QPointF(event.pos())
        row = self._row_at(frame, pos)
        text = ""
        if row is not None:
            item = self._model.event(row)
            text = f"<b>{_escape(item.title)}</b><br>{_escape(item.when.describe())}"
            if item.category:
                text += f"<br><i>{_escape(item.category)}</i>"
        else:
            cluster = self._cluster_at(frame, pos)
            if cluster is not None and frame.layout is not None:
                clusters = frame.layout.clusters
                count = int(clusters.count[cluster])
                first = datetime_of(float(clusters.t0[cluster]))
                last = datetime_of(float(clusters.t1[cluster]) - 1e-6)
                text = (f"<b>{count} more events</b><br>{first:%d %b %Y} – {last:%d %b %Y}"
                        "<br>Click to zoom in")
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
            event.ignore()

    # --- selection -----------------------------------------------------------------------------

    def _select_row(self, row: int | None, toggle: bool) -> None:
        self._selecting_here = True
        try:
            if row is None:
                if not toggle:
                    self._selection.clearSelection()
                return
            index = self._model.index(row, 0)
            flags = (_SELECT.Toggle if toggle else _SELECT.ClearAndSelect) | _SELECT.Rows
            self._selection.select(index, flags)
            self._selection.setCurrentIndex(index, _SELECT.NoUpdate)
        finally:
            self._selecting_here = False

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._selected_rows = {i.row() for i in self._selection.selectedRows()}
        if not self._selected_rows:  # rows may be selected cell by cell by some views
            self._selected_rows = {i.row() for i in self._selection.selectedIndexes()}
        self.update()
        if not self._selecting_here:
            rows = sorted({i.row() for i in selected.indexes()})
            if rows:
                self._reveal(rows[0])

    def _current_changed(self, current, previous) -> None:
        if not self._selecting_here and current.isValid() and current.row() in self._selected_rows:
            self._reveal(current.row())

    def _reveal(self, row: int) -> None:
        """Scroll (keeping the zoom) so that the event at ``row`` is on screen."""
        if not 0 <= row < self._model.rowCount():
            return
        when = self._model.event(row).when
        start, end = when.start_ordinal, when.end_ordinal(self._now)
        span = self._t1 - self._t0
        if start >= self._t0 + 0.02 * span and start <= self._t1 - 0.2 * span:
            return
        if end > self._t0 and start < self._t0 and end - start > span:
            return  # a long range already crossing the view
        self.go_to(start + 0.25 * span if start < self._t0 else start + 0.2 * span)


def _vlines(painter: QPainter, xs: list[float], y0: float, y1: float) -> None:
    """Vertical hairlines on pixel centres, without antialiasing (sharp and fast)."""
    if not xs:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(painter.pen())
    pen.setCosmetic(True)  # a hairline: the rasteriser's fast path, no stroker
    pen.setWidth(0)
    painter.setPen(pen)
    lines = []
    for x in xs:
        x = math.floor(x) + 0.5
        lines += (QPointF(x, y0), QPointF(x, y1))
    painter.drawLines(lines)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _group_keys(events: list[Event]) -> dict[str, tuple[np.ndarray, list[str]]]:
    """Per grouping mode, each row's band number and the bands' names, largest band first."""
    result: dict[str, tuple[np.ndarray, list[str]]] = {}
    for mode in ("category", "actor"):
        if mode == "category":
            keys = [category_label(e.category) for e in events]
        else:
            keys = [e.actors[0].strip() if e.actors and e.actors[0].strip() else "No actor"
                    for e in events]
        counts = Counter(keys)
        names = [name for name, _ in counts.most_common()]
        number = {name: i for i, name in enumerate(names)}
        result[mode] = (np.array([number[k] for k in keys], dtype=np.int64), names or [""])
    return result


def _count_text(count: int) -> str:
    if count < 1000:
        return f"+{count}"
    if count < 10_000:
        return f"+{count / 1000:.1f}k"
    return f"+{count // 1000}k"


def _range_title(t0: float, t1: float) -> str:
    """The visible range in words: "December 2021 – January 2022", "2014 – 2023"."""
    a, b = datetime_of(t0), datetime_of(t1)
    span = t1 - t0
    if span > 3 * 365:
        return f"{a.year} – {b.year}" if a.year != b.year else str(a.year)
    if span > 40:
        return f"{a:%b} {a.year} – {b:%b} {b.year}"
    if span > 2:
        return f"{a.day} {a:%b} {a.year} – {b.day} {b:%b} {b.year}"
    return f"{a.day} {a:%b} {a.year}, {a:%H:%M} – {b:%H:%M}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
