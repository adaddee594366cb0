"""The paper's own undated reporting work is how the news was got, not news. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 15)


def test_the_papers_own_gathering_of_details_is_not_proposed():
    found = extract_events(
        "The Gazette has pieced together new details through interviews with the crew. "
        "Relief trucks reached Arnhill on Tuesday.",
        PUBLISHED,
    )
    assert not titled(found, "piece"), described(found)
    assert titled(found, "reach"), described(found)
