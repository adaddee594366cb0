"""A title cut to fit never ends on a piece of what it cut: a preposition of several words
("as a result [of ...]"), a modifier whose noun went ("founds successful [... firm]"), or a
piece of a long name ("Institute for Applied [Glaciology]"). Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 5, 4)


def by_year(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


# --- a modifier whose noun the cut left out -----------------------------------------------------


def test_a_list_of_adjectives_cut_at_and_gives_way_to_the_noun():
    found = by_year(
        "After the war, Jan Pieter van der Berg established a successful and highly "
        "profitable civil engineering firm in Rotterdam in 1921."
    )
    assert found[1921] == "Jan Pieter van der Berg establishes civil engineering firm"


def test_an_adjective_before_a_comma_is_not_the_object():
    found = by_year(
        "Orvik Ltd. last week launched a new, $12-a-share offer for the Bergen-based shipping "
        "company."
    )
    assert found[2020] == "Orvik Ltd. launches offer"
