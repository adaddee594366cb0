"""Titles a sub-editor would keep: the headline verb agrees with its subject, and the subject
is the one the sentence names. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


# --- a plural subject takes a plural verb ------------------------------------------------------


def test_a_plural_subject_with_an_adverb_of_the_verb_takes_a_plural_verb():
    # "first" belongs to the verb, not to the subject: "Inspectors", several
    assert titles("Inspectors first reported cracks in the bridge in March.") == [
        "Inspectors first report cracks in bridge"
    ]


def test_a_counted_capitalised_plural_takes_a_plural_verb():
    assert titles("About 1,000 Marines flew in to the desert from ships in October 2001.") == [
        "About 1,000 Marines fly in to desert from ships"
    ]
    assert titles("About 2,300 Dockers walked out at Felixstowe on Monday.") == [
        "About 2,300 Dockers walk out at Felixstowe"
    ]


def test_a_name_in_s_stays_one_firm_or_country():
    assert titles("The Philippines recalled its ambassador on Monday.") == [
        "Philippines recalls its ambassador"
    ]


def test_a_people_the_text_also_lists_with_someone_is_the_subject_alone():
    text = (
        "Republicans pledged on Friday to cut the tax on diesel. The senator said that "
        "President Hale and Republicans across the state are dedicated to the plan."
    )
    assert "Republicans pledge to cut tax on diesel" in titles(text)
