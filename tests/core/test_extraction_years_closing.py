"""A company's year named by the day it closes on is the twelve months up to that day, as a
quarter so named is its three ("net income for the fiscal year ended March 31"): not the
calendar year the tagger values "the fiscal year" as, nor the closing day alone."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 6, 15)


def test_the_fiscal_year_ended_march_31_is_april_to_march():
    found = extract_events(
        "Halvard Shipping Co. reported that its net income for the fiscal year ended March 31 fell "
        "12%.",
        PUBLISHED,
    )
    assert dates(found, "net income") == ["2025-04/2026-03"], described(found)


def test_the_year_ended_a_day_is_a_year_not_the_day():
    found = extract_events(
        "Tolvik Mills said its sales rose 8% in the year ended Sept. 30.", PUBLISHED
    )
    assert dates(found, "sales") == ["2024-10/2025-09"], described(found)
