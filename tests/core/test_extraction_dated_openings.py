"""Dates that open a sentence before a titled name ("On Monday, city manager Rosa Delgado
..."): the parse may hang the date on the title noun as if it named the noun's time, but a
date with a preposition of its own is a phrase of the clause and dates its happening."""

from __future__ import annotations

import datetime as dt

from tests.core.extraction_checks import find
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 20)


def test_a_fronted_day_before_a_titled_name_dates_the_clause():
    found = extract_events(
        "On Monday, city manager Rosa Delgado fired the police chief.", PUBLISHED
    )
    event = find(found, "2021-03-15", "Delgado", "fire")
    assert "chief" in event.title


def test_a_genitive_date_still_names_its_nouns_time():
    # "Friday's announcement" dates the announcing; saying what it was is no happening
    found = extract_events(
        "Friday's announcement was the first sign that the mill was in trouble.", PUBLISHED
    )
    assert not any("sign" in e.title.lower() for e in found), [e.title for e in found]
