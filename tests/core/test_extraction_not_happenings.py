"""Clauses that tell no happening in business and wire news: a figure set beside another, a
plan's or a law's terms; and the clause picked up after an aside the dashes enclose. Each
rule is shown by sentences written for it, with the happening beside it kept."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_figure_compared_with_another_is_no_happening():
    found = events(
        LEAD + "The insurer blamed the decline on higher claims compared with a year earlier."
    )
    assert not titled(found, "compare"), described(found)
    found = events(
        LEAD
        + "Over the winter, fuel bills, compared with last winter, were pushed up by costly gas."
    )
    assert not titled(found, "compare"), described(found)
    found = events(
        LEAD + "For the half year, the brewer earned $3.1 million, compared with "
        "$9.4 million a year earlier."
    )
    assert not titled(found, "compare"), described(found)
    found = events(LEAD + "Its loss of $2 million compares with a profit of $5 million in 2023.")
    assert not titled(found, "compare"), described(found)
    # comparing two things, with an object, is something done
    found = events(LEAD + "A watchdog compared the fees of ten banks in a report on Tuesday.")
    assert titled(found, "compare", "fees"), described(found)


def test_what_a_plan_or_an_agreement_calls_for_is_its_terms():
    found = events(LEAD + "The accord also called for the airline to buy 40 jets within two years.")
    assert not titled(found, "call"), described(found)
    found = events(LEAD + "The peace plan called for replacing the militias with police units.")
    assert not titled(found, "call"), described(found)
    found = events(LEAD + "Only the rival bid requires the board to hold an auction in May 2026.")
    assert not titled(found, "require"), described(found)
    found = events(LEAD + "The new law requires landlords to register every flat by June 2025.")
    assert not titled(found, "require"), described(found)
    # a person calling for something, or a court requiring it, does something
    found = events(LEAD + "The president called for a ceasefire on Monday.")
    assert titled(found, "call", "ceasefire"), described(found)
    found = events(LEAD + "A judge required the firm to pay damages on Tuesday.")
    assert titled(found, "require", "firm"), described(found)


def test_a_clause_picked_up_after_an_aside_in_dashes_keeps_its_subject():
    found = events(LEAD + "Gamma Corp. -- the country's biggest mill -- closed a plant on Monday.")
    assert titled(found, "Gamma", "close", "plant"), described(found)
    found = events(
        LEAD + "The bank, which owns 30% of a brewer \N{EM DASH} Hops Ltd. \N{EM DASH} "
        "fired its chief executive on Tuesday."
    )
    assert titled(found, "fire", "chief executive"), described(found)
    found = events(
        "Bolt Holdings, which owns half of the largest mill -- Delta Steel -- posted net income "
        "of $7.2 million for the quarter, the company said on Wednesday."
    )
    assert titled(found, "net income"), described(found)
    # an aside that is a clause of its own keeps its verb, and the clause after it its own
    found = events(
        LEAD + "The convoy -- it had left the capital on Sunday -- reached the border on Monday."
    )
    assert titled(found, "reach", "border"), described(found)
    assert len(titled(found, "leave", "capital")) == 1, described(found)


def test_a_price_or_an_index_moved_to_a_level_is_the_days_quotation():
    found = events(LEAD + "The Hang Seng index fell 212.4 points on Tuesday to 16,930.2.")
    assert not titled(found, "index"), described(found)
    found = events(LEAD + "Unilever slipped 3 to 2,811 on turnover of 1.2 million shares.")
    assert not titled(found, "Unilever"), described(found)
    found = events(LEAD + "Brewer shares rose 14 pence to 402 pence in early trading on Monday.")
    assert not titled(found, "shares"), described(found)
    # a closing price beside the day's move is the level it stood at
    found = events(LEAD + "Nokia closed at $4.12, up 9 cents a share in Helsinki trading.")
    assert not titled(found, "Nokia"), described(found)
    # a firm's figure, a toll and a range of shares are no quotation
    found = events(LEAD + "Net income fell 8% to $31.2 million in the quarter, Acme said.")
    assert titled(found, "income"), described(found)
    found = events(LEAD + "The death toll rose by 12 to 140 on Monday.")
    assert titled(found, "toll"), described(found)
    found = events(
        "Bolt Corp. estimated its profit for the final quarter dropped 30% to 50% from the "
        "same quarter last year, the company said on Monday."
    )
    assert titled(found, "profit"), described(found)


def test_a_share_or_a_count_something_had_is_how_things_stood():
    found = events(
        LEAD
        + "The largest rival, Hops Ltd., which had a 12.5% stake last year, sold it on Tuesday."
    )
    assert not titled(found, "stake"), described(found)
    assert titled(found, "sold") or titled(found, "sell"), described(found)
    found = events(LEAD + "Through March 1, bond funds had an average 1.2% total return.")
    assert not titled(found, "return"), described(found)
    found = events(LEAD + "On Monday, the bank had nearly 40 million shares outstanding.")
    assert not titled(found, "shares"), described(found)
    # having a happening, or a child, is one
    found = events(LEAD + "The envoy had a meeting with the rebels on Monday.")
    assert titled(found, "meeting"), described(found)


def test_what_explains_or_makes_up_a_figure_is_no_happening():
    found = events(LEAD + "The gain reflected brisk demand for new cars in February.")
    assert not titled(found, "reflect"), described(found)
    found = events(LEAD + "Earnings for the quarter included a $12 million gain on a sale.")
    assert not titled(found, "include"), described(found)
    found = events(LEAD + "The write-down is offset by a gain of $8 million in the quarter.")
    assert not titled(found, "offset"), described(found)
    found = events(LEAD + "Frozen foods accounted for about 31% of the grocer's sales in 2023.")
    assert not titled(found, "account"), described(found)
    # a group of people including someone, and accounting for money, are no figures
    found = events(LEAD + "The delegation included two ministers on Monday.")
    assert titled(found, "delegation"), described(found)
