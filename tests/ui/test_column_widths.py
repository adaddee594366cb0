"""Columns share a table's width: the title takes the room, short columns fit their content,
long text elides with its whole in the tooltip, and widths the user sets are kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Event, Origin, SourceRef
from timeline_app.ui.column_widths import Span, shared_widths
from timeline_app.ui.event_model import Column
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.review_list import ReviewColumn
from timeline_app.ui.source_list import SourceColumn

LONG_TITLE = "Ministers of twelve countries agree on a framework to rebuild the harbour"
ARTICLE = Article(
    id="harbour",
    title="Harbour talks resume after a month of strikes at the container terminal",
    text="Ministers met on Monday. The strike began on 1 March.",
    publisher="The Harbour Chronicle",
    published=dt.date(2022, 3, 15),
)


def candidates() -> list[Event]:
    def event(number: int, title: str, when: When | None = None, **fields) -> Event:
        return Event(
            id=f"c{number}",
            title=title,
            when=when or When(FuzzyDate(2022, 3, number, approximate=True)),
            origin=Origin.EXTRACTED,
            sources=(SourceRef(source_id=ARTICLE.id, evidence=f"{title}, officials said."),),
            **fields,
        )

    return [
        event(
            1,
            LONG_TITLE,
            actors=("Norway", "Denmark", "the Netherlands", "Belgium", "Port Authority"),
            conflicts_with=("c2",),
            conflict_note="The article also dates this to a week before publication",
        ),
        event(2, "Strike begins", conflicts_with=("c1",), conflict_note="Another date"),
        event(3, "Supermarkets warn of shortages"),
        event(4, "Dockers' pay dispute", When(FuzzyDate(2015), ongoing=True)),
    ]


def chars(view: QTableView, column: int) -> float:
    """How many average characters a column shows."""
    header = view.horizontalHeader()
    return header.sectionSize(column) / view.fontMetrics().averageCharWidth()


def shown_width(header: QHeaderView) -> int:
    return sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )


def review(qtbot, window: MainWindow, dock_width: int | None = None):
    window.articles_dock.show()
    window.articles_dock.raise_()
    if dock_width is not None:
        window.resizeDocks([window.articles_dock], [dock_width], Qt.Orientation.Horizontal)
    window.articles.pages.setCurrentIndex(1)
    panel = window.articles.review_panel
    panel.review(ARTICLE, candidates())
    qtbot.waitUntil(lambda: panel.candidates.rowCount() == 4)
    qtbot.waitUntil(lambda: panel.table.isVisible())
    qtbot.wait(20)  # the columns are shared out once the rows have been laid out
    return panel


def drag_edge(header: QHeaderView, column: int, by: int) -> None:
    """Drag a section's right edge on the header, as the user does."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + by // 2, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + by, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + by, y))


# --- the review list ------------------------------------------------------------------------


def test_the_review_list_in_its_default_dock_shows_the_titles(qtbot, window):
    panel = review(qtbot, window)
    panel.accept_all()  # a decision must not bring back a column the width left out
    qtbot.wait(20)
    table = panel.table
    assert chars(table, ReviewColumn.TITLE) >= 20
    for column in (ReviewColumn.NOTES, ReviewColumn.ACTORS, ReviewColumn.ATTRIBUTION):
        assert table.columnWidth(ReviewColumn.TITLE) >= table.columnWidth(column)
    # Short columns fit their content: the decision and a day's date are never cut.
    metrics, model = table.fontMetrics(), panel.candidates
    for row in range(model.rowCount()):
        for column in (ReviewColumn.DATE, ReviewColumn.STATE):
            text = model.index(row, column).data()
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text), text
    assert shown_width(table.horizontalHeader()) <= table.viewport().width()


def test_in_a_wide_dock_the_title_has_the_most_room_and_can_be_sized_by_hand(qtbot, window):
    window.resize(1900, 900)
    panel = review(qtbot, window, dock_width=1100)
    table = panel.table
    assert not table.isColumnHidden(ReviewColumn.NOTES)  # wide, and a candidate has notes
    assert table.columnWidth(ReviewColumn.TITLE) >= table.columnWidth(ReviewColumn.NOTES)
    assert chars(table, ReviewColumn.TITLE) >= 30
    header = table.horizontalHeader()
    assert shown_width(header) == table.viewport().width()
    title, notes = header.sectionSize(ReviewColumn.TITLE), header.sectionSize(ReviewColumn.NOTES)
    drag_edge(header, ReviewColumn.TITLE, -50)
    assert header.sectionSize(ReviewColumn.TITLE) == title - 50
    qtbot.waitUntil(lambda: header.sectionSize(ReviewColumn.NOTES) > notes)  # gets what it left
    assert shown_width(header) == table.viewport().width()


def test_a_cut_cell_says_its_whole_text_in_the_tooltip(qtbot, window):
    window.resize(1900, 900)
    panel = review(qtbot, window, dock_width=1100)
    table, model = panel.table, panel.candidates
    metrics = table.fontMetrics()
    # The text's room in a cell: the column less the style's margin on either side.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = model.data(index)
            if metrics.horizontalAdvance(text) > table.columnWidth(column) - 2 * margin:
                cut.append(column)
                assert text in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert ReviewColumn.ACTORS in cut  # the five actors do not fit: the case is tested


def test_a_review_column_sized_by_hand_is_kept_at_the_next_launch(qtbot, window):
    panel = review(qtbot, window)
    header = panel.table.horizontalHeader()
    before = header.sectionSize(ReviewColumn.DATE)
    drag_edge(header, ReviewColumn.DATE, 40)
    assert header.sectionSize(ReviewColumn.DATE) == before + 40
    window.undo_stack.setClean()
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1300, 850)
    again.show()
    panel = review(qtbot, again)
    assert panel.table.horizontalHeader().sectionSize(ReviewColumn.DATE) == before + 40
    # The title still takes what is left.
    assert shown_width(panel.table.horizontalHeader()) <= panel.table.viewport().width()
    assert chars(panel.table, ReviewColumn.TITLE) >= 14


def test_the_review_headers_menu_fits_the_columns_to_the_window_again(qtbot, window):
    panel = review(qtbot, window)
    header = panel.table.horizontalHeader()
    title = header.sectionSize(ReviewColumn.TITLE)
    drag_edge(header, ReviewColumn.TITLE, -40)
    assert header.sectionSize(ReviewColumn.TITLE) == title - 40
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    (fit,) = [a for a in header.actions() if a.text() == "Fit Columns to Window"]
    fit.trigger()
    assert header.sectionSize(ReviewColumn.TITLE) == title


# --- the events table -----------------------------------------------------------------------


def test_the_events_table_gives_the_title_the_room_and_fits_its_pane(qtbot, window):
    table = window.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: shown_width(header) <= table.viewport().width())
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert all(header.sectionSize(Column.TITLE) >= header.sectionSize(c) for c in shown)
    assert chars(table, Column.TITLE) >= 30
    # Wider, the room goes mostly to the title, not to the last column.
    title, last = header.sectionSize(Column.TITLE), header.sectionSize(shown[-1])
    window.resize(2200, 850)
    qtbot.waitUntil(lambda: header.sectionSize(Column.TITLE) > title)
    gained = header.sectionSize(Column.TITLE) - title
    assert gained > header.sectionSize(shown[-1]) - last
    assert shown_width(header) == table.viewport().width()


def test_a_narrow_events_table_keeps_every_column_name_whole(qtbot, window):
    window.resize(1000, 850)
    table = window.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() < 650)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in shown)
    assert all(header.sectionSize(Column.TITLE) >= header.sectionSize(c) for c in shown)


def test_a_column_sized_by_hand_stays_as_the_window_changes_until_fit_to_window(qtbot, window):
    table = window.table
    header = table.horizontalHeader()
    drag_edge(header, Column.TITLE, -60)
    narrowed = header.sectionSize(Column.TITLE)
    qtbot.wait(20)
    actors = header.sectionSize(Column.ACTORS)
    window.resize(1700, 850)
    qtbot.waitUntil(lambda: header.sectionSize(Column.ACTORS) > actors)
    assert header.sectionSize(Column.TITLE) == narrowed
    table.columns.fit_action.trigger()
    assert header.sectionSize(Column.TITLE) > narrowed
    assert shown_width(header) == table.viewport().width()


def test_an_events_column_sized_by_hand_is_kept_at_the_next_launch(qtbot, window):
    header = window.table.horizontalHeader()
    drag_edge(header, Column.ACTORS, -50)
    actors = header.sectionSize(Column.ACTORS)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_seed()
    again.resize(1300, 850)
    again.show()
    qtbot.waitExposed(again)
    header = again.table.horizontalHeader()
    assert header.sectionSize(Column.ACTORS) == actors
    qtbot.waitUntil(lambda: shown_width(header) == again.table.viewport().width())


# --- the Articles list ----------------------------------------------------------------------


def test_the_articles_list_gives_the_article_title_the_room(qtbot, window):
    window.articles_dock.show()
    window.articles_dock.raise_()
    view = window.articles.source_view
    header = view.header()
    qtbot.waitUntil(lambda: view.isVisible() and window.articles.sources.rowCount() > 0)
    qtbot.waitUntil(lambda: shown_width(header) == view.viewport().width())
    for column in (SourceColumn.PUBLISHER, SourceColumn.PUBLISHED, SourceColumn.EVENTS):
        assert header.sectionSize(SourceColumn.TITLE) > header.sectionSize(column)
    metrics = view.fontMetrics()
    published = window.articles.sources.index(0, SourceColumn.PUBLISHED).data()
    assert header.sectionSize(SourceColumn.PUBLISHED) >= metrics.horizontalAdvance(published)

    # A hand-set width is kept at the next launch, as the other tables' are.
    drag_edge(header, SourceColumn.PUBLISHER, 30)
    publisher = header.sectionSize(SourceColumn.PUBLISHER)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_seed()
    again.resize(1300, 850)
    again.show()
    again.articles_dock.show()
    again.articles_dock.raise_()
    view = again.articles.source_view
    qtbot.waitUntil(lambda: view.isVisible())
    assert view.header().sectionSize(SourceColumn.PUBLISHER) == publisher


# --- the arithmetic -------------------------------------------------------------------------


def test_room_is_shared_by_weight_and_the_lightest_give_way_first():
    spans = {0: Span(natural=210, least=112, weight=4), 1: Span(natural=140, least=56, weight=1)}
    wide = shared_widths(700, spans)
    assert sum(wide.values()) == 700
    assert wide[0] - 210 == 4 * (wide[1] - 140)
    short = shared_widths(300, spans)
    assert short == {0: 210, 1: 90}  # the notes give way before the title
    shorter = shared_widths(150, spans)
    assert shorter == {0: 112, 1: 56}  # both at their least: a scroll bar takes over


def test_a_wide_review_list_shows_each_candidates_kind_after_its_actors(qtbot, window):
    window.resize(1900, 900)
    panel = review(qtbot, window, dock_width=1100)
    model, header = panel.candidates, panel.table.horizontalHeader()
    panel.candidates.replace_event(
        2, replace(model.candidate(2).event, category="economy"), edited=False
    )
    assert not panel.table.isColumnHidden(ReviewColumn.KIND)
    assert model.index(2, ReviewColumn.KIND).data() == "economy"
    assert header.visualIndex(ReviewColumn.KIND) == header.visualIndex(ReviewColumn.ACTORS) + 1
