"""What a first-time user met on the canvas (issue 16): the header naming the range the axis
shows, fitting the events rather than today, the keyboard, cluster marks."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.test_timeline_view import (  # noqa: E402
    assert_no_label_overlaps,
    make_view,
    seed_events,
)
from timeline_app.core.dates import When, ordinal_of  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.ui.canvas_primitives import range_title  # noqa: E402


def day(*args) -> float:
    return ordinal_of(dt.datetime(*args))


def test_the_header_names_both_days_of_an_hour_zoom_across_midnight():
    title = range_title(day(2024, 11, 13, 12, 39), day(2024, 11, 14, 16, 41))
    assert title == "13 Nov 2024, 12:39 – 14 Nov 2024, 16:41"
    # Within one day the day is named once.
    assert range_title(day(2024, 11, 13, 9), day(2024, 11, 13, 17)) == "13 Nov 2024, 09:00 – 17:00"


def test_a_fitted_seed_uses_the_height_of_the_canvas(qtbot):
    view, model, _ = make_view(qtbot, seed_events(), size=(1200, 700))
    rects = [view.event_rect(e.id) for e in model.events()]
    assert all(r is not None for r in rects)
    top = min(r.top() for r in rects)
    assert top < 700 / 2, "the lanes reach the upper half instead of crowding at the axis"
    assert_no_label_overlaps(view, model)


def test_a_replaced_document_is_shown_whole(qtbot):
    view, model, _ = make_view(qtbot, seed_events())
    old = [
        Event(id=f"e{i}", title=f"Treaty {i}", when=When.from_edtf(f"199{i}-03-0{i + 1}"))
        for i in range(4)
    ]
    model.set_document(TimelineDocument(events=old))
    t0, t1 = view.visible_range()
    assert t0 <= day(1990, 3, 1) and day(1993, 3, 5) <= t1 < day(1996, 1, 1)
    assert all(view.event_rect(e.id) is not None for e in old)
