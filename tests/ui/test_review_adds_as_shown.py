"""What the one-article review says a candidate adds is what Add does with it: a candidate
shown as new becomes an event of its own, and one shown as a second source joins that event,
whichever of the other candidates the user accepted."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Event, Origin, SourceRef
from timeline_app.core.review import ReviewState
from timeline_app.ui.review_list import ReviewColumn

GAZETTE = Article("gazette", title="Port fees", publisher="Gazette", published=dt.date(2031, 5, 8))
COURIER = Article(
    "courier",
    title="Harbour board votes on fees",
    text="The harbour board raised port fees on Tuesday.",
    publisher="Courier",
    published=dt.date(2031, 5, 8),
)
TUESDAY = When(FuzzyDate(2031, 5, 6))


def told(eid: str, title: str, article: Article, evidence: str, **fields) -> Event:
    source = SourceRef(
        source_id=article.id, name=article.publisher, evidence=evidence, start=0, end=9
    )
    return Event(eid, title, TUESDAY, actors=("Harbour board",), sources=(source,), **fields)


def test_a_candidate_shown_as_new_is_added_as_new_whatever_else_was_accepted(qtbot, window):
    fees = told(
        "fees",
        "Harbour board raises port fees",
        GAZETTE,
        "The harbour board raised port fees by a tenth on Tuesday.",
    )
    window.set_document(TimelineDocument("Port", [fees], {GAZETTE.id: GAZETTE}), None)
    # Two candidates that could each be a second source for the board's fee rise; the first
    # takes it, so the second is shown as new.
    candidates = [
        told(
            "c1",
            "Harbour board raises port fees by a tenth",
            COURIER,
            "The harbour board raised port fees by a tenth on Tuesday, its chair said.",
            origin=Origin.EXTRACTED,
        ),
        told(
            "c2",
            "Harbour board raises fees for ferries",
            COURIER,
            "The harbour board also raised port fees for ferries on Tuesday.",
            origin=Origin.EXTRACTED,
        ),
    ]
    window.articles_dock.show()
    window.articles.pages.setCurrentIndex(1)
    panel = window.articles.review_panel
    panel.review(COURIER, candidates)
    qtbot.waitUntil(lambda: panel.candidates.rowCount() == 2)
    qtbot.waitUntil(lambda: not panel.marks_pending())  # the marks follow the list
    notes = {
        panel.candidates.candidate(row).event.id: panel.candidates.index(
            row, ReviewColumn.NOTES
        ).data()
        or ""
        for row in range(2)
    }
    assert "a second source for “Harbour board raises port fees”" in notes["c1"], notes
    assert "source for" not in notes["c2"], notes

    # The user keeps only the second; the Add does what its note said: a new event.
    panel.candidates.set_state([0], ReviewState.REJECTED)
    panel.candidates.set_state([1], ReviewState.ACCEPTED)
    panel.add_to_timeline()
    assert window.model.event_by_id("fees") == fees
    added = window.model.event_by_id("c2")
    assert added is not None and [s.source_id for s in added.sources] == ["courier"]


def test_a_candidate_shown_as_a_second_source_joins_that_event(qtbot, window):
    fees = told(
        "fees",
        "Harbour board raises port fees",
        GAZETTE,
        "The harbour board raised port fees by a tenth on Tuesday.",
    )
    window.set_document(TimelineDocument("Port", [fees], {GAZETTE.id: GAZETTE}), None)
    candidate = told(
        "c1",
        "Harbour board raises port fees by a tenth",
        COURIER,
        "The harbour board raised port fees by a tenth on Tuesday, its chair said.",
        origin=Origin.EXTRACTED,
    )
    window.articles_dock.show()
    window.articles.pages.setCurrentIndex(1)
    panel = window.articles.review_panel
    panel.review(COURIER, [candidate])
    qtbot.waitUntil(lambda: panel.candidates.rowCount() == 1)
    qtbot.waitUntil(lambda: not panel.marks_pending())  # the marks follow the list
    assert "a second source for" in (panel.candidates.index(0, ReviewColumn.NOTES).data() or "")
    panel.candidates.set_state([0], ReviewState.ACCEPTED)
    panel.add_to_timeline()
    held = window.model.event_by_id("fees")
    assert [s.source_id for s in held.sources] == ["gazette", "courier"]
    assert window.model.event_by_id("c1") is None
