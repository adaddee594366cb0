"""File > Import CSV in the window: TimelineJS sheets are read, typed dates are not guessed
(issue 12)."""

from __future__ import annotations

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.timelinejs import export_timelinejs_csv


def test_import_csv_reads_the_apps_own_timelinejs_sheet(window, tmp_path, make_document):
    events = make_document().events
    sheet = tmp_path / "timelinejs.csv"
    export_timelinejs_csv(events, sheet)
    before = window.model.rowCount()
    assert window.files.import_csv_file(sheet)
    assert window.model.rowCount() == before + len(events)


def test_import_csv_reads_a_typed_day_range_and_lists_the_rows_it_could_not_read(
    window, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        type(window.files),
        "show_import_problems",
        lambda self, path, problems, n: shown.extend(problems),
    )
    sheet = tmp_path / "typed.csv"
    sheet.write_text("title,start\nSummit,5-7 May 2023\nVote,last Tuesday\n", encoding="utf-8")
    assert window.files.import_csv_file(sheet)
    summit = [window.model.event_at(r) for r in range(window.model.rowCount())]
    summit = [e for e in summit if e.title == "Summit"]
    assert [e.when for e in summit] == [When(FuzzyDate(2023, 5, 5), FuzzyDate(2023, 5, 7))]
    assert [(p.row, p.column) for p in shown] == [(3, "start")]
    assert "counts from a date" in shown[0].message
