"""Where someone stands and what is going on are not happenings of a day: each rule is shown
by a sentence written for it, the stance or scene left out and the happening beside it kept."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_what_is_being_done_below_the_lead_is_a_scene_in_the_passive_too():
    found = events(LEAD + "The Brantley audit is now being studied by regulators.")
    assert not titled(found, "examined"), described(found)
    found = events(LEAD + "The bridge at Tczew was being repaired in March, the agency said.")
    assert not titled(found, "repaired"), described(found)
    # what broke into it is the happening, and the scene of it stays
    found = events(LEAD + "Two trawlers were being towed to Gdynia on Tuesday when the storm hit.")
    assert titled(found, "towed"), described(found)
    assert titled(found, "storm"), described(found)


def test_a_present_word_on_the_future_below_the_lead_is_a_stance():
    found = events(LEAD + "The Okonkwo family has indicated it plans to appeal the verdict.")
    assert not titled(found, "appeal"), described(found)
    found = events(
        LEAD + "Harbour officials say their aim is to move 300 barges through the canal "
        "before the autumn."
    )
    assert not titled(found, "barges"), described(found)
    # the announcement told in the past with its day is news
    found = events(LEAD + "The Okonkwo family said on Monday it would appeal the verdict.")
    assert [e.when.to_edtf() for e in titled(found, "appeal")] == ["2024-03-04"], described(found)
    # and so is the stance that opens the story
    found = events("The Okonkwo family has indicated it plans to appeal the verdict.")
    assert titled(found, "appeal"), described(found)


def test_a_side_taken_up_to_now_below_the_lead_is_no_happening():
    found = events(
        LEAD + "The Vasquez family has fought to keep the orchard, saying the sale was unfair."
    )
    assert not titled(found, "orchard"), described(found)
    found = events(LEAD + "Tallinn has cited engineering reasons for the delays to the ferry.")
    assert not titled(found, "reasons"), described(found)
    # the act of a day, and the perfect of what was done, are happenings
    found = events(LEAD + "The Vasquez family sued on Monday to keep the orchard.")
    assert [e.when.to_edtf() for e in titled(found, "orchard")] == ["2024-03-04"], described(found)
    found = events(LEAD + "The Vasquez family has agreed to sell the orchard.")
    assert titled(found, "agree", "orchard"), described(found)
    # and so is the side taken that opens the story
    found = events("The Vasquez family has fought to keep the orchard, saying the sale was unfair.")
    assert titled(found, "orchard"), described(found)
