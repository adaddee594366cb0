"""Drawing primitives of the timeline canvas, each the fast way for Qt's raster engine:
hairlines as pixel columns, rules as rectangles, bars pixel-snapped, brackets as lines.
Plus the short texts the canvas draws (cluster counts, the range title)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPaintEngine,
    QPainter,
    QPen,
    QTransform,
)

from timeline_app.core.axis import PlacedLabel
from timeline_app.core.dates import datetime_of
from timeline_app.ui.label_sprites import LabelSprites


def vlines(painter: QPainter, xs: list[float], y0: float, y1: float) -> None:
    """Vertical hairlines in the pen's colour on pixel centres, without antialiasing (sharp
    and fast)."""
    if not xs:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    # None from an inactive painter (the stubs say otherwise).
    engine: QPaintEngine | None = painter.paintEngine()
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
        lines: list[QPointF] = []
        for x in xs:
            x = math.floor(x) + 0.5
            lines += (QPointF(x, y0), QPointF(x, y1))
        painter.drawLines(lines)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def hline(painter: QPainter, y: float, width: float, color: QColor) -> None:
    """A 1 px rule across the picture at ``y``, as the antialiased line of a 1 px pen draws
    it, but filled as a rectangle: the raster engine strokes a line as wide as the canvas
    some 30 times slower."""
    painter.fillRect(QRectF(0.0, y - 0.5, width, 1.0), color)


def with_alpha(color: QColor, alpha: float) -> QColor:
    """A copy of ``color`` at ``alpha``."""
    color = QColor(color)
    color.setAlphaF(alpha)
    return color


def bar_inks(color: QColor, dim: bool) -> tuple[QColor, QColor, QColor]:
    """A bar's fill, edge and faded-out end colours for its category colour."""
    alpha = 0.28 if dim else 1.0
    inks = []
    for part in (0.30, 0.9, 0.0):
        ink = QColor(color)
        ink.setAlphaF(part * alpha)
        inks.append(ink)
    return inks[0], inks[1], inks[2]


def add_brackets(lines: list[QLineF], rect: QRectF, closed: bool = True) -> None:
    """[ and ] at the ends of a period's band (the ] only when ``closed``), as lines (a path
    of many brackets costs Qt's stroker far more than the lines do)."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    arm = min(4.0, rect.width() / 3)
    lines += (
        QLineF(left + arm, top, left, top),
        QLineF(left, top, left, bottom),
        QLineF(left, bottom, left + arm, bottom),
    )
    if closed:
        lines += (
            QLineF(right - arm, top, right, top),
            QLineF(right, top, right, bottom),
            QLineF(right, bottom, right - arm, bottom),
        )


def paint_bar(
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
    painter.fillRect(QRectF(round(rect.left()), snapped.top(), 3.0, snapped.height() + 0.5), edge)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def paint_spans(
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
    painter.setBrush(with_alpha(color, (0.13 if coarse else 0.10) * alpha))
    painter.drawRects(rects)
    if not coarse:
        return  # days seen close up: the faint band is enough next to their dots
    pen = QPen(with_alpha(color, 0.85 * alpha), 1.5)
    if approximate:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLines(brackets)


def paint_axis_labels(
    painter: QPainter,
    sprites: LabelSprites,
    font: QFont,
    ink: QColor,
    top: float,
    labels: list[PlacedLabel],
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


def count_text(count: int) -> str:
    if count < 1000:
        return f"+{count}"
    if count < 10_000:
        return f"+{count / 1000:.1f}k"
    return f"+{count // 1000}k"


def range_title(t0: float, t1: float) -> str:
    """The visible range in words: "December 2021 – January 2022", "2014 – 2023"."""
    a, b = datetime_of(t0), datetime_of(t1)
    span = t1 - t0
    if span > 3 * 365:
        return f"{a.year} – {b.year}" if a.year != b.year else str(a.year)
    if span > 40:
        return f"{a:%b} {a.year} – {b:%b} {b.year}"
    if span > 2:
        return f"{a.day} {a:%b} {a.year} – {b.day} {b:%b} {b.year}"
    if a.date() == b.date():
        return f"{a.day} {a:%b} {a.year}, {a:%H:%M} – {b:%H:%M}"
    # Across midnight both days are named, as the axis and the status bar name them.
    return f"{a.day} {a:%b} {a.year}, {a:%H:%M} – {b.day} {b:%b} {b.year}, {b:%H:%M}"
