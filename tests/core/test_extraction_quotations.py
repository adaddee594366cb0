"""The rules that ask where a text quotes someone (``quotations``): the story's time after a
date inside a quotation, a clock time after a day named in one, and a sentence that goes on
with a quotation opened before it. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.asides import Asides
from timeline_app.core.extraction.clock_days import on_the_story_day
from timeline_app.core.extraction.dating_rules import quoted
from timeline_app.core.extraction.sentences import split_sentences
from timeline_app.core.timex import tag

from .extraction_checks import find


def test_a_sentence_that_goes_on_with_a_quotation_is_quoted():
    text = "“The levee is holding. We sealed the breach on Tuesday,” the engineer said."
    first, second = split_sentences(text)
    assert quoted(second, text.index("We sealed"))
    assert not quoted(second, text.index("the engineer"))
    assert quoted(first, text.index("The levee"))


def test_a_sentence_in_a_paragraph_that_goes_on_with_a_quotation_is_quoted():
    text = "“The levee is holding.\n\n“It will hold. We sealed the breach on Tuesday,” she said."
    sentences = split_sentences(text)
    assert quoted(sentences[-1], text.index("We sealed"))


def test_a_month_in_a_quotation_over_paragraphs_does_not_move_the_story():
    text = (
        "The forestry minister Hale Brunner froze timber sales on April 12, 2015.\n\n"
        "“We will review the freeze in August.\n\n"
        "“Sales may resume then,” the minister said.\n\n"
        "The following month, sawmill workers marched on the capital."
    )
    assert Asides(text).holds(text.index("August"))
    events = extract_events(text, dt.date(2015, 11, 3))
    find(events, "2015-05", "workers", "march")


def test_a_clock_time_is_not_put_on_a_day_named_in_wire_quotes():
    published = dt.date(2025, 6, 20)
    text = (
        "The ferry left port at noon on Friday, June 6. A deckhand said ``we dock on "
        "Tuesday, June 10,'' as the wind rose. At 9:40 p.m., the captain radioed for help."
    )
    timexes = on_the_story_day(text, tag(text, published), published)
    clock = next(t for t in timexes if t.text.startswith("9:40"))
    assert clock.value.startswith("2025-06-06")


def test_a_sentence_in_the_middle_of_a_quotation_below_the_lead_is_what_was_said():
    events = extract_events(
        "The Tarrow harbour board met on Monday to weigh the cost of the storm.\n\n"
        "“The gale tore the roof off the north shed on Friday. Crews moved the cranes to the "
        "south quay on Saturday. It was a hard week,” the harbour master said.",
        dt.date(2025, 3, 12),
    )
    assert dates(events, "move") == []
