"""docs/capture-record.png: the detail pane of an event told by two captured sources, each with
its quote and its capture record (when, the address asked for and the one that answered, the
server's dates, the SHA-256 shortened with the whole value in a tooltip).

The sources are made up here and saved with their evidence in a temporary folder:

    QT_QPA_PLATFORM=offscreen python docs/make_custody_screenshot.py [OUT.png]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from screenshot_desk import save, settle, shot_window

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Article, Attribution, Event, SourceRef
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for

SOURCES = [
    (
        "Dam repairs begin after a week of shelling",
        "Kyiv Daily",
        "http://kyivdaily.example/r/8812",
        "https://www.kyivdaily.example/news/2024/11/14/dam-repairs",
        "Engineers began repairing the dam on Thursday, the ministry said.",
        "the ministry",
    ),
    (
        "Officials: dam repairs under way",
        "Wire Service",
        "https://wire.example/story/dam",
        "https://wire.example/story/dam",
        "Repairs to the dam started on Thursday, according to officials.",
        "officials",
    ),
]


def desk(folder: Path) -> Path:
    path = folder / "dam.ctimeline"
    store = EvidenceStore(evidence_folder_for(path))
    articles, refs = {}, []
    for number, (title, outlet, asked, answered, quote, who) in enumerate(SOURCES, start=1):
        raw = f"<html><head><title>{title}</title></head><body><p>{quote}</p></body></html>"
        sha = store.put(raw.encode())
        articles[f"s{number}"] = Article(
            f"s{number}",
            title,
            quote,
            outlet,
            answered,
            dt.date(2024, 11, 14),
            sha256=sha,
            captured_at="2024-11-14T09:30:12Z",
            requested_url=asked,
            server_date="Thu, 14 Nov 2024 09:30:12 GMT",
            last_modified="Thu, 14 Nov 2024 07:58:40 GMT" if number == 1 else "",
            content_type="text/html; charset=utf-8",
            size=len(raw.encode()),
        )
        refs.append(
            SourceRef(f"s{number}", outlet, quote, 0, len(quote), Attribution.REPORTED, who)
        )
    event = Event(
        "dam",
        "Dam repairs begin",
        When(FuzzyDate(2024, 11, 14)),
        category="infrastructure",
        sources=tuple(refs),
    )
    save_document(TimelineDocument("Dam", [event], articles), path)
    return path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("capture-record.png"))
    app, window = shot_window(1500, 950)
    window.open_file(desk(Path(tempfile.mkdtemp())))
    window.show()
    window.select_event("dam")
    settle(app)
    save(window.details, out, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
