"""Preferences: stored on OK only, and every one of them changes what the app does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from timeline_app.core.date_display import ISO, MONTH_FIRST
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Event
from timeline_app.ui import article_import
from timeline_app.ui.preferences import PreferencesDialog
from timeline_app.ui.settings import ASSUME_TODAY, LEAVE_UNKNOWN, Settings


def open_preferences(qtbot, window) -> PreferencesDialog:
    window.preferences_action.trigger()
    shown = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    assert len(shown) == 1  # a closed one may wait for deleteLater
    return shown[0]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def start_cell(window, event_id: str) -> str:
    row = window.model.row_of(event_id)
    return window.model.index(row, 1).data()


def test_the_dialog_shows_the_stored_settings(qtbot):
    settings = Settings()
    settings.date_style = ISO
    settings.dayfirst = True
    settings.missing_publication_date = LEAVE_UNKNOWN
    settings.autosave_seconds = 120
    settings.csv_bom = False
    settings.csv_neutralise = False
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.date_style.currentData() == ISO
    assert dialog.dayfirst.currentData() is True
    assert dialog.publication.currentData() == LEAVE_UNKNOWN
    assert dialog.autosave.value() == 120
    assert not dialog.csv_bom.isChecked() and not dialog.csv_neutralise.isChecked()
    assert not dialog.neutralise_warning.isHidden()


def test_defaults_and_cancel_changes_nothing(qtbot):
    settings = Settings()
    assert (
        settings.date_style,
        settings.dayfirst,
        settings.missing_publication_date,
        settings.autosave_seconds,
        settings.csv_bom,
        settings.csv_neutralise,
    ) == ("day-first", False, "ask", 30, True, True)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    choose(dialog.date_style, MONTH_FIRST)
    dialog.autosave.setValue(500)
    dialog.csv_bom.setChecked(False)
    dialog.reject()
    assert settings.date_style == "day-first" and settings.autosave_seconds == 30
    assert settings.csv_bom is True


def test_restore_defaults_fills_the_fields(qtbot):
    settings = Settings()
    settings.date_style = ISO
    settings.autosave_seconds = 300
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    assert dialog.date_style.currentData() == "day-first" and dialog.autosave.value() == 30
    assert settings.date_style == ISO  # stored only on OK
    dialog.accept()
    assert settings.date_style == "day-first" and settings.autosave_seconds == 30


def test_autosave_is_kept_within_5_seconds_and_10_minutes(qtbot):
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(1)
    assert dialog.autosave.value() == 5
    dialog.autosave.setValue(100000)
    assert dialog.autosave.value() == 600


def test_every_field_has_a_label_or_an_accessible_name(qtbot):
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (dialog.date_style, dialog.dayfirst, dialog.publication, dialog.autosave):
        assert field in buddies and field.accessibleName()


def test_month_first_and_iso_dates_in_the_table_and_details(qtbot, window, make_document):
    window.set_document(make_document(), None)
    assert start_cell(window, "canada") == "16 Jan 2022"
    dialog = open_preferences(qtbot, window)
    choose(dialog.date_style, MONTH_FIRST)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert Settings().date_style == MONTH_FIRST
    assert start_cell(window, "canada") == "Jan 16, 2022"
    assert start_cell(window, "crimea") == "2014"  # a year stays a year
    window.select_event("talks")
    assert "from January 10, 2022 to January 12, 2022" in window.details.text()
    window.select_event("volfovich")  # conflict link and article date follow the style too
    assert "January 16, 2022" in window.details.text()
    assert "January 18, 2022" in window.details.text()

    dialog = open_preferences(qtbot, window)
    choose(dialog.date_style, ISO)
    dialog.accept()
    assert start_cell(window, "canada") == "2022-01-16"
    assert "2022-01-18" in window.details.text()


def test_the_window_applies_autosave_and_dayfirst(qtbot, window):
    dialog = open_preferences(qtbot, window)
    dialog.autosave.setValue(90)
    choose(dialog.dayfirst, True)
    dialog.accept()
    assert window.autosaver._timer.interval() == 90_000
    assert window.dayfirst_action.isChecked()
    assert Settings().dayfirst is True


# --- CSV export -----------------------------------------------------------------------------


def export_csv(window, monkeypatch, target: Path, chosen: str = "") -> list:
    offered = []

    def save_name(*args, **kwargs):
        offered.append(args)
        return str(target), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert window.exports.export_csv_dialog()
    return offered


def formula_document(make_document):
    document = make_document()
    document.events.append(
        Event(id="formula", title='=HYPERLINK("http://x")', when=When(FuzzyDate(2022, 2, 1)))
    )
    return document


def test_csv_export_follows_the_bom_and_formula_preferences(
    qtbot, window, tmp_path, monkeypatch, make_document
):
    window.set_document(formula_document(make_document), None)
    target = tmp_path / "out.csv"
    offered = export_csv(window, monkeypatch, target)
    assert offered[0][-1] == "CSV for Excel, with BOM (*.csv)"  # preselected by default
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")

    settings = Settings()
    settings.csv_bom = False
    settings.csv_neutralise = False
    offered = export_csv(window, monkeypatch, target)
    assert offered[0][-1] == "CSV (*.csv)"
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert '=HYPERLINK("http://x")' in set(frame["title"])


def test_the_chosen_file_type_wins_over_the_preference(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "plain.csv"
    export_csv(window, monkeypatch, target, chosen="CSV (*.csv)")
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")


# --- articles without a publication date ----------------------------------------------------


@pytest.mark.parametrize(("default", "dated"), [(ASSUME_TODAY, True), (LEAVE_UNKNOWN, False)])
def test_the_publication_date_default_answers_without_asking(
    qtbot, window, tmp_path, default, dated
):
    # "Today" is read as the test runs, and either side of a midnight it may cross.
    days = {dt.date.today()}
    Settings().missing_publication_date = default
    # No dialog opens: conftest's stand-in would fail the test if one did.
    undated = tmp_path / "a.txt"
    undated.write_text("Strike talks resume\n\nTalks resumed on Monday.", encoding="utf-8")
    assert window.open_file(undated)
    [opened] = window.articles.queued_articles()
    article = Article(id="x", title="Pasted", text="Talks resumed on Monday.")
    pasted = article_import.with_publication_date(window, article).published
    days.add(dt.date.today())
    if dated:
        assert opened.published in days and pasted in days
    else:
        assert opened.published is None and pasted is None


def test_pasting_an_article_uses_the_default(qtbot, window):
    Settings().missing_publication_date = ASSUME_TODAY
    QApplication.clipboard().setText("Strike talks resume\n\nTalks resumed on Monday.")
    reviewed = []
    window.articles.review_articles = reviewed.extend
    days = {dt.date.today()}
    window.files.paste_article()
    days.add(dt.date.today())
    assert reviewed and reviewed[0].published in days


def test_ask_is_the_default(qtbot, window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(
        article_import,
        "ask_publication_date",
        lambda parent, article: asked.append(article) or dt.date(2022, 1, 18),
    )
    article = Article(id="x", title="Pasted", text="Talks resumed on Monday.")
    assert article_import.with_publication_date(window, article).published == dt.date(2022, 1, 18)
    assert asked


# --- About ----------------------------------------------------------------------------------


def test_about_names_the_version_and_every_licence(qtbot, window):
    from timeline_app import __version__

    box = window.show_about()
    text = box.text() + box.informativeText()
    assert __version__ in text
    assert "GNU General Public License, version 3 or later" in text
    for name, licence in [
        ("Qt", "LGPLv3"),
        ("PySide6", "LGPLv3"),
        ("pandas", "BSD-3"),
        ("NumPy", "BSD-3"),
        ("python-dateutil", "Apache-2.0"),
        ("orjson", "MIT"),
        ("Python", "PSF"),
    ]:
        assert name in text and licence in text
    assert text.count("href='https://") >= 8
    box.close()


@pytest.mark.parametrize(
    ("stored", "seconds"),
    [("soon", 30), ("100000", 600), ("2", 5), ("45", 45), (float("inf"), 30), ([1, 2], 30)],
)
def test_an_autosave_interval_edited_by_hand_is_read_safely(tmp_path, stored, seconds):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("files/autosaveSeconds", stored)
    assert Settings(store).autosave_seconds == seconds
