"""Kinds and actors a coder would accept: an official's appeal to the public is no diplomacy,
a rank given is an appointment, "the union" in a story about work is the workers' union, and
a couple written "Ann and Bob Lee" are two people.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event, find, kind_of_event

PUBLISHED = date(2025, 3, 14)


# --- appeals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the public addressed, nothing else said: no relations between states
        ("The mayor of Varno urged residents on Tuesday to stay indoors.", "other"),
        ("On Tuesday the premier urged citizens to carry their papers at all times.", "other"),
        # the public warned of a storm: the storm tells the kind
        (
            "The governor urged motorists on Monday to avoid the coast road as the storm neared.",
            "disaster",
        ),
        # lawmakers urged to pass a law: politics
        ("The governor urged legislators on Monday to pass the budget.", "politics"),
        # a leader's own aides urging him: politics, not relations between states
        ("Advisers urged the president on Friday to dismiss the staff.", "politics"),
    ],
)
def test_an_appeal_at_home_is_no_diplomacy(text: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor urged Norland on Monday to reopen the border.",
        "Germany urged Russia on Monday to withdraw its troops from the border.",
    ],
)
def test_a_state_urging_another_is_diplomacy(text: str) -> None:
    # guard: what the appeal was for already, kept
    assert kind_of_event(text, PUBLISHED) == "diplomacy"


# --- ranks and offices given ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2001, Halvorsen was made a brigadier general.",
        "Ines Kallio was made a rear admiral in 2004.",
        "In 1996 Tarek Odeh was promoted to colonel.",
    ],
)
def test_a_rank_given_is_an_appointment(text: str) -> None:
    assert kind_of_event(text, PUBLISHED) == "politics"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The company promoted its new tablet on Monday.", "other"),
        ("In 2009 Vera Sild was promoted to chief executive of the bank.", "economy"),
    ],
)
def test_wares_promoted_or_a_firm_s_office_are_no_appointment_of_state(
    text: str, kind: str
) -> None:
    assert kind_of_event(text, PUBLISHED) == kind


# --- "the union" ----------------------------------------------------------------------------

_DOCK_STRIKE = (
    "The European Union's new port rules took effect in January. Dockworkers in Varno walked "
    "out on Monday over pay. The union called off the strike on Wednesday."
)


def test_the_union_in_a_story_about_work_is_no_union_of_states() -> None:
    events = extract_events(_DOCK_STRIKE, PUBLISHED)
    strike = find(events, "2025-03-12", "strike")
    assert "European Union" not in strike.actors
    assert "EU" not in strike.title.split()


def test_the_union_in_a_story_about_the_bloc_is_the_bloc() -> None:
    # guard: "the union" for the European Union, where no one works or strikes
    text = (
        "The European Union's foreign ministers met in Brussels on Monday. The union agreed "
        "on Tuesday to new sanctions on Norland."
    )
    sanctions = find(extract_events(text, PUBLISHED), "2025-03-11", "sanctions")
    assert "European Union" in sanctions.actors


# --- couples --------------------------------------------------------------------------------


def test_a_given_name_before_and_shares_the_full_name_s_surname() -> None:
    assert actors_of_one_event("Ann and Bob Lee married in 1990.", PUBLISHED) == [
        "Ann Lee",
        "Bob Lee",
    ]


def test_they_for_a_couple_names_both() -> None:
    text = "Maria and Tomas Ruiz opened a bakery in Varno in 1985. They sold it in 2001."
    sale = find(extract_events(text, PUBLISHED), "2001", "sell")
    assert set(sale.actors) >= {"Maria Ruiz", "Tomas Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Oslo and Bob Lee were in the news on 3 March 2020.",
        "On 3 March 2020, Norland and Bob Lee signed the deal.",
    ],
)
def test_a_place_before_and_is_no_one_s_given_name(text: str) -> None:
    actors = actors_of_one_event(text, PUBLISHED)
    assert "Oslo Lee" not in actors
    assert "Norland Lee" not in actors
