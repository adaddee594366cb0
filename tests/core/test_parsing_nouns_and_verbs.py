"""Nouns the tagger reads as verbs and verbs it reads as nouns, mended from the sentence's
structure (``parsing/conjoined_nouns``, ``parsing/finite_pasts``,
``parsing/dated_participles``, ``extraction.lexicon.PLURAL_WITHOUT_S``). Each sentence was
written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse
from timeline_app.core.title_acts import title_acts

PUBLISHED = dt.date(2024, 3, 6)


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_plural_joined_by_and_to_an_object_noun_is_a_noun():
    doc = parse("The firm bought cranes and trucks from a rival on Friday.")
    trucks = _token(doc, "trucks")
    assert (trucks.tag_, trucks.pos_) == ("NNS", "NOUN")


def test_the_whole_object_list_stays_in_the_title():
    found = extract_events(
        "The agency shipped seeds and tools to the drought-hit farms on Friday.", PUBLISHED
    )
    assert dates(found, "ships seeds and tools") == ["2024-03-01"], described(found)


def test_a_base_form_past_after_a_singular_subject_is_the_past():
    doc = parse("She quit the orchestra on Monday.")
    assert _token(doc, "quit").tag_ == "VBD"


def test_a_base_form_past_after_a_singular_subject_tells_its_event():
    found = extract_events("She quit the orchestra on Monday.", PUBLISHED)
    assert dates(found, "quits orchestra") == ["2024-03-04"], described(found)


def test_police_take_a_bare_present_verb_as_a_plural_subject_does():
    found = extract_events("Police detain two students on Sunday", PUBLISHED)
    assert dates(found, "detain two students") == ["2024-03-03"], described(found)


def test_a_title_after_police_tells_its_act():
    assert title_acts("Police detain two students") == title_acts("Officers detain two students")
    assert title_acts("Police detain two students")


def test_a_period_participle_and_its_date_leave_the_verb_after_them_the_root():
    doc = parse("Turnover over the seven months ended Aug. 31 climbed 5% to $40 million.")
    climbed, ended = _token(doc, "climbed"), _token(doc, "ended")
    assert (climbed.dep_, climbed.tag_) == ("ROOT", "VBD")
    assert (ended.dep_, ended.head.text) == ("acl", "months")
    assert _token(doc, "Turnover").head.i == climbed.i


def test_a_period_participle_is_not_told_as_the_subjects_act():
    found = extract_events("Orders in the half ended Oct. 31 slipped 3%.", PUBLISHED)
    assert not [e for e in found if "end" in e.title.lower()], described(found)
