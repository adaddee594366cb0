"""Titles of results a firm reports and of firms named beside a description: the firm's
name is the subject, and the verb is the report's. Every sentence was written for these
tests (names, places and sums made up); each shows the title read before (in a comment)
and the one a sub-editor would write."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(1993, 5, 12)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_result_told_with_had_is_posted():
    # was: "Quenby Optical Corp. has loss of $871,400"
    found = titles(
        "Quenby Optical Corp. said it had a first-quarter loss of $871,400 as lens orders slowed."
    )
    assert any(t.startswith("Quenby Optical Corp. posts loss of $871,400") for t in found), found


def test_a_war_s_heavy_losses_are_not_posted():
    found = titles("The garrison had heavy losses in the siege of Marrowby on May 3.")
    assert not any("posts" in title for title in found), found


def test_firms_named_between_dashes_are_the_subject():
    # was: "Two rival brewers report lower quarterly profits"
    found = titles(
        "Meanwhile, two rival brewers -- Holloway Ales Inc. and Tansy Brewing Corp. -- "
        "reported lower quarterly profits yesterday."
    )
    assert "Holloway Ales and Tansy Brewing report lower quarterly profits" in found, found


def test_a_firm_described_between_commas_is_named_not_described():
    # was: "Pell Orchards Ltd., grower says it will shut its Aldwick packing shed"
    found = titles(
        "Pell Orchards Ltd., a grower of apples, pears and plums, said on Monday that it "
        "would shut its Aldwick packing shed."
    )
    assert found and found[0].startswith("Pell Orchards Ltd. "), found
    assert not any(title.lower().startswith("grower") for title in found), found


def test_a_participle_aside_on_the_subject_is_not_the_title():
    # was: "Quotas mandated by the ministry"
    found = titles(
        "Dunmore Fisheries Inc., reeling from quotas mandated by the ministry, announced a "
        "loss of $6 million on Monday."
    )
    assert "Dunmore Fisheries Inc. announces loss of $6 million" in found, found
