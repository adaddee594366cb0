"""What the extractor proposes is what a reader would keep: background and states, plans,
reports about reports and one happening told twice are left out or merged. Each rule is
shown by a sentence written for it."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def described(found: list[Event]) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in found]


def titled(found: list[Event], word: str) -> list[Event]:
    return [e for e in found if word in e.title.lower()]


def test_the_simple_present_below_the_headline_describes_and_is_no_news():
    found = events(
        "Russia signs border treaty with Ukraine\n\n"
        "The presidents of Russia and Ukraine signed a border treaty in Kiev.\n\n"
        "The treaty between Russia and Ukraine also calls for joint patrols on the river."
    )
    assert not titled(found, "call"), described(found)
    # the headline's present is the news, and the lead tells it
    assert titled(found, "sign"), described(found)
