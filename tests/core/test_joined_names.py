"""An organisation whose name joins its words with "of", "for" or "and" is one actor, not a
body and a person cut from its tail. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.actors import ActorFinder, actor_names
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2025, 5, 9)


def _actors(text: str) -> list[str]:
    return actor_names(ActorFinder(text, doc=parse(text)).mentions)


def test_the_body_that_acts_is_named_whole_not_by_the_tail_of_its_name():
    text = "The Dunmore Society for the Performing Arts gave two grants to the college in 2012."
    events = extract_events(text, PUBLISHED)
    assert [e.actors for e in events] == [("Dunmore Society for the Performing Arts",)]
    assert events[0].title.startswith("Dunmore Society")


def test_a_complement_joined_by_for_and_and_stays_in_the_name():
    text = "The Brenner Foundation for Coastal and Marine Research opened a lab in Ostrava."
    assert _actors(text) == ["Brenner Foundation for Coastal and Marine Research"]


def test_an_of_complement_is_no_person():
    text = "The Organization of Andean Growers said on Tuesday it would sue the mill."
    assert _actors(text) == ["Organization of Andean Growers"]


def test_words_joined_by_and_inside_the_complement_but_not_a_second_body():
    text = "The Union of Free Potters and Weavers launched a petition on Monday."
    assert _actors(text) == ["Union of Free Potters and Weavers"]
    text = "The Ministry of Fisheries and Harbour Authority met the trawler owners on Friday."
    assert "Ministry of Fisheries and Harbour Authority" not in _actors(text)
