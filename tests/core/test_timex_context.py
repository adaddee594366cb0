"""What the words around a date say about it: an age is no year, a range starts before it
ends, a timetable's present is the future, a match has halves of its own. Every sentence
here was written for this test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.timex import tag


def values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_an_age_in_years_is_no_year():
    found = values("The village keeps a 2000 year old custom.", dt.date(2016, 3, 1))
    assert not [v for _, v in found if v == "2000"]
    assert values("In 2000 the village held a fair.", dt.date(2016, 3, 1)) == [("2000", "2000")]


def test_a_range_that_holds_the_publication_day_starts_this_year():
    # written on 28 January: the show is to run until March, so it began this January
    found = values("The show is to run from January 23 through March 9.", dt.date(2014, 1, 28))
    assert found == [("January 23", "2014-01-23"), ("March 9", "2014-03-09")]
    # a range over New Year keeps its start in the year before its end
    found = values("The fair will run from December 28 to January 3.", dt.date(2014, 1, 28))
    assert found == [("December 28", "2014-12-28"), ("January 3", "2015-01-03")]


def test_a_timetable_in_the_present_is_the_coming_day():
    text = "The museum gets the orbiter after its last flight, which launches June 28."
    assert values(text, dt.date(2011, 4, 13)) == [("June 28", "2011-06-28")]
    # told in the past, it is the last one
    text = "The orbiter's last flight launched June 28."
    assert values(text, dt.date(2011, 4, 13)) == [("June 28", "2010-06-28")]


def test_a_half_of_a_match_is_no_half_of_the_year():
    dct = dt.date(2018, 6, 20)
    assert values("Lund scored twice in the second half to win the match.", dct) == []
    assert values("Pretax profit for the first half rose 8%.", dct) == [
        ("the first half", "2018-H1")
    ]
    assert values("Sales fell in the second half of 1989.", dct) == [
        ("the second half of 1989", "1989-H2")
    ]


def test_a_reported_clauses_future_does_not_move_the_act_that_reports_it():
    # The month is when the saying happened; "would" belongs to what was said.
    dct = dt.date(2015, 9, 4)
    assert values("The mayor is under fire for saying in June that the ferry would stop.", dct) == [
        ("June", "2015-06")
    ]
    assert values("Critics attacked the plan after its author hinted in early July that fares "
                  "will rise.", dct) == [("early July", "2015-07")]  # fmt: skip
    # Said from the future, the act is in the future still.
    assert values("The mayor will say in June that the ferry would stop.", dct) == [
        ("June", "2016-06")
    ]


def test_taking_the_fall_is_the_blame_not_the_autumn():
    dct = dt.date(2019, 5, 2)
    assert values("Two junior clerks took the fall for the lost ledgers.", dct) == []
    assert values("He refused to take the fall.", dct) == []
    # ... but a fall taken off, or named with its year, is the season
    assert values("They will take the fall off.", dct) == [("the fall", "2019-FA")]
    assert values("She took the fall of 2009 off to travel.", dct) == [
        ("the fall of 2009", "2009-FA")
    ]


def test_a_plan_named_in_an_of_phrase_tells_no_future():
    # "the rejection of the plan" names the plan; the clause's past dates the month
    published = dt.date(2024, 9, 12)
    for text in (
        "In March, after the rejection of the plan, the chief executive resigned.",
        "In April, after the council's review of its plans, the architect quit.",
    ):
        assert [t.value for t in tag(text, published)] == [
            "2024-03" if "March" in text else "2024-04"
        ]
    # a plan told with "to", or the plan a clause is under, still looks ahead
    assert [t.value for t in tag("Under the plan, the works start in March.", published)] == [
        "2025-03"
    ]
