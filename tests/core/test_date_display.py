"""Dates shown in the style the user chose, with their precision and flags kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.date_display import (
    DATE_STYLES,
    DAY_FIRST,
    ISO,
    MONTH_FIRST,
    checked_style,
    describe_date,
    describe_when,
    format_date,
    format_when,
)
from timeline_app.core.date_reader import read_date
from timeline_app.core.dates import FuzzyDate, When

D = FuzzyDate


@pytest.mark.parametrize(
    ("date", "day_first", "month_first", "iso"),
    [
        (D(2014), "2014", "2014", "2014"),
        (D(2021, 12), "Dec 2021", "Dec 2021", "2021-12"),
        (D(2021, 12, 31), "31 Dec 2021", "Dec 31, 2021", "2021-12-31"),
        (D(2021, 12, 31, 20), "31 Dec 2021 20:00", "Dec 31, 2021 20:00", "2021-12-31 20:00"),
        (D(2021, 12, 31, 20, 5), "31 Dec 2021 20:05", "Dec 31, 2021 20:05", "2021-12-31 20:05"),
        (D(2021, 12, approximate=True), "Dec 2021~", "Dec 2021~", "2021-12~"),
        (D(2014, uncertain=True), "2014?", "2014?", "2014?"),
        (
            D(2022, 1, 3, approximate=True, uncertain=True),
            "3 Jan 2022~?",
            "Jan 3, 2022~?",
            "2022-01-03~?",
        ),
        (D(33, 3, 3), "3 Mar 33", "Mar 3, 33", "0033-03-03"),
    ],
)
def test_each_style_keeps_the_precision(date, day_first, month_first, iso):
    assert format_date(date, DAY_FIRST) == day_first
    assert format_date(date, MONTH_FIRST) == month_first
    assert format_date(date, ISO) == iso


@given(st.dates().map(lambda d: FuzzyDate(d.year, d.month, d.day)), st.booleans(), st.booleans())
def test_day_first_is_the_short_label_and_describe(date, approximate, uncertain):
    date = date.with_flags(approximate=approximate, uncertain=uncertain)
    assert format_date(date, DAY_FIRST) == date.short_label()
    assert describe_date(date, DAY_FIRST) == date.describe()


@given(st.dates(), st.sampled_from([1, 2, 3]), st.sampled_from(DATE_STYLES))
def test_every_style_reads_back_as_the_same_date(day, parts, style):
    """What the table shows can be typed back in (month-first/ISO need no dayfirst hint)."""
    date = FuzzyDate(*[day.year, day.month, day.day][:parts])
    if day.year < 1000 and style != ISO:
        return  # short years are not read back as years ("33" is 2033); ISO keeps 4 digits
    assert read_date(format_date(date, style), dayfirst=style == DAY_FIRST) == date


def test_ranges_and_ongoing():
    talks = When(D(2022, 1, 10), D(2022, 1, 12))
    assert format_when(talks, DAY_FIRST) == "10 Jan 2022 – 12 Jan 2022"
    assert format_when(talks, MONTH_FIRST) == "Jan 10, 2022 – Jan 12, 2022"
    assert format_when(talks, ISO) == "2022-01-10 – 2022-01-12"
    assert format_when(When(D(2015), ongoing=True), ISO, ongoing="en cours") == "2015 – en cours"
    assert format_when(When(D(2014)), MONTH_FIRST) == "2014"


def test_descriptions_keep_the_wording():
    talks = When(D(2022, 1, 10), D(2022, 1, 12))
    assert describe_when(talks, DAY_FIRST) == talks.describe()
    assert describe_when(talks, MONTH_FIRST) == "from January 10, 2022 to January 12, 2022"
    assert describe_when(talks, ISO) == "from 2022-01-10 to 2022-01-12"
    assert describe_when(When(D(2015), ongoing=True), MONTH_FIRST) == "from 2015, ongoing"
    assert describe_when(When(D(2014)), ISO) == "the year 2014"
    assert describe_date(D(2021, 12, approximate=True, uncertain=True), MONTH_FIRST) == (
        "about December 2021 (uncertain)"
    )
    assert describe_date(D(2021, 12, 31, 20, 0), MONTH_FIRST) == "December 31, 2021, 20:00"
    assert describe_date(D(2021, 12, 31, 20, 0, approximate=True), ISO) == (
        "about 2021-12-31 20:00"
    )


def test_an_unknown_style_falls_back_to_day_first():
    assert checked_style("yyyy/mm/dd") == DAY_FIRST
    assert checked_style(None) == DAY_FIRST
    assert format_date(D(2021, 12, 31), "nonsense") == "31 Dec 2021"
