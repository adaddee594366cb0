"""The Excel workbook export, read back with openpyxl (and LibreOffice when installed)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Event
from timeline_app.core.xlsx_format import COLUMNS, SHEET, export_xlsx


def _event(id_: str, title: str, when: When, **fields) -> Event:
    return Event(id=id_, title=title, when=when, **fields)


# In document order, not date order, with every precision, a range, an ongoing one, dates
# before 1900 and text that a spreadsheet would take for a formula, a number or a link.
EVENTS = [
    _event("talks", "Talks in Geneva", When(FuzzyDate(2022, 1, 10))),
    _event("crimea", "Russia annexes Crimea", When(FuzzyDate(2014))),
    _event("massing", "Troops mass", When(FuzzyDate(2022, 1, approximate=True))),
    _event("formula", "=1+1", When(FuzzyDate(2021, 12, 31, 20, 5)), category="@cmd"),
    _event("deployed", "Troops deployed", When(FuzzyDate(2015), ongoing=True)),
    _event("phone", "+44 20 7946 0000", When(FuzzyDate(2022, 1, 10, 9))),
    _event("war", "War", When(FuzzyDate(1914, 7, 28), FuzzyDate(1918, 11, 11)), location="0012"),
    _event("waterloo", "Battle of Waterloo", When(FuzzyDate(1815, 6, 18, uncertain=True))),
    _event("link", "https://example.org/report", When(FuzzyDate(2022, 1, 10))),
]
CALC_CSV = "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true"
DATE_ORDER = ["waterloo", "war", "crimea", "deployed", "formula", "massing", "talks", "phone"]


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "events.xlsx"
    export_xlsx(EVENTS, path, title="Test")
    return openpyxl.load_workbook(path)[SHEET]


def _rows(sheet) -> list[dict[str, object]]:
    header = [cell.value for cell in sheet[1]]
    assert header == list(COLUMNS)
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def _cells(sheet, column: str) -> list:
    index = COLUMNS.index(column) + 1
    return [row[index - 1] for row in sheet.iter_rows(min_row=2)]


def test_rows_come_in_date_order(sheet):
    ids = [row["id"].value for row in _rows(sheet)]
    # "talks" and "link" fall on one day: they keep the document's order, after the hour.
    assert [i for i in ids if i != "link"] == DATE_ORDER
    assert ids.index("link") == ids.index("talks") + 1


def test_the_start_is_a_real_date_shown_to_its_precision(sheet):
    rows = {row["id"].value: row for row in _rows(sheet)}
    expected = {
        "crimea": (dt.datetime(2014, 1, 1), "yyyy", "2014", "year"),
        "massing": (dt.datetime(2022, 1, 1), "yyyy-mm", "2022-01~", "month"),
        "talks": (dt.datetime(2022, 1, 10), "yyyy-mm-dd", "2022-01-10", "day"),
        "formula": (
            dt.datetime(2021, 12, 31, 20, 5),
            "yyyy-mm-dd hh:mm",
            "2021-12-31T20:05",
            "minute",
        ),
    }
    for id_, (moment, shown, edtf, precision) in expected.items():
        start = rows[id_]["start"]
        assert start.is_date and start.value == moment, id_
        assert start.number_format == shown
        assert rows[id_]["start (EDTF)"].value == edtf
        assert rows[id_]["start (EDTF)"].data_type == "s"  # "2014" is text here, not a number
        assert rows[id_]["precision"].value == precision
    assert rows["massing"]["approximate"].value is True
    assert rows["crimea"]["approximate"].value is False
    # Every start a spreadsheet can hold is a date cell, so sorting on it sorts by date.
    dated = [cell for cell in _cells(sheet, "start") if cell.value is not None]
    assert len(dated) == len(EVENTS) - 1 and all(cell.is_date for cell in dated)


def test_ends_and_ongoing_ranges(sheet):
    rows = {row["id"].value: row for row in _rows(sheet)}
    assert rows["war"]["end"].value == dt.datetime(1918, 11, 11)
    assert rows["war"]["end (EDTF)"].value == "1918-11-11"
    assert rows["deployed"]["end"].value is None
    assert rows["deployed"]["end (EDTF)"].value == ".."
    assert rows["talks"]["end"].value is None and not rows["talks"]["end (EDTF)"].value


def test_a_date_before_1900_keeps_its_text_and_its_place(sheet):
    first = _rows(sheet)[0]
    assert first["id"].value == "waterloo"
    assert first["start"].value is None  # spreadsheets hold no date before 1900
    assert first["start (EDTF)"].value == "1815-06-18?"
    assert first["uncertain"].value is True


def test_text_is_never_a_formula_a_number_or_a_link(sheet):
    rows = {row["id"].value: row for row in _rows(sheet)}
    for id_, column, text in (
        ("formula", "title", "=1+1"),
        ("formula", "category", "@cmd"),
        ("phone", "title", "+44 20 7946 0000"),
        ("war", "location", "0012"),
        ("link", "title", "https://example.org/report"),
    ):
        cell = rows[id_][column]
        assert cell.data_type == "s" and cell.value == text, (id_, column)
        assert cell.hyperlink is None


def test_header_frozen_filterable_and_columns_fit(sheet):
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(COLUMNS))}10"
    for index, column in enumerate(COLUMNS, start=1):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        longest = max(len(str(cell.value or "")) for cell in _cells(sheet, column))
        assert width >= len(column), column
        if column not in ("start", "end"):
            assert width >= min(longest, 60), column
    assert sheet.column_dimensions["C"].width >= len("2021-12-31 20:05")


def test_the_command_writes_a_workbook_from_the_extension(tmp_path):
    doc = tmp_path / "doc.ctimeline"
    save_document(TimelineDocument(title="T", events=list(EVENTS)), doc)
    out = tmp_path / "out.xlsx"
    assert main(["export", str(doc), "-o", str(out)]) == 0
    assert [r[0].value for r in openpyxl.load_workbook(out)[SHEET].iter_rows(min_row=2)][:2] == [
        "waterloo",
        "war",
    ]
    assert main(["export", str(doc), "-o", str(tmp_path / "missing" / "out.xlsx")]) == 1


def test_an_empty_timeline_gives_a_header_only_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    export_xlsx([], path)
    sheet = openpyxl.load_workbook(path)[SHEET]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS) and sheet.max_row == 1


def _calc_csv(path: Path, out_dir: Path, *, as_shown: bool) -> list[dict[str, str]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice (Debian package libreoffice-calc-nogui) is not installed")
    # UTF-8, comma-separated; each cell as Calc shows it, or its value in Calc's own format.
    options = f"{CALC_CSV},{'true' if as_shown else 'false'}"
    profile = (out_dir / "profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
        + ["--convert-to", f"csv:{options}", "--outdir", str(out_dir), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    out = out_dir / f"{path.stem}.csv"
    assert result.returncode == 0 and out.exists(), result.stdout + result.stderr
    with out.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_libreoffice_reads_the_start_column_as_dates(tmp_path):
    """Calc reads the start column as dates shown to their precision, the text as text."""
    path = tmp_path / "events.xlsx"
    export_xlsx(EVENTS, path)
    rows = _calc_csv(path, tmp_path / "shown", as_shown=True)
    assert [row["id"] for row in rows if row["id"] != "link"] == DATE_ORDER
    shown = {row["id"]: row["start"] for row in rows}
    assert shown["crimea"] == "2014" and shown["massing"] == "2022-01"
    assert shown["talks"] == "2022-01-10" and shown["formula"] == "2021-12-31 20:05"
    assert {row["id"]: row["title"] for row in rows}["formula"] == "=1+1"
    # Underneath "2014" is a date, 1 January 2014, which is what a sort compares.
    values = {row["id"]: row["start"] for row in _calc_csv(path, tmp_path / "raw", as_shown=False)}
    assert values["crimea"] != "2014" and "2014" in values["crimea"] and "01" in values["crimea"]
