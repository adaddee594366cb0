"""Event labels drawn once into small images and copied into later frames.

The raster engine draws a label's glyph run in ~7 µs and its halo in ~2 µs more, every frame;
copying an image of both costs ~1.5 µs. Labels keep their text while the view pans and zooms,
so one image per label, colour and sub-pixel position serves many frames.

Only raster devices (the widget, images) get copies: SVG, PDF and printers get real text.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintEngine, QPainter, QStaticText, QTransform

# About 16 MB of images: several frames' worth of labels, with their sub-pixel variants.
BUDGET_PX = 4_000_000
# Making an image costs ~2 direct draws (~12 µs more); a frame full of new labels (a jump to
# another part of the timeline) makes this many and draws the rest directly, so it is at most
# ~0.8 ms slower than drawing them all directly, and the next frames make the rest.
NEW_PER_FRAME = 64
PHASES_X = 4  # glyphs sit on quarter pixels across (Qt's sub-pixel positions); rows on whole ones


class LabelSprites:
    """Images of labels (text on an optional halo) keyed by text, style and sub-pixel phase,
    least recently used dropped first beyond ``budget_px`` pixels."""

    def __init__(self, budget_px: int = BUDGET_PX, new_per_frame: int = NEW_PER_FRAME):
        self.budget_px = budget_px
        self.new_per_frame = new_per_frame
        self._images: OrderedDict[tuple, tuple[QImage, int, int]] = OrderedDict()
        self._pixels = 0
        # Laid out once per text: its phases and styles share it.
        self._statics: dict[str, QStaticText] = {}
        self._context: tuple | None = None
        self._font = QFont()
        self._pens: tuple[QColor, QColor] = (QColor(), QColor())
        self._halo = QColor()
        self._scale, self._dx, self._dy = 1.0, 0.0, 0.0
        self._new_left = 0

    def __len__(self) -> int:
        return len(self._images)

    @property
    def pixels(self) -> int:
        return self._pixels

    def clear(self) -> None:
        self._images.clear()
        self._statics.clear()
        self._pixels = 0

    def begin(self, painter: QPainter, font: QFont, pens: tuple[QColor, QColor],
              halo: QColor) -> bool:
        """Prepare a frame's labels in ``font``, with pens (normal, dimmed) and the halo's
        colour; False when ``painter`` must get real text (not raster, rotated or sheared)."""
        engine = painter.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Raster:
            return False
        transform = painter.combinedTransform()  # device pixels per logical pixel, and offset
        scale = transform.m11()
        if (transform.type().value > QTransform.TransformationType.TxScale.value
                or scale != transform.m22() or scale <= 0):
            return False
        context = (font.key(), scale, pens[0].rgba(), pens[1].rgba(), halo.rgba())
        if context != self._context:  # another palette, font or screen: none of them fits
            self.clear()
            self._context = context
            # Grey antialiasing: subpixel (LCD) glyphs need an opaque background to blend on.
            self._font = QFont(font)
            self._font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
            self._pens = (QColor(pens[0]), QColor(pens[1]))
            self._halo = QColor(halo)
        self._scale, self._dx, self._dy = scale, transform.dx(), transform.dy()
        self._new_left = self.new_per_frame
        return True

    def draw(self, painter: QPainter, x: float, y: float, text: str, dimmed: bool,
             halo: bool) -> bool:
        """Copy the label whose text starts at (x, y) into the frame; False when it is not
        made yet and this frame has made its share (draw it directly then)."""
        scale = self._scale
        quarter = math.floor((x * scale + self._dx) * PHASES_X + 0.5)
        left, phase_x = divmod(quarter, PHASES_X)
        device_y = y * scale + self._dy
        top = math.floor(device_y)
        phase_y = round((device_y - top) * 64)
        key = (text, dimmed, halo, phase_x, phase_y)
        hit = self._images.get(key)
        if hit is None:
            if self._new_left <= 0:
                return False
            self._new_left -= 1
            hit = self._make(key, phase_x / PHASES_X, phase_y / 64)
        else:
            self._images.move_to_end(key)
        image, margin, margin_y = hit
        painter.drawImage(QPointF((left - margin - self._dx) / scale,
                                  (top - margin_y - self._dy) / scale), image)
        return True

    def _make(self, key: tuple, phase_x: float, phase_y: float) -> tuple[QImage, int, int]:
        text, dimmed, halo, _, _ = key
        static = self._statics.get(text)
        if static is None:
            if len(self._statics) > 2 * len(self._images) + 1000:
                self._statics.clear()
            static = self._statics[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
        size = static.size()
        scale = self._scale
        margin = math.ceil(2 * scale) + 1  # the halo's 1 px and glyphs' overhang
        margin_y = math.ceil(scale)  # accents stacked above the ascent
        image = QImage(math.ceil((size.width() + 1) * scale + phase_x) + 2 * margin,
                       math.ceil(size.height() * scale + phase_y) + 2 * margin_y,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(0)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            origin = QPointF((margin + phase_x) / scale, (margin_y + phase_y) / scale)
            if halo:
                painter.fillRect(QRectF(origin.x() - 1.0, origin.y(), size.width() + 2.0,
                                        size.height()), self._halo)
            painter.setFont(self._font)
            painter.setPen(self._pens[dimmed])
            painter.drawStaticText(origin, static)
        finally:
            painter.end()
        entry = (image, margin, margin_y)
        self._images[key] = entry
        self._pixels += image.width() * image.height()
        while self._pixels > self.budget_px and len(self._images) > 1:
            _, (old, _, _) = self._images.popitem(last=False)
            self._pixels -= old.width() * old.height()
        return entry
