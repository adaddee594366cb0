"""The review queue regroups off the GUI thread, over the timeline index the article review
keeps (one per window), and shows only the groups of the queue and timeline as they are now."""

from __future__ import annotations

import threading

from tests.ui import test_review_queue
from tests.ui.test_review_queue import OFFENSIVE, article, read_all, story_events
from timeline_app.core.document import TimelineDocument
from timeline_app.core.document_edits import InsertEvents, RemoveEvents
from timeline_app.core.events import Event, SourceRef
from timeline_app.ui import review_queue_panel

desk = test_review_queue.desk  # the same desk: a workspace reading made-up articles
TITLE = "Ukraine begins counter-offensive in Zaporizhzhia"


def held_offensive() -> Event:
    told = story_events("guardian")[0]
    source = SourceRef("afp", "AFP", OFFENSIVE, 0, len(OFFENSIVE), when=told.when)
    return Event(
        "t1", told.title, told.when, category=told.category, actors=told.actors, sources=(source,)
    )


def queue_beside(desk, qtbot):
    document = TimelineDocument("War", [held_offensive()], {"afp": article("afp")})
    workspace, model, _stack, _extractor = desk(document)
    workspace.review_articles([article("guardian"), article("reuters")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    assert panel.groups.group("t1") is not None  # the guardian's candidate joins the event
    return workspace, model, panel


def test_the_queue_shares_the_review_index_of_the_window(desk, qtbot):
    workspace, _model, panel = queue_beside(desk, qtbot)
    assert panel.timeline_index is workspace.review_panel.timeline_index


def test_the_queue_follows_timeline_edits_grouping_off_the_gui_thread(desk, qtbot, monkeypatch):
    _workspace, model, panel = queue_beside(desk, qtbot)
    threads = []
    grouped = review_queue_panel.group_queue

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return grouped(*args, **kwargs)

    monkeypatch.setattr(review_queue_panel, "group_queue", recording)
    model.apply(RemoveEvents(("t1",)))
    qtbot.waitUntil(lambda: not panel.groups_pending() and panel.groups.group("t1") is None)
    assert [g.title for g in panel.groups.groups() if g.joins] == []
    model.apply(InsertEvents((held_offensive(),), 0))
    qtbot.waitUntil(lambda: not panel.groups_pending() and panel.groups.group("t1") is not None)
    assert threads and threading.main_thread() not in threads


def test_a_grouping_for_a_timeline_that_changed_meanwhile_is_never_shown(desk, qtbot, monkeypatch):
    _workspace, model, panel = queue_beside(desk, qtbot)
    grouped = review_queue_panel.group_queue
    entered, gate = threading.Event(), threading.Event()

    def held_back(*args, **kwargs):
        groups = grouped(*args, **kwargs)
        if threading.current_thread() is not threading.main_thread() and not entered.is_set():
            entered.set()
            gate.wait(10)  # the first grouping in a worker waits while the timeline changes
        return groups

    monkeypatch.setattr(review_queue_panel, "group_queue", held_back)
    model.apply(RemoveEvents(("t1",)))  # grouped without the event, in the worker...
    qtbot.waitUntil(entered.is_set)
    model.apply(InsertEvents((held_offensive(),), 0))  # ...which is back before it is done
    shown = []
    panel.groupsShown.connect(lambda: shown.append(panel.groups.group("t1") is not None))
    gate.set()
    qtbot.waitUntil(lambda: bool(shown) and not panel.groups_pending())
    assert all(shown)  # the groups without the event were dropped
    assert panel.groups.group("t1").title == TITLE
