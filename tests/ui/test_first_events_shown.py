"""The first events put on an empty timeline are shown, wherever in time they fall.

An empty timeline shows the year up to today; events read from an article about 1990 were
added off-screen and the canvas stayed blank until the person thought of Fit All."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.document_edits import InsertEvents, RemoveEvents  # noqa: E402
from timeline_app.core.events import Event  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.timeline_view import TimelineView  # noqa: E402


def _view(qtbot, events):
    model = EventModel(TimelineDocument(events=list(events)))
    selection = QItemSelectionModel(model, None)
    view = TimelineView(model, selection)
    view._test_keep = (model, selection)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()  # as the window does when it opens
    return view, model


def _old_events():
    return (
        Event("strike", "Dockers walk out", When(FuzzyDate(1990, 3, 2))),
        Event("talks", "Owners meet the union", When(FuzzyDate(1990, 4, 9))),
    )


def _shows(view, event_ids) -> bool:
    t0, t1 = view.visible_range()
    return all(t0 <= view._model.event_by_id(i).when.start_ordinal <= t1 for i in event_ids)


def test_events_added_to_a_new_empty_timeline_are_brought_into_view(qtbot):
    view, model = _view(qtbot, [Event("old", "Something in 2022", When(FuzzyDate(2022, 1, 5)))])
    model.set_document(TimelineDocument())  # File ▸ New
    model.apply(InsertEvents(_old_events(), 0))
    assert _shows(view, ["strike", "talks"])


def test_events_added_to_a_timeline_opened_empty_are_brought_into_view(qtbot):
    view, model = _view(qtbot, [])
    model.apply(InsertEvents(_old_events(), 0))
    assert _shows(view, ["strike", "talks"])


def test_a_timeline_emptied_and_filled_again_shows_its_new_events(qtbot):
    view, model = _view(qtbot, [Event("old", "Something in 2022", When(FuzzyDate(2022, 1, 5)))])
    model.apply(RemoveEvents(("old",)))
    model.apply(InsertEvents(_old_events(), 0))
    assert _shows(view, ["strike", "talks"])


def test_adding_to_a_timeline_with_events_keeps_the_view_the_person_chose(qtbot):
    view, model = _view(qtbot, [Event("old", "Something in 2022", When(FuzzyDate(2022, 1, 5)))])
    chosen = view.visible_range()
    model.apply(InsertEvents(_old_events(), 0))
    assert view.visible_range() == chosen
