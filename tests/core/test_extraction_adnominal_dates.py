"""A date before a happening noun dates that noun, never the verb of the clause it sits in
("a June 3, 2014, supply agreement", "Acme's 2017 merger"), and the noun's own verb with its
possessor and a named "with" partner makes the happening's title ("Acme merges with Brio")."""

from __future__ import annotations

import datetime as dt

from tests.core.extraction_checks import find
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 5, 1)


def _titles_on(text: str, edtf: str) -> list[str]:
    return [e.title.lower() for e in extract_events(text, PUBLISHED) if e.when.to_edtf() == edtf]


def test_a_comma_set_date_inside_a_noun_phrase_does_not_date_the_verb() -> None:
    titles = _titles_on(
        "Kessler sold the plant under a June 3, 2014, supply agreement.", "2014-06-03"
    )
    assert not any("sell" in t for t in titles), titles


def test_a_comma_set_date_before_a_deed_noun_does_not_date_the_clause() -> None:
    text = "Analysts questioned a March 4, 2020, sale of bonds by the city."
    titles = _titles_on(text, "2020-03-04")
    assert not any("question" in t for t in titles), titles


def test_a_year_after_a_possessive_dates_the_merger_not_the_criticism() -> None:
    events = extract_events("Rivals criticised Acme's 2017 merger with Brio.", PUBLISHED)
    assert not any("criticis" in e.title.lower() for e in events), [e.title for e in events]
    find(events, "2017", "Acme", "merges with Brio")


def test_a_merger_with_a_named_partner_is_titled_by_its_verb() -> None:
    events = extract_events("Shareholders opposed Lumen's 2015 merger with Varta.", PUBLISHED)
    find(events, "2015", "Lumen merges with Varta")
