"""What someone said in a dated letter, statement or interview: the title tells the saying
and what was said, not the document's publishing nor where it was said. Every sentence was
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 5, 10)


def test_what_was_said_in_a_published_letter_is_what_the_writer_says():
    found = extract_events(
        "Lind's uncle said in a letter published Tuesday that he wants the judges to reopen "
        "the appeal.",
        PUBLISHED,
    )
    assert [e.title for e in found] == ["Lind's uncle says he wants judges to reopen appeal"]
    assert found[0].when.start.day == 7


def test_the_parse_hangs_what_was_said_on_the_saying_not_on_the_publishing():
    doc = parse("Ravel's lawyer said in a memo released Friday that the deal is void.")
    said = next(t for t in doc if t.text == "said")
    void = next(t for t in doc if t.text == "void")
    assert void.head.i == said.i and void.dep_ == "ccomp"


def test_an_interview_where_it_was_said_leaves_the_title():
    found = extract_events(
        "The minister said in an interview on Sunday that she will not resign.", PUBLISHED
    )
    assert [e.title for e in found] == ["Minister says she will not resign"]


def test_what_was_said_in_a_released_letter_is_what_the_writer_says():
    # "released" is a verb the word lists know, unlike "published": the "that" after it
    # opened a clause of its own and the saying was left with nothing said
    found = extract_events(
        "Marten's sister said in a letter released Thursday that she wants the board to "
        "reopen the inquiry.",
        PUBLISHED,
    )
    assert [e.title for e in found] == ["Marten's sister says she wants board to reopen inquiry"]
    assert found[0].when.start.day == 9


def test_what_a_union_said_in_a_statement_released_on_a_day_is_told():
    found = extract_events(
        "The dockers' union said in a statement released on Tuesday that it wants the port "
        "to rehire the crews.",
        PUBLISHED,
    )
    assert [e.title for e in found] == ["Dockers' union says it wants port to rehire crews"]
    assert found[0].when.start.day == 7
