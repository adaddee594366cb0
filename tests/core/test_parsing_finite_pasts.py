"""A clause's past verb the tagger read as a participle is mended in the parse, so every
reader (dates as well as the clause rules) sees a past tense (``parsing/finite_pasts``).
Each sentence was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

# A paper of mid-September: an October day told in the past tense is last year's.
PUBLISHED = dt.date(2022, 9, 14)


def test_a_reported_past_with_an_object_dates_its_month_day_a_year_back():
    found = extract_events(
        "Bakery chain sold\n\nKellor Foods said it acquired the Brisk bakery chain on October 3.",
        PUBLISHED,
    )
    assert dates(found, "acquires Brisk") == ["2021-10-03"], described(found)


def test_a_past_joined_by_and_to_a_finite_past_dates_its_month_day_a_year_back():
    found = extract_events(
        "Court fines Varno\n\nThe court fined the firm, and the firm appealed on October 20.",
        PUBLISHED,
    )
    assert dates(found, "appeals") == ["2021-10-20"], described(found)
