"""What a first-time user met on the canvas (issue 16): the header naming the range the axis
shows, fitting the events rather than today, the keyboard, cluster marks."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timeline_app.core.dates import ordinal_of  # noqa: E402
from timeline_app.ui.canvas_primitives import range_title  # noqa: E402


def day(*args) -> float:
    return ordinal_of(dt.datetime(*args))


def test_the_header_names_both_days_of_an_hour_zoom_across_midnight():
    title = range_title(day(2024, 11, 13, 12, 39), day(2024, 11, 14, 16, 41))
    assert title == "13 Nov 2024, 12:39 – 14 Nov 2024, 16:41"
    # Within one day the day is named once.
    assert range_title(day(2024, 11, 13, 9), day(2024, 11, 13, 17)) == "13 Nov 2024, 09:00 – 17:00"
