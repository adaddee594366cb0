"""The files people take away, read back by readers that are not ours.

PNG through QImage's decoder, SVG through xml.etree, PDF through poppler (``pdftoppm``,
``pdfinfo``, ``pdftotext``) when installed, TimelineJS through the csv and json modules, and
the CSV through LibreOffice (``soffice``, Debian package libreoffice-calc-nogui) when
installed: converted to .xlsx as a spreadsheet user would open it, and checked cell by cell.
Tests that need a missing tool skip and say which package brings it.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Event

SVG = "{http://www.w3.org/2000/svg}"
XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PICTURE_SIZE = (1200, 700)
EXTRA_TITLES = ("Kyiv — “Zoë” Łódź talks", '=HYPERLINK("http://x","Zoë")')


@pytest.fixture
def doc_path(tmp_path, make_document) -> Path:
    """The small hand-made timeline plus an accented title and a formula, saved."""
    document: TimelineDocument = make_document()
    document.events += [
        Event(
            id="accents",
            title=EXTRA_TITLES[0],
            when=When(FuzzyDate(2021, 12, 31, 20, 5)),
            category="diplomacy",
        ),
        Event(id="formula", title=EXTRA_TITLES[1], when=When(FuzzyDate(2021, 12))),
    ]
    path = tmp_path / "ukraine.ctimeline"
    save_document(document, path)
    return path


def titles_of(path: Path) -> list[str]:
    from timeline_app.core.document import load_document

    return [event.title for event in load_document(path).events]


def export(doc_path: Path, out: Path, *options: str) -> Path:
    assert main(["export", str(doc_path), "-o", str(out), *options]) == 0
    assert out.exists() and not list(out.parent.glob(".*.part"))  # no temporary left behind
    return out


# --- independent checks of each format -----------------------------------------------------


def assert_picture(image: QImage, size: tuple[int, int]) -> None:
    """The right size, and a drawing: many colours, and not one colour almost everywhere."""
    assert not image.isNull(), "the PNG could not be decoded"
    assert (image.width(), image.height()) == size
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    colours, counts = np.unique(pixels, return_counts=True)
    assert len(colours) >= 16, f"only {len(colours)} colours: blank or nearly"
    assert counts.max() / pixels.size < 0.97, "one colour fills the picture"
    # Category colours (military red, diplomacy blue) are there, not only greys.
    rgb = np.stack([(colours >> 16) & 255, (colours >> 8) & 255, colours & 255]).astype(int)
    saturation = rgb.max(axis=0) - rgb.min(axis=0)
    assert (saturation > 60).any(), "no coloured marks on the picture"


def assert_svg(path: Path, size: tuple[int, int], titles: list[str], dpi: int = 96) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox").split() == ["0", "0", str(size[0]), str(size[1])]
    for attribute, pixels in (("width", size[0]), ("height", size[1])):
        value = root.get(attribute)
        match = re.fullmatch(r"([\d.]+)(mm|px)?", value)
        assert match, f"{attribute}={value!r}"
        expected = pixels * 25.4 / dpi if match.group(2) == "mm" else pixels
        assert float(match.group(1)) == pytest.approx(expected, abs=0.01)
    texts = {" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")}
    for title in titles:
        assert title in texts, f"{title!r} is not a text element of the SVG"


def assert_pdf(path: Path, size: tuple[int, int], titles: list[str], tmp_path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
        points = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert points and (float(points.group(1)), float(points.group(2))) == pytest.approx(
            (size[0] * 0.75, size[1] * 0.75), abs=0.5
        )  # 96 dpi pixels in 72 dpi points
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        flat = " ".join(text.split())
        for title in titles:
            assert title in flat, f"{title!r} is not in the PDF's text"
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian package poppler-utils) is not installed: PDF not drawn")
    stem = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-f", "1", "-l", "1", "-singlefile", str(path), str(stem)],
        check=True,
        timeout=60,
    )
    assert_picture(QImage(str(stem.with_suffix(".png"))), size)


# --- the command line ------------------------------------------------------------------------


PLAIN_TITLES = [
    "Russian invasion of Crimea",
    "Canada deploys special forces to Kiev",
    "Geneva talks between the US and Russia",
    EXTRA_TITLES[0],
]


def test_cli_png(qapp, doc_path, tmp_path):
    out = export(doc_path, tmp_path / "t.png", "--size", "1200x700")
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert_picture(QImage(str(out)), PICTURE_SIZE)


def test_cli_png_default_size(qapp, doc_path, tmp_path):
    assert_picture(QImage(str(export(doc_path, tmp_path / "t.png"))), (1600, 900))


def test_cli_svg(qapp, doc_path, tmp_path):
    out = export(doc_path, tmp_path / "t.svg", "--size", "1200x700")
    assert_svg(out, PICTURE_SIZE, PLAIN_TITLES)
    root = ET.parse(out).getroot()
    assert root.findtext(f"{SVG}title") == "Ukraine, January 2022"


def test_cli_pdf(qapp, doc_path, tmp_path):
    out = export(doc_path, tmp_path / "t.pdf", "--size", "1200x700")
    assert_pdf(out, PICTURE_SIZE, PLAIN_TITLES, tmp_path)


def test_cli_picture_in_a_fresh_process_without_a_display(doc_path, tmp_path):
    """The command a script runs: no QApplication yet, no DISPLAY, no QT_QPA_PLATFORM."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "fresh.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline_app",
            "export",
            str(doc_path),
            "-o",
            str(out),
            "--size",
            "800x500",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert_picture(QImage(str(out)), (800, 500))


def test_cli_timelinejs_csv(doc_path, tmp_path):
    out = export(doc_path, tmp_path / "tl.csv", "--format", "timelinejs-csv")
    with out.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "Ukraine, January 2022"
    by_headline = {row["Headline"]: row for row in rows[1:]}
    # A spreadsheet will not run the formula: it is written with a leading quote.
    assert set(by_headline) == {("'" + t if t.startswith("=") else t) for t in titles_of(doc_path)}
    talks = by_headline["Geneva talks between the US and Russia"]
    assert (talks["Year"], talks["Month"], talks["Day"]) == ("2022", "1", "10")
    assert (talks["End Year"], talks["End Month"], talks["End Day"]) == ("2022", "1", "12")
    assert by_headline["Russian invasion of Crimea"]["Month"] == ""  # a year stays a year


def test_cli_timelinejs_json_by_extension(doc_path, tmp_path):
    out = export(doc_path, tmp_path / "tl.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "Ukraine, January 2022"
    headlines = [slide["text"]["headline"] for slide in data["events"]]
    assert sorted(headlines) == sorted(titles_of(doc_path))
    crimea = next(s for s in data["events"] if s["unique_id"] == "crimea")
    assert crimea["start_date"] == {"year": "2014"}


def test_cli_csv_bom_and_formulas(doc_path, tmp_path):
    plain = export(doc_path, tmp_path / "plain.csv")
    excel = export(doc_path, tmp_path / "excel.csv", "--bom")
    raw = export(doc_path, tmp_path / "raw.csv", "--keep-formulas")
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    for path, formula in ((plain, "'" + EXTRA_TITLES[1]), (raw, EXTRA_TITLES[1])):
        with path.open(encoding="utf-8-sig", newline="") as file:
            titles = [row["title"] for row in csv.DictReader(file)]
        assert formula in titles and EXTRA_TITLES[0] in titles


# --- pictures of the window's canvas -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_export_view_of_the_window(qtbot, window, tmp_path, fmt, make_document):
    from timeline_app.ui.picture_export import export_view

    window.set_document(make_document(), None)
    window.view.fit_all()
    out = tmp_path / f"view.{fmt}"
    export_view(window.view, out, fmt, (900, 560), title="Ukraine")
    titles = ["Canada deploys special forces to Kiev", "Russian invasion of Crimea"]
    if fmt == "png":
        assert_picture(QImage(str(out)), (900, 560))
    elif fmt == "svg":
        assert_svg(out, (900, 560), titles)
    else:
        assert_pdf(out, (900, 560), titles, tmp_path)


def test_export_view_at_another_resolution(qtbot, window, tmp_path):
    from timeline_app.ui.picture_export import export_view

    out = tmp_path / "view.svg"
    export_view(window.view, out, "svg", (900, 560), dpi=300)
    root = ET.parse(out).getroot()
    assert float(root.get("width").removesuffix("mm")) == pytest.approx(900 * 25.4 / 300, abs=0.01)


# --- a spreadsheet opens the CSV -----------------------------------------------------------------


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("soffice (Debian package libreoffice-calc-nogui) is not installed")
    return path


def convert(
    source: Path, target_format: str, out_dir: Path, profile: Path, infilter: str | None = None
) -> Path:
    """LibreOffice's headless conversion, with a profile of its own (no clash with a
    running LibreOffice, nothing left in the user's home)."""
    command = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target_format, "--outdir", str(out_dir), str(source)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    extension = target_format.split(":")[0]
    out = out_dir / f"{source.stem}.{extension}"
    assert result.returncode == 0 and out.exists(), result.stdout + result.stderr
    return out


def xlsx_cells(path: Path) -> dict[str, tuple[str, str, bool]]:
    """{"B2": (type, value, is_formula)} of the first sheet, read straight from the XML."""
    with zipfile.ZipFile(path) as book:
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{XLSX}si"):
                shared.append("".join(t.text or "" for t in item.iter(f"{XLSX}t")))
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for cell in sheet.iter(f"{XLSX}c"):
        kind = cell.get("t", "n")
        value = cell.findtext(f"{XLSX}v") or ""
        if kind == "s":
            value = shared[int(value)]
        elif kind == "inlineStr":
            value = "".join(t.text or "" for t in cell.iter(f"{XLSX}t"))
        cells[cell.get("r")] = (kind, value, cell.find(f"{XLSX}f") is not None)
    return cells


# UTF-8 (76), comma (44), double quotes (34), from row 1: what a user picks in the import
# dialog. Headless conversion does not look at the BOM; the dialog and Excel do.
CSV_IN = "CSV:44,34,76,1"
CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def test_a_spreadsheet_reads_the_excel_csv(doc_path, tmp_path):
    soffice()
    exported = export(doc_path, tmp_path / "events.csv", "--bom")
    profile = tmp_path / "lo-profile"
    book = convert(exported, "xlsx", tmp_path / "xlsx", profile, CSV_IN)
    cells = xlsx_cells(book)
    header = [cells[f"{col}1"][1] for col in "ABCD"]
    assert header == ["id", "title", "start", "end"]  # the BOM is not part of the first name
    rows = {cells[f"A{r}"][1]: r for r in range(2, 9) if f"A{r}" in cells}
    assert cells[f"B{rows['accents']}"][1] == EXTRA_TITLES[0]  # UTF-8 survives
    # A neutralised formula stays text, shown with its quote, never a live formula.
    assert cells[f"B{rows['formula']}"] == ("s", "'" + EXTRA_TITLES[1], False)
    assert not any(is_formula for _, _, is_formula in cells.values())
    # ISO days become real dates (serial days since 1899-12-30); a bare year is a number,
    # a year-month stays text rather than turning into the first of the month.
    assert cells[f"C{rows['canada']}"] == ("n", "44577", False)  # 2022-01-16
    assert cells[f"C{rows['crimea']}"][1] == "2014"
    assert cells[f"C{rows['formula']}"][:2] == ("s", "2021-12")

    back = convert(book, CSV_OUT, tmp_path / "back", profile)
    with back.open(encoding="utf-8", newline="") as file:
        table = {row["id"]: row for row in csv.DictReader(file)}
    with exported.open(encoding="utf-8-sig", newline="") as file:
        original = {row["id"]: row for row in csv.DictReader(file)}
    assert table.keys() == original.keys()
    for event_id, row in original.items():
        assert table[event_id]["title"] == row["title"]
        if len(row["start"]) in (4, 7, 10):  # year, month, day come back as they went
            assert table[event_id]["start"] == row["start"]


def test_a_spreadsheet_would_run_an_unneutralised_formula(doc_path, tmp_path):
    """The control for the test above: with neutralising off, the same cell *is* a formula
    (so the absence of formulas there is the neutralising at work, not the reader)."""
    soffice()
    raw = export(doc_path, tmp_path / "raw.csv", "--keep-formulas")
    cells = xlsx_cells(convert(raw, "xlsx", tmp_path / "xlsx", tmp_path / "lo-profile", CSV_IN))
    if not any(is_formula for _, _, is_formula in cells.values()):
        pytest.skip("this LibreOffice does not evaluate formulas in CSV: no control possible")
    formulas = [cell for cell, (_, _, is_formula) in cells.items() if is_formula]
    row = next(cell[1:] for cell, (_, value, _) in cells.items() if value == "formula")
    assert formulas == [f"B{row}"]  # the title cell, and no other
