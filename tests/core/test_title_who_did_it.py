"""Titles whose subject says who did it where the sentence leaves it to a pronoun or a
description. Every sentence was written for these tests; the comment above each case gives
the title the extractor wrote before."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2016, 6, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_they_is_the_subject_of_the_clause_joined_by_and():
    # was: "They search bakery" (the depot, the first clause's subject, is no "they")
    found = titles(
        "The depot stood not far from where the Okafor brothers kept a bakery, and by "
        "midnight state troopers and county deputies were surrounding the block. They "
        "searched the bakery, Golden Crust Breads, on Tuesday morning."
    )
    assert "State troopers and county deputies search bakery" in found


def test_its_is_a_firm_whose_name_ends_in_a_plural_word():
    # was: "Its Condor rocket explodes" ("Halvern Sciences" looks plural but is one firm)
    found = titles(
        "Halvern Sciences needed a year to fly again after its Condor rocket "
        "exploded in October 2013."
    )
    assert "Halvern Sciences' Condor rocket explodes" in found


def test_a_firm_described_by_several_trades_is_the_firm_named_before():
    # was: "Giant foods, tobacco and brewing firm says it will issue new rights"
    found = titles(
        "Kestrel Holdings Inc. posted a loss in May. The big foods, tobacco and brewing "
        "company on June 3 said it will issue new rights to shareholders."
    )
    assert "Kestrel Holdings Inc. says it will issue new rights to shareholders" in found


def test_a_firm_described_by_two_trades_and_a_stake_is_the_firm_named_before():
    # was: "Luxury airline and casino firm announces its deals to buy hotels"
    found = titles(
        "Kestrel Holdings Inc. posted a loss in May. The budget airline and casino group, "
        "90%-owned by Ann Lee, on June 3 announced its deals to buy the hotels."
    )
    assert any(t.startswith("Kestrel Holdings Inc. announces its deals") for t in found)


def test_a_relative_clause_without_that_is_not_the_subject():
    # was: "Scheme draws up was rejected by ministers"
    found = titles(
        "The scheme the watchdog drew up was rejected by ministers on Monday, May 11, 2015."
    )
    assert found == ["Scheme rejected by ministers"]
