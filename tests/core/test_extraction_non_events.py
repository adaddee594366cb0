"""Sentences of a news page that tell no happening: a credit line, a measure's trend over
years, what is only foreseen or not ruled out, a quoted anecdote. Each sentence is written
for its rule."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_the_credit_line_under_a_story_is_no_event():
    story = (
        "Ferry sinks near Crete\n\n"
        "A ferry with 40 passengers sank near the island of Crete on Thursday.\n\n"
        "Reuters correspondent Ana Ruiz in Athens contributed to this report.\n\n"
        "Additional reporting by Tomas Berg in Oslo."
    )
    found = events(story)
    assert not titled(found, "contribut"), described(found)
    assert not [e for e in found if "report" in e.title.lower()], described(found)
    assert titled(found, "sink"), described(found)
    # a sentence that tells who helped in the story's own events stays
    found = events("Volunteers from Athens contributed to the rescue on Thursday.")
    assert titled(found, "contribut"), described(found)


def test_a_measure_moving_or_standing_over_years_is_a_trend_not_a_happening():
    for sentence in (
        "Household debt climbed from 90 percent of income in 1998 to 130 percent in 2012.",
        "Inflation in Chile averaged 3.5 percent between 2001 and 2004.",
        "Rice exports rose 4 percent after the drought of 1983 and 2 percent after the "
        "flood of 1993.",
        "Demand for vinyl records grew in Europe throughout the 1990s.",
        "Exports from Germany rose 8% from 2019 to 2021.",
        "Farm output fell from 40 percent of the economy at the start of the decade to 31 "
        "percent by March 2009.",
    ):
        found = events(sentence)
        assert found == [], (sentence, described(found))


def test_a_result_beside_the_year_before_and_a_day_s_move_stay_news():
    found = events(
        "Net income at Vesta Foods rose 12% to $50 million in 2023 from $44 million in 2022."
    )
    assert titled(found, "rise"), described(found)
    found = events("Shares of Vesta Foods fell 3% on Monday after the report.")
    assert titled(found, "fall"), described(found)
    # a person's rise is a career, no measure
    found = events("She rose from clerk in 1990 to chief executive of the bank in 2001.")
    assert found, described(found)
