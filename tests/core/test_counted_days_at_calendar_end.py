"""Days counted from a happening use the extractor's one calendar arithmetic
(``temporal.shifted``), which gives no date past the calendar's ends rather than failing."""

from timeline_app.core.dates import When
from timeline_app.core.extraction.counted_days import counted_from_happening


def test_a_day_counted_past_the_calendars_end_is_no_date():
    assert counted_from_happening(When.from_edtf("9999-12-31"), "the day after the ") is None
    assert counted_from_happening(When.from_edtf("0001-01-01"), "the eve of ") is None
