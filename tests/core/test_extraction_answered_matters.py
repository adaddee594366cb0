"""Below an undated lead, a plain-past act on a request, an offer, a plan or a claim named by
a definite description answers a matter the story has told, and is part of the story's news,
about its day (``answered_matters``); the same act told of another time, or on a matter the
story never told, is not. Every sentence here was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.answered_matters import answers_a_told_matter
from timeline_app.core.extraction.grammar import VerbGroup, find_verb_group, tokenize

PUBLISHED = dt.date(2021, 3, 10)

# An undated lead; the story's day is never given, so it is about the publication day.
LEAD = (
    "Ferry crews walk out\n\nMarch 10, 2021\n\n"
    "The Corran ferry company offered its deckhands a bonus to end the dispute over rosters, "
    "a union official said.\n\n"
    "Deckhands on the island routes stopped work in three harbours.\n\n"
)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def _group(sentence: str) -> VerbGroup:
    group = find_verb_group(tokenize(sentence))
    assert group is not None, sentence
    return group


def test_a_definite_matter_answered_is_news_of_the_storys_day():
    found = events(
        LEAD + "The deckhands' union rejected the offer after a vote in Portree.\n\n"
        "The ferry company ignored a request for an interview from reporters."
    )
    assert dates(found, "rejects", "offer") == ["2021-03-10~"], described(found)
    # an indefinite matter presupposes nothing the story told
    assert dates(found, "request") == [], described(found)


def test_a_possessive_or_a_described_matter_is_one_the_story_told():
    found = events(
        LEAD + "The Corran ferry company withdrew its bonus plan on the island routes.\n\n"
        "Harbour councils in Portree and Uig accepted the company's revised proposal."
    )
    assert dates(found, "withdraws", "plan") == ["2021-03-10~"], described(found)
    assert dates(found, "accept", "proposal") == ["2021-03-10~"], described(found)


def test_the_same_act_told_of_another_time_is_background():
    found = events(
        LEAD + "The deckhands' union once rejected the offer of a new pension scheme.\n\n"
        "The harbour board had rejected the plan for a fourth route.\n\n"
        "The island councils denied the union's claims about rosters."
    )
    assert dates(found, "rejects", "pension") == [], described(found)
    assert dates(found, "rejects", "route") == [], described(found)
    assert dates(found, "deny", "claims") == ["2021-03-10~"], described(found)


def test_which_verb_groups_answer_a_matter():
    assert answers_a_told_matter(_group("The union rejected the offer."))
    assert answers_a_told_matter(_group("The board turned down the same emailed threat."))
    assert not answers_a_told_matter(_group("The union rejected a new offer."))
    assert not answers_a_told_matter(_group("The union will reject the offer."))
    assert not answers_a_told_matter(_group("The offer was rejected by the union."))
    assert not answers_a_told_matter(_group("The union rejected pay cuts in the offer."))
