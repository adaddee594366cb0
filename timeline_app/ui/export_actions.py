"""File ▸ Export (CSV, TimelineJS, Picture) and Print: what the timeline holds or shows, written out.

A failure says which file could not be written and why; the document is never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from timeline_app.core.events import Event
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_proxy import EventFilterProxy
from timeline_app.ui.event_table import plural
from timeline_app.ui.settings import Settings
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.user_messages import UserMessages

if TYPE_CHECKING:  # printing loads only when asked for
    from PySide6.QtPrintSupport import QPrinter


def safe_file_name(name: str) -> str:
    """``name`` made fit to suggest as a file name on every platform."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(". ")
    return cleaned[:80] or "Untitled"


class ExportActions(QObject):
    """The exports of one window's timeline."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        model: EventModel,
        proxy: EventFilterProxy,
        selection: QItemSelectionModel,
        view: TimelineView,
        settings: Settings,
        messages: UserMessages,
        display_name: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model, self._proxy, self._selection, self._view = model, proxy, selection, view
        self._settings = settings
        self._messages = messages
        self._display_name = display_name

    def filtered_events(self) -> list[Event]:
        """The events the table shows, in its order."""
        source = self._proxy.mapToSource
        return [
            self._model.event_at(source(self._proxy.index(row, 0)).row())
            for row in range(self._proxy.rowCount())
        ]

    def _any_to_export(self, events: list[Event]) -> bool:
        """Whether there is anything to export; says so when there is not."""
        if not events:
            self._messages.information(
                self.tr("Nothing to Export"), self.tr("There are no events to export.")
            )
        return bool(events)

    def _exported(self, count: int, target: Path) -> None:
        """Remember the folder and say what was written."""
        self._settings.last_folder = str(target.parent)
        self._window.statusBar().showMessage(
            plural(
                count,
                self.tr("Exported {n} event to {name}"),
                self.tr("Exported {n} events to {name}"),
            ).replace("{name}", target.name),
            5000,
        )

    def export_csv_dialog(self, *, only_filtered: bool = False) -> bool:
        from timeline_app.core.csv_format import export_csv

        events = self.filtered_events() if only_filtered else list(self._model.events())
        if not self._any_to_export(events):
            return False
        folder = Path(self._settings.last_folder or Path.home())
        name = (
            safe_file_name(self._display_name())
            + (self.tr(" (filtered)") if only_filtered else "")
            + ".csv"
        )
        plain, excel = self.tr("CSV (*.csv)"), self.tr("CSV for Excel, with BOM (*.csv)")
        # The Preferences choose which of the two is offered first.
        preferred = excel if self._settings.csv_bom else plain
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            plural(
                len(events), self.tr("Export {n} Event as CSV"), self.tr("Export {n} Events as CSV")
            ),
            str(folder / name),
            f"{plain};;{excel}",
            preferred,
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv")
        try:
            export_csv(
                events,
                target,
                sources=self._model.document.sources,
                bom=(chosen or preferred) == excel,
                neutralise_formulas=self._settings.csv_neutralise,
            )
        except OSError as error:
            self._cannot_write(target, error)
            return False
        self._exported(len(events), target)
        return True

    def export_timelinejs_dialog(self, fmt: str) -> bool:
        """Write every event as a Knight Lab TimelineJS sheet (``fmt`` "csv") or JSON ("json")."""
        from timeline_app.core.timelinejs import export_timelinejs_csv, export_timelinejs_json

        events = list(self._model.events())
        if not self._any_to_export(events):
            return False
        folder = Path(self._settings.last_folder or Path.home())
        if fmt == "json":
            caption, suffix = self.tr("Export as TimelineJS JSON"), ".json"
            name_filter = self.tr("TimelineJS JSON (*.json)")
        else:
            caption, suffix = self.tr("Export as TimelineJS Sheet"), ".csv"
            name_filter = self.tr("TimelineJS sheet, CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            caption,
            str(folder / (safe_file_name(self._display_name()) + " (TimelineJS)" + suffix)),
            name_filter,
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(suffix)
        document = self._model.document
        try:
            if fmt == "json":
                export_timelinejs_json(
                    events, target, title=document.title, sources=document.sources
                )
            else:
                export_timelinejs_csv(
                    events,
                    target,
                    sources=document.sources,
                    title=document.title,
                    neutralise_formulas=self._settings.csv_neutralise,
                )
        except OSError as error:
            self._cannot_write(target, error)
            return False
        self._exported(len(events), target)
        return True

    def export_xlsx_dialog(self) -> bool:
        """Write every event as an Excel workbook: real, sortable date cells beside the EDTF."""
        from timeline_app.core.xlsx_format import export_xlsx

        events = list(self._model.events())
        if not self._any_to_export(events):
            return False
        folder = Path(self._settings.last_folder or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            plural(
                len(events),
                self.tr("Export {n} Event as an Excel Workbook"),
                self.tr("Export {n} Events as an Excel Workbook"),
            ),
            str(folder / (safe_file_name(self._display_name()) + ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        document = self._model.document
        try:
            export_xlsx(events, target, sources=document.sources, title=document.title)
        except OSError as error:
            self._cannot_write(target, error)
            return False
        self._exported(len(events), target)
        return True

    def export_picture_dialog(self) -> bool:
        """Ask what to draw and where, then write a PNG, SVG or PDF of the timeline."""
        from timeline_app.ui.picture_export import PictureOptionsDialog, export_view

        options = PictureOptionsDialog(self._window, self._view.size())
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        folder = Path(self._settings.last_folder or Path.home())
        filters = {
            self.tr("PNG image (*.png)"): "png",
            self.tr("SVG drawing (*.svg)"): "svg",
            self.tr("PDF document (*.pdf)"): "pdf",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Picture"),
            str(folder / (safe_file_name(self._display_name()) + ".png")),
            ";;".join(filters),
        )
        if not path:
            return False
        target = Path(path)
        fmt = {".png": "png", ".svg": "svg", ".pdf": "pdf"}.get(target.suffix.lower())
        if fmt is None:
            fmt = filters.get(chosen, "png")
            target = target.with_name(target.name + "." + fmt)
        view = self.picture_view(options.picture_size(), options.whole_timeline())
        try:
            export_view(
                view,
                target,
                fmt,
                options.picture_size(),
                title=self._model.document.title,
                dpi=options.dpi(),
            )
        except OSError as error:
            self._cannot_write(target, error)
            return False
        finally:
            view.deleteLater()
        self._settings.last_folder = str(target.parent)
        self._window.statusBar().showMessage(self.tr("Saved {name}").format(name=target.name), 5000)
        return True

    def picture_view(self, size: tuple[int, int], whole: bool) -> TimelineView:
        """A canvas of the picture's size showing what this one shows, or everything."""
        view = TimelineView(self._model, self._selection)
        view.resize(*size)
        view.set_grouping(self._settings.grouping)
        view.set_match_mask(self._proxy.mask())
        if whole:
            view.fit_all()
        else:
            view.set_visible_range(*self._view.visible_range())
        return view

    def printer(self) -> QPrinter:
        """A landscape printer that draws at the resolution the canvas measures its text at.

        The canvas sizes its fonts in points and measures labels with the screen's metrics; a
        printer at its own 600 or 1200 dpi would turn every point into ten times the pixels
        the layout planned for. At the screen's resolution the page is drawn like a PDF export
        of the page's size: text at its point size, lines and text still vectors.
        """
        from PySide6.QtGui import QGuiApplication, QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        screens = QGuiApplication.screens()  # the primary one first; none on some servers
        printer.setResolution(round(screens[0].logicalDotsPerInchY()) if screens else 96)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self._display_name())
        return printer

    def paint_page(self, printer: QPrinter) -> None:
        """Draw what the timeline shows on one page of ``printer``, filling its printable area."""
        from PySide6.QtPrintSupport import QPrinter

        from timeline_app.ui.pdf_painter import FadeSlicingPainter

        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = max(200, round(area.width())), max(150, round(area.height()))
        view = self.picture_view((width, height), whole=False)
        # Printing to PDF (and many printer drivers) draws alpha gradients opaque, as the PDF
        # export does: ongoing ranges fade out in flat slices there too.
        painter = FadeSlicingPainter()
        if not painter.begin(printer):
            view.deleteLater()
            return
        try:
            painter.setWindow(0, 0, width, height)
            view.paint_into(painter, float(width), float(height))
        finally:
            painter.end()
            view.deleteLater()

    def print_timeline(self) -> None:
        """Print what the timeline shows, on one landscape page, after a preview."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.printer()  # held here: the dialog does not own it
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Print Timeline"))
        preview.paintRequested.connect(self.paint_page)
        if self._messages.interactive:
            preview.exec()

    def _cannot_write(self, target: Path, error: OSError) -> None:
        self._messages.error(
            self.tr("Cannot Export"),
            self.tr("“{name}” could not be written.").format(name=target.name),
            str(error.strerror or error),
        )
