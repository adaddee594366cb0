"""Names joined by "&" are one party: one firm or partnership that acts in the singular,
never two subjects. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 5, 10)


def one_event(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract_events(text, PUBLISHED)
    assert len(found) == 1, [e.title for e in found]
    return found[0].title, found[0].actors


def test_two_surnames_joined_by_an_ampersand_are_one_firm():
    assert one_event("Harrow & Finch cut 200 jobs on Monday.") == (
        "Harrow & Finch cuts 200 jobs",
        ("Harrow & Finch",),
    )


def test_letters_joined_by_a_spaced_ampersand_are_one_firm():
    assert one_event("DL & K announced on Tuesday that it will close two plants.") == (
        "DL & K announces it will close two plants",
        ("DL & K",),
    )


def test_a_partnership_described_after_its_name_is_one_party():
    title, actors = one_event("Ortega & Lamb, a law firm, sued the county on Wednesday.")
    assert title == "Ortega & Lamb sues county"
    assert actors == ("Ortega & Lamb",)


# a guard (it passed before the rule): the rule must not make names of letters
def test_letters_standing_for_words_are_no_name():
    from timeline_app.core.extraction.actors import ActorFinder

    assert ActorFinder("The R & D budget rose by a third.").mentions == []
