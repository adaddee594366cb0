"""Paints a frame of the timeline canvas (``core.frame``) with QPainter: bands, grid, today
line, the events in batches, cluster badges, the axis and the header with its legend.

No Qt object per event: the visible items come as arrays, and what is drawn alike is drawn in
one call per colour and style. Labels, axis labels and badges are copied from images made in
earlier frames where the device allows (``label_sprites``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QStaticText,
)

from timeline_app.core import axis
from timeline_app.core.admiralty import BROKEN, FIRM, outline_of
from timeline_app.core.dates import datetime_of
from timeline_app.core.frame import (
    AXIS_H,
    CAPTION_H,
    DAY_SPAN_PX,
    HEADER_H,
    LABEL_GAP,
    LEAD_PX,
    MARGIN,
    MARKER_R,
    TODAY_H,
    TODAY_TOP,
    Frame,
    today_marker,
)
from timeline_app.ui.canvas_data import EventData
from timeline_app.ui.canvas_primitives import (
    add_brackets,
    bar_inks,
    count_text,
    hline,
    paint_axis_labels,
    paint_bar,
    paint_spans,
    range_title,
    vlines,
    with_alpha,
)
from timeline_app.ui.label_sprites import (
    BUDGET_PX,
    BadgeSprites,
    LabelSprites,
    MakeAllowance,
    paint_badge,
)

STATIC_TEXTS_KEPT = 20_000  # laid-out label texts kept before starting afresh


def paint_cut_marks(
    painter: QPainter,
    metrics: QFontMetricsF,
    halo: QColor,
    marks: list[tuple[float, float, QColor]],
) -> None:
    """An ellipsis at (x, top) in its ink for each label an edge of the canvas cuts."""
    width = metrics.horizontalAdvance("…")
    for x, top, ink in marks:
        painter.setPen(ink)
        painter.fillRect(QRectF(x, top, width + 2.0, metrics.height()), halo)
        painter.drawText(QPointF(x, top + metrics.ascent()), "…")


def confidence_pen(pen: QPen, outline: str, ink: QColor) -> None:
    """The mark's outline says how sure the event is (``admiralty.outline_of``): a firm ring in
    the text colour for confirmed or probable, dashes for doubtful, the plain edge otherwise."""
    if outline == FIRM:
        pen.setColor(ink)
        pen.setWidthF(max(pen.widthF(), 2.2))
    elif outline == BROKEN:
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(max(pen.widthF(), 1.6))


def legend_fit(widths: list[float], room: float, more_width: Callable[[int], float]) -> int:
    """How many legend entries (most frequent first) fit in ``room`` px beside the "+N more"
    that counts the rest: a document with more categories than the header holds says so
    rather than dropping them silently."""
    count = len(widths)
    while count:
        hidden = len(widths) - count
        if sum(widths[:count]) + (more_width(hidden) if hidden else 0) <= room:
            break
        count -= 1
    return count


@dataclass(eq=False)
class Scene:
    """What a frame shows besides its geometry: the events, how they are marked, and the
    widget's palette and font."""

    data: EventData
    palette: QPalette
    font: QFont
    selected: set[int]  # model rows
    mask: np.ndarray | None  # per model row: False dims the row
    grouping: str
    now: float  # the day the today line marks
    placeholder: str  # what an empty canvas says (only asked for when it is empty)


class CanvasPainter:
    """Paints frames, keeping what is worth keeping between them: label images, laid-out
    texts, measured widths and colours made from the palette."""

    def __init__(self) -> None:
        self.static_texts: dict[str, QStaticText] = {}
        self.make_allowance = MakeAllowance()
        self.sprites = LabelSprites(allowance=self.make_allowance, statics=self.static_texts)
        self.badges = BadgeSprites(allowance=self.make_allowance)
        self.axis_sprites = tuple(
            LabelSprites(BUDGET_PX // 8, allowance=self.make_allowance) for _ in range(2)
        )
        self._advances_memo: dict[str, dict[str, float]] = {}  # font key -> text -> width
        # Colours made from the palette, per alpha (and role), until the palette changes.
        self._inks: dict[object, QColor] = {}
        self._inks_palette = 0
        # What the frame being painted shows (set by ``paint``).
        self._scene: Scene
        self._data: EventData
        self._palette: QPalette
        self._font: QFont

    def trim(self) -> None:
        """Forget laid-out texts once there are many (the events changed)."""
        if len(self.static_texts) > STATIC_TEXTS_KEPT:
            self.static_texts.clear()

    def paint(self, painter: QPainter, frame: Frame, scene: Scene) -> None:
        """Paint ``frame`` of ``scene`` with any painter (widget, image, SVG, PDF)."""
        self._scene, self._data = scene, scene.data
        self._palette, self._font = scene.palette, scene.font
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.make_allowance.start()
        palette = self._palette
        if palette.cacheKey() != self._inks_palette:  # the desktop switched light/dark
            self._inks.clear()
            self._inks_palette = palette.cacheKey()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), base)
        ticks = self._ticks(frame)
        self._paint_bands(painter, frame)
        self._paint_grid(painter, frame, ticks)
        self._paint_band_names(painter, frame)
        self._paint_today(painter, frame)
        self._paint_items(painter, frame)
        self._paint_clusters(painter, frame)
        self._paint_axis(painter, frame, ticks)
        self._paint_header(painter, frame)
        if not len(self._data.index):
            self._paint_placeholder(painter, frame)

    def _text_color(self, alpha: float = 1.0) -> QColor:
        """The palette's text colour at ``alpha`` (shared: not to be changed)."""
        color = self._inks.get(alpha)
        if color is None:
            color = self._inks[alpha] = QColor(self._palette.color(QPalette.ColorRole.Text))
            color.setAlphaF(alpha)
        return color

    def _ink(self, alpha: float, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
        """The text colour at ``alpha`` over a background role, as an opaque colour: blending
        translucent hairlines costs far more than drawing opaque ones. (Shared.)"""
        color = self._inks.get((alpha, role))
        if color is None:
            text = self._palette.color(QPalette.ColorRole.Text)
            base = self._palette.color(role)
            color = self._inks[(alpha, role)] = QColor.fromRgbF(
                base.redF() + (text.redF() - base.redF()) * alpha,
                base.greenF() + (text.greenF() - base.greenF()) * alpha,
                base.blueF() + (text.blueF() - base.blueF()) * alpha,
            )
        return color

    def _ticks(self, frame: Frame) -> axis.AxisTicks:
        # Repaints of an unchanged view (hover, selection) reuse the frame and its ticks.
        if frame.ticks is None:
            frame.ticks = axis.choose_ticks(
                frame.t0,
                frame.t1,
                frame.width,
                min_spacing=14.0,
                measure=self._advance(self._axis_font()),
                context_measure=self._advance(self._axis_font(bold=True)),
            )
        return frame.ticks

    def _axis_font(self, bold: bool = False) -> QFont:
        font = QFont(self._font)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        font.setBold(bold)
        return font

    def _paint_grid(self, painter: QPainter, frame: Frame, ticks: axis.AxisTicks) -> None:
        bottom = frame.height - AXIS_H
        painter.setPen(self._ink(0.06))
        vlines(painter, [frame.x_of(t.t) for t in ticks.minor], frame.top - 4, bottom)
        painter.setPen(self._ink(0.16))
        vlines(painter, [frame.x_of(t.t) for t in ticks.major], frame.top - 4, bottom)

    def _paint_bands(self, painter: QPainter, frame: Frame) -> None:
        layout = frame.layout
        if layout is None or self._scene.grouping == "none":
            return
        for i in range(len(layout.bands)):
            top, height = frame.band_box(i)
            if i % 2:
                painter.fillRect(QRectF(0, top, frame.width, height), self._ink(0.03))
            hline(painter, top, frame.width, self._text_color(0.18))

    def _paint_band_names(self, painter: QPainter, frame: Frame) -> None:
        """Each band's name in its own strip, where no event is drawn, over the grid."""
        layout = frame.layout
        if layout is None or self._scene.grouping == "none":
            return
        font = self._axis_font(bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        base = self._palette.color(QPalette.ColorRole.Base)
        for i, band in enumerate(layout.bands):
            top, _ = frame.band_box(i)
            name = band.key or "—"
            text_w = metrics.horizontalAdvance(name) + 10
            box = QRectF(frame.width - MARGIN - text_w, top + 1, text_w, CAPTION_H - 1)
            painter.fillRect(box, base if i % 2 == 0 else self._ink(0.03))
            painter.setPen(self._text_color(0.55))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_today(self, painter: QPainter, frame: Frame) -> None:
        now = self._scene.now
        side = today_marker(now, frame.t0, frame.t1)
        accent = QColor("#D1495B")
        font = self._axis_font(bold=True)
        metrics = QFontMetricsF(font)
        if side is None:
            x = frame.x_of(now)
            pen = QPen(accent, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            # The line stops short of the labels it would run through.
            bottom = frame.height - AXIS_H
            lines = [
                QLineF(x, a, x, b) for a, b in frame.clear_of_items(x, TODAY_TOP + TODAY_H, bottom)
            ]
            painter.drawLines(lines)
            text = "Today"
            w = metrics.horizontalAdvance(text) + 10
            box = QRectF(min(max(x - w / 2, 2), frame.width - w - 2), TODAY_TOP, w, TODAY_H)
        else:
            # Off the view: an arrow at the edge towards it, with its date.
            when = datetime_of(now)
            date = f"{when.day} {when:%b} {when.year}"
            text = f"Today, {date} →" if side == "right" else f"← Today, {date}"
            w = metrics.horizontalAdvance(text) + 10
            box = QRectF(frame.width - w - 4 if side == "right" else 4, TODAY_TOP, w, TODAY_H)
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_items(self, painter: QPainter, frame: Frame) -> None:
        if not frame.rows.size:
            return
        data = self._data
        selected = self._scene.selected
        highlight = self._palette.color(QPalette.ColorRole.Highlight)
        row_h = frame.row_h
        bar_h = row_h - 6.0
        # Everything per visible item as plain lists, gathered by one numpy index each.
        rows_a = frame.rows
        rows = rows_a.tolist()
        x0s, x1s, xls, ys = (a.tolist() for a in (frame.x0, frame.x1, frame.xl, frame.y))
        dims = (
            [False] * len(rows)
            if self._scene.mask is None
            else (~self._scene.mask[rows_a]).tolist()
        )
        ranged = data.ranged[rows_a].tolist()
        coarse = data.coarse[rows_a].tolist()
        slots = data.color[rows_a].tolist()
        approximates = data.approximate[rows_a].tolist()
        hollows = (data.approximate[rows_a] | data.uncertain[rows_a]).tolist()
        label_px = data.label_px[rows_a].tolist()
        ongoing = data.ongoing[rows_a].tolist()
        bare = frame.bare.tolist()
        closed = frame.closed_right().tolist()
        inks_of: dict[tuple[int, bool], tuple[QColor, QColor, QColor]] = {}

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
                painter.setBrush(with_alpha(highlight, 0.18))
                painter.drawRoundedRect(rect, 5, 5)

        # Bars one by one (each may need its own gradient); spans and markers batched into
        # one call per colour and style (lanes never overlap, so the order does not show).
        markers: dict[tuple[int, bool, bool, str], QPainterPath] = {}
        events = data.events
        outlines = [outline_of(events[row].confidence) for row in rows]
        spans: dict[tuple[int, bool, bool, bool], tuple[list[QRectF], list[QLineF]]] = {}
        for i in range(len(rows)):
            dim = dims[i]
            x0, x1, y = x0s[i], x1s[i], ys[i] + 3.0
            span_px = x1 - x0
            if bare[i]:  # alone in a cluster row: its marker, hollow when not a point
                key4 = (slots[i], True, dim, outlines[i])
                path = markers.get(key4)
                if path is None:
                    path = markers[key4] = QPainterPath()
                path.addEllipse(QPointF(x0, ys[i] + row_h / 2), MARKER_R, MARKER_R)
                continue
            if ranged[i]:
                inks = inks_of.get((slots[i], dim))
                if inks is None:
                    inks = inks_of[(slots[i], dim)] = bar_inks(data.colors[slots[i]], dim)
                paint_bar(
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
                    add_brackets(batch[1], rect, closed[i])
            if not ranged[i] and not coarse[i]:
                key4 = (slots[i], hollows[i], dim, outlines[i])
                path = markers.get(key4)
                if path is None:
                    path = markers[key4] = QPainterPath()
                path.addEllipse(QPointF(x0, ys[i] + row_h / 2), MARKER_R, MARKER_R)

        for (slot, coarse_span, approximate, dim), (rects, brackets) in spans.items():
            paint_spans(painter, rects, brackets, data.colors[slot], coarse_span, approximate, dim)
        base = self._palette.color(QPalette.ColorRole.Base)
        for (slot, hollow, dim, outline), path in markers.items():
            color = QColor(data.colors[slot])
            alpha = 0.3 if dim else 1.0
            if hollow:  # approximate or uncertain: an open ring
                painter.setBrush(base)
                pen = QPen(with_alpha(color, alpha), 2.0, Qt.PenStyle.SolidLine)
            else:
                painter.setBrush(with_alpha(color, alpha))
                pen = QPen(with_alpha(color.darker(130), alpha), 1.0)
            confidence_pen(pen, outline, self._text_color(alpha))
            painter.setPen(pen)
            painter.drawPath(path)

        # Labels: copies of images made in earlier frames (see label_sprites), or one static
        # text each; in the text colour, dimmed rows faded.
        font = QFont(self._font)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_y = (row_h - metrics.height()) / 2
        statics = self.static_texts
        normal, faded = self._text_color(0.92), self._text_color(0.3)
        halo = with_alpha(base, 0.92)
        sprites = self.sprites if self.sprites.begin(painter, font, (normal, faded), halo) else None
        current = None

        def draw(i: int, label: str, x: float) -> None:
            nonlocal current
            # A halo of the background keeps the label readable where a span's edge or the
            # today line runs under it (bars carry their label on their own colour).
            if sprites is not None and sprites.draw(
                painter, x + MARKER_R + LABEL_GAP, ys[i] + text_y, (label, dims[i], not ranged[i])
            ):
                return
            ink = faded if dims[i] else normal
            if ink is not current:
                painter.setPen(ink)
                current = ink
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

        cut: list[tuple[int, str, float]] = []
        ellipsis_w = metrics.horizontalAdvance("…")
        for i, row in enumerate(rows):
            if bare[i]:
                continue
            x = x0s[i]
            if x < 0 and (ranged[i] or x1s[i] - x >= DAY_SPAN_PX):
                # A bar that began off-screen keeps its label in view, inside its extent.
                x = min(2.0, max(x1s[i], xls[i]) - label_px[i])
            label = data.labels[row]
            if ranged[i] and x1s[i] - x - 20.0 > label_px[i] and label != data.titles[row]:
                # A long bar has room for more of its title than the lanes reserved.
                room = x1s[i] - x - MARKER_R - LABEL_GAP - 6.0
                label = metrics.elidedText(data.titles[row], Qt.TextElideMode.ElideRight, room)
            if x + label_px[i] > frame.width - 2.0 or x + MARKER_R + LABEL_GAP < 0.0:
                cut.append((i, label, x))  # cut by an edge: drawn below, with "…"
                continue
            draw(i, label, x)
        if not cut:
            return
        # Labels an edge cuts end (or begin) with an ellipsis, so that they read as cut, not
        # as the title: drawn as usual (the same images) under a clip that leaves room for it.
        # A point event just left of the view showed the tail of its title as if it were one.
        left, right = ellipsis_w + 4.0, frame.width - 2.0 - ellipsis_w
        marks: list[tuple[float, float, QColor]] = []
        for i, label, x in cut:
            start = x + MARKER_R + LABEL_GAP
            at_left, at_right = start < 0.0, x + label_px[i] > frame.width - 2.0
            painter.save()
            low, high = (left if at_left else 0.0), (right if at_right else frame.width)
            painter.setClipRect(QRectF(low, 0.0, high - low, frame.height))
            draw(i, label, x)
            painter.restore()
            current = None  # the restore put back the pen of before
            ink = faded if dims[i] else normal
            top = ys[i] + text_y
            if at_left and x + label_px[i] > left + 4.0:
                marks.append((2.0, top, ink))
            if at_right and start < right - 4.0:
                marks.append((right, top, ink))
        paint_cut_marks(painter, metrics, halo, marks)

    def _paint_clusters(self, painter: QPainter, frame: Frame) -> None:
        layout = frame.layout
        if layout is None or not frame.clusters.size:
            return
        font = self._axis_font(bold=True)
        fill = self._text_color(0.10)
        edge = self._text_color(0.35)
        text = self._text_color(0.85)
        badges = self.badges if self.badges.begin(painter, font, fill, edge, text) else None
        height = frame.row_h - 6
        counts = layout.clusters.count[frame.clusters].tolist()
        for cx, cy, cw, count in zip(
            frame.cx.tolist(), frame.cy.tolist(), frame.cw.tolist(), counts, strict=True
        ):
            label = count_text(count)
            if badges is None or not badges.draw(painter, cx - cw / 2, cy + 3, (label, cw, height)):
                paint_badge(
                    painter, QRectF(cx - cw / 2, cy + 3, cw, height), label, font, fill, edge, text
                )

    def _paint_axis(self, painter: QPainter, frame: Frame, ticks: axis.AxisTicks) -> None:
        top = frame.height - AXIS_H
        palette = self._palette
        axis_fill = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(QRectF(0, top, frame.width, AXIS_H), axis_fill)
        hline(painter, top, frame.width, self._text_color(0.35))
        font = self._axis_font()
        window = QPalette.ColorRole.Window
        painter.setPen(self._ink(0.35, window))
        vlines(painter, [frame.x_of(t.t) for t in ticks.minor], top, top + 5)
        ink = self._text_color(0.75)
        paint_axis_labels(
            painter,
            self.axis_sprites[0],
            font,
            ink,
            top + 6,
            axis.place_labels(
                ticks.minor,
                frame.t0,
                frame.t1,
                frame.width,
                measure=self._advance(font),
                gap=6.0,
                barriers=[t.t for t in ticks.major],
            ),
        )
        bold = self._axis_font(bold=True)
        painter.setPen(self._ink(0.5, window))
        vlines(painter, [frame.x_of(t.t) for t in ticks.major], top, top + AXIS_H)
        ink = self._text_color(0.95)
        paint_axis_labels(
            painter,
            self.axis_sprites[1],
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

    def _paint_header(self, painter: QPainter, frame: Frame) -> None:
        data = self._data
        font = QFont(self._font)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(self._text_color(0.9))
        title = range_title(frame.t0, frame.t1)
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
        count = legend_fit(
            widths, x - room_left, lambda n: small_metrics.horizontalAdvance(f"+{n} more") + 8
        )
        x -= sum(widths[:count])
        shown = []
        left = x
        for (name, color, _n), w in zip(entries[:count], widths, strict=False):
            shown.append((left, name, color))
            left += w
        hidden = len(entries) - len(shown)
        if hidden:
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
        hline(painter, HEADER_H, frame.width, self._text_color(0.12))

    def _paint_placeholder(self, painter: QPainter, frame: Frame) -> None:
        painter.setFont(self._font)
        painter.setPen(self._palette.color(QPalette.ColorRole.PlaceholderText))
        area = QRectF(0, HEADER_H, frame.width, frame.height - HEADER_H - AXIS_H)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._scene.placeholder)

    # --- interaction ---------------------------------------------------------------------------
