"""File > Import CSV reads TimelineJS's template too, told apart by its header (issue 12: the
app refused its own TimelineJS export with "the column start is missing")."""

from __future__ import annotations

import pytest

from timeline_app.core.csv_format import CsvError, export_csv
from timeline_app.core.sheet_import import import_sheet
from timeline_app.core.timelinejs import export_timelinejs_csv


def test_the_apps_own_timelinejs_sheet_is_imported(tmp_path, make_document):
    events = make_document().events
    path = tmp_path / "timeline.csv"
    export_timelinejs_csv(events, path, title="Crisis")
    result = import_sheet(path)
    assert [(e.title, e.when) for e in result.events] == [(e.title, e.when) for e in events]
    assert result.source_name == "timeline.csv"


def test_a_plain_csv_is_still_read_as_one(tmp_path, make_document):
    events = make_document().events
    path = tmp_path / "events.csv"
    export_csv(events, path)
    by_date = sorted(events, key=lambda e: e.when.start_ordinal)
    assert [e.id for e in import_sheet(path).events] == [e.id for e in by_date]


def test_a_csv_with_neither_layout_names_the_missing_column(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("headline,place\nA,Kyiv\n", encoding="utf-8")
    with pytest.raises(CsvError, match="the column start is missing"):
        import_sheet(path)


def test_timelinejs_json_is_imported_too(tmp_path, make_document):
    from timeline_app.core.timelinejs import export_timelinejs_json

    events = make_document().events
    path = tmp_path / "timeline.json"
    export_timelinejs_json(events, path, title="Crisis")
    result = import_sheet(path)
    assert [(e.title, e.when) for e in result.events] == [(e.title, e.when) for e in events]


def test_json_that_is_not_timelinejs_is_refused_by_name(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(CsvError, match="other.json: this is not TimelineJS JSON"):
        import_sheet(path)


@pytest.mark.parametrize(
    ("slides", "column"),
    [
        ('[{"start_date": {"year": "abc"}, "text": {"headline": "A"}}]', "Year"),
        ('[{"start_date": [2014], "text": {"headline": "A"}}]', "Year"),
        ('[{"start_date": {"year": "2014", "hour": "noon"}, "text": {"headline": "A"}}]', "Time"),
        ('[{"start_date": {"year": "2014", "month": "13"}, "text": {"headline": "A"}}]', "Month"),
        ('[{"start_date": {"year": "2014"}}]', "Headline"),
        ('["not a slide"]', ""),
    ],
)
def test_a_timelinejs_slide_that_cannot_be_read_is_reported_by_number(tmp_path, slides, column):
    path = tmp_path / "bad.json"
    path.write_text('{"events": ' + slides + "}", encoding="utf-8")
    result = import_sheet(path)
    assert result.events == []
    assert [(p.row, p.column) for p in result.problems] == [(1, column)]


def test_deeply_nested_json_is_refused_not_a_crash(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(CsvError, match="deep.json"):
        import_sheet(path)
