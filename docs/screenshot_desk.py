"""What the README's screenshot scripts share: a window to shoot (offscreen, Fusion, no saved
preferences), the made-up desk of outlets telling one dam's destruction, the Wikinews trial
articles read as prose, and the grab itself.

The scripts run from the repository root (``python docs/make_….py``); this module puts the
repository on the path so that they import the app and the benchmarks' corpus reader.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.core.corroboration import merge_into  # noqa: E402
from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef  # noqa: E402

# Three outlets telling the Kakhovka dam's destruction, one a day later than the others:
# (outlet, headline, quote, who said it, attribution, day of June 2023, the date's words).
DAM_REPORTS = [
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


def shot_window(width: int, height: int):
    """(app, window): the main window at this size, offscreen-safe, Fusion style, with no
    preferences remembered (a picture never depends on whoever runs the script)."""
    from timeline_app.ui.app import application
    from timeline_app.ui.main_window import MainWindow

    app = application()
    app.setStyle("Fusion")
    window = MainWindow(interactive=False, remember=False)
    window.resize(width, height)
    return app, window


def settle(app, seconds: float = 0.3) -> None:
    """Let layouts, dock sizes and deferred paints arrive (they take a few passes)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(widget, out: Path, window) -> None:
    """Grab the widget to ``out`` and close the window without a save prompt."""
    widget.grab().save(str(out))
    window.undo_stack.setClean()
    # an article left under review would be asked about on closing (a modal question)
    window.articles.close_queue()
    window.close()
    print(out)


def dam_desk(reliability: dict[str, str] | None = None) -> tuple[TimelineDocument, str]:
    """The three outlets' reports gathered by ``merge_into`` into one event: the document and
    that event's id."""
    articles, events = {}, []
    for n, (outlet, headline, quote, who, attribution, day, phrase) in enumerate(DAM_REPORTS):
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
    merged = merge_into([], events, articles, reliability or {})
    return TimelineDocument("Kakhovka", merged.events, articles), merged.events[0].id


def wikinews_articles(names: Sequence[str]) -> list[Article]:
    """Wikinews trial articles (SemEval-2015 Task 4, CC BY 2.5) by the start of their file
    name ("18315" for 18315-Apple_executive_Steve.tml), as prose with their date and title,
    read by the corroboration benchmark's reader."""
    from benchmarks.bench_corroboration import DEFAULT_CORPUS, read_article

    folder = DEFAULT_CORPUS / "articles"
    found = []
    for name in names:
        paths = sorted(folder.glob(f"{name}[-_]*.tml"))
        if not paths:
            raise SystemExit(f"no Wikinews trial article {name} in {folder}")
        found.append(read_article(paths[0]).article)
    return found
