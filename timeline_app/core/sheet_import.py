"""Spreadsheets of events, whoever wrote them: this app's CSV, another tool's, or Knight Lab's
TimelineJS template, told apart by the header row, and TimelineJS JSON (File > Import CSV and
``crisis-timeline export`` read all of them)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from timeline_app.core.bounded_read import read_head
from timeline_app.core.csv_format import CsvError, CsvImport, decode, import_csv, sniff_delimiter
from timeline_app.core.timelinejs import (
    TimelineJsImport,
    import_timelinejs_csv,
    import_timelinejs_json,
    is_timelinejs_header,
)

_HEAD_BYTES = 64 * 1024  # the header row is in the first few lines


def import_sheet(path: str | os.PathLike, *, dayfirst: bool = False) -> CsvImport:
    """The events of a CSV file: a TimelineJS sheet (Year, Month, Day ... Headline) is read as
    one, anything else as a CSV of events; a .json file is read as TimelineJS JSON. Raises
    CsvError naming the file."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return import_timelinejs_json_file(path)
    if _is_timelinejs_sheet(path):
        return _as_csv_import(import_timelinejs_csv(path), path.name)
    return import_csv(path, dayfirst=dayfirst)


def import_timelinejs_json_file(path: str | os.PathLike) -> CsvImport:
    """The events of a TimelineJS JSON file, reported like a CSV import (rows are slides)."""
    path = Path(path)
    return _as_csv_import(import_timelinejs_json(path), path.name)


def _is_timelinejs_sheet(path: Path) -> bool:
    try:
        head = read_head(path, _HEAD_BYTES, CsvError, "a CSV file of events")
        text = decode(head, path.name)[0].removeprefix("\ufeff")
        for row in csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)):
            if any(cell.strip() for cell in row):
                return is_timelinejs_header(row)
    except (OSError, CsvError, csv.Error):
        return False  # import_csv says what is wrong with the file, in its words
    return False


def _as_csv_import(result: TimelineJsImport, name: str) -> CsvImport:
    return CsvImport(events=list(result.events), problems=list(result.problems), source_name=name)
