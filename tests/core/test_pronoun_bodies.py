"""What "it" and "they" stand for when the body named before is a firm the finder knows.

Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 6, 1)


def events(text: str) -> dict[int, tuple[str, tuple[str, ...]]]:
    return {e.when.start.year: (e.title, e.actors) for e in extract_events(text, PUBLISHED)}


def test_it_before_a_verb_with_an_object_is_the_firm_before():
    # the parse reads this "It" as an empty one, as in "It rained"
    found = events(
        "Brightwater Bank opened a branch in Leeds in 2015. It closed the branch in 2018."
    )
    assert found[2018][0] == "Brightwater Bank closes branch"
    assert found[2018][1] == ("Brightwater Bank",)


def test_an_empty_it_stays_empty():
    found = events(
        "Brightwater Bank opened a branch in 2015. It took until 2018 to close it.\n\n"
        "Corran Bank opened a branch in Perth in 2019. It closed the branch in 2020."
    )
    assert "Brightwater" not in found.get(2018, ("",))[0]
    assert found[2020][0] == "Corran Bank closes branch"


def test_they_is_a_firm_the_finder_found_though_the_parse_did_not():
    found = events("Vantor Group posted a loss in 2016. They also sold a mill in Maine in 2017.")
    assert found[2017][0] == "Vantor Group sells mill in Maine"
    assert found[2017][1] == ("Vantor Group",)


def test_they_after_several_firms_is_all_of_them():
    # the parse finds no organisation in "Vantor Group" nor, alone, in "Delk"
    found = events(
        "Vantor Group posted a loss in 2015. They closed a mill in 2016. Vantor Group and "
        "Delk Inc. posted losses in 2017. They also sold mills in Maine in 2018."
    )
    assert found[2016][0] == "Vantor Group closes mill"
    assert found[2018][0].startswith("Vantor Group and Delk Inc.")
