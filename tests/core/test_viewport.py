"""The canvas's visible range without a widget: zoom about the cursor, pan, drag, limits,
fit-all and scrolling an event into view."""

import math

import numpy as np
import pytest

from timeline_app.core.layout import EventIndex
from timeline_app.core.viewport import (
    END_DAY,
    FIRST_DAY,
    LABEL_FIT_SHARE,
    MAX_SPAN,
    MIN_SPAN,
    ZOOM_STEP,
    Viewport,
    fit_range,
    overview_domain,
)

WIDTH = 1200.0
DAY = 738_000.0  # in 2021


def view(span: float = 100.0) -> Viewport:
    return Viewport(DAY, DAY + span)


@pytest.mark.parametrize("x", [0.0, 37.5, 600.0, 1111.0, WIDTH])
@pytest.mark.parametrize("steps", [1, -1, 3, -2, 0.25])
def test_zooming_at_the_cursor_keeps_the_day_under_it(x, steps):
    viewport = view()
    under = viewport.t_of(x, WIDTH)
    assert viewport.zoom_at(x, WIDTH, steps)
    assert viewport.t_of(x, WIDTH) == pytest.approx(under, abs=1e-6)
    assert viewport.span == pytest.approx(100.0 * ZOOM_STEP ** (-steps))


def test_a_wheel_notch_in_then_out_comes_back_to_the_same_view():
    viewport = view()
    viewport.zoom_at(300.0, WIDTH, 1)
    viewport.zoom_at(300.0, WIDTH, -1)
    assert viewport.t0 == pytest.approx(DAY) and viewport.t1 == pytest.approx(DAY + 100.0)


def test_zoom_stops_at_three_hours_and_at_the_whole_calendar():
    viewport = view()
    for _ in range(200):
        viewport.zoom_at(100.0, WIDTH, 1)
    assert viewport.span == pytest.approx(MIN_SPAN)
    assert not viewport.zoom_at(100.0, WIDTH, 1), "no change once at the deepest zoom"
    for _ in range(400):
        viewport.zoom_centre(ZOOM_STEP)
    assert viewport.span == pytest.approx(MAX_SPAN)
    assert viewport.range == (FIRST_DAY, END_DAY)


def test_panning_past_the_year_1_stops_there_keeping_the_zoom():
    viewport = Viewport(FIRST_DAY + 10.0, FIRST_DAY + 110.0)
    assert viewport.pan_by(-0.5)
    assert viewport.range == (FIRST_DAY, FIRST_DAY + 100.0)
    assert not viewport.pan_by(-0.5)
    viewport = Viewport(END_DAY - 110.0, END_DAY - 10.0)
    viewport.pan_by(1.0)
    assert viewport.t1 == END_DAY and viewport.span == pytest.approx(100.0)


def test_a_range_given_backwards_is_shown_forwards_and_nan_is_ignored():
    viewport = view()
    assert viewport.set_range(DAY + 50.0, DAY + 10.0)
    assert viewport.range == (DAY + 10.0, DAY + 50.0)
    for bad in (math.nan, math.inf, -math.inf):
        assert not viewport.set_range(bad, DAY)
        assert not viewport.set_range(DAY, bad)
    assert viewport.range == (DAY + 10.0, DAY + 50.0)


def test_dragging_keeps_the_day_under_the_mouse():
    viewport = view()
    start = viewport.range
    press_x = 400.0
    grabbed = viewport.t_of(press_x, WIDTH)
    for dx in (5.0, 120.0, -300.0):
        viewport.dragged(start, dx, WIDTH)
        assert viewport.t_of(press_x + dx, WIDTH) == pytest.approx(grabbed, abs=1e-6)
        assert viewport.span == pytest.approx(100.0)


def test_x_and_day_convert_both_ways():
    viewport = view()
    assert viewport.x_of(DAY + 25.0, WIDTH) == pytest.approx(300.0)
    assert viewport.t_of(300.0, WIDTH) == pytest.approx(DAY + 25.0)


def test_go_to_first_and_last_put_the_event_near_the_edge_keeping_the_zoom():
    viewport = view()
    viewport.go_to_first(DAY - 5000.0)
    assert viewport.t0 < DAY - 5000.0 < viewport.t0 + 0.1 * viewport.span
    viewport.go_to_last(DAY + 5000.0)
    assert viewport.t0 + 0.5 * viewport.span < DAY + 5000.0 < viewport.t1
    assert viewport.span == pytest.approx(100.0)


def test_revealing_an_event_scrolls_only_when_it_is_out_of_view():
    viewport = view()
    assert not viewport.reveal(DAY + 50.0, DAY + 51.0), "already in view"
    assert viewport.reveal(DAY + 400.0, DAY + 401.0)
    assert viewport.t0 < DAY + 400.0 < viewport.t1 and viewport.span == pytest.approx(100.0)
    assert viewport.reveal(DAY - 400.0, DAY - 399.0)
    assert viewport.t0 < DAY - 400.0 < viewport.t1
    # A long range already crossing the whole view stays as it is.
    before = viewport.range
    assert not viewport.reveal(viewport.t0 - 1000.0, viewport.t1 + 1000.0)
    assert viewport.range == before


def test_showing_a_cluster_zooms_to_its_days_with_a_margin():
    viewport = Viewport(DAY, DAY + 3000.0)
    viewport.show_days(DAY + 100.0, DAY + 110.0)
    assert viewport.t0 < DAY + 100.0 and viewport.t1 > DAY + 110.0
    assert viewport.span < 12.0


def test_the_prefetched_spans_are_those_a_zoom_step_gives():
    zoom_in, zoom_out = view().zoom_step_spans()
    for factor, span in ((1 / ZOOM_STEP, zoom_in), (ZOOM_STEP, zoom_out)):
        viewport = view()
        viewport.zoom_centre(factor)
        assert viewport.span == pytest.approx(span, rel=1e-12)


def test_fit_shows_every_event_and_the_end_of_every_label():
    starts = np.array([DAY, DAY + 30.0, DAY + 31.0, DAY + 400.0])
    ends = starts + np.array([1.0, 1.0, 200.0, 1.0])
    label_px = np.array([120.0, 300.0, 80.0, 250.0])
    index = EventIndex.build(starts, ends)
    t0, t1 = fit_range(index, label_px, np.zeros(4, bool), WIDTH, 20.0)
    scale = WIDTH / (t1 - t0)
    assert t0 < starts.min() and ends.max() <= t1
    # Each label ends inside the canvas, with the padding to spare, or shows a readable
    # start (LABEL_FIT_SHARE of the width) before the edge elides it.
    shown = np.minimum(label_px, LABEL_FIT_SHARE * WIDTH)
    assert np.all((starts - t0) * scale + shown + 20.0 <= WIDTH + 1e-6)
    assert np.any((starts - t0) * scale + shown + 20.0 >= WIDTH - 30.0), "no empty margin"


def test_fit_shows_the_events_not_a_far_away_today():
    # Ongoing since the first event; the rest a year on; today years later.
    starts = np.array([DAY, DAY + 300.0, DAY + 360.0])
    ends = np.array([DAY + 3000.0, DAY + 301.0, DAY + 361.0])
    index = EventIndex.build(starts, ends)
    t0, t1 = fit_range(index, np.full(3, 420.0), np.array([True, False, False]), WIDTH, 20.0)
    assert t0 < DAY and DAY + 361.0 < t1 < DAY + 520.0
    # Nor a today just past the events.
    near = EventIndex.build(starts, np.array([DAY + 450.0, DAY + 301.0, DAY + 361.0]))
    t0, t1 = fit_range(near, np.full(3, 40.0), np.array([True, False, False]), WIDTH, 20.0)
    assert t1 < DAY + 420.0


def test_fit_leaves_an_ongoing_range_to_run_off_when_today_is_far_away():
    starts = np.array([DAY, DAY + 10.0, DAY + 20.0])
    ends = np.array([DAY + 1.0, DAY + 11.0, DAY + 5000.0])  # the last runs on to "today"
    index = EventIndex.build(starts, ends)
    t0, t1 = fit_range(index, np.full(3, 50.0), np.array([False, False, True]), WIDTH, 20.0)
    assert t1 < DAY + 100.0, "the events are not crowded into the left of the canvas"
    assert t0 < DAY


def test_fit_of_one_event_shows_a_little_around_it_and_of_none_nothing():
    index = EventIndex.build([DAY], [DAY + 1.0])
    t0, t1 = fit_range(index, np.array([10.0]), np.zeros(1, bool), WIDTH, 20.0)
    assert t0 < DAY < DAY + 1.0 < t1 and t1 - t0 == pytest.approx(2.0)
    assert fit_range(EventIndex.build([], []), np.zeros(0), np.zeros(0, bool), WIDTH, 20.0) is None


def test_the_overview_spans_every_event_and_the_view_wherever_it_is():
    t0, t1 = overview_domain((DAY, DAY + 100.0), (DAY + 40.0, DAY + 50.0))
    assert t0 < DAY and t1 > DAY + 100.0 and t1 - t0 < 110.0
    t0, t1 = overview_domain((DAY, DAY + 100.0), (DAY + 5000.0, DAY + 5010.0))
    assert t0 < DAY and t1 == DAY + 5010.0, "the view far right of the events is still on it"
    assert overview_domain(None, (DAY, DAY + 3.0)) == (DAY, DAY + 3.0)
    t0, t1 = overview_domain((DAY, DAY), (DAY, DAY))
    assert t1 > t0, "one event on a zero-width view still spans some days"
