"""Kinds read from what a clause leaves to the sentence around it: the noun a relative or
participle clause hangs on ("the mutiny, which broke out ..."), what a body rules when the
clause stops before it, a place searched, an inquiry promised in what is said.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction.categories import categorise

from .extraction_checks import kind_of_event

PUBLISHED = date(2025, 3, 14)


CASES = [
    # a relative pronoun stands for its noun: the mutiny's beginning is an armed clash
    (
        "Veldra Street is named after the garrison mutiny that broke out in Kessport in 1871.",
        "break",
        "armed clash",
    ),
    # the takeover is what "which" stands for
    (
        "The Harwick takeover, which was abandoned on June 3, 2018, cost the brewer dearly.",
        "abandon",
        "economy",
    ),
    # a participle clause with no subject of its own tells of the noun it hangs on
    (
        "The orchard growers' latest lawsuit, filed in October 2019, names the Brenn water board.",
        "file",
        "legal",
    ),
    # a place searched, with neither police nor rescuers named, is police work
    ("Later they searched the bakery on Tamsin Road on Thursday.", "search", "legal"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_kind_is_read_from_what_the_clause_leaves_to_the_sentence(
    text: str, title_word: str, kind: str
) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind


def test_what_a_body_rules_is_read_past_the_clause_that_stops_before_it() -> None:
    sentence = "The PLRB ruled last week that only two ferries may dock at Pell harbour."
    clause = "The PLRB ruled last week"
    assert categorise(clause, sentence, predicate="rule", arguments=("PLRB",)) == "legal"


def test_an_inquiry_promised_in_what_is_said_is_legal() -> None:
    sentence = (
        "The Tarsk Union of Growers said on Friday it will investigate the burning of the Orrin "
        "seed archives."
    )
    clause = "The Tarsk Union of Growers said Friday"
    assert categorise(clause, sentence, predicate="say", arguments=("Union",)) == "legal"
