"""What every date module shares: how much of a date is known, month names, the date error.

Kept apart from ``dates`` so that ``date_display`` (which ``dates`` uses for its words) needs
nothing from ``dates`` itself: the imports run one way.
"""

from __future__ import annotations

import calendar
from enum import IntEnum

MONTH_NAMES = [calendar.month_name[m] for m in range(13)]


class DateError(ValueError):
    """A date that cannot be read or does not exist; the message says what and why."""


class Precision(IntEnum):
    """How much of a date is known, from coarse to fine."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    HOUR = 4
    MINUTE = 5

    @property
    def label(self) -> str:
        return self.name.lower()
