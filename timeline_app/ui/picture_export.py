"""Pictures of the timeline: PNG, SVG and PDF, of the visible window or of all of it.

The canvas paints itself into any QPainter, so each format is only a different paint device.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QItemSelectionModel,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.document import TimelineDocument
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.pdf_painter import FadeSlicingPainter
from timeline_app.ui.settings import Settings

if TYPE_CHECKING:  # the canvas itself loads only when a picture is made
    from timeline_app.ui.timeline_view import TimelineView

PICTURE_FORMATS = ("png", "svg", "pdf")


def export_view(
    view: TimelineView,
    path: str | os.PathLike[str],
    fmt: str,
    size: tuple[int, int],
    *,
    title: str = "",
    dpi: int = 96,
) -> None:
    """Write what ``view`` (a TimelineView) shows, as ``fmt``, ``size`` pixels, to ``path``.

    Each is made in memory and written to a temporary file and renamed, like every other save.
    """
    width, height = size
    if fmt == "png":
        image: QImage = view.render_image(QSize(width, height))
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        # PySide6 6.11 types the format as bytes, but only a str gets past its argument check.
        _save_atomically(path, lambda target: image.save(target, "PNG"))  # type: ignore[call-overload]
    elif fmt == "svg":

        def write_svg(target: QIODevice) -> bool:
            generator = QSvgGenerator()
            generator.setOutputDevice(target)
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setResolution(dpi)
            generator.setTitle(title or "Crisis Timeline")
            generator.setDescription("Exported by Crisis Timeline")
            return _paint(view, generator, width, height)

        _save_atomically(path, write_svg, _xml_safe)
    elif fmt == "pdf":

        def write_pdf(target: QIODevice) -> bool:
            writer = QPdfWriter(target)
            writer.setTitle(title or "Crisis Timeline")
            writer.setCreator("Crisis Timeline")
            writer.setResolution(dpi)
            # A page of exactly the picture's size (in points), so nothing is scaled or cut.
            page = QPageSize(
                QSizeF(width * 72 / dpi, height * 72 / dpi),
                QPageSize.Unit.Point,
                "Timeline",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            writer.setPageLayout(
                QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            )
            return _paint(view, writer, width, height, FadeSlicingPainter())

        _save_atomically(path, write_pdf)
    else:
        raise ValueError(f"unknown picture format {fmt!r}; use one of {', '.join(PICTURE_FORMATS)}")


def _paint(
    view: TimelineView,
    device: QPaintDevice,
    width: int,
    height: int,
    painter: QPainter | None = None,
) -> bool:
    painter = painter or QPainter()
    if not painter.begin(device):
        return False
    try:
        # Devices with another resolution than the screen (PDF) get a window of our pixels.
        painter.setWindow(0, 0, width, height)
        view.paint_into(painter, float(width), float(height))
    finally:
        painter.end()
    return True


# Characters XML 1.0 forbids; QSvgGenerator writes titles and labels as they are.
_NOT_XML = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(?:x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|"
    rb"0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));"
)


def _xml_safe(data: bytes) -> bytes:
    """SVG bytes without the control characters that would make the file unreadable."""
    return _NOT_XML.sub(b"", data)


def _save_atomically(
    path: str | os.PathLike[str],
    write: Callable[[QIODevice], bool],
    clean: Callable[[bytes], bytes] | None = None,
) -> None:
    """Let ``write`` produce the picture in memory, then write it into place whole.

    In memory, not in a file of Qt's: a kill leaves no half-written picture of a name we
    would not recognise, and a full disk is reported by our writer in words, not by libpng.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not write(buffer):
        raise OSError(errno.EIO, "the picture could not be made", str(path))
    buffer.close()
    data = bytes(buffer.data().data())
    write_atomically(Path(path), clean(data) if clean else data, backup=False)


def export_picture(
    document: TimelineDocument, path: str | os.PathLike[str], fmt: str, size: tuple[int, int]
) -> None:
    """The whole timeline of a document as a picture (for the command line, no window)."""
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        app = QApplication(["crisis-timeline"])
    from timeline_app.ui.timeline_view import TimelineView

    model = EventModel(document, date_style=Settings().date_style)
    selection = QItemSelectionModel(model)
    view = TimelineView(model, selection)
    view.resize(*size)
    view.fit_all()
    export_view(view, path, fmt, size, title=document.title)


def _has_display() -> bool:
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.name == "nt"
        or os.uname().sysname == "Darwin"
    )


class PictureOptionsDialog(QDialog):
    """What a picture shows (the visible dates or the whole timeline) and its size."""

    def __init__(self, parent: QWidget | None, canvas_size: QSize) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Picture"))
        self._visible = QRadioButton(self.tr("The dates shown now"), self)
        self._whole = QRadioButton(self.tr("The whole timeline"), self)
        self._visible.setChecked(True)
        self._width = self._spin(max(canvas_size.width(), 400), self.tr("Picture width"))
        self._height = self._spin(max(canvas_size.height(), 300), self.tr("Picture height"))
        self._dpi = QSpinBox(self)
        self._dpi.setRange(72, 600)
        self._dpi.setValue(96)
        self._dpi.setSuffix(self.tr(" dpi"))
        self._dpi.setAccessibleName(self.tr("Resolution"))
        size_row = QHBoxLayout()
        size_row.addWidget(self._width)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self._height)
        size_row.addWidget(QLabel(self.tr("pixels"), self))
        form = QFormLayout()
        form.addRow(self.tr("Show:"), self._visible)
        form.addRow("", self._whole)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Resolution:"), self._dpi)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose File…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(200, 20000)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def picture_size(self) -> tuple[int, int]:
        return self._width.value(), self._height.value()

    def whole_timeline(self) -> bool:
        return self._whole.isChecked()

    def dpi(self) -> int:
        return self._dpi.value()
