"""The dialog to add or edit an event, and the small dialog asking when an article appeared.

Dates are typed as free text ("Dec 31 2021", "2014", "1-3 March 2022", "mid-January 2022",
"since 2015", "last Tuesday") and read by the app's one date reader (``core.date_reader``),
relative dates counting from today; under each field the dialog says at once how it read the
text, or why it could not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.date_reader import read_when
from timeline_app.core.dates import DateError, FuzzyDate, When
from timeline_app.core.event_kinds import KINDS
from timeline_app.core.events import Event, Origin, new_id
from timeline_app.ui.settings import Settings

_OK_STYLE = "color: palette(text);"
_HINT_STYLE = "color: palette(placeholder-text);"
_ERROR_STYLE = "color: #b3261e;"


class DateField(QWidget):
    """A line edit for a typed date with a line beneath saying how it was understood."""

    textChanged = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.feedback)
        self.edit.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def show_understood(self, text: str) -> None:
        self._show("→ " + text, _OK_STYLE)

    def show_hint(self, text: str) -> None:
        self._show(text, _HINT_STYLE)

    def show_error(self, text: str) -> None:
        self._show("✗ " + text, _ERROR_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style)
        self.feedback.setAccessibleDescription(text)


def describe_with_precision(when: When) -> str:
    """ "31 December 2021, day precision"; "from 2015, ongoing (year precision)"."""
    precision = when.start.precision.label
    if when.is_range:
        return f"{when.describe()} ({precision} precision)"
    return f"{when.describe()}, {precision} precision"


def date_text(date: FuzzyDate) -> str:
    """A date as the text a person would type back into a date field. Years before 1000 are
    written as EDTF ("0033-03"): "Mar 33" would not read back as the year 33."""
    return date.to_edtf() if date.year < 1000 else date.short_label()


def category_choices(document_categories: Iterable[str]) -> list[str]:
    """The categories a document uses, in their spelling, and the extractor's kinds, sorted:
    an older document's "military" and a user's own categories stay choices beside the kinds."""
    choices: dict[str, str] = {}
    for category in (*document_categories, *KINDS):
        if category.strip():
            choices.setdefault(category.strip().casefold(), category.strip())
    return sorted(choices.values(), key=str.casefold)


class EventEditor(QDialog):
    """Add or edit one event. ``event()`` is the result once the dialog is accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        event: Event | None = None,
        start: FuzzyDate | None = None,
        categories: Iterable[str] = (),
        settings: Settings | None = None,
        today: dt.date | None = None,
        published: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = event
        self._today = today
        # An event from an article under review: "last Tuesday" is the article's, counted
        # from the day it was published, as the extractor counts it.
        self._published = published
        self._settings = settings or Settings()
        self._when: When | None = None
        self._ongoing_from_text = False
        self.setWindowTitle(self.tr("Edit Event") if event else self.tr("Add Event"))
        self.setMinimumWidth(520)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.start_field = DateField(
            self.tr("e.g. 31 Dec 2021, 1-3 March 2022, March 2014, since 2015, last Tuesday")
        )
        self.start_field.edit.setAccessibleName(self.tr("Start date"))
        self.ongoing_check = QCheckBox(self.tr("Still ongoing"), self)
        self.end_field = DateField(self.tr("Optional: when it ended"))
        self.end_field.edit.setAccessibleName(self.tr("End date"))
        self.category_combo = QComboBox(self)
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_combo.addItems(category_choices(categories))
        self.category_combo.setCurrentText("")
        category_line = self.category_combo.lineEdit()
        assert category_line is not None  # the combo box is editable
        category_line.setPlaceholderText(self.tr("e.g. protest, diplomacy"))
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.actors_edit = QLineEdit(self)
        self.actors_edit.setPlaceholderText(self.tr("Comma-separated, e.g. Russia, NATO"))
        self.actors_edit.setAccessibleName(self.tr("Actors"))
        self.location_edit = QLineEdit(self)
        self.location_edit.setPlaceholderText(self.tr("e.g. Kyiv"))
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setFixedHeight(90)
        self.dayfirst_check = QCheckBox(self.tr("Read 03/04/2021 as 3 April (day first)"), self)
        self.dayfirst_check.setChecked(self._settings.dayfirst)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(_ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if event is None:
            self.ok_button.setText(self.tr("Add Event"))

        start_row = QHBoxLayout()
        start_row.addWidget(self.start_field, 1)
        start_row.addWidget(self.ongoing_check, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Title:"), self.title_edit, self.title_edit),
            (self.tr("&Start:"), start_row, self.start_field.edit),
            (self.tr("&End:"), self.end_field, self.end_field.edit),
            (self.tr("&Category:"), self.category_combo, self.category_combo),
            (self.tr("&Actors:"), self.actors_edit, self.actors_edit),
            (self.tr("&Location:"), self.location_edit, self.location_edit),
            (self.tr("&Description:"), self.description_edit, self.description_edit),
        )
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", self.dayfirst_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        # The date fields join the dialog through the layout, after the widgets made with it
        # as parent: without this, Tab went from the title to the check box and the dates last.
        chain = [
            self.title_edit,
            self.start_field.edit,
            self.ongoing_check,
            self.end_field.edit,
            self.category_combo,
            self.actors_edit,
            self.location_edit,
            self.description_edit,
            self.dayfirst_check,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._validate)
        self.start_field.textChanged.connect(self._validate)
        self.end_field.textChanged.connect(self._validate)
        self.ongoing_check.toggled.connect(self._validate)
        self.dayfirst_check.toggled.connect(self._dayfirst_toggled)

        if event is not None:
            self._fill(event)
        elif start is not None:
            self.start_field.setText(date_text(start))
        self._validate()
        self.title_edit.setFocus()

    # --- filling and reading ---------------------------------------------------------------

    def _fill(self, event: Event) -> None:
        when = event.when
        self.title_edit.setText(event.title)
        self.start_field.setText(date_text(when.start))
        self.ongoing_check.setChecked(when.ongoing)
        self.end_field.setText(date_text(when.end) if when.end else "")
        self.category_combo.setCurrentText(event.category)
        self.actors_edit.setText(", ".join(event.actors))
        self.location_edit.setText(event.location)
        self.description_edit.setPlainText(event.description)

    def when(self) -> When | None:
        """The dates as understood, or None while they are not valid."""
        return self._when

    def to_event(self) -> Event:
        """The new or edited event (same id as the one edited)."""
        if self._when is None or not self.title_edit.text().strip():
            raise ValueError("the editor does not hold a valid event")
        title = " ".join(self.title_edit.text().split())
        description = self.description_edit.toPlainText().strip()
        category = self.category_combo.currentText().strip()
        actors = tuple(a.strip() for a in self.actors_edit.text().split(",") if a.strip())
        location = self.location_edit.text().strip()
        if self._original is not None:
            return dataclasses.replace(
                self._original,
                title=title,
                when=self._when,
                description=description,
                category=category,
                actors=actors,
                location=location,
            )
        return Event(
            id=new_id(),
            title=title,
            when=self._when,
            description=description,
            category=category,
            actors=actors,
            location=location,
            origin=Origin.MANUAL,
        )

    # --- validation --------------------------------------------------------------------------

    def _dayfirst_toggled(self, checked: bool) -> None:
        self._settings.dayfirst = checked
        self._validate()

    def _validate(self) -> None:
        self._when = self._read_when()
        problems = []
        if not self.title_edit.text().strip():
            problems.append(self.tr("A title is required."))
        if self._when is None:
            problems.append(self.tr("The dates need fixing (see above)."))
        self.problem_label.setText(" ".join(problems))
        self.problem_label.setVisible(bool(problems) and self._touched())
        self.ok_button.setEnabled(not problems)

    def _touched(self) -> bool:
        # Complaining about an empty form the user has not started on is noise.
        return bool(self.title_edit.text() or self.start_field.text() or self.end_field.text())

    def _read_when(self) -> When | None:
        dayfirst = self.dayfirst_check.isChecked()
        start_text = self.start_field.text().strip()
        end_text = self.end_field.text().strip()
        start = None
        if not start_text:
            self.start_field.show_hint(
                self.tr(
                    "Type a date: 2014, March 2014, 31 Dec 2021, 1-3 March 2022, Q1 2022, "
                    "since 2015, last Tuesday"
                )
            )
        else:
            try:
                start = read_when(start_text, dayfirst=dayfirst, anchor=self._anchor())
            except DateError as error:
                self.start_field.show_error(str(error))
        self._sync_ongoing(start is not None and start.ongoing)
        ongoing = self.ongoing_check.isChecked()
        self.end_field.setEnabled(not ongoing)
        end = None
        if ongoing:
            self.end_field.show_hint(self.tr("No end: it is still going on"))
        elif not end_text:
            self.end_field.show_hint(self.tr("Empty: a single date, not a range"))
        else:
            try:
                read = read_when(end_text, dayfirst=dayfirst, anchor=self._anchor())
                if read.ongoing:
                    raise DateError(self.tr("an end cannot still be going on"))
            except DateError as error:
                self.end_field.show_error(str(error))
                return None
            # "Q1 2022" or "the 1990s" as the end: the range ends where that span ends
            end = read.end or read.start
        if start is None:
            return None
        if start.end is not None and (end is not None or ongoing):
            self.start_field.show_error(
                self.tr("this is already a range; type only the start here")
            )
            return None
        try:
            when = start if start.end is not None else When(start.start, end, ongoing=ongoing)
        except DateError as error:
            self.start_field.show_understood(describe_with_precision(When(start.start)))
            self.end_field.show_error(str(error))
            return None
        self.start_field.show_understood(
            describe_with_precision(when) + self._counted(start_text, dayfirst)
        )
        if end is not None:
            self.end_field.show_understood(
                describe_with_precision(When(end)) + self._counted(end_text, dayfirst)
            )
        return when

    def _counted(self, text: str, dayfirst: bool) -> str:
        """ "; counted from today, 10 March 2022" when the reading needed today's date: the
        person sees what "last Tuesday" was counted from."""
        try:
            read_when(text, dayfirst=dayfirst)
        except DateError:
            anchor = FuzzyDate.of(self._anchor()).describe()
            if self._published is not None:
                return self.tr("; counted from the article's date, {date}").format(date=anchor)
            return self.tr("; counted from today, {date}").format(date=anchor)
        return ""

    def _anchor(self) -> dt.date:
        """The day "last Tuesday" or "three weeks ago" count from: the article's publication
        date for an event under review, else today, read afresh so a dialog left open over
        midnight does not count from yesterday."""
        return self._published or self._today or dt.date.today()

    def _sync_ongoing(self, from_text: bool) -> None:
        """ "since 2015" in the start ticks Ongoing; removing it un-ticks what it ticked."""
        self.ongoing_check.blockSignals(True)
        if from_text:
            self.ongoing_check.setChecked(True)
        elif self._ongoing_from_text:
            self.ongoing_check.setChecked(False)
        self.ongoing_check.blockSignals(False)
        self.ongoing_check.setEnabled(not from_text)
        self._ongoing_from_text = from_text
