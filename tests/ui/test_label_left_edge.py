"""A label the left edge of the canvas cuts begins with an ellipsis, as one the right edge
cuts ends with one: the tail of a title alone ("arrive in the capital") reads as a title."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.ui import canvas_painter  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.timeline_view import TimelineView  # noqa: E402

TITLE = "Harvest festival draws record crowds to the old market square"


def marks_drawn(qtbot, monkeypatch, view_from: float, view_to: float) -> list[float]:
    drawn: list[float] = []
    real = canvas_painter.paint_cut_marks

    def recording(painter, metrics, halo, marks):
        drawn.extend(x for x, _top, _ink in marks)
        return real(painter, metrics, halo, marks)

    monkeypatch.setattr(canvas_painter, "paint_cut_marks", recording)
    day = When(FuzzyDate(2021, 9, 18))
    model = EventModel(TimelineDocument(events=[Event("fair", TITLE, day)]))
    selection = QItemSelectionModel(model, None)
    view = TimelineView(model, selection)
    view._test_keep = (model, selection)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(day.start_ordinal + view_from, day.start_ordinal + view_to)
    view.grab()
    return drawn


def test_a_label_begun_left_of_the_view_starts_with_an_ellipsis(qtbot, monkeypatch):
    # The day's marker a little left of the view: most of its title runs into it.
    drawn = marks_drawn(qtbot, monkeypatch, 6.0, 186.0)
    assert drawn == [2.0]


def test_a_label_whole_in_the_view_has_no_ellipsis(qtbot, monkeypatch):
    assert marks_drawn(qtbot, monkeypatch, -20.0, 160.0) == []
