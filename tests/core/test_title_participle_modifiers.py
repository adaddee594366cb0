"""A participle after a possessive or a determiner that modifies the noun after it ("the
lender's expected loss", "the planned merger") is no verb: the title keeps it as written and
tells the clause's own verb. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 5, 10)


def titles(text: str) -> list[str]:
    return [event.title for event in extract_events(text, PUBLISHED)]


def test_an_expected_figure_of_a_possessor_is_the_subject_not_a_perfect_verb():
    assert titles("The lender's expected loss widened on Tuesday.") == [
        "Lender's expected loss widens"
    ]


def test_a_planned_deal_of_a_named_firm_keeps_its_participle_and_its_passive_verb():
    assert titles("Brisco's planned listing in London was postponed on Tuesday.") == [
        "Brisco's planned listing in London postponed"
    ]


def test_a_proposed_takeover_that_collapsed_is_told_by_its_collapse():
    assert titles("Delmar's proposed takeover of Kestrel collapsed on Monday.") == [
        "Delmar's proposed takeover of Kestrel collapses"
    ]


def test_a_planned_merger_after_an_article_is_the_subject_of_its_collapse():
    assert titles("The planned merger of the two lenders collapsed on Friday.") == [
        "Planned merger of two lenders collapses"
    ]
