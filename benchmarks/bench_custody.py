"""How long a desk of many captured sources takes to keep, open and check.

    python benchmarks/bench_custody.py [--articles 10000] [--words 800] [--json]

Builds a document of ``--articles`` made-up articles of ``--words`` words, each captured (its
page's bytes put in the evidence store beside the document) and cited by three events, saves
it, then measures: opening it, the cheap check of every capture (present, of its size) that
runs at once when the window opens it, and the full check (every SHA-256) that runs off the
GUI thread. Target: such a document with 10,000 articles opens in under 2 seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, load_document, save_document
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for

WORDS = [
    "the",
    "army",
    "said",
    "on",
    "Tuesday",
    "that",
    "troops",
    "had",
    "crossed",
    "the",
    "river",
    "near",
    "the",
    "town",
    "after",
    "a",
    "week",
    "of",
    "shelling",
    "officials",
    "told",
    "reporters",
    "in",
    "the",
    "capital",
]


def build(folder: Path, articles: int, words: int) -> tuple[Path, float]:
    """The saved document, and the seconds spent keeping the captures."""
    path = folder / "desk.ctimeline"
    store = EvidenceStore(evidence_folder_for(path))
    rng = random.Random(20241114)
    sources: dict[str, Article] = {}
    events: list[Event] = []
    keeping = 0.0
    for number in range(articles):
        text = " ".join(rng.choice(WORDS) for _ in range(words))
        raw = f"<html><body><p>{text}</p></body></html>".encode()
        started = time.perf_counter()
        sha = store.put(raw)
        keeping += time.perf_counter() - started
        sources[f"a{number}"] = Article(
            f"a{number}",
            f"Report {number}",
            text,
            f"Outlet {number % 40}",
            f"https://news.example/{number}",
            dt.date(2024, 1 + number % 12, 1 + number % 28),
            sha256=sha,
            captured_at="2024-11-14T09:30:00Z",
            requested_url=f"https://news.example/r/{number}",
            server_date="Thu, 14 Nov 2024 09:30:00 GMT",
            content_type="text/html; charset=utf-8",
            size=len(raw),
        )
        for part in range(3):
            events.append(
                Event(
                    f"e{number}-{part}",
                    f"Event {number}.{part}",
                    When(FuzzyDate(2024, 1 + part, 1 + number % 28)),
                    sources=(SourceRef(f"a{number}", "", text[:200], 0, 200),),
                )
            )
    save_document(TimelineDocument("Desk", events, sources), path)
    return path, keeping


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, keeping = build(Path(folder), options.articles, options.words)
        started = time.perf_counter()
        document = load_document(path)
        opened = time.perf_counter() - started
        store = EvidenceStore(evidence_folder_for(path))
        started = time.perf_counter()
        quick = store.verify(document.sources.values(), full=False)
        quick_seconds = time.perf_counter() - started
        started = time.perf_counter()
        full = store.verify(document.sources.values())
        full_seconds = time.perf_counter() - started
        report = {
            "articles": options.articles,
            "events": len(document.events),
            "document_mb": round(path.stat().st_size / 1e6, 1),
            "keep_ms_per_capture": round(1000 * keeping / options.articles, 2),
            "open_s": round(opened, 2),
            "presence_and_size_check_s": round(quick_seconds, 2),
            "full_sha256_check_s": round(full_seconds, 2),
            "problems": len(quick) + len(full),
        }
    if options.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:28} {value}")
    return 0 if report["problems"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
