"""File ▸ Export CSV, Export Picture and Print: what the timeline holds or shows, written out.

A failure says which file could not be written and why; the document is never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from timeline_app.core.events import Event
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_proxy import EventFilterProxy
from timeline_app.ui.event_table import plural
from timeline_app.ui.settings import Settings
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.user_messages import UserMessages


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

    def export_csv_dialog(self, *, only_filtered: bool = False) -> bool:
        from timeline_app.core.csv_format import export_csv

        events = self.filtered_events() if only_filtered else list(self._model.events())
        if not events:
            self._messages.information(
                self.tr("Nothing to Export"), self.tr("There are no events to export.")
            )
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
        self._settings.last_folder = str(target.parent)
        self._window.statusBar().showMessage(
            plural(
                len(events),
                self.tr("Exported {n} event to {name}"),
                self.tr("Exported {n} events to {name}"),
            ).replace("{name}", target.name),
            5000,
        )
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

    def print_timeline(self) -> None:
        """Print what the timeline shows, on one landscape page, after a preview."""
        from PySide6.QtGui import QPageLayout, QPainter
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self._display_name())

        def paint(device: QPrinter) -> None:
            area = device.pageRect(QPrinter.Unit.DevicePixel)
            width = 1600
            height = max(400, round(width * area.height() / max(area.width(), 1.0)))
            view = self.picture_view((width, height), whole=False)
            painter = QPainter(device)
            try:
                painter.setWindow(0, 0, width, height)
                view.paint_into(painter, float(width), float(height))
            finally:
                painter.end()
                view.deleteLater()

        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Print Timeline"))
        preview.paintRequested.connect(paint)
        if self._messages.interactive:
            preview.exec()

    def _cannot_write(self, target: Path, error: OSError) -> None:
        self._messages.error(
            self.tr("Cannot Export"),
            self.tr("“{name}” could not be written.").format(name=target.name),
            str(error.strerror or error),
        )
