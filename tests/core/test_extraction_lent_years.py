"""A date one clause lends another keeps the year the lending clause's tense gave it, each
shown by sentences written for it: in a paper of February, "ended March 3" is last year's
March, and so is the "when" or "after" clause that takes its time (``extractor._clause_day``).
"""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 2, 10)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_when_clause_after_a_past_date_ahead_of_the_paper_is_of_last_year():
    found = events("The siege ended March 3 when the rebels surrendered.")
    assert dates(found, "siege") == ["2023-03-03"], described(found)
    assert dates(found, "rebels", "surrender") == ["2023-03-03"], described(found)
    found = events("The ferry sank on April 2, when the storm hit the coast.")
    assert dates(found, "storm", "coast") == ["2023-04-02"], described(found)


def test_a_deed_before_a_dated_when_clause_is_of_last_year_too():
    # guard: right on the base already; pinned as the lending the same day now goes through
    found = events("The general resigned when the army withdrew on April 20.")
    assert dates(found, "general", "resign") == ["2023-04-20"], described(found)


def test_an_after_clause_beside_a_past_month_is_of_last_year_too():
    # guard: right on the base already, as above
    found = events("The plant closed in May after the owners sold the land.")
    assert dates(found, "owners", "sell") == ["2023-05"], described(found)


def test_a_when_clause_of_what_is_to_come_stays_this_year():
    # guard: told in the present, March 3 is still ahead, and so is the vote
    found = events("The strike ends March 3, when the union votes.")
    assert dates(found, "union", "vote") == ["2024-03-03"], described(found)
