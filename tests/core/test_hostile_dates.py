"""Any text at all to the date parsers: a date, or a DateError with a message, nothing else.

Wider than test_dates' own property: long text, date-like word soup, parse_when and a default
year (the publication year an article gives), and the leap-day case that search turned up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.date_reader import read_date as parse_date
from timeline_app.core.date_reader import read_when as parse_when
from timeline_app.core.dates import DateError, FuzzyDate, When

TODAY = dt.date(2022, 3, 10)  # relative dates count from a day in the reader's editor use
SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


# Text that looks like dates gets further into the parser than random characters do.
_DATE_WORDS = [
    "2014",
    "0000",
    "0001",
    "9999",
    "10000",
    "99999999999999999999",
    "-5",
    "31",
    "29",
    "12",
    "Feb",
    "February",
    "Mar.",
    "Sept",
    "Dec",
    "mon",
    "Tuesday",
    "of",
    "the",
    "since",
    "from",
    "to",
    "until",
    "-",
    "–",
    "/",
    "..",
    "~",
    "?",
    "%",
    "about",
    "circa",
    "early",
    "mid",
    "late",
    "end of",
    "onwards",
    "on",
    "T",
    ":",
    "00",
    "23:59",
    "24:00",
    "am",
    "pm",
    "noon",
    "Z",
    "+05:00",
    "UTC",
    "EST",
    ",",
    ".",
    " ",
    "\t",
    "\u00a0",
    "１２",
    "٢٠١٤",
    "T25",
    "2021-02-29",
    "2021-12-31T",
    "2015/..",
    "/",
    "1e308",
    "last",
    "next",
    "ago",
    "weeks",
    "yesterday",
    "Q1",
    "spring",
    "1990s",
    "century",
    "between",
    "and",
    "present",
]
date_like = st.lists(st.sampled_from(_DATE_WORDS), max_size=12).map(" ".join)
any_text = st.text(max_size=200)
default_years = st.none() | st.integers(1, 9999)


@settings(SLOW_OK, max_examples=400)
@given(st.one_of(date_like, any_text), st.booleans(), default_years)
@example("29 Feb", False, 2021)
@example("since 29 February", False, 2021)
@example("9999-12-31T23:59 to 10000", False, None)
def test_parse_date_and_parse_when_only_raise_date_error(text, dayfirst, default_year):
    for parse, anchor in ((parse_date, None), (parse_when, None), (parse_when, TODAY)):
        try:
            value = parse(text, dayfirst=dayfirst, default_year=default_year, anchor=anchor)
        except DateError as error:
            assert str(error)  # a message a person can read
            continue
        start = value if isinstance(value, FuzzyDate) else value.start
        assert 1 <= start.year <= 9999


def test_a_leap_day_without_a_year_takes_the_default_year():
    assert parse_date("29 February", default_year=2024) == FuzzyDate(2024, 2, 29)
    assert parse_date("Feb 29", default_year=2000) == FuzzyDate(2000, 2, 29)
    assert parse_when("since 29 Feb", default_year=2024) == When(
        FuzzyDate(2024, 2, 29), ongoing=True
    )


def test_a_leap_day_without_a_year_in_a_common_year_is_a_date_error():
    with pytest.raises(DateError, match="2021 has no 29 February|February 2021 has no day 29"):
        parse_date("29 February", default_year=2021)


@pytest.mark.parametrize(
    "text",
    [
        "0000",
        "10000",
        "March 10000",
        "31 Dec 10000",
        "0000/2014",
        "2014/10000",
        "0000/..",
        "0000-12-31",
        "since 0000",
    ],
)
def test_dates_before_the_year_1_or_after_9999_are_refused_cleanly(text):
    with pytest.raises(DateError) as error:
        parse_when(text)
    assert "10000" in str(error.value) or "outside the years 1 to 9999" in str(error.value)


@pytest.mark.parametrize("text", ["0001", "0001-01-01", "9999-12-31T23:59", "0001/9999"])
def test_the_first_and_last_supported_dates_are_read(text):
    when = parse_when(text)
    assert when.start.year in (1, 9999)


def test_a_csv_row_dated_outside_the_years_1_to_9999_is_reported_not_imported():
    import io

    from timeline_app.core.csv_format import import_csv

    result = import_csv(io.StringIO("title,start\nA,0000\nB,10000\nC,9999-12-31\nD,0001\n"))
    assert [e.title for e in result.events] == ["C", "D"]
    assert [(p.row, p.column, p.skipped) for p in result.problems] == [
        (2, "start", True),
        (3, "start", True),
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "14 June 2019\u200b",  # a zero-width space, pasted from a web page
        "\ufeff14 June 2019",  # a byte-order mark at the start of a pasted line
        "14\u00a0June\u200e 2019",  # a left-to-right mark from right-to-left text
        "\u202b14 June 2019\u202c",  # an embedding and its end
        "14 June\u2060 2019\x00",  # a word joiner, a NUL
    ],
)
def test_characters_that_show_nothing_are_not_part_of_a_date(typed):
    assert parse_when(typed) == parse_when("14 June 2019")


def test_a_date_of_nothing_but_characters_that_show_nothing_is_empty():
    with pytest.raises(DateError, match="the date is empty"):
        parse_when("\u200b\u200e\ufeff")
