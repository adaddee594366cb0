"""The events as an Excel workbook (.xlsx), written through pandas and XlsxWriter.

A CSV leaves each spreadsheet to guess what its cells are: LibreOffice and Excel turn
``2021-12-31`` into a date, ``2014`` into a number and keep ``2022-01`` as text, so sorting by
the start column puts the rows out of order. A workbook says what each cell is:

- ``start`` and ``end`` are real dates for every row that has one (the first moment of the
  period: 2014 is 1 January 2014), shown only to the precision known ("2014", "2022-01",
  "2021-12-31", "2021-12-31 20:00"), so sorting on them sorts by date;
- ``start (EDTF)`` and ``end (EDTF)`` beside them hold the date as written (``2022-01~``,
  ``..`` for a range still going on), and ``precision`` says how much of it is known;
- every other cell is text, never a formula or a link: ``=1+1`` stays the text ``=1+1``;
- the header row is frozen and filterable, columns are as wide as their contents (within
  reason), and the rows are in date order.

Spreadsheets hold no date before 1900: such a date's cell is left empty (its EDTF text is
beside it, and the row is still in its place in the date order).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterable
from typing import Any

import pandas as pd

from timeline_app.core.csv_format import COLUMNS as CSV_COLUMNS
from timeline_app.core.csv_format import events_frame
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.document import write_atomically
from timeline_app.core.event_order import in_date_order
from timeline_app.core.events import Article, Event

SHEET = "Events"

DATE_COLUMNS = ("start", "end")
# The CSV's columns, each date as a real date cell followed by its EDTF text.
COLUMNS: tuple[str, ...] = tuple(
    column
    for name in CSV_COLUMNS
    for column in ((name, f"{name} (EDTF)") if name in DATE_COLUMNS else (name,))
)
FLAG_COLUMNS = ("approximate", "uncertain")

# How a date cell shows each precision: only what is known.
DATE_FORMATS: dict[Precision, str] = {
    Precision.YEAR: "yyyy",
    Precision.MONTH: "yyyy-mm",
    Precision.DAY: "yyyy-mm-dd",
    Precision.HOUR: "yyyy-mm-dd hh:mm",
    Precision.MINUTE: "yyyy-mm-dd hh:mm",
}
# The first day a spreadsheet's (1900) date system holds.
FIRST_SPREADSHEET_DAY = dt.datetime(1900, 1, 1)
# Widths in characters: wide enough for a headline, not so wide that one long description
# pushes every other column off the screen.
MIN_WIDTH, MAX_WIDTH = 6, 60
DATE_WIDTH = 17  # "yyyy-mm-dd hh:mm" and a little room for the filter button

_WRITER_OPTIONS = {
    # Text is text: nothing a cell holds is run as a formula, opened as a link or read as
    # a number, whatever it begins with.
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def events_workbook_frame(
    events: Iterable[Event], *, sources: dict[str, Article] | None = None
) -> tuple[pd.DataFrame, list[tuple[FuzzyDate, FuzzyDate | None]]]:
    """The events in date order as a frame of ``COLUMNS`` (dates as datetimes, flags as
    booleans, the rest text), with each row's start and end dates for their cell formats."""
    ordered = in_date_order(events)
    text = events_frame(ordered, sources=sources, neutralise_formulas=False)
    starts = [event.when.start for event in ordered]
    ends = [event.when.end for event in ordered]
    frame = pd.DataFrame(
        {
            "id": text["id"],
            "title": text["title"],
            "start": [_moment(date) for date in starts],
            "start (EDTF)": [date.to_edtf() for date in starts],
            "end": [_moment(date) if date is not None else None for date in ends],
            "end (EDTF)": [
                ".." if event.when.ongoing else (date.to_edtf() if date is not None else "")
                for event, date in zip(ordered, ends, strict=True)
            ],
            "precision": text["precision"],
            "approximate": [date.approximate for date in starts],
            "uncertain": [date.uncertain for date in starts],
            **{column: text[column] for column in COLUMNS[9:]},
        },
        columns=list(COLUMNS),
    )
    return frame, list(zip(starts, ends, strict=True))


def export_xlsx(
    events: Iterable[Event],
    target: str | os.PathLike[str],
    *,
    sources: dict[str, Article] | None = None,
    title: str = "",
) -> None:
    """Write the events as a workbook of one sheet to ``target``, atomically.

    Raises OSError when the file cannot be written.
    """
    write_atomically(target, xlsx_bytes(events, sources=sources, title=title), backup=False)


def xlsx_bytes(
    events: Iterable[Event], *, sources: dict[str, Article] | None = None, title: str = ""
) -> bytes:
    """The workbook ``export_xlsx`` writes, as bytes."""
    frame, dates = events_workbook_frame(events, sources=sources)
    buffer = io.BytesIO()
    with pd.ExcelWriter(
        buffer, engine="xlsxwriter", engine_kwargs={"options": _WRITER_OPTIONS}
    ) as writer:
        frame.to_excel(writer, sheet_name=SHEET, index=False)
        book = writer.book
        sheet = writer.sheets[SHEET]
        book.set_properties({"title": title or "Timeline", "comments": "Crisis Timeline"})
        formats = {p: book.add_format({"num_format": f}) for p, f in DATE_FORMATS.items()}
        for row, (start, end) in enumerate(dates, start=1):
            for column, date in ((2, start), (4, end)):
                moment = _moment(date) if date is not None else None
                if date is None or moment is None:
                    sheet.write_blank(row, column, None)
                else:
                    sheet.write_datetime(row, column, moment, formats[date.precision])
        _fit_columns(sheet, frame)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(frame), 1), len(COLUMNS) - 1)
    return buffer.getvalue()


def _moment(date: FuzzyDate) -> dt.datetime | None:
    moment = date.first_moment()
    return moment if moment >= FIRST_SPREADSHEET_DAY else None


def _fit_columns(sheet: Any, frame: pd.DataFrame) -> None:  # an XlsxWriter worksheet
    for index, column in enumerate(frame.columns):
        if column in DATE_COLUMNS:
            width = DATE_WIDTH
        elif column in FLAG_COLUMNS:
            width = len(column) + 3
        else:
            values = frame[column].astype(str)
            longest = int(values.str.len().max()) if len(values) else 0
            width = min(max(longest, len(column) + 3, MIN_WIDTH), MAX_WIDTH)
        sheet.set_column(index, index, width + 1)
