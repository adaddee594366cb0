"""The timeline document: a JSON file of events and the articles they come from.

Layout (``format`` and ``version`` identify it; unknown keys are ignored so that a document
written by a later minor version still loads)::

    {"format": "crisis-timeline", "version": 2, "title": "...",
     "sources": [{an Article}, ...],
     "events": [{an Event, with "sources": [{a SourceRef}, ...]}, ...]}

An article, an event and a source reference are stored with the keys, in the order and with
the types of their dataclasses' fields (``core/events.py``): the writer and both readers
here are derived from them (``core/field_schema.py``). ``when`` is an EDTF string: ``2014``,
``2021-12-31``, ``2015/..``, ``2022-01-11~``.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson

from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.bounded_read import read_bounded
from timeline_app.core.document_migrations import needs_upgrade, upgrade
from timeline_app.core.event_records import convert_event, convert_events, decode_events
from timeline_app.core.events import Article, Event
from timeline_app.core.field_schema import (
    DocumentError,
    Reader,
    compile_writer,
    read_object,
    schema_of,
)

FORMAT = "crisis-timeline"
# 2: articles keep their custody record (core/evidence_store.py), each source reference its
# own reading of the date, events their Admiralty confidence. Version 1 documents open as
# they are: every field added has a default.
VERSION = 2
EXTENSION = ".ctimeline"
# Refuse before reading: a file this large is not a timeline a person made, and reading it
# whole would take the memory the rest of the machine needs.
MAX_DOCUMENT_BYTES = 1 << 30


@dataclass
class TimelineDocument:
    """Events and the articles they were read from.

    Change a document through its edits (``core/document_edits.py``): they keep the index
    of rows by event id up to date, and each returns the edit that undoes it.
    """

    title: str = ""
    events: list[Event] = field(default_factory=list)
    sources: dict[str, Article] = field(default_factory=dict)
    _rows: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def row_of(self, event_id: str) -> int | None:
        """The row of the event with this id, or None."""
        if len(self._rows) != len(self.events):  # events given or changed without an edit
            self.reindex_from(0)
        row = self._rows.get(event_id)
        if row is not None and self.events[row].id != event_id:
            self.reindex_from(0)
            row = self._rows.get(event_id)
        return row

    def event_by_id(self, event_id: str) -> Event | None:
        row = self.row_of(event_id)
        return None if row is None else self.events[row]

    def reindex_from(self, first: int) -> None:
        """Index the rows of the events from ``first`` on (the edits call it: the rows before
        ``first`` did not change)."""
        rows, events = self._rows, self.events
        if len(rows) > first:  # rows at or after ``first`` moved or went
            self._rows = rows = {key: row for key, row in rows.items() if row < first}
        for row in range(first, len(events)):
            rows[events[row].id] = row


# --- writing --------------------------------------------------------------------------------

# The dicts the document holds for an event and an article, compiled from their schemas.
event_to_dict: Callable[[Event], dict[str, Any]] = compile_writer(schema_of(Event))
article_to_dict: Callable[[Article], dict[str, Any]] = compile_writer(schema_of(Article))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or reading many small objects.

    A million new dicts or events trigger it again and again for nothing (they form no
    cycles), each pass walking every object alive: pausing it halves large loads and saves.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def document_to_bytes(document: TimelineDocument) -> bytes:
    """The document as indented UTF-8 JSON."""
    with gc_paused():
        return _document_to_bytes(document)


def _document_to_bytes(document: TimelineDocument) -> bytes:
    head = {
        "format": FORMAT,
        "version": VERSION,
        "title": document.title,
        "sources": [article_to_dict(a) for a in document.sources.values()],
        "events": [],
    }
    try:
        # orjson writes JSON ~10x faster than the json module, whose indenting encoder is
        # pure Python: it keeps saving and autosaving large timelines quick.
        text = orjson.dumps(head, option=orjson.OPT_INDENT_2)
        if not document.events:
            return text
        # One event per line: the reader parses a large document a batch of lines at a time
        # instead of holding the JSON tree of every event at once, and a change to one event
        # is a change to one line in version control. msgspec writes the lines in one call
        # (half the time of one orjson call per event, the same bytes); JSON never has a raw
        # newline inside a value, so each newline it puts between lines is a separator.
        lines = _LINES.encode_lines([event_to_dict(e) for e in document.events])
        lines = lines[:-1].replace(b"\n", b",\n    ")
    except (orjson.JSONEncodeError, UnicodeEncodeError):
        # Only lone surrogates (from broken pasted text) get here: they are not UTF-8.
        head["events"] = [event_to_dict(e) for e in document.events]
        return json.dumps(head, ensure_ascii=False, indent=2).encode("utf-8", "replace")
    return text.removesuffix(_EMPTY_EVENTS) + _EVENTS_OPEN + lines + _EVENTS_CLOSE


_LINES = msgspec.json.Encoder()
_EMPTY_EVENTS = b'\n  "events": []\n}'
_EVENTS_OPEN = b'\n  "events": [\n    '
_EVENTS_CLOSE = b"\n  ]\n}"


def document_to_json(document: TimelineDocument) -> str:
    return document_to_bytes(document).decode("utf-8")


def save_document(document: TimelineDocument, path: str | os.PathLike) -> None:
    """Write the document atomically, keeping the previous version as ``name~``."""
    write_atomically(path, document_to_bytes(document))


# --- reading --------------------------------------------------------------------------------


def _read_article(data: Any, number: int) -> Article:
    return read_object(_ARTICLE, Reader(data, f"source {number}"))


def _read_event(data: Any, number: int) -> Event:
    return read_object(_EVENT, Reader(data, f"event {number}"))


_ARTICLE = schema_of(Article)
_EVENT = schema_of(Event)


def document_from_json(text: str | bytes, progress: Progress | None = None) -> TimelineDocument:
    """Parse and validate a document; DocumentError names the first problem and its place.

    ``progress(fraction)`` is called now and then while the events are read (it may raise to
    stop the reading).
    """
    with gc_paused():
        return _document_from_json(text, progress)


def _document_from_json(text: str | bytes, progress: Progress | None = None) -> TimelineDocument:
    if isinstance(text, bytes):
        document = _read_by_lines(text, progress)
        if document is not None:
            return document
    data = _parse(text)
    version = _version_of(data)
    upgrade(data, version, VERSION)
    title, sources = _read_head(data)
    if not isinstance(data.get("events", []), list):
        raise DocumentError('field "events": expected a list')
    items = data.get("events", [])
    if progress is not None:
        progress(_PARSED)
    events: list[Event] = []
    for start in range(0, len(items), _PROGRESS_EVERY):
        chunk = items[start : start + _PROGRESS_EVERY]
        events += _read_events(chunk, start + 1)
        # Let the parsed entries go as their events are made: the load then never holds
        # both in full (hundreds of MB at 100,000 events).
        done = start + len(chunk)
        items[start:done] = [None] * len(chunk)
        del chunk
        if progress is not None:
            progress(_PARSED + (1 - _PARSED) * done / len(items))
    return _document(title, events, sources)


def _parse(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        if "depth limit" in error.msg or "recursion" in error.msg:
            raise DocumentError("it is nested too deeply to be a timeline document") from None
        raise DocumentError(
            f"it is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None


def _version_of(data: Any) -> int:
    """The format version of a parsed document, after checking that this app reads it."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DocumentError('it is not a Crisis Timeline document (no "format": "crisis-timeline")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DocumentError('field "version": expected a whole number')
    if version > VERSION:
        raise DocumentError(
            f"it was written by a newer Crisis Timeline (document version {version}; "
            f"this one reads up to {VERSION}): update the app to open it"
        )
    return version


def _read_head(data: Any) -> tuple[str, dict[str, Article]]:
    """The title and the articles of a parsed, checked and upgraded document."""
    title = Reader(data, "the document").text("title")
    if not isinstance(data.get("sources", []), list):
        raise DocumentError('field "sources": expected a list')
    sources: dict[str, Article] = {}
    for number, item in enumerate(data.get("sources", []), start=1):
        article = _read_article(item, number)
        if article.id in sources:
            raise DocumentError(f'source {number}: the id "{article.id}" is used twice')
        sources[article.id] = article
    return title, sources


def _read_events(items: list[Any], first_number: int) -> list[Event]:
    events = convert_events(items)
    if events is not None:
        return events
    # One is unusual: read each plainly valid one fast, the others the careful way (which
    # explains the problem, or reads what is valid but not plain, such as a null text).
    return [
        convert_event(item) or _read_event(item, number)
        for number, item in enumerate(items, start=first_number)
    ]


def _document(title: str, events: list[Event], sources: dict[str, Article]) -> TimelineDocument:
    ids = {event.id for event in events}
    if len(ids) != len(events):
        seen: set[str] = set()
        for number, event in enumerate(events, start=1):
            if event.id in seen:
                raise DocumentError(f'event {number}: the id "{event.id}" is used twice')
            seen.add(event.id)
    return TimelineDocument(title=title, events=events, sources=sources)


_BATCH_BYTES = 1 << 20


def _read_by_lines(raw: bytes, progress: Progress | None) -> TimelineDocument | None:
    """Read a document laid out as this module writes it (one event per line) a batch of
    lines at a time, so that only one batch's JSON tree exists at once: a third of the
    memory of parsing the whole file. None for any other layout or for any doubt, which
    the whole-file parse then reads or explains.

    Exactness: the marker line holds a raw newline, which JSON allows only between tokens;
    the head is parsed with a random text in place of the events, which must come back as
    the document's own "events"; each batch is whole lines parsed as a list of at least
    one value, and the batches joined with commas are the original array.
    """
    opening = raw.find(_EVENTS_OPEN)
    body = opening + len(_EVENTS_OPEN) - 4  # the first line's indentation belongs to it
    end = len(raw)
    while end and raw[end - 1] in b" \t\r\n":  # an editor's final newline (no copy of raw)
        end -= 1
    close = end - len(_EVENTS_CLOSE)
    if opening < 0 or close <= body or not raw.endswith(_EVENTS_CLOSE, 0, end):
        return None
    placeholder = os.urandom(12).hex()
    try:
        head = orjson.loads(raw[:opening] + b'\n  "events": "' + placeholder.encode() + b'"}')
    except orjson.JSONDecodeError:
        return None
    if type(head) is not dict or head.get("events") != placeholder:
        return None
    if needs_upgrade(_version_of(head), VERSION):  # upgrades work on the whole parse
        return None
    title, sources = _read_head(head)
    events: list[Event] = []
    position = body
    while position < close:
        cut = raw.find(b"\n", min(position + _BATCH_BYTES, close))
        cut = close if cut < 0 or cut > close else cut
        batch = raw[position:cut].rstrip()
        last = cut >= close
        if batch.endswith(b",") == last:  # a comma must end each batch but the last
            return None
        array = b"[" + (batch if last else batch[:-1]) + b"]"
        decoded = decode_events(array)
        if decoded is None:  # something unusual: the careful reader finds and names it
            try:
                items = orjson.loads(array)
            except orjson.JSONDecodeError:
                return None
            decoded = _read_events(items, len(events) + 1)
            del items
        if not decoded:
            return None
        events += decoded
        position = cut
        if progress is not None:
            progress((position - body) / (close - body))
    return _document(title, events, sources)


Progress = Callable[[float], None]
_PARSED = 0.25  # about the share of a load that the JSON parse takes
_PROGRESS_EVERY = 5000


def load_document(path: str | os.PathLike, progress: Progress | None = None) -> TimelineDocument:
    """Read a document file; every failure is a DocumentError whose message names the file.

    ``progress(fraction)`` is called now and then (see ``document_from_json``)."""
    path = Path(path)
    raw = read_bounded(path, MAX_DOCUMENT_BYTES, DocumentError, "a timeline document")
    # JSON is UTF-8, but Windows editors save "Unicode" as UTF-16 with a byte-order mark.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text: str | bytes = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError(f"{path.name}: it claims to be UTF-16 text but is not") from None
    else:
        text = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return document_from_json(text, progress)
    except DocumentError as error:
        if isinstance(text, bytes):
            try:  # orjson does not say where bad bytes are; a person deserves to know
                text.decode("utf-8")
            except UnicodeDecodeError as bad:
                raise DocumentError(
                    f"{path.name}: it is not a timeline document "
                    f"(not UTF-8 text at byte {bad.start})"
                ) from None
        raise DocumentError(f"{path.name}: {error}") from None
