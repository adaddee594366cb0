"""Printing: the page (and its preview) is drawn like the PDF export, text at its point size."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtPrintSupport import QPrinter


def test_printed_labels_take_the_room_the_canvas_measured_for_them(
    qtbot, window, tmp_path, monkeypatch
):
    """The canvas lays labels out with the screen's font metrics; on the printer's page the
    same font must be as many of the page's units tall, or the text (ten times larger at
    1200 dpi) overlaps everything in the preview."""
    printer = window.exports.printer()
    font = window.view.font()
    on_screen = QFontMetricsF(font).height()
    on_paper = QFontMetricsF(font, printer).height()
    assert abs(on_paper - on_screen) <= 0.1 * on_screen, (on_paper, on_screen)

    # The picture is laid out for the page's own size in those units, so nothing is scaled.
    drawn: list[tuple[float, float]] = []
    monkeypatch.setattr(
        type(window.view), "paint_into", lambda view, painter, w, h: drawn.append((w, h))
    )
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.exports.paint_page(printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    assert drawn == [(round(area.width()), round(area.height()))]
    assert (tmp_path / "printed.pdf").stat().st_size > 0
