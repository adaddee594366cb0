"""No label overlaps another in laid-out frames of a 100,000-event timeline (Qt, offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from timeline_app.core.document import TimelineDocument  # noqa: E402

from .test_scale import many_events  # noqa: E402


@pytest.fixture(scope="module")
def big_view():
    from PySide6.QtCore import QItemSelectionModel, QObject
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.event_model import EventModel
    from timeline_app.ui.timeline_view import TimelineView

    QApplication.instance() or QApplication([])
    holder = QObject()  # parents for both: a parentless selection model crashes PySide6
    model = EventModel(TimelineDocument("Big", many_events(100_000)), holder)
    view = TimelineView(model, QItemSelectionModel(model, holder))
    view.resize(1600, 900)
    yield view
    view.deleteLater()


@pytest.mark.parametrize("span_days", ["fit", 40 * 365.0, 365.0, 20.0, 0.5])
def test_labels_never_overlap_in_a_frame_of_100000_events(big_view, span_days):
    from PySide6.QtGui import QFontMetricsF

    from timeline_app.core.frame import LABEL_GAP, LEAD_PX, MARKER_R

    view = big_view
    if span_days == "fit":
        view.fit_all()
    else:
        centre = 737_000.0  # 2018, among the events
        view.set_visible_range(centre - span_days / 2, centre + span_days / 2)
    frame = view._frame(1600.0, 900.0)
    data = view._ensure_data()
    metrics = QFontMetricsF(view._label_font())
    assert frame.rows.size  # something is drawn at every zoom
    by_row: dict[float, list[tuple[float, float]]] = {}
    for i, row in enumerate(frame.rows.tolist()):
        x0, x1 = float(frame.x0[i]), float(frame.x1[i])
        # What is drawn: the marker (or bar) and the label measured as Qt lays it out, cut
        # with an ellipsis at the right edge; an event alone in a cluster row is its marker.
        text_end = x0 + MARKER_R + LABEL_GAP + metrics.horizontalAdvance(data.labels[row])
        text_end = min(text_end, 1600.0 - 2.0)
        if frame.bare[i]:
            text_end = x0 + MARKER_R
        assert text_end <= float(frame.xl[i]) + 0.01  # the lanes reserved room for it
        by_row.setdefault(float(frame.y[i]), []).append((x0 - LEAD_PX, max(x1, text_end)))
    for extents in by_row.values():
        extents.sort()
        for (_, end), (start, _) in zip(extents, extents[1:], strict=False):
            assert end <= start + 0.01
