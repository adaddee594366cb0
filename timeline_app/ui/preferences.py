"""The Preferences dialog: how dates look and are read, articles without a date, autosave, CSV.

The dialog writes the settings only when accepted (OK); the main window then applies them
(``MainWindow.apply_preferences``). Cancel leaves every setting as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.date_display import DATE_STYLES, DAY_FIRST, format_date
from timeline_app.core.dates import FuzzyDate
from timeline_app.ui.settings import (
    ASK,
    ASSUME_TODAY,
    DEFAULT_AUTOSAVE_SECONDS,
    LEAVE_UNKNOWN,
    MAX_AUTOSAVE_SECONDS,
    MIN_AUTOSAVE_SECONDS,
    Settings,
)

_EXAMPLE = FuzzyDate(2021, 12, 31)  # a day that shows which number is the day


class PreferencesDialog(QDialog):
    """Edits ``settings`` (a ``Settings``); nothing is stored until OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")

        # --- dates
        self.date_style = QComboBox(self)
        names = {
            DAY_FIRST: self.tr("day first"),
            "month-first": self.tr("month first"),
            "iso": self.tr("ISO 8601"),
        }
        for style in DATE_STYLES:
            self.date_style.addItem(f"{format_date(_EXAMPLE, style)}  ({names[style]})", style)
        self.date_style.setAccessibleName(self.tr("Show dates as"))
        self.date_style.setToolTip(
            self.tr(
                "How the table and the details show dates. A year or a month alone is always "
                "shown alone (“2014”, “Dec 2021”)."
            )
        )
        self.dayfirst = QComboBox(self)
        self.dayfirst.addItem(self.tr("3 April 2021 (day first)"), True)
        self.dayfirst.addItem(self.tr("March 4, 2021 (month first)"), False)
        self.dayfirst.setAccessibleName(self.tr("Read 03/04/2021 as"))
        self.dayfirst.setToolTip(
            self.tr(
                "How dates typed or imported with numbers only are read. Dates with a month "
                "name or in ISO form (2021-04-03) are never ambiguous."
            )
        )
        dates = QGroupBox(self.tr("Dates"), self)
        dates_form = QFormLayout(dates)
        dates_form.addRow(self.tr("&Show dates as:"), self.date_style)
        dates_form.addRow(self.tr("&Read 03/04/2021 as:"), self.dayfirst)

        # --- articles
        self.publication = QComboBox(self)
        self.publication.addItem(self.tr("Ask me"), ASK)
        self.publication.addItem(self.tr("Assume it appeared today"), ASSUME_TODAY)
        self.publication.addItem(self.tr("Leave it unknown"), LEAVE_UNKNOWN)
        self.publication.setAccessibleName(self.tr("When an article has no publication date"))
        self.publication.setToolTip(
            self.tr(
                "Phrases such as “last week” are dated from the day an article appeared. Without "
                "that date they are left out; the Articles pane can give the date later."
            )
        )
        articles = QGroupBox(self.tr("Articles"), self)
        articles_form = QFormLayout(articles)
        articles_form.addRow(self.tr("&Without a publication date:"), self.publication)

        # --- saving
        self.autosave = QSpinBox(self)
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setAccessibleName(self.tr("Keep unsaved changes for recovery every"))
        self.autosave.setToolTip(
            self.tr(
                "How soon unsaved changes are kept in a recovery file, in case the app or the "
                "computer stops (5 seconds to 10 minutes). Your file is not overwritten."
            )
        )
        saving = QGroupBox(self.tr("Recovery"), self)
        saving_form = QFormLayout(saving)
        saving_form.addRow(self.tr("&Keep unsaved changes every:"), self.autosave)
        self.reopen_last = QCheckBox(self.tr("Reopen the &last timeline at launch"), self)
        self.reopen_last.setToolTip(
            self.tr(
                "Started without a file, the app opens the timeline you saved or opened last. "
                "Off: it starts with an empty timeline (Help ▸ Open Example shows the example)."
            )
        )
        saving_form.addRow(self.reopen_last)

        # --- CSV
        self.csv_bom = QCheckBox(self.tr("Start CSV files with a UTF-8 &BOM (for Excel)"), self)
        self.csv_bom.setToolTip(
            self.tr(
                "Excel needs the mark to read accented letters right; most other programs "
                "ignore it."
            )
        )
        self.csv_neutralise = QCheckBox(
            self.tr("&Neutralise cells a spreadsheet would run as formulas"), self
        )
        self.csv_neutralise.setToolTip(
            self.tr(
                "Cells that start with =, +, - or @ get a leading ' so that a spreadsheet shows "
                "them instead of running them. Turn off only for programs that are not "
                "spreadsheets."
            )
        )
        self.neutralise_warning = QLabel(
            self.tr(
                "⚠ Text from articles could then run as a formula when the file is opened in a "
                "spreadsheet."
            ),
            self,
        )
        self.neutralise_warning.setWordWrap(True)
        csv = QGroupBox(self.tr("CSV Export"), self)
        csv_layout = QVBoxLayout(csv)
        csv_layout.addWidget(self.csv_bom)
        csv_layout.addWidget(self.csv_neutralise)
        csv_layout.addWidget(self.neutralise_warning)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        self.csv_neutralise.toggled.connect(self._update_warning)

        layout = QVBoxLayout(self)
        for group in (dates, articles, saving, csv):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        s = self._settings
        self._choose(self.date_style, s.date_style)
        self._choose(self.dayfirst, s.dayfirst)
        self._choose(self.publication, s.missing_publication_date)
        self.autosave.setValue(s.autosave_seconds)
        self.reopen_last.setChecked(s.reopen_last)
        self.csv_bom.setChecked(s.csv_bom)
        self.csv_neutralise.setChecked(s.csv_neutralise)
        self._update_warning()

    def restore_defaults(self) -> None:
        """Put the defaults in the fields (stored only on OK)."""
        self._choose(self.date_style, DAY_FIRST)
        self._choose(self.dayfirst, False)
        self._choose(self.publication, ASK)
        self.autosave.setValue(DEFAULT_AUTOSAVE_SECONDS)
        self.reopen_last.setChecked(True)
        self.csv_bom.setChecked(True)
        self.csv_neutralise.setChecked(True)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _update_warning(self, *args: object) -> None:
        self.neutralise_warning.setVisible(not self.csv_neutralise.isChecked())

    def accept(self) -> None:
        """Store the choices, then close (the window applies them on ``accepted``)."""
        s = self._settings
        s.date_style = self.date_style.currentData()
        s.dayfirst = bool(self.dayfirst.currentData())
        s.missing_publication_date = self.publication.currentData()
        s.autosave_seconds = self.autosave.value()
        s.reopen_last = self.reopen_last.isChecked()
        s.csv_bom = self.csv_bom.isChecked()
        s.csv_neutralise = self.csv_neutralise.isChecked()
        s.sync()
        super().accept()
