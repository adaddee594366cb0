"""Each broken document in tests/data/bad_documents gives its own clear message, never a crash."""

from pathlib import Path

import pytest

from timeline_app.core.document import DocumentError, load_document

FOLDER = Path(__file__).parents[1] / "data" / "bad_documents"

EXPECTED = {
    "truncated.ctimeline": "not valid JSON (line 1",
    "csv-renamed.ctimeline": "not valid JSON",
    "wrong-type-title.ctimeline": 'event 1, field "title": expected text, found a list',
    "future-version.ctimeline": "newer Crisis Timeline (document version 7",
    "missing-id.ctimeline": 'event 2 has no "id"',
    "duplicate-id.ctimeline": 'event 2: the id "e1" is used twice',
    "unknown-date.ctimeline": 'event 1, field "when": "sometime" is not an EDTF date',
    "end-before-start.ctimeline": 'event 1, field "when": the end (31 December 2021) is before',
    "version-as-text.ctimeline": 'field "version": expected a whole number',
    "binary.ctimeline": "not a timeline document (not UTF-8 text",
    "empty.ctimeline": "not valid JSON",
    "year-zero.ctimeline": "outside the years 1 to 9999",
    "events-not-a-list.ctimeline": 'field "events": expected a list',
    "deep.ctimeline": "nested too deeply",
}


def test_every_bad_document_has_an_expected_message():
    assert sorted(EXPECTED) == sorted(
        p.name for p in FOLDER.iterdir() if p.name != "utf16.ctimeline"
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_document_gives_a_clear_message_naming_the_file(name):
    with pytest.raises(DocumentError) as error:
        load_document(FOLDER / name)
    message = str(error.value)
    assert message.startswith(name), message
    assert EXPECTED[name] in message
    assert "\n" not in message


def test_a_utf16_document_with_a_byte_order_mark_opens():
    document = load_document(FOLDER / "utf16.ctimeline")
    assert document.title == "Кризис"
    assert [e.title for e in document.events] == ["Войска"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.ctimeline"
    with path.open("wb") as stream:  # sparse: 3 GB on paper, nothing on disk
        stream.truncate(3 * 2**30)
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(DocumentError, match="is 3 GiB, larger than the 1 GiB limit for a time"):
        load_document(path)
    assert read == []
