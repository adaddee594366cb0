"""Recovery files whatever they hold: never a crash at launch, and always written.

find_recoveries runs when the app starts: a damaged header must not keep it from starting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import DocumentError, TimelineDocument
from timeline_app.core.events import Article, Event
from timeline_app.core.recovery import find_recoveries, load_recovery, write_recovery

SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_a_document_with_lone_surrogates_still_reaches_the_recovery_file(tmp_path):
    # A title read from an article's JSON metadata may hold one ("\ud800" is valid JSON).
    document = TimelineDocument(
        "Talks \ud800 begin",
        [Event("e1", "Ceasefire \udfff", When(FuzzyDate(2022, 3, 3)))],
        {"a1": Article("a1", "Broken \ud800 title", "text")},
    )
    path = write_recovery(tmp_path, "session", document, None)
    os.utime(path)  # written by this (living) process: read it as another one's would be
    restored = load_recovery(path)
    assert [e.title for e in restored.events] == ["Ceasefire ?"]
    assert restored.title == "Talks ? begin"


@SLOW_OK
@given(st.binary(max_size=400))
@example(b'{"format": "crisis-timeline-recovery", "pid": -1, "saved_at": 5, "event_count": "x"}')
@example(
    b'{"format": "crisis-timeline-recovery", "pid": -1, "saved_at": "2022-01-01T10:00:00", '
    b'"event_count": 1e400}\n{}'
)
@example(b'{"format": "crisis-timeline-recovery", "pid": 1.5, "title": ["x"]}\n')
@example(b'{"format": "crisis-timeline-recovery", "pid": -1, "event_count": [1]}\n')
def test_arbitrary_recovery_files_are_skipped_or_offered_never_fatal(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("recovery")
    (folder / "junk.ctimeline-recovery").write_bytes(data)
    for recovery in find_recoveries(folder):
        assert isinstance(recovery.saved_at, dt.datetime)
        assert isinstance(recovery.event_count, int) and isinstance(recovery.title, str)
        with contextlib.suppress(DocumentError):
            load_recovery(recovery.path)


def test_recovery_files_with_odd_headers_are_all_offered_in_order(tmp_path):
    headers = [
        {"saved_at": "2022-01-01T10:00:00+05:00", "document_path": 5, "event_count": True},
        {"saved_at": "2022-01-02T10:00:00", "document_path": "", "event_count": -3},
        {"saved_at": "yesterday", "title": None, "event_count": 2},
    ]
    for number, header in enumerate(headers):
        header.update({"format": "crisis-timeline-recovery", "pid": -1})
        (tmp_path / f"s{number}.ctimeline-recovery").write_text(json.dumps(header) + "\n{}")
    found = find_recoveries(tmp_path)
    assert sorted(r.path.name for r in found) == [
        "s0.ctimeline-recovery",
        "s1.ctimeline-recovery",
        "s2.ctimeline-recovery",
    ]
    assert all(r.document_path is None for r in found)
    assert all(r.event_count in (0, 2) for r in found)
