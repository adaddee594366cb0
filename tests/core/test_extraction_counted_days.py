"""A clause dated by counting from a dated happening: "the day after the Jan. 3 raid", "two
days after the March 2 fire", "on the eve of Friday's vote". The clause takes the day counted,
in the lead or below a first paragraph that already dated something. Every sentence here was
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events

THURSDAY = dt.date(2021, 3, 18)
FIRST = "The Tollbridge parish board met on Monday.\n\n"


def _told(text: str, word: str) -> list[tuple[str, str]]:
    return [
        (e.title, e.when.to_edtf())
        for e in extract_events(text, THURSDAY)
        if word in e.title.lower()
    ]


@pytest.mark.parametrize("opening", ["", FIRST])
@pytest.mark.parametrize(
    ("sentence", "word", "day"),
    [
        # Friday before a Thursday paper is the 12th, its eve the 11th
        (
            "On the eve of Friday's recall ballot, the harbourmaster Ines Vautrin resigned.",
            "resign",
            "2021-03-11",
        ),
        (
            "The day after the Feb. 9 warehouse raid, detectives charged three brothers.",
            "charge",
            "2021-02-10",
        ),
        (
            "A day after the Feb. 9 warehouse raid, detectives charged three brothers.",
            "charge",
            "2021-02-10",
        ),
        (
            "Detectives charged three brothers the day after the Feb. 9 raid.",
            "charge",
            "2021-02-10",
        ),
        (
            "Two days after the March 2 mill fire, the mill's owner was arrested.",
            "arrest",
            "2021-03-04",
        ),
    ],
)
def test_a_clause_counted_from_a_dated_happening_takes_the_day_counted(
    opening: str, sentence: str, word: str, day: str
) -> None:
    assert [d for _, d in _told("Quarry Lane news\n\n" + opening + sentence, word)] == [day]


def test_a_week_counted_from_a_happening_is_about_that_day() -> None:
    text = "Quarry Lane news\n\nThe week before Friday's recall ballot, the harbourmaster resigned."
    assert [d for _, d in _told(text, "resign")] == ["2021-03-05~"]


def test_a_clause_after_a_happening_it_tells_is_no_time_phrase() -> None:
    # "after" opens a clause of its own when a verb follows: no day is counted from a date
    text = (
        "Quarry Lane news\n\nTwo days after the ferry crew walked out on March 2, the "
        "harbourmaster quit."
    )
    assert "2021-03-04" not in [d for _, d in _told(text, "resign")]
