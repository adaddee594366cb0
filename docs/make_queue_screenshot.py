"""docs/review-queue.png: the Review Queue of the Articles pane with four Wikinews reports
waiting (SemEval-2015 trial data, CC BY 2.5), their candidates gathered by happening, newest
first. The timeline already holds the report of Steve Jobs' medical leave (17677), so the
later reports' mentions of it say what they add ("a second source for …").

    QT_QPA_PLATFORM=offscreen python docs/make_queue_screenshot.py [OUT.png]
    convert docs/review-queue.png -strip -colors 160 docs/review-queue.png   # a third the size
"""

from __future__ import annotations

import sys
from pathlib import Path

from screenshot_desk import save, settle, shot_window, wikinews_articles

from timeline_app.core.corroboration import merge_into
from timeline_app.core.document import TimelineDocument
from timeline_app.core.extraction import extract_events

ON_TIMELINE = ["17677"]  # Apple Inc. CEO Steve Jobs on medical leave (17 January 2011)
WAITING = ["18315", "18355", "17036", "17174"]  # resigns; dies; free cases; executive leaves
SHOWN = "Steve Jobs chooses to step down from his post as CEO"


def timeline() -> TimelineDocument:
    """The report already reviewed: its events as the one-article review adds them."""
    articles = {a.id: a for a in wikinews_articles(ON_TIMELINE)}
    events = [
        event
        for article in articles.values()
        for event in extract_events(
            article.text, article.published, source_id=article.id, source_name=article.publisher
        )
    ]
    return TimelineDocument("Apple", merge_into([], events, articles).events, articles)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("review-queue.png"))
    app, window = shot_window(1500, 950)
    window.set_document(timeline(), None)
    window.show()
    workspace = window.articles
    workspace.review_articles(wikinews_articles(WAITING))
    workspace.show_queue()
    while workspace.runner.is_busy():
        settle(app, 0.2)
    dock = window.articles_dock
    dock.setFloating(True)
    dock.resize(1700, 900)
    settle(app)
    panel = workspace.queue_panel
    panel.regroup()
    panel.splitter.setSizes([1250, 440])
    # Decided so far: the resignation told by two reports, and what adds to the timeline.
    for group in panel.groups.groups():
        if group.title == SHOWN or group.joins is not None:
            panel.select(("group", group.key))
            panel.accept_selected()
    group = next(g for g in panel.groups.groups() if g.title == SHOWN)
    panel.select(("candidate", group.members[-1].event.id))
    panel.tree.scrollToTop()
    settle(app)
    save(dock, out, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
