"""What a commentator (an analyst, an expert, an unnamed "many") says is going on, or what
"there are signs" hints at, is a reading of the news, not news of the day; what a party to
it says it is doing stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)
CONTEXT = (
    "Halvorn Corp. said it will split into two companies.\n\n"
    "The board of Halvorn Corp. approved the plan last month after a long review.\n\n"
)


def events(text: str) -> list[Event]:
    return extract_events(CONTEXT + text, PUBLISHED)


def test_an_analysts_reading_is_no_news():
    found = events(
        'Even without a bid, Halvorn Corp. is giving its owners "real value," said Mira Ost, '
        "an analyst at Teller Bank."
    )
    assert not titled(found, "owners"), described(found)


def test_a_vague_many_or_a_sign_is_no_news():
    found = events("In Oslo, many investors said Halvorn Corp. is courting a buyer.")
    assert not titled(found, "court"), described(found)
    found = events("There are signs that Halvorn Corp. is courting a buyer for its rail unit.")
    assert not titled(found, "court"), described(found)


def test_a_party_telling_what_it_is_doing_stays():
    found = events(
        "Halvorn Corp. is courting a buyer for its rail unit, its chairman told shareholders."
    )
    assert titled(found, "court", "buyer"), described(found)


def test_analysts_or_many_as_the_audience_make_no_commentator():
    found = events("Halvorn Corp. is selling its barge fleet, its finance chief told analysts.")
    assert titled(found, "barge fleet"), described(found)
    found = events(
        "Halvorn Corp. is selling its barge fleet, its finance chief told many bondholders."
    )
    assert titled(found, "barge fleet"), described(found)


def test_an_analyst_named_after_the_verb_without_quotes_is_a_commentator():
    found = events(
        "Halvorn Corp. is losing freight customers to trucking firms, said Ansel Durk, an "
        "economist at Brenna Securities."
    )
    assert not titled(found, "freight"), described(found)
