"""Event labels copied from images made in earlier frames look like labels drawn as text."""

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QBuffer, QPointF, QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPicture  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

from timeline_app.ui.label_sprites import BadgeSprites, LabelSprites, paint_badge  # noqa: E402

from .test_timeline_view import day, make_view, seed_events  # noqa: E402

SIZE = QSize(900, 420)


def paint(view, *, sprites: bool, ratio: float = 1.0) -> np.ndarray:
    """The canvas painted at SIZE (``ratio`` device pixels per pixel) with every label drawn
    from an image (made in an earlier frame) or every label drawn as text."""
    for cache in (view._painter.sprites, view._painter.badges, *view._painter.axis_sprites):
        cache.new_per_frame = 10_000 if sprites else 0
    image = None
    for _ in range(2 if sprites else 1):  # the first frame makes the images, the second copies
        image = QImage(SIZE * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(view.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        view.paint_into(painter, float(SIZE.width()), float(SIZE.height()))
        painter.end()
    assert (len(view._painter.sprites) > 0) == sprites and (
        len(view._painter.axis_sprites[0]) > 0
    ) == sprites
    for cache in (view._painter.sprites, view._painter.badges, *view._painter.axis_sprites):
        cache.clear()
    return _array(image)


def assert_nearly_same(a: np.ndarray, b: np.ndarray) -> None:
    """Equal but for glyphs a quarter pixel apart (Qt places glyphs on quarter pixels; the
    images are made per quarter)."""
    diff = np.abs(a.astype(int) - b.astype(int)).max(axis=2)
    assert diff.max() <= 96, diff.max()
    assert diff.mean() < 0.5, diff.mean()


def assert_few_pixels_differ(a: np.ndarray, b: np.ndarray) -> None:
    """Equal but for glyph edges here and there (under 1% of the pixels by more than 24)."""
    diff = np.abs(a.astype(int) - b.astype(int)).max(axis=2)
    assert diff.max() <= 96 and (diff > 24).mean() < 0.01, (diff.max(), (diff > 24).mean())


def striped_image(width: int, height: int, stripe: str) -> QImage:
    """A white picture with thin vertical stripes, so that halos and fills show."""
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for x in range(0, width, 3):
        painter.fillRect(QRectF(x, 0, 1.5, height), QColor(stripe))
    painter.end()
    return image


def labelled_view(qtbot):
    view, model, selection = make_view(qtbot, seed_events(), size=(SIZE.width(), SIZE.height()))
    # Ranges (labels on bars), years and months (labels on halos over brackets), days, one
    # uncertain; some rows dimmed by a filter.
    view.set_visible_range(day(2013, 6, 1), day(2022, 3, 1))
    view.set_match_mask(np.array([i % 3 != 0 for i in range(model.rowCount())]))
    view._painter.make_allowance.seconds = math.inf  # however slow the machine
    return view


def test_labels_from_images_look_like_labels_drawn_as_text(qtbot):
    view = labelled_view(qtbot)
    assert_nearly_same(paint(view, sprites=True), paint(view, sprites=False))


def test_labels_from_images_on_a_high_dpi_device(qtbot):
    view = labelled_view(qtbot)
    assert_nearly_same(paint(view, sprites=True, ratio=2.0), paint(view, sprites=False, ratio=2.0))


def test_a_new_palette_or_font_is_not_served_old_images(qtbot):
    view = labelled_view(qtbot)
    view.render_image(SIZE)
    view.render_image(SIZE)  # images made in the old colours and font
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#b00020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#fff8dc"))
    view.setPalette(palette)
    view.render_image(SIZE)
    with_images = view.render_image(SIZE)  # copies of images made in the new colours
    assert len(view._painter.sprites) > 0
    _no_images(view)
    as_text = view.render_image(SIZE)
    assert_nearly_same(_array(with_images), _array(as_text))

    for cache in (view._painter.sprites, view._painter.badges, *view._painter.axis_sprites):
        cache.new_per_frame = 10_000
    view.render_image(SIZE)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    view.setFont(font)
    view.render_image(SIZE)
    with_images = view.render_image(SIZE)
    _no_images(view)
    assert_nearly_same(_array(with_images), _array(view.render_image(SIZE)))


def _no_images(view) -> None:
    for cache in (view._painter.sprites, view._painter.badges, *view._painter.axis_sprites):
        cache.new_per_frame = 0
        cache.clear()


def _array(image: QImage) -> np.ndarray:
    bits = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = np.frombuffer(bits.constBits(), np.uint8)
    return pixels.reshape(bits.height(), bits.bytesPerLine() // 4, 4)[:, : bits.width()].copy()


def begin_on(device) -> tuple[QPainter, bool]:
    painter = QPainter(device)
    black = QColor("black")
    return painter, LabelSprites().begin(painter, QFont(), (black, black), QColor("white"))


def test_vector_devices_and_turned_painters_get_real_text(qtbot):
    picture = QPicture()
    painter, usable = begin_on(picture)
    painter.end()
    assert not usable
    generator = QSvgGenerator()
    buffer = QBuffer()
    generator.setOutputDevice(buffer)
    generator.setSize(SIZE)
    painter, usable = begin_on(generator)
    painter.end()
    assert not usable
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter, usable = begin_on(image)
    assert usable
    painter.rotate(10)
    assert not LabelSprites().begin(painter, QFont(), (QColor(), QColor()), QColor())
    painter.end()


def test_a_frame_makes_a_few_images_and_memory_stays_in_its_budget(qtbot):
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    sprites = LabelSprites(budget_px=30_000, new_per_frame=5)
    texts = [f"Label number {i} of the test" for i in range(40)]
    copied = []
    for _ in range(8):
        assert sprites.begin(painter, QFont(), (black, black), QColor("white"))
        copied.append(
            sum(
                sprites.draw(painter, 10.0, 20.0 * i, (text, False, True))
                for i, text in enumerate(texts)
            )
        )
        assert sprites.pixels <= 30_000
    # The first frame draws all as text (the caller does); each later one makes five more
    # until the budget holds no more: then the least recently used make room.
    assert copied[:3] == [0, 5, 10] and copied[-1] < len(texts)
    assert 5 <= len(sprites) < len(texts)
    painter.end()


def test_only_what_was_drawn_alike_in_the_frame_before_gets_an_image(qtbot):
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    black = QColor("black")
    sprites = LabelSprites()

    def frame(*xs: float) -> list[bool]:
        assert sprites.begin(painter, QFont(), (black, black), QColor("white"))
        return [sprites.draw(painter, x, 5.0, ("Same text", False, True)) for x in xs]

    # A zoom moves labels by fractions of a pixel every frame: nothing is made.
    assert frame(10.0) == [False] and frame(10.3) == [False] and frame(10.55) == [False]
    assert len(sprites) == 0
    # Still (or moved by whole pixels): made in the second frame, copied from then on.
    assert frame(10.55) == [True] and frame(12.55) == [True]
    # Quarter-pixel positions share an image; others get their own.
    frame(10.0, 10.1, 10.25, 10.5, 11.0, 12.0)
    assert frame(10.0, 10.1, 10.25, 10.5, 11.0, 12.0) == [True] * 6
    assert len(sprites) == 3  # phase 0 (10.0, 10.1, 11.0, 12.0), a quarter, a half (10.55)
    painter.end()


def test_an_image_of_a_label_matches_its_text_and_halo_over_anything(qtbot):
    """Over stripes (a halo hides them), at fractional positions, dimmed and not."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStaticText

    font = QFont()
    pens = (QColor(20, 20, 30, 235), QColor(20, 20, 30, 77))
    halo = QColor(255, 255, 255, 235)

    def draw(with_images: bool) -> np.ndarray:
        cases = [(12.37, 8.6, False, True), (40.0, 40.0, True, True), (7.81, 71.25, False, False)]
        image = striped_image(320, 110, "#2a9d8f")
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text = "Ukraine's forces (?) – Łódź"
        if with_images:
            sprites = LabelSprites()
            for _ in range(2):  # made once drawn alike in the frame before
                assert sprites.begin(painter, font, pens, halo)
                drawn = [
                    sprites.draw(painter, x, y, (text, dimmed, with_halo))
                    for x, y, dimmed, with_halo in cases
                ]
            assert drawn == [True] * len(cases)
            cases.clear()
        for x, y, dimmed, with_halo in cases:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            if with_halo:
                size = static.size()
                painter.fillRect(QRectF(x - 1.0, y, size.width() + 2.0, size.height()), halo)
            painter.setFont(font)
            painter.setPen(pens[dimmed])
            painter.drawStaticText(QPointF(x, y), static)
        painter.end()
        return _array(image)

    with_images, as_text = draw(True), draw(False)
    assert_few_pixels_differ(with_images, as_text)


def test_an_image_of_a_cluster_badge_matches_the_badge_drawn(qtbot):
    font = QFont()
    font.setBold(True)
    fill, edge, ink = QColor(0, 0, 0, 26), QColor(0, 0, 0, 89), QColor(0, 0, 0, 217)
    rects = [QRectF(20.3, 10.0, 38.4, 17.0), QRectF(101.87, 40.5, 38.4, 17.0)]

    def draw(with_images: bool) -> np.ndarray:
        image = striped_image(200, 80, "#e9c46a")
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        badges = BadgeSprites()
        for frame in range(2 if with_images else 1):  # made once drawn in the frame before
            assert badges.begin(painter, font, fill, edge, ink)
            for rect, text in zip(rects, ("+487", "+1.2k"), strict=True):
                if with_images:
                    assert badges.draw(
                        painter, rect.x(), rect.y(), (text, rect.width(), rect.height())
                    ) == (frame == 1)
                else:
                    paint_badge(painter, rect, text, font, fill, edge, ink)
        painter.end()
        return _array(image)

    with_images, drawn = draw(True), draw(False)
    assert_few_pixels_differ(with_images, drawn)


def test_a_frame_spends_no_more_than_its_allowance_making_images(qtbot):
    from timeline_app.ui.label_sprites import MakeAllowance

    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    black = QColor("black")
    allowance = MakeAllowance(1e-9)
    sprites = LabelSprites(allowance=allowance)
    texts = [f"Label {i}" for i in range(5)]
    copied = []
    for _ in range(4):
        allowance.start()
        assert sprites.begin(painter, QFont(), (black, black), QColor("white"))
        copied.append(
            [
                sprites.draw(painter, 10.0, 20.0 * i, (text, False, True))
                for i, text in enumerate(texts)
            ]
        )
    painter.end()
    # Nothing the first frame (drawn alike before: nothing); then one image a frame, the
    # first making uses the frame's allowance up.
    assert [sum(c) for c in copied] == [0, 1, 2, 3]
