"""The lead's undated news takes the day a later sentence gives the noun that names it back:
"Friday's purchase" for a sale the lead told, "rose on the announcement yesterday" for the
news the lead broke (``named_news_day``)."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 6, 15)  # a Monday


def test_a_sale_named_back_as_fridays_purchase_is_of_friday():
    found = extract_events(
        "Borel Foods Inc. said that it agreed to sell the candy business to Nordia Corp. for $90 "
        "million.\n\nThe sale helps Borel pay its debt. Nordia's share of the market before "
        "Friday's purchase was 5%, analysts said.",
        PUBLISHED,
    )
    assert dates(found, "agrees to sell") == ["2026-06-12~"], described(found)


def test_the_announcement_the_market_answered_yesterday_is_of_yesterday():
    found = extract_events(
        "Halvard Shipping Co. has agreed to buy the Oster yard for $80 million.\n\n"
        "Oster's stock jumped on the announcement yesterday, ending $4 higher at $31.",
        PUBLISHED,
    )
    assert dates(found, "agrees to buy") == ["2026-06-14~"], described(found)


def test_a_day_given_to_another_happening_leaves_the_lead_alone():
    found = extract_events(
        "Borel Foods Inc. said that it agreed to sell the candy business to Nordia Corp. for $90 "
        "million.\n\nThe sale helps Borel pay its debt. The dockers' strike, which began on "
        "Friday, goes on.",
        PUBLISHED,
    )
    assert dates(found, "agrees to sell") == ["2026-06-15~"], described(found)
