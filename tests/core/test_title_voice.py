"""Titles a sub-editor would keep: the verb's voice and tense as a headline gives them. Every
sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.grammar import VerbGroup, Voice, find_verb_group, tokenize
from timeline_app.core.extraction.titles import clause_title, headline_passive
from timeline_app.core.tenses import Tense

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def group_of(text: str, tags: dict[str, str]) -> VerbGroup:
    """The verb group of ``text``, the parse's tags given by word."""
    tokens = tokenize(text)
    tokens = [t.__class__(t.start, t.end, t.text, tags.get(t.text, "")) for t in tokens]
    group = find_verb_group(tokens)
    assert group is not None
    return group


# --- a headline's bare participle is a passive ------------------------------------------------------


def test_a_headline_participle_of_a_verb_done_to_someone_is_a_passive():
    text = "Harbour pilot arrested after ferry runs aground\n\nThe ferry was towed on Monday."
    assert "Harbour pilot arrested" in titles(text)
    text = "Three miners rescued from flooded pit\n\nThe miners were trapped on Monday."
    assert "Three miners rescued from flooded pit" in titles(text)


def test_a_participle_with_an_object_or_a_past_tense_stays_active():
    group = group_of("The warden found the missing logbook", {"found": "VBN"})
    assert headline_passive(group, []) is None  # an object: the warden did the finding
    group = group_of("The warden found the missing logbook", {"found": "VBD"})
    assert headline_passive(group, []) is None  # the parse reads a past tense
    group = group_of("The delegates left for Geneva", {"left": "VBN"})
    assert headline_passive(group, []) is None  # "leave" is done alone as often as not


def test_the_passive_read_from_a_participle_titles_the_one_it_was_done_to():
    group = group_of("Harbour pilot arrested in Bergen", {"arrested": "VBN"})
    passive = headline_passive(group, [])
    assert passive is not None and passive.voice == Voice.PASSIVE
    assert passive.tense == Tense.PAST
    assert clause_title(group, "Harbour pilot", False, [], {}) == "Harbour pilot arrested in Bergen"


# --- "is to" is a headline's "to" -----------------------------------------------------------------


def test_is_to_and_are_to_are_written_as_a_headline_s_to():
    assert titles("The two envoys are to travel to Cairo on Friday.") == [
        "Two envoys to travel to Cairo"
    ]


def test_was_to_with_a_verb_tells_what_came_to_pass():
    group = group_of("The poet was to meet the painter in Rome", {})
    assert clause_title(group, "Poet", False, [], {}) == "Poet meets painter in Rome"
    # "was to blame" has no verb after "to": it stays as it is
    group = group_of("The pilot was to blame for the crash", {})
    assert clause_title(group, "Pilot", False, [], {}).startswith("Pilot is to blame")


# --- agreement ----------------------------------------------------------------------------------


def test_an_irregular_plural_subject_takes_a_plural_verb():
    found = titles("Fishermen from the village rescued 40 sailors on Monday.")
    assert found == ["Fishermen from village rescue 40 sailors"]
    found = titles("The women of the choir sang at the funeral on Monday.")
    assert all(" sings " not in f" {t} " for t in found), found


def test_a_participle_after_its_noun_with_its_agent_is_a_passive():
    # the parse reads "led" as the noun's participle; "by" names who led
    found = [
        e.title
        for e in extract_events(
            "Earlier this month, a group led by two of the bank's directors, Ann Lowe and Tim "
            "Ross, said it had a 12% stake in the bank.",
            dt.date(2013, 3, 25),
        )
    ]
    assert "Group led by two of bank's directors" in found
    assert not any("leads" in title for title in found)
