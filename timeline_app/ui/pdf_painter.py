"""A painter for PDF that draws fading (alpha gradient) rectangles as many flat slices.

Qt's PDF engine (QPdfWriter, and QPrinter printing to PDF) writes a gradient whose alpha
varies as a soft mask of type /Alpha over a grey shading. A soft mask of that type reads the
coverage of what its group paints, not its grey, and a shading covers everything: conforming
readers (Poppler, pdf.js, Acrobat) show the whole gradient opaque, so an ongoing range's bar,
which fades out on screen and in SVG, became a solid bar to its end. Qt also leaves that mask
set for the drawings after it. Flat colours with a constant alpha (/ca) are written correctly,
so this painter draws such rectangles as thin slices of flat colour instead: still vectors,
and the same look as the screen's gradient.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen

# Slices per unit of the painter's coordinates (the picture's pixels): fine enough that no
# step shows at print resolution.
_SLICES_PER_PIXEL = 1.0


class FadeSlicingPainter(QPainter):
    """QPainter whose drawRect draws horizontal alpha gradients (brush or pen) as slices."""

    def drawRect(self, *args: Any) -> None:  # noqa: N802 (Qt's name)
        rect = QRectF(*args) if len(args) == 4 else QRectF(args[0])
        fill = _fading(self.brush())
        edge = _fading(self.pen().brush()) if self.pen().style() != Qt.PenStyle.NoPen else None
        if fill is None and edge is None:
            super().drawRect(*args)
            return
        self.save()
        try:
            self._fill(rect, fill)
            self._stroke(rect, edge)
        finally:
            self.restore()

    def _fill(self, rect: QRectF, fill: QLinearGradient | None) -> None:
        if self.brush().style() == Qt.BrushStyle.NoBrush:
            return
        if fill is None:
            pen = self.pen()
            self.setPen(Qt.PenStyle.NoPen)
            super().drawRect(rect)
            self.setPen(pen)
            return
        pen = self.pen()
        self.setPen(Qt.PenStyle.NoPen)
        for left, right, color in _slices(fill, rect.left(), rect.right()):
            self.fillRect(QRectF(left, rect.top(), right - left, rect.height()), color)
        self.setPen(pen)

    def _stroke(self, rect: QRectF, edge: QLinearGradient | None) -> None:
        pen = QPen(self.pen())
        if pen.style() == Qt.PenStyle.NoPen:
            return
        self.setBrush(Qt.BrushStyle.NoBrush)
        if edge is None:
            self.setPen(pen)
            super().drawRect(rect)
            return
        top, bottom = rect.top(), rect.bottom()
        self.setPen(_flat(pen, _color_at(edge, rect.left())))
        self.drawLine(QLineF(rect.left(), top, rect.left(), bottom))
        self.setPen(_flat(pen, _color_at(edge, rect.right())))
        self.drawLine(QLineF(rect.right(), top, rect.right(), bottom))
        width = pen.widthF() or 1.0
        for left, right, color in _slices(edge, rect.left(), rect.right()):
            flat = _flat(pen, color)
            # Dashes continue across slices instead of starting afresh in each.
            flat.setDashOffset((left - rect.left()) / width)
            self.setPen(flat)
            self.drawLine(QLineF(left, top, right, top))
            self.drawLine(QLineF(left, bottom, right, bottom))


def _fading(brush: QBrush) -> QLinearGradient | None:
    """The brush's gradient when it is a horizontal linear one whose alpha varies."""
    gradient = brush.gradient()  # None for a plain brush, whatever the stubs say
    if not isinstance(gradient, QLinearGradient):
        return None
    if len({color.alpha() for _, color in gradient.stops()}) < 2:
        return None
    start, stop = gradient.start(), gradient.finalStop()
    if start.y() != stop.y() or start == stop:
        return None
    return gradient


def _slices(
    gradient: QLinearGradient, left: float, right: float
) -> list[tuple[float, float, QColor]]:
    """Stretches of ``left``..``right`` with the gradient's colour at their middle: one for
    each stretch between stops where the colour does not change, thin ones where it does."""
    x0, x1 = gradient.start().x(), gradient.finalStop().x()
    cuts = {left, right}
    cuts.update(min(max(x0 + p * (x1 - x0), left), right) for p, _ in gradient.stops())
    edges = sorted(cuts)
    result: list[tuple[float, float, QColor]] = []
    for a, b in zip(edges, edges[1:], strict=False):
        if b <= a:
            continue
        if _color_at(gradient, a) == _color_at(gradient, b):
            result.append((a, b, _color_at(gradient, (a + b) / 2)))
            continue
        count = max(1, math.ceil((b - a) * _SLICES_PER_PIXEL))
        step = (b - a) / count
        for i in range(count):
            s = a + i * step
            result.append((s, s + step, _color_at(gradient, s + step / 2)))
    return result


def _color_at(gradient: QLinearGradient, x: float) -> QColor:
    x0, x1 = gradient.start().x(), gradient.finalStop().x()
    t = min(max((x - x0) / (x1 - x0), 0.0), 1.0)
    stops = gradient.stops()
    before = max((s for s in stops if s[0] <= t), key=lambda s: s[0], default=stops[0])
    after = min((s for s in stops if s[0] >= t), key=lambda s: s[0], default=stops[-1])
    if after[0] <= before[0]:
        return QColor(before[1])
    f = (t - before[0]) / (after[0] - before[0])
    a, b = before[1], after[1]
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * f,
        a.greenF() + (b.greenF() - a.greenF()) * f,
        a.blueF() + (b.blueF() - a.blueF()) * f,
        a.alphaF() + (b.alphaF() - a.alphaF()) * f,
    )


def _flat(pen: QPen, color: QColor) -> QPen:
    flat = QPen(pen)
    flat.setBrush(QBrush(color))
    return flat
