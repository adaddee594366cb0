"""docs/corroborated-event.png: the detail pane of one happening told by three outlets, gathered
by ``merge_into`` into one event: how many sources and how many independent, the suggested
grade and why, and each source's own reading of the date, two of them disagreeing with the
third.

The articles are made up here; Reuters is rated B (usually reliable) for the shot:

    QT_QPA_PLATFORM=offscreen python docs/make_corroboration_screenshot.py [OUT.png]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core.corroboration import merge_into
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef
from timeline_app.ui.app import application
from timeline_app.ui.main_window import MainWindow

REPORTS = [
    (
        "Reuters",
        "Dam on the Dnipro destroyed, flooding feared",
        "The Nova Kakhovka dam was destroyed early on Tuesday, Ukraine's military said.",
        "Ukraine's military",
        Attribution.REPORTED,
        6,
        "early on Tuesday",
    ),
    (
        "Associated Press",
        "Thousands flee as Kakhovka dam bursts",
        "The Kakhovka dam burst on Tuesday, sending water through dozens of villages, "
        "regional governor Oleksandr Prokudin said.",
        "Oleksandr Prokudin",
        Attribution.REPORTED,
        6,
        "on Tuesday",
    ),
    (
        "BBC News",
        "Kakhovka dam: what we know",
        "The dam at Nova Kakhovka was destroyed overnight into Wednesday, according to "
        "local residents.",
        "local residents",
        Attribution.REPORTED,
        7,
        "overnight into Wednesday",
    ),
]


def desk() -> tuple[TimelineDocument, str]:
    articles, events = {}, []
    for n, (outlet, headline, quote, who, attribution, day, phrase) in enumerate(REPORTS):
        article_id = f"a{n}"
        articles[article_id] = Article(
            article_id, headline, quote, outlet, published=dt.date(2023, 6, 7)
        )
        ref = SourceRef(article_id, outlet, quote, 0, len(quote), attribution, who, phrase)
        events.append(
            Event(
                f"e{n}",
                "Nova Kakhovka dam destroyed",
                When(FuzzyDate(2023, 6, day)),
                category="explosion",
                actors=("Ukraine",),
                location="Nova Kakhovka",
                origin=Origin.EXTRACTED,
                sources=(ref,),
            )
        )
    merged = merge_into([], events, articles, {"Reuters": "B"})
    return TimelineDocument("Kakhovka", merged.events, articles), merged.events[0].id


def main() -> int:
    out = Path(
        sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("corroborated-event.png")
    )
    app = application()
    app.setStyle("Fusion")
    window = MainWindow(interactive=False, remember=False)
    window.resize(1500, 1000)
    document, event_id = desk()
    window.set_document(document, None)
    window.show()
    window.select_event(event_id)
    window.resizeDocks([window.details_dock], [520], Qt.Orientation.Horizontal)
    for _ in range(20):
        app.processEvents()
    window.details.grab().save(str(out))
    window.undo_stack.setClean()
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
