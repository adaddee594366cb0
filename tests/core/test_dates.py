"""Dates keep the precision a person gave them, as EDTF, and bad dates say what is wrong."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.date_reader import read_date as parse_date
from timeline_app.core.date_reader import read_when as parse_when
from timeline_app.core.dates import (
    DateError,
    FuzzyDate,
    Precision,
    When,
    datetime_of,
    ordinal_of,
)


@pytest.mark.parametrize(
    ("typed", "edtf", "precision"),
    [
        ("2014", "2014", Precision.YEAR),
        ("March 2014", "2014-03", Precision.MONTH),
        ("December 2021", "2021-12", Precision.MONTH),
        ("Dec. 31, 2021", "2021-12-31", Precision.DAY),
        ("31 December 2021", "2021-12-31", Precision.DAY),
        ("2021-12-31", "2021-12-31", Precision.DAY),
        ("Dec 31 2021", "2021-12-31", Precision.DAY),
        ("17 Jan 2022 20:30", "2022-01-17T20:30", Precision.MINUTE),
        ("2022-01-11~", "2022-01-11~", Precision.DAY),
        ("2022-01-17?", "2022-01-17?", Precision.DAY),
        ("about 2014", "2014~", Precision.YEAR),
        ("mid-January 2022", "2022-01~", Precision.MONTH),
    ],
)
def test_typed_dates_keep_their_precision(typed, edtf, precision):
    date = parse_date(typed)
    assert date.to_edtf() == edtf
    assert date.precision is precision


def test_ambiguous_numeric_date_follows_the_day_first_setting():
    assert parse_date("03/04/2021").to_edtf() == "2021-03-04"
    assert parse_date("03/04/2021", dayfirst=True).to_edtf() == "2021-04-03"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("banana", '"banana" is not a date'),
        ("", "empty"),
        ("31", "only a number"),
        ("Feb 30 2021", "February 2021 has no day 30"),
        ("Dec 31", "has no year"),
        ("12000", "the year 12000 is outside the years 1 to 9999"),
        ("Monday", '"Monday" could be the last one or the next'),
    ],
)
def test_text_that_is_not_a_date_says_what_was_not_understood(typed, fragment):
    with pytest.raises(DateError, match=fragment):
        parse_date(typed)


def test_month_and_day_take_a_default_year_when_given():
    assert parse_date("Dec 31", default_year=2021).to_edtf() == "2021-12-31"


def test_a_year_covers_the_whole_year_not_its_first_day():
    year = FuzzyDate(2014)
    assert year.start_ordinal == ordinal_of(dt.date(2014, 1, 1))
    assert year.end_ordinal == ordinal_of(dt.date(2015, 1, 1))
    month = FuzzyDate(2021, 12)
    assert month.end_ordinal - month.start_ordinal == 31
    assert FuzzyDate(2024, 2).end_ordinal - FuzzyDate(2024, 2).start_ordinal == 29


@pytest.mark.parametrize(
    ("typed", "edtf", "words"),
    [
        ("since 2015", "2015/..", "from 2015, ongoing"),
        ("2015 onwards", "2015/..", "from 2015, ongoing"),
        ("2014 to 2015", "2014/2015", "from 2014 to 2015"),
        ("2015/..", "2015/..", "from 2015, ongoing"),
        ("Dec 2021 - Jan 2022", "2021-12/2022-01", "from December 2021 to January 2022"),
        ("2021-12-31", "2021-12-31", "31 December 2021"),
        ("2014", "2014", "the year 2014"),
    ],
)
def test_ranges_and_open_ranges(typed, edtf, words):
    when = parse_when(typed)
    assert when.to_edtf() == edtf
    assert when.describe() == words


def test_an_end_before_the_start_is_refused():
    with pytest.raises(DateError, match="before the start"):
        When(FuzzyDate(2022, 1, 17), FuzzyDate(2021, 12, 31))
    with pytest.raises(DateError, match="before the start"):
        parse_when("2015 to 2014")


def test_ongoing_range_runs_to_now():
    when = When(FuzzyDate(2015), ongoing=True)
    now = ordinal_of(dt.date(2022, 1, 18))
    assert when.end_ordinal(now) == now
    assert when.is_range


@pytest.mark.parametrize("year", [0, -44, 10000])
def test_years_outside_1_to_9999_are_refused_cleanly(year):
    with pytest.raises(DateError, match="outside the years"):
        FuzzyDate(year)


def test_impossible_days_are_refused():
    with pytest.raises(DateError, match="no day 29"):
        FuzzyDate(2021, 2, 29)
    with pytest.raises(DateError):
        FuzzyDate(2021, None, 3)


@st.composite
def fuzzy_dates(draw):
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(list(Precision)))
    month = draw(st.integers(1, 12)) if precision >= Precision.MONTH else None
    day = draw(st.integers(1, 28)) if precision >= Precision.DAY else None
    hour = draw(st.integers(0, 23)) if precision >= Precision.HOUR else None
    minute = draw(st.integers(0, 59)) if precision >= Precision.MINUTE else None
    return FuzzyDate(year, month, day, hour, minute, draw(st.booleans()), draw(st.booleans()))


@given(fuzzy_dates())
def test_every_date_round_trips_through_edtf(date):
    assert FuzzyDate.from_edtf(date.to_edtf()) == date
    assert date.end_ordinal > date.start_ordinal


@given(fuzzy_dates(), st.booleans())
def test_every_when_round_trips_through_edtf(start, ongoing):
    when = When(start, ongoing=ongoing)
    assert When.from_edtf(when.to_edtf()) == when


@given(st.text(max_size=40), st.booleans())
def test_the_parser_only_ever_raises_date_error(text, dayfirst):
    try:
        date = parse_date(text, dayfirst=dayfirst)
    except DateError:
        return
    assert 1 <= date.year <= 9999


@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False))
def test_any_axis_position_maps_to_a_real_moment(days):
    moment = datetime_of(days)
    assert dt.datetime(1, 1, 1) <= moment <= dt.datetime(9999, 12, 31, 23, 59, 59)
