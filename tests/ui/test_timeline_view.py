"""The timeline canvas as a user drives it: wheel, drag, clicks, keys and what it draws."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.dates import FuzzyDate, Precision, When, ordinal_of  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.document_edits import InsertEvents, RemoveEvents  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.timeline_view import TimelineView  # noqa: E402

SEED = [
    ("crimea", "Russia invades Crimea", "2014", "military"),
    ("supply", "UK begins supplying Ukraine with anti-tank weapons", "2015/..", "military"),
    ("train", "British troops train Ukraine's forces", "2015/2022-01", "military"),
    ("massing", "Russia masses troops near Ukraine's border", "2021-11~", "military"),
    ("call", "Biden and Putin hold a video call", "2021-12-07", "diplomacy"),
    ("canada", "Canada offers the US deterrence measures", "2021-12-31", "diplomacy"),
    ("geneva", "US–Russia strategic stability talks in Geneva", "2022-01-10", "diplomacy"),
    ("belarus", "Russian troops arrive in Belarus for training", "2022-01-11~", "military"),
    ("nato", "NATO–Russia Council meets in Brussels", "2022-01-12", "diplomacy"),
    ("cyber", "Cyber attack defaces Ukrainian government sites", "2022-01-14?", "cyber"),
    ("nlaw", "UK sends light anti-armour weapons by air", "2022-01-17", "military"),
    ("joly", "Joly and Blinken meet", "2022-01~", "diplomacy"),
]


def seed_events():
    return [Event(id=i, title=t, when=When.from_edtf(w), category=c) for i, t, w, c in SEED]


def make_view(qtbot, events, size=(1200, 560)):
    model = EventModel(TimelineDocument(events=list(events)))
    selection = QItemSelectionModel(model, None)
    view = TimelineView(model, selection)
    view._test_keep = (model, selection)  # the view holds no Python reference to them
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    return view, model, selection


def day(*args) -> float:
    return ordinal_of(dt.datetime(*args))


def x_of(view, t: float) -> float:
    t0, t1 = view.visible_range()
    return (t - t0) / (t1 - t0) * view.width()


def t_of(view, x: float) -> float:
    t0, t1 = view.visible_range()
    return t0 + x / view.width() * (t1 - t0)


def send_mouse(view, kind, pos, button=Qt.MouseButton.LeftButton, buttons=None):
    buttons = button if buttons is None else buttons
    pos = QPointF(pos)
    event = QMouseEvent(
        kind, pos, view.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)


def click(view, pos):
    send_mouse(view, QEvent.Type.MouseButtonPress, pos)
    send_mouse(view, QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)


def wheel(view, pos, notches):
    pos = QPointF(pos)
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def assert_no_label_overlaps(view, model):
    rects = [(e.id, view.event_rect(e.id)) for e in model.events()]
    rects = [(i, r) for i, r in rects if r is not None]
    for a, (id_a, ra) in enumerate(rects):
        for id_b, rb in rects[a + 1 :]:
            overlap = ra.intersected(rb)
            assert overlap.width() <= 0.5 or overlap.height() <= 0.5, (id_a, id_b, ra, rb)
    return dict(rects)


def test_fit_all_shows_every_seed_event_without_overlaps(qtbot):
    view, model, _ = make_view(qtbot, seed_events())
    rects = assert_no_label_overlaps(view, model)
    assert set(rects) == {e.id for e in model.events()}
    for event in model.events():
        rect = rects[event.id]
        assert 0 <= rect.left() < view.width()
        if not event.when.ongoing:  # an ongoing bar may run on past the right edge, to today
            assert rect.right() <= view.width()


def test_zoomed_into_december_and_january_nothing_overlaps(qtbot):
    view, model, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    rects = assert_no_label_overlaps(view, model)
    for event_id in ("call", "canada", "geneva", "belarus", "nato", "cyber", "nlaw", "joly"):
        assert event_id in rects
    # One more wheel notch in: still no overlaps.
    wheel(view, QPointF(view.width() / 2, 200), 1)
    assert_no_label_overlaps(view, model)


def test_wheel_zooms_around_the_cursor(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 1, 1), day(2023, 1, 1))
    x = view.width() * 0.3
    before = t_of(view, x)
    span = np.subtract(*view.visible_range()[::-1])
    wheel(view, QPointF(x, 200), 2)
    assert np.subtract(*view.visible_range()[::-1]) < span
    assert t_of(view, x) == pytest.approx(before, abs=1e-6 * span)
    wheel(view, QPointF(x, 200), -4)
    assert np.subtract(*view.visible_range()[::-1]) > span
    assert t_of(view, x) == pytest.approx(before, abs=1e-6 * span)


def test_drag_pans(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    t0, t1 = view.visible_range()
    start = QPointF(600, 60)  # empty space near the top (rows stack up from the axis)
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    for dx in (20, 80, 200):
        send_mouse(
            view,
            QEvent.Type.MouseMove,
            start + QPointF(dx, 0),
            button=Qt.MouseButton.NoButton,
            buttons=Qt.MouseButton.LeftButton,
        )
    send_mouse(
        view,
        QEvent.Type.MouseButtonRelease,
        start + QPointF(200, 0),
        buttons=Qt.MouseButton.NoButton,
    )
    shift = 200 / view.width() * (t1 - t0)
    assert view.visible_range()[0] == pytest.approx(t0 - shift)
    assert view.visible_range()[1] == pytest.approx(t1 - shift)


def test_click_on_an_event_selects_its_row(qtbot):
    view, model, selection = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    rect = view.event_rect("nato")
    assert view.event_at(rect.center()) == "nato"
    click(view, rect.center())
    row = model.row_of("nato")
    assert [i.row() for i in selection.selectedRows()] == [row]
    assert selection.currentIndex().row() == row
    # Clicking empty canvas clears the selection.
    click(view, QPointF(5, 60))
    assert not selection.selectedRows()


def test_selection_elsewhere_highlights_and_scrolls_to_the_event(qtbot):
    view, model, selection = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 12, 20), day(2022, 1, 5))
    assert view.event_rect("nlaw") is None
    ranges = []
    view.visibleRangeChanged.connect(lambda a, b: ranges.append((a, b)))
    index = model.index(model.row_of("nlaw"), 0)
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    t0, t1 = view.visible_range()
    assert t0 < day(2022, 1, 17) < t1
    assert ranges
    assert view.event_rect("nlaw") is not None
    assert model.row_of("nlaw") in view._selected_rows
    view.render_image(QSize(600, 300))  # draws the highlight without error


def test_cluster_click_zooms_into_its_time_range(qtbot):
    base = day(2022, 1, 10)
    events = [
        Event(
            id=f"e{i}", title=f"Crowded event number {i}", when=When(FuzzyDate(2022, 1, 10 + i % 5))
        )
        for i in range(120)
    ]
    view, _, _ = make_view(qtbot, events, size=(900, 260))
    view.set_visible_range(base - 400, base + 400)
    frame = view._frame()
    assert frame.clusters.size, "a crowded week at this zoom makes a cluster"
    span = view.visible_range()[1] - view.visible_range()[0]
    click(view, QPointF(float(frame.cx[0]), float(frame.cy[0]) + frame.row_h / 2))
    t0, t1 = view.visible_range()
    assert t1 - t0 < span / 10
    assert t0 <= base and base + 5 <= t1


def test_keyboard_zoom_pan_fit_and_jumps(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.setFocus()
    fit = view.visible_range()
    span = fit[1] - fit[0]
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] < span
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] > zoomed
    before = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] > before[0]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.visible_range()[0] == pytest.approx(before[0])
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range() == pytest.approx(fit)
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range()[0] < day(2014, 1, 1) < view.visible_range()[1]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.visible_range()[0] < day(2022, 1, 17) < view.visible_range()[1]


def test_double_click_on_empty_canvas_asks_to_add_on_that_day(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2022, 1, 1), day(2022, 2, 1))
    x = x_of(view, day(2022, 1, 20, 12))
    pos = QPointF(x, 60)
    assert view.event_at(pos) is None
    with qtbot.waitSignal(view.addRequested) as blocker:
        send_mouse(view, QEvent.Type.MouseButtonDblClick, pos)
    date = blocker.args[0]
    assert date == FuzzyDate(2022, 1, 20)
    assert date.precision is Precision.DAY


def test_double_click_on_an_event_activates_it(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    with qtbot.waitSignal(view.eventActivated) as blocker:
        send_mouse(view, QEvent.Type.MouseButtonDblClick, view.event_rect("geneva").center())
    assert blocker.args == ["geneva"]


def test_zoom_is_clamped_at_both_ends(qtbot):
    view, _, _ = make_view(qtbot, seed_events())
    for _ in range(200):
        view.zoom_out()
    t0, t1 = view.visible_range()
    assert t0 >= 1.0 and t1 <= dt.date.max.toordinal() + 1
    view.render_image(QSize(800, 300))
    for _ in range(400):
        view.zoom_in()
    t0, t1 = view.visible_range()
    assert 0 < t1 - t0 <= 0.25
    view.go_to(1.0)
    assert view.visible_range()[0] == 1.0
    view.go_to(1e9)
    assert view.visible_range()[1] == dt.date.max.toordinal() + 1
    view.render_image(QSize(800, 300))


def test_model_changes_mask_and_grouping_redraw(qtbot):
    view, model, _ = make_view(qtbot, seed_events())
    view.set_match_mask(np.array([i % 2 == 0 for i in range(model.rowCount())]))
    view.set_grouping("category")
    rects = assert_no_label_overlaps(view, model)
    assert len(rects) == model.rowCount()
    view.set_grouping("actor")
    view.set_grouping("none")
    model.apply(InsertEvents((Event("new", "A new event", When(FuzzyDate(2022, 1, 5))),), 0))
    assert view.event_rect("new") is not None
    model.apply(RemoveEvents(("new",)))
    assert view.event_rect("new") is None
    view.set_match_mask(None)
    image = view.render_image(QSize(640, 320))
    assert image.size() == QSize(640, 320)
    with pytest.raises(ValueError):
        view.set_grouping("colour")


def test_empty_model_and_accessible_name(qtbot):
    view, _, _ = make_view(qtbot, [])
    assert view.accessibleName()
    assert view.event_at(QPointF(10, 10)) is None
    view.render_image(QSize(400, 200))


def test_overview_strip_shows_the_window_and_moves_the_view(qtbot):
    from timeline_app.ui.overview_strip import OverviewStrip

    view, model, _ = make_view(qtbot, seed_events())
    strip = OverviewStrip(model, view)
    qtbot.addWidget(strip)
    strip.resize(view.width(), 40)
    strip.show()
    qtbot.waitExposed(strip)
    view.set_visible_range(day(2021, 12, 1), day(2022, 2, 1))
    rect = strip.window_rect()
    domain = strip.domain()
    assert domain[0] <= day(2014, 1, 1) and day(2022, 1, 17) <= domain[1]
    assert 0 <= rect.left() < rect.right() <= strip.width()
    # Drag the box left by 100 px: the view moves back in time by as many days.
    span = view.visible_range()[1] - view.visible_range()[0]
    start = rect.center()
    send_mouse(strip, QEvent.Type.MouseButtonPress, start)
    send_mouse(
        strip,
        QEvent.Type.MouseMove,
        start - QPointF(100, 0),
        button=Qt.MouseButton.NoButton,
        buttons=Qt.MouseButton.LeftButton,
    )
    send_mouse(
        strip,
        QEvent.Type.MouseButtonRelease,
        start - QPointF(100, 0),
        buttons=Qt.MouseButton.NoButton,
    )
    days_per_px = (domain[1] - domain[0]) / strip.width()
    assert view.visible_range()[0] == pytest.approx(day(2021, 12, 1) - 100 * days_per_px)
    assert view.visible_range()[1] - view.visible_range()[0] == pytest.approx(span)
    # A click far from the box centres the view there.
    x = strip.width() * 0.1
    click(strip, QPointF(x, 20))
    centre = sum(view.visible_range()) / 2
    assert centre == pytest.approx(domain[0] + 0.1 * (domain[1] - domain[0]), rel=1e-6)
    strip.grab()  # paints
    model.apply(InsertEvents((Event(id="far", title="Far", when=When(FuzzyDate(1990))),), 0))
    assert strip.domain()[0] < day(1990, 1, 1)


def test_hovering_an_event_shows_its_title_and_date_in_the_chosen_style(qtbot, monkeypatch):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view, model, _ = make_view(qtbot, seed_events())
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    rect = view.event_rect("crimea")
    centre = rect.center().toPoint()
    for style, words in (("day-first", "the year 2014"), ("month-first", "the year 2014")):
        model.set_date_style(style)
        QApplication.sendEvent(
            view, QHelpEvent(QEvent.Type.ToolTip, centre, view.mapToGlobal(centre))
        )
        assert "Russia invades Crimea" in shown[-1] and words in shown[-1]
    view.set_visible_range(day(2021, 12, 20), day(2022, 1, 10))
    model.set_date_style("month-first")
    canada = view.event_rect("canada").center().toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, canada, view.mapToGlobal(canada)))
    assert "Canada offers" in shown[-1] and "December 31, 2021" in shown[-1]


def test_a_zoom_step_after_a_pause_finds_its_layout_ready(qtbot, monkeypatch):
    import timeline_app.core.layout_cache as canvas

    view, _, _ = make_view(qtbot, seed_events())
    view.set_visible_range(day(2021, 10, 1), day(2022, 3, 1))
    view.grab()  # paints now, as the screen would
    qtbot.waitUntil(lambda: not view._prefetch_timer.isActive(), timeout=3000)
    packed = []
    real = canvas.compute_layout
    monkeypatch.setattr(canvas, "compute_layout", lambda *a, **k: packed.append(1) or real(*a, **k))
    for zoom, where in ((1, 0.1), (1, 0.9), (-1, 0.5)):
        wheel(view, QPointF(view.width() * where, 200), zoom)
        view.grab()  # paints now, as the screen would
        assert packed == [], f"the zoom step ({zoom}, {where}) had to lay out events"
        wheel(view, QPointF(view.width() * where, 200), -zoom)  # back where the pause was
        view.grab()  # paints now, as the screen would
        qtbot.waitUntil(lambda: not view._prefetch_timer.isActive(), timeout=3000)
        packed.clear()


def test_fast_zoom_steps_draw_at_once_and_the_view_lays_itself_out_when_they_stop(
    qtbot, monkeypatch
):
    import timeline_app.core.layout_cache as canvas

    # Crowded enough that lanes and clusters depend on the zoom level.
    events = [
        Event(
            f"e{i}",
            f"Event number {i} in a crowded month",
            When(FuzzyDate(2022, 1 + i % 3, 1 + i % 28)),
        )
        for i in range(300)
    ]
    view, model, _ = make_view(qtbot, events)
    view.fit_all()
    view.grab()
    packed = []
    real = canvas.compute_layout
    monkeypatch.setattr(canvas, "compute_layout", lambda *a, **k: packed.append(1) or real(*a, **k))
    for _ in range(3):
        wheel(view, QPointF(view.width() / 2, 200), 1)
        view.grab()  # paints now, as the screen would
        assert packed == [], "a zoom step laid out its level before showing it"
        assert view._frame().borrowed
        assert_no_label_overlaps(view, model)
    qtbot.waitUntil(lambda: not view._frame().borrowed, timeout=3000)
    assert packed, "the view's own level was never laid out"
    own = assert_no_label_overlaps(view, model)
    assert own
    # A picture of the view (export, print) is always laid out at its own level.
    wheel(view, QPointF(view.width() / 2, 200), 1)
    packed.clear()
    view.render_image(view.size())
    assert packed


def test_a_view_whose_palette_changed_paints_like_one_made_with_it(qtbot):
    view, _, _ = make_view(qtbot, seed_events(), size=(900, 420))
    view.render_image(QSize(900, 420))  # colours made from the old palette
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#303134"))
    view.setPalette(palette)
    fresh, _, _ = make_view(qtbot, seed_events(), size=(900, 420))
    fresh.setPalette(palette)
    fresh.set_visible_range(*view.visible_range())
    assert view.render_image(QSize(900, 420)) == fresh.render_image(QSize(900, 420))
