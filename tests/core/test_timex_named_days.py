"""Named days and clock times given in local time."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.timex import tag

DCT = dt.date(2013, 3, 14)  # a Thursday


def hits(text: str, dct: dt.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Turnout was high on Election Day 2012.", "Election Day 2012", "2012-11-06"),
        ("Turnout was high on Election Day 2016.", "Election Day 2016", "2016-11-08"),
        ("The oath is taken on Inauguration Day 2009.", "Inauguration Day 2009", "2009-01-20"),
        ("Parades will be held on St. Patrick's Day.", "St. Patrick's Day", "2013-03-17"),
        (
            "Banks close on Martin Luther King Jr. Day 2013.",
            "Martin Luther King Jr. Day 2013",
            "2013-01-21",
        ),
        ("Veterans marched on Anzac Day 2012.", "Anzac Day 2012", "2012-04-25"),
    ],
)
def test_named_days(text, span, value):
    assert hits(text)[span] == ("DATE", value)


def test_local_time_keeps_the_day_that_follows():
    assert hits("The quake struck at 3 a.m. local time Monday.")["3 a.m. local time Monday"] == (
        "TIME",
        "2013-03-11T03:00",
    )
    assert hits("Polls close at noon local time.")["noon local time"] == (
        "TIME",
        "2013-03-14T12:00",
    )


def test_a_passive_future_is_not_read_as_past():
    # "held" after "will be" is a participle: the coming Christmas, not the last one
    assert hits("The parade will be held on Christmas Day.")["Christmas Day"] == (
        "DATE",
        "2013-12-25",
    )
    assert hits("The parade was held on Christmas Day.")["Christmas Day"] == ("DATE", "2012-12-25")


def test_a_month_after_until_or_by_is_the_coming_one():
    dct = dt.date(1989, 10, 30)
    assert (
        hits("The offer runs until mid-November, officials said.", dct)["mid-November"][1]
        == "1989-11"
    )
    assert hits("It extended loans through January.", dct)["January"][1] == "1990-01"
    assert hits("The deal had been extended until January.", dct)["January"][1] == "1989-01"


def test_a_possessive_year_and_its_quarter_are_one_expression():
    got = hits("Sales for last year's fourth quarter rose; next year's first half looks good.")
    assert got["last year's fourth quarter"] == ("DATE", "2012-Q4")
    assert got["next year's first half"] == ("DATE", "2014-H1")
