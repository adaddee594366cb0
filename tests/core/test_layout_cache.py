"""The lane layouts kept per zoom level: panning and zooming back reuse them, fast zoom
steps borrow a coarser one, and a pause lays out the next zoom step ahead."""

import math
from dataclasses import dataclass, field

import numpy as np
import pytest

import timeline_app.core.layout_cache as layout_cache
from timeline_app.core.layout import EventIndex, quantize_scale
from timeline_app.core.layout_cache import LayoutCache
from timeline_app.core.viewport import ZOOM_STEP, Viewport

WIDTH = 1200.0
ROWS = 12
DAY = 738_000.0


@dataclass(eq=False)
class Events:
    index: EventIndex
    label_px: np.ndarray
    groups: np.ndarray | None = None
    asked: list = field(default_factory=list)

    def group_keys(self, mode):
        self.asked.append(mode)
        if mode == "category":
            return self.groups, ["a", "b"]
        return None, [""]


def events(n=2000, seed=0) -> Events:
    rng = np.random.default_rng(seed)
    starts = DAY + rng.uniform(0, 3000, n)
    ends = starts + np.where(rng.random(n) < 0.1, rng.exponential(50, n), 1.0)
    return Events(EventIndex.build(starts, ends), rng.uniform(40, 250, n), rng.integers(0, 2, n))


@pytest.fixture
def packed(monkeypatch):
    """How many layouts were packed."""
    calls = []
    real = layout_cache.compute_layout
    monkeypatch.setattr(
        layout_cache, "compute_layout", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    return calls


def test_panning_within_a_block_and_zooming_back_reuse_the_layout(packed):
    cache, data = LayoutCache(), events()
    scale = WIDTH / 100.0
    first = cache.layout(data, scale, WIDTH, ROWS, DAY + 1000.0, "none")
    assert len(packed) == 1
    # A few pans the same zoom level: the same block of time, the same layout.
    assert cache.layout(data, scale, WIDTH, ROWS, DAY + 1010.0, "none") is first
    assert cache.layout(data, scale * 1.01, WIDTH, ROWS, DAY + 1000.0, "none") is first
    cache.layout(data, scale * 4, WIDTH, ROWS, DAY + 1000.0, "none")
    assert cache.layout(data, scale, WIDTH, ROWS, DAY + 1000.0, "none") is first
    assert len(packed) == 2
    cache.clear()
    assert cache.layout(data, scale, WIDTH, ROWS, DAY + 1000.0, "none") is not first


def test_a_layout_covers_the_view_it_was_asked_for():
    cache, data = LayoutCache(), events()
    for span in (3000.0, 400.0, 30.0, 2.0):
        for start in (DAY - 500.0, DAY + 1234.5, DAY + 2990.0):
            layout = cache.layout(data, WIDTH / span, WIDTH, ROWS, start, "none")
            assert layout.covers(start, start + span)
            assert layout.level == quantize_scale(WIDTH / span)[0]


def test_grouping_and_rows_get_their_own_layouts():
    cache, data = LayoutCache(), events()
    plain = cache.layout(data, 1.0, WIDTH, ROWS, DAY, "none")
    grouped = cache.layout(data, 1.0, WIDTH, ROWS, DAY, "category")
    assert grouped is not plain and [b.key for b in grouped.bands] == ["a", "b"]
    assert cache.layout(data, 1.0, WIDTH, ROWS - 2, DAY, "none").rows <= ROWS - 2
    assert data.asked == ["none", "category", "none"]


def test_a_fast_zoom_step_borrows_a_coarser_layout_and_the_pause_makes_its_own(packed):
    cache, data = LayoutCache(), events()
    coarse = cache.layout(data, WIDTH / 400.0, WIDTH, ROWS, DAY + 1000.0, "none")
    packed.clear()
    finer = WIDTH / 300.0
    borrowed = cache.layout(data, finer, WIDTH, ROWS, DAY + 1050.0, "none", borrow=True)
    assert borrowed is coarse and packed == []
    assert borrowed.level != quantize_scale(finer)[0], "the caller can tell it is borrowed"
    own = cache.layout(data, finer, WIDTH, ROWS, DAY + 1050.0, "none")
    assert own.level == quantize_scale(finer)[0] and packed == [1]
    # Nothing coarser that covers the view, or a different grouping: it is laid out now.
    fresh = cache.layout(data, WIDTH / 300.0, WIDTH, ROWS, DAY + 1050.0, "category", borrow=True)
    assert fresh.level == quantize_scale(finer)[0] and packed == [1, 1]


def test_only_the_most_recently_used_layouts_are_kept():
    cache, data = LayoutCache(capacity=3), events(300)
    layouts = [cache.layout(data, 2.0**k, WIDTH, ROWS, DAY, "none") for k in range(3)]
    cache.layout(data, 1.0, WIDTH, ROWS, DAY, "none")  # used again: kept
    cache.layout(data, 8.0, WIDTH, ROWS, DAY, "none")  # drops the least recently used
    assert len(cache) == 3
    assert cache.layout(data, 1.0, WIDTH, ROWS, DAY, "none") is layouts[0]
    assert cache.layout(data, 2.0, WIDTH, ROWS, DAY, "none") is not layouts[1]


@pytest.mark.parametrize("x", [0.0, 250.0, 600.0, 1150.0, WIDTH])
@pytest.mark.parametrize("steps", [1, -1])
def test_after_a_prefetch_a_wheel_step_anywhere_finds_its_layout_ready(packed, x, steps):
    cache, data = LayoutCache(), events()
    # The view starts just after a block of the zoomed-out level begins: a step out may start
    # in the block before, or stay in this one, depending on where the cursor is.
    block = WIDTH / quantize_scale(WIDTH / (150.0 * ZOOM_STEP))[1]
    start = (math.floor((DAY + 800.0) / block) + 1) * block + 5.0
    viewport = Viewport(start, start + 150.0)
    cache.prefetch(data, viewport.range, viewport.zoom_step_spans(), WIDTH, ROWS, "none")
    packed.clear()
    viewport.zoom_at(x, WIDTH, steps)
    cache.layout(data, WIDTH / viewport.span, WIDTH, ROWS, viewport.t0, "none")
    assert packed == []
