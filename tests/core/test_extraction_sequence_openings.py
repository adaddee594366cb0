"""A sentence that opens by saying it tells what came next ("Then", "After that", "Shortly
afterwards") runs at the last date told, in a story's opening sentences too, where an
undated past is otherwise the news of the paper's day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 6, 10)


@pytest.mark.parametrize("opening", ["Then", "After that,", "Shortly afterwards,"])
def test_what_came_next_in_the_lead_is_of_the_day_told_before(opening: str):
    found = extract_events(
        f"Artillery shelled the hill town of Brenna on March 3. {opening} the rebels seized "
        "its ferry port.",
        PUBLISHED,
    )
    assert dates(found, "seize") == ["2026-03-03"], described(found)


def test_with_no_day_told_before_it_is_the_news_of_the_day():
    found = extract_events(
        "Artillery shelled the hill town of Brenna. Then the rebels seized its ferry port.",
        PUBLISHED,
    )
    assert dates(found, "seize") == ["2026-06-10~"], described(found)
