"""Merging events by hand, splitting an event's sources, and setting its confidence: each one
undoable step, named on the Edit menu."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Attribution, Event, SourceRef


def dam_document() -> TimelineDocument:
    articles = {
        name: Article(name, title=f"{name} report", publisher=name, published=dt.date(2023, 6, 7))
        for name in ("Reuters", "AP", "AFP")
    }
    events = [
        Event(
            f"e{n}",
            title,
            When(FuzzyDate(2023, 6, day)),
            actors=("Ukraine",),
            sources=(
                SourceRef(
                    source_id=name,
                    name=name,
                    evidence=f"{title}, {name} said.",
                    start=0,
                    end=20,
                    attribution=Attribution.REPORTED,
                ),
            ),
        )
        for n, (title, day, name) in enumerate(
            [
                ("Nova Kakhovka dam destroyed", 6, "Reuters"),
                ("Dam at Nova Kakhovka breached", 6, "AP"),
                ("Kakhovka dam collapses", 7, "AFP"),
            ]
        )
    ]
    events.append(Event("other", "Counter-offensive begins", When(FuzzyDate(2023, 6, 8))))
    return TimelineDocument("Dam", events, articles)


def select(window, ids) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for event_id in ids:
        index = window.model.index(window.model.row_of(event_id), 0)
        selection.select(index, index)
    window.selection.select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_merge_three_events_then_undo_and_redo(window):
    window.set_document(dam_document(), None)
    select(window, ["e0", "e1", "e2"])
    assert window.merge_events_action.isEnabled()
    window.merge_events_action.trigger()
    merged = window.model.event_by_id("e0")
    assert [e.id for e in window.model.events()] == ["e0", "other"]
    assert [s.source_id for s in merged.sources] == ["Reuters", "AP", "AFP"]
    assert [s.when for s in merged.sources][-1] == When(FuzzyDate(2023, 6, 7))
    assert merged.conflict_note.startswith("Sources disagree on the date")
    assert merged.confidence == "F3"  # three independent outlets, but dates disagree
    assert window.undo_action.text() == "&Undo Merge 3 Events"
    window.undo_action.trigger()
    assert [e.id for e in window.model.events()] == ["e0", "e1", "e2", "other"]
    assert window.model.event_by_id("e0") == dam_document().events[0]
    window.redo_action.trigger()
    assert len(window.model.event_by_id("e0").sources) == 3


def test_split_sources_then_undo(window):
    window.set_document(dam_document(), None)
    select(window, ["e0", "e1", "e2"])
    window.merge_events_action.trigger()
    select(window, ["e0"])
    assert window.split_sources_action.isEnabled()
    window.split_sources_action.trigger()
    events = window.model.events()
    assert [len(e.sources) for e in events] == [1, 1, 1, 0]
    assert [e.sources[0].source_id for e in events[:3]] == ["Reuters", "AP", "AFP"]
    assert events[2].when == When(FuzzyDate(2023, 6, 7))  # dated by its own source
    assert events[2].id not in {"e1", "e2"} and events[0].id == "e0"
    assert window.undo_action.text().startswith("&Undo Split “Nova Kakhovka dam destroyed”")
    window.undo_action.trigger()
    assert [e.id for e in window.model.events()] == ["e0", "other"]
    assert len(window.model.event_by_id("e0").sources) == 3
    select(window, ["other"])
    assert not window.split_sources_action.isEnabled()


def test_confidence_set_by_hand_is_undoable_and_kept_through_a_merge(window, qtbot):
    window.set_document(dam_document(), None)
    window.settings.outlet_reliability = {"reuters": "B"}
    select(window, ["e0"])
    window.set_confidence_action.trigger()
    dialog = window.event_actions.current_dialog
    assert "B3" in dialog.suggestion.text()
    dialog.reliability.setCurrentIndex(dialog.reliability.findData("A"))
    dialog.credibility.setCurrentIndex(dialog.credibility.findData("2"))
    dialog.note.setText("confirmed by satellite imagery")
    dialog.accept()
    event = window.model.event_by_id("e0")
    assert (event.confidence, event.confidence_note, event.confidence_set_by_hand) == (
        "A2",
        "confirmed by satellite imagery",
        True,
    )
    assert window.undo_action.text() == "&Undo Set Confidence of “Nova Kakhovka dam destroyed”"
    select(window, ["e0", "e1"])
    window.merge_events_action.trigger()
    assert window.model.event_by_id("e0").confidence == "A2"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.model.event_by_id("e0").confidence == ""


def graded_document() -> TimelineDocument:
    document = dam_document()
    grades = {"e0": "B3", "e1": "F1", "e2": "", "other": "A5"}
    document.events = [
        dataclasses.replace(e, confidence=grades[e.id], confidence_note=f"note {e.id}")
        for e in document.events
    ]
    return document


def test_the_table_sorts_and_filters_by_confidence(window):
    from timeline_app.ui.event_model import Column

    window.set_document(graded_document(), None)
    window.proxy.sort(Column.CONFIDENCE, Qt.SortOrder.AscendingOrder)
    shown = [
        window.proxy.index(row, Column.CONFIDENCE).data() for row in range(window.proxy.rowCount())
    ]
    assert shown == ["F1", "B3", "A5", ""]  # surest first, the ungraded last
    tip = window.proxy.index(0, Column.CONFIDENCE).data(Qt.ItemDataRole.ToolTipRole)
    assert "confirmed by other sources" in tip and "note e1" in tip
    bar = window.filter_bar
    bar.confidence_combo.setCurrentIndex(bar.confidence_combo.findData(3))
    assert window.proxy.rowCount() == 2
    bar.clear()
    assert window.proxy.rowCount() == 4 and bar.confidence_combo.currentData() == 0


def test_the_canvas_outlines_a_confirmed_mark_firmly_and_a_doubtful_one_broken(qtbot):
    from PySide6.QtCore import QSize

    from tests.ui.test_timeline_view import make_view

    def drawn(grade: str):
        event = dataclasses.replace(dam_document().events[0], confidence=grade)
        view, _, _ = make_view(qtbot, [event], size=(500, 200))
        image = view.render_image(QSize(500, 200))
        rect = view.event_rect("e0")
        assert rect is not None
        marker = rect.toRect().adjusted(-12, -4, 12, 4)
        return image.copy(marker)

    firm, plain, broken, ungraded = (drawn(g) for g in ("F1", "B3", "A5", ""))
    assert firm != plain and broken != plain and firm != broken
    assert plain == ungraded  # one source, or nobody graded it: the usual edge


def test_the_detail_pane_lists_each_sources_reading_where_they_disagree(window):
    window.set_document(dam_document(), None)
    select(window, ["e0", "e1", "e2"])
    window.merge_events_action.trigger()
    select(window, ["e0"])
    text = window.details.browser.toPlainText()
    assert "3 independent sources" in text
    assert "Confidence: F3: reliability cannot be judged source, possibly true" in text
    assert "Sources disagree on the date: Reuters, AP 6 Jun 2023; AFP 7 Jun 2023" in text
    assert text.count("Its date: 6 June 2023") == 2
    assert "⚠ Its date: 7 June 2023" in text


def test_the_review_notes_say_what_a_new_article_adds_to_the_timeline(qtbot, window, tmp_path):
    from timeline_app.ui.review_list import ReviewColumn

    article = tmp_path / "talks.txt"
    article.write_text(
        "Border talks stall\n\nRussia invaded Crimea in 2014, officials said. On Monday the "
        "army moved troops to the border.",
        encoding="utf-8",
    )
    article.with_suffix(".json").write_text('{"published": "2022-01-18"}', encoding="utf-8")
    crimea = next(e for e in window.model.events() if e.title == "Russia invades Crimea")
    window.files.review_article_files([article])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 2, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.marks_pending())  # the marks follow the list
    notes = [
        panel.candidates.index(row, ReviewColumn.NOTES).data()
        for row in range(panel.candidates.rowCount())
    ]
    ordinal = ["second", "third", "fourth"][len({s.source_id for s in crimea.sources}) - 1]
    assert any(f"a {ordinal} source for “Russia invades Crimea”" in note for note in notes), notes
    assert sum("source for" in note for note in notes) == 1, notes


def test_rating_an_outlet_regrades_the_events_in_one_undo_step(window):
    window.set_document(dam_document(), None)
    select(window, ["e0"])
    window.outlet_reliability_action.trigger()
    dialog = window.event_actions.current_dialog
    dialog.set_rating("Reuters", "B")
    dialog.accept()
    assert window.settings.outlet_reliability == {"Reuters": "B"}
    assert [e.confidence for e in window.model.events()] == ["B3", "F3", "F3", "F6"]
    assert window.undo_action.text() == "&Undo Regrade 4 Events"
    window.undo_action.trigger()
    assert [e.confidence for e in window.model.events()] == ["", "", "", ""]


def test_accepting_a_second_source_adds_it_to_the_timelines_event(qtbot, window, tmp_path):
    from timeline_app.core.review import ReviewState

    article = tmp_path / "talks.txt"
    article.write_text(
        "Border talks stall\n\nRussia invaded Crimea in 2014, officials said. On Monday the "
        "army moved troops to the border.",
        encoding="utf-8",
    )
    article.with_suffix(".json").write_text('{"published": "2022-01-18"}', encoding="utf-8")
    crimea = next(e for e in window.model.events() if e.title == "Russia invades Crimea")
    before = window.model.rowCount()
    window.files.review_article_files([article])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 2, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.marks_pending())  # the marks follow the list
    rows = range(panel.candidates.rowCount())
    second = next(r for r in rows if panel.candidates.candidate(r).adds)
    panel.candidates.set_state(list(rows), ReviewState.ACCEPTED)
    panel.add_to_timeline()
    held = window.model.event_by_id(crimea.id)
    assert len(held.sources) == len(crimea.sources) + 1
    assert held.sources[-1].evidence.startswith("Russia invaded Crimea in 2014")
    assert window.model.rowCount() == before + len(rows) - 1  # the others are new events
    assert window.undo_action.text().startswith("&Undo Add 1 event and 1 source from")
    qtbot.waitUntil(lambda: not panel.marks_pending())
    assert panel.candidates.candidate(second).is_duplicate  # not offered a second time
    window.undo_action.trigger()
    assert window.model.event_by_id(crimea.id) == crimea
    assert window.model.rowCount() == before


def test_the_example_timeline_shows_a_grade_for_every_event(window):
    # Opened from one article, as a reviewed article's events are: one source, its outlet
    # not rated (F), a stated happening "possibly true" (3).
    from timeline_app.ui.event_model import Column

    proxy = window.proxy
    shown = [proxy.index(row, Column.CONFIDENCE).data() for row in range(proxy.rowCount())]
    assert shown and all(shown), shown
    stated = [e for e in window.model.document.events if e.attribution.value == "stated"]
    assert stated and {e.confidence for e in stated} == {"F3"}
