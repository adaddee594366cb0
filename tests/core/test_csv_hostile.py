"""Hostile CSV input: every failure is a CsvError naming the file, or a problem with its row."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.csv_format import CsvError, CsvImport, _parse_table, import_csv
from timeline_app.core.events import Event

BAD = Path(__file__).resolve().parent.parent / "data" / "bad_csv"

# File -> the fragment the CsvError message must hold (after the file name).
REFUSED = {
    "empty.csv": "the file is empty",
    "only_blank_lines.csv": "the file is empty",
    "image.png": "this is not a CSV file (it holds binary data",
    "archive.csv": "this is not a CSV file (it holds binary data",
    "random_bytes.csv": "this is not a CSV file (it looks like binary data)",
    "broken_utf16.csv": "this is not a CSV file (it is not valid UTF-16-LE at byte",
    "no_title_column.csv": 'the column title is missing; the header (row 1) has "Date", "Details"',
    "no_date_column.csv": 'the column start is missing; the header (row 1) has "Headline"',
    "no_header_names.csv": "the columns title and start are missing; the header (row 2)",
    "unclosed_quote.csv": 'row 3: a quoted cell is never closed (a " is missing)',
}

# File -> (titles read, [(row, column, message fragment, row left out)]).
PROBLEMS = {
    "bad_rows.csv": (
        ["Fine"],
        [
            (2, "start", '"sometime" is not a date I can read', True),
            (3, "title", "the title is empty", True),
            (4, "end", "the end (the year 2014) is before the start (the year 2015)", True),
            (5, "start", "February 2021 has no day 30", True),
        ],
    ),
    "ragged.csv": (
        ["A", "C"],
        [
            (3, "", "the row has more cells than the 3 columns of the header", True),
        ],
    ),
    "duplicate_ids.csv": (
        ["A", "B"],
        [
            (3, "id", 'the id "x" was used by an earlier row; this event got the new id', False),
        ],
    ),
    "bad_values.csv": (
        ["A"],
        [
            (2, "approximate", '"maybe" is neither true nor false; false was used', False),
            (2, "precision", '"week" is not a precision', False),
            (
                2,
                "origin",
                '"robot" is not one of extracted, manual, imported; imported was used',
                False,
            ),
            (2, "attribution", '"rumour" is not one of stated, reported, claimed, denied', False),
        ],
    ),
}


def test_every_bad_file_is_in_a_table():
    assert sorted(p.name for p in BAD.iterdir()) == sorted([*REFUSED, *PROBLEMS])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_bad_file_is_refused_with_a_message_naming_it(name):
    with pytest.raises(CsvError) as caught:
        import_csv(BAD / name)
    assert str(caught.value).startswith(f"{name}: ")
    assert REFUSED[name] in str(caught.value)


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_bad_rows_are_reported_with_their_row_numbers(name):
    titles, expected = PROBLEMS[name]
    result = import_csv(BAD / name)
    assert [event.title for event in result.events] == titles
    found = [(p.row, p.column, p.skipped) for p in result.problems]
    assert found == [(row, column, skipped) for row, column, _, skipped in expected]
    for problem, (_, _, fragment, _) in zip(result.problems, expected, strict=True):
        assert fragment in problem.message


def _check(result: CsvImport) -> None:
    assert all(isinstance(event, Event) for event in result.events)
    assert all(event.title.strip() for event in result.events)
    assert all(problem.row >= 1 for problem in result.problems)
    assert len({event.id for event in result.events}) == len(result.events)


def _import_bytes(data: bytes) -> CsvImport | None:
    handle, name = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        try:
            result = import_csv(name)
        except CsvError as error:
            assert str(error).startswith(Path(name).name) or "does not exist" in str(error)
            return None
        _check(result)
        return result
    finally:
        os.unlink(name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_result_or_a_csv_error(data):
    _import_bytes(data)


_TOKENS = [
    b",",
    b";",
    b"\t",
    b"|",
    b'"',
    b'""',
    b"'",
    b"\n",
    b"\r",
    b"\r\n",
    b" ",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"title",
    b"Title",
    b"start",
    b"date",
    b"end",
    b"id",
    b"precision",
    b"approximate",
    b"origin",
    b"attribution",
    b"actors",
    b"source",
    b"2014",
    b"2021-12-31",
    b"2015/..",
    b"..",
    b"0000",
    b"9999-99",
    b"-5",
    b"'=",
    b"=SUM(A1)",
    b"true",
    b"maybe",
    b"imported",
    b"claimed",
    b"day",
    b"week",
    b"\\",
    b"\\;",
    b"\xc3\xa9",
    b"\xe9",
    b"\x80",
    b"\xed\xa0\x80",
    "\U0001f600".encode(),
    b"x" * 300,
]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), max_size=80).map(b"".join))
def test_csv_like_token_soup_gives_a_result_or_a_csv_error(data):
    _import_bytes(b"title,start,end,id,approximate,precision\n" + data)
    _import_bytes(data)


_CELLS = [
    "",
    " ",
    "A",
    "2014",
    "2021-02-30",
    "2021-13",
    "9999-12-31T23:59",
    "0001",
    "0000",
    "2015/..",
    "2015/2014",
    "..",
    "2014~",
    "2014?%",
    "March 2014",
    "Dec. 31, 2021",
    "since 2015",
    "2014 to 2015",
    "31/12/2021",
    "yesterday",
    "12",
    "-5",
    "'=1",
    "true",
    "maybe",
    "TRUE",
    "year",
    "week",
    "imported",
    "robot",
    "claimed",
    "x; y",
    "\\",
    "a | b",
    '"quoted, cell"',
    '"two\nlines"',
]
_HEADERS = [
    "title",
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "origin",
    "attribution",
    "id",
    "actors",
    "source",
    "evidence",
    "date",
    "Headline",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_HEADERS), max_size=6).map(lambda extra: ["title", "start", *extra]),
    st.lists(st.lists(st.sampled_from(_CELLS), max_size=9), max_size=6),
)
def test_well_formed_rows_of_odd_values_give_events_or_problems(header, rows):
    lines = [",".join(header), *(",".join(row) for row in rows)]
    data = "\n".join(lines).encode()
    result = _import_bytes(data)
    if result is not None:
        for problem in result.problems:
            assert problem.row >= 2 and problem.message


def test_a_row_wider_than_the_sniffed_sample_is_reported_not_crashed():
    filler = "".join(f"Event {n},2014\n" for n in range(6000))  # more than the 64 KiB sample
    data = "title,start\n" + filler + "Wide," + ",".join(["2014"] * 40) + "\nLast,never\n"
    result = import_csv(io.StringIO(data))
    assert len(result.events) == 6000
    wide, last = result.problems
    assert (wide.row, wide.column) == (6002, "") and "41 cells" in wide.message
    assert (last.row, last.column) == (6003, "start")  # rows after a skipped one still count


def test_huge_cells_and_many_columns_are_read():
    cell = "é" * 1_000_000
    data = "title,start," + ",".join(f"c{n}" for n in range(3000)) + f"\n{cell},2014\n"
    [event] = import_csv(io.StringIO(data)).events
    assert event.title == cell


def test_a_stream_that_fails_to_read_is_a_csv_error():
    class Broken(io.RawIOBase):
        name = "broken.csv"

        def readable(self):
            return True

        def read(self, size=-1):
            raise OSError("device gone")

    with pytest.raises(CsvError, match=r"^broken\.csv: cannot be read \(device gone\)"):
        import_csv(Broken())


def test_a_text_stream_with_nul_is_refused():
    with pytest.raises(CsvError, match="not a CSV file"):
        import_csv(io.StringIO("title,start\nA\x00,2014\n"))


def test_utf16_without_bom_is_recognised():
    data = "title,start\nA,2014\n".encode("utf-16-le")
    [event] = import_csv(io.BytesIO(data)).events
    assert event.title == "A"


def test_a_row_of_fifty_thousand_delimiters_is_left_out_by_the_parser():
    data = "title,start\nFerries resume,2019\n" + "," * 50_000 + "\nBridge reopens,2020\n"
    result = import_csv(io.StringIO(data))
    assert [event.title for event in result.events] == ["Ferries resume", "Bridge reopens"]
    [problem] = result.problems
    assert problem.row == 3
    assert "the row has 50001 cells but the header has 2; it was left out" in problem.message


def test_the_table_is_as_wide_as_its_header_not_its_widest_row():
    data = "title,start\n" + ";" * 10 + "," * 5_000 + "\nBridge reopens,2020\n"
    frame, _rows, skipped = _parse_table(data, ",", "wide.csv")
    assert len(frame.columns) == 2 + 4
    assert [seen for _number, seen in skipped] == [5_001]


def test_a_header_wider_than_any_spreadsheet_is_refused():
    data = "title,start" + "," * 20_000 + "\nBridge reopens,2020\n"
    with pytest.raises(CsvError, match=r"the header \(row 1\) has 20,002 cells, more than"):
        import_csv(io.StringIO(data))


def test_a_header_cell_of_a_hundred_thousand_characters_is_shortened_in_the_message():
    data = "x" * 100_000 + "\nBridge reopens\n"
    with pytest.raises(CsvError, match="the header") as refused:
        import_csv(io.StringIO(data))
    assert len(str(refused.value)) < 400
