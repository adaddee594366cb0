"""One doer's deeds joined in one sentence under one date: one happening when the second is
a step of the first, two when a reader counts two. Every sentence was written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 6, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def titles(text: str) -> list[str]:
    return [e.title for e in events(text)]


# --- a step of the happening the first verb tells: one event, both clauses its source ---------


def test_retiring_and_joining_elsewhere_in_one_year_is_one_move():
    found = events(
        "Dr Ines Varga retired from the Hollis Institute in 2009 and joined a marine survey "
        "in Oslo."
    )
    assert [e.title for e in found] == ["Ines Varga retires from Hollis Institute"]
    assert found[0].when.start.year == 2009
    assert len(found[0].sources) == 2  # the joining is kept as a source, not lost


def test_losing_a_seat_and_standing_down_as_leader_is_one_happening():
    found = events(
        "Councillor Amos Reed lost his ward seat on Sunday, and stood down as leader of the "
        "Green Alliance."
    )
    assert [e.title for e in found] == ["Councillor Amos Reed loses his ward seat"]
    assert found[0].when.start.day == 13


def test_a_sending_off_and_its_fine_told_together_are_one_happening():
    found = events("The striker Tomas Vell was sent off on Saturday and was fined by the league.")
    assert [e.title for e in found] == ["Tomas Vell sent off"]
    assert len(found[0].sources) == 2


# --- guards: two deeds a reader counts as two stay two (these passed before the rule) ----------


def test_a_shooting_and_a_seizure_in_one_sentence_stay_two():
    assert titles("The gunman shot a guard at the depot on Tuesday and seized a bus.") == [
        "Gunman shoots guard at depot",
        "Gunman seizes bus",
    ]


def test_a_move_and_a_new_undertaking_begun_stay_two():
    assert len(titles("Tobias Grey moved to Turin in 1962 and began his first novel there.")) == 2


def test_a_second_subject_tells_a_second_happening():
    assert titles(
        "The chief executive of Marlow Foods resigned on Friday and its founder, Edith Marlow, "
        "took charge."
    ) == ["Chief executive of Marlow Foods resigns", "Edith Marlow takes charge"]


def test_a_running_total_after_a_loose_date_is_no_step_of_the_launch():
    found = titles(
        "The scooter was launched about two years ago but has already sold nearly four million "
        "units."
    )
    assert found == ["Scooter launched", "Scooter sells nearly four million units"]


def test_who_the_folded_deed_names_stays_on_the_event():
    found = events("Mira Holt left the Delmar Trust in 2011 and joined Fenwick Capital.")
    assert len(found) == 1
    assert "Fenwick Capital" in found[0].actors
