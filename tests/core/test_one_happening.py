"""One happening told twice is one event; two happenings of one actor on one day stay two.

Each sentence here is written for the test: a headline's short name and the story's full
one, a verb and its synonym, a death told by its day and by its year, a stretch of two
months in a row.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.name_forms import one_participant
from timeline_app.core.extraction.predicate_classes import one_class

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def test_a_headline_short_name_and_synonym_verb_tell_the_storys_event():
    text = (
        "Fed cuts rates, sees slower hiring\n\n"
        "WASHINGTON The Federal Reserve lowered interest rates on Tuesday as hiring "
        "slowed in the spring. The Fed chair told reporters that more cuts were possible."
    )
    events = extract_events(text, PUBLISHED)
    rates = [e for e in events if "rates" in e.title]
    assert len(rates) == 1
    assert rates[0].when.to_edtf() == "2025-06-10"


def test_an_undated_retelling_in_a_verb_of_its_class_is_one_event():
    text = (
        "Harbour police in Corvia said on Wednesday they had arrested 9 sailors in their hunt "
        "for smugglers. The 9 sailors were rounded up near the grain docks."
    )
    events = extract_events(text, PUBLISHED)
    assert len(events) == 1
    assert "arrested 9 sailors" in events[0].title


def test_two_acts_of_one_actor_on_one_day_stay_two():
    text = (
        "Kestrel Bank raised its lending rate on Tuesday. Kestrel Bank also raised its fees "
        "for students on Tuesday."
    )
    titles = [e.title for e in extract_events(text, PUBLISHED)]
    assert len(titles) == 2
    assert any("fees" in t for t in titles)


def test_synonym_verbs_of_one_actor_on_one_day_are_not_merged_by_the_name_alone():
    text = (
        "Kestrel Bank raised its lending rate on Tuesday. Kestrel Bank also lifted its ban on "
        "overdrafts for students on Tuesday."
    )
    titles = [e.title for e in extract_events(text, PUBLISHED)]
    assert len(titles) == 2


def test_a_death_told_by_its_day_and_by_its_year_is_one_death_on_the_day():
    text = (
        "Marta Olsen (3 March 1921 – 9 July 1999) was a Danish cartographer who mapped the "
        "coast of Greenland. She taught at Aarhus for thirty years. She died in 1999."
    )
    deaths = [e for e in extract_events(text, PUBLISHED) if "dies" in e.title]
    assert [d.when.to_edtf() for d in deaths] == ["1999-07-09"]


def test_a_happening_in_two_months_in_a_row_is_one_stretch():
    text = "In May and June, the observatory recorded forty flares from the star Tarsis-4."
    events = extract_events(text, PUBLISHED)
    assert [e.when.to_edtf() for e in events] == ["2025-05/2025-06"]


def test_short_forms_of_a_name_and_verbs_of_one_class():
    assert one_participant("Fed", "Federal Reserve")
    assert one_participant("UN", "United Nations")
    assert not one_participant("Federal", "Federal Reserve")
    assert not one_participant("Bush", "Prudence Bushnell")
    assert one_class("lift", "Fed lifts rates", "raise", "raised interest rates")
    assert one_class("round", "9 men rounded up", "arrest", "police arrested 9 men")
    assert not one_class("round", "the round of talks", "arrest", "police arrested 9 men")
