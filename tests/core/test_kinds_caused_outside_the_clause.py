"""Kinds whose cause lies outside the clause that tells the harm, or in a word the predicate's
own rule must read: victims of a storm or a bomb told in a "when" clause, people driven out
by floodwaters, crews fighting a fire.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 10)


def _kind_of(text: str, title_word: str) -> str:
    return kind_of_event(text, PUBLISHED, title_word)


CASES = [
    # victims with no doer in their clause take the kind of the cause the sentence tells
    (
        "Two fishermen were killed on Tuesday when a storm battered the Dorran coast.",
        "killed",
        "disaster",
    ),
    ("Four hikers died on Sunday when a landslide buried a trail near Keswold.", "die", "disaster"),
    (
        "Three guards were killed on Monday when a bomb went off at the Varna depot.",
        "killed",
        "explosion",
    ),
    # ... but a gunman's victims are civilians attacked, whatever else the sentence says
    (
        "Two people were killed on Tuesday when gunmen opened fire on a market in Velt.",
        "killed",
        "violence against civilians",
    ),
    # a natural force driving people out is a disaster; the verb is no army's "forces"
    (
        "Floodwaters forced thousands of residents from their homes in Ostrava on Monday.",
        "floodwaters",
        "disaster",
    ),
    ("The scandal forced the minister to resign on Monday.", "scandal", "politics"),
    # crews fighting a fire fight a disaster; troops fighting rebels a clash
    (
        "Firefighters battled a blaze at a warehouse in Brenmoor on Thursday.",
        "firefighters",
        "disaster",
    ),
    ("Troops battled rebels near Garro on Thursday.", "troops", "armed clash"),
    ("Police clashed with protesters in Lund on Monday.", "police", "riot"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_kind_read_from_the_cause(text: str, title_word: str, kind: str) -> None:
    assert _kind_of(text, title_word) == kind
