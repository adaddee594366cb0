"""The zoomable timeline canvas: the widget that paints frames and turns input into view
changes.

What it shows and where lives apart from it, free of Qt: the visible range and the zoom maths
(``core.viewport``), the frame geometry and hit-testing (``core.frame``), the lane layouts
per zoom level (``core.layout_cache``). The events as arrays are ``canvas_data``; painting a
frame is ``canvas_painter``. The widget keeps the state that ties them together (the current
data, frame and selection) and the timers that lay out zoom levels while the user pauses.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.core.date_display import describe_when, format_date
from timeline_app.core.dates import FuzzyDate, Precision, datetime_of, ordinal_of
from timeline_app.core.frame import (
    HEADER_H,
    MARGIN,
    Frame,
    RowsArea,
    make_frame,
    place_tip,
)
from timeline_app.core.layout import EventIndex, quantize_scale
from timeline_app.core.layout_cache import LayoutCache
from timeline_app.core.viewport import ZOOM_STEP, Viewport, fit_range
from timeline_app.ui.canvas_data import EventData, EventDataMaker
from timeline_app.ui.canvas_keys import CanvasKeys
from timeline_app.ui.canvas_painter import CanvasPainter, Scene
from timeline_app.ui.event_model import EventModel

DRAG_THRESHOLD = 4.0
PATCH_ROWS = 256  # up to this many changed rows are patched into the arrays, not rebuilt
# While zoom steps come faster than this, new levels are drawn with a coarser layout already
# made; the view's own layout is made when they stop.
REFINE_AFTER_MS = 60
PREFETCH_AFTER_MS = 120
QT_TIP_OFFSET = (2, 16)  # QTipLabel::placeTip's offset from the point given (X11, Windows)

_SELECT = QItemSelectionModel.SelectionFlag


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
        self._viewport = Viewport(self._now - 365.0, self._now + 30.0)
        self._mask: np.ndarray | None = None
        self._grouping = "none"
        self._data: EventData | None = None
        self._maker = EventDataMaker(self._now)
        self._layouts = LayoutCache()
        self._painter = CanvasPainter()
        self._prefetch_timer = QTimer(self, singleShot=True, interval=PREFETCH_AFTER_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_layouts)
        # A frame drawn with a borrowed coarser layout is refined once input pauses.
        self._refine_timer = QTimer(self, singleShot=True, interval=REFINE_AFTER_MS)
        self._refine_timer.timeout.connect(self._refine)
        self._frame_cache: tuple[tuple, Frame] | None = None
        self._selected_rows: set[int] = set()
        self._press: QPointF | None = None
        self._press_range = self._viewport.range
        self._dragging = False
        self._selecting_here = False
        self._fitted_once = False
        # The cluster mark the keyboard is on, with the layout its number belongs to.
        self._keys = CanvasKeys(self)
        self._placeholder: str | None = None

        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events on a zoomable time axis. Plus and minus zoom; arrows move between events "
            "(left and right in time, up and down between lanes) and pan when none is "
            "selected, Shift or Ctrl with arrows pan; Enter edits the event or opens the "
            "cluster; Home and End go to the first and last event."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        for signal in (model.layoutChanged, model.rowsMoved):
            signal.connect(self._data_changed)
        # A new document (opened, imported into a new timeline, restored) is shown whole.
        model.modelReset.connect(self._document_replaced)
        # A few rows changed, added or removed patch the arrays instead of rebuilding them.
        model.dataChanged.connect(
            lambda top, bottom, *_: self._rows_changed(
                top.row(), bottom.row() - top.row() + 1, bottom.row() - top.row() + 1
            )
        )
        model.rowsInserted.connect(
            lambda _parent, first, last: self._rows_changed(first, 0, last - first + 1)
        )
        model.rowsRemoved.connect(
            lambda _parent, first, last: self._rows_changed(first, last - first + 1, 0)
        )
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentChanged.connect(self._current_changed)
        if model.rowCount():
            self.fit_all()

    # --- public API --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def visible_range(self) -> tuple[float, float]:
        return self._viewport.range

    def set_visible_range(self, t0: float, t1: float) -> None:
        """Show days t0..t1, clamped to 3 hours..the whole calendar and to the years 1..9999."""
        self._moved(self._viewport.set_range(t0, t1))

    def _moved(self, changed: bool) -> None:
        """Repaint and tell the overview after a change of the visible range."""
        if changed:
            self._frame_cache = None
            self.update()
            self.visibleRangeChanged.emit(*self._viewport.range)

    def zoom_in(self) -> None:
        self._moved(self._viewport.zoom_centre(1 / ZOOM_STEP))

    def zoom_out(self) -> None:
        self._moved(self._viewport.zoom_centre(ZOOM_STEP))

    def pan_by(self, fraction: float) -> None:
        self._moved(self._viewport.pan_by(fraction))

    def go_to(self, day: float) -> None:
        self._moved(self._viewport.go_to(day))

    def go_to_first(self) -> None:
        index = self._ensure_data().index
        if len(index):
            self._moved(self._viewport.go_to_first(float(index.starts[0])))

    def go_to_last(self) -> None:
        index = self._ensure_data().index
        if len(index):
            self._moved(self._viewport.go_to_last(float(index.starts[-1])))

    def fit_all(self) -> None:
        """Show every event (not today: an arrow at the edge points to it), each label with at
        least a readable start. Done by itself when the model's document is replaced."""
        data = self._ensure_data()
        fitted = fit_range(data.index, data.label_px, data.ongoing, float(self.width()), 2 * MARGIN)
        # Fitting nothing shows a default year: the first events that come are still fitted.
        self._fitted_once = fitted is not None
        self.set_visible_range(*(fitted or (self._now - 365.0, self._now + 30.0)))

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
        row = self._frame().row_at(pos.x(), pos.y())
        return None if row is None else self._model.event_at(row).id

    def event_rect(self, event_id: str) -> QRectF | None:
        """Where the event (marker or bar, and its label) is drawn now, or None if not."""
        row = self._model.row_of(event_id)
        frame = self._frame()
        if row is None:
            return None
        box = frame.box_of_row(row)
        return None if box is None else QRectF(*box)

    def render_image(self, size: QSize) -> QImage:
        """The canvas painted at ``size`` (for exports and benchmarks), at today's zoom."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        base = self.palette().color(QPalette.ColorRole.Base)
        if base.alpha() < 255:  # painting starts with an opaque base over every pixel
            image.fill(base)
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

    def set_placeholder(self, text: str | None) -> None:
        """What an empty canvas says ("Opening a.ctimeline…"); None for the usual hint."""
        self._placeholder = text
        self.update()

    def placeholder(self) -> str:
        return self._placeholder or self.tr("No events yet. Double-click the timeline to add one.")

    # --- data ------------------------------------------------------------------------------

    def _rows_changed(self, first: int, removed: int, added: int) -> None:
        """Rows first..first+removed-1 became ``added`` rows (an edit, insert or removal)."""
        data = self._data
        self._data = None
        if data is not None and first >= 0 and max(removed, added) <= PATCH_ROWS:
            events = list(self._model.events())
            self._data = self._maker.patched(
                data, events, first, removed, added, self._label_font()
            )
        self._data_changed(keep_data=True)

    def _data_changed(self, *args, keep_data: bool = False) -> None:
        if not keep_data:
            self._data = None
        self._painter.trim()
        self._layouts.clear()
        self._frame_cache = None
        if self._mask is not None and self._mask.shape != (self._model.rowCount(),):
            self._mask = None
        self._selected_rows = {i.row() for i in self._selection.selectedRows()}
        if not self._model.rowCount():
            # An emptied or new timeline shows its next first events whole, wherever they fall
            # (the view left on an empty year would hide events read from a 1990 article).
            self._fitted_once = False
        elif not self._fitted_once:
            self.fit_all()
        self.update()

    def _document_replaced(self) -> None:
        self._data_changed()
        if self._model.rowCount():
            self.fit_all()

    def _ensure_data(self) -> EventData:
        if self._data is None:
            self._data = self._maker.build(list(self._model.events()), self._label_font())
        return self._data

    def _label_font(self) -> QFont:
        return QFont(self.font())

    # --- layout and frames -----------------------------------------------------------------

    def _rows_area(self, height: float) -> RowsArea:
        return RowsArea.of(height, QFontMetricsF(self._label_font()).height())

    def _lane_rows(self, height: float) -> int:
        """The rows a layout gets: all of them, less the bands' caption strips when grouped."""
        area = self._rows_area(height)
        if self._grouping == "none":
            return area.count
        return area.lanes_for(len(self._ensure_data().group_keys(self._grouping)[1]))

    def _refine(self) -> None:
        """Replace a borrowed layout by the view's own (see ``LayoutCache.layout``)."""
        if self._frame_cache is None or not self._frame_cache[1].borrowed:
            return
        frame = self._frame_cache[1]
        rows = self._lane_rows(frame.height)
        self._layouts.layout(
            self._ensure_data(), frame.scale, frame.width, rows, self._viewport.t0, self._grouping
        )
        self._frame_cache = None
        self.update()

    def _prefetch_layouts(self) -> None:
        """Lay out, while the user pauses, what one zoom step in or out will need."""
        if not len(self._ensure_data().index) or not self.isVisible():
            return
        self._layouts.prefetch(
            self._ensure_data(),
            self._viewport.range,
            self._viewport.zoom_step_spans(),
            float(self.width()),
            self._lane_rows(float(self.height())),
            self._grouping,
        )

    def _frame(self, width: float | None = None, height: float | None = None) -> Frame:
        """The frame of the visible range at ``width`` × ``height`` (the widget's size by
        default), made once per range, size and grouping."""
        live = width is None and height is None
        width = float(self.width()) if width is None else width
        height = float(self.height()) if height is None else height
        t0, t1 = self._viewport.range
        key = (width, height, t0, t1, self._grouping)
        if (
            self._frame_cache is not None
            and self._frame_cache[0] == key
            and (live or not self._frame_cache[1].borrowed)
        ):
            return self._frame_cache[1]
        data = self._ensure_data()
        area = self._rows_area(height)
        layout = None
        borrowed = False
        if len(data.index):
            scale = width / (t1 - t0)
            # Only the live view borrows: pictures and exports get the exact layout.
            layout = self._layouts.layout(
                data, scale, width, self._lane_rows(height), t0, self._grouping, borrow=live
            )
            borrowed = layout.level != quantize_scale(scale)[0]
            if borrowed:
                self._refine_timer.start()
        frame = make_frame(
            data.index,
            data.label_px,
            layout,
            (t0, t1),
            (width, height),
            area,
            borrowed=borrowed,
            captions=self._grouping != "none",
        )
        self._frame_cache = (key, frame)
        return frame

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._prefetch_timer.start()  # once the user pauses, get the next zoom step ready
        painter = QPainter(self)
        try:
            self._paint(painter, self._frame())
            if self.hasFocus():
                self._paint_cluster_focus(painter)
                # Keyboard users must see where the keys go; exports never draw this.
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1.0, 1.0, -1.0, -1.0))
        finally:
            painter.end()

    def _paint_cluster_focus(self, painter: QPainter) -> None:
        frame = self._frame()
        focus = self._keys.cluster_focus
        if focus is None or focus[0] is not frame.layout:
            return
        hits = np.flatnonzero(frame.clusters == focus[1])
        if not hits.size:
            return
        i = int(hits[0])
        cx, cy, cw = float(frame.cx[i]), float(frame.cy[i]), float(frame.cw[i])
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(cx - cw / 2 - 3, cy + 1, cw + 6, frame.row_h - 2), 5, 5)

    def _paint(self, painter: QPainter, frame: Frame) -> None:
        data = self._ensure_data()
        scene = Scene(
            data=data,
            palette=self.palette(),
            font=self.font(),
            selected=self._selected_rows,
            mask=self._mask,
            grouping=self._grouping,
            now=self._now,
            placeholder="" if len(data.index) else self.placeholder(),
        )
        self._painter.paint(painter, frame, scene)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    # --- interaction ---------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            event.ignore()
            return
        self._moved(self._viewport.zoom_at(event.position().x(), float(self.width()), delta / 120))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_range = self._viewport.range
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
                self._moved(self._viewport.dragged(self._press_range, dx, float(self.width())))
            return
        frame = self._frame()
        x, y = pos.x(), pos.y()
        over = frame.row_at(x, y) is not None or frame.cluster_at(x, y) is not None
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
        cluster = frame.cluster_at(pos.x(), pos.y())
        if cluster is not None:
            self._moved(self._viewport.show_days(*frame.cluster_days(cluster)))
            return
        row = frame.row_at(pos.x(), pos.y())
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._select_row(row, toggle)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        frame = self._frame()
        pos = event.position()
        row = frame.row_at(pos.x(), pos.y())
        if row is not None:
            self.eventActivated.emit(self._model.event_at(row).id)
            return
        if frame.cluster_at(pos.x(), pos.y()) is not None or pos.y() < HEADER_H:
            return
        moment = datetime_of(frame.t_of(pos.x()))
        self.addRequested.emit(FuzzyDate.of(moment, Precision.DAY))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._keys.handle(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        frame = self._frame()
        pos = QPointF(event.pos())
        row = frame.row_at(pos.x(), pos.y())
        text = ""
        if row is not None:
            item = self._model.event_at(row)
            when = describe_when(item.when, self._model.date_style)
            text = f"<b>{_escape(item.title)}</b><br>{_escape(when)}"
            if item.category:
                text += f"<br><i>{_escape(item.category)}</i>"
        else:
            cluster = frame.cluster_at(pos.x(), pos.y())
            if cluster is not None and frame.layout is not None:
                count = int(frame.layout.clusters.count[cluster])
                t0, t1 = frame.cluster_days(cluster)
                first, last = datetime_of(t0), datetime_of(t1 - 1e-6)
                style = self._model.date_style
                span = (
                    f"{format_date(FuzzyDate.of(first), style)} – "
                    f"{format_date(FuzzyDate.of(last), style)}"
                )
                text = self.tr("<b>{count} more events</b><br>{span}<br>Click to zoom in").format(
                    count=count, span=span
                )
        if text:
            # Placed inside the canvas: at its right or bottom edge, left of or above the
            # pointer instead of running off it.
            doc = QTextDocument()
            doc.setDefaultFont(QToolTip.font())
            doc.setHtml(text)
            tip = (doc.idealWidth() + 12.0, doc.size().height() + 8.0)
            x, y = place_tip(pos.x(), pos.y(), tip, (float(self.width()), float(self.height())))
            # (Qt puts a tooltip's corner a little right of and below the point it is given.)
            corner = QPoint(round(x) - QT_TIP_OFFSET[0], round(y) - QT_TIP_OFFSET[1])
            QToolTip.showText(self.mapToGlobal(corner), text, self)
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

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selected_rows = {i.row() for i in self._selection.selectedRows()}
        if self._selected_rows:
            self._keys.cluster_focus = None
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
        when = self._model.event_at(row).when
        self._moved(self._viewport.reveal(when.start_ordinal, when.end_ordinal(self._now)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
