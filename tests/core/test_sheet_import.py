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
    assert [e.id for e in import_sheet(path).events] == [e.id for e in events]


def test_a_csv_with_neither_layout_names_the_missing_column(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("headline,place\nA,Kyiv\n", encoding="utf-8")
    with pytest.raises(CsvError, match="the column start is missing"):
        import_sheet(path)
