"""Kinds of a firm's acts on its staff and its trade, of what is called off or called for,
and of a hearing: a blind coder found these filed as other, relations or an explosion.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 10)

CASES = [
    # a firm's acts on its trade or its staff are business, whatever the verb
    ("The safari firm cancelled all its tours on Monday.", "tours", "economy"),
    ("The airline suspended flights to the capital on Friday.", "flights", "economy"),
    ("The carmaker closed its plant in Velt on Monday.", "plant", "economy"),
    ("The tour operator called off its safaris on Tuesday.", "safaris", "economy"),
    # jobs cut are business, whoever loses them
    ("The firm laid off 300 workers on Friday.", "workers", "economy"),
    ("Ms. Dace was laid off in March.", "dace", "economy"),
    # a hearing is the law's work
    ("The hearing was adjourned until next week.", "hearing", "legal"),
    # "on" that opens a date, or follows a noun "call", is no call on anyone for talks
    ("The mayor called a news conference on Monday.", "conference", "other"),
    ("The coach called the players back to training on Monday.", "players", "other"),
    ("The chairman spoke on a conference call on Friday.", "chairman", "other"),
]

# What stays: what is called off keeps the kind of what it was; a firm's product shown is
# no business news; a hearing of a legislature is politics.
KEPT = [
    ("The union called off the strike on Sunday.", "strike", "protest"),
    ("The two sides called off the talks on Monday.", "talks", "diplomacy"),
    ("The company unveiled a new phone on Tuesday.", "phone", "other"),
    ("The company launched a streaming service on Tuesday.", "service", "other"),
    ("A Senate hearing on the budget opened on Tuesday.", "hearing", "politics"),
    # a call on a state or on voters is still read as the appeal it is
    ("Ostria called on Vell to withdraw its troops on Monday.", "vell", "diplomacy"),
    ("The president called on voters to turn out on Sunday.", "voters", "politics"),
    ("The union called on Monday for a general strike.", "strike", "protest"),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_the_kind_is_read_by_its_class(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind


@pytest.mark.parametrize(("text", "title_word", "kind"), KEPT)
def test_the_kind_that_was_right_stays(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind
