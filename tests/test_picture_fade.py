"""An ongoing range fades out towards Today in a PDF as it does on screen, in PNG and in SVG.

Qt's PDF engine writes a gradient whose alpha varies as a soft mask that conforming readers
draw opaque; the PDF is drawn here by poppler (``pdftoppm``, Debian package poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPen

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Event
from timeline_app.ui.pdf_painter import FadeSlicingPainter

SIZE = (1000, 400)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return (
        data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
        .reshape(image.height(), image.width(), 3)
        .astype(int)
    )


def _export(document_path: Path, out: Path) -> Path:
    size = f"{SIZE[0]}x{SIZE[1]}"
    assert main(["export", str(document_path), "-o", str(out), "--size", size]) == 0
    return out


@pytest.fixture
def ongoing(tmp_path) -> Path:
    later = dt.date.today() + dt.timedelta(days=3 * 365)
    document = TimelineDocument(
        title="Ongoing",
        events=[
            Event(
                id="ongoing",
                title="Troops stationed",
                when=When(FuzzyDate(2015), None, ongoing=True),
                category="military",
            ),
            Event(id="start", title="Crisis begins", when=When(FuzzyDate(2014, 2, 20))),
            # Later than Today, so that the whole timeline shows where the range ends.
            Event(id="later", title="Talks planned", when=When(FuzzyDate(later.year, 1, 1))),
        ],
    )
    path = tmp_path / "ongoing.ctimeline"
    save_document(document, path)
    return path


def _saturation(pixels: np.ndarray) -> np.ndarray:
    return pixels.max(axis=-1) - pixels.min(axis=-1)


def _bar_row(pixels: np.ndarray) -> int:
    """The middle row of the one bar, between its edges (the rows most coloured)."""
    counts = (_saturation(pixels) > 40).sum(axis=1)
    edges = np.flatnonzero(counts > counts.max() // 2)
    return int(edges[0] + edges[-1]) // 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils' pdftoppm")
def test_the_pdf_fades_an_ongoing_range_as_the_png_does(qapp, ongoing, tmp_path):
    png = _pixels(QImage(str(_export(ongoing, tmp_path / "t.png"))))
    pdf_path = _export(ongoing, tmp_path / "t.pdf")
    stem = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-singlefile", str(pdf_path), str(stem)],
        check=True,
        timeout=60,
    )
    pdf = _pixels(QImage(str(stem.with_suffix(".png"))))
    assert pdf.shape == png.shape
    row = _bar_row(png)
    assert abs(_bar_row(pdf) - row) <= 1

    # The fill's colour along the bar: strong in its middle, gone by its open end.
    png_fill, pdf_fill = _saturation(png[row]), _saturation(pdf[row])
    coloured = np.flatnonzero(png_fill > 40)
    middle = slice(int(np.median(coloured)) - 10, int(np.median(coloured)) + 10)
    centre = int(np.median(coloured))
    faded = centre + int(np.flatnonzero(png_fill[centre:] < 8)[0])  # where the PNG's fill ends
    end = slice(faded - 30, faded)
    assert png_fill[middle].mean() > 40 and png_fill[end].mean() < 20  # the screen's look
    assert pdf_fill[middle].mean() > 40
    assert pdf_fill[end].mean() < 20, "the PDF draws the open end solid"
    assert np.abs(pdf_fill[end] - png_fill[end]).mean() < 8


def test_the_pdf_painter_keeps_the_gradients_colours(qapp):
    """Drawn into an image, the slices look like the gradient they stand for."""

    def draw(painter: QPainter) -> np.ndarray:
        image = QImage(200, 20, QImage.Format.Format_RGB888)
        image.fill(QColor("white"))
        painter.begin(image)
        gradient = QLinearGradient(0, 0, 200, 0)
        gradient.setColorAt(0.0, QColor(213, 94, 0, 200))
        gradient.setColorAt(0.5, QColor(213, 94, 0, 200))
        gradient.setColorAt(1.0, QColor(213, 94, 0, 0))
        painter.setBrush(gradient)
        painter.setPen(QPen(QColor(0, 0, 0, 0), 0))
        painter.drawRect(QRectF(0, 0, 200, 20))
        painter.end()
        return _pixels(image)[10]

    sliced, reference = draw(FadeSlicingPainter()), draw(QPainter())
    assert np.abs(sliced - reference).max() <= 3
    assert (sliced[:90] == sliced[0]).all() and sliced[-1].min() > 245
