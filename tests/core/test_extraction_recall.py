"""Happenings the clause structure used to miss or split wrongly, each shown by a sentence
written for it: the lead of a story given as one block, coordinated clauses with subjects
of their own, gapped lists, reduced relatives and participle phrases with dates of their
own."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.sentences import split_sentences

PUBLISHED = dt.date(2019, 5, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def described(found: list[Event]) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in found]


def titled(found: list[Event], *words: str) -> list[Event]:
    return [e for e in found if all(w.lower() in e.title.lower() for w in words)]


# --- the lead ----------------------------------------------------------------------------


def test_the_lead_is_the_headline_and_the_first_sentences_of_the_story():
    text = (
        "Water board closes reservoir\n\n"
        "May 14, 2019\n\n"
        "The regional water board closed the northern reservoir. Engineers found a crack. "
        "The dam was built in 1961. Repairs cost money."
    )
    lead = [s.text for s in split_sentences(text) if s.lead]
    assert lead == [
        "Water board closes reservoir",
        "May 14, 2019",
        "The regional water board closed the northern reservoir.",
        "Engineers found a crack.",
    ]


def test_a_story_in_one_block_has_a_lead_of_two_sentences():
    text = (
        "HARBOURTON (AP) _ Dockers walked off the job at the container port. The shipping "
        "line diverted two vessels. Harbourton has seen three strikes. The mayor urged talks."
    )
    lead = [s.text for s in split_sentences(text) if s.lead]
    assert lead == [
        "Dockers walked off the job at the container port.",
        "The shipping line diverted two vessels.",
    ]


def test_the_news_told_undated_after_a_headline_and_date_line_is_proposed():
    # the story's second sentence, in the simple past with no date: news of the day
    found = events(
        "Water board closes reservoir\n\n"
        "May 14, 2019\n\n"
        "Heavy rain flooded the valley over the weekend. The regional water board closed "
        "the northern reservoir. The reservoir holds drinking water for the city."
    )
    closed = titled(found, "closes", "reservoir")
    assert [e.when.to_edtf() for e in closed] == ["2019-05-14~"], described(found)
