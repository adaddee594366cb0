"""A page that repeats one line of a list ("• Police closed the bridge" five times) tells one
happening, not five: the repeated items are one event with every line as its source. Every
sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2022, 4, 14)


def test_five_identical_bullet_lines_are_one_event_with_five_sources():
    text = "Notes from the harbour\n\n" + "• Officers shut the swing bridge\n" * 5
    found = extract_events(text, PUBLISHED)
    assert [e.title for e in found] == ["Officers shut swing bridge"]
    assert len(found[0].sources) == 5


def test_identical_dashed_lines_opening_a_page_are_one_event():
    text = "- Volunteers cleared the canal towpath\n" * 4
    found = extract_events(text, PUBLISHED)
    assert [e.title for e in found] == ["Volunteers clear canal towpath"]


def test_identical_numbered_items_are_one_event():
    text = (
        "Weekend notes\n\n"
        "1. The ferry company cancelled the night crossing\n"
        "2. The ferry company cancelled the night crossing\n"
        "3. The ferry company cancelled the night crossing\n"
    )
    found = extract_events(text, PUBLISHED)
    assert [e.title for e in found] == ["Ferry company cancels night crossing"]


def test_items_that_differ_stay_separate_events():
    # guard: two lines that name two bridges are two closures
    text = "Notes from the harbour\n\n• Officers shut the north bridge\n• Officers shut the south bridge\n"
    found = extract_events(text, PUBLISHED)
    assert [e.title for e in found] == ["Officers shut north bridge", "Officers shut south bridge"]
