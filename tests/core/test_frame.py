"""A frame of the canvas without a widget: which events and cluster marks are where on the
screen (culling), and what is under a point (hit-testing)."""

import numpy as np
import pytest

from timeline_app.core.frame import (
    AXIS_H,
    CAPTION_H,
    CLUSTER_PX,
    HEADER_H,
    LEAD_PX,
    MARKER_R,
    MAX_SPREAD,
    TODAY_H,
    TODAY_TOP,
    RowsArea,
    make_frame,
    place_tip,
    today_marker,
)
from timeline_app.core.layout import EventIndex, compute_layout

WIDTH, HEIGHT = 1000.0, 400.0
TEXT_H = 16.0
DAY = 738_000.0


def frame_of(starts, ends, label_px, view, rows=None, size=(WIDTH, HEIGHT)):
    index = EventIndex.build(starts, ends)
    label_px = np.asarray(label_px, dtype=np.float64)
    area = RowsArea.of(size[1], TEXT_H)
    scale = size[0] / (view[1] - view[0])
    layout = compute_layout(
        index,
        label_px,
        scale,
        rows or area.count,
        lead_px=LEAD_PX,
        cluster_px=CLUSTER_PX,
    )
    return make_frame(index, label_px, layout, view, size, area), index, layout


def centre_of(frame, i):
    left, top, width, height = frame.item_box(i)
    return left + width / 2, top + height / 2


def test_rows_fit_between_the_header_and_the_axis():
    for height in (180.0, 400.0, 900.0):
        area = RowsArea.of(height, TEXT_H)
        assert area.top >= HEADER_H
        assert area.top + area.count * area.row_h <= height - AXIS_H
    assert RowsArea.of(60.0, TEXT_H).count == 1, "a tiny canvas still has a row"


@pytest.mark.parametrize("seed", range(4))
def test_a_frame_holds_every_event_it_shows_and_none_far_off_screen(seed):
    rng = np.random.default_rng(seed)
    starts = DAY + rng.uniform(0, 2000, 800)
    ends = starts + np.where(rng.random(800) < 0.2, rng.exponential(100, 800), 1.0)
    label_px = rng.uniform(30, 300, 800)
    view = (DAY + 700.0, DAY + 760.0)
    frame, index, layout = frame_of(starts, ends, label_px, view)
    scale = frame.scale
    shown = set(frame.rows.tolist())
    assert shown and len(shown) < 800
    # Every event laid out in a lane whose marker, bar or label reaches the screen is there.
    placed = index.rows[layout.pos[layout.row >= 0]]
    left = (starts[placed] - view[0]) * scale - LEAD_PX
    right = np.maximum((ends[placed] - view[0]) * scale, left + LEAD_PX + label_px[placed])
    on_screen = placed[(left < WIDTH) & (right > 0)]
    assert set(on_screen.tolist()) <= shown
    # And nothing is in the frame that starts after the view or ends long before it.
    assert np.all(frame.x0 - LEAD_PX < WIDTH)
    assert np.all(np.maximum(frame.x1, frame.xl) > -2 * 300)
    # Each item's geometry is its event's: starts and ends at its dates, label after it.
    for i, row in enumerate(frame.rows.tolist()):
        assert frame.x0[i] == pytest.approx((starts[row] - view[0]) * scale)
        if frame.bare[i]:  # alone in its cluster bin: drawn as its marker
            assert frame.x1[i] == frame.x0[i] and frame.xl[i] == frame.x0[i] + MARKER_R
            continue
        assert frame.x1[i] == pytest.approx((ends[row] - view[0]) * scale)
        # (a label the right edge cuts ends at the edge, where it is drawn elided)
        whole = frame.x0[i] + label_px[row]
        assert frame.xl[i] == pytest.approx(min(whole, max(WIDTH - 2.0, frame.x0[i])))


def test_a_point_on_a_marker_bar_or_label_hits_its_event_and_beside_it_nothing():
    starts = np.array([DAY + 2.0, DAY + 10.0, DAY + 20.0])
    ends = np.array([DAY + 3.0, DAY + 15.0, DAY + 21.0])
    frame, _, _ = frame_of(starts, ends, [120.0, 60.0, 90.0], (DAY, DAY + 30.0))
    assert sorted(frame.rows.tolist()) == [0, 1, 2]
    for i, row in enumerate(frame.rows.tolist()):
        left, top, width, height = frame.item_box(i)
        middle = top + height / 2
        assert frame.row_at(float(frame.x0[i]), middle) == row  # the marker or bar's start
        assert frame.row_at(left + width - 1.0, middle) == row  # the label's or bar's end
        assert frame.row_at(left - 3.0, middle) is None  # before it
        assert frame.row_at(float(frame.x0[i]), top - 5.0) is None  # above its row
    bar = list(frame.rows).index(1)  # the range: its whole bar is a target
    x = (frame.x0[bar] + frame.x1[bar]) / 2
    assert frame.row_at(float(x), centre_of(frame, bar)[1]) == 1


def test_the_box_of_an_event_is_where_it_is_hit_and_none_off_screen():
    starts = np.array([DAY + 2.0, DAY + 400.0])
    frame, _, _ = frame_of(starts, starts + 1.0, [80.0, 80.0], (DAY, DAY + 30.0))
    box = frame.box_of_row(0)
    assert box is not None
    left, top, width, height = box
    assert frame.row_at(left + width / 2, top + height / 2) == 0
    assert left <= frame.x0[0] - MARKER_R
    assert frame.box_of_row(1) is None, "an event far right of the view is not drawn"


def test_a_crowded_day_becomes_a_cluster_mark_that_covers_its_events():
    starts = np.concatenate(([DAY + 1.0], np.full(40, DAY + 10.0) + np.arange(40) * 0.01))
    frame, _, _ = frame_of(starts, starts + 1.0, np.full(41, 150.0), (DAY, DAY + 30.0), rows=2)
    assert frame.clusters.size == 1
    cx, cy = float(frame.cx[0]), float(frame.cy[0])
    assert frame.cw[0] <= CLUSTER_PX
    cluster = frame.cluster_at(cx, cy + frame.row_h / 2)
    assert cluster == int(frame.clusters[0])
    assert frame.row_at(cx, cy + frame.row_h / 2) is None
    t0, t1 = frame.cluster_days(cluster)
    hidden = sorted(set(range(41)) - set(frame.rows.tolist()))
    assert len(hidden) == 41 - frame.rows.size >= 30
    assert all(t0 <= starts[row] < t1 for row in hidden), "a click on it shows them all"
    assert frame.cluster_at(cx + CLUSTER_PX, cy + frame.row_h / 2) is None
    assert frame.cluster_at(cx, cy - frame.row_h) is None


def test_rows_stack_upwards_from_the_axis():
    starts = np.full(3, DAY + 5.0)
    frame, _, _ = frame_of(starts, starts + 1.0, [100.0] * 3, (DAY, DAY + 30.0))
    ys = sorted(frame.y.tolist(), reverse=True)
    assert ys[0] + frame.row_h <= HEIGHT - AXIS_H
    assert ys == [ys[0] - k * frame.pitch for k in range(3)]
    assert frame.row_h <= frame.pitch <= MAX_SPREAD * frame.row_h


def test_a_few_lanes_are_spread_up_the_canvas_instead_of_crowding_at_the_axis():
    starts = np.full(4, DAY + 5.0)
    frame, _, _ = frame_of(starts, starts + 1.0, [100.0] * 4, (DAY, DAY + 30.0))
    area = RowsArea.of(HEIGHT, TEXT_H)
    assert frame.pitch > frame.row_h
    top_row = float(frame.y.min())
    assert top_row < (area.top + HEIGHT - AXIS_H) / 2, "the lanes reach the upper half"
    assert top_row >= area.top
    # A full canvas keeps rows a row apart: every row is needed.
    many = DAY + 5.0 + np.arange(200) * 0.01
    crowded, _, _ = frame_of(many, many + 1.0, [100.0] * 200, (DAY, DAY + 30.0))
    assert crowded.pitch == crowded.row_h and float(crowded.y.min()) >= area.top


def test_no_label_runs_under_the_today_badge():
    rng = np.random.default_rng(3)
    starts = DAY + rng.uniform(0, 30, 300)
    frame, _, _ = frame_of(starts, starts + 1.0, rng.uniform(40, 200, 300), (DAY, DAY + 30.0))
    assert frame.rows.size > 20
    assert float(frame.y.min()) + 2.0 >= TODAY_TOP + TODAY_H


def test_the_today_line_stops_short_of_every_label_it_meets():
    # (and crosses a bar: see the last check)
    starts = np.array([DAY + 10.0, DAY + 12.0, DAY + 20.0])
    frame, _, _ = frame_of(starts, starts + 1.0, [200.0] * 3, (DAY, DAY + 30.0))
    x = frame.x_of(DAY + 13.0)  # through the labels of the first two
    top, bottom = TODAY_TOP + TODAY_H, HEIGHT - AXIS_H
    stretches = frame.clear_of_items(x, top, bottom)
    crossed = [
        i
        for i in range(frame.rows.size)
        if frame.item_box(i)[0] <= x <= frame.item_box(i)[0] + frame.item_box(i)[2]
    ]
    assert len(crossed) == 2
    for i in crossed:
        left, box_top, width, height = frame.item_box(i)
        for a, b in stretches:
            assert b <= box_top or a >= box_top + height, "the line runs through a label"
    assert stretches[0][0] == top and stretches[-1][1] == bottom
    assert frame.clear_of_items(frame.x_of(DAY + 29.5), top, bottom) == [(top, bottom)]
    # A bar ending at today, its label far left of it: the line runs on through the bar.
    long_bar, _, _ = frame_of([DAY + 1.0], [DAY + 20.0], [100.0], (DAY, DAY + 30.0))
    x = long_bar.x_of(DAY + 19.9)
    assert long_bar.clear_of_items(x, top, bottom) == [(top, bottom)]


def test_today_off_the_view_is_marked_at_the_edge_towards_it():
    assert today_marker(DAY + 100.0, DAY, DAY + 30.0) == "right"
    assert today_marker(DAY - 100.0, DAY, DAY + 30.0) == "left"
    assert today_marker(DAY + 10.0, DAY, DAY + 30.0) is None


def test_an_empty_frame_hits_nothing():
    index = EventIndex.build([], [])
    area = RowsArea.of(HEIGHT, TEXT_H)
    frame = make_frame(index, np.zeros(0), None, (DAY, DAY + 30.0), (WIDTH, HEIGHT), area)
    assert frame.row_at(100.0, 100.0) is None and frame.cluster_at(100.0, 100.0) is None
    assert frame.box_of_row(0) is None
    assert frame.x_of(DAY + 15.0) == pytest.approx(WIDTH / 2)
    assert frame.t_of(WIDTH / 2) == pytest.approx(DAY + 15.0)


def test_a_cluster_of_one_is_drawn_as_its_event_not_as_a_plus_one():
    # A crowd on one day fills the one lane; an event three days on, under the crowd's
    # labels, is alone in its cluster bin.
    crowd = DAY + 10.0 + np.arange(30) * 0.01
    starts = np.concatenate((crowd, [DAY + 13.0]))
    labels = np.full(31, 150.0)
    frame, _, layout = frame_of(starts, starts + 1.0, labels, (DAY, DAY + 30.0), rows=2)
    counts = layout.clusters.count[frame.clusters]
    assert counts.size and (counts > 1).all(), "no mark stands for a single event"
    lone = np.flatnonzero(frame.rows == 30)
    assert lone.size == 1 and frame.bare[lone[0]]
    x, top = frame.x0[lone[0]], frame.y[lone[0]]
    assert frame.row_at(x, top + frame.row_h / 2) == 30, "pointing at it finds the event"
    assert frame.cluster_at(x, top + frame.row_h / 2) is None


@pytest.mark.parametrize("x", [5.0, 500.0, 995.0])
@pytest.mark.parametrize("y", [60.0, 200.0, 395.0])
def test_a_tooltip_lies_inside_the_canvas_wherever_the_pointer_is(x, y):
    tip = (220.0, 60.0)
    left, top = place_tip(x, y, tip, (WIDTH, HEIGHT))
    assert left >= 0 and left + tip[0] <= WIDTH
    assert top >= 0 and top + tip[1] <= HEIGHT
    covers_pointer = left <= x <= left + tip[0] and top <= y <= top + tip[1]
    assert not covers_pointer, "the tooltip is beside the pointer, not under it"


def test_a_cluster_mark_at_the_edge_is_drawn_whole():
    crowd = DAY + 29.9 + np.arange(30) * 0.001
    frame, _, _ = frame_of(crowd, crowd + 0.01, np.full(30, 150.0), (DAY, DAY + 30.0), rows=2)
    assert frame.clusters.size
    assert np.all(frame.cx + frame.cw / 2 <= WIDTH) and np.all(frame.cx - frame.cw / 2 >= 0)


def test_band_names_have_a_strip_no_event_is_drawn_in():
    rng = np.random.default_rng(5)
    n = 400
    starts = DAY + rng.uniform(0, 30, n)
    groups = rng.integers(0, 3, n)
    index = EventIndex.build(starts, starts + 1.0)
    label_px = rng.uniform(40, 220, n)
    area = RowsArea.of(HEIGHT, TEXT_H)
    rows = area.lanes_for(3)
    assert rows < area.count
    view = (DAY, DAY + 30.0)
    layout = compute_layout(
        index,
        label_px,
        WIDTH / 30.0,
        rows,
        groups=groups,
        group_names=["a", "b", "c"],
        lead_px=LEAD_PX,
        cluster_px=CLUSTER_PX,
    )
    frame = make_frame(index, label_px, layout, view, (WIDTH, HEIGHT), area, captions=True)
    assert len(layout.bands) == 3 and frame.rows.size > 10
    tops = [frame.item_box(i)[1] for i in range(frame.rows.size)]
    tops += [float(cy) + 2.0 for cy in frame.cy]
    for i in range(3):
        strip_top, _ = frame.band_box(i)
        strip = (strip_top, strip_top + CAPTION_H)
        for top in tops:
            bottom = top + frame.row_h - 4.0
            assert bottom <= strip[0] or top >= strip[1], "an event under a band's name"
    assert min(tops) >= area.top and max(tops) + frame.row_h <= HEIGHT - AXIS_H


def test_a_period_whose_label_runs_past_its_end_loses_its_right_bracket():
    # A year 100 px wide with a 300 px label, and a year 400 px wide with a 100 px label.
    starts = np.array([DAY, DAY + 500.0])
    ends = starts + np.array([100.0, 400.0])
    frame, _, _ = frame_of(starts, ends, [300.0, 100.0], (DAY - 10.0, DAY + 990.0))
    closed = dict(zip(frame.rows.tolist(), frame.closed_right().tolist(), strict=True))
    assert closed == {0: False, 1: True}
