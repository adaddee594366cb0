"""The document format is derived from the dataclasses: the writer, the careful reader and the
typed fast readers agree on every event, and a new field needs no other change."""

from __future__ import annotations

import dataclasses
import json
from enum import StrEnum

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import DocumentError, _read_event, event_to_dict
from timeline_app.core.event_records import convert_event, convert_events, decode_events
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.field_schema import (
    Reader,
    compile_record_reader,
    compile_writer,
    read_object,
    record_type,
    schema_of,
    storage,
)

_texts = st.one_of(st.sampled_from(["", " ", "Kyiv", "Talks"]), st.text(max_size=8))
_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 30),
    st.floats(allow_nan=False, allow_infinity=False),
    _texts,
    st.lists(_texts, max_size=3),
    st.sampled_from(["2014", "2021-12-31", "2015/..", "2022-01~", "2021-02-30", "someday"]),
    st.sampled_from(["manual", "extracted", "imported", "stated", "denied", "rumoured"]),
    st.dictionaries(_texts, st.integers(), max_size=2),
)
_ref_keys = [f.name for f in dataclasses.fields(SourceRef)] + ["later"]
_references = st.dictionaries(st.sampled_from(_ref_keys), _values, max_size=9)
_event_keys = [f.name for f in dataclasses.fields(Event)] + ["later"]
_events = st.fixed_dictionaries(
    {"id": _texts, "title": _texts, "when": st.sampled_from(["2014", "2022-01-17", "x"])},
    optional={
        key: st.one_of(_values, st.lists(st.one_of(_references, _values), max_size=3))
        for key in _event_keys
        if key not in ("id", "title", "when")
    },
)


def _careful(item: object) -> Event | str:
    try:
        return _read_event(item, 1)
    except DocumentError as error:
        return str(error)


@settings(max_examples=400, deadline=None)
@given(_events)
def test_the_fast_readers_read_exactly_what_the_careful_reader_reads(item):
    careful = _careful(item)
    for fast in (convert_event(item), (decode_events(json.dumps([item]).encode()) or [None])[0]):
        if fast is not None:  # the fast readers may leave an entry to the careful one
            assert fast == careful
    if isinstance(careful, str):
        assert convert_events([item]) is None


@settings(max_examples=100, deadline=None)
@given(_events)
def test_what_the_careful_reader_accepts_is_written_back_the_same(item):
    careful = _careful(item)
    if isinstance(careful, Event):
        written = event_to_dict(careful)
        assert list(written) == [f.name for f in dataclasses.fields(Event)]
        assert _read_event(json.loads(json.dumps(written)), 1) == careful
        assert convert_event(json.loads(json.dumps(written))) == careful


def test_a_plain_event_is_read_fast():
    event = Event("e1", "Talks", When(FuzzyDate(2022, 1)), sources=(SourceRef(name="BBC"),))
    assert convert_event(event_to_dict(event)) == event
    assert decode_events(orjson.dumps([event_to_dict(event)])) == [event]


class Mood(StrEnum):
    CALM = "calm"
    TENSE = "tense"


@dataclasses.dataclass(slots=True)
class Note:
    text: str = ""
    page: int | None = dataclasses.field(default=None, metadata=storage(what="a page number"))


@dataclasses.dataclass(slots=True)
class Entry:
    """A value object as a later version might add: every kind of field, a renamed key."""

    id: str
    when: When
    mood: Mood = Mood.CALM
    people: tuple[str, ...] = dataclasses.field(default=(), metadata=storage(shared=True))
    notes: tuple[Note, ...] = dataclasses.field(default=(), metadata=storage(item="note"))
    colour: str = dataclasses.field(default="grey", metadata=storage(key="color"))


def test_a_new_dataclass_gets_a_writer_and_both_readers_from_its_fields():
    schema = schema_of(Entry)
    entry = Entry("x", When(FuzzyDate(2020)), Mood.TENSE, ("A",), (Note("n", 3),), "red")
    written = compile_writer(schema)(entry)
    assert written == {
        "id": "x",
        "when": "2020",
        "mood": "tense",
        "people": ["A"],
        "notes": [{"text": "n", "page": 3}],
        "color": "red",
    }
    parsed = json.loads(json.dumps(written))
    assert read_object(schema, Reader(parsed, "entry 1")) == entry
    fast = compile_record_reader(schema)
    import msgspec

    assert fast(msgspec.json.decode(json.dumps(written), type=record_type(schema))) == entry


def test_a_document_without_a_new_field_opens_with_its_default():
    entry = read_object(schema_of(Entry), Reader({"id": "x", "when": "2020"}, "entry 1"))
    assert entry == Entry("x", When(FuzzyDate(2020)))
    assert entry.colour == "grey"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"when": "2020"}, 'entry 1 has no "id"'),
        ({"id": "x", "when": "2020", "mood": "angry"}, '"angry" is not one of calm, tense'),
        (
            {"id": "x", "when": "2020", "notes": [{"page": -1}]},
            'entry 1, note 1, field "page": expected a page number',
        ),
        ({"id": "x", "when": "2020", "color": 3}, 'field "color": expected text, found a number'),
    ],
)
def test_the_careful_reader_of_a_new_dataclass_names_the_place(data, message):
    with pytest.raises(DocumentError, match=message):
        read_object(schema_of(Entry), Reader(data, "entry 1"))


def test_a_field_of_a_type_the_format_cannot_hold_is_refused_at_once():
    @dataclasses.dataclass
    class Odd:
        weight: float = 0.0

    with pytest.raises(TypeError, match="no document kind"):
        schema_of(Odd)
