"""Arbitrary JSON as a document's events, or arbitrary bytes as its file: DocumentError only.

Event-shaped dictionaries (the real keys, odd values) get past the first checks that
random JSON never passes.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.document import (
    DocumentError,
    TimelineDocument,
    document_from_json,
    load_document,
)

SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
_EVENT_KEYS = [
    "id",
    "title",
    "when",
    "description",
    "category",
    "actors",
    "location",
    "origin",
    "sources",
    "conflicts_with",
    "conflict_note",
    "tags",
]
_REF_KEYS = [
    "source_id",
    "name",
    "evidence",
    "start",
    "end",
    "attribution",
    "attributed_to",
    "date_text",
]
_WHENS = [
    "2014",
    "2021-12-31",
    "2015/..",
    "2022-01-11~",
    "0000",
    "2021-02-30",
    "2015/2014",
    "9999-12-31T23:59",
    "10000",
    "2014/",
    "/2014",
    "..",
    "",
    " 2014 ",
    "2014-1",
    "x",
]
field_values = st.one_of(
    json_values,
    st.sampled_from(_WHENS),
    st.sampled_from(["manual", "extracted", "imported", "stated", "claimed", "nope"]),
    st.integers(-5, 50),
)
references = st.dictionaries(st.sampled_from(_REF_KEYS), field_values, max_size=8)
event_like = st.dictionaries(
    st.sampled_from(_EVENT_KEYS),
    st.one_of(field_values, st.lists(references, max_size=3)),
    max_size=12,
)
events_data = st.one_of(json_values, st.lists(st.one_of(event_like, json_values), max_size=6))


@settings(max_examples=300, deadline=None)
@given(events_data, st.one_of(st.just([]), json_values))
def test_arbitrary_json_as_events_only_raises_document_error(events, sources):
    text = json.dumps(
        {"format": "crisis-timeline", "version": 1, "events": events, "sources": sources}
    )
    try:
        document = document_from_json(text)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(document, TimelineDocument)
    for event in document.events:
        assert event.title.strip() and event.id


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_arbitrary_json_as_a_whole_document_only_raises_document_error(data):
    with contextlib.suppress(DocumentError):
        document_from_json(json.dumps(data))


@SLOW_OK
@given(st.binary(max_size=2000))
@example(b'{"format": "crisis-timeline", "version": 1, "events": [' + b"[" * 3000 + b"]")
@example(b"\xff\xfe" + '{"format": "crisis-timeline", "version": 1}'.encode("utf-16-le"))
def test_arbitrary_bytes_as_a_document_file_only_raise_document_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("doc") / "x.ctimeline"
    path.write_bytes(data)
    try:
        load_document(path)
    except DocumentError as error:
        assert "x.ctimeline" in str(error)


@pytest.mark.skipif(
    not Path("/dev/zero").exists() or sys.platform != "linux",
    reason="needs /dev/zero and RLIMIT_AS",
)
def test_an_endless_device_named_like_a_document_is_refused(tmp_path):
    path = tmp_path / "zero.ctimeline"
    path.symlink_to("/dev/zero")
    # In a child with its memory capped, so that the bug costs a MemoryError, not the machine.
    code = textwrap.dedent("""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from timeline_app.core.document import load_document
        try:
            load_document(sys.argv[1])
        except BaseException as error:
            print(type(error).__name__)
    """)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "DocumentError", done.stdout + done.stderr[-500:]
