"""How far a date reaches: "earlier this week" stops before the day of writing, "late June"
is the end of June. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import dates
from timeline_app.core.extraction import extract_events

THURSDAY = dt.date(2021, 3, 18)
FRIDAY = dt.date(2021, 3, 19)
SEPTEMBER = dt.date(2012, 9, 14)


def test_earlier_this_week_ends_the_day_before_the_paper():
    found = extract_events(
        "The Pellworth harbour board voted 6 to 3 earlier this week to close the old ferry pier.",
        THURSDAY,
    )
    assert dates(found, "votes") == ["2021-03-15/2021-03-17"]


def test_earlier_this_week_ends_before_the_day_the_lead_dates():
    # the policy is attacked on Friday, the paper's day; the vote on it "earlier this week"
    # came before
    text = (
        "A retired Ostrava banker bitterly attacked Friday the savings bank's policy of "
        "lending to builders at 2 percent.\n\n"
        "The bank's board earlier this week voted four against one to keep that policy in place."
    )
    assert dates(extract_events(text, FRIDAY), "votes") == ["2021-03-15/2021-03-18"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillor Brannagh was censured for claiming in late June that the ring road "
            "should be tolled.",
            "2012-06-21~/2012-06-30~",
        ),
        (
            "The Lisgar ferry line closed its Tarbet route in early March.",
            "2012-03-01~/2012-03-10~",
        ),
        ("Quarry workers at Dunmore walked out in mid-April over pay.", "2012-04-11~/2012-04-20~"),
        ("The Halvard mill shut down at the end of February.", "2012-02-21~/2012-02-29~"),
        # "the first half" is no third: the month, as the words give it
        ("The Halvard mill shut down in the first half of February.", "2012-02~"),
    ],
)
def test_early_mid_and_late_in_a_month_are_its_thirds(text, expected):
    assert [e.when.to_edtf() for e in extract_events(text, SEPTEMBER)] == [expected]


def test_a_when_aside_inside_a_range_is_of_the_range_s_first_date():
    text = (
        "The cellist Ilse Marani, who lived in Trieste from 1956, when floods swept the "
        "Isonzo valley, until 1971, said the city gave her a second home."
    )
    found = extract_events(text, dt.date(2019, 3, 12))
    assert dates(found, "floods") == ["1956"]
    assert "1971" not in [e.when.to_edtf() for e in found]


MARCH = dt.date(2012, 3, 8)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The siege of Korvan ended on 3 May, after its rebels surrendered.",
            "siege",
            "2011-05-03",
        ),
        ("The Tamsin fishing treaty was signed on April 20 in Bergen.", "treaty", "2011-04-20"),
    ],
)
def test_a_month_day_told_as_done_is_last_year_s_not_the_coming_one(text, words, expected):
    assert dates(extract_events(text, MARCH), words) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Ferries said it would resume the Skye crossing on April 2.",
        "Dornach Marine agreed on Monday to deliver two tugs to the navy on May 3.",
        "Its lamps were sold for $40 at the fair, but will be free to members until May 30.",
    ],
)
def test_a_month_day_of_a_plan_is_not_moved_a_year_back(text):
    assert not [e for e in extract_events(text, MARCH) if e.when.start.year == 2011]


def test_the_day_before_a_dated_hearing_is_the_day_before_it():
    text = (
        "The day before Tuesday's appeal hearing, Osric Penhale went to his sister's "
        "farm to mend their feud."
    )
    # the paper is of Thursday 24 February 2000: Tuesday is the 22nd, the day before it
    # the 21st
    assert dates(extract_events(text, dt.date(2000, 2, 24)), "penhale") == ["2000-02-21"]
