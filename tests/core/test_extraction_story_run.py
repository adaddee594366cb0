"""What a news story tells below an undated lead, in the plain past and with no date of its
own, right after it dated a day of the story's, happened that day when it goes on with the
people and things just told of (``story_run``); background is not put on that day. Every
sentence here was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 5, 14)  # a Tuesday

# An undated lead: the story's day is given only below it, in a paragraph of its own.
FLOOD = (
    "Valley villages cut off\n\nMay 14, 2019\n\n"
    "Floodwater cut off three villages in the Orrin valley, officials said.\n\n"
    "The swollen Tarne burst its banks near Carnlea on Sunday.\n\n"
)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_the_next_paragraph_goes_on_with_the_dated_happening_on_its_day():
    found = events(
        FLOOD + "Rescue crews from Dunmore pulled eleven walkers out of the Tarne.\n\n"
        "A helicopter lifted two farmers from the roof of a barn near Carnlea."
    )
    # approximate: a reader infers the day, the text does not give it
    assert dates(found, "crews", "walkers") == ["2019-05-12~"], described(found)
    assert dates(found, "helicopter lifts", "farmers") == ["2019-05-12~"], described(found)


def test_background_below_the_dated_happening_is_not_put_on_its_day():
    found = events(
        FLOOD + "Rescue crews from Dunmore pulled eleven walkers out of the Tarne.\n\n"
        "The Tarne once flooded Carnlea every spring.\n\n"
        "After the last flood, Carnlea farmers sold their herds.\n\n"
        "A local choir raised money for a new church organ."
    )
    assert dates(found, "crews", "walkers") == ["2019-05-12~"], described(found)
    assert dates(found, "flood", "every spring") == [], described(found)  # "once": another time
    assert dates(found, "choir") == [], described(found)  # none of the story's people or things
    # timed from another happening: some day after it
    assert "2019-05-12~" not in dates(found, "farmers sell"), described(found)


def test_a_date_of_another_time_ends_the_run():
    found = events(
        FLOOD + "Rescue crews from Dunmore pulled eleven walkers out of the Tarne.\n\n"
        "Built in 1871 by Ewan Sayle, the old Carnlea bridge stood for a century.\n\n"
        "Crews from Dunmore repaired the Carnlea bridge with steel girders."
    )
    assert dates(found, "crews", "walkers") == ["2019-05-12~"], described(found)
    assert "2019-05-12~" not in dates(found, "repair", "bridge"), described(found)


def test_what_follows_a_dated_sentence_of_the_storys_days_runs_at_its_day():
    found = events(
        "Suspect held after chase\n\nMay 14, 2019\n\n"
        "Police in Harlow arrested a man suspected of robbing two banks.\n\n"
        "On Sunday night, detectives traced a stolen van to a farm near Ellery.\n\n"
        "Officers stopped the van on the Ellery road.\n\n"
        "The driver of the van ran into a field behind the farm."
    )
    assert dates(found, "officers stop", "van") == ["2019-05-12~"], described(found)
    assert dates(found, "driver", "runs") == ["2019-05-12~"], described(found)


def test_a_price_the_market_closed_at_is_no_happening_of_the_story():
    found = events(
        "Grenley buys rival\n\nMay 14, 2019\n\n"
        "Grenley Foods agreed to buy the snack maker Corvo, the companies said.\n\n"
        "Grenley announced the purchase of Corvo on Monday in Leeds.\n\n"
        "Grenley closed the old Corvo bakery in Hull.\n\n"
        "Grenley shares closed unchanged at $41.20 in trading on the exchange."
    )
    assert dates(found, "closes", "bakery") == ["2019-05-13~"], described(found)
    assert dates(found, "shares", "close") == [], described(found)


def test_a_state_told_with_also_is_not_a_happening():
    found = events(
        "Driver held\n\nMay 14, 2019\n\n"
        "Police arrested a driver in Farrow after a chase on Sunday.\n\n"
        "The driver was also connected to a robbery at a petrol station in Ostley."
    )
    assert dates(found, "connected") == [], described(found)


def test_the_storys_happening_told_again_at_a_time_when_is_no_new_event():
    # "The flood happened at a time when ...": the happening already told, restated to say
    # what else held then; no second event on the run's day
    found = events(
        FLOOD + "Rescue crews from Dunmore pulled eleven walkers out of the Tarne.\n\n"
        "The flooding of Carnlea occurred at a time when most families were away at a fair."
    )
    assert dates(found, "crews", "walkers") == ["2019-05-12~"], described(found)  # guard
    assert dates(found, "flooding") == [], described(found)
