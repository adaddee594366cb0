"""The article workspace as an analyst uses it: review a news report, accept its events, add
them in one undoable step, meet duplicates, change the publication date, click evidence."""

import datetime as dt
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor, QUndoStack  # noqa: E402

from timeline_app.core.article_reading import read_any_article  # noqa: E402
from timeline_app.core.dates import When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Event, Origin, SourceRef  # noqa: E402
from timeline_app.core.extraction.temporal import timex_to_when  # noqa: E402
from timeline_app.core.review import ReviewState  # noqa: E402
from timeline_app.core.timex import tag  # noqa: E402
from timeline_app.ui.article_import import article_from_clipboard_text  # noqa: E402
from timeline_app.ui.article_view import ArticleView  # noqa: E402
from timeline_app.ui.article_workspace import ArticleWorkspace  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.extraction_runner import ExtractionRunner  # noqa: E402
from timeline_app.ui.review_list import ReviewColumn  # noqa: E402

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
# AP, 11 September 1998 (TempEval-3 AQUAINT APW19980911.0475, tags stripped).
AP_REPORT = ARTICLES / "APW19980911.0475.txt"


def fake_extract(text, published, *, source_id="", source_name="", cancelled=None):
    """One event per dated line: enough to drive the widgets without the real extractor."""
    events = []
    for timex in tag(text, published):
        when = timex_to_when(timex.value, timex.mod, timex.text, published)
        if when is None:
            continue
        start = text.rfind("\n", 0, timex.start) + 1
        end = text.find("\n", timex.end)
        end = len(text) if end < 0 else end
        ref = SourceRef(
            source_id=source_id,
            name=source_name,
            evidence=text[start:end],
            start=start,
            end=end,
            date_text=timex.text,
        )
        events.append(
            Event(
                id=f"{source_id}-{timex.start}",
                title=text[start:end][:50],
                when=when,
                sources=(ref,),
                origin=Origin.EXTRACTED,
            )
        )
    return events


@pytest.fixture
def make_workspace(qtbot):
    def make(document=None, extract=None):
        model = EventModel(document or TimelineDocument())
        selection = QItemSelectionModel(model, None)
        stack = QUndoStack()
        runner = ExtractionRunner(extract)
        workspace = ArticleWorkspace(model, selection, stack, runner=runner)
        workspace._test_keep = (model, selection, stack, runner)
        qtbot.addWidget(workspace)
        workspace.resize(1200, 700)
        workspace.show()
        qtbot.waitExposed(workspace)
        created.append(runner)
        return workspace, model, selection, stack

    created: list[ExtractionRunner] = []
    yield make
    for runner in created:
        runner.cancel()
        runner.wait(5000)


def wait_idle(qtbot, workspace):
    qtbot.waitUntil(
        lambda: (
            not workspace.runner.is_busy()
            and not workspace.review_panel.is_busy()
            and not workspace.review_panel.marks_pending()
        ),  # the marks follow the list
        timeout=15000,
    )


def ap_article() -> Article:
    return read_any_article(AP_REPORT)


def candidate_with(panel, date_text):
    for candidate in panel.candidates.candidates():
        if candidate.event.sources[0].date_text == date_text:
            return candidate
    raise AssertionError(f"no candidate dated by {date_text!r}")


# --- with the real extractor ------------------------------------------------------------------


def test_review_accept_and_add_in_one_undo_step(make_workspace, qtbot):
    workspace, model, _selection, stack = make_workspace()
    article = ap_article()
    assert (article.publisher, article.published) == ("Associated Press", dt.date(1998, 9, 11))
    workspace.review_article(article)
    assert workspace.is_reviewing()
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    count = panel.candidates.rowCount()
    assert count >= 5
    # The article's dates are tinted, with what they mean in the tooltip.
    assert "Sunday: 6 September 1998 (TIMEX3 DATE 1998-09-06)" in panel.view.date_tooltips()
    assert candidate_with(panel, "Sunday").event.when == When.from_edtf("1998-09-06")
    assert all(c.state is ReviewState.PENDING for c in panel.candidates.candidates())
    assert not panel.add_button.isEnabled()

    panel.accept_all()
    panel.table.selectRow(0)
    panel.reject_selected()
    assert panel.add_button.text() == f"Add {count - 1} Events to Timeline"
    assert panel.candidates.data(panel.candidates.index(0, ReviewColumn.STATE)) == "Rejected"
    decisions = stack.count()  # each decision is an undo step of its own

    added = panel.add_to_timeline()
    assert model.rowCount() == count - 1 == len(added)
    assert stack.count() == decisions + 1
    assert model.article(article.id).publisher == "Associated Press"
    stack.undo()  # one step takes them all away, and the article
    assert model.rowCount() == 0 and model.article(article.id) is None
    stack.redo()
    assert model.rowCount() == count - 1


def test_the_same_article_reviewed_twice_is_not_added_twice(make_workspace, qtbot):
    workspace, model, _selection, stack = make_workspace()
    workspace.review_article(ap_article())
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    panel.accept_all()
    panel.add_to_timeline()
    rows, steps = model.rowCount(), stack.count()
    workspace.close_review()
    assert not workspace.is_reviewing()
    assert workspace.current_article_id() == ap_article().id

    workspace.review_article(ap_article())
    wait_idle(qtbot, workspace)
    candidates = panel.candidates.candidates()
    assert candidates and all(c.is_duplicate and c.on_timeline for c in candidates)
    assert panel.candidates.data(panel.candidates.index(0, ReviewColumn.STATE)) == "On timeline"
    panel.accept_all()
    assert not panel.add_button.isEnabled()
    assert panel.add_to_timeline() == []
    assert model.rowCount() == rows and stack.count() == steps


def test_changing_the_publication_date_moves_relative_dates_and_undoes(make_workspace, qtbot):
    workspace, model, _selection, stack = make_workspace()
    article = ap_article()
    workspace.review_article(article)
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    panel.accept_all()
    panel.add_to_timeline()
    steps = stack.count()
    sunday = candidate_with(panel, "Sunday").event.id
    aug7 = candidate_with(panel, "Aug. 7").event.id

    with qtbot.waitSignal(panel.publicationDateApplied, timeout=15000):
        panel.set_publication_date(dt.date(1998, 9, 14))  # a Monday: "Sunday" is the 13th
    moved = candidate_with(panel, "Sunday")
    assert (moved.moved_from, moved.event.when) == (
        When.from_edtf("1998-09-06"),
        When.from_edtf("1998-09-13"),
    )
    text = panel.candidates.data(
        panel.candidates.index(panel.candidates.row_of(sunday), ReviewColumn.DATE)
    )
    assert text == "6 Sep 1998 → 13 Sep 1998"  # compact in the list, whole in its tooltip
    tip = panel.candidates.data(
        panel.candidates.index(panel.candidates.row_of(sunday), ReviewColumn.DATE),
        Qt.ItemDataRole.ToolTipRole,
    )
    assert tip.startswith("6 September 1998 → 13 September 1998")
    assert candidate_with(panel, "Aug. 7").moved_from is None
    # On the timeline too, as one undo step.
    assert model.event_by_id(sunday).when == When.from_edtf("1998-09-13")
    assert model.event_by_id(aug7).when == When.from_edtf("1998-08-07")
    assert model.article(article.id).published == dt.date(1998, 9, 14)
    assert stack.count() == steps + 1
    assert stack.text(steps).startswith("Change publication date of")

    stack.undo()
    assert model.event_by_id(sunday).when == When.from_edtf("1998-09-06")
    assert model.article(article.id).published == dt.date(1998, 9, 11)
    wait_idle(qtbot, workspace)  # the panel follows the undo
    assert panel.date_edit.published() == dt.date(1998, 9, 11)
    assert candidate_with(panel, "Sunday").event.when == When.from_edtf("1998-09-06")
    assert stack.count() == steps + 1  # following the undo pushed nothing


def test_publication_date_of_a_timeline_article_from_the_list(make_workspace, qtbot):
    workspace, model, _selection, stack = make_workspace()
    article = ap_article()
    workspace.review_article(article)
    wait_idle(qtbot, workspace)
    workspace.review_panel.accept_all()
    workspace.review_panel.add_to_timeline()
    steps = stack.count()
    workspace.close_review()
    sunday = next(e for e in model.events() if e.sources[0].date_text == "Sunday")
    workspace.date_edit.setDate(workspace.date_edit.date().addDays(7))
    workspace.date_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: stack.count() == steps + 1, timeout=15000)
    assert model.event_by_id(sunday.id).when == When.from_edtf("1998-09-13")
    assert "6 September 1998 → 13 September 1998" in workspace.status_label.text()
    assert not workspace.status_label.isHidden()
    stack.undo()
    assert model.event_by_id(sunday.id).when == When.from_edtf("1998-09-06")
    assert workspace.status_label.isHidden()  # "moved" no longer true after the undo
    assert workspace.date_edit.published() == dt.date(1998, 9, 11)


def test_clicking_evidence_selects_the_event(make_workspace, qtbot):
    workspace, model, selection, _stack = make_workspace()
    workspace.review_article(ap_article())
    wait_idle(qtbot, workspace)
    workspace.review_panel.accept_all()
    workspace.review_panel.add_to_timeline()
    workspace.close_review()
    sunday = next(e for e in model.events() if e.sources[0].date_text == "Sunday")
    view = workspace.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(sunday.sources[0].start + 20)
    view.setTextCursor(cursor)
    view.centerCursor()
    point = view.cursorRect(cursor).center()
    with qtbot.waitSignal(workspace.eventSelected) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [sunday.id]
    assert selection.currentIndex().row() == model.row_of(sunday.id)
    # And the other way: selecting an event elsewhere scrolls the article to its evidence.
    other = next(e for e in model.events() if e.sources[0].date_text == "Sept. 2")
    selection.setCurrentIndex(
        model.index(model.row_of(other.id), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert view.focused_event() == other.id


def test_web_page_article_is_reviewed(make_workspace, qtbot):

    workspace, _model, _selection, _stack = make_workspace()
    article = read_any_article(ARTICLES / "port-strike-talks.html")
    workspace.review_article(article)
    wait_idle(qtbot, workspace)
    assert workspace.review_panel.title_label.text() == article.title
    assert workspace.review_panel.candidates.rowCount() >= 1


# --- with a stand-in extractor (always run) ----------------------------------------------------


def test_look_alike_of_a_timeline_event_is_a_duplicate(make_workspace, qtbot):
    article = ap_article()
    existing = Event(
        id="mine",
        title="On Sunday, Tanzanian police and FBI agents said they had",
        when=When.from_edtf("1998-09-06"),
    )
    workspace, model, _selection, stack = make_workspace(
        TimelineDocument(events=[existing]), extract=fake_extract
    )
    workspace.review_article(article)
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    duplicate = candidate_with(panel, "Sunday")
    assert duplicate.duplicate_of == "mine" and duplicate.is_duplicate
    row = panel.candidates.row_of(duplicate.event.id)
    notes = panel.candidates.data(panel.candidates.index(row, ReviewColumn.NOTES))
    assert notes.startswith("Duplicate of “On Sunday, Tanzanian police")
    assert (
        panel.candidates.data(
            panel.candidates.index(row, ReviewColumn.STATE), Qt.ItemDataRole.CheckStateRole
        )
        == Qt.CheckState.Unchecked
    )
    panel.accept_all()  # leaves the duplicate out
    steps = stack.count()
    added = panel.add_to_timeline()
    assert duplicate.event.id not in added
    assert model.rowCount() == 1 + panel.candidates.rowCount() - 1
    assert stack.count() == steps + 1


def test_the_duplicate_note_follows_the_crisis_desk(make_workspace, qtbot):
    # The timeline holds an arrest and a storm, each from another article. The new article
    # tells the release of the same people (another act: not a repeat, however alike the
    # words) and the storm dated a day later (one happening: a repeat, and its source is
    # what it adds).
    held = Article(id="other", title="Earlier report", text="", publisher="Wire")

    def told(event_id, title, day):
        source = SourceRef(source_id="other", name="Wire", evidence=title, start=0, end=9)
        return Event(id=event_id, title=title, when=When.from_edtf(day), sources=(source,))

    document = TimelineDocument(
        events=[
            told("arrest", "Army arrests 12 protesters in Lagos", "2024-05-02"),
            told("storm", "Storm floods coastal villages", "2024-03-04"),
        ],
        sources={"other": held},
    )
    workspace, _model, _selection, _stack = make_workspace(document, extract=fake_extract)
    workspace.review_article(
        article_from_clipboard_text(
            "Lagos and the coast\n\nArmy releases 12 protesters in Lagos May 2, 2024\n"
            "Storm floods coastal villages March 5, 2024\n"
        )
    )
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    release = candidate_with(panel, "May 2, 2024")
    storm = candidate_with(panel, "March 5, 2024")
    assert release.duplicate_of is None and not release.adds
    assert storm.duplicate_of == "storm" and "source for “Storm floods" in storm.adds
    row = panel.candidates.row_of(storm.event.id)
    notes = panel.candidates.data(panel.candidates.index(row, ReviewColumn.NOTES))
    assert notes.startswith("Duplicate of “Storm floods coastal villages”")


def test_edit_a_candidate_before_adding_it(make_workspace, qtbot):
    workspace, model, _selection, _stack = make_workspace(extract=fake_extract)
    workspace.review_article(ap_article())
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    panel.select_candidate(candidate_with(panel, "Sept. 2").event.id)
    editor = panel.edit_selected()
    assert editor is not None
    editor.title_edit.setText("Comoros police raid two homes")
    editor.start_field.setText("3 Sep 1998")
    editor.accept()
    edited = candidate_with(panel, "Sept. 2")
    assert edited.state is ReviewState.ACCEPTED and edited.edited
    assert (edited.event.title, edited.event.when) == (
        "Comoros police raid two homes",
        When.from_edtf("1998-09-03"),
    )
    panel.add_to_timeline()
    assert [e.title for e in model.events()] == ["Comoros police raid two homes"]


def test_many_articles_queue_up_and_cancel(make_workspace, qtbot):
    def slow_extract(*args, **kwargs):
        time.sleep(0.3)
        return fake_extract(*args, **kwargs)

    workspace, _model, _selection, _stack = make_workspace(extract=slow_extract)
    articles = [
        article_from_clipboard_text(f"Report {n}\nTalks resumed on 3 March 2022.") for n in range(4)
    ]
    workspace.review_articles(articles)
    assert workspace.progress.isVisibleTo(workspace)
    assert workspace.queue_label.text() == "3 more articles waiting for review"
    qtbot.waitUntil(lambda: workspace.review_panel.candidates.rowCount() == 1, timeout=5000)
    assert workspace.review_panel.article().title == "Report 0"
    workspace.progress.cancel_button.click()
    wait_idle(qtbot, workspace)
    assert [a.title for a in workspace.queued_articles()] == ["Report 0"]  # read: kept
    workspace.close_review()
    assert not workspace.is_reviewing()


def test_article_from_clipboard_text():
    text = "\r\n  Rebels seize the airport\r\nRebels seized the airport on Monday, officials said."
    article = article_from_clipboard_text(text)
    assert article.title == "Rebels seize the airport"
    assert article.published is None
    assert article.text.startswith("Rebels seize the airport\nRebels seized")
    assert article.id == article_from_clipboard_text(text + "\n").id


def test_article_view_marks_the_right_characters(qtbot):
    # "\r\n" is one character in Qt and an emoji two: offsets into the Python text still fit.
    text = "Smoke 🔥 rose.\r\nTroops left the city on 2 May 2022.\r\nTalks followed."
    start = text.index("Troops")
    end = text.index("\r\nTalks")
    article = Article(id="a9", title="T", text=text, published=dt.date(2022, 5, 3))
    event = Event(
        id="left",
        title="Troops left",
        when=When.from_edtf("2022-05-02"),
        sources=(SourceRef(source_id="a9", evidence=text[start:end], start=start, end=end),),
    )
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article, [event])
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    assert marked == ["Troops left the city on 2 May 2022.", "2 May 2022"]
    assert view.show_evidence(event) and view.focused_event() == "left"
    selections = view.extraSelections()  # kept: the cursors live as long as the list
    inside = selections[0].cursor.selectionStart() + 3
    with qtbot.waitSignal(view.evidenceClicked) as signal:
        view.click_at(inside)
    assert signal.args == ["left"]


def test_date_tooltips_say_what_lengths_and_repeats_are(qtbot):
    text = "Troops crossed on 2 May 2022. Two days later, talks resumed. Patrols run every day."
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(Article(id="a1", title="T", text=text, published=dt.date(2022, 5, 9)))
    tips = view.date_tooltips()
    assert "2 May 2022: 2 May 2022 (TIMEX3 DATE 2022-05-02)" in tips
    assert "Two days: a length of time (TIMEX3 DURATION P2D)" in tips
    assert "every day: a repeated time (TIMEX3 SET P1D)" in tips
