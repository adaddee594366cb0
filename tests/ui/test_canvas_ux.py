"""What a first-time user met on the canvas (issue 16): the header naming the range the axis
shows, fitting the events rather than today, the keyboard, cluster marks."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402

from tests.ui.test_timeline_view import (  # noqa: E402
    assert_no_label_overlaps,
    make_view,
    seed_events,
)
from timeline_app.core.dates import FuzzyDate, When, ordinal_of  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.ui.canvas_primitives import range_title  # noqa: E402


def day(*args) -> float:
    return ordinal_of(dt.datetime(*args))


def test_the_header_names_both_days_of_an_hour_zoom_across_midnight():
    title = range_title(day(2024, 11, 13, 12, 39), day(2024, 11, 14, 16, 41))
    assert title == "13 Nov 2024, 12:39 – 14 Nov 2024, 16:41"
    # Within one day the day is named once.
    assert range_title(day(2024, 11, 13, 9), day(2024, 11, 13, 17)) == "13 Nov 2024, 09:00 – 17:00"


def test_a_fitted_seed_uses_the_height_of_the_canvas(qtbot):
    view, model, _ = make_view(qtbot, seed_events(), size=(1200, 700))
    rects = [view.event_rect(e.id) for e in model.events()]
    assert all(r is not None for r in rects)
    top = min(r.top() for r in rects)
    assert top < 700 / 2, "the lanes reach the upper half instead of crowding at the axis"
    assert_no_label_overlaps(view, model)


def test_a_replaced_document_is_shown_whole(qtbot):
    view, model, _ = make_view(qtbot, seed_events())
    old = [
        Event(id=f"e{i}", title=f"Treaty {i}", when=When.from_edtf(f"199{i}-03-0{i + 1}"))
        for i in range(4)
    ]
    model.set_document(TimelineDocument(events=old))
    t0, t1 = view.visible_range()
    assert t0 <= day(1990, 3, 1) and day(1993, 3, 5) <= t1 < day(1996, 1, 1)
    assert all(view.event_rect(e.id) is not None for e in old)


def selected_ids(model, selection):
    return {model.event_at(i.row()).id for i in selection.selectedRows()}


def test_arrows_move_the_selection_between_events_in_time(qtbot):
    view, model, selection = make_view(qtbot, seed_events())
    view.setFocus()
    # Nothing selected: the arrows pan, as before.
    before = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] > before[0]
    view.fit_all()
    index = model.index(model.row_of("call"), 0)
    selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    fitted = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # 2021-12-07 -> 2021-12-31
    assert selected_ids(model, selection) == {"canada"}
    assert selection.currentIndex().row() == model.row_of("canada"), "the table follows"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selected_ids(model, selection) == {"joly"}  # 2022-01~ starts on the 1st
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert selected_ids(model, selection) == {"call"}
    assert view.visible_range() == pytest.approx(fitted), (
        "moving between shown events keeps the view"
    )
    # Shift pans even with a selection, keeping it.
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_range()[0] > fitted[0]
    assert selected_ids(model, selection) == {"call"}


def test_up_and_down_move_between_lanes_and_enter_opens_the_editor(qtbot):
    view, model, selection = make_view(qtbot, seed_events())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # nothing selected: the event nearest the middle
    (first,) = selected_ids(model, selection)
    top = view.event_rect(first).top()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    (above,) = selected_ids(model, selection)
    assert view.event_rect(above).top() < top
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected_ids(model, selection) == {first}
    with qtbot.waitSignal(view.eventActivated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [first]


def test_plus_and_minus_zoom_without_ctrl(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.setFocus()
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < span
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] > span


def test_the_keyboard_reaches_a_cluster_mark_and_enter_opens_it(qtbot):
    base = day(2022, 1, 10)
    events = [
        Event(
            id=f"e{i}", title=f"Crowded event number {i}", when=When(FuzzyDate(2022, 1, 10 + i % 5))
        )
        for i in range(120)
    ]
    view, _, selection = make_view(qtbot, events, size=(900, 260))
    view.set_visible_range(base - 400, base + 400)
    view.setFocus()
    assert view._frame().clusters.size
    qtbot.keyClick(view, Qt.Key.Key_Up)
    for _ in range(12):  # up the lanes to the cluster row at the top of the band
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert not selection.selectedRows(), "on the cluster mark, no event is selected"
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    t0, t1 = view.visible_range()
    assert t1 - t0 < span / 10 and t0 <= base and base + 5 <= t1


def test_in_the_window_the_keys_select_on_the_canvas_and_enter_opens_the_editor(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the event nearest the middle
    first = window.details.event_id
    assert first is not None, "the detail pane follows the canvas's selection"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.details.event_id not in (None, first)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_editor is not None)
