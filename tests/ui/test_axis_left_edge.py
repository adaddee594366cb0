"""No axis label is drawn cut by the left edge of the canvas.

A new timeline opens on the year up to today; its view starts a few days into a month, and the
axis drew the end of that month's name ("c" of "Dec") at the very left. The right edge already
left such labels out: half a label reads worse than none."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel  # noqa: E402

from timeline_app.core import axis  # noqa: E402
from timeline_app.core.dates import ordinal_of  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.ui import canvas_painter  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.timeline_view import TimelineView  # noqa: E402


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2025, 12, 7), dt.date(2027, 1, 6)),  # months: "Dec" begun before the view
        (dt.date(2019, 8, 20), dt.date(2023, 3, 1)),  # years and their months
        (dt.date(2024, 3, 3), dt.date(2024, 3, 19)),  # days, their month's label pinned
    ],
)
def test_the_canvas_draws_no_axis_label_across_its_left_edge(qtbot, monkeypatch, start, end):
    drawn = []
    real = canvas_painter.paint_axis_labels

    def recording(painter, sprites, font, ink, top, labels):
        drawn.extend(labels)
        return real(painter, sprites, font, ink, top, labels)

    monkeypatch.setattr(canvas_painter, "paint_axis_labels", recording)
    model = EventModel(TimelineDocument())
    selection = QItemSelectionModel(model, None)
    view = TimelineView(model, selection)
    view._test_keep = (model, selection)
    qtbot.addWidget(view)
    view.resize(960, 420)
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(ordinal_of(start), ordinal_of(end))
    view.grab()
    assert drawn
    assert all(label.x >= 0 for label in drawn), [(lb.text, lb.x) for lb in drawn if lb.x < 0]


def test_a_label_begun_left_of_the_view_is_left_out_of_the_fine_row():
    t0 = ordinal_of(dt.date(2025, 12, 7))
    t1 = ordinal_of(dt.date(2027, 1, 6))
    ticks = axis.choose_ticks(t0, t1, 960.0)
    placed = axis.place_labels(ticks.minor, t0, t1, 960.0)
    assert placed and placed[0].x >= 0 and placed[0].text != "Dec"
