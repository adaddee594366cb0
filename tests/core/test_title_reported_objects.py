"""What a title keeps of its object's news: the infinitive a verb of bidding bade, the
headline's passive for what had been done, and the symbols old wire copy spelled out.
Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_verb_of_bidding_keeps_its_negated_infinitive():
    text = (
        "Delgado also asked the mayors of the northern valleys on Monday not to turn away "
        "families fleeing the floods."
    )
    assert titles(text) == ["Delgado asks mayors of northern valleys not to turn away families"]


def test_what_had_been_done_is_said_in_the_headline_passive():
    text = (
        "The Brenmoor council said more than 40 homes had been flooded along the river since "
        "the storm of 2019."
    )
    assert titles(text) == ["Brenmoor council says more than 40 homes flooded along river"]


def test_the_wire_spelling_of_ampersand_and_pound_is_written_back():
    text = "Tarrow amp Finch Co. on Tuesday took a charge of #412.5 million."
    assert titles(text) == ["Tarrow & Finch Co. takes charge of £412.5 million"]


def test_a_rank_and_a_unit_of_current_keep_their_spelling():
    text = "A 13 amp fuse blew on Tuesday in the #2 plant of Kelso Mills."
    assert titles(text)[0].startswith("13 amp fuse blows in #2 plant")


def test_a_count_cut_from_its_noun_leaves_the_list_whole():
    text = (
        "Harrowgate Mills Inc. has agreed to pay $40 million and nearly 2.5 million common "
        "shares for a cotton plant near the Tennessee border."
    )
    assert titles(text) == ["Harrowgate Mills Inc. agrees to pay $40 million"]


def test_a_bidding_verb_read_as_a_second_verb_keeps_its_infinitive():
    text = (
        "Okonjo on Monday also asked the governments of North West Africa not to turn away "
        "ships of families seeking shelter."
    )
    assert titles(text) == ["Okonjo asks governments not to turn away ships"]


def test_a_question_cut_off_by_the_limit_keeps_its_verb_and_loses_modifiers():
    text = (
        "The Halvern County fire department on Monday agreed to disclose which private "
        "security contractors were hired for the summer festival."
    )
    assert titles(text)[0] == (
        "Halvern County fire department agrees to disclose which security contractors were hired"
    )
