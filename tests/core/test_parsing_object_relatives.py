"""A relative "that" standing for its clause's object ("the limits that the county board
adopted"), which the parser reads as a complementiser, mended after the parse: the relative's
dated act is proposed, with the noun for its object. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

_PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _titled(text):
    return {e.title: e for e in extract_events(text, _PUBLISHED)}


def test_an_object_that_opens_a_relative_clause_on_the_noun_before_it():
    doc = parse(
        "Quarry owners must now follow the limits that the county board adopted last month."
    )
    adopted = _token(doc, "adopted")
    assert adopted.dep_ == "acl:relcl"
    assert adopted.head.text == "limits"
    assert _token(doc, "that").dep_ == "obj"
    assert _token(doc, "board").head.i == adopted.i


def test_the_relatives_dated_act_is_proposed_when_the_main_clause_is_none():
    events = _titled(
        "Quarry owners must now follow the limits that the county board adopted last month."
    )
    assert "County board adopts limits" in events, list(events)
    assert events["County board adopts limits"].when.to_edtf() == "2031-04"


def test_a_relative_on_a_noun_inside_the_subject_tells_its_own_act():
    events = _titled("Critics of the treaty that the envoys signed on Friday remain doubtful.")
    assert "Envoys sign treaty" in events, list(events)
    assert events["Envoys sign treaty"].when.to_edtf() == "2031-05-09"


def test_that_after_the_person_told_still_opens_what_was_told():
    doc = parse("Ivo Brandt told the jurors that the pilots landed on Friday.")
    assert _token(doc, "that").dep_ == "mark"
    events = _titled("Ivo Brandt told the jurors that the pilots landed on Friday.")
    assert "Pilots land" in events, list(events)


def test_that_after_where_it_was_said_still_opens_what_was_said():
    events = _titled("The airline said at a briefing that the pilots landed on Friday.")
    assert "Pilots land" in events, list(events)
    assert not [t for t in events if "briefing" in t.lower()], list(events)


def test_a_that_relative_on_a_subject_is_cut_from_the_main_clause():
    # "timetable" may be read as a verb, so the word rules took "that" for what was said
    events = _titled("The timetable that the rail authority unveiled on Monday would cut stations.")
    assert "Rail authority unveils timetable" in events, list(events)
    assert events["Rail authority unveils timetable"].when.to_edtf() == "2031-05-12"
