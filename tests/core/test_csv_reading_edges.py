"""CSV files with a bad byte, an enormous header, or a formula behind a line break."""

from __future__ import annotations

import io

import pandas as pd

from timeline_app.core.csv_format import export_csv, import_csv, neutralise, unneutralise
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Event


def test_one_bad_byte_in_a_utf8_file_keeps_it_utf8_and_names_the_row(tmp_path):
    path = tmp_path / "people.csv"
    rows = ["title,start", "Mélanie arrives in Kyiv,2022-01-10", "Talks in Genève,2022-01-11"]
    data = "\n".join(rows).encode("utf-8") + b"\nCut off \xe2\x80,2022-01-12\n"
    path.write_bytes(data)
    result = import_csv(path)
    assert result.encoding == "utf-8"
    titles = [event.title for event in result.events]
    assert titles[:2] == ["Mélanie arrives in Kyiv", "Talks in Genève"]
    assert titles[2].startswith("Cut off \ufffd")
    [note] = result.problems
    assert note.row == 4 and not note.skipped and "not valid UTF-8" in note.message


def test_a_file_clearly_in_cp1252_is_still_read_as_cp1252(tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("title,start\nMélanie’s visit to Genève,2022-01-10\n".encode("cp1252"))
    result = import_csv(path)
    assert result.encoding == "cp1252" and result.problems == []
    assert [event.title for event in result.events] == ["Mélanie’s visit to Genève"]


def test_a_header_wider_than_the_sniffing_sample_is_read(tmp_path):
    # ~100 KiB of header before the columns that matter, its names with commas in them
    extra = [f"note {number:05d}, as filed, " + "x" * 30 for number in range(2000)]
    header = ";".join([*extra, "title", "start"])
    row = ";".join(["" for _ in extra] + ["Ceasefire announced", "2022-03-01"])
    path = tmp_path / "wide.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    result = import_csv(path)
    assert [event.title for event in result.events] == ["Ceasefire announced"]


def test_formulas_behind_blanks_and_line_breaks_are_neutralised():
    for cell in ('\n=HYPERLINK("http://x")', " =1+1", "\r\n@SUM(A1)", "\u00a0+1"):
        assert neutralise(cell) == "'" + cell
        assert unneutralise(neutralise(cell)) == cell
    assert neutralise(" plain text") == " plain text"
    event = Event("e1", "\n=cmd|' /C calc'!A0", When(FuzzyDate(2022, 1)))
    out = io.StringIO()
    export_csv([event], out)
    out.seek(0)
    assert pd.read_csv(out, dtype=str)["title"][0] == "'\n=cmd|' /C calc'!A0"
