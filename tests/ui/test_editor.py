"""The event editor: says at once how it read each date, and refuses what is not an event."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.event_kinds import KINDS
from timeline_app.core.events import Event, Origin
from timeline_app.ui.article_import import ArticleDateDialog
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.settings import Settings


def make_editor(qtbot, **kwargs) -> EventEditor:
    editor = EventEditor(**kwargs)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_typing_a_date_shows_how_it_was_understood(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.start_field.edit, "Dec 31 2021")
    assert editor.start_field.feedback.text() == "→ 31 December 2021, day precision"
    type_into(qtbot, editor.start_field.edit, "2014")
    assert editor.start_field.feedback.text() == "→ the year 2014, year precision"
    type_into(qtbot, editor.start_field.edit, "mid-January 2022")
    assert editor.start_field.feedback.text() == "→ about January 2022, month precision"


def test_a_date_that_cannot_be_read_says_why_and_ok_stays_disabled(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.title_edit, "Something")
    type_into(qtbot, editor.start_field.edit, "2022-02-30")
    assert editor.start_field.feedback.text() == "✗ February 2022 has no day 30"
    type_into(qtbot, editor.start_field.edit, "next blursday")
    assert editor.start_field.feedback.text().startswith('✗ "next blursday"')
    assert not editor.ok_button.isEnabled()
    type_into(qtbot, editor.start_field.edit, "Feb 28 2022")
    assert editor.ok_button.isEnabled()


def test_since_in_the_start_makes_it_ongoing_and_unticks_when_removed(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.title_edit, "British troops in Ukraine")
    type_into(qtbot, editor.start_field.edit, "since 2015")
    assert editor.ongoing_check.isChecked() and not editor.end_field.isEnabled()
    assert "from 2015, ongoing" in editor.start_field.feedback.text()
    assert editor.to_event().when == When(FuzzyDate(2015), ongoing=True)
    type_into(qtbot, editor.start_field.edit, "2015")
    assert not editor.ongoing_check.isChecked() and editor.end_field.isEnabled()


def test_the_ongoing_box_makes_a_range_without_end(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.title_edit, "Troops on the border")
    type_into(qtbot, editor.start_field.edit, "November 2021")
    editor.ongoing_check.click()
    assert editor.to_event().when == When(FuzzyDate(2021, 11), ongoing=True)


def test_an_end_before_the_start_is_refused(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.title_edit, "Talks")
    type_into(qtbot, editor.start_field.edit, "Jan 12 2022")
    type_into(qtbot, editor.end_field.edit, "Jan 10 2022")
    assert not editor.ok_button.isEnabled()
    assert "is before the start" in editor.end_field.feedback.text()
    assert editor.end_field.feedback.text().startswith("✗")
    type_into(qtbot, editor.end_field.edit, "Jan 14 2022")
    assert editor.ok_button.isEnabled()
    assert editor.to_event().when == When(FuzzyDate(2022, 1, 12), FuzzyDate(2022, 1, 14))


def test_an_empty_title_is_refused(qtbot):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.start_field.edit, "2014")
    assert not editor.ok_button.isEnabled()
    assert "title is required" in editor.problem_label.text()
    type_into(qtbot, editor.title_edit, "   ")
    assert not editor.ok_button.isEnabled()
    type_into(qtbot, editor.title_edit, "Crimea")
    assert editor.ok_button.isEnabled()


def test_a_new_event_takes_every_field(qtbot):
    editor = make_editor(qtbot, categories=["military", "diplomacy", "", "Cyber"])
    choices = [editor.category_combo.itemText(i) for i in range(editor.category_combo.count())]
    # The document's own categories (an older document's "military" too) beside the kinds
    # the extractor writes, once each, in alphabetical order.
    assert choices == sorted(choices, key=str.casefold)
    assert set(choices) == {"military", "Cyber", *KINDS}
    assert len(choices) == len(set(choices))
    type_into(qtbot, editor.title_edit, "  Geneva   talks ")
    type_into(qtbot, editor.start_field.edit, "2022-01-10")
    editor.category_combo.setCurrentText("diplomacy")
    type_into(qtbot, editor.actors_edit, "United States, Russia, ")
    type_into(qtbot, editor.location_edit, "Geneva")
    qtbot.keyClicks(editor.description_edit, "Strategic stability dialogue.")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.result() == EventEditor.DialogCode.Accepted
    event = editor.to_event()
    assert event.title == "Geneva talks"
    assert event.when == When(FuzzyDate(2022, 1, 10))
    assert event.category == "diplomacy"
    assert event.actors == ("United States", "Russia")
    assert event.location == "Geneva"
    assert event.description == "Strategic stability dialogue."
    assert event.origin is Origin.MANUAL and event.id


def test_editing_keeps_the_id_sources_and_origin(qtbot, make_document):
    original = make_document().events[0]
    editor = make_editor(qtbot, event=original)
    assert editor.windowTitle() == "Edit Event"
    assert editor.title_edit.text() == original.title
    assert editor.start_field.text() == "2014"
    assert editor.actors_edit.text() == "Russia, Ukraine"
    type_into(qtbot, editor.start_field.edit, "February 2014")
    edited = editor.to_event()
    assert edited.id == original.id and edited.sources == original.sources
    assert edited.origin is original.origin
    assert edited.when == When(FuzzyDate(2014, 2))


def test_prefilled_start_from_a_double_click(qtbot):
    editor = make_editor(qtbot, start=FuzzyDate(2018, 6, 3))
    assert editor.start_field.text() == "3 Jun 2018"
    assert "3 June 2018" in editor.start_field.feedback.text()
    assert not editor.ok_button.isEnabled()  # still needs a title


def test_day_first_setting_is_used_and_remembered(qtbot):
    Settings().dayfirst = True
    editor = make_editor(qtbot)
    assert editor.dayfirst_check.isChecked()
    type_into(qtbot, editor.start_field.edit, "03/04/2021")
    assert "3 April 2021" in editor.start_field.feedback.text()
    editor.dayfirst_check.click()
    assert "4 March 2021" in editor.start_field.feedback.text()
    assert Settings().dayfirst is False


def test_publication_date_dialog_wants_a_day(qtbot):
    dialog = ArticleDateDialog("news.txt")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.date_field.edit, "January 2022")
    assert not dialog.ok_button.isEnabled()
    assert "give the day" in dialog.date_field.feedback.text()
    dialog.date_field.edit.clear()
    qtbot.keyClicks(dialog.date_field.edit, "18 January 2022")
    assert dialog.ok_button.isEnabled()
    assert dialog.published() == dt.date(2022, 1, 18)
    dialog.skip_button.click()
    assert dialog.result() == ArticleDateDialog.DialogCode.Accepted
    assert dialog.published() is None


def test_tab_walks_the_fields_in_the_order_they_are_shown(qtbot):
    editor = make_editor(qtbot)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.title_edit.setFocus()
    seen = [editor.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        seen.append(editor.focusWidget())
    assert seen == [
        editor.title_edit,
        editor.start_field.edit,
        editor.ongoing_check,
        editor.end_field.edit,
        editor.category_combo,
        editor.actors_edit,
        editor.location_edit,
    ]


# --- issue 12: one reader for typed dates ---------------------------------------------------

THURSDAY = dt.date(2022, 3, 10)


def test_day_ranges_typed_in_the_editor_are_the_days_written(qtbot):
    editor = make_editor(qtbot, today=THURSDAY)
    type_into(qtbot, editor.title_edit, "Talks")
    three_days = When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 3, 3))
    understood = "→ from 1 March 2022 to 3 March 2022 (day precision)"
    for typed in ("1-3 March 2022", "March 1-3, 2022", "1 to 3 March 2022"):
        type_into(qtbot, editor.start_field.edit, typed)
        assert editor.start_field.feedback.text() == understood, typed
        assert editor.to_event().when == three_days
    # without a year, the year is this year's, and the editor says so
    type_into(qtbot, editor.start_field.edit, "from 1 to 3 March")
    assert editor.start_field.feedback.text() == (
        understood + "; counted from today, 10 March 2022"
    )
    assert editor.to_event().when == three_days


@pytest.mark.parametrize(
    ("typed", "understood", "when"),
    [
        (
            "last Tuesday",
            "8 March 2022, day precision; counted from today, 10 March 2022",
            When(FuzzyDate(2022, 3, 8)),
        ),
        (
            "yesterday",
            "9 March 2022, day precision; counted from today, 10 March 2022",
            When(FuzzyDate(2022, 3, 9)),
        ),
        (
            "spring 2022",
            "from about March 2022 to about May 2022 (month precision)",
            When(FuzzyDate(2022, 3, approximate=True), FuzzyDate(2022, 5, approximate=True)),
        ),
        (
            "Q1 2022",
            "from January 2022 to March 2022 (month precision)",
            When(FuzzyDate(2022, 1), FuzzyDate(2022, 3)),
        ),
        (
            "the first half of 2021",
            "from January 2021 to June 2021 (month precision)",
            When(FuzzyDate(2021, 1), FuzzyDate(2021, 6)),
        ),
        (
            "around 2015",
            "about the year 2015, year precision",
            When(FuzzyDate(2015, approximate=True)),
        ),
    ],
)
def test_what_the_editor_refused_before_is_read(qtbot, typed, understood, when):
    editor = make_editor(qtbot, today=THURSDAY)
    type_into(qtbot, editor.title_edit, "Something")
    type_into(qtbot, editor.start_field.edit, typed)
    assert editor.start_field.feedback.text() == "→ " + understood
    assert editor.ok_button.isEnabled()
    assert editor.to_event().when == when


def test_leftover_words_are_refused_naming_what_was_read(qtbot):
    editor = make_editor(qtbot, today=THURSDAY)
    type_into(qtbot, editor.title_edit, "Something")
    type_into(qtbot, editor.start_field.edit, "1 March 2022 blah")
    assert editor.start_field.feedback.text() == '✗ read "1 March 2022" but not "blah"'
    assert not editor.ok_button.isEnabled()


def test_an_end_typed_as_a_span_ends_where_the_span_ends(qtbot):
    editor = make_editor(qtbot, today=THURSDAY)
    type_into(qtbot, editor.title_edit, "Occupation")
    type_into(qtbot, editor.start_field.edit, "2014")
    type_into(qtbot, editor.end_field.edit, "Q1 2022")
    assert editor.to_event().when == When(FuzzyDate(2014), FuzzyDate(2022, 3))


def test_an_ancient_date_reads_back_as_it_was(qtbot):
    ancient = Event("a", "Crucifixion", When(FuzzyDate(33, 4), FuzzyDate(33, 4, 3)))
    editor = make_editor(qtbot, event=ancient)
    assert editor.start_field.text() == "0033-04"
    assert editor.to_event().when == ancient.when


def test_an_event_from_an_article_counts_relative_dates_from_its_publication(qtbot):
    editor = make_editor(qtbot, today=THURSDAY, published=dt.date(2022, 1, 18))
    type_into(qtbot, editor.title_edit, "Troops arrive")
    type_into(qtbot, editor.start_field.edit, "yesterday")
    assert editor.start_field.feedback.text() == (
        "→ 17 January 2022, day precision; counted from the article's date, 18 January 2022"
    )
    assert editor.to_event().when == When(FuzzyDate(2022, 1, 17))
