"""Cancel in the window stops the reading of a long article mid-article: the timeline is left
exactly as it was, the status bar says so, and the next article is read at once."""

from __future__ import annotations

import datetime as dt
import threading

from timeline_app.core.events import Article
from timeline_app.core.extraction import extract_events
from timeline_app.ui import extraction_runner

TOWNS = ["Gomel", "Brest", "Mozyr", "Pinsk", "Lida", "Orsha", "Slonim", "Rechitsa"]


def long_article() -> Article:
    """Some 600 sentences of a wire report, each dated, as one article."""
    sentences = []
    for n in range(600):
        town = TOWNS[n % len(TOWNS)]
        day = n % 27 + 1
        sentences.append(
            f"A convoy of {n + 12} trucks reached {town} on {day} January 2022, officials said."
        )
    text = "Troops gather near the border\n\n" + " ".join(sentences)
    return Article(
        "long-report", "Troops gather near the border", text, published=dt.date(2022, 1, 28)
    )


def test_cancel_stops_a_long_article_mid_way_and_leaves_the_timeline_as_it_was(
    window, qtbot, monkeypatch
):
    asked, pressed, checks = threading.Event(), threading.Event(), []

    def extract(text, published, *, cancelled, **names):
        def between_sentences() -> bool:
            checks.append(1)
            if len(checks) == 5:  # some sentences in: the user presses Cancel now
                asked.set()
                pressed.wait(30)
            return cancelled()

        return extract_events(text, published, cancelled=between_sentences, **names)

    monkeypatch.setattr(extraction_runner, "default_extractor", lambda: extract)
    workspace = window.articles
    before = (list(window.model.events()), dict(window.model.document.sources))
    undo = (window.undo_stack.count(), window.undo_stack.index(), window.undo_stack.isClean())

    workspace.review_article(long_article())
    qtbot.waitUntil(asked.is_set, timeout=60_000)
    assert workspace.progress.isVisibleTo(workspace)
    workspace.progress.cancel_button.click()
    pressed.set()
    assert workspace.runner.wait(60_000)

    assert len(checks) == 5  # it stopped at the next sentence, not at the 600th
    assert window.statusBar().currentMessage() == "Extraction cancelled"
    assert (list(window.model.events()), dict(window.model.document.sources)) == before
    assert (window.undo_stack.count(), window.undo_stack.index()) == undo[:2]
    assert window.undo_stack.isClean() == undo[2]
    assert not workspace.is_reviewing() and not workspace.progress.isVisibleTo(workspace)

    # The window goes on working: the next article is read and offered for review.
    short = Article(
        "short-report",
        "Talks resume",
        "Talks resume\n\nTalks resumed in Geneva on 3 February 2022, diplomats said.",
        published=dt.date(2022, 2, 4),
    )
    workspace.review_article(short)
    qtbot.waitUntil(lambda: workspace.review_panel.candidates.rowCount() >= 1, timeout=60_000)
    assert workspace.review_panel.article().id == "short-report"
    assert len(checks) < 5 + 10  # the short article's few sentences: the long one is not resumed
