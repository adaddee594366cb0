"""A party's members named by its capitalised plural ("Democrats", "the Tories") are that
party acting; a lower-case "democrats" is people of a view, and a chamber's group ("Senate
Democrats") keeps its own name.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Republicans blocked the budget bill in the Senate on Tuesday.", "Republicans"),
        ("The Tories won the by-election in Harlow on Thursday.", "Tories"),
        ("She urged the crowd on Monday to elect Democrats to the state senate.", "Democrats"),
        ("The pension bill was blocked by Republicans on Tuesday.", "Republicans"),
    ],
)
def test_a_partys_plural_names_the_party(text: str, party: str) -> None:
    assert party in actors_of_one_event(text, PUBLISHED)


def test_a_lower_case_plural_names_no_party() -> None:
    text = "Moderate democrats met in Lyon on Tuesday."
    assert actors_of_one_event(text, PUBLISHED) == []


def test_a_chambers_group_keeps_its_name() -> None:
    text = "Senate Democrats blocked the bill on Tuesday."
    assert actors_of_one_event(text, PUBLISHED) == ["Senate Democrats"]


def test_a_party_beside_a_person_is_no_word_of_her_name() -> None:
    text = (
        "He said on Friday that President Lena Marsh and Democrats across the country "
        "would defend the plan.\n\n"
        "Democrats blocked the budget bill in the Senate on Tuesday."
    )
    events = extract_events(text, PUBLISHED)
    blocked = [e for e in events if "bill" in e.title]
    assert blocked
    assert list(blocked[0].actors) == ["Democrats"]


def test_a_party_named_by_its_plural_takes_a_plural_verb() -> None:
    # the recogniser reads "Democrats" as an organisation's name when the story repeats it
    text = (
        "Democrats to defend pension plan this fall\n\n"
        "Harlow (AP) -- Democrats pledged Friday to defend the pension plan against "
        "Republicans ahead of the autumn vote.\n\n"
        '"Voters know the Democratic Party built this plan and the Republican Party '
        'tried to end it," said party chairman Tom Kessel. '
        '"Our task is to send more Democrats to the capital in November."\n\n'
        "He said Governor Ana Ruiz and Democrats in every county want the plan kept.\n\n"
        "Democrats hope to widen the plan next year. Keeping it has become a campaign "
        "for Democrats."
    )
    pledge = [e for e in extract_events(text, PUBLISHED) if "pension" in e.title]
    assert pledge
    assert pledge[0].title.startswith("Democrats pledge to defend")
    assert "Democrats" in pledge[0].actors
