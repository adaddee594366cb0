"""A deed a named source makes known in the lead is the day's news: told to a hearer ("told
regulators that it bought ..."), and beside a date another clause of the sentence holds
(``clause_rules.that_after_hearer``, ``wire_leads.source_report``,
``dating_rules.past_out_of_the_news``). Each test pairs the sentence it mends with one that
must stay as it was; each sentence is written for it."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 9, 17)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def titles(text: str) -> list[str]:
    return [e.title for e in events(text)]


def test_what_a_firm_told_its_hearer_it_did_is_the_lead_news():
    found = events(
        "The pension arm of Veltra Group told market regulators that it bought 25,000 shares "
        "of Orrin Shipping."
    )
    assert described(found) == [
        "2021-09-17~ Pension arm of Veltra Group buys 25,000 shares of Orrin Shipping"
    ], described(found)


def test_that_after_a_hearer_opens_what_was_told_but_after_a_thing_shown_a_relative():
    told = titles("Corvel Mining told its lenders that it sold the copper smelter to a rival.")
    assert any("sells copper smelter" in t for t in told), told
    # "showed" names no hearer: the photos are what was shown, "that" opens their relative
    shown = titles("The curator showed the photos that her grandfather took in 1931.")
    assert not any(t.lower().startswith("curator") and "took" in t.lower() for t in shown), shown


def test_a_lead_report_stays_news_beside_a_date_of_another_clause_but_not_below_the_lead():
    lead = (
        "Dunmore Press Inc. said it hired a law firm to review its contracts and reported a "
        "loss for the quarter ended June 30."
    )
    found = titles(lead)
    assert "Dunmore Press Inc. hires law firm to review its contracts" in found, found
    below = titles(
        "Dunmore Press Inc. reported a loss on Monday. Its shares fell. Printing costs rose. "
        + lead
    )
    assert not any("hires law firm" in t for t in below), below


def test_the_parse_hangs_the_clause_after_a_hearer_on_the_verb_of_telling():
    from timeline_app.core.parsing import parse

    doc = parse("The coach told the players that the referee stopped the match.")
    stopped = next(t for t in doc if t.lower_ == "stopped")
    assert (stopped.dep_, stopped.head.lower_) == ("ccomp", "told")
    # "that" as the relative's own subject stays a relative on the noun
    kept = parse("The guards told the men that stood by the gate to leave.")
    stood = next(t for t in kept if t.lower_ == "stood")
    assert stood.head.lower_ == "men"
