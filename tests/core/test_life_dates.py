"""A life's dates in brackets after a name. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 9, 9)


def dated_titles(text: str) -> list[tuple[str, str]]:
    return [(e.when.to_edtf(), e.title) for e in extract_events(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Reyes (4 May 1811 – 19 June 1870) was a Chilean surveyor and poet.",
            [("1811-05-04", "Tomas Reyes born"), ("1870-06-19", "Tomas Reyes dies")],
        ),
        (
            "Mira Holt (née Sand; 3 June 1902 – 8 May 1988) was a pilot.",
            [("1902-06-03", "Mira Holt born"), ("1988-05-08", "Mira Holt dies")],
        ),
        (
            "Anna Berg (born 12 March 1950 in Oslo) is an architect.",
            [("1950-03-12", "Anna Berg born")],
        ),
        ("Ivo Kern (b. June 1845) was a composer.", [("1845-06", "Ivo Kern born")]),
        ("Lena Marsh (died 1921) was a printer.", [("1921", "Lena Marsh dies")]),
    ],
)
def test_the_bracket_after_a_name_gives_birth_and_death(text, expected):
    assert [d for d in dated_titles(text) if d[1].endswith((" born", " dies"))] == expected


def test_a_bracket_after_what_is_no_person_is_no_life():
    for text in (
        "The Republic of Tarvia (1836–1846) was a sovereign state.",
        "The report by Ana Ruiz (2004) found no change.",
        "Ana Ruiz (pictured) met the minister on 3 May 2018.",
    ):
        assert not [t for _, t in dated_titles(text) if t.endswith((" born", " dies"))], text


def test_the_life_dates_leave_the_rest_of_the_life_to_the_clauses():
    found = dated_titles("Karl Dorn (1811–1870) was a painter. Dorn moved to Paris in 1840.")
    assert found == [
        ("1811", "Karl Dorn born"),
        ("1870", "Karl Dorn dies"),
        ("1840", "Karl Dorn moves to Paris"),
    ]
