"""Shapes the trained parser misreads, mended after the parse: a subject's relative clause
without "that" taken for the sentence's verb, a that-clause hung on the day before it, a
sentence's past verb read as a headline's participle. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

_PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _titled(text):
    return {e.title: e for e in extract_events(text, _PUBLISHED)}


def test_a_subject_relative_without_that_leaves_the_later_verb_the_sentences():
    doc = parse("The ferry the island council bought in 2004 sank off Marrow Point on Friday.")
    sank, bought = _token(doc, "sank"), _token(doc, "bought")
    assert sank.dep_ == "ROOT"
    assert _token(doc, "ferry").head.i == sank.i
    assert bought.head.text == "ferry"
    assert bought.dep_ == "acl:relcl"
    assert _token(doc, "Friday").head.i == sank.i


def test_a_subject_relative_without_that_tells_two_dated_events():
    events = _titled("The ferry the island council bought in 2004 sank off Marrow Point on Friday.")
    assert "Ferry sinks off Marrow Point" in events, list(events)
    sank = events["Ferry sinks off Marrow Point"].when.start
    assert (sank.year, sank.month, sank.day) == (2031, 5, 9)
    assert "Island council buys ferry" in events, list(events)
    assert events["Island council buys ferry"].when.start.year == 2004


def test_a_subjects_relative_clause_is_left_out_of_the_title():
    # the parse reads this one right; the title's subject still took the relative's subject
    events = _titled("The canal the engineers dug in 1871 flooded the valley on Tuesday.")
    assert "Canal floods valley" in events, list(events)


def test_a_that_clause_after_a_day_is_what_was_said():
    doc = parse("Dorota Vell told a press conference Monday that ticket prices might be cut.")
    cut = _token(doc, "cut")
    assert cut.head.text == "told"
    assert cut.dep_ == "ccomp"
    assert _token(doc, "that").dep_ == "mark"


def test_what_was_told_after_a_day_stays_in_the_title():
    events = _titled(
        "Corin Aldous told a crowded news conference Tuesday that rents might be frozen in March."
    )
    told = [t for t in events if t.startswith("Corin Aldous tells")]
    assert told, list(events)
    assert "rents might be frozen" in told[0]


def test_a_relative_that_after_a_day_stays_a_relative():
    doc = parse("Divers found a crack in the Hallow weir on Tuesday that ran along its sluice.")
    assert _token(doc, "ran").dep_ == "acl:relcl"


def test_a_sentences_past_verb_is_not_read_as_a_participle():
    doc = parse("The grain harvest increased from 40 tonnes to 65 tonnes per farm in 2028.")
    increased = _token(doc, "increased")
    assert increased.dep_ == "ROOT"
    assert increased.tag_ == "VBD"
    assert _token(doc, "harvest").head.i == increased.i
    events = _titled("The grain harvest increased from 40 tonnes to 65 tonnes per farm in 2028.")
    assert any(t.startswith("Grain harvest increases") for t in events), list(events)


def test_a_headlines_participle_stays_a_participle():
    # no full stop: a headline's reduced passive, not a sentence missing its verb
    doc = parse("Forty refugees rescued off Kessing coast")
    assert _token(doc, "rescued").dep_ != "ROOT"
    # an agent marks the participle passive even before a full stop
    doc = parse("Two men arrested by Velmont police on Sunday.")
    assert _token(doc, "arrested").tag_ == "VBN"


def test_a_root_participle_with_an_active_subject_is_a_past_tense():
    events = _titled("The lighthouse the Tarrow family owned burned down on Saturday.")
    assert "Lighthouse burns down" in events, list(events)
    burned = events["Lighthouse burns down"].when.start
    assert (burned.year, burned.month, burned.day) == (2031, 5, 10)
