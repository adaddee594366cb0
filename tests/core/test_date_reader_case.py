"""Month and weekday names typed in any case are read in the date field."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.date_reader import read_when

TODAY = dt.date(2024, 10, 17)  # a Thursday


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("9 april 2018", "9 April 2018"),
        ("august 21, 2016", "August 21, 2016"),
        ("may 2011", "May 2011"),
        ("12 NOV 2019", "12 Nov 2019"),
        ("oct. 2 2020 to feb 3 2021", "Oct. 2 2020 to Feb 3 2021"),
        ("late september 2015", "late September 2015"),
        ("last wednesday", "last Wednesday"),
    ],
)
def test_a_calendar_name_in_small_letters_or_capitals_is_read_as_written_with_its_capital(
    typed, written
):
    assert read_when(typed, anchor=TODAY) == read_when(written, anchor=TODAY)
