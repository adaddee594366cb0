"""Each happening gets its own date, and the tagger's dates are the right ones. Every
sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.timex import tag

HISTORY = dt.date(2019, 7, 20)  # an encyclopaedia's life, saved long after


def dated(text: str, published: dt.date = HISTORY) -> list[tuple[str, str]]:
    return [(e.when.to_edtf(), e.title) for e in extract_events(text, published)]


def test_months_take_the_year_written_after_them_and_the_same_year_is_that_one():
    text = (
        "Nora Vik returned to Oslo in 1973. She toured Asia between May and June in 1990, "
        "after her husband died in March the same year."
    )
    values = [(t.text, t.value) for t in tag(text, HISTORY)]
    assert ("May", "1990-05") in values and ("March", "1990-03") in values
    assert ("the same year", "1990") in values
    found = dated(text)
    assert ("1990-05/1990-06", "Nora Vik tours Asia") in found
    assert any(when == "1990-03" and "dies" in title for when, title in found)
    # the year that only names the months' year is no second date of the same happening
    assert not [t for when, t in found if when == "1990"]


def test_each_predicate_of_a_sentence_keeps_its_own_date():
    text = (
        "Nora Vik was born in Bergen in 1860. In 1881 she turned to languages, and in 1887 "
        "took a degree in French. She was promoted to lecturer in 1890, was appointed to "
        "the chair at Oslo in 1893, and in 1899 was made rector."
    )
    found = dated(text)
    assert ("1881", "Nora Vik turns to languages") in found
    assert ("1887", "Nora Vik takes degree in French") in found
    assert ("1890", "Nora Vik promoted to lecturer") in found
    assert ("1893", "Nora Vik appointed to chair at Oslo") in found
    assert ("1899", "Nora Vik made rector") in found
    # no happening takes another's date
    assert len([w for w, _ in found]) == len({w for w, _ in found})


def test_a_date_of_a_gerund_dates_what_the_gerund_tells_not_the_clause():
    text = (
        "Ivo Brandt (4 May 1901 – 3 June 1980) was a chemist. Brandt taught in Bergen for "
        "ten years before joining the Royal Academy in 1941. After moving to Lyon in 1950, "
        "he opened a laboratory."
    )
    found = dated(text)
    assert ("1941", "Brandt joins Royal Academy") in found
    assert ("1950", "Ivo Brandt moves to Lyon") in found
    # the teaching and the opening are not of those years
    assert not [w for w, t in found if "teach" in t or "opens" in t]


def test_a_date_after_a_noun_of_happening_dates_that_happening_not_the_clause():
    text = (
        "Tomas Reyes (4 May 1811 – 19 June 1870) was a surveyor. After the death of his "
        "mother in 1846 and his father in 1848, he sailed west, arriving in Lisbon possibly "
        "in November 1849. After his retirement in 1865, Reyes stayed active."
    )
    found = dated(text)
    assert ("1846", "Tomas Reyes's mother dies") in found
    assert ("1848", "Tomas Reyes's father dies") in found
    assert ("1849-11", "Tomas Reyes arrives in Lisbon") in found
    assert ("1865", "Reyes retires") in found
    # neither the sailing nor the staying is of those years
    assert not [w for w, t in found if "sails" in t or "stays" in t]


def test_what_had_been_before_a_figure_is_no_happening_of_its_own():
    text = "Acme's revenue reached $7.1 billion in 2006, having grown from $5.8 billion in 2005."
    found = dated(text, dt.date(2007, 1, 18))
    assert not [w for w, _ in found if w == "2005"]


NEWS = dt.date(2015, 5, 5)


def test_a_date_restated_beside_a_dash_is_no_range():
    found = dated("Mr Dorn opened the new bridge on Founders Day - March 3 - this year.", NEWS)
    assert [w for w, _ in found] == ["2015-03-03"]
    # a dash between two days is a range
    assert [w for w, _ in dated("The festival ran 3 - 5 May.", NEWS)] == ["2015-05-03/2015-05-05"]


def test_an_announcement_of_what_is_no_happening_is_the_event_on_its_day():
    found = dated(
        "Acme announced on Friday that it is time for users to leave the old browser.", NEWS
    )
    assert found == [("2015-05-01", "Acme announces it is time for users to leave old browser")]
    # saying alone what is so is no event
    assert dated("Acme said on Friday that it is time for users to leave.", NEWS) == []
