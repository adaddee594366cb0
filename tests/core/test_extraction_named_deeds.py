"""A named doer's deed told in the plain past below a news lead is the day's news; a figure,
a pronoun's act or a doer only described stays out (``named_deeds``)."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 9)

LEAD = (
    "Copper prices slide\n\n"
    "Copper prices fell sharply as demand from builders weakened.\n\n"
    "The metal is used in wiring and pipes.\n\n"
)


def titles(body: str) -> list[str]:
    return described(extract_events(LEAD + body, PUBLISHED))


def test_a_named_firm_agreeing_below_the_lead_is_news_of_the_day():
    found = titles(
        "Sales rose 8% to $1.2 billion at the largest smelter. Harlow Foods agreed to sell "
        "its dairy unit to a Danish cooperative."
    )
    assert "2021-03-09~ Harlow Foods agrees to sell its dairy unit to Danish cooperative" in found
    assert not [t for t in found if "Sales" in t], found


def test_a_named_judge_ruling_below_the_lead_is_news_of_the_day():
    found = titles("Judge Ana Ortiz ruled that the dispute belongs in a federal court.")
    assert "2021-03-09~ Ana Ortiz rules dispute belongs in federal court" in found, found


def test_a_pronoun_or_a_described_doer_stays_out():
    found = titles(
        "Judge Ana Ortiz ruled that the dispute belongs in a federal court. He received a "
        "fee of $5 million. Lawyers for the miners in Peru sent letters to the regulator."
    )
    assert not [t for t in found if "fee" in t or "letters" in t], found
    assert "2021-03-09~ Ana Ortiz rules dispute belongs in federal court" in found, found
