"""A frame of the canvas without a widget: which events and cluster marks are where on the
screen (culling), and what is under a point (hit-testing)."""

import numpy as np
import pytest

from timeline_app.core.frame import (
    AXIS_H,
    CLUSTER_PX,
    HEADER_H,
    LEAD_PX,
    MARKER_R,
    RowsArea,
    make_frame,
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
        assert frame.x1[i] == pytest.approx((ends[row] - view[0]) * scale)
        assert frame.xl[i] == pytest.approx(frame.x0[i] + label_px[row])


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
    assert ys == [ys[0] - k * frame.row_h for k in range(3)]


def test_an_empty_frame_hits_nothing():
    index = EventIndex.build([], [])
    area = RowsArea.of(HEIGHT, TEXT_H)
    frame = make_frame(index, np.zeros(0), None, (DAY, DAY + 30.0), (WIDTH, HEIGHT), area)
    assert frame.row_at(100.0, 100.0) is None and frame.cluster_at(100.0, 100.0) is None
    assert frame.box_of_row(0) is None
    assert frame.x_of(DAY + 15.0) == pytest.approx(WIDTH / 2)
    assert frame.t_of(WIDTH / 2) == pytest.approx(DAY + 15.0)
