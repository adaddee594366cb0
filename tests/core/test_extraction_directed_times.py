"""A date under the infinitive of a verb of ordering, later than the story's time, is when
the act ordered was to be done: the ordering is about the story's time, and "the following
month" still counts from it (``directed_times``), each shown by sentences written for it."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 6, 9)
LIFE = "Anton Brel (1821 - 1890) was a mayor of Halden.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_an_order_is_not_dated_by_the_time_set_for_what_it_orders():
    found = events(
        LIFE + "On May 4, 1870, Brel dissolved the council. He ordered all the guild members "
        "to gather at the town hall in March 1871 to settle the matter."
    )
    assert dates(found, "order", "guild") == ["1870-05-04~"], described(found)


def test_the_following_month_counts_from_the_story_not_from_the_time_ordered():
    found = events(
        LIFE + "On May 4, 1870, Brel dissolved the council. He ordered all the guild members "
        "to gather at the town hall in March 1871. In a letter the following month, Brel "
        "summoned the militia."
    )
    assert dates(found, "summon", "militia") == ["1870-06"], described(found)


def test_a_summons_to_report_later_is_of_the_story_time():
    found = events(
        "In 1902 the firm moved its works to Leeds. The board summoned the engineers to "
        "report to London in 1905."
    )
    assert dates(found, "summon", "engineers") == ["1902~"], described(found)


def test_an_order_dated_at_or_before_the_story_time_keeps_its_date():
    # guard: a day no later than the story's is the ordering's own
    found = events(
        "The storm reached the coast on Sunday. The governor ordered residents to leave on Monday."
    )
    assert dates(found, "order", "residents") == ["2020-06-08"], described(found)
    # guard: the passive keeps its date ("was invited to join ... in July")
    found = events(
        "The duchy signed the treaty in 1880. It was invited to join the customs union in 1884."
    )
    assert dates(found, "invite", "customs union") == ["1884"], described(found)
