"""File ▸ Export ▸ Custody Log…: every source of the timeline with its capture record and the
file beside the document that holds its captured bytes, as CSV or JSON.

The log names each capture by its place beside the document, so a timeline holding captures
is saved first; the document is never changed by an export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from timeline_app.core.custody_log import export_custody_csv, export_custody_json
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import plural
from timeline_app.ui.export_actions import safe_file_name
from timeline_app.ui.settings import Settings
from timeline_app.ui.user_messages import UserMessages


class CustodyExport(QObject):
    def __init__(
        self,
        window: QMainWindow,
        *,
        model: EventModel,
        settings: Settings,
        messages: UserMessages,
        document_path: Callable[[], Path | None],
        display_name: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self._settings = settings
        self._messages = messages
        self._document_path = document_path
        self._display_name = display_name

    def export_dialog(self) -> bool:
        articles = list(self._model.document.sources.values())
        if not articles:
            self._messages.information(
                self.tr("Nothing to Export"),
                self.tr("This timeline has no sources: there is no custody to log."),
            )
            return False
        document_path = self._document_path()
        if document_path is None and any(a.sha256 for a in articles):
            self._messages.information(
                self.tr("Save the Timeline First"),
                self.tr(
                    "The custody log names the file beside the timeline that holds each "
                    "captured source: save the timeline (File ▸ Save), then export its log."
                ),
            )
            return False
        folder = Path(self._settings.last_folder or Path.home())
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Custody Log"),
            str(folder / (safe_file_name(self._display_name()) + " (custody log).csv")),
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json" if "json" in chosen.lower() else ".csv")
        anchor = document_path or Path(safe_file_name(self._display_name()))
        try:
            if target.suffix.lower() == ".json":
                export_custody_json(articles, target, anchor)
            else:
                export_custody_csv(
                    articles,
                    target,
                    anchor,
                    neutralise_formulas=self._settings.csv_neutralise,
                )
        except OSError as error:
            self._messages.error(
                self.tr("Cannot Export"),
                self.tr("“{name}” could not be written.").format(name=target.name),
                str(error.strerror or error),
            )
            return False
        self._settings.last_folder = str(target.parent)
        self._window.statusBar().showMessage(
            plural(
                len(articles),
                self.tr("Wrote the custody of {n} source to {name}"),
                self.tr("Wrote the custody of {n} sources to {name}"),
            ).replace("{name}", target.name),
            5000,
        )
        return True
