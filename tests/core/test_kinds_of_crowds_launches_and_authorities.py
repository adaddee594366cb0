"""Kinds a blind coder found wrong on new proposals, as classes: a crowd's own crush kills
with no hand behind it (a disaster), a launch into space fires no weapon, and a government's
or an authority's own act is governing when its verb says no more.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 5, 10)

CASES = [
    # a stampede is an accident, whoever died in it and however the death is told
    ("At least 40 fans were killed in a stampede at the stadium gates on Saturday.", "fans",
     "disaster"),
    ("A stampede at a temple festival killed 12 worshippers on Sunday.", "stampede", "disaster"),
    ("Nine pilgrims died in a stampede near the shrine on Friday.", "pilgrims", "disaster"),
    ("Dozens of shoppers were trampled to death in a stampede at the market on Monday.",
     "shoppers", "disaster"),
    # a rocket that carries people or a satellite into space is a launcher, no weapon
    ("The space agency launched a rocket carrying two astronauts on Friday.", "rocket", "other"),
    ("A rocket carrying a weather satellite lifted off from the coast on Friday.", "rocket",
     "other"),
    ("The shuttle blasted off from the launch pad on Tuesday morning.", "shuttle", "other"),
    # a government's or an authority's own act, no word of the verb saying more, is governing
    ("The regime renamed the main avenue after the general in 1962.", "avenue", "politics"),
    ("Port authorities turned down the union's request on Monday.", "request", "politics"),
    # being held is the law's work
    ("Mr. Oduya was in custody shortly after noon on Monday.", "custody", "legal"),
]  # fmt: skip

# What stays as it was: a killing by gunmen, a missile fired by a state, a government's
# telling (its kind is what it tells), a government acting with money or on another state.
KEPT = [
    ("Gunmen killed 12 villagers on Monday.", "villagers", "violence against civilians"),
    ("Ostria launched a ballistic missile into the sea on Monday.", "missile", "explosion"),
    ("The government said on Monday that troops had crossed the border.", "troops", "strategic"),
    ("The administration raised the fuel levy on Tuesday.", "levy", "economy"),
    ("The appeals court has been asked by the government to lift the order.", "court", "legal"),
    ("The Norland government recalled its ambassador from Ostria on Monday.", "ambassador",
     "diplomacy"),
    ("Provincial authorities evacuated 5,000 residents on Sunday.", "residents", "humanitarian"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_the_kind_is_read_by_its_class(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind


@pytest.mark.parametrize(("text", "title_word", "kind"), KEPT)
def test_the_kind_that_was_right_stays(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind
