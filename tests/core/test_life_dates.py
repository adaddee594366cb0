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


def test_a_history_s_undated_past_is_not_news_of_the_day_it_was_saved():
    # An encyclopaedia's life, saved in 2019: what it tells without a date is not about 2019.
    life = (
        "Karl Dorn (1811–1870) was a painter. Dorn served the king as a court painter. In "
        "1840 he moved to Paris."
    )
    years = [e.when.start.year for e in extract_events(life, PUBLISHED)]
    assert 2019 not in years and 1840 in years
    # News opening on its own day still gives its undated happenings that day.
    news = (
        "Rescuers pulled 12 miners from a flooded pit on 8 September 2019. The company "
        "closed the mine."
    )
    titles = {e.title: e.when.start for e in extract_events(news, PUBLISHED)}
    assert titles["Company closes mine"].year == 2019
