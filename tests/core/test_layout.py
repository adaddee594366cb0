"""The event index and the lane layout: binary search, lanes that never overlap, clusters."""

import numpy as np
import pytest

from timeline_app.core.layout import (
    EventIndex,
    compute_layout,
    first_fit,
    merge_groups,
    quantize_scale,
)


def random_events(n, seed, ranges=0.2):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(730_000, 740_000, 8)
    starts = rng.normal(centres[rng.integers(0, 8, n)], rng.uniform(1, 400, n))
    lengths = np.where(rng.random(n) < ranges, rng.exponential(200, n), 1.0)
    labels = rng.uniform(40, 260, n)
    return starts, starts + lengths, labels


@pytest.mark.parametrize("seed", range(5))
def test_visible_set_equals_brute_force_including_ranges_that_began_before(seed):
    starts, ends, _ = random_events(3000, seed, ranges=0.3)
    index = EventIndex.build(starts, ends)
    rng = np.random.default_rng(seed + 100)
    for _ in range(60):
        t0 = rng.uniform(729_000, 741_000)
        t1 = t0 + rng.exponential(300)
        found = set(index.rows[index.visible(t0, t1)].tolist())
        expected = set(np.flatnonzero((starts < t1) & (ends > t0)).tolist())
        assert found == expected


def test_index_orders_by_start_and_maps_rows_both_ways():
    index = EventIndex.build([5.0, 1.0, 3.0], [6.0, 2.0, 10.0])
    assert index.starts.tolist() == [1.0, 3.0, 5.0]
    assert index.rows.tolist() == [1, 2, 0]
    assert index.positions.tolist() == [2, 0, 1]
    assert index.reach.tolist() == [2.0, 10.0, 10.0]
    assert index.span() == (1.0, 10.0)
    assert EventIndex.build([], []).span() is None


def test_quantised_scale_is_a_step_at_or_below_the_real_one():
    for ppd in (1e-4, 0.37, 1.0, 3.9, 5000.0):
        level, scale = quantize_scale(ppd)
        assert scale <= ppd * (1 + 1e-12) < scale * 2**0.25 * (1 + 1e-9)
        assert quantize_scale(scale)[0] == level


def test_first_fit_is_the_textbook_first_fit():
    rng = np.random.default_rng(7)
    starts = np.sort(rng.uniform(0, 100, 400))
    ends = starts + rng.uniform(0.1, 10, 400)
    lanes, used = first_fit(starts, ends, 1000)
    lane_ends: list[float] = []
    for start, end, got in zip(starts, ends, lanes, strict=True):
        for k, last in enumerate(lane_ends):
            if last <= start:
                lane_ends[k] = end
                break
        else:
            k = len(lane_ends)
            lane_ends.append(end)
        assert got == k
    assert used == len(lane_ends)


def assert_no_overlaps(layout):
    for row in range(layout.rows):
        items = np.flatnonzero(layout.row == row)
        order = np.argsort(layout.ext_start[items])
        starts, ends = layout.ext_start[items][order], layout.ext_end[items][order]
        assert np.all(starts[1:] >= ends[:-1]), f"overlap in row {row}"


@pytest.mark.parametrize("ppd", [0.05, 1.0, 20.0, 2000.0])
@pytest.mark.parametrize("seed", range(3))
def test_lanes_never_overlap_and_clusters_account_for_every_event(ppd, seed):
    starts, ends, labels = random_events(4000, seed)
    index = EventIndex.build(starts, ends)
    layout = compute_layout(index, labels, ppd, 20, lead_px=5.0)
    assert_no_overlaps(layout)
    # Extents really hold the label at the layout's (rounded-down) scale, so on screen too.
    rows = index.rows[layout.pos]
    assert np.all(layout.ext_end - layout.ext_start >= (labels[rows] + 5.0) / ppd - 1e-9)
    assert np.all(layout.ext_end >= index.ends[layout.pos])
    placed = layout.row >= 0
    clustered = layout.cluster >= 0
    assert np.all(placed ^ clustered)  # each event either in a lane or in a cluster
    assert placed.sum() + layout.clusters.count.sum() == len(index)
    counts = np.bincount(layout.cluster[clustered], minlength=len(layout.clusters))
    assert counts.tolist() == layout.clusters.count.tolist()
    assert layout.rows <= 20


def test_cluster_marks_cover_their_members_and_never_touch():
    starts, ends, labels = random_events(5000, 3)
    index = EventIndex.build(starts, ends)
    ppd, cluster_px = 0.2, 64.0
    layout = compute_layout(index, labels, ppd, 6, cluster_px=cluster_px)
    clusters = layout.clusters
    assert len(clusters) > 0
    for c in range(len(clusters)):
        members = layout.pos[layout.cluster == c]
        assert clusters.t0[c] == index.starts[members].min()
        assert clusters.t1[c] == index.ends[members].max()
    # Marks up to 60% of a bin wide, in one row, do not overlap.
    half = 0.3 * cluster_px / layout.scale
    for row in set(clusters.row.tolist()):
        anchors = np.sort(clusters.anchor[clusters.row == row])
        assert np.all(np.diff(anchors) >= 2 * half - 1e-9)


def test_sparse_events_all_get_lanes():
    starts = np.arange(0.0, 1000.0, 10.0)
    index = EventIndex.build(starts, starts + 1)
    layout = compute_layout(index, np.full(starts.size, 50.0), 10.0, 3)
    assert np.all(layout.row == 0)
    assert len(layout.clusters) == 0


def test_window_limits_the_layout_to_events_meeting_it():
    starts, ends, labels = random_events(4000, 4, ranges=0.3)
    index = EventIndex.build(starts, ends)
    window = (734_000.0, 734_500.0)
    layout = compute_layout(index, labels, 2.0, 15, window=window)
    expected = np.flatnonzero((index.starts < window[1]) & (index.ends > window[0]))
    assert layout.pos.tolist() == expected.tolist()
    assert layout.covers(734_100.0, 734_400.0)
    assert not layout.covers(733_900.0, 734_400.0)
    assert_no_overlaps(layout)


def test_visible_items_match_a_brute_force_search():
    starts, ends, labels = random_events(3000, 5, ranges=0.3)
    index = EventIndex.build(starts, ends)
    layout = compute_layout(index, labels, 0.5, 25)
    rng = np.random.default_rng(1)
    for _ in range(40):
        t0 = rng.uniform(729_000, 741_000)
        t1 = t0 + rng.exponential(500)
        found = set(layout.visible_items(t0, t1).tolist())
        brute = np.flatnonzero((layout.row >= 0) & (layout.ext_start < t1) & (layout.ext_end > t0))
        assert found == set(brute.tolist())


def test_bands_per_group_share_the_rows_and_keep_their_events():
    starts, ends, labels = random_events(3000, 6)
    groups = np.arange(3000) % 3
    index = EventIndex.build(starts, ends)
    layout = compute_layout(index, labels, 0.5, 18, groups=groups, group_names=["a", "b", "c"])
    assert [band.key for band in layout.bands] == ["a", "b", "c"]
    assert layout.rows <= 18
    assert_no_overlaps(layout)
    rows = index.rows[layout.pos]
    for band in layout.bands:
        members = groups[rows] == "abc".index(band.key)
        placed = layout.row[members]
        placed = placed[placed >= 0]
        assert np.all((placed >= band.first_row) & (placed < band.first_row + band.lanes))
        if band.cluster_row is not None:
            in_band = layout.clusters.band == layout.bands.index(band)
            assert np.all(layout.clusters.row[in_band] == band.cluster_row)
    assert (layout.row >= 0).sum() + layout.clusters.count.sum() == 3000


def test_many_groups_are_merged_into_other():
    groups = np.array([0] * 10 + [1] * 5 + [2] * 3 + [3] * 1)
    merged, names = merge_groups(groups, ["a", "b", "c", "d"], 3)
    assert names == ["a", "b", "Other"]
    assert merged.tolist() == [0] * 10 + [1] * 5 + [2] * 4


def test_empty_and_single_event_layouts():
    empty = compute_layout(EventIndex.build([], []), np.zeros(0), 1.0, 10)
    assert empty.rows == 0 and len(empty.clusters) == 0
    one = compute_layout(EventIndex.build([10.0], [11.0]), np.array([80.0]), 1.0, 10)
    assert one.row.tolist() == [0]


def test_the_days_events_keep_their_lanes_under_many_long_spans():
    # 200 year-long spans that all cross a month, and 30 events on its days: at 40 px a day,
    # with 40 rows, the days' events get lanes; the spans get the rest, at least a quarter.
    spans = np.linspace(0.0, 300.0, 200)
    days = np.arange(400.0, 430.0)
    starts = np.concatenate([spans, days])
    ends = np.concatenate([spans + 365.0, days + 1.0])
    index = EventIndex.build(starts, ends)
    layout = compute_layout(index, np.full(starts.size, 120.0), 40.0, 40, window=(395, 435))
    rows_of = index.rows[layout.pos]
    short = rows_of >= spans.size
    assert short.sum() == days.size and np.all(layout.row[short] >= 0)
    long_rows = set(layout.row[~short & (layout.row >= 0)].tolist())
    assert len(long_rows) >= 40 // 4
    assert min(long_rows) > max(layout.row[short])  # spans above the day events
    assert_no_overlaps(layout)


def test_long_spans_get_every_lane_they_need_when_rows_are_plenty():
    starts = np.array([0.0] * 8 + [10.0, 12.0])
    ends = np.array([31.0] * 8 + [11.0, 13.0])  # eight month spans, two days, 20 rows
    index = EventIndex.build(starts, ends)
    layout = compute_layout(index, np.full(starts.size, 150.0), 30.0, 20)
    assert np.all(layout.row >= 0) and len(layout.clusters) == 0
