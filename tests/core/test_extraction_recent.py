"""What news says was done "recently" or "lately" is a happening of about the publication
month (``recent_past``); "until recently", "more recently", a participle before a noun and
the past perfect are not. Each sentence was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 5, 14)
LEAD = "Ferry operator cuts fares\n\nThe ferry operator cut its fares on Monday. "


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_happening_done_recently_is_of_about_the_publication_month():
    found = events(
        LEAD + "Passenger numbers fell in the winter. Its main rival has twice raised prices. "
        "The two harbour boards recently signed a pact on berthing rights."
    )
    assert dates(found, "sign pact") == ["2019-05~"], described(found)


def test_a_recent_happening_in_the_present_perfect_or_passive_is_dated_too():
    found = events(
        LEAD + "Passenger numbers fell in the winter. The company has recently opened a "
        "terminal in Bergen. Two of its captains were lately dismissed."
    )
    assert dates(found, "opens terminal") == ["2019-05~"], described(found)


def test_recently_dates_no_state_no_series_and_no_earlier_past():
    found = events(
        LEAD + "Passenger numbers fell in the winter. Until recently, the port had no "
        "night service. More recently it has courted cruise lines. The crews had recently "
        "started a union. The recently built quay stays closed. The delays result from the "
        "recently passed harbour law."
    )
    assert not [e for e in found if e.when.to_edtf() == "2019-05~"], described(found)
    assert not titled(found, "courts"), described(found)


def test_in_a_history_recently_dates_nothing():
    # a text whose dates all lie years back tells no news of its publication day
    found = events(
        "Ivo Lenz (1801 - 1870) was a painter. In 1830 he moved to Porto. He recently "
        "finished a mural there."
    )
    assert not titled(found, "finishes mural"), described(found)


def test_recently_on_the_verb_after_a_long_subject_dates_it():
    # the parse heads the sentence with the name, the verb hangs on it: the verb still
    # is the clause's own
    found = events(
        LEAD + "Passenger numbers fell in the winter. Ann Cole, a councillor from Leeds "
        "campaigning against the new bridge, recently released a leaflet attacking the plan."
    )
    assert dates(found, "releases leaflet") == ["2019-05~"], described(found)
