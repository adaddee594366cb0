"""Two kinds of clause a reader leaves off a news timeline, each shown by sentences written
for it, the clause left out and the happening beside it kept: what a source would not tell
the press (``withheld_words``), and a state dated by the time a "when" clause after it
names (``when_frames``)."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = (
    "Harbour board closes ferry route\n\nThe harbour board closed the ferry route on Tuesday.\n\n"
)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_details_a_source_would_not_give_are_no_happening():
    found = events(
        LEAD + "At a briefing on Wednesday, police declined to give any details of the inquiry."
    )
    assert not titled(found, "details"), described(found)
    found = events(LEAD + "The landlord declined on Thursday to be interviewed about the fire.")
    assert not titled(found, "interview"), described(found)
    found = events(LEAD + "The port company refused on Monday to disclose the cost of the repairs.")
    assert not titled(found, "disclose"), described(found)
    # refusing to do something is an act, and giving a thing that is not a telling is one
    found = events(LEAD + "The council refused on Monday to sign the lease.")
    assert titled(found, "refuse", "lease"), described(found)
    found = events(LEAD + "The board declined on Monday to give the ferry a licence.")
    assert titled(found, "licence"), described(found)


def test_a_question_a_source_would_not_answer_is_not_told():
    found = events(
        LEAD + "The county sheriff's office has refused to say which deputies were involved "
        "in the March 2 raid."
    )
    assert not titled(found, "involved"), described(found)
    assert not titled(found, "refuse"), described(found)
    # what a source was asked to find out, and did, is another matter
    found = events(LEAD + "The inquiry found on Thursday which deputies took part in the raid.")
    assert titled(found, "inquiry", "find"), described(found)


def test_a_state_a_when_clause_dates_is_no_event_of_its_own():
    found = events(
        LEAD + "The county itself became a key part of the wool trade in 1350, when the king "
        "granted the town a charter."
    )
    assert titled(found, "king", "charter"), described(found)
    assert not titled(found, "wool"), described(found)
    found = events(
        LEAD + "The harbour master said he was in nearby Porto helping the coastguard in 2019 "
        "when a storm flooded the quay."
    )
    assert titled(found, "storm", "quay"), described(found)
    assert not titled(found, "Porto"), described(found)
    found = events(
        LEAD + "The boy's uncles have cared for him since January, when he was pulled from "
        "the river."
    )
    assert titled(found, "pulled", "river"), described(found)
    assert not titled(found, "care"), described(found)


def test_a_happening_beside_a_when_clause_keeps_its_event():
    found = events(LEAD + "The old harbour was rebuilt in 1961, when the new port opened.")
    assert titled(found, "harbour", "rebuilt"), described(found)
    assert titled(found, "port", "open"), described(found)
    # where a happening took place is told with "be", and stays
    found = events(LEAD + "The first concerts were in Vienna in 1901, when the hall opened.")
    assert titled(found, "concerts", "Vienna"), described(found)


def test_a_stretch_of_time_still_to_come_dates_no_happening():
    found = events(
        LEAD + "Tug owners have told the board they mean to double their freight by late 2031."
    )
    assert not titled(found, "freight"), described(found)
    found = events(LEAD + "The harbour's goal to have cut its emissions by 2050 covers its tugs.")
    assert not titled(found, "emissions"), described(found)
    found = events(
        LEAD + "A research team has modelled the effects of rising seas over 2000 - 2080."
    )
    assert not [e for e in found if e.when.to_edtf().startswith("2080")], described(found)
    # a plan the text schedules for a day is kept as planned, and the past stays
    found = events(LEAD + "The ferry will sail to Porto on 3 May, the company said.")
    assert dates(found, "ferry", "sail") == ["2024-05-03"], described(found)
    found = events(LEAD + "The old quay was rebuilt in 2019.")
    assert titled(found, "quay", "rebuilt"), described(found)
