"""A person who tells what others did is the news's source, not one of its actors, unless
what they tell holds them; a firm or a state telling keeps its place.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("The officer ordered Mr. Dunne to stop on Monday, Captain Lena Ortiz said.", "Lena Ortiz"),
        ("Lena Ortiz said Mark Dunne left the firm on Monday.", "Lena Ortiz"),
        (
            "The new shields were banned by several police forces in 2015, Rachel Imre said.",
            "Rachel Imre",
        ),
        ("Rachel Imre said on Monday that the council had approved the plan.", "Rachel Imre"),
    ],
)
def test_a_person_telling_what_others_did_is_no_actor(text: str, teller: str) -> None:
    assert teller not in actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Rachel Imre said on Monday that her office had approved the plan.", "Rachel Imre"),
        ("Karl Imre said on Monday that his firm had sold the plant.", "Karl Imre"),
        ("Lena Ortiz said on Monday that she had resigned.", "Lena Ortiz"),
    ],
)
def test_a_teller_held_by_what_they_tell_is_an_actor(text: str, teller: str) -> None:
    # guard: kept before as now
    assert teller in actors_of_one_event(text, PUBLISHED)


def test_a_pronoun_of_the_other_sex_is_not_the_teller() -> None:
    text = (
        "Captain Lena Ortiz spoke on Monday. The officer ordered Mr. Dunne on Monday to show "
        "his hands, Captain Ortiz said."
    )
    order = [e for e in extract_events(text, PUBLISHED) if "orders" in e.title]
    assert len(order) == 1
    assert "Lena Ortiz" not in order[0].actors


def test_a_firm_telling_keeps_its_place() -> None:
    # guard: a firm speaks of its own
    text = "Apple said on Monday that sales of the iPad rose 4 percent."
    assert actors_of_one_event(text, PUBLISHED) == ["Apple"]


def test_a_party_s_official_telling_speaks_for_it() -> None:
    # guard: a state's official claims what the state claims
    text = "Poland's foreign minister Ivo Bek said on Monday that the troops had left the border."
    assert "Ivo Bek" in actors_of_one_event(text, PUBLISHED)


def test_a_body_s_leader_telling_speaks_for_it() -> None:
    # guard: the strikers' union speaks through its leader
    text = "Dockers in Varno walked out on Monday over pay, union leader Karl Imre said."
    assert "Karl Imre" in actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "teller", "word"),
    [
        (
            "The guard told the driver to halt on Monday, Captain Nora Leclerc said, but the "
            "van sped away.",
            "Nora Leclerc",
            "halt",
        ),
        (
            "He shot the guard in the leg on Monday, Captain Nora Leclerc said, but the vest "
            "stopped the bullet.",
            "Nora Leclerc",
            "shoots",
        ),
    ],
)
def test_a_teller_set_off_before_but_is_no_actor(text: str, teller: str, word: str) -> None:
    # the saying between commas reports what comes before it, though "but" goes on after it
    told = [e for e in extract_events(text, PUBLISHED) if word in e.title.lower()]
    assert len(told) == 1, [e.title for e in extract_events(text, PUBLISHED)]
    assert teller not in told[0].actors


def test_a_clause_after_a_teller_set_off_is_still_read() -> None:
    # guard: what follows the aside is news of its own
    text = (
        "The ferry left the harbour on Monday, Captain Nora Leclerc said, but the storm "
        "forced it back on Tuesday."
    )
    titles = [e.title for e in extract_events(text, PUBLISHED)]
    assert any("storm" in t.lower() for t in titles), titles


def test_a_teller_set_off_speaks_for_nothing_after_but() -> None:
    # guard: the aside reports what precedes it; "his" after "but" is no word of the teller's
    text = (
        "A sniper hit the guard on Monday, Captain Tom Leclerc said, but the bullet struck "
        "his vest."
    )
    vest = [e for e in extract_events(text, PUBLISHED) if "vest" in e.title.lower()]
    assert len(vest) == 1, [e.title for e in extract_events(text, PUBLISHED)]
    assert "Tom Leclerc" not in vest[0].actors
