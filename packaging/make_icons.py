"""Render resources/icons/crisis-timeline.svg to the hicolor PNG sizes desktops look up.

    python packaging/make_icons.py [--check]

Writes resources/icons/hicolor/<N>x<N>/apps/io.github.crisistimeline.CrisisTimeline.png for
each size in SIZES. Uses QSvgRenderer (PySide6-Essentials ships QtSvg) so that no system
tool is needed; ``--check`` only verifies the PNGs exist and match their size.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Rendering needs no screen: the offscreen platform works on build machines and in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.crisistimeline.CrisisTimeline"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "crisis-timeline.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def png_path(size: int, root: Path = HICOLOR) -> Path:
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size x size image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the PNGs, write nothing")
    options = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])  # QImage text/fonts need one
    missing = []
    for size in SIZES:
        target = png_path(size)
        if options.check:
            image = QImage(str(target))
            if image.isNull() or (image.width(), image.height()) != (size, size):
                missing.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # PySide6 6.11 types the format as bytes, but only a str gets past its argument check.
        if not render(SVG, size).save(str(target), "PNG"):  # type: ignore[call-overload]
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size} bytes")
    if missing:
        print("missing or wrong size: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
