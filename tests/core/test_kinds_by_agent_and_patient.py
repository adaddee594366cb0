"""Kinds read from who does an act and who undergoes it, as the parse shows them: a passive's
"by" phrase is its doer, a court's acts are its work, a firm's with money are business, a
leader's towards another state's are relations.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 10)

CASES = [
    # the state's forces harming a person are violence against civilians, whichever way the
    # sentence is turned: the passive's "by" phrase names the doer
    ("Dana Kirov was shot in the leg by police on Tuesday.", "kirov", "violence against civilians"),
    (
        "A shepherd was beaten to death by soldiers on Monday.",
        "shepherd",
        "violence against civilians",
    ),
    (
        "A student's father was shot dead by police in Velt on Monday.",
        "father",
        "violence against civilians",
    ),
    # what a court does to someone or something is its work, whatever the verb
    ("The tribunal ordered the release of the journalist on Tuesday.", "tribunal", "legal"),
    ("The court froze the tycoon's assets on Friday.", "court", "legal"),
    ("The jury deliberated for six hours on Wednesday.", "jury", "legal"),
    # a leader's act towards another country's leader is diplomacy, whatever the verb
    ("The German chancellor phoned the Turkish president on Wednesday.", "chancellor", "diplomacy"),
    ("President Oru congratulated the new Kenyan president on Wednesday.", "oru", "diplomacy"),
    ("The Pope held an audience with the Argentine president on Monday.", "audience", "diplomacy"),
    # a firm's act with money is business, whatever it buys
    ("Orsk Airlines ordered 40 new jets worth $6 billion on Wednesday.", "jets", "economy"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_the_kind_follows_who_did_what_to_whom(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind
