"""The timeline document: a JSON file of events and the articles they come from.

Layout (``format`` and ``version`` identify it; unknown keys are ignored so that a document
written by a later minor version still loads)::

    {"format": "crisis-timeline", "version": 1, "title": "...",
     "sources": [{"id", "title", "text", "publisher", "url", "published", "language"}],
     "events": [{"id", "title", "when", "description", "category", "actors", "location",
                 "origin", "sources": [{"source_id", "name", "evidence", "start", "end",
                                        "attribution", "attributed_to", "date_text"}],
                 "conflicts_with", "conflict_note", "tags"}]}

``when`` is an EDTF string: ``2014``, ``2021-12-31``, ``2015/..``, ``2022-01-11~``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any

import msgspec
import orjson

from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.bounded_read import read_bounded
from timeline_app.core.dates import DateError
from timeline_app.core.event_records import decode_events, when_from_edtf
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef

FORMAT = "crisis-timeline"
VERSION = 1
EXTENSION = ".ctimeline"
# Refuse before reading: a file this large is not a timeline a person made, and reading it
# whole would take the memory the rest of the machine needs.
MAX_DOCUMENT_BYTES = 1 << 30


class DocumentError(ValueError):
    """A document that cannot be read; the message names the file and the place."""


@dataclass
class TimelineDocument:
    """Events and the articles they were read from."""

    title: str = ""
    events: list[Event] = field(default_factory=list)
    sources: dict[str, Article] = field(default_factory=dict)


# --- writing --------------------------------------------------------------------------------


def _source_ref_dict(ref: SourceRef) -> dict[str, Any]:
    return {
        "source_id": ref.source_id,
        "name": ref.name,
        "evidence": ref.evidence,
        "start": ref.start,
        "end": ref.end,
        "attribution": ref.attribution,  # a StrEnum: serialised as its text
        "attributed_to": ref.attributed_to,
        "date_text": ref.date_text,
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when.to_edtf(),
        "description": event.description,
        "category": event.category,
        "actors": list(event.actors),
        "location": event.location,
        "origin": event.origin,
        "sources": [_source_ref_dict(ref) for ref in event.sources],
        "conflicts_with": list(event.conflicts_with),
        "conflict_note": event.conflict_note,
        "tags": list(event.tags),
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
    }


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


class _Reader:
    """Reads one JSON object, naming the place of the first problem in its error.

    The place is formatted only when there is a problem: loading 100,000 events must not
    format 100,000 messages that nobody reads.
    """

    __slots__ = ("data", "_what", "_number", "_index")

    def __init__(self, data: Any, what: str, number: int = 0, index: int = 0) -> None:
        self.data, self._what, self._number, self._index = data, what, number, index
        if type(data) is not dict:
            raise DocumentError(f"{self.place} is not an object")

    @property
    def place(self) -> str:
        if self._what == "reference":
            return f"event {self._number}, source reference {self._index}"
        return f"{self._what} {self._number}" if self._number else self._what

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.data.get(key)
        if type(value) is str:
            return value
        if value is None:
            if required:
                raise DocumentError(f'{self.place} has no "{key}"')
            return default
        raise DocumentError(f'{self.place}, field "{key}": expected text, found {_kind(value)}')

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if not value:
            return ()
        if type(value) is not list or any(type(v) is not str for v in value):
            raise DocumentError(f'{self.place}, field "{key}": expected a list of texts')
        return tuple(value)

    def offset(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if type(value) is not int or value < 0:
            raise DocumentError(f'{self.place}, field "{key}": expected a character offset')
        return value

    def choice(self, key: str, kind, default):
        value = self.text(key, default=default.value)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise DocumentError(
                f'{self.place}, field "{key}": "{value}" is not one of {allowed}'
            ) from None


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        str: "text",
    }.get(type(value), type(value).__name__)


def _read_article(data: Any, number: int) -> Article:
    reader = _Reader(data, "source", number)
    published_text = reader.text("published")
    published = None
    if published_text:
        try:
            published = dt.date.fromisoformat(published_text)
        except ValueError:
            raise DocumentError(
                f'source {number}, field "published": "{published_text}" is not a date '
                "like 2022-01-18"
            ) from None
    return Article(
        id=reader.text("id", required=True),
        title=reader.text("title"),
        text=reader.text("text"),
        publisher=reader.text("publisher"),
        url=reader.text("url"),
        published=published,
        language=reader.text("language", default="en"),
    )


def _read_event(data: Any, number: int) -> Event:
    reader = _Reader(data, "event", number)
    title = reader.text("title", required=True)
    if not title.strip():
        raise DocumentError(f'event {number}, field "title": the title is empty')
    when_text = reader.text("when", required=True)
    try:
        when = when_from_edtf(when_text)
    except DateError as error:
        raise DocumentError(f'event {number}, field "when": {error}') from None
    refs = data.get("sources") or []
    if type(refs) is not list:
        raise DocumentError(f'event {number}, field "sources": expected a list')
    sources = []
    for index, ref_data in enumerate(refs, start=1):
        ref = _Reader(ref_data, "reference", number, index)
        sources.append(
            SourceRef(
                source_id=ref.text("source_id"),
                name=ref.text("name"),
                evidence=ref.text("evidence"),
                start=ref.offset("start"),
                end=ref.offset("end"),
                attribution=ref.choice("attribution", Attribution, Attribution.STATED),
                attributed_to=ref.text("attributed_to"),
                date_text=ref.text("date_text"),
            )
        )
    return Event(
        id=reader.text("id", required=True),
        title=title,
        when=when,
        description=reader.text("description"),
        category=reader.text("category"),
        actors=reader.texts("actors"),
        location=reader.text("location"),
        sources=tuple(sources),
        origin=reader.choice("origin", Origin, Origin.MANUAL),
        conflicts_with=reader.texts("conflicts_with"),
        conflict_note=reader.text("conflict_note"),
        tags=reader.texts("tags"),
    )


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


def _read_head(data: Any) -> tuple[str, dict[str, Article]]:
    """The title and the articles of a parsed document, after checking what it is."""
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
    title = _Reader(data, "the document").text("title")
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
    return [
        _read_event_fast(item) or _read_event(item, number)
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
_REF_TEXTS = ("source_id", "name", "evidence", "attributed_to", "date_text")
_EVENT_TEXTS = ("description", "category", "location", "conflict_note")
_ATTRIBUTIONS = {member.value: member for member in Attribution}
_ORIGINS = {member.value: member for member in Origin}
_EVENT_TUPLES = ("actors", "conflicts_with", "tags")


def _plain_texts(get: Callable[[str], Any], keys: tuple[str, ...]) -> list[str] | None:
    """The text fields ``keys`` (missing = ""), or None if one is not text (the slow reader
    then names the problem)."""
    texts = []
    for key in keys:
        value = get(key)
        if value is None:
            value = ""
        elif type(value) is not str:
            return None
        texts.append(value)
    return texts


def _read_event_fast(data: Any) -> Event | None:
    """The event of a well-formed entry, checked field by field without the bookkeeping that
    names the place of a problem; None for anything unusual, which ``_read_event`` then reads
    (and explains). Four times faster: 100,000 events open in well under a second."""
    if type(data) is not dict:
        return None
    get = data.get
    title, when_text, event_id = get("title"), get("when"), get("id")
    if (
        type(title) is not str
        or type(when_text) is not str
        or type(event_id) is not str
        or not title.strip()
    ):
        return None
    texts = _plain_texts(get, _EVENT_TEXTS)
    if texts is None:
        return None
    tuples = []
    for key in _EVENT_TUPLES:
        value = get(key)
        if not value:
            tuples.append(())
            continue
        if type(value) is not list:
            return None
        for item in value:
            if type(item) is not str:
                return None
        tuples.append(tuple(value))
    origin = get("origin")
    origin = Origin.MANUAL if origin is None else _ORIGINS.get(origin)
    if origin is None:
        return None
    refs = get("sources") or []
    if type(refs) is not list:
        return None
    sources = []
    for ref in refs:
        if type(ref) is not dict:
            return None
        ref_get = ref.get
        values = _plain_texts(ref_get, _REF_TEXTS)
        if values is None:
            return None
        start, end = ref_get("start"), ref_get("end")
        if (start is not None and (type(start) is not int or start < 0)) or (
            end is not None and (type(end) is not int or end < 0)
        ):
            return None
        attribution = ref_get("attribution")
        attribution = Attribution.STATED if attribution is None else _ATTRIBUTIONS.get(attribution)
        if attribution is None:
            return None
        evidence = values[2]
        if evidence == texts[0]:  # an extracted event's description is often its evidence
            evidence = texts[0]
        sources.append(
            SourceRef(
                intern(values[0]),
                intern(values[1]),
                evidence,
                start,
                end,
                attribution,
                intern(values[3]),
                values[4],
            )
        )
    try:
        when = when_from_edtf(when_text)
    except DateError:
        return None
    # Categories, places, actor and source names repeat across thousands of events: one
    # string each instead of one per event saves a fifth of a large timeline's memory.
    return Event(
        event_id,
        title,
        when,
        texts[0],
        intern(texts[1]),
        tuple(map(intern, tuples[0])),
        intern(texts[2]),
        tuple(sources),
        origin,
        tuples[1],
        texts[3],
        tuples[2],
    )


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
