"""The extractor's one calendar arithmetic: days, weeks, months and years counted from a date
as precise as the unit allows, on the tagger's calendar."""

import pytest

from timeline_app.core.dates import DateError, FuzzyDate
from timeline_app.core.extraction.temporal import calendar_step


@pytest.mark.parametrize(
    ("start", "count", "unit", "moved"),
    [
        (FuzzyDate(2031, 12, 30), 3, "D", FuzzyDate(2032, 1, 2)),
        (FuzzyDate(2032, 3, 1), -1, "W", FuzzyDate(2032, 2, 23)),
        (FuzzyDate(2031, 11), 4, "M", FuzzyDate(2032, 3)),
        (FuzzyDate(2031, 11, 17), -11, "M", FuzzyDate(2030, 12)),
        (FuzzyDate(2032, 2, 29), 1, "Y", FuzzyDate(2033, 2, 28)),
        (FuzzyDate(2032, 2, 29), -4, "Y", FuzzyDate(2028, 2, 29)),
        (FuzzyDate(2031, 6), 2, "Y", FuzzyDate(2033, 6)),
        (FuzzyDate(2031), -30, "Y", FuzzyDate(2001)),
    ],
)
def test_a_date_moves_by_its_unit_as_precisely_as_the_unit_allows(start, count, unit, moved):
    assert calendar_step(start, count, unit) == moved


def test_a_count_past_the_calendars_ends_is_refused():
    with pytest.raises((DateError, ValueError, OverflowError)):
        calendar_step(FuzzyDate(9999, 12, 31), 1, "D")
    with pytest.raises((DateError, ValueError, OverflowError)):
        calendar_step(FuzzyDate(1, 2), -2, "M")
