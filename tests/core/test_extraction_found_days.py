"""The day a reader gives a happening the story found: not the end of a stretch it set, not
a day a description of its noun gives, and for the teller of the news, the day of the
telling. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, titled
from timeline_app.core.extraction import extract_events

PAPER = dt.date(2026, 5, 8)


def test_a_promise_to_extend_a_service_until_a_year_is_not_made_in_that_year():
    events = extract_events(
        "The mayor of Tellford promised to extend the night bus service until 2029.", PAPER
    )
    assert dates(events, "promise", "extend") == ["2026-05-08~"]


def test_til_is_read_as_until_in_the_date_and_the_title():
    events = extract_events("The mayor of Tellford extended the night bus service til 2029.", PAPER)
    assert dates(events, "extend", "bus") == ["2026-05-08~"]
    assert not any(e.title.endswith(" til") for e in titled(events, "extend"))


TELLING_PAPER = dt.date(2024, 3, 7)  # a Thursday


def test_what_the_teller_of_the_news_goes_on_to_do_is_of_the_day_of_the_telling():
    events = extract_events(
        "Two cousins from the Lakeland area were arrested in Dorset County on "
        "Wednesday over a scheme to steal fuel, Sheriff Mara Quint announced today.\n\n"
        "Quint was joined by two deputies at a news conference in Hollins. She urged "
        "drivers to check their receipts.",
        TELLING_PAPER,
    )
    assert dates(events, "arrested") == ["2024-03-06"]
    assert dates(events, "joined", "deputies") == ["2024-03-07~"]
    assert dates(events, "urge", "receipts") == ["2024-03-07~"]


BLAST_STORY = (
    "A gas explosion destroyed a bakery in Wexley.\n\n"
    "Today, Mayor Lena Cobb visited the bakery and spoke to its owners.\n\n"
    "The explosion happened on Saturday shortly before dawn."
)


def test_today_opening_a_sentence_after_a_place_name_is_the_papers_day():
    events = extract_events(BLAST_STORY, TELLING_PAPER)
    assert dates(events, "Cobb", "visit") == ["2024-03-07"]


def test_a_sentence_told_today_leaves_the_lead_to_the_day_a_later_paragraph_gives():
    events = extract_events(
        "A gas explosion destroyed a bakery on the high street.\n\n"
        "Today, Mayor Lena Cobb visited the bakery and spoke to its owners.\n\n"
        "The explosion happened on Saturday shortly before dawn.",
        TELLING_PAPER,
    )
    assert dates(events, "explosion", "destroy") == ["2024-03-02~"]
    assert dates(events, "Cobb", "visit") == ["2024-03-07"]


def test_a_clock_time_told_before_the_story_names_its_day_is_on_that_day():
    events = extract_events(
        "Flood water swept through the village of Brenholt.\n\n"
        "Residents were not warned until 2:40 a.m., when the river broke its banks.\n\n"
        "The flood struck on Sunday, the county said.",
        TELLING_PAPER,
    )
    assert dates(events, "warned") == ["2024-03-03T02:40"]
    assert dates(events, "sweep", "Brenholt") == ["2024-03-03~"]


def test_a_history_moves_on_into_the_later_season_it_names():
    events = extract_events(
        "On March 3, 2015 he was traded to the Denver Rockies. Ferrell started the 2016 "
        "season with the Albuquerque Isotopes. He was called up on May 9 and debuted in "
        "Phoenix.",
        dt.date(2020, 1, 1),
    )
    assert dates(events, "called up") == ["2016-05-09"]
