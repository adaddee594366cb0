"""The timeline document saves atomically, loads what it saved, and names the first problem."""

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import (
    FORMAT,
    VERSION,
    DocumentError,
    TimelineDocument,
    document_from_json,
    document_to_bytes,
    document_to_json,
    load_document,
    save_document,
)
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef


def sample_document() -> TimelineDocument:
    article = Article(
        "a1",
        "Weapon and men towards Ukraine",
        "Text of the article.",
        "Atlas of Wars",
        "https://example.org/a",
        dt.date(2022, 1, 18),
    )
    ref = SourceRef(
        "a1", "Atlas of Wars", "Text of the article.", 0, 20, Attribution.REPORTED, "CBC", "Dec. 31"
    )
    events = [
        Event(
            "e1",
            "Russia invades Crimea",
            When(FuzzyDate(2014)),
            category="military",
            actors=("Russia", "Ukraine"),
            location="Crimea",
            sources=(ref,),
            origin=Origin.EXTRACTED,
        ),
        Event("e2", "British troops train Ukraine's forces", When(FuzzyDate(2015), ongoing=True)),
        Event(
            "e3",
            "Joly and Blinken meet",
            When(FuzzyDate(2021, 12, 31)),
            conflicts_with=("e4",),
            conflict_note="Also dated about 11 January 2022",
        ),
        Event("e4", "Canada offers help", When(FuzzyDate(2022, 1, 11, approximate=True))),
    ]
    return TimelineDocument("Ukraine 2022", events, {"a1": article})


def test_save_then_load_gives_back_the_same_document(tmp_path):
    path = tmp_path / "ukraine.ctimeline"
    document = sample_document()
    save_document(document, path)
    assert load_document(path) == document


def test_saving_again_keeps_the_previous_version_as_a_backup(tmp_path):
    path = tmp_path / "ukraine.ctimeline"
    first = sample_document()
    save_document(first, path)
    second = TimelineDocument("changed", first.events[:1], first.sources)
    save_document(second, path)
    assert load_document(path).title == "changed"
    assert load_document(tmp_path / "ukraine.ctimeline~").title == "Ukraine 2022"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_failed_save_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "ukraine.ctimeline"
    save_document(sample_document(), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline_app.core.document.os.replace", broken_replace)
    with pytest.raises(OSError):
        save_document(TimelineDocument("new"), path)
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _with(change) -> str:
    data = json.loads(document_to_json(sample_document()))
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["events"][1].pop("title"), 'event 2 has no "title"'),
        (lambda d: d["events"][0].update(when="2021-13-01"), 'event 1, field "when"'),
        (lambda d: d["events"][2].update(when="yesterday"), 'event 3, field "when"'),
        (lambda d: d["events"][0].update(actors="Russia"), 'event 1, field "actors"'),
        (lambda d: d["events"][0].update(title=5), 'event 1, field "title": expected text'),
        (lambda d: d["events"][3].update(id="e1"), 'event 4: the id "e1" is used twice'),
        (
            lambda d: d["events"][0]["sources"][0].update(attribution="rumoured"),
            'source reference 1, field "attribution"',
        ),
        (lambda d: d["sources"][0].update(published="18/01/2022"), 'source 1, field "published"'),
        (lambda d: d.update(version=VERSION + 1), "newer Crisis Timeline"),
        (lambda d: d.update(format="something"), "not a Crisis Timeline document"),
        (lambda d: d.update(events={}), 'field "events": expected a list'),
    ],
)
def test_loading_reports_the_first_problem_and_its_place(change, fragment):
    with pytest.raises(DocumentError, match=fragment):
        document_from_json(_with(change))


def test_unknown_keys_from_a_later_minor_version_are_ignored():
    text = _with(lambda d: (d.update(extra=1), d["events"][0].update(colour="red")))
    assert document_from_json(text) == sample_document()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"format": "crisis-timeline", "version": 1, "events": [', "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\xfd", "not a timeline document"),
        (b"", "not valid JSON"),
        (b"[1, 2, 3]", "not a Crisis Timeline document"),
    ],
)
def test_broken_files_give_a_clear_message_naming_the_file(tmp_path, content, fragment):
    path = tmp_path / "broken.ctimeline"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=fragment) as error:
        load_document(path)
    assert "broken.ctimeline" in str(error.value)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        load_document(tmp_path / "gone.ctimeline")


def test_the_file_names_its_format_and_version(tmp_path):
    data = json.loads(document_to_json(sample_document()))
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["events"][1]["when"] == "2015/.."


texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=50)
@given(texts, texts, texts, st.lists(texts, max_size=3))
def test_any_text_round_trips_through_the_document(title, description, location, actors):
    event = Event(
        "x",
        title if title.strip() else "t",
        When(FuzzyDate(2022, 1)),
        description=description,
        location=location,
        actors=tuple(actors),
    )
    document = TimelineDocument(title, [event])
    assert document_from_json(document_to_json(document)) == document


@settings(max_examples=100)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_ever_raise_document_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "x.ctimeline"
    path.write_bytes(data)
    with pytest.raises(DocumentError):
        load_document(path)


# --- large documents are read a batch of lines at a time ----------------------------------


def many_events(count: int) -> TimelineDocument:
    document = sample_document()
    tricky = 'quote " brace }, bracket ],\nnew line, tab\t, "events": [ and ünïcödé 🚀'
    events = [
        Event(
            f"n{i}",
            f"Event {i}",
            When(FuzzyDate(2000 + i % 20, 1 + i % 12)),
            description=tricky if i % 7 == 0 else "",
            actors=("Russia",) * (i % 3),
        )
        for i in range(count)
    ]
    return TimelineDocument(document.title, document.events + events, document.sources)


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of about 1 KB, so a few hundred events span many of them."""
    import timeline_app.core.document as module

    monkeypatch.setattr(module, "_BATCH_BYTES", 1024)
    return module


def test_a_saved_document_has_one_event_per_line(tmp_path):
    path = tmp_path / "t.ctimeline"
    document = many_events(30)
    save_document(document, path)
    lines = path.read_bytes().splitlines()
    event_lines = [line for line in lines if line.startswith(b'    {"id":')]
    assert len(event_lines) == len(document.events)
    assert [json.loads(line.rstrip(b","))["id"] for line in event_lines] == [
        e.id for e in document.events
    ]


def test_reading_in_batches_gives_what_the_whole_parse_gives(tmp_path, small_batches):
    path = tmp_path / "t.ctimeline"
    document = many_events(400)
    save_document(document, path)
    raw = path.read_bytes()
    progress: list[float] = []
    by_lines = small_batches._read_by_lines(raw, progress.append)
    assert by_lines is not None, "the layout this module writes must be read by lines"
    assert len(progress) > 20 and progress == sorted(progress) and progress[-1] == 1.0
    assert by_lines == document
    assert small_batches._read_by_lines(raw + b"\n", None) == document  # an editor's newline
    assert load_document(path) == document
    whole = document_from_json(json.dumps(json.loads(raw), indent=None))  # no line layout
    assert whole == document


def test_a_problem_deep_in_a_batched_document_names_its_event(tmp_path, small_batches):
    path = tmp_path / "t.ctimeline"
    save_document(many_events(300), path)
    raw = path.read_bytes()
    broken = raw.replace(b'"when":"2005-02"', b'"when":"someday"', 1)
    number = next(
        i
        for i, e in enumerate(many_events(300).events, start=1)
        if e.when == When(FuzzyDate(2005, 2))
    )
    path.write_bytes(broken)
    with pytest.raises(DocumentError, match=f'event {number}, field "when"'):
        load_document(path)


@pytest.mark.parametrize(
    "edit",
    [
        # events written over two lines each: batches cut inside events
        lambda raw: raw.replace(b',"title":', b',\n"title":'),
        # blank lines between events
        lambda raw: raw.replace(b',\n    {"id":"n99"', b',\n\n\n    {"id":"n99"', 1),
        # what the typed fast reader does not take but the careful one does: null for text,
        # a missing origin, a number where nothing is expected
        lambda raw: raw.replace(b'"location":""', b'"location":null', 3),
        lambda raw: raw.replace(b',"origin":"manual"', b"", 5),
        lambda raw: raw.replace(b'"tags":[]', b'"tags":[],"later":{"x":[1,2.5]}', 4),
        # an "events" key also inside an article, laid out like the real one
        lambda raw: raw.replace(
            b'"sources": [\n', b'"sources": [\n{"id": "x",\n  "events": [\n    1\n  ]\n}, ', 1
        ),
    ],
)
@pytest.mark.parametrize("batch_bytes", [1, 1024])  # 1: every line is a batch of its own
def test_hand_edited_layouts_still_load_exactly(
    tmp_path, small_batches, edit, batch_bytes, monkeypatch
):
    monkeypatch.setattr(small_batches, "_BATCH_BYTES", batch_bytes)
    path = tmp_path / "t.ctimeline"
    document = many_events(300)
    save_document(document, path)
    edited = edit(path.read_bytes())
    path.write_bytes(edited)
    try:
        expected = document_from_json(edited.decode("utf-8"))  # str: always the whole parse
    except DocumentError as error:
        with pytest.raises(DocumentError, match=str(error).split(":")[0]):
            load_document(path)
    else:
        assert load_document(path) == expected


@pytest.mark.parametrize(
    "edit, fragment",
    [
        (lambda raw: raw.replace(b"\n  ]\n}", b",\n  ]\n}"), "not valid JSON"),  # trailing comma
        (lambda raw: raw.replace(b'"n120"', b'"n12', 1), "not valid JSON"),
        (
            lambda raw: raw.replace(b'"version": %d' % VERSION, b'"version": 9', 1),
            "newer Crisis Timeline",
        ),
        (lambda raw: raw.replace(b'"id":"n7"', b'"id":"n6"', 1), 'the id "n6" is used twice'),
    ],
)
def test_a_broken_batched_document_is_refused_as_the_whole_parse_refuses_it(
    tmp_path, small_batches, edit, fragment
):
    path = tmp_path / "t.ctimeline"
    save_document(many_events(300), path)
    path.write_bytes(edit(path.read_bytes()))
    with pytest.raises(DocumentError, match=fragment):
        load_document(path)


_DAMAGE_SOURCE = document_to_json(many_events(60)).encode("utf-8")


@settings(max_examples=300)
@given(st.data())
def test_a_damaged_document_reads_by_lines_as_the_whole_parse_reads_it(data):
    """Any byte changed, cut or doubled: the batched reader opens exactly what the whole-file
    parse opens, and refuses what it refuses."""
    import timeline_app.core.document as module

    raw = _DAMAGE_SOURCE
    where = data.draw(st.integers(0, len(raw) - 1))
    how = data.draw(st.sampled_from(["replace", "delete", "double"]))
    if how == "replace":
        damaged = raw[:where] + bytes([data.draw(st.integers(0, 255))]) + raw[where + 1 :]
    elif how == "delete":
        damaged = raw[:where] + raw[where + 1 :]
    else:
        damaged = raw[:where] + raw[where : where + 1] * 2 + raw[where + 1 :]
    by_lines = module._read_by_lines
    module._read_by_lines = lambda raw, progress: None  # the whole-file parse alone
    try:
        whole = document_from_json(damaged)
    except DocumentError:
        whole = None
    finally:
        module._read_by_lines = by_lines
    saved = module._BATCH_BYTES
    module._BATCH_BYTES = data.draw(st.sampled_from([1, 300, 1 << 20]))
    try:
        if whole is None:
            with pytest.raises(DocumentError):
                document_from_json(damaged)
        else:
            assert document_from_json(damaged) == whole
    finally:
        module._BATCH_BYTES = saved


def test_the_fast_reader_knows_every_field_the_writer_writes():
    """The typed records skip keys they do not know: a field added to the writer but not to
    them would be dropped on open without a word."""
    import msgspec

    from timeline_app.core.document import event_to_dict
    from timeline_app.core.event_records import _Record, _Ref

    written = event_to_dict(sample_document().events[0])
    assert set(written) == {f.name for f in msgspec.structs.fields(_Record)}
    assert set(written["sources"][0]) == {f.name for f in msgspec.structs.fields(_Ref)}


# --- the format stays what it was ---------------------------------------------------------

DOCUMENTS = Path(__file__).parents[1] / "data" / "documents"


def every_field_document() -> TimelineDocument:
    """Every field of every kind, with and without its default: what version-1.ctimeline
    holds (written by the app before the format was derived from the schema)."""
    article = Article(
        "a1",
        "Weapon and men towards Ukraine",
        'Text of the article, with "quotes".',
        "Atlas of Wars",
        "https://example.org/a",
        dt.date(2022, 1, 18),
        "en",
    )
    ref = SourceRef(
        "a1", "Atlas of Wars", "Text of the article.", 0, 20, Attribution.REPORTED, "CBC", "Dec. 31"
    )
    return TimelineDocument(
        "Ukraine 2022 — “test”",
        [
            Event(
                "e1",
                "Russia invades Crimea",
                When(FuzzyDate(2014)),
                description="Text of the article.",
                category="military",
                actors=("Russia", "Ukraine"),
                location="Crimea",
                sources=(ref, SourceRef(name="BBC")),
                origin=Origin.EXTRACTED,
                tags=("war", "ünïcödé 🚀"),
            ),
            Event(
                "e2",
                "British troops train Ukraine's forces",
                When(FuzzyDate(2015), ongoing=True),
                origin=Origin.IMPORTED,
            ),
            Event(
                "e3",
                "Joly and Blinken meet",
                When(FuzzyDate(2021, 12, 31)),
                conflicts_with=("e4",),
                conflict_note="Also dated about 11 January 2022",
                sources=(
                    SourceRef(
                        "a1",
                        evidence="denied",
                        attribution=Attribution.DENIED,
                        attributed_to="Kremlin",
                    ),
                ),
            ),
            Event(
                "e4",
                "Canada offers help",
                When(FuzzyDate(2022, 1, 11, approximate=True)),
                description='quote " brace }, bracket ],\nnew line, tab\t, "events": [ and </script>',
            ),
            Event(
                "e5",
                "Talks",
                When(FuzzyDate(2022, 1, 10), FuzzyDate(2022, 1, 12, uncertain=True)),
                sources=(SourceRef(attribution=Attribution.CLAIMED, start=5, end=9),),
            ),
        ],
        {"a1": article, "a2": Article("a2")},
    )


def every_field_document_v2() -> TimelineDocument:
    """Version 2's fields added to every_field_document, each with and without its default:
    what version-2.ctimeline holds."""
    document = every_field_document()
    captured = dataclasses.replace(
        document.sources["a1"],
        sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        captured_at="2024-11-14T09:30:00Z",
        requested_url="http://example.org/a?utm=x",
        server_date="Thu, 14 Nov 2024 09:30:00 GMT",
        last_modified="Wed, 13 Nov 2024 18:02:11 GMT",
        content_type="text/html; charset=utf-8",
        size=4,
    )
    copy = Article("a3", "Weapon and men towards Ukraine", copy_of="a1", size=0)
    events = list(document.events)
    first = events[0]
    own_date = dataclasses.replace(first.sources[0], when=When(FuzzyDate(2014, 2, 27)))
    events[0] = dataclasses.replace(
        first,
        sources=(own_date, first.sources[1]),
        confidence="B2",
        confidence_note="two independent sources",
        confidence_set_by_hand=True,
    )
    events[2] = dataclasses.replace(events[2], confidence="F6")
    sources = {"a1": captured, "a2": document.sources["a2"], "a3": copy}
    return TimelineDocument(document.title, events, sources)


def test_the_same_document_is_written_byte_for_byte_as_before():
    expected = (DOCUMENTS / "version-2.ctimeline").read_bytes()
    assert document_to_json(every_field_document_v2()).encode("utf-8") == expected
    assert load_document(DOCUMENTS / "version-2.ctimeline") == every_field_document_v2()


def test_a_version_1_document_opens_with_the_defaults_of_version_2():
    document = load_document(DOCUMENTS / "version-1.ctimeline")
    assert document.sources["a1"].sha256 == "" and document.sources["a1"].size is None
    assert document.events[0].sources[0].when is None
    assert document.events[0].confidence == "" and not document.events[0].confidence_set_by_hand
    saved = json.loads(document_to_json(document))
    assert saved["version"] == VERSION == 2


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["sources"][0].update(size=-1), 'source 1, field "size": expected a size'),
        (lambda d: d["sources"][0].update(sha256=12), 'source 1, field "sha256": expected text'),
        (
            lambda d: d["events"][0].update(confidence_set_by_hand="yes"),
            'event 1, field "confidence_set_by_hand": expected true or false',
        ),
        (
            lambda d: d["events"][0]["sources"][0].update(when="the other day"),
            'event 1, source reference 1, field "when"',
        ),
    ],
)
def test_a_bad_version_2_field_is_named(change, fragment):
    data = json.loads(document_to_json(every_field_document_v2()))
    change(data)
    with pytest.raises(DocumentError, match=fragment):
        document_from_json(json.dumps(data))
    with pytest.raises(DocumentError, match=fragment):  # the batched, typed way in too
        document_from_json(json.dumps(data, indent=2).encode())


def test_a_source_without_its_own_date_is_null_or_empty():
    data = json.loads(document_to_json(every_field_document_v2()))
    assert data["events"][0]["sources"][0]["when"] == "2014-02-27"
    assert data["events"][0]["sources"][1]["when"] is None
    data["events"][0]["sources"][1]["when"] = ""
    assert document_from_json(json.dumps(data)) == every_field_document_v2()


def test_a_version_1_document_opens_as_before():
    assert load_document(DOCUMENTS / "version-1.ctimeline") == every_field_document()
    whole = json.loads((DOCUMENTS / "version-1.ctimeline").read_bytes())
    assert document_from_json(json.dumps(whole, indent=4)) == every_field_document()


def test_text_with_lone_surrogates_is_written_as_before():
    """Broken pasted text cannot be UTF-8: it is written with ? in its place, as before."""
    ref = every_field_document().events[0].sources[0]
    broken = TimelineDocument(
        "pasted \ud800 text",
        [
            Event(
                "s1",
                "Lone \udfff half",
                When(FuzzyDate(2020, 2)),
                actors=("A\ud83d",),
                sources=(ref,),
            )
        ],
        {"a1": every_field_document().sources["a1"]},
    )
    expected = (DOCUMENTS / "version-2-lone-surrogates.ctimeline").read_bytes()
    assert document_to_bytes(broken) == expected
    assert load_document(DOCUMENTS / "version-1-lone-surrogates.ctimeline") == load_document(
        DOCUMENTS / "version-2-lone-surrogates.ctimeline"
    )


@pytest.mark.parametrize("layout", ["lines", "whole"])
def test_a_document_of_an_earlier_version_is_upgraded_before_it_is_read(monkeypatch, layout):
    """When a field changes meaning, VERSION goes up and one registered step upgrades the
    documents written before (here: version 2 keeps the place in "place")."""
    import timeline_app.core.document as module
    from timeline_app.core import document_migrations

    old = (DOCUMENTS / "version-1.ctimeline").read_bytes()
    monkeypatch.setattr(module, "VERSION", 2)
    monkeypatch.setattr(document_migrations, "STEPS", {})
    document_migrations.upgrade_from(1)(_rename_location)
    text = old if layout == "lines" else old.decode("utf-8")
    upgraded = document_from_json(text)
    assert [e.location for e in upgraded.events] == ["Crimea (v1)", *[" (v1)"] * 4]
    monkeypatch.setitem(document_migrations.STEPS, 1, lambda data: data["nothing"]["here"])
    with pytest.raises(DocumentError, match="could not be upgraded from document version 1"):
        document_from_json(text)


def _rename_location(data: dict) -> None:
    for item in data["events"]:
        item["location"] = item["location"] + " (v1)"
