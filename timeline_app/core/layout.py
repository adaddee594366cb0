"""The event index and the lane layout of the timeline canvas, in numpy and free of Qt.

``EventIndex`` keeps the events sorted by start, with a running maximum of their ends so
that a binary search also finds ranges that began before a window and reach into it.
``compute_layout`` packs each event's drawn extent (its bar, or its marker and label,
whichever reaches further at a given scale) into lanes by first fit; events that do not fit
in the rows the canvas has become cluster marks. A layout is made for a quantised scale
(steps of 2^(1/4)) so that it is computed once per data change or zoom level, not per frame.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

LEVELS_PER_OCTAVE = 4
_CHAIN_STEPS_BEFORE_BULK = 64  # how often a lane checks whether one bulk pass would be cheaper


def quantize_scale(px_per_day: float) -> tuple[int, float]:
    """The zoom level and its scale (px per day), rounded down to a step of 2^(1/4).

    Rounding down means labels take at least as many days at the real scale as at the
    layout's, so lanes packed at the layout's scale never overlap on screen.
    """
    level = math.floor(math.log2(max(px_per_day, 1e-12)) * LEVELS_PER_OCTAVE + 1e-9)
    return level, 2.0 ** (level / LEVELS_PER_OCTAVE)


def _empty_int() -> np.ndarray:
    return np.zeros(0, dtype=np.int64)


def _empty_float() -> np.ndarray:
    return np.zeros(0, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class EventIndex:
    """Events sorted by start; ``rows[i]`` is the model row of the i-th event by start."""

    rows: np.ndarray = field(default_factory=_empty_int)
    starts: np.ndarray = field(default_factory=_empty_float)
    ends: np.ndarray = field(default_factory=_empty_float)
    reach: np.ndarray = field(default_factory=_empty_float)  # running max of ends
    positions: np.ndarray = field(default_factory=_empty_int)  # sorted position of each row

    @classmethod
    def build(cls, starts: Sequence[float] | np.ndarray, ends: Sequence[float] | np.ndarray):
        """Index events given per model row (start and exclusive end, in days)."""
        start_days = np.asarray(starts, dtype=np.float64)
        end_days = np.maximum(np.asarray(ends, dtype=np.float64), start_days)
        order = np.argsort(start_days, kind="stable")
        positions = np.empty_like(order)
        positions[order] = np.arange(order.size)
        sorted_ends = end_days[order]
        reach = np.maximum.accumulate(sorted_ends) if order.size else _empty_float()
        return cls(order, start_days[order], sorted_ends, reach, positions)

    def __len__(self) -> int:
        return int(self.rows.size)

    def visible(self, t0: float, t1: float) -> np.ndarray:
        """Sorted positions of the events whose [start, end) meets [t0, t1), in start order."""
        hi = int(np.searchsorted(self.starts, t1, side="left"))
        lo = int(np.searchsorted(self.reach, t0, side="right"))  # first that reaches past t0
        if lo >= hi:
            return _empty_int()
        return lo + np.flatnonzero(self.ends[lo:hi] > t0)

    def span(self) -> tuple[float, float] | None:
        """The first start and the last end, or None without events."""
        if not len(self):
            return None
        return float(self.starts[0]), float(self.reach[-1])


@dataclass(frozen=True, eq=False)
class Band:
    """A horizontal band of rows for one group (a category or an actor; "" without grouping)."""

    key: str
    first_row: int
    lanes: int
    cluster_row: int | None  # the row holding the band's cluster marks, if it has any

    @property
    def rows(self) -> int:
        return self.lanes + (self.cluster_row is not None)


@dataclass(frozen=True, eq=False)
class Clusters:
    """Cluster marks: ``count`` events of a band whose starts fall in one bin of pixels.

    ``t0``/``t1`` is the time the members cover (a click zooms there); ``anchor`` where the
    mark is drawn, kept inside its bin so that marks never overlap.
    """

    band: np.ndarray = field(default_factory=_empty_int)
    row: np.ndarray = field(default_factory=_empty_int)
    anchor: np.ndarray = field(default_factory=_empty_float)
    t0: np.ndarray = field(default_factory=_empty_float)
    t1: np.ndarray = field(default_factory=_empty_float)
    count: np.ndarray = field(default_factory=_empty_int)
    single: np.ndarray = field(default_factory=_empty_int)  # a mark of one: its item, else -1

    def __len__(self) -> int:
        return int(self.count.size)


@dataclass(frozen=True, eq=False)
class LaneLayout:
    """Rows and clusters for the events of a window at one quantised scale.

    Arrays ``pos``.. ``cluster`` are per item of the window, in start order: ``pos`` the
    item's sorted position in the index, ``ext_start``/``ext_end`` its drawn extent in days,
    ``row`` its row (-1 when in a cluster) and ``cluster`` its cluster number (-1 when in a
    lane).
    """

    level: int
    scale: float
    window: tuple[float, float]
    pos: np.ndarray
    ext_start: np.ndarray
    ext_end: np.ndarray
    row: np.ndarray
    cluster: np.ndarray
    bands: list[Band]
    rows: int
    clusters: Clusters
    cluster_px: float
    _placed: np.ndarray = field(repr=False, default_factory=_empty_int)
    _placed_reach: np.ndarray = field(repr=False, default_factory=_empty_float)

    def covers(self, t0: float, t1: float) -> bool:
        return self.window[0] <= t0 and t1 <= self.window[1]

    def visible_items(self, t0: float, t1: float) -> np.ndarray:
        """Items in lanes whose drawn extent meets [t0, t1), in start order."""
        starts = self.ext_start[self._placed]
        hi = int(np.searchsorted(starts, t1, side="left"))
        lo = int(np.searchsorted(self._placed_reach, t0, side="right"))
        if lo >= hi:
            return _empty_int()
        candidates = self._placed[lo:hi]
        return candidates[self.ext_end[candidates] > t0]

    def visible_clusters(self, t0: float, t1: float) -> np.ndarray:
        """Cluster marks whose bin meets [t0, t1)."""
        half = self.cluster_px / self.scale / 2
        anchor = self.clusters.anchor
        return np.flatnonzero((anchor + half > t0) & (anchor - half < t1))


# --- packing ---------------------------------------------------------------------------------


def _lane_through(starts: np.ndarray, ends: np.ndarray, taken: np.ndarray, first: int) -> list[int]:
    """The greedy chain of not-yet-taken extents from ``first``: each next one starts at or
    after the previous one's end. Marks them taken. ``ends`` must exceed ``starts``."""
    n = int(starts.size)
    chain: list[int] = []
    i = first
    while i < n:
        chain.append(i)
        taken[i] = True
        if len(chain) % _CHAIN_STEPS_BEFORE_BULK == 0 and _bulk_pays(starts, chain, n):
            # A long lane (sparse events at a fine scale): all "next" pointers at once over
            # what is left, instead of one search per event.
            left = np.flatnonzero(~taken)
            following = np.searchsorted(starts[left], ends[left], side="left").tolist()
            k = int(np.searchsorted(starts[left], ends[i], side="left"))
            rest: list[int] = []
            while k < left.size:
                rest.append(k)
                k = following[k]
            more = left[rest]
            taken[more] = True
            chain.extend(more.tolist())
            break
        j = int(np.searchsorted(starts, ends[i], side="left"))
        # Skip extents earlier lanes took; near any spot there are at most a few per lane.
        while j < n and taken[j]:
            j += 1
        i = j
    return chain


def _bulk_pays(starts: np.ndarray, chain: list[int], n: int) -> bool:
    """Whether the rest of a lane, extrapolated from its pace so far, is long enough that
    one pass over every event left (~25 times cheaper per event than a search step) wins."""
    done = float(starts[chain[-1]] - starts[chain[0]])
    left = float(starts[n - 1] - starts[chain[-1]])
    if done <= 0:
        return True
    return len(chain) * left / done * 25 > n - len(chain)


def _fit_short_then_long(
    ext_start: np.ndarray,
    ext_end: np.ndarray,
    items: np.ndarray,
    long_span: np.ndarray,
    max_rows: int,
) -> tuple[np.ndarray, int]:
    """Lanes for one band's items, the long spans in lanes above the short items.

    Where rows are scarce, long spans get only what the short items leave, but at least a
    quarter of the rows; where they are not, everything gets a lane.
    """
    lanes = np.full(items.size, -1, dtype=np.int64)
    long_items = np.flatnonzero(long_span)
    short_items = np.flatnonzero(~long_span)
    short_lanes, short_used = first_fit(
        ext_start[items[short_items]], ext_end[items[short_items]], max_rows
    )
    short_demand = short_used + bool((short_lanes < 0).any())
    long_cap = max(max_rows // 4, 1, max_rows - short_demand) if short_items.size else max_rows
    long_lanes, long_used = first_fit(
        ext_start[items[long_items]], ext_end[items[long_items]], min(long_cap, max_rows)
    )
    # First fit gives lane k from lanes 0..k-1 alone, so cutting the short lanes to the rows
    # the long ones leave is the same as packing them again with that cap.
    short_cap = max_rows - long_used
    short_lanes = np.where(short_lanes < short_cap, short_lanes, -1)
    short_used = min(short_used, short_cap)
    lanes[short_items] = short_lanes
    lanes[long_items] = np.where(long_lanes >= 0, long_lanes + short_used, -1)
    return lanes, short_used + long_used


def first_fit(starts: np.ndarray, ends: np.ndarray, max_lanes: int) -> tuple[np.ndarray, int]:
    """Lane of each extent (sorted by start) by first fit, -1 past ``max_lanes``; lanes used.

    First fit in start order equals taking greedy chains lane after lane (lane k is the
    greedy chain through what lanes 0..k-1 left), so each lane costs a search per event it
    holds rather than a pass over every event.
    """
    n = int(starts.size)
    lanes = np.full(n, -1, dtype=np.int64)
    taken = np.zeros(n, dtype=bool)
    used = placed = head = 0
    while placed < n and used < max_lanes:
        while taken[head]:
            head += 1
        chain = _lane_through(starts, ends, taken, head)
        lanes[chain] = used
        placed += len(chain)
        used += 1
    return lanes, used


def _share_rows(demands: list[int], total: int) -> list[int]:
    """Rows for each band: all it asks if they fit, else at least one and the rest by need."""
    if sum(demands) <= total:
        return list(demands)
    shares = [1 if d else 0 for d in demands]
    left = total - sum(shares)
    while left > 0:
        best = max(
            range(len(demands)),
            key=lambda b: (demands[b] - shares[b]) / demands[b] if demands[b] else -1.0,
        )
        if demands[best] - shares[best] <= 0:
            break
        shares[best] += 1
        left -= 1
    return shares


def merge_groups(groups: np.ndarray, names: Sequence[str], max_bands: int, other: str = "Other"):
    """Keep the ``max_bands - 1`` largest groups and put the rest in one band ``other``.

    Returns the new group per event and the new names, in the original order of the kept.
    """
    groups = np.asarray(groups, dtype=np.int64)
    if len(names) <= max_bands:
        return groups, list(names)
    counts = np.bincount(groups, minlength=len(names))
    keep = sorted(np.argsort(-counts, kind="stable")[: max(max_bands - 1, 0)].tolist())
    mapping = np.full(len(names), len(keep), dtype=np.int64)
    mapping[keep] = np.arange(len(keep))
    return mapping[groups], [names[k] for k in keep] + [other]


def compute_layout(
    index: EventIndex,
    label_px: np.ndarray,
    px_per_day: float,
    max_rows: int,
    *,
    window: tuple[float, float] | None = None,
    groups: np.ndarray | None = None,
    group_names: Sequence[str] = ("",),
    lead_px: float = 0.0,
    gap_px: float = 8.0,
    cluster_px: float = 48.0,
    long_px: float = 400.0,
) -> LaneLayout:
    """Lay out the events meeting ``window`` (all without one) at the quantised ``px_per_day``.

    ``label_px`` (per model row) is how far right of its start an event draws its marker and
    label, in pixels; ``lead_px`` how far left. ``groups`` (per model row, indices into
    ``group_names``) puts each group in its own band; ``max_rows`` rows are shared between
    bands, and a band that overflows gives its last row to cluster marks of ``cluster_px``.
    Spans longer than ``long_px`` (years, long ranges) go above the short events and, where rows
    are scarce, get what the short events leave but at least a quarter of the rows: at a zoom
    of days, the day's events matter more than the bars running through it.
    """
    level, scale = quantize_scale(px_per_day)
    if window is None:
        window = (-math.inf, math.inf)
        pos = np.arange(len(index))
    else:
        pos = index.visible(*window)
    rows_of = index.rows[pos]
    starts = index.starts[pos]
    label_days = np.asarray(label_px, dtype=np.float64)[rows_of] / scale
    ext_start = starts - lead_px / scale
    ext_end = np.maximum(index.ends[pos], starts + label_days) + gap_px / scale
    ext_end = np.maximum(ext_end, ext_start + 1e-9 + 1.0 / scale)  # never empty

    max_rows = max(int(max_rows), 1)
    if groups is None:
        item_group = np.zeros(pos.size, dtype=np.int64)
        names = list(group_names[:1]) or [""]
    else:
        merged, names = merge_groups(groups, group_names, max(max_rows // 2, 1))
        item_group = merged[rows_of]

    # First fit per band with the whole height as the cap; lanes beyond a band's share are cut
    # afterwards, which is the same as packing with the smaller cap (lane k only depends on
    # lanes before it).
    lanes = np.full(pos.size, -1, dtype=np.int64)
    demands: list[int] = []
    members: list[np.ndarray] = []
    long_span = (index.ends[pos] - starts) * scale > long_px
    for band in range(len(names)):
        items = np.flatnonzero(item_group == band)
        members.append(items)
        band_lanes, used = _fit_short_then_long(
            ext_start, ext_end, items, long_span[items], max_rows
        )
        lanes[items] = band_lanes
        overflow = bool((band_lanes < 0).any())
        demands.append(used + overflow)
    shares = _share_rows(demands, max_rows)

    bands: list[Band] = []
    row = np.full(pos.size, -1, dtype=np.int64)
    clustered_parts: list[np.ndarray] = []
    first = 0
    for band, items in enumerate(members):
        if not items.size:
            continue
        share = shares[band]
        band_lanes = lanes[items]
        if share >= demands[band] and not (band_lanes < 0).any():
            n_lanes, cluster_row = demands[band], None
        else:
            n_lanes = max(min(share - 1, demands[band]), 0)
            cluster_row = first + n_lanes
        in_lane = (band_lanes >= 0) & (band_lanes < n_lanes)
        row[items[in_lane]] = first + band_lanes[in_lane]
        if cluster_row is not None:
            clustered_parts.append(items[~in_lane])
        bands.append(Band(names[band], first, n_lanes, cluster_row))
        first += n_lanes + (cluster_row is not None)

    clustered = np.sort(np.concatenate(clustered_parts)) if clustered_parts else _empty_int()
    cluster_of, clusters = _cluster(
        clustered, starts, index.ends[pos], item_group, bands, names, scale, cluster_px
    )
    cluster = np.full(pos.size, -1, dtype=np.int64)
    cluster[clustered] = cluster_of
    placed = np.flatnonzero(row >= 0)
    placed_reach = np.maximum.accumulate(ext_end[placed]) if placed.size else _empty_float()
    return LaneLayout(
        level,
        scale,
        window,
        pos,
        ext_start,
        ext_end,
        row,
        cluster,
        bands,
        first,
        clusters,
        cluster_px,
        placed,
        placed_reach,
    )


def _cluster(
    items: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    item_group: np.ndarray,
    bands: list[Band],
    names: list[str],
    scale: float,
    cluster_px: float,
) -> tuple[np.ndarray, Clusters]:
    """Group the items that did not fit into one mark per band and bin of ``cluster_px``."""
    if not items.size:
        return _empty_int(), Clusters()
    bin_days = cluster_px / scale
    bins = np.floor(starts[items] / bin_days).astype(np.int64)
    band_of_group = np.full(len(names), -1, dtype=np.int64)
    for i, b in enumerate(bands):
        band_of_group[names.index(b.key)] = i
    band = band_of_group[item_group[items]]
    # One integer key per (band, bin): a 1-D unique is much faster than one over rows.
    low = int(bins.min())
    width = int(bins.max()) - low + 1
    keys, cluster_of = np.unique(band * width + (bins - low), return_inverse=True)
    cluster_of = cluster_of.reshape(-1)
    unique = np.stack([keys // width, keys % width + low], axis=1)
    count = np.bincount(cluster_of, minlength=len(unique))
    t0 = np.full(len(unique), np.inf)
    t1 = np.full(len(unique), -np.inf)
    np.minimum.at(t0, cluster_of, starts[items])
    np.maximum.at(t1, cluster_of, ends[items])
    mean = np.bincount(cluster_of, weights=starts[items], minlength=len(unique)) / count
    # The mark sits at the members' mean start, but stays in the middle 40% of its bin so
    # that marks up to 60% of a bin wide never touch their neighbours.
    bin_start = unique[:, 1] * bin_days
    anchor = np.clip(mean, bin_start + 0.3 * bin_days, bin_start + 0.7 * bin_days)
    rows = np.array([bands[b].cluster_row for b in unique[:, 0].tolist()], dtype=np.int64)
    # A "cluster" of one is drawn as its event (a "+1" badge would hide what it could show).
    single = np.full(len(unique), -1, dtype=np.int64)
    alone = count[cluster_of] == 1
    single[cluster_of[alone]] = items[alone]
    return cluster_of, Clusters(unique[:, 0].copy(), rows, anchor, t0, t1, count, single)
