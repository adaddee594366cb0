"""A plural noun that could be read as a verb ("fires", "releases", "plans") is the subject's
noun where the parse puts only its verb's auxiliaries after its phrase, and the title keeps
the verb those auxiliaries go with in the headline's tense. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.syntax import ParsedText
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_plural_before_its_verb_s_auxiliaries_is_the_subject_s_noun():
    assert titles("By Sunday, 4,120 fires had been detected in the province.") == [
        "4,120 fires detected in province"
    ]
    assert titles("Two new plans will be unveiled on Monday.") == ["Two new plans to be unveiled"]
    # a plural the parse hangs on a verb further on is left to the word lists
    text = "The ferry line plans to add two boats."
    plans = text.index("plans")
    assert ParsedText(parse(text)).verb_tags(0, len(text)).get(plans) != "NNS"


def test_the_plural_s_own_phrase_may_come_between_it_and_the_auxiliaries():
    assert titles("Early releases of the software were made available on Monday.") == [
        "Early releases of software made available"
    ]
