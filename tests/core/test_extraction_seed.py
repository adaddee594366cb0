"""The seed article: the events a careful reader finds, by date and key words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.dates import Precision
from timeline_app.core.events import Attribution, Event, Origin
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.categories import CATEGORIES

from .extraction_checks import find

SEED = Path(__file__).resolve().parents[2] / "seeds" / "weapon-and-men-towards-ukraine.txt"
PUBLISHED = dt.date(2022, 1, 18)


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED, source_id="seed", source_name="Atlas of Wars")


def test_crimea_invasion_is_dated_to_the_year(events):
    event = find(events, "2014", "Crimea")
    assert event.when.start.precision is Precision.YEAR
    assert "Russia" in event.actors
    assert "invade" in event.title.lower() or "invasion" in event.title.lower()


def test_british_training_runs_from_2015(events):
    event = find(events, "2015/..", "Ukraine")
    assert event.when.ongoing
    assert "United Kingdom" in event.actors and "Ukraine" in event.actors
    assert event.sources[0].date_text == "2015"


def test_russian_troops_arrive_in_belarus_claimed_by_volfovich(events):
    event = find(events, "2022-01-17", "troops", "arriv")
    assert event.attribution is Attribution.CLAIMED
    assert event.sources[0].attributed_to == "Alexander Volfovich"
    for actor in ("Russia", "Belarus", "Alexander Volfovich"):
        assert actor in event.actors
    assert event.title == "Russian troops arrive in Belarus for training"


def test_uk_supplies_anti_tank_weapons_as_the_days_news(events):
    # the lead's present perfect is the news of the publication day, approximately
    event = find(events, "2022-01-18~", "UK", "anti-tank")
    assert event.when.start.precision is Precision.DAY
    assert event.actors[:2] == ("United Kingdom", "Ukraine")
    assert event.title.startswith("UK begins supplying Ukraine")
    # "Britain is supplying Ukraine ..." later in the article is the same happening
    assert len(event.sources) == 2


def test_canada_special_forces_reported(events):
    event = find(events, "2022-01-18~", "Canada", "special forces")
    assert event.attribution is Attribution.REPORTED
    assert "Canada" in event.actors and "Ukraine" in event.actors
    assert event.location == "Kiev"
    assert "Kiev" in event.title


def test_troops_massed_at_the_border(events):
    event = find(events, "2022-01~", "100,000", "troops")
    assert "Russia" in event.actors
    assert "Ben Wallace" in event.actors
    assert event.sources[0].attributed_to == "Ben Wallace"


def test_canadian_offer_a_week_ago_is_approximate(events):
    event = find(events, "2022-01-11~", "Canada", "offer")
    assert event.when.start.approximate
    assert "United States" in event.actors


def test_joly_blinken_meeting_and_the_conflict(events):
    meeting = find(events, "2021-12-31", "meeting")
    offer = find(events, "2022-01-11~", "offer")
    for actor in ("Mélanie Joly", "Antony Blinken", "United States"):
        assert actor in meeting.actors
    assert meeting.attribution is Attribution.REPORTED
    assert meeting.sources[0].attributed_to == "CBC"
    assert meeting.conflicts_with == (offer.id,)
    assert offer.conflicts_with == (meeting.id,)
    assert "31 December 2021" in offer.conflict_note
    assert "11 January 2022" in meeting.conflict_note


def test_every_event_is_well_formed(events, text):
    assert len(events) >= 8
    ids = [e.id for e in events]
    assert len(set(ids)) == len(ids)
    for event in events:
        assert event.origin is Origin.EXTRACTED
        assert event.title and event.title[0].isupper() and not event.title.endswith(".")
        assert len(event.title) <= 80
        assert event.category in CATEGORIES
        for source in event.sources:
            assert text[source.start : source.end] == source.evidence
            assert source.source_id == "seed" and source.name == "Atlas of Wars"


def test_ids_are_stable(text, events):
    again = extract_events(text, PUBLISHED, source_id="seed", source_name="Atlas of Wars")
    assert [e.id for e in again] == [e.id for e in events]
    other = extract_events(text, PUBLISHED, source_id="other")
    assert {e.id for e in other}.isdisjoint(e.id for e in events)


def test_no_invented_events_from_modal_or_speech_clauses(events):
    titles = " ".join(e.title.lower() for e in events)
    assert "could" not in titles  # "Russian troops could be used", "it could take action"
    assert "would" not in titles  # "the UK would provide further help"


def test_without_publication_date_only_explicit_dates_remain(text):
    events = extract_events(text, None)
    editions = {e.when.to_edtf() for e in events}
    assert "2014" in editions and "2015/.." in editions
    assert not any(e.when.to_edtf().startswith("2022-01~") for e in events)


def test_empty_text():
    assert extract_events("", PUBLISHED) == []
    assert extract_events("   \n\n ", PUBLISHED) == []
