"""The story's first sentence tells its news in the present perfect or progressive: the
event is of the publication day (approximate), not loosely of its month; the same forms
below the lead stay background of the month (``lede_news``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour board of Port Velden has ordered an inquiry into the fall of its "
            "northern crane. Two dockers were hurt.",
            "2031-03-12~",
        ),
        (
            "Marrow Pictures is bringing its silent comedies to tablet computers. The "
            "studio owns 40 reels.",
            "2031-03-12~",
        ),
    ],
)
def test_lede_news_in_the_perfect_or_progressive_is_of_the_publication_day(text, expected):
    found = described(extract_events(text, PUBLISHED))
    assert found and found[0].startswith(expected + " "), found


def test_the_perfect_below_the_lead_stays_of_the_month():
    text = (
        "Kestrel Airways cancelled 30 flights. Its pilots have staged a walkout over pay "
        "at the Dunmore hub."
    )
    found = described(extract_events(text, PUBLISHED))
    assert any(f.startswith("2031-03~ ") and "walkout" in f for f in found), found


def test_a_rounded_count_after_a_leading_source_opens_the_news_clause():
    """ "According to X, over 300 miners have been trapped": "over" before a figure rounds
    the subject's count; it opens no phrase, so the comma ends the source and the clause
    after it is the lede's news, not part of the saying."""
    found = described(
        extract_events(
            "According to the mines ministry, over 120 miners have been trapped by a "
            "collapse at the Dorrel pit.",
            PUBLISHED,
        )
    )
    assert any(f.startswith("2031-03-12~ ") and "trapped" in f for f in found), found
    # with no comma, the count after the source's noun still opens the news
    found = described(
        extract_events(
            "According to the mines ministry about 90 miners have been rescued from the "
            "Dorrel pit.",
            PUBLISHED,
        )
    )
    assert any(f.startswith("2031-03-12~ ") and "rescued" in f for f in found), found
