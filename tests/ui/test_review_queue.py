"""The review queue across articles as a desk uses it: several articles wait, the same
happening told by several outlets is one group, accepted once, added in one undo step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef  # noqa: E402
from timeline_app.core.review import ReviewState  # noqa: E402
from timeline_app.ui.article_workspace import ArticleWorkspace  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.extraction_runner import ExtractionRunner  # noqa: E402
from timeline_app.ui.review_queue_list import KEY_ROLE, QueueColumn  # noqa: E402

DAM = "The Nova Kakhovka dam was destroyed, flooding villages downstream."
OFFENSIVE = "Ukraine began its counter-offensive in Zaporizhzhia, officials said."
AID = "Aid convoys reached Kherson with drinking water."

# What each made-up article says: (sentence, title, day of June 2023, kind).
STORIES = {
    "reuters": [(DAM, "Nova Kakhovka dam destroyed", 6, "explosion")],
    "ap": [(DAM, "Nova Kakhovka dam destroyed", 6, "explosion")],
    "bbc": [
        (DAM, "Nova Kakhovka dam destroyed", 7, "explosion"),
        (AID, "Aid convoys reach Kherson", 9, "humanitarian"),
    ],
    "guardian": [(OFFENSIVE, "Ukraine begins counter-offensive in Zaporizhzhia", 4, "armed clash")],
}
OUTLETS = {"reuters": "Reuters", "ap": "AP", "bbc": "BBC", "guardian": "Guardian", "afp": "AFP"}


def article(aid: str, published: int = 7) -> Article:
    text = " ".join(sentence for sentence, *_ in STORIES.get(aid, [(OFFENSIVE, "", 4, "")]))
    return Article(
        aid,
        title=f"{OUTLETS[aid]}: the war on 7 June",
        text=text,
        publisher=OUTLETS[aid],
        published=dt.date(2023, 6, published),
        sha256=aid[0] * 64,
        captured_at="2023-06-07T09:30:00Z",
        requested_url=f"https://{aid}.example/a",
    )


def story_events(aid: str) -> list[Event]:
    text = article(aid).text
    events = []
    for n, (sentence, title, day, kind) in enumerate(STORIES[aid]):
        start = text.index(sentence)
        when = When(FuzzyDate(2023, 6, day))
        source = SourceRef(
            aid,
            OUTLETS[aid],
            sentence,
            start,
            start + len(sentence),
            Attribution.REPORTED,
            "officials",
            "on Tuesday",
            when,
        )
        events.append(
            Event(
                f"{aid}-{n}",
                title,
                when,
                category=kind,
                actors=("Ukraine",),
                origin=Origin.EXTRACTED,
                sources=(source,),
            )
        )
    return events


class Extractor:
    """Made-up readings; an article whose gate is closed waits until it is opened."""

    def __init__(self) -> None:
        self.gates: dict[str, threading.Event] = {}

    def hold(self, aid: str) -> None:
        self.gates[aid] = threading.Event()

    def release(self, aid: str) -> None:
        self.gates[aid].set()

    def __call__(self, text, published, *, source_id="", source_name="", cancelled=None):
        gate = self.gates.get(source_id)
        while gate is not None and not gate.wait(0.02):
            if cancelled is not None and cancelled():
                return []
        return story_events(source_id)


@pytest.fixture
def desk(qtbot):
    made = []

    def make(document=None):
        extractor = Extractor()
        model = EventModel(document or TimelineDocument())
        selection = QItemSelectionModel(model, None)
        stack = QUndoStack()
        runner = ExtractionRunner(extractor)
        workspace = ArticleWorkspace(model, selection, stack, runner=runner)
        workspace._test_keep = (model, selection, stack, runner)
        qtbot.addWidget(workspace)
        workspace.resize(1500, 800)
        workspace.show()
        qtbot.waitExposed(workspace)
        made.append((runner, extractor))
        return workspace, model, stack, extractor

    yield make
    for runner, extractor in made:
        for gate in extractor.gates.values():
            gate.set()
        runner.cancel()
        runner.wait(5000)


def read_all(qtbot, workspace):
    qtbot.waitUntil(lambda: not workspace.runner.is_busy(), timeout=10000)
    # The groups follow the readings in a worker: those of now, as the user sees them arrive
    # (a hidden queue regroups when shown).
    panel = workspace.queue_panel
    qtbot.waitUntil(lambda: not panel.isVisible() or not panel.groups_pending(), timeout=10000)
    workspace.queue_panel.regroup()


def top_rows(panel) -> list[tuple[str, str, int]]:
    """(title, date, number of candidates) of each group, as the tree shows them."""
    model = panel.sorted_groups
    rows = []
    for row in range(model.rowCount()):
        title = model.index(row, QueueColumn.TITLE).data()
        date = model.index(row, QueueColumn.DATE).data()
        rows.append((title, date, model.rowCount(model.index(row, 0))))
    return rows


def group_key(panel, title: str) -> tuple[str, str]:
    model = panel.sorted_groups
    for row in range(model.rowCount()):
        if model.index(row, QueueColumn.TITLE).data() == title:
            return model.index(row, 0).data(KEY_ROLE)
    raise AssertionError(f"no group {title!r}")


def test_the_queue_groups_one_happening_told_by_three_outlets(desk, qtbot):
    workspace, _model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    assert workspace.review_tabs.isVisibleTo(workspace)
    assert workspace.review_tabs.tabText(1) == "Review Queue (3)"
    assert workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    # Newest happening first: the aid convoys (9 June), then the dam, told three times.
    assert top_rows(panel) == [
        ("Aid convoys reach Kherson", "9 Jun 2023", 1),
        ("Nova Kakhovka dam destroyed", "6 Jun 2023 / 7 Jun 2023", 3),
    ]
    dam = panel.sorted_groups.index(1, 0)
    adds = panel.sorted_groups.index(1, QueueColumn.ADDS).data()
    assert adds.startswith("new · Sources disagree on the date: Reuters, AP 6 Jun 2023; BBC")
    assert panel.sorted_groups.index(1, QueueColumn.SOURCES).data() == (
        "3 articles · 3 independent"
    )
    outlets = [panel.sorted_groups.index(r, QueueColumn.SOURCES, dam).data() for r in range(3)]
    assert sorted(outlets) == ["AP", "BBC", "Reuters"]
    assert "3 still being read" not in panel.summary_label.text()
    assert panel.summary_label.text().startswith("2 happenings from 3 articles")


def test_the_header_sorts_by_when_the_news_came(desk, qtbot):
    workspace, _model, _stack, _extractor = desk()
    # The Guardian's report of 12 June tells of the offensive of 4 June.
    workspace.review_articles([article("reuters"), article("guardian", published=12)])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    titles = [t for t, _d, _n in top_rows(panel)]
    assert titles == [
        "Nova Kakhovka dam destroyed",
        "Ukraine begins counter-offensive in Zaporizhzhia",
    ]
    header = panel.tree.header()
    panel.tree.scrollTo(panel.sorted_groups.index(0, QueueColumn.REPORTED))
    spot = QPoint(header.sectionViewportPosition(QueueColumn.REPORTED) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert header.sortIndicatorSection() == QueueColumn.REPORTED
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    titles = [t for t, _d, _n in top_rows(panel)]
    assert titles == [
        "Ukraine begins counter-offensive in Zaporizhzhia",
        "Nova Kakhovka dam destroyed",
    ]
    assert panel.sorted_groups.index(0, QueueColumn.REPORTED).data() == "12 Jun 2023"


def test_accept_a_group_adds_one_event_with_every_source_in_one_undo_step(desk, qtbot):
    workspace, model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    assert panel.select(group_key(panel, "Nova Kakhovka dam destroyed"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)  # accept the whole group
    assert panel.add_button.text() == "Add 1 Event to Timeline"
    steps = stack.count()
    panel.add_button.click()
    assert stack.count() == steps + 1
    assert stack.undoText() == "Add 1 event from 3 articles"
    [event] = model.events()
    assert [s.source_id for s in event.sources] == ["reuters", "ap", "bbc"]
    assert event.conflict_note.startswith("Sources disagree on the date")
    stored = model.article("bbc")
    assert stored.sha256 == "b" * 64 and stored.requested_url == "https://bbc.example/a"
    assert model.article("reuters") is not None and model.article("ap") is not None
    # The group now shows as on the timeline, nothing left to add.
    panel.regroup()
    key = group_key(panel, "Nova Kakhovka dam destroyed")
    assert panel.groups.index_of(key).data() == "On timeline"
    assert not panel.add_button.isEnabled()
    stack.undo()
    assert model.events() == []
    assert model.document.sources == {}
    panel.regroup()
    assert panel.groups.index_of(group_key(panel, "Nova Kakhovka dam destroyed")).data() == (
        "Accepted"
    )
    stack.redo()
    assert len(model.events()[0].sources) == 3


def test_reject_a_group_and_accept_one_child(desk, qtbot):
    workspace, model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    panel.select(group_key(panel, "Nova Kakhovka dam destroyed"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.groups.index_of(group_key(panel, "Nova Kakhovka dam destroyed")).data() == (
        "Rejected"
    )
    assert not panel.add_button.isEnabled()
    assert stack.undoText() == "Reject 3 Candidates"
    # One outlet's report after all: accept that candidate alone (Enter).
    panel.select(("candidate", "ap-0"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.groups.index_of(group_key(panel, "Nova Kakhovka dam destroyed")).data() == (
        "1 of 3 accepted"
    )
    panel.add_to_timeline()
    [event] = model.events()
    assert [s.source_id for s in event.sources] == ["ap"]
    assert list(model.document.sources) == ["ap"]


def test_ungroup_a_candidate_put_in_the_wrong_group(desk, qtbot):
    workspace, _model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    assert panel.select(("candidate", "bbc-0"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_U)
    assert stack.undoText() == "Ungroup “Nova Kakhovka dam destroyed”"
    rows = top_rows(panel)
    assert sorted(n for _t, _d, n in rows) == [1, 1, 2]
    assert panel.selected_keys() == [("candidate", "bbc-0")]  # it stays selected
    alone = panel.groups.group_of("bbc-0")
    assert alone.set_apart and len(alone.members) == 1
    stack.undo()
    assert len(panel.groups.group_of("bbc-0").members) == 3


def test_the_queue_follows_a_reading_that_arrives_and_keeps_the_selection(desk, qtbot):
    workspace, _model, _stack, extractor = desk()
    extractor.hold("bbc")
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    panel = workspace.queue_panel
    qtbot.waitUntil(lambda: len(panel.queued()[1].events) == 1, timeout=10000)
    panel.regroup()
    assert "1 still being read" in panel.summary_label.text()
    assert top_rows(panel) == [("Nova Kakhovka dam destroyed", "6 Jun 2023", 2)]
    panel.select(("candidate", "ap-0"))
    extractor.release("bbc")
    qtbot.waitUntil(lambda: len(top_rows(panel)) == 2, timeout=10000)
    assert ("Nova Kakhovka dam destroyed", "6 Jun 2023 / 7 Jun 2023", 3) in top_rows(panel)
    assert panel.selected_keys() == [("candidate", "ap-0")]
    assert "still being read" not in panel.summary_label.text()


def test_a_group_joining_a_timeline_event_adds_its_source_there(desk, qtbot):
    afp = article("afp")
    held = story_events("guardian")[0]
    held = Event(
        "t1",
        held.title,
        held.when,
        category=held.category,
        actors=held.actors,
        sources=(SourceRef("afp", "AFP", OFFENSIVE, 0, len(OFFENSIVE), when=held.when),),
    )
    document = TimelineDocument("War", [held], {"afp": afp})
    workspace, model, stack, _extractor = desk(document)
    workspace.review_articles([article("guardian"), article("reuters")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    key = group_key(panel, "Ukraine begins counter-offensive in Zaporizhzhia")
    assert key == ("group", "t1")
    index = panel.groups.index_of(key)
    adds = panel.groups.index(index.row(), QueueColumn.ADDS).data()
    assert adds == "a second source for “Ukraine begins counter-offensive in Zaporizhzhia”"
    panel.select(key)
    panel.accept_selected()
    panel.add_to_timeline()
    assert stack.undoText() == "Add 1 source from 1 article"
    [event] = model.events()
    assert [s.source_id for s in event.sources] == ["afp", "guardian"]
    stack.undo()
    assert [s.source_id for s in model.events()[0].sources] == ["afp"]


def test_cancel_drops_the_unread_articles_from_the_queue(desk, qtbot):
    workspace, _model, _stack, extractor = desk()
    extractor.hold("ap")
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    panel = workspace.queue_panel
    qtbot.waitUntil(lambda: len(panel.queued()[0].events) == 1, timeout=10000)
    workspace.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not workspace.runner.is_busy(), timeout=10000)
    assert [a.id for a in workspace.queued_articles()] == ["reuters"]
    assert not workspace.review_tabs.isVisibleTo(workspace)  # one article: no queue
    assert not workspace.is_queue_shown()


def test_close_queue_leaves_every_waiting_article(desk, qtbot):
    workspace, _model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    workspace.queue_panel.close_button.click()
    assert workspace.queued_articles() == []
    assert not workspace.is_reviewing()


def test_clicking_a_candidate_shows_its_article_with_the_evidence(desk, qtbot):
    workspace, _model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    panel.select(("candidate", "bbc-1"))
    assert panel.view.article().id == "bbc"
    assert panel.view.focused_event() == "bbc-1"
    assert panel.article_label.text() == "BBC: the war on 7 June"


def test_one_set_of_decisions_in_the_queue_and_the_one_article_review(desk, qtbot):
    workspace, _model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    queue, one = workspace.queue_panel, workspace.review_panel
    queue.select(group_key(queue, "Nova Kakhovka dam destroyed"))
    queue.accept_selected()
    workspace.show_queue(False)
    assert one.article().id == "reuters"
    assert one.candidates.candidate(0).state is ReviewState.ACCEPTED
    one.table.selectRow(0)
    one.reject_selected()
    assert queue.groups.state_of("reuters-0") is ReviewState.REJECTED
    assert queue.groups.state_of("ap-0") is ReviewState.ACCEPTED
    stack.undo()  # the one-article reject
    assert queue.groups.state_of("reuters-0") is ReviewState.ACCEPTED
    stack.undo()  # the queue's accept
    assert one.candidates.candidate(0).state is ReviewState.PENDING
    assert queue.decisions() == {}


def test_a_queue_decision_alone_leaves_the_document_as_saved(desk, qtbot):
    from timeline_app.ui.review_commands import document_changed

    workspace, _model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    stack.setClean()
    queue = workspace.queue_panel
    queue.select(("candidate", "ap-0"))
    queue.ungroup_selected()
    queue.accept_all()
    assert stack.count() == 2 and not document_changed(stack)
    queue.add_to_timeline()
    assert document_changed(stack)


def test_keys_in_the_queue_decide_there_not_on_the_timeline(window, qtbot):
    # The window's Delete deletes the selected timeline events; in the queue it rejects.
    held = window.model.events()[0]
    window.select_event(held.id)
    count = len(window.model.events())
    reports = [
        Article(
            aid,
            title=f"{aid} report",
            text="The Nova Kakhovka dam was destroyed on 6 June 2023, officials said.",
            publisher=aid,
            published=dt.date(2023, 6, 7),
        )
        for aid in ("Reuters", "AP")
    ]
    workspace = window.articles
    workspace.review_articles(reports)
    assert workspace.show_queue()
    qtbot.waitUntil(lambda: not workspace.runner.is_busy(), timeout=30000)
    panel = workspace.queue_panel
    panel.regroup()
    [group] = [g for g in panel.groups.groups() if len(g.members) == 2]
    panel.select(("group", group.key))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert len(window.model.events()) == count
    assert window.model.event_by_id(held.id) is not None
    assert panel.groups.group_state(group) == "rejected"
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert panel.groups.group_state(group) == "accepted"
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.groups.group_state(group) == "accepted"
    assert len(window.model.events()) == count
    workspace.close_queue()


def test_a_candidate_corrected_in_the_one_article_review_is_added_corrected(desk, qtbot):
    workspace, model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap")])
    read_all(qtbot, workspace)
    one = workspace.review_panel
    assert one.article().id == "reuters"
    corrected = dataclasses.replace(
        one.candidates.candidate(0).event, title="Kakhovka dam blown up"
    )
    one.candidates.replace_event(0, corrected)  # as the editor's OK does
    one.candidates.set_state([0], ReviewState.ACCEPTED)
    workspace.show_queue()
    queue = workspace.queue_panel
    queue.regroup()
    group = queue.groups.group_of("reuters-0")
    assert group.title == "Kakhovka dam blown up"
    assert queue.groups.state_of("reuters-0") is ReviewState.ACCEPTED
    queue.add_to_timeline()
    assert [e.title for e in model.events()] == ["Kakhovka dam blown up"]


def test_a_group_opens_when_a_second_article_joins_it(desk, qtbot):
    workspace, _model, _stack, extractor = desk()
    extractor.hold("ap")
    workspace.review_articles([article("reuters"), article("ap")])
    workspace.show_queue()
    panel = workspace.queue_panel
    qtbot.waitUntil(lambda: len(panel.queued()[0].events) == 1, timeout=10000)
    panel.regroup()
    dam = panel.sorted_groups.index(0, 0)
    assert panel.sorted_groups.rowCount(dam) == 1
    assert not panel.tree.isExpanded(dam)  # one article: nothing to compare
    extractor.release("ap")
    qtbot.waitUntil(lambda: panel.sorted_groups.rowCount(panel.sorted_groups.index(0, 0)) == 2)
    assert panel.tree.isExpanded(panel.sorted_groups.index(0, 0))


def test_accept_all_and_reject_all_leave_decided_groups_alone(desk, qtbot):
    workspace, model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    panel.select(group_key(panel, "Aid convoys reach Kherson"))
    panel.accept_selected()
    panel.reject_rest_button.click()  # the dam, undecided, is rejected; the aid stays accepted
    assert stack.undoText() == "Reject 3 Candidates"
    assert not panel.reject_rest_button.isEnabled() and not panel.accept_new_button.isEnabled()
    panel.add_to_timeline()
    assert [e.title for e in model.events()] == ["Aid convoys reach Kherson"]


def test_a_click_on_a_check_box_decides_through_the_undo_stack(desk, qtbot):
    workspace, _model, stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    group = panel.groups.index_of(group_key(panel, "Nova Kakhovka dam destroyed"))
    assert panel.groups.flags(group) & Qt.ItemFlag.ItemIsUserCheckable
    panel.groups.setData(group, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert panel.groups.data(group) == "Accepted"
    assert panel.groups.data(group, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    child = panel.groups.index_of(("candidate", "ap-0"))
    panel.groups.setData(child, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert panel.groups.data(group) == "1 of 2 accepted"
    assert stack.undoText() == "Reject “Nova Kakhovka dam destroyed”"
    stack.undo()
    assert panel.groups.data(group) == "Accepted"


def test_the_summary_says_what_was_decided_and_what_is_on_the_timeline_already(desk, qtbot):
    workspace, _model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    assert panel.summary_label.text().endswith("4 pending")
    assert panel.select(group_key(panel, "Nova Kakhovka dam destroyed"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert panel.summary_label.text().endswith("3 accepted · 1 pending")
    assert panel.select(group_key(panel, "Aid convoys reach Kherson"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_R)
    assert panel.summary_label.text().endswith("3 accepted · 1 rejected")
    panel.add_button.click()
    # The three mentions are the timeline's now: added, no longer "accepted".
    text = panel.summary_label.text()
    assert text.endswith("1 rejected · 3 already on the timeline")
    assert "accepted" not in text


def test_the_row_picked_in_the_queue_is_a_proposal_until_it_is_on_the_timeline(desk, qtbot):
    workspace, model, _stack, _extractor = desk()
    workspace.review_articles([article("reuters"), article("ap"), article("bbc")])
    workspace.show_queue()
    read_all(qtbot, workspace)
    panel = workspace.queue_panel
    panel.tree.selectionModel().clear()  # whichever row the queue opened on, none picked
    shown = []
    workspace.proposalShown.connect(lambda event, source: shown.append((event, source)))
    assert panel.select(group_key(panel, "Aid convoys reach Kherson"))
    event, source = shown[-1]
    assert event.title == "Aid convoys reach Kherson" and source.id == "bbc"
    assert panel.select(group_key(panel, "Nova Kakhovka dam destroyed"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    panel.add_button.click()
    assert panel.select(group_key(panel, "Nova Kakhovka dam destroyed"))
    # The group's first mention is the timeline event now (the Details show it as such);
    # the others are mentions it holds, no proposals any more.
    [added] = model.events()
    assert shown[-1][0].id == added.id
    panel.tree.expandAll()
    assert panel.select(("candidate", "ap-0"))
    assert panel.picked_proposal() is None
    assert shown[-1] == (None, None)
