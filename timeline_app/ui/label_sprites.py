"""Labels drawn once into small images and copied into later frames.

The raster engine draws a label's glyph run in ~4-7 µs and an event label's halo in ~2 µs
more, every frame; copying an image of both costs ~1.5 µs. Event labels, axis labels and
cluster badges keep their text while the view pans and zooms, so one image per text, colour
and sub-pixel position serves many frames.

Only raster devices (the widget, images) get copies: SVG, PDF and printers get real text.
"""

from __future__ import annotations

import math
import sys
import time
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

# About 16 MB of images per cache: several frames' worth, with their sub-pixel variants.
BUDGET_PX = 4_000_000
# Making an image costs ~3-5 direct draws, so only what was drawn alike in the frame before is
# made: a still view or a pan by whole pixels copies from its second frame, while zoom steps,
# which move every label by a fraction of a pixel, make nothing. A frame makes at most this
# many (a cache each) in at most MAKE_SECONDS (all of a view's caches), and the next frames
# make the rest: a frame that lays out a new zoom level is at most ~1 ms slower for them.
NEW_PER_FRAME = 64
MAKE_SECONDS = 0.001
PHASES_X = 4  # glyphs sit on quarter pixels across (Qt's sub-pixel positions); rows on whole ones
# Qt's raster engine draws subpixel (ClearType) glyphs into images only on Windows; an image
# with no background of its own needs grey ones, from a font of its own.
SUBPIXEL_IN_IMAGES = sys.platform == "win32"


class MakeAllowance:
    """The time a frame may spend making images, shared by a view's caches."""

    def __init__(self, seconds: float = MAKE_SECONDS):
        self.seconds = seconds
        self.spent = 0.0

    def start(self) -> None:
        """A frame begins."""
        self.spent = 0.0

    def left(self) -> bool:
        return self.spent < self.seconds


class Sprites:
    """Images of things drawn alike in many frames, keyed by what they show and their
    sub-pixel phase, the least recently used dropped beyond ``budget_px`` pixels.

    Subclasses say how big a thing is and paint it; ``begin`` is told what every image of a
    frame shares (font, colours), and a change of it drops them all.
    """

    def __init__(
        self,
        budget_px: int = BUDGET_PX,
        new_per_frame: int = NEW_PER_FRAME,
        allowance: MakeAllowance | None = None,
    ):
        self.budget_px = budget_px
        self.new_per_frame = new_per_frame
        self.allowance = allowance or MakeAllowance(math.inf)
        self._images: OrderedDict[tuple, tuple[QImage, int, int]] = OrderedDict()
        self._pixels = 0
        self._context: tuple | None = None
        self._scale, self._dx, self._dy = 1.0, 0.0, 0.0
        self._unscaled = True
        self._new_left = 0
        self._restarted = False  # the last begin dropped the images: take the new context
        # Keys drawn directly in this frame and in the one before.
        self._unmade: set[tuple] = set()
        self._unmade_before: set[tuple] = set()

    def __len__(self) -> int:
        return len(self._images)

    @property
    def pixels(self) -> int:
        return self._pixels

    def clear(self) -> None:
        self._images.clear()
        self._unmade.clear()
        self._unmade_before.clear()
        self._pixels = 0

    def _begin(self, painter: QPainter, context: tuple) -> bool:
        """Whether ``painter`` takes copies (a raster device, not rotated or sheared); drops
        the images when ``context`` changed."""
        # None from an inactive painter (the stubs say otherwise).
        engine: QPaintEngine | None = painter.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Raster:
            return False
        transform = painter.combinedTransform()  # device pixels per logical pixel, and offset
        scale = transform.m11()
        if (
            transform.type().value > QTransform.TransformationType.TxScale.value
            or scale != transform.m22()
            or scale <= 0
        ):
            return False
        context = (scale, *context)
        self._restarted = context != self._context
        if self._restarted:  # another palette, font or screen: none of them fits
            self.clear()
            self._context = context
        self._scale, self._dx, self._dy = scale, transform.dx(), transform.dy()
        self._unscaled = transform.type() == QTransform.TransformationType.TxNone
        self._new_left = self.new_per_frame
        self._unmade_before, self._unmade = self._unmade, self._unmade_before
        self._unmade.clear()
        return True

    def draw(self, painter: QPainter, x: float, y: float, key: tuple) -> bool:
        """Copy the thing ``key`` with its top left at (x, y) into the frame; False when it
        has no image (draw it directly then): not drawn alike in the frame before, or this
        frame has made its share."""
        scale, unscaled = self._scale, self._unscaled
        if unscaled:
            quarter = math.floor(x * PHASES_X + 0.5)
            top = math.floor(y)
            phase_y = round((y - top) * 64)
        else:
            quarter = math.floor((x * scale + self._dx) * PHASES_X + 0.5)
            device_y = y * scale + self._dy
            top = math.floor(device_y)
            phase_y = round((device_y - top) * 64)
        left, phase_x = divmod(quarter, PHASES_X)
        full_key = (key, phase_x, phase_y)
        hit = self._images.get(full_key)
        if hit is None:
            if (
                self._new_left <= 0
                or full_key not in self._unmade_before
                or not self.allowance.left()
            ):
                self._unmade.add(full_key)
                return False
            self._new_left -= 1
            started = time.perf_counter()
            hit = self._make(full_key, key, phase_x / PHASES_X, phase_y / 64)
            self.allowance.spent += time.perf_counter() - started
        else:
            self._images.move_to_end(full_key)
        image, margin, margin_y = hit
        if unscaled:  # the integer overload: no point object to make
            painter.drawImage(left - margin, top - margin_y, image)
        else:
            painter.drawImage(
                QPointF((left - margin - self._dx) / scale, (top - margin_y - self._dy) / scale),
                image,
            )
        return True

    def _size(self, key: tuple) -> QSizeF:
        """How far the thing reaches right and down from its top left, in logical pixels."""
        raise NotImplementedError

    def _paint(self, painter: QPainter, key: tuple, origin: QPointF) -> None:
        """Paint the thing with its top left at ``origin`` (antialiased)."""
        raise NotImplementedError

    def _make(
        self, full_key: tuple, key: tuple, phase_x: float, phase_y: float
    ) -> tuple[QImage, int, int]:
        size = self._size(key)
        scale = self._scale
        margin = math.ceil(2 * scale) + 1  # a halo's 1 px, a pen's half and glyphs' overhang
        margin_y = math.ceil(scale)  # accents stacked above the ascent, a pen's half
        image = QImage(
            math.ceil(size.width() * scale + phase_x) + 2 * margin,
            math.ceil(size.height() * scale + phase_y) + 2 * margin_y,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(0)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._paint(
                painter, key, QPointF((margin + phase_x) / scale, (margin_y + phase_y) / scale)
            )
        finally:
            painter.end()
        entry = (image, margin, margin_y)
        self._images[full_key] = entry
        self._pixels += image.width() * image.height()
        while self._pixels > self.budget_px and len(self._images) > 1:
            _, (old, _, _) = self._images.popitem(last=False)
            self._pixels -= old.width() * old.height()
        return entry


def _grey_antialiased(font: QFont) -> QFont:
    font = QFont(font)
    if SUBPIXEL_IN_IMAGES:  # LCD glyphs need an opaque background to blend on
        font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
    return font


class LabelSprites(Sprites):
    """Labels: text, optionally on a halo, in one font with a normal and a dimmed pen.

    Keys are (text, dimmed, halo), drawn with the text's top left at the point given; a halo
    reaches a pixel further left and right.
    """

    def __init__(
        self,
        budget_px: int = BUDGET_PX,
        new_per_frame: int = NEW_PER_FRAME,
        allowance: MakeAllowance | None = None,
        statics: dict[str, QStaticText] | None = None,
    ):
        super().__init__(budget_px, new_per_frame, allowance)
        # Laid out once per text: its phases and styles share it. ``statics`` are the caller's
        # texts laid out in the same font (drawn directly before an image is made of them).
        self._own_statics = statics is None or SUBPIXEL_IN_IMAGES
        self._statics: dict[str, QStaticText] = (
            {} if statics is None or self._own_statics else statics
        )
        self._font = QFont()
        self._pens: tuple[QColor, QColor] = (QColor(), QColor())
        self._halo = QColor()

    def clear(self) -> None:
        super().clear()
        if self._own_statics:
            self._statics.clear()

    def begin(
        self,
        painter: QPainter,
        font: QFont,
        pens: tuple[QColor, QColor],
        halo: QColor | None = None,
    ) -> bool:
        """Prepare a frame's labels in ``font``, with pens (normal, dimmed) and the halo's
        colour; False when ``painter`` must get real text (not raster, rotated or sheared)."""
        halo = QColor() if halo is None else halo
        if not self._begin(painter, (font.key(), pens[0].rgba(), pens[1].rgba(), halo.rgba())):
            return False
        if self._restarted:
            self._font = _grey_antialiased(font)
            self._pens = (QColor(pens[0]), QColor(pens[1]))
            self._halo = QColor(halo)
        return True

    def _static(self, text: str) -> QStaticText:
        static = self._statics.get(text)
        if static is None:
            if self._own_statics and len(self._statics) > 2 * len(self._images) + 1000:
                self._statics.clear()
            static = self._statics[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
        return static

    def _size(self, key: tuple) -> QSizeF:
        size = self._static(key[0]).size()
        return QSizeF(size.width() + 1.0, size.height())

    def _paint(self, painter: QPainter, key: tuple, origin: QPointF) -> None:
        text, dimmed, halo = key
        static = self._static(text)
        if halo:
            size = static.size()
            painter.fillRect(
                QRectF(origin.x() - 1.0, origin.y(), size.width() + 2.0, size.height()), self._halo
            )
        painter.setFont(self._font)
        painter.setPen(self._pens[dimmed])
        painter.drawStaticText(origin, static)


class BadgeSprites(Sprites):
    """Cluster badges: a pill with a short text centred in it; keys are (text, width,
    height), drawn with the pill's top left at the point given."""

    def __init__(
        self,
        budget_px: int = BUDGET_PX // 8,
        new_per_frame: int = NEW_PER_FRAME,
        allowance: MakeAllowance | None = None,
    ):
        super().__init__(budget_px, new_per_frame, allowance)
        self._font = QFont()
        self._fill, self._edge, self._ink = QColor(), QColor(), QColor()

    def begin(
        self, painter: QPainter, font: QFont, fill: QColor, edge: QColor, ink: QColor
    ) -> bool:
        """Prepare a frame's badges: ``fill`` inside a 1 px ``edge``, text in ``font`` and
        ``ink``; False when ``painter`` must get real drawing (see ``LabelSprites.begin``)."""
        if not self._begin(painter, (font.key(), fill.rgba(), edge.rgba(), ink.rgba())):
            return False
        if self._restarted:
            self._font = _grey_antialiased(font)
            self._fill, self._edge, self._ink = QColor(fill), QColor(edge), QColor(ink)
        return True

    def _size(self, key: tuple) -> QSizeF:
        return QSizeF(key[1], key[2])

    def _paint(self, painter: QPainter, key: tuple, origin: QPointF) -> None:
        text, width, height = key
        paint_badge(
            painter,
            QRectF(origin.x(), origin.y(), width, height),
            text,
            self._font,
            self._fill,
            self._edge,
            self._ink,
        )


def paint_badge(
    painter: QPainter, rect: QRectF, text: str, font: QFont, fill: QColor, edge: QColor, ink: QColor
) -> None:
    """A pill filling ``rect`` with ``text`` centred in it."""
    painter.setPen(QPen(edge, 1.0))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
