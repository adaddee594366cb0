"""The timeline document saves atomically, loads what it saved, and names the first problem."""

import datetime as dt
import json

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
    document_to_json,
    load_document,
    save_document,
)
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef


def sample_document() -> TimelineDocument:
    article = Article("a1", "Weapon and men towards Ukraine", "Text of the article.",
                      "Atlas of Wars", "https://example.org/a", dt.date(2022, 1, 18))
    ref = SourceRef("a1", "Atlas of Wars", "Text of the article.", 0, 20,
                    Attribution.REPORTED, "CBC", "Dec. 31")
    events = [
        Event("e1", "Russia invades Crimea", When(FuzzyDate(2014)), category="military",
              actors=("Russia", "Ukraine"), location="Crimea", sources=(ref,),
              origin=Origin.EXTRACTED),
        Event("e2", "British troops train Ukraine's forces", When(FuzzyDate(2015), ongoing=True)),
        Event("e3", "Joly and Blinken meet", When(FuzzyDate(2021, 12, 31)),
              conflicts_with=("e4",), conflict_note="Also dated about 11 January 2022"),
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
        (lambda d: d["events"][0]["sources"][0].update(attribution="rumoured"),
         "source reference 1, field \"attribution\""),
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
    event = Event("x", title if title.strip() else "t", When(FuzzyDate(2022, 1)),
                  description=description,
                  location=location, actors=tuple(actors))
    document = TimelineDocument(title, [event])
    assert document_from_json(document_to_json(document)) == document


@settings(max_examples=100)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_ever_raise_document_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "x.ctimeline"
    path.write_bytes(data)
    with pytest.raises(DocumentError):
        load_document(path)
