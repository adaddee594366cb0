"""The zoomable timeline canvas: one QWidget painting the events with QPainter.

No Qt object per event: the events live in numpy arrays (``core.layout``), a frame finds
the visible ones by binary search in the cached lane layout and paints them in batches.
Layouts are cached per quantised zoom level and window; the axis ticks come from
``core.axis``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLineF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
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
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.core import axis
from timeline_app.core.date_display import describe_when, format_date
from timeline_app.core.dates import FuzzyDate, Precision, datetime_of, ordinal_of
from timeline_app.core.events import Event
from timeline_app.core.layout import EventIndex, LaneLayout, compute_layout, quantize_scale
from timeline_app.ui.category_colors import category_color, category_label
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.label_sprites import (
    BUDGET_PX,
    BadgeSprites,
    LabelSprites,
    MakeAllowance,
    paint_badge,
)

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
PATCH_ROWS = 256  # up to this many changed rows are patched into the arrays, not rebuilt
# While zoom steps come faster than this, new levels are drawn with a coarser layout already
# made; the view's own layout is made when they stop.
REFINE_AFTER_MS = 60

_SELECT = QItemSelectionModel.SelectionFlag


@dataclass(eq=False)
class _Columns:
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

    def spliced(self, first: int, removed: int, new: _Columns) -> _Columns:
        """These rows with ``removed`` rows from ``first`` replaced by the rows of ``new``."""
        stop = first + removed
        parts = []
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(new, name)
            if isinstance(mine, list):
                parts.append(mine[:first] + theirs + mine[stop:])
            else:
                parts.append(np.concatenate((mine[:first], theirs, mine[stop:])))
        return _Columns(*parts)


@dataclass(eq=False)
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
    events: list[Event]
    columns: _Columns
    color_of: dict[str, int]  # casefolded category -> colour slot
    names: dict[str, str]  # casefolded category -> the spelling the legend shows
    _groups: dict[str, tuple[np.ndarray, list[str]]] = field(default_factory=dict)

    def group_keys(self, mode: str) -> tuple[np.ndarray | None, list[str]]:
        """Each row's band number and the bands' names for a grouping mode, made when first
        asked for (most documents are never grouped)."""
        if mode not in ("category", "actor"):
            return None, [""]
        if mode not in self._groups:
            self._groups[mode] = _group_keys(self.events, mode)
        return self._groups[mode]


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
    ticks: axis.AxisTicks | None = None  # made on the first paint of this frame
    borrowed: bool = False  # drawn with a coarser level's layout until input pauses

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
        self._prefetch_timer = QTimer(self, singleShot=True, interval=120)
        self._prefetch_timer.timeout.connect(self._prefetch_layouts)
        # A frame drawn with a borrowed coarser layout is refined once input pauses.
        self._refine_timer = QTimer(self, singleShot=True, interval=REFINE_AFTER_MS)
        self._refine_timer.timeout.connect(self._refine)
        self._frame_cache: tuple[tuple, _Frame] | None = None
        self._selected_rows: set[int] = set()
        self._press: QPointF | None = None
        self._press_range = (self._t0, self._t1)
        self._dragging = False
        self._selecting_here = False
        self._fitted_once = False
        self._static_texts: dict[str, QStaticText] = {}
        self._make_allowance = MakeAllowance()
        self._sprites = LabelSprites(allowance=self._make_allowance, statics=self._static_texts)
        self._badges = BadgeSprites(allowance=self._make_allowance)
        self._axis_sprites = tuple(
            LabelSprites(BUDGET_PX // 8, allowance=self._make_allowance) for _ in range(2)
        )
        self._advances_memo: dict[str, dict[str, float]] = {}  # font key -> text -> width
        # Colours made from the palette, per alpha (and role), until the palette changes.
        self._inks: dict[object, QColor] = {}
        self._inks_palette = 0
        self._placeholder: str | None = None
        self._advances: tuple[str, np.ndarray] | None = None  # label font, px per character
        # Worked out per distinct When and label, kept across rebuilds of the data.
        self._when_memo: dict[int, tuple[object, tuple]] = {}
        self._label_memo: tuple[str, dict[tuple[str, bool], tuple[str, float, str]]] = ("", {})

        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events on a zoomable time axis. Wheel or Ctrl+plus/minus zooms, arrows pan, "
            "Home and End go to the first and last event."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        for signal in (model.modelReset, model.layoutChanged, model.rowsMoved):
            signal.connect(self._data_changed)
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
        return None if row is None else self._model.event_at(row).id

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

    # --- data ------------------------------------------------------------------------------

    def _rows_changed(self, first: int, removed: int, added: int) -> None:
        """Rows first..first+removed-1 became ``added`` rows (an edit, insert or removal)."""
        data = self._data
        self._data = None
        if data is not None and first >= 0 and max(removed, added) <= PATCH_ROWS:
            self._data = self._patched(data, list(self._model.events()), first, removed, added)
        self._data_changed(keep_data=True)

    def _data_changed(self, *args, keep_data: bool = False) -> None:
        if not keep_data:
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
        """The canvas's arrays for ``events``: a few passes over the events plus numpy, and
        the work per distinct date, title and category rather than per event."""
        columns = self._columns(events)
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
        return self._assemble(columns, color, colors, color_of, names, events)

    def _assemble(
        self,
        columns: _Columns,
        color: np.ndarray,
        colors: list[QColor],
        color_of: dict[str, int],
        names: dict[str, str],
        events: list[Event],
    ) -> _Data:
        counts = np.bincount(color, minlength=len(colors))
        legend = [
            (category_label(names[key]), colors[slot], int(counts[slot]))
            for key, slot in sorted(color_of.items(), key=lambda kv: (not kv[0], -counts[kv[1]]))
            if counts[slot]
        ]
        return _Data(
            EventIndex.build(columns.starts, columns.ends),
            columns.label_px,
            columns.labels,
            columns.titles,
            color,
            colors,
            legend,
            columns.coarse,
            columns.ranged,
            columns.ongoing,
            columns.approximate,
            columns.uncertain,
            events,
            columns,
            color_of,
            names,
        )

    def _patched(
        self, data: _Data, events: list[Event], first: int, removed: int, added: int
    ) -> _Data | None:
        """``data`` with rows first..first+removed-1 replaced by ``added`` rows of ``events``
        from ``first`` on: an edit, insertion or removal of a few events costs a sort of the
        index instead of a pass over every event. None when a new category needs a colour."""
        new = self._columns(events[first : first + added])
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
        return self._assemble(columns, color, data.colors, data.color_of, names, events)

    def _columns(self, events: Sequence[Event]) -> _Columns:
        """Per event: dates, flags, label and width, and the category as written."""
        n = len(events)
        # Dates: a loaded document shares one When per distinct date text. Kept across
        # rebuilds (keyed by id, holding the object so the id stays its own): after an edit
        # only new dates are worked out.
        when_ids = np.fromiter((id(e.when) for e in events), np.int64, n)
        _, first_of, when_slot = np.unique(when_ids, return_index=True, return_inverse=True)
        memo = self._when_memo
        if len(memo) > 4 * len(self._model.events()) + 1000:
            memo.clear()
        fields = []
        for i in first_of.tolist():
            when = events[i].when
            hit = memo.get(id(when))
            if hit is None or hit[0] is not when:
                hit = memo[id(when)] = (when, _when_fields(when, self._now))
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
        font_key = self._label_font().key()
        if (
            self._label_memo[0] != font_key
            or len(self._label_memo[1]) > 4 * len(self._model.events()) + 1000
        ):
            self._label_memo = (font_key, {})
        measured = self._label_memo[1]
        missing = [k for k in keys if k not in measured]
        if missing:
            shown, widths, whole = self._measure_labels(missing)
            measured.update(
                zip(missing, zip(shown, widths.tolist(), whole, strict=True), strict=True)
            )
        entries = [measured[k] for k in keys]
        slots = label_slot.tolist()
        widths = np.fromiter((e[1] for e in entries), np.float64, len(entries))
        return _Columns(
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
        self, keys: list[tuple[str, bool]]
    ) -> tuple[list[str], np.ndarray, list[str]]:
        """Per (title, uncertain): the label shown, its width in px and the whole label.

        Widths are the sum of the characters' advances, measured once per character: never
        less than Qt's width of the string in the fonts used here (kerning only narrows it),
        so lanes packed with them never overlap, at a fraction of a measurement per title.
        Titles with combining or non-Latin characters, and titles to elide, are measured
        exactly.
        """
        metrics = QFontMetricsF(self._label_font())
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
            advances = self._char_advances(metrics, codes[simple])
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

    def _char_advances(self, metrics: QFontMetricsF, codes: np.ndarray) -> np.ndarray:
        """A table of the advance of every character below U+0300 that ``codes`` uses."""
        font_key = self._label_font().key()
        if self._advances is None or self._advances[0] != font_key:
            self._advances = (font_key, np.full(0x300, np.nan))
        table = self._advances[1]
        present = np.zeros(0x300, dtype=bool)
        present[codes] = True
        for code in np.flatnonzero(present & np.isnan(table)).tolist():
            table[code] = metrics.horizontalAdvance(chr(code))
        return table

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

    def _layout(
        self,
        scale: float,
        width: float,
        rows: int,
        t0: float | None = None,
        *,
        borrow: bool = False,
    ) -> LaneLayout:
        """The layout of the zoom level of ``scale`` around ``t0`` (the view's start).

        With ``borrow``, a level not laid out yet may be answered, for now, by a coarser
        level already laid out that covers the view (its lanes are overlap-free at any finer
        scale: labels only take fewer days), and the exact one is made once input pauses.
        """
        data = self._ensure_data()
        level, q_scale = quantize_scale(scale)
        # Lay out a window three view-widths wide, aligned to whole widths, so that panning
        # reuses it and a 100,000-event document only packs what is near the view. Half a
        # width before the block holds the events whose labels reach into it.
        block = width / q_scale
        k = math.floor((self._t0 if t0 is None else t0) / block)
        key = (level, rows, self._grouping, k)
        layout = self._layouts.get(key)
        if layout is None and borrow:
            start = self._t0 if t0 is None else t0
            coarser = self._coarser_layout(
                level, rows, start - 0.5 * width / scale, start + width / scale
            )
            if coarser is not None:
                self._refine_timer.start()
                return coarser
        if layout is None:
            groups, names = data.group_keys(self._grouping)
            layout = compute_layout(
                data.index,
                data.label_px,
                scale,
                rows,
                window=((k - 0.5) * block, (k + 2.5) * block),
                groups=groups,
                group_names=names,
                lead_px=LEAD_PX,
                cluster_px=CLUSTER_PX,
            )
            self._layouts[key] = layout
            while len(self._layouts) > 16:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def _coarser_layout(self, level: int, rows: int, t0: float, t1: float) -> LaneLayout | None:
        """The finest layout made at a coarser level than ``level`` that covers [t0, t1]."""
        best = None
        for (other, other_rows, grouping, _), layout in self._layouts.items():
            if (
                other < level
                and other_rows == rows
                and grouping == self._grouping
                and layout.covers(t0, t1)
                and (best is None or other > best.level)
            ):
                best = layout
        return best

    def _refine(self) -> None:
        """Replace a borrowed layout by the view's own (see ``_layout``)."""
        if self._frame_cache is None or not self._frame_cache[1].borrowed:
            return
        frame = self._frame_cache[1]
        self._layout(frame.scale, frame.width, self._rows_area(frame.height)[2])
        self._frame_cache = None
        self.update()

    def _prefetch_layouts(self) -> None:
        """Lay out, while the user pauses, what one zoom step in or out will need.

        A zoom about any point of the view starts the new view between known bounds, so the
        one or two layout blocks it can fall in are known: a zoom step then finds its layout
        ready instead of packing tens of thousands of events in the frame that shows it.
        """
        if not len(self._ensure_data().index) or not self.isVisible():
            return
        width, height = float(self.width()), float(self.height())
        rows = self._rows_area(height)[2]
        span = self._t1 - self._t0
        for factor in (1 / ZOOM_STEP, ZOOM_STEP):
            new_span = min(max(span * factor, MIN_SPAN), MAX_SPAN)
            q_scale = quantize_scale(width / new_span)[1]
            block = width / q_scale
            lo, hi = sorted((self._t0, self._t0 + span - new_span))
            for k in range(math.floor(lo / block), math.floor(hi / block) + 1):
                self._layout(width / new_span, width, rows, t0=(k + 0.5) * block)

    def _frame(self, width: float | None = None, height: float | None = None) -> _Frame:
        live = width is None and height is None
        width = float(self.width()) if width is None else width
        height = float(self.height()) if height is None else height
        key = (width, height, self._t0, self._t1, self._grouping)
        if (
            self._frame_cache is not None
            and self._frame_cache[0] == key
            and (live or not self._frame_cache[1].borrowed)
        ):
            return self._frame_cache[1]
        data = self._ensure_data()
        t0, t1 = self._t0, self._t1
        scale = width / (t1 - t0)
        top, row_h, max_rows = self._rows_area(height)
        empty_i, empty_f = np.zeros(0, dtype=np.int64), np.zeros(0)
        if not len(data.index):
            frame = _Frame(
                width,
                height,
                t0,
                t1,
                scale,
                top,
                row_h,
                None,
                empty_i,
                empty_f,
                empty_f,
                empty_f,
                empty_f,
                empty_i,
                empty_f,
                empty_f,
                empty_f,
            )
        else:
            # Only the live view borrows: pictures and exports get the exact layout.
            layout = self._layout(scale, width, max_rows, borrow=live)
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
            frame = _Frame(
                width,
                height,
                t0,
                t1,
                scale,
                top,
                row_h,
                layout,
                rows,
                x0,
                x1,
                xl,
                y,
                clusters,
                cx,
                cy,
                cw,
                borrowed=layout.level != quantize_scale(scale)[0],
            )
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
            (frame.x0 - LEAD_PX <= x)
            & (x <= np.maximum(frame.x1, frame.xl))
            & (frame.y + 2.0 <= y)
            & (y <= frame.y + frame.row_h - 2.0)
        )
        hits = np.flatnonzero(inside)
        return int(frame.rows[hits[-1]]) if hits.size else None

    def _cluster_at(self, frame: _Frame, pos: QPointF) -> int | None:
        if not frame.clusters.size:
            return None
        x, y = pos.x(), pos.y()
        inside = (
            (np.abs(frame.cx - x) <= frame.cw / 2 + 2)
            & (frame.cy + 2 <= y)
            & (y <= frame.cy + frame.row_h - 2)
        )
        hits = np.flatnonzero(inside)
        return int(frame.clusters[hits[0]]) if hits.size else None

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._prefetch_timer.start()  # once the user pauses, get the next zoom step ready
        painter = QPainter(self)
        try:
            self._paint(painter, self._frame())
            if self.hasFocus():
                # Keyboard users must see where the keys go; exports never draw this.
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1.0, 1.0, -1.0, -1.0))
        finally:
            painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def _paint(self, painter: QPainter, frame: _Frame) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._make_allowance.start()
        palette = self.palette()
        if palette.cacheKey() != self._inks_palette:  # the desktop switched light/dark
            self._inks.clear()
            self._inks_palette = palette.cacheKey()
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
        """The palette's text colour at ``alpha`` (shared: not to be changed)."""
        color = self._inks.get(alpha)
        if color is None:
            color = self._inks[alpha] = QColor(self.palette().color(QPalette.ColorRole.Text))
            color.setAlphaF(alpha)
        return color

    def _ink(self, alpha: float, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
        """The text colour at ``alpha`` over a background role, as an opaque colour: blending
        translucent hairlines costs far more than drawing opaque ones. (Shared.)"""
        color = self._inks.get((alpha, role))
        if color is None:
            text = self.palette().color(QPalette.ColorRole.Text)
            base = self.palette().color(role)
            color = self._inks[(alpha, role)] = QColor.fromRgbF(
                base.redF() + (text.redF() - base.redF()) * alpha,
                base.greenF() + (text.greenF() - base.greenF()) * alpha,
                base.blueF() + (text.blueF() - base.blueF()) * alpha,
            )
        return color

    def _ticks(self, frame: _Frame) -> axis.AxisTicks:
        # Repaints of an unchanged view (hover, selection) reuse the frame and its ticks.
        if frame.ticks is None:
            frame.ticks = axis.choose_ticks(
                frame.t0,
                frame.t1,
                frame.width,
                min_spacing=14.0,
                measure=self._advance(self._axis_font()),
            )
        return frame.ticks

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
            _hline(painter, top, frame.width, self._text_color(0.18))
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
        dims = [False] * len(rows) if self._mask is None else (~self._mask[rows_a]).tolist()
        ranged = data.ranged[rows_a].tolist()
        coarse = data.coarse[rows_a].tolist()
        slots = data.color[rows_a].tolist()
        approximates = data.approximate[rows_a].tolist()
        hollows = (data.approximate[rows_a] | data.uncertain[rows_a]).tolist()
        label_px = data.label_px[rows_a].tolist()
        ongoing = data.ongoing[rows_a].tolist()
        bar_inks: dict[tuple[int, bool], tuple[QColor, QColor, QColor]] = {}

        # Selection first, under everything.
        for i, row in enumerate(rows):
            if row in selected:
                rect = QRectF(
                    x0s[i] - LEAD_PX - 3,
                    ys[i] + 1,
                    max(x1s[i], xls[i]) - x0s[i] + LEAD_PX + 6,
                    row_h - 2,
                )
                painter.setPen(QPen(highlight, 1.5))
                painter.setBrush(self._with_alpha(highlight, 0.18))
                painter.drawRoundedRect(rect, 5, 5)

        # Bars one by one (each may need its own gradient); spans and markers batched into
        # one call per colour and style (lanes never overlap, so the order does not show).
        markers: dict[tuple[int, bool, bool], QPainterPath] = {}
        spans: dict[tuple[int, bool, bool, bool], tuple[list[QRectF], list[QLineF]]] = {}
        for i in range(len(rows)):
            dim = dims[i]
            x0, x1, y = x0s[i], x1s[i], ys[i] + 3.0
            span_px = x1 - x0
            if ranged[i]:
                inks = bar_inks.get((slots[i], dim))
                if inks is None:
                    inks = bar_inks[(slots[i], dim)] = _bar_inks(data.colors[slots[i]], dim)
                self._paint_bar(
                    painter,
                    QRectF(x0, y, max(span_px, 2.0), bar_h),
                    inks,
                    ongoing[i],
                    approximates[i],
                    frame.width,
                )
            elif coarse[i] or span_px >= DAY_SPAN_PX:
                key = (slots[i], coarse[i], approximates[i], dim)
                batch = spans.get(key)
                if batch is None:
                    batch = spans[key] = ([], [])
                rect = QRectF(x0, y, max(span_px, 2.0), bar_h)
                batch[0].append(rect)
                if coarse[i]:
                    _add_brackets(batch[1], rect)
            if not ranged[i] and not coarse[i]:
                path = markers.get((slots[i], hollows[i], dim))
                if path is None:
                    path = markers[(slots[i], hollows[i], dim)] = QPainterPath()
                path.addEllipse(QPointF(x0, ys[i] + row_h / 2), MARKER_R, MARKER_R)

        for (slot, coarse_span, approximate, dim), (rects, brackets) in spans.items():
            self._paint_spans(
                painter, rects, brackets, data.colors[slot], coarse_span, approximate, dim
            )
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

        # Labels: copies of images made in earlier frames (see label_sprites), or one static
        # text each; in the text colour, dimmed rows faded.
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_y = (row_h - metrics.height()) / 2
        statics = self._static_texts
        normal, faded = self._text_color(0.92), self._text_color(0.3)
        halo = self._with_alpha(base, 0.92)
        sprites = (
            self._sprites if self._sprites.begin(painter, font, (normal, faded), halo) else None
        )
        current = None
        for i, row in enumerate(rows):
            x = x0s[i]
            if x < 0 and (ranged[i] or x1s[i] - x >= DAY_SPAN_PX):
                # A bar that began off-screen keeps its label in view, inside its extent.
                x = min(2.0, max(x1s[i], xls[i]) - label_px[i])
            label = data.labels[row]
            if ranged[i] and x1s[i] - x - 20.0 > label_px[i] and label != data.titles[row]:
                # A long bar has room for more of its title than the lanes reserved.
                room = x1s[i] - x - MARKER_R - LABEL_GAP - 6.0
                label = metrics.elidedText(data.titles[row], Qt.TextElideMode.ElideRight, room)
            # A halo of the background keeps the label readable where a span's edge or the
            # today line runs under it (bars carry their label on their own colour).
            if sprites is not None and sprites.draw(
                painter, x + MARKER_R + LABEL_GAP, ys[i] + text_y, (label, dims[i], not ranged[i])
            ):
                continue
            pen = faded if dims[i] else normal
            if pen is not current:
                painter.setPen(pen)
                current = pen
            static = statics.get(label)
            if static is None:  # laid out once, drawn many frames
                static = statics[label] = QStaticText(label)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
            point = QPointF(x + MARKER_R + LABEL_GAP, ys[i] + text_y)
            if not ranged[i]:
                size = static.size()
                painter.fillRect(
                    QRectF(point.x() - 1.0, point.y(), size.width() + 2.0, size.height()), halo
                )
            painter.drawStaticText(point, static)

    @staticmethod
    def _paint_bar(
        painter: QPainter,
        rect: QRectF,
        inks: tuple[QColor, QColor, QColor],
        ongoing: bool,
        approximate: bool,
        width: float,
    ) -> None:
        """A range's bar: a faint fill, an edge and a solid start cap; an ongoing range fades
        out over its last stretch."""
        fill, edge, clear = inks
        # Pixel-snapped and not antialiased: crisp edges, and far cheaper for long bars.
        left, right = max(rect.left(), -4.0), min(rect.right(), width + 4.0)
        right = max(right, left + 2.0)
        fade_from = max(0.0, 1.0 - min(140.0, rect.width() * 0.5) / max(rect.width(), 1.0))
        if ongoing and rect.left() + fade_from * rect.width() < right + 2.0:
            # An open end in view: the bar fades out over its last stretch. (Where the fade
            # lies past the edge the drawn part is one colour, and a plain brush is several
            # times cheaper than a gradient over a bar as wide as the canvas.)
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0.0, fill)
            gradient.setColorAt(fade_from, fill)
            gradient.setColorAt(1.0, clear)
            painter.setBrush(QBrush(gradient))
            edge_gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            edge_gradient.setColorAt(0.0, edge)
            edge_gradient.setColorAt(fade_from, edge)
            edge_gradient.setColorAt(1.0, clear)
            pen = QPen(QBrush(edge_gradient), 1.2)
        else:
            painter.setBrush(fill)
            pen = QPen(edge, 1.2)
        if approximate:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        snapped = QRectF(
            round(left) + 0.5, round(rect.top()) + 0.5, round(right - left), round(rect.height())
        )
        painter.drawRect(snapped)
        # A solid start cap: where the range begins is the date the sources give.
        painter.fillRect(
            QRectF(round(rect.left()), snapped.top(), 3.0, snapped.height() + 0.5), edge
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_spans(
        self,
        painter: QPainter,
        rects: list[QRectF],
        brackets: list[QLineF],
        color: QColor,
        coarse: bool,
        approximate: bool,
        dim: bool,
    ) -> None:
        """The periods years/months (or, zoomed in, days) cover: faint bracketed bands."""
        alpha = 0.3 if dim else 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._with_alpha(color, (0.13 if coarse else 0.10) * alpha))
        painter.drawRects(rects)
        if not coarse:
            return  # days seen close up: the faint band is enough next to their dots
        pen = QPen(self._with_alpha(color, 0.85 * alpha), 1.5)
        if approximate:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLines(brackets)

    def _paint_clusters(self, painter: QPainter, frame: _Frame) -> None:
        layout = frame.layout
        if layout is None or not frame.clusters.size:
            return
        font = self._axis_font(bold=True)
        fill = self._text_color(0.10)
        edge = self._text_color(0.35)
        text = self._text_color(0.85)
        badges = self._badges if self._badges.begin(painter, font, fill, edge, text) else None
        height = frame.row_h - 6
        counts = layout.clusters.count[frame.clusters].tolist()
        for cx, cy, cw, count in zip(
            frame.cx.tolist(), frame.cy.tolist(), frame.cw.tolist(), counts, strict=True
        ):
            label = _count_text(count)
            if badges is None or not badges.draw(painter, cx - cw / 2, cy + 3, (label, cw, height)):
                paint_badge(
                    painter, QRectF(cx - cw / 2, cy + 3, cw, height), label, font, fill, edge, text
                )

    def _paint_axis(self, painter: QPainter, frame: _Frame, ticks: axis.AxisTicks) -> None:
        top = frame.height - AXIS_H
        palette = self.palette()
        axis_fill = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(QRectF(0, top, frame.width, AXIS_H), axis_fill)
        _hline(painter, top, frame.width, self._text_color(0.35))
        font = self._axis_font()
        window = QPalette.ColorRole.Window
        painter.setPen(self._ink(0.35, window))
        _vlines(painter, [frame.x_of(t.t) for t in ticks.minor], top, top + 5)
        ink = self._text_color(0.75)
        self._paint_axis_labels(
            painter,
            self._axis_sprites[0],
            font,
            ink,
            top + 6,
            axis.place_labels(
                ticks.minor, frame.t0, frame.t1, frame.width, measure=self._advance(font), gap=6.0
            ),
        )
        bold = self._axis_font(bold=True)
        painter.setPen(self._ink(0.5, window))
        _vlines(painter, [frame.x_of(t.t) for t in ticks.major], top, top + AXIS_H)
        ink = self._text_color(0.95)
        self._paint_axis_labels(
            painter,
            self._axis_sprites[1],
            bold,
            ink,
            top + AXIS_H / 2 + 4,
            axis.place_labels(
                ticks.major,
                frame.t0,
                frame.t1,
                frame.width,
                measure=self._advance(bold),
                sticky=True,
            ),
        )

    @staticmethod
    def _paint_axis_labels(
        painter: QPainter,
        sprites: LabelSprites,
        font: QFont,
        ink: QColor,
        top: float,
        labels: list[axis.PlacedLabel],
    ) -> None:
        """A row of axis labels with their tops at ``top``: copies of images made in earlier
        frames (see label_sprites) or text."""
        usable = sprites.begin(painter, font, (ink, ink))
        painter.setFont(font)
        painter.setPen(ink)
        baseline = top + QFontMetricsF(font).ascent()
        for label in labels:
            if not (usable and sprites.draw(painter, label.x, top, (label.text, False, False))):
                painter.drawText(QPointF(label.x, baseline), label.text)

    def _advance(self, font: QFont) -> Callable[[str], float]:
        """The width of a text in ``font``, measured once per text."""
        key = font.key()
        widths = self._advances_memo.get(key)
        if widths is None:
            if len(self._advances_memo) > 8:
                self._advances_memo.clear()
            widths = self._advances_memo[key] = {}
        metrics = QFontMetricsF(font)

        def measure(text: str) -> float:
            width = widths.get(text)
            if width is None:
                if len(widths) > 4096:
                    widths.clear()
                width = widths[text] = metrics.horizontalAdvance(text)
            return width

        return measure

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
        _hline(painter, HEADER_H, frame.width, self._text_color(0.12))

    def set_placeholder(self, text: str | None) -> None:
        """What an empty canvas says ("Opening a.ctimeline…"); None for the usual hint."""
        self._placeholder = text
        self.update()

    def placeholder(self) -> str:
        return self._placeholder or self.tr("No events yet. Double-click the timeline to add one.")

    def _paint_placeholder(self, painter: QPainter, frame: _Frame) -> None:
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = QRectF(0, HEADER_H, frame.width, frame.height - HEADER_H - AXIS_H)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.placeholder())

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
            self.eventActivated.emit(self._model.event_at(row).id)
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
            item = self._model.event_at(row)
            when = describe_when(item.when, self._model.date_style)
            text = f"<b>{_escape(item.title)}</b><br>{_escape(when)}"
            if item.category:
                text += f"<br><i>{_escape(item.category)}</i>"
        else:
            cluster = self._cluster_at(frame, pos)
            if cluster is not None and frame.layout is not None:
                clusters = frame.layout.clusters
                count = int(clusters.count[cluster])
                first = datetime_of(float(clusters.t0[cluster]))
                last = datetime_of(float(clusters.t1[cluster]) - 1e-6)
                style = self._model.date_style
                span = (
                    f"{format_date(FuzzyDate.of(first), style)} – "
                    f"{format_date(FuzzyDate.of(last), style)}"
                )
                text = self.tr("<b>{count} more events</b><br>{span}<br>Click to zoom in").format(
                    count=count, span=span
                )
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
        when = self._model.event_at(row).when
        start, end = when.start_ordinal, when.end_ordinal(self._now)
        span = self._t1 - self._t0
        if start >= self._t0 + 0.02 * span and start <= self._t1 - 0.2 * span:
            return
        if end > self._t0 and start < self._t0 and end - start > span:
            return  # a long range already crossing the view
        self.go_to(start + 0.25 * span if start < self._t0 else start + 0.2 * span)


def _vlines(painter: QPainter, xs: list[float], y0: float, y1: float) -> None:
    """Vertical hairlines in the pen's colour on pixel centres, without antialiasing (sharp
    and fast)."""
    if not xs:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    engine = painter.paintEngine()
    if (
        engine is not None
        and engine.type() == QPaintEngine.Type.Raster
        and painter.combinedTransform().type() == QTransform.TransformationType.TxNone
    ):
        # One pixel wide columns, the pixels the hairlines cover: the raster engine fills
        # rectangles twice as fast as it draws vertical lines.
        top = math.floor(y0)
        height = math.floor(y1) - top + 1
        brush = painter.brush()
        painter.setBrush(painter.pen().color())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRects([QRect(math.floor(x), top, 1, height) for x in xs])
        painter.setBrush(brush)
    else:  # a device pixel wide on high-DPI screens; hairlines in SVG and PDF
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


def _hline(painter: QPainter, y: float, width: float, color: QColor) -> None:
    """A 1 px rule across the picture at ``y``, as the antialiased line of a 1 px pen draws
    it, but filled as a rectangle: the raster engine strokes a line as wide as the canvas
    some 30 times slower."""
    painter.fillRect(QRectF(0.0, y - 0.5, width, 1.0), color)


def _group_keys(events: list[Event], mode: str) -> tuple[np.ndarray, list[str]]:
    """Each row's band number and the bands' names, largest band first."""
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


def _bar_inks(color: QColor, dim: bool) -> tuple[QColor, QColor, QColor]:
    """A bar's fill, edge and faded-out end colours for its category colour."""
    alpha = 0.28 if dim else 1.0
    inks = []
    for part in (0.30, 0.9, 0.0):
        ink = QColor(color)
        ink.setAlphaF(part * alpha)
        inks.append(ink)
    return inks[0], inks[1], inks[2]


def _add_brackets(lines: list[QLineF], rect: QRectF) -> None:
    """[ and ] at the ends of a period's band, as lines (a path of many brackets costs Qt's
    stroker far more than the lines do)."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    arm = min(4.0, rect.width() / 3)
    lines += (
        QLineF(left + arm, top, left, top),
        QLineF(left, top, left, bottom),
        QLineF(left, bottom, left + arm, bottom),
        QLineF(right - arm, top, right, top),
        QLineF(right, top, right, bottom),
        QLineF(right, bottom, right - arm, bottom),
    )


def _when_fields(when, now: float) -> tuple[float, float, bool, bool, bool, bool, bool]:
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
