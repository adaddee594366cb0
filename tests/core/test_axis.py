"""Axis ticks: labels that never overlap from millennia down to hours, in the years 1 to 9999."""

import datetime as dt

import numpy as np
import pytest

from timeline_app.core import axis
from timeline_app.core.axis import (
    END_DAY,
    FIRST_DAY,
    LABEL_PAD,
    choose_ticks,
    estimate_width,
    place_labels,
)
from timeline_app.core.dates import ordinal_of

WIDTH = 1400.0
SPANS = [3 / 24, 0.5, 1, 3, 10, 45, 120, 400, 1500, 5000, 20_000, 80_000, 400_000, END_DAY - 1]


def assert_no_overlap(ticks, t0, t1, width, gap=0.0):
    scale = width / (t1 - t0)
    for here, after in zip(ticks, ticks[1:], strict=False):
        left = (here.t - t0) * scale + LABEL_PAD
        assert left + estimate_width(here.label) + gap <= (after.t - t0) * scale + LABEL_PAD


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("centre", [ordinal_of(dt.date(2022, 1, 17)), 400.0, END_DAY - 200.0])
def test_minor_labels_never_overlap_and_a_context_row_is_there(span, centre):
    t0 = min(max(centre - span / 2, FIRST_DAY), END_DAY - span)
    t1 = t0 + span
    ticks = choose_ticks(t0, t1, WIDTH)
    assert ticks.minor, ticks.unit
    assert_no_overlap(ticks.minor, t0, t1, WIDTH, gap=12.0)
    assert ticks.major
    placed = place_labels(ticks.major, t0, t1, WIDTH, sticky=True)
    assert placed, "the context row shows at least one label"
    for a, b in zip(placed, placed[1:], strict=False):
        assert a.x + a.width <= b.x
    visible = [t for t in ticks.minor if t0 <= t.t <= t1]
    assert len(visible) >= 2 or span < 0.2 or span > 1e6


def test_many_zoom_levels_step_down_from_millennia_to_hours():
    centre = ordinal_of(dt.datetime(2022, 1, 17, 8))
    units = []
    for span in np.geomspace(END_DAY - 2, 0.125, 80):
        t0 = max(centre - span / 2, FIRST_DAY)
        t1 = min(t0 + span, END_DAY)
        ticks = choose_ticks(t0, t1, WIDTH)
        assert_no_overlap(ticks.minor, t0, t1, WIDTH, gap=12.0)
        units.append(ticks.unit)
    assert units[0] in ("millennium", "5 centuries", "2 centuries")
    assert units[-1] == "hour"
    for unit in ("year", "month", "day", "hour"):
        assert unit in units


def test_labels_read_like_a_calendar():
    t0 = ordinal_of(dt.datetime(2022, 1, 17))
    hours = choose_ticks(t0, t0 + 0.5, 1000)
    assert "08:00" in [t.label for t in hours.minor]
    assert hours.major[0].label.startswith("Mon 17 Jan")
    days = choose_ticks(t0 - 10, t0 + 10, 1000)
    assert days.unit == "day"
    assert "17" in [t.label for t in days.minor]
    assert "January 2022" in [t.label for t in days.major]
    months = choose_ticks(ordinal_of(dt.date(2021, 6, 1)), ordinal_of(dt.date(2022, 6, 1)), 1000)
    assert "Jan" in [t.label for t in months.minor]
    assert "2022" in [t.label for t in months.major]
    years = choose_ticks(ordinal_of(dt.date(2000, 1, 1)), ordinal_of(dt.date(2025, 1, 1)), 1000)
    assert "2022" in [t.label for t in years.minor] or "2020" in [t.label for t in years.minor]
    assert "2020s" in [t.label for t in years.major]


@pytest.mark.parametrize(
    "t0,t1",
    [
        (FIRST_DAY, FIRST_DAY + 0.2),
        (FIRST_DAY, FIRST_DAY + 40),
        (FIRST_DAY, END_DAY),
        (END_DAY - 0.2, END_DAY),
        (END_DAY - 40, END_DAY),
        (END_DAY - 4000, END_DAY),
        (-1e9, 1e9),
    ],
)
def test_extreme_years_work_without_overflow(t0, t1):
    ticks = choose_ticks(t0, t1, WIDTH)
    assert ticks.minor and ticks.major
    for tick in ticks.minor + ticks.major:
        assert FIRST_DAY <= tick.t <= END_DAY + 1


def test_sticky_context_label_stays_at_the_left_edge():
    t0 = ordinal_of(dt.date(2022, 1, 10))
    ticks = choose_ticks(t0, t0 + 10, 1000)
    placed = place_labels(ticks.major, t0, t0 + 10, 1000, sticky=True)
    assert placed[0].text == "January 2022"
    assert placed[0].x == LABEL_PAD


@pytest.mark.parametrize("width", [600.0, 1000.0, 1400.0])
def test_every_millennium_is_named_at_the_widest_zoom(width):
    ticks = axis.choose_ticks(axis.FIRST_DAY, axis.END_DAY, width, min_spacing=14.0)
    placed = axis.place_labels(ticks.major, axis.FIRST_DAY, axis.END_DAY, width, sticky=True)
    named = [label.text.split()[0] for label in placed]
    assert named == ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]
    # The longest form that fits: in words where there is room.
    if width >= 1400:
        assert placed[2].text == "3rd millennium"


def test_no_axis_label_is_cut_by_the_right_edge():
    t0 = ordinal_of(dt.datetime(2019, 11, 1))
    t1 = ordinal_of(dt.datetime(2022, 1, 18))  # the "Jan 2022" tick just inside the edge
    width = 900.0
    ticks = axis.choose_ticks(t0, t1, width)
    for row in (ticks.minor, ticks.major):
        placed = axis.place_labels(row, t0, t1, width, sticky=True)
        assert placed and all(label.x + label.width <= width for label in placed)


def test_week_labels_never_run_across_a_month_line():
    t0 = ordinal_of(dt.datetime(2022, 1, 1))
    t1 = ordinal_of(dt.datetime(2022, 4, 1))
    width = 700.0
    ticks = axis.choose_ticks(t0, t1, width)
    assert ticks.unit == "week"
    scale = width / (t1 - t0)
    months = [(t.t - t0) * scale for t in ticks.major]
    placed = axis.place_labels(
        ticks.minor, t0, t1, width, gap=6.0, barriers=[t.t for t in ticks.major]
    )
    assert len(placed) >= 8
    for label in placed:
        tick_x = (label.tick - t0) * scale
        assert not any(tick_x + 0.5 < m < label.x + label.width for m in months), label
