"""The one date reader: what people type and files hold, read as a careful reader would, never
guessed (issue 12: "1-3 March 2022" had become 3 March 2001, 20:22 through dateutil)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import timex
from timeline_app.core.date_reader import read_date, read_when
from timeline_app.core.dates import DateError, FuzzyDate, When
from timeline_app.core.extraction import extract_events

D = FuzzyDate
THURSDAY = dt.date(2022, 3, 10)  # the day relative dates count from in these tests


def about(*parts: int) -> FuzzyDate:
    return FuzzyDate(*parts, approximate=True)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # exact dates, and ranges of days written the ways English writes them
        ("1 March 2022", When(D(2022, 3, 1))),
        ("1-3 March 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("1–3 March 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("March 1-3, 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("March 1 to 3, 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("1 to 3 March 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("from 1 to 3 March 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("between 1 and 3 March 2022", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("5-7 May 2023", When(D(2023, 5, 5), D(2023, 5, 7))),
        ("1 March to 3 April 2022", When(D(2022, 3, 1), D(2022, 4, 3))),
        ("1 December to 3 January 2022", When(D(2021, 12, 1), D(2022, 1, 3))),
        ("1 March 2022 to 3 April", When(D(2022, 3, 1), D(2022, 4, 3))),
        ("20 December 2021 to 3 January", When(D(2021, 12, 20), D(2022, 1, 3))),
        ("Mar 2022", When(D(2022, 3))),
        ("1 Mar 2022", When(D(2022, 3, 1))),
        ("17 Jan 2022 20:30", When(D(2022, 1, 17, 20, 30))),
        ("17 Jan 2022 at 8 pm", When(D(2022, 1, 17, 20, 0))),
        # months, years and their ranges
        ("March 2014", When(D(2014, 3))),
        ("2014", When(D(2014))),
        ("2014 to 2015", When(D(2014), D(2015))),
        ("2014–2015", When(D(2014), D(2015))),
        ("Dec 2021 - Jan 2022", When(D(2021, 12), D(2022, 1))),
        # seasons, quarters, halves, parts of a month, decades, centuries
        ("spring 2022", When(about(2022, 3), about(2022, 5))),
        ("Q1 2022", When(D(2022, 1), D(2022, 3))),
        ("the first half of 2021", When(D(2021, 1), D(2021, 6))),
        ("mid-March 2022", When(about(2022, 3))),
        ("late March 2022", When(about(2022, 3))),
        ("the 1990s", When(about(1990), about(1999))),
        ("the 19th century", When(about(1800), about(1899))),
        # approximations, open ranges, EDTF as typed
        ("around 2015", When(about(2015))),
        ("c. 1990", When(about(1990))),
        ("circa 1990", When(about(1990))),
        ("since 2015", When(D(2015), ongoing=True)),
        ("2015 onwards", When(D(2015), ongoing=True)),
        ("2015 to now", When(D(2015), ongoing=True)),
        ("2015 - present", When(D(2015), ongoing=True)),
        ("2015 to date", When(D(2015), ongoing=True)),
        ("2015/..", When(D(2015), ongoing=True)),
        ("2021-12-31~", When(about(2021, 12, 31))),
        ("2022-01-17?", When(D(2022, 1, 17, uncertain=True))),
        ("2014/2015", When(D(2014), D(2015))),
        ("2021-12-31T20:00", When(D(2021, 12, 31, 20, 0))),
        # years past those news names are read too
        ("1 March 2150", When(D(2150, 3, 1))),
    ],
)
def test_what_a_person_types_is_read_as_a_careful_reader_would(typed, expected):
    assert read_when(typed) == expected
    assert read_when(typed, anchor=THURSDAY) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("last Tuesday", When(D(2022, 3, 8))),
        ("yesterday", When(D(2022, 3, 9))),
        ("today", When(D(2022, 3, 10))),
        ("next Friday", When(D(2022, 3, 11))),
        ("two days ago", When(D(2022, 3, 8))),
        # 17 February is three weeks before; TIMEX3 names the week it falls in
        ("three weeks ago", When(D(2022, 2, 14), D(2022, 2, 20))),
        ("early March", When(about(2022, 3))),
        ("from 1 to 3 March", When(D(2022, 3, 1), D(2022, 3, 3))),
        ("since last Tuesday", When(D(2022, 3, 8), ongoing=True)),
    ],
)
def test_relative_dates_count_from_the_anchor(typed, expected):
    assert read_when(typed, anchor=THURSDAY) == expected


@pytest.mark.parametrize("typed", ["last Tuesday", "yesterday", "three weeks ago", "today"])
def test_relative_dates_without_an_anchor_are_refused_not_dated_from_the_day_of_import(typed):
    with pytest.raises(DateError, match="counts from a date, and there is none here"):
        read_when(typed)


def test_a_date_without_a_year_needs_one_from_somewhere():
    with pytest.raises(DateError, match='"1-3 March" has no year'):
        read_when("1-3 March")
    assert read_when("1-3 March", default_year=2021) == When(D(2021, 3, 1), D(2021, 3, 3))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1 March 2022 blah", 'read "1 March 2022" but not "blah"'),
        ("blah 1 March 2022", 'read "1 March 2022" but not "blah"'),
        ("banana", '"banana" is not a date I can read'),
        ("31", '"31" is only a number, not a date'),
        ("2014 and 2015", "join two dates with to or a dash"),
        ("2014 to 2015 to 2016", "give one date or one range"),
        ("Monday", '"Monday" could be the last one or the next: say which'),
        ("three weeks", '"three weeks" is a length of time, not a date'),
        ("every week", '"every week" happens again and again'),
        ("Feb 30 2021", "February 2021 has no day 30"),
        ("2022-02-30", "February 2022 has no day 30"),
        ("3/4/21", "write the year in full"),
        ("2015 to 2014", "is before the start"),
        ("since 2014 to 2015", "both a range and still going on"),
        ("", "the date is empty"),
        ("On 1 March 2022 the talks began. " * 10, "is too long to be a date"),
    ],
)
def test_what_cannot_be_read_is_refused_in_the_apps_own_words(typed, message):
    with pytest.raises(DateError) as error:
        read_when(typed, anchor=THURSDAY)
    assert message in str(error.value)
    assert "Unknown string format" not in str(error.value)


def test_numeric_dates_follow_the_day_first_preference_and_never_guess_a_century():
    assert read_when("03/04/2021") == When(D(2021, 3, 4))
    assert read_when("03/04/2021", dayfirst=True) == When(D(2021, 4, 3))
    assert read_when("31.12.2021", dayfirst=True) == When(D(2021, 12, 31))
    assert read_when("2021/12/31") == When(D(2021, 12, 31))
    with pytest.raises(DateError, match="read month first is no date"):
        read_when("31/12/2021")
    assert read_when("1/3/2022 to 5/3/2022", dayfirst=True) == When(D(2022, 3, 1), D(2022, 3, 5))


def test_read_date_takes_one_date_and_says_so_for_a_range():
    assert read_date("1 March 2022") == D(2022, 3, 1)
    with pytest.raises(DateError, match="is a range"):
        read_date("1-3 March 2022")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1957-58", When(D(1957), D(1958))),
        ("2009-2010", When(D(2009), D(2010))),
        ("1861–1863", When(D(1861), D(1863))),
    ],
)
def test_a_year_range_written_with_a_dash_is_one_range(typed, expected):
    """The tagger gives a year range as two DATE expressions, as it gives day ranges."""
    assert read_when(typed) == expected


def test_a_year_before_the_year_1_is_refused_in_words():
    with pytest.raises(DateError) as error:
        read_when("44 BC")
    assert "before the year 1" in str(error.value)


@pytest.mark.parametrize(
    ("phrase", "typed"),
    [
        ("from 1 to 3 March 2022", "1-3 March 2022"),
        ("in the first half of 2021", "the first half of 2021"),
        ("since 2015", "since 2015"),
        ("last Tuesday", "last Tuesday"),
    ],
)
def test_a_date_typed_is_read_as_the_same_words_in_an_article(phrase, typed):
    events = extract_events(f"Russia moved troops to the border {phrase}.", THURSDAY)
    assert [e.when for e in events] == [read_when(typed, anchor=THURSDAY)]


def test_mar_before_a_number_is_march_but_not_in_a_name():
    found = timex.tag("Trump flew to Mar-a-Lago on 3 Mar 2022.", dt.date(2022, 3, 10))
    assert [(t.text, t.value) for t in found] == [("3 Mar 2022", "2022-03-03")]


@pytest.mark.parametrize(
    ("typed", "anchor"),
    [("next Tuesday", dt.date(9999, 12, 30)), ("9999 century ago", THURSDAY)],
)
def test_counting_past_the_calendar_is_refused_cleanly(typed, anchor):
    with pytest.raises(DateError):
        read_when(typed, anchor=anchor)
