"""The events table: sorting, the filter bar, and its selection kept in step with the canvas."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.events import Event
from timeline_app.core.filtering import EventFilter
from timeline_app.ui.commands import AddEventsCommand, EditEventCommand
from timeline_app.ui.event_model import Column, EventModel
from timeline_app.ui.event_table import EventsPanel, SelectionSync


def ids(panel: EventsPanel) -> list[str]:
    proxy = panel.proxy
    return [
        panel.model.event_at(proxy.mapToSource(proxy.index(r, 0)).row()).id
        for r in range(proxy.rowCount())
    ]


def make_panel(qtbot, document):
    model = EventModel(document)
    panel = EventsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    return model, panel


def test_the_table_sorts_by_date_not_by_text_and_by_every_column(qtbot, document):
    model, panel = make_panel(qtbot, document)
    # "2014" < "2015" < "10 Jan 2022" by date, though not alphabetically.
    assert ids(panel) == ["crimea", "training", "talks", "canada", "volfovich"]
    panel.table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
    assert ids(panel)[0] == "volfovich"
    panel.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert ids(panel) == ["training", "canada", "talks", "crimea", "volfovich"]
    for column in Column:
        panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert sorted(ids(panel)) == sorted(e.id for e in document.events)


def test_the_search_box_filters_the_rows_as_you_type(qtbot, document, filter_settled):
    model, panel = make_panel(qtbot, document)
    qtbot.keyClicks(panel.filter_bar.search_edit, "ukrain")
    filter_settled(panel.filter_bar)
    # "Ukrainian" in a title, "Ukraine" among the actors or in a quote.
    assert ids(panel) == ["crimea", "training"]
    assert panel.filter_bar.count_label.text() == "2 of 5 events"
    qtbot.keyClicks(panel.filter_bar.search_edit, "ian forces")
    filter_settled(panel.filter_bar)
    assert ids(panel) == ["training"]
    panel.filter_bar.search_edit.clear()
    filter_settled(panel.filter_bar)
    assert len(ids(panel)) == 5
    assert panel.filter_bar.count_label.text() == "5 events"


def test_category_actor_and_date_range_filters(qtbot, document, filter_settled):
    model, panel = make_panel(qtbot, document)
    bar = panel.filter_bar
    categories = [bar.category_combo.itemText(i) for i in range(bar.category_combo.count())]
    assert categories == ["All categories", "diplomacy", "military"]
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("diplomacy"))
    assert sorted(ids(panel)) == ["canada", "talks"]
    bar.actor_combo.setCurrentIndex(bar.actor_combo.findData("Russia"))
    assert ids(panel) == ["talks"]
    bar.clear()
    qtbot.keyClicks(bar.from_edit, "Jan 15 2022")
    filter_settled(bar)
    assert ids(panel) == ["training", "canada", "volfovich"]
    qtbot.keyClicks(bar.to_edit, "2014")
    filter_settled(bar)
    assert ids(panel) == []
    bar.to_edit.clear()
    qtbot.keyClicks(bar.to_edit, "Jan 16 2022")
    filter_settled(bar)
    assert ids(panel) == ["training", "canada"]


def test_a_date_the_filter_cannot_read_is_marked_and_ignored(qtbot, document, filter_settled):
    model, panel = make_panel(qtbot, document)
    qtbot.keyClicks(panel.filter_bar.from_edit, "the day after")
    filter_settled(panel.filter_bar)
    assert (
        "not a date" in panel.filter_bar.from_edit.toolTip() or panel.filter_bar.from_edit.toolTip()
    )
    assert panel.filter_bar.from_edit.styleSheet()
    assert len(ids(panel)) == 5


def test_the_filter_follows_edits_and_new_events(qtbot, document, filter_settled):
    model, panel = make_panel(qtbot, document)
    masks = []
    panel.proxy.maskChanged.connect(masks.append)
    qtbot.keyClicks(panel.filter_bar.search_edit, "geneva")
    filter_settled(panel.filter_bar)
    assert ids(panel) == ["talks"]
    assert list(masks[-1]) == [False, False, False, False, True]
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    stack.push(AddEventsCommand(model, [Event("new", "Geneva summit", document.events[0].when)]))
    assert ids(panel) == ["new", "talks"]
    assert len(masks[-1]) == 6
    canada = model.event_by_id("canada")
    import dataclasses

    stack.push(EditEventCommand(model, dataclasses.replace(canada, title="Canada in Geneva")))
    assert sorted(ids(panel)) == ["canada", "new", "talks"]
    stack.undo()
    stack.undo()
    assert ids(panel) == ["talks"]
    panel.filter_bar.clear()
    assert masks[-1] is None


def test_table_and_shared_selection_stay_in_step(qtbot, document):
    model, panel = make_panel(qtbot, document)
    shared = QItemSelectionModel(model, panel)  # no parent crashes PySide6 6.12
    SelectionSync(panel.table, panel.proxy, shared, panel)
    # Shared (the canvas) -> table.
    shared.setCurrentIndex(
        model.index(model.row_of("talks"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table_rows = panel.table.selectionModel().selectedRows()
    assert [panel.proxy.mapToSource(i).row() for i in table_rows] == [model.row_of("talks")]
    # Table -> shared, with a click.
    row = ids(panel).index("crimea")
    rect = panel.table.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.row() for i in shared.selectedRows()] == [model.row_of("crimea")]
    assert shared.currentIndex().row() == model.row_of("crimea")
    # A filter that hides the selected event leaves it selected for the canvas.
    panel.proxy.set_filter(EventFilter(text="geneva"))
    assert [i.row() for i in shared.selectedRows()] == [model.row_of("crimea")]


def test_date_filter_uses_the_precision_typed(qtbot, document):
    model, panel = make_panel(qtbot, document)
    panel.proxy.set_filter(EventFilter(date_from=FuzzyDate(2022, 1), date_to=FuzzyDate(2022, 1)))
    assert sorted(ids(panel)) == ["canada", "talks", "training", "volfovich"]


def test_a_large_timeline_prepares_its_search_when_the_box_gets_the_focus(qtbot):
    from timeline_app.core.dates import When
    from timeline_app.core.document import TimelineDocument
    from timeline_app.ui.event_proxy import PREPARE_IN_THREAD_ROWS

    count = PREPARE_IN_THREAD_ROWS + 10
    events = [
        Event(
            f"e{i}",
            f"Shelling near town {i}" if i % 2 else f"Talks round {i}",
            When(FuzzyDate(2000 + i % 20)),
        )
        for i in range(count)
    ]
    model, panel = make_panel(qtbot, TimelineDocument("big", events))
    proxy = panel.proxy
    # Not while the window first paints the document...
    assert proxy._pending is None and proxy._index is None
    # ...but as soon as the person heads for the search box.
    panel.filter_bar.search_edit.setFocus()
    qtbot.waitUntil(lambda: proxy._pending is not None or proxy._index is not None, timeout=2000)
    qtbot.keyClicks(panel.filter_bar.search_edit, "town 12")
    qtbot.waitUntil(lambda: proxy.event_filter.text == "town 12", timeout=3000)
    expected = {e.id for e in events if "town" in e.title and "12" in e.title}
    assert set(ids(panel)) == expected and len(expected) < count / 2


def test_counts_are_written_as_the_users_locale_writes_numbers(qtbot, filter_settled):
    from PySide6.QtCore import QLocale

    from timeline_app.core.dates import When
    from timeline_app.core.document import TimelineDocument

    events = [Event(f"e{i}", f"Event {i}", When(FuzzyDate(2000 + i % 20))) for i in range(1234)]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        model, panel = make_panel(qtbot, TimelineDocument("big", events))
        assert panel.filter_bar.count_label.text() == "1.234 events"
        qtbot.keyClicks(panel.filter_bar.search_edit, "event 12")
        filter_settled(panel.filter_bar)
        assert panel.proxy.event_filter.text == "event 12"
        shown = panel.proxy.rowCount()
        assert 0 < shown < 1000  # written without a separator
        assert panel.filter_bar.count_label.text() == f"{shown} of 1.234 events"
    finally:
        QLocale.setDefault(before)


def test_a_search_says_where_each_row_matched(qtbot, window, filter_settled):
    """ "Canada" lists an event about the UK: its tooltip says the word is in the evidence."""
    qtbot.keyClicks(window.filter_bar.search_edit, "canada")
    filter_settled(window.filter_bar)
    assert window.proxy.rowCount() < window.model.rowCount()
    tips = {}
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        tips[index.data()] = index.data(Qt.ItemDataRole.ToolTipRole) or ""
    supplying = next(t for t in tips if t.startswith("UK begins supplying"))
    assert "Matched in: evidence (“" in tips[supplying] and "Canada" in tips[supplying]
    assert all("Matched in:" in tip for tip in tips.values())
