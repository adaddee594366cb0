"""A bare "the ministry" or "the alliance" as a subject is the body named just before it.

Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2020, 6, 1)


def events(text: str) -> dict[int, tuple[str, tuple[str, ...]]]:
    return {e.when.start.year: (e.title, e.actors) for e in extract_events(text, PUBLISHED)}


def test_the_ministry_is_the_ministry_named_in_the_sentence_before():
    found = events(
        "The Interior Ministry banned the march in 2012. The ministry lifted the ban in 2013."
    )
    assert found[2013][0] == "Interior Ministry lifts ban"


def test_the_ministry_is_never_a_body_of_another_kind():
    # the party named in between is no ministry: the ministry is still the one meant
    found = events(
        "The Labour Party met the Interior Ministry in 2010. The ministry fined the party in 2011."
    )
    assert found[2011][0].startswith("Interior Ministry fines")


def test_the_alliance_is_the_organisation_named_before():
    found = events("NATO met envoys from Kiev in 1997. The alliance admitted Poland in 1999.")
    assert found[1999][0] == "NATO admits Poland"
    assert "NATO" in found[1999][1]


def test_two_parties_that_both_act_leave_the_party_as_written():
    found = events(
        "The Green Party and the Farmers Party argued in 2016. The party left the coalition in "
        "2017. The Harbour Council closed the quay in 2018. The council reopened it in 2019."
    )
    assert "Green" not in found[2017][0]
    assert "Farmers" not in found[2017][0]
    assert found[2019][0].startswith("Harbour Council reopens")


def test_a_qualified_description_is_left_to_say_which_body_it_is():
    # "the new party" may be another party than the one named before; a bare one is not
    found = events(
        "The Green Party won seats in 2016. The new party left the coalition in 2017.\n\n"
        "The Harbour Council closed the quay in 2018. The council reopened it in 2019."
    )
    assert "Green" not in found[2017][0]
    assert found[2019][0].startswith("Harbour Council reopens")
