"""The review's marks ("on the timeline", "duplicate of …", "a second source for …") are
worked out off the GUI thread, over an index of the timeline kept up to date with its edits:
the list shows at once, the marks follow and follow every edit, and a result worked out for
a timeline that changed meanwhile is never shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from PySide6.QtGui import QUndoStack

from timeline_app.core.corroboration import review_plan
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.ui import review_panel as panel_module
from timeline_app.ui.commands import (
    AddEventsCommand,
    EditEventCommand,
    RemoveEventsCommand,
    ReplaceDocumentCommand,
)
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.review_panel import ReviewPanel

LEDGER = Article("ledger", title="Mill closes", publisher="Ledger", published=dt.date(2029, 2, 9))
POST = Article("post", title="Town hears of mill", publisher="Post", published=dt.date(2029, 2, 9))
THURSDAY = When(FuzzyDate(2029, 2, 8))


def told(eid: str, article: Article, when: When = THURSDAY) -> Event:
    evidence = "The paper mill shut its gates for good on Thursday."
    source = SourceRef(source_id=article.id, name=article.publisher, evidence=evidence, start=0)
    return Event(eid, "Paper mill shuts its gates", when, actors=("Paper mill",), sources=(source,))


@pytest.fixture
def reviewing(qtbot):
    """A review of the Post's article, whose one candidate the Ledger's event on the timeline
    tells too."""
    model = EventModel(TimelineDocument(events=[told("held", LEDGER)], sources={"ledger": LEDGER}))
    stack = QUndoStack()
    panel = ReviewPanel(model, stack)
    qtbot.addWidget(panel)
    panel.review(POST, [told("candidate", POST)])
    yield panel, model, stack
    panel._runner.jobs.finish_all(5)


def marks_settled(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.marks_pending(), timeout=10_000)


def test_the_marks_follow_each_edit_of_the_timeline(qtbot, reviewing):
    panel, model, stack = reviewing
    marks_settled(qtbot, panel)
    candidate = panel.candidates.candidate(0)
    assert candidate.duplicate_of == "held" and "a second source for" in candidate.adds

    stack.push(RemoveEventsCommand(model, ["held"]))
    marks_settled(qtbot, panel)
    assert candidate.duplicate_of is None and not candidate.adds

    stack.undo()
    marks_settled(qtbot, panel)
    assert candidate.duplicate_of == "held"

    # Moved a month away it is another happening; back, the same again.
    elsewhere = dataclasses.replace(told("held", LEDGER), when=When(FuzzyDate(2029, 3, 20)))
    elsewhere = dataclasses.replace(
        elsewhere, sources=(dataclasses.replace(elsewhere.sources[0], when=None),)
    )
    stack.push(EditEventCommand(model, elsewhere))
    marks_settled(qtbot, panel)
    assert candidate.duplicate_of is None
    stack.undo()
    marks_settled(qtbot, panel)
    assert candidate.duplicate_of == "held"

    # Another document altogether.
    stack.push(ReplaceDocumentCommand(model, TimelineDocument(), "New"))
    marks_settled(qtbot, panel)
    assert candidate.duplicate_of is None


def test_the_marks_are_worked_out_off_the_gui_thread(qtbot, reviewing, monkeypatch):
    panel, model, stack = reviewing
    marks_settled(qtbot, panel)
    threads = []
    real = panel_module.review_marks

    def watched(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(panel_module, "review_marks", watched)
    panel.refresh_duplicates()
    marks_settled(qtbot, panel)
    assert threads and threading.main_thread() not in threads


def test_marks_worked_out_for_a_timeline_that_changed_meanwhile_are_dropped(
    qtbot, reviewing, monkeypatch
):
    panel, model, stack = reviewing
    marks_settled(qtbot, panel)
    stack.push(RemoveEventsCommand(model, ["held"]))
    marks_settled(qtbot, panel)
    assert panel.candidates.candidate(0).duplicate_of is None

    # The next plan is held in its worker until the timeline has changed again.
    started, release = threading.Event(), threading.Event()
    real = panel_module.review_marks
    shown = []

    def held_back(*args):
        started.set()
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(panel_module, "review_marks", held_back)
    panel.marksShown.connect(lambda: shown.append(panel.candidates.candidate(0).duplicate_of))
    stack.push(AddEventsCommand(model, [told("again", LEDGER)], "Add"))
    qtbot.waitUntil(started.is_set, timeout=10_000)
    stack.undo()  # the plan in the worker is now of a timeline that is no more
    release.set()
    marks_settled(qtbot, panel)
    assert shown == [None]  # only the plan of the timeline as it is was shown
    assert panel.candidates.candidate(0).duplicate_of is None


def test_the_kept_index_plans_as_the_whole_timeline_after_the_models_edits(qtbot, reviewing):
    panel, model, stack = reviewing
    kept = panel._timeline
    qtbot.waitUntil(lambda: kept.index() is not None, timeout=10_000)
    stack.push(AddEventsCommand(model, [told(f"n{n}", LEDGER) for n in range(3)], "Add"))
    stack.push(RemoveEventsCommand(model, ["n1"]))
    stack.push(EditEventCommand(model, dataclasses.replace(told("n2", LEDGER), title="Mill")))
    model.set_date_style("iso")  # every row redrawn, none changed
    stack.undo()
    new = [told("candidate", POST)]
    index = kept.index()
    assert index is not None and len(index) == model.rowCount()
    afresh = review_plan(list(model.events()), new, {"ledger": LEDGER})
    assert index.plan(new, {"ledger": LEDGER}).joined == afresh.joined == {"candidate": "held"}
