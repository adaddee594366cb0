"""Anaphoric expressions resolve against the last date the text mentioned, not the DCT."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.timex import tag

DCT = dt.date(1998, 8, 7)  # a Friday


def value_of(text: str, span: str, dct: dt.date | None = DCT) -> str:
    hits = {t.text: t for t in tag(text, dct)}
    assert span in hits, [t.text for t in tag(text, dct)]
    return hits[span].value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "He was promoted in 1995, and the following year he retired.",
            "the following year",
            "1996",
        ),
        ("The plant opened in 1990. That year it lost money.", "That year", "1990"),
        (
            "The mill closed in 1931. That same year the owners sold the dam.",
            "That same year",
            "1931",
        ),
        (
            "The bid came in March 1994. The following month the board rejected it.",
            "The following month",
            "1994-04",
        ),
        (
            "The treaty was signed on May 3, 1990. The next day, troops withdrew.",
            "The next day",
            "1990-05-04",
        ),
        (
            "The fire started on Oct. 12, 1989. The previous day had been calm.",
            "The previous day",
            "1989-10-11",
        ),
        ("Talks opened on June 1, 1996, and collapsed the same day.", "the same day", "1996-06-01"),
        ("Sales peaked in 1987 and fell the previous year too.", "the previous year", "1986"),
    ],
)
def test_anaphora_uses_the_last_mentioned_date(text, span, value):
    assert value_of(text, span) == value


def test_a_precise_enough_reference_is_looked_for():
    # "the next day" skips the bare year and counts from the last full date
    text = "On July 4, 1993, the rebels attacked; in 1993 alone 300 died. The next day they fled."
    assert value_of(text, "The next day") == "1993-07-05"


def test_without_an_earlier_date_the_document_date_is_used():
    assert value_of("The following year, sales doubled.", "The following year") == "1999"
    assert value_of("Prices fell that day.", "that day") == "1998-08-07"


def test_the_next_year_stays_relative_to_the_document_date():
    assert (
        value_of("It was founded in 1950. The law takes effect next year.", "next year") == "1999"
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ceasefire collapsed three days later.", "three days", "P3D"),
        ("A few weeks later, the talks resumed.", "A few weeks", "PXW"),
        ("Two years after, the mine closed.", "Two years", "P2Y"),
        ("The deal closed two weeks earlier.", "two weeks", "P2W"),
        ("It happened two days earlier.", "two days", "P2D"),
        ("Two days later, the border reopened.", "Two days", "P2D"),
        ("The rebels returned twenty-five years later.", "twenty-five years", "P25Y"),
    ],
)
def test_later_marks_the_amount_as_a_duration(text, span, value):
    hits = {t.text: t for t in tag(text, DCT)}
    assert (hits[span].type, hits[span].value) == ("DURATION", value)


def test_part_of_day_takes_the_day_the_story_is_on():
    text = "Shares fell on Monday, Oct. 16, 1989. Dealers sold heavily in the morning."
    hits = {t.text: t for t in tag(text, DCT)}
    assert (hits["the morning"].type, hits["the morning"].value) == ("TIME", "1989-10-16TMO")
    assert (
        value_of("Troops crossed the river on June 5, 1944. That night it rained.", "That night")
        == "1944-06-05TNI"
    )


def test_part_of_day_needs_a_preposition_or_that():
    assert tag("The morning papers carried the story.", DCT) == []
    assert tag("He described the night of the attack.", DCT) == []


def test_previous_and_following_weekday_count_from_the_last_mentioned_day():
    text = "Stocks closed at 2082 on Friday, Oct. 27, 1989, down 4% from the previous Friday."
    assert value_of(text, "the previous Friday") == "1989-10-20"
    text = "The strike began on Wednesday, March 4, 1992, and ended the following Monday."
    assert value_of(text, "the following Monday") == "1992-03-09"


def test_bare_weekdays_count_from_the_document_date_even_after_an_old_date():
    text = "The war began on Aug. 2, 1990. On Tuesday, the king met the president."
    assert value_of(text, "Tuesday") == "1998-08-04"


def test_mid_part_of_day():
    hits = {t.text: t for t in tag("In London at mid-afternoon yesterday, shares were up.", DCT)}
    t = hits["mid-afternoon yesterday"]
    assert (t.type, t.value, t.mod) == ("TIME", "1998-08-06TAF", "MID")
    assert value_of("By mid-morning, the crowd had left.", "mid-morning") == "1998-08-07TMO"


def test_earlier_with_days_is_a_duration_but_a_year_earlier_a_date():
    hits = {t.text: t for t in tag("A day earlier, trucks crossed the border.", DCT)}
    assert (hits["A day"].type, hits["A day"].value) == ("DURATION", "P1D")
    assert value_of("Profit rose from $5 million a year earlier.", "a year earlier") == "1997"
