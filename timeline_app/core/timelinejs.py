"""TimelineJS (Knight Lab) exchange: its Google-Sheets CSV layout and its JSON format.

TimelineJS shows a date at the precision its parts give: a row with only a Year is "2014",
Year and Month is "March 2014". So a FuzzyDate maps onto it without inventing a day, and
reading back takes the precision from which parts are present.

TimelineJS has no "about", "perhaps" or "still going on": such dates get a Display Date in
words ("about 11 January 2022", "2015 – ongoing"), which the importer reads the flags back
from. Headlines and texts are HTML to TimelineJS, so everything we write into them is
escaped, and only http(s) links are made.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import pandas as pd

from timeline_app.core.admiralty import GradeError, describe_grade, read_grade
from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.bounded_read import read_bounded
from timeline_app.core.corroboration import DISAGREEMENT_PREFIX, disagreement
from timeline_app.core.csv_format import (
    CsvError,
    CsvProblem,
    decode,
    neutralise,
    sniff_delimiter,
    unneutralise,
)
from timeline_app.core.date_reader import read_date
from timeline_app.core.dates import DateError, FuzzyDate, When
from timeline_app.core.events import Article, Event, Origin, SourceRef, new_id

HEADER: tuple[str, ...] = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
"""The columns of Knight Lab's TimelineJS spreadsheet template, in its order."""

# A TimelineJS sheet is a few hundred rows; anything this large is not one.
MAX_BYTES = 64 * 1024 * 1024
ONGOING = "ongoing"


class TimelineJsError(CsvError):
    """A file that cannot be read as a TimelineJS sheet at all; the message names it."""


class _CellError(DateError):
    """A date cell that cannot be read: the column at fault and why."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass
class TimelineJsImport:
    """What ``import_timelinejs_csv`` read: the title row, the events and the problems."""

    title: str
    events: list[Event]
    problems: list[CsvProblem] = field(default_factory=list)


# --- shared: dates and text --------------------------------------------------------------


def _words(date: FuzzyDate) -> str:
    return date.describe().replace("the year ", "", 1)


def display_date(when: When) -> str:
    """Words for dates TimelineJS cannot show by itself (flags, ongoing), else ``""``."""
    dates = [when.start] + ([when.end] if when.end is not None else [])
    if not when.ongoing and not any(d.approximate or d.uncertain for d in dates):
        return ""
    if when.ongoing:
        return f"{_words(when.start)} – {ONGOING}"
    if when.end is not None:
        return f"{_words(when.start)} – {_words(when.end)}"
    return _words(when.start)


def _time_text(date: FuzzyDate) -> str:
    # An hour alone is written "14", which TimelineJS reads as 14h with no minute, so the
    # hour precision survives; "14:00" would claim to know the minute.
    if date.hour is None:
        return ""
    return f"{date.hour:02d}" if date.minute is None else f"{date.hour:02d}:{date.minute:02d}"


def _date_cells(date: FuzzyDate | None) -> list[str]:
    if date is None:
        return ["", "", "", ""]
    return [
        str(date.year),
        "" if date.month is None else str(date.month),
        "" if date.day is None else str(date.day),
        _time_text(date),
    ]


def _date_object(date: FuzzyDate) -> dict[str, str]:
    parts = {
        "year": date.year,
        "month": date.month,
        "day": date.day,
        "hour": date.hour,
        "minute": date.minute,
    }
    return {key: str(value) for key, value in parts.items() if value is not None}


def _safe_url(url: str) -> str:
    return url if re.match(r"https?://", url.strip(), re.I) else ""


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in block.split("\n")) + "</p>"
        for block in blocks
    )


def event_html(event: Event, sources: dict[str, Article] | None = None) -> str:
    """The slide text: the description, then each source's evidence quote and its source."""
    parts = [_paragraphs(event.description)] if event.description.strip() else []
    for ref in event.sources:
        article = sources.get(ref.source_id) if sources and ref.source_id else None
        if ref.evidence.strip():
            parts.append(
                f"<blockquote>{html.escape(ref.evidence.strip(), quote=False)}</blockquote>"
            )
        title = (article.title if article else "") or ref.name
        publisher = article.publisher if article else ""
        url = _safe_url(article.url) if article else ""
        label = html.escape(title or publisher or url, quote=False)
        if not label:
            continue
        if url:
            label = f'<a href="{html.escape(url, quote=True)}">{label}</a>'
        if publisher and title:
            label += f", {html.escape(publisher, quote=False)}"
        parts.append(f'<p class="source">Source: {label}</p>')
    lines = []
    if event.confidence:
        grade = describe_grade(event.confidence).replace(": ", " (", 1) + ")"
        note = f". {event.confidence_note}" if event.confidence_note else ""
        lines.append(html.escape(f"Confidence: {grade}{note}", quote=False))
    if len(event.sources) > 1 and (said := disagreement(event)):
        lines.append(html.escape(said, quote=False))
    if lines:
        # A paragraph of its own kind: read back, it is not part of the description.
        parts.append(f'<p class="confidence">{"<br>".join(lines)}</p>')
    return "".join(parts)


# --- writing -----------------------------------------------------------------------------


def timelinejs_frame(
    events: Iterable[Event],
    *,
    sources: dict[str, Article] | None = None,
    title: str = "",
    neutralise_formulas: bool = True,
) -> pd.DataFrame:
    """One TimelineJS row per event (``HEADER``), after a "title" row when a title is given."""
    clean = neutralise if neutralise_formulas else str
    rows: list[list[str]] = []
    if title:
        row = dict.fromkeys(HEADER, "")
        row.update({"Headline": clean(html.escape(title, quote=False)), "Type": "title"})
        rows.append([row[column] for column in HEADER])
    for event in events:
        when = event.when
        row = dict(zip(HEADER[:8], _date_cells(when.start) + _date_cells(when.end), strict=True))
        row.update(dict.fromkeys(HEADER[8:], ""))
        row["Display Date"] = clean(display_date(when))
        row["Headline"] = clean(html.escape(event.title, quote=False))
        row["Text"] = clean(event_html(event, sources))
        row["Group"] = clean(event.category)
        rows.append([row[column] for column in HEADER])
    return pd.DataFrame(rows, columns=list(HEADER), dtype=object)


def _write(target: str | os.PathLike | IO, text: str) -> None:
    if isinstance(target, (str, os.PathLike)):
        write_atomically(target, text.encode("utf-8", errors="replace"))
    elif isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
        target, "mode", ""
    ):
        target.write(text.encode("utf-8", errors="replace"))
    else:
        target.write(text)


def export_timelinejs_csv(
    events: Iterable[Event],
    target: str | os.PathLike | IO,
    *,
    sources: dict[str, Article] | None = None,
    title: str = "",
    neutralise_formulas: bool = True,
) -> None:
    """Write the events as a TimelineJS sheet (UTF-8, CRLF rows) to a path, atomically, or
    to a stream, for File > Import into the Knight Lab Google Sheets template.

    ``sources`` (the document's articles by id) gives the source lines their titles and links.
    Cells a spreadsheet would run as formulas get a leading ``'`` unless told otherwise.
    """
    frame = timelinejs_frame(
        events, sources=sources, title=title, neutralise_formulas=neutralise_formulas
    )
    _write(target, frame.to_csv(index=False, lineterminator="\r\n"))


def timelinejs_json(
    events: Iterable[Event],
    *,
    title: str = "",
    sources: dict[str, Article] | None = None,
) -> dict[str, Any]:
    """The TimelineJS JSON object: date parts as strings, as the Knight Lab examples write them."""
    slides = []
    for event in events:
        slide: dict[str, Any] = {"start_date": _date_object(event.when.start)}
        if event.when.end is not None:
            slide["end_date"] = _date_object(event.when.end)
        slide["text"] = {
            "headline": html.escape(event.title, quote=False),
            "text": event_html(event, sources),
        }
        if event.category:
            slide["group"] = event.category
        if shown := display_date(event.when):
            slide["display_date"] = shown
        slide["unique_id"] = event.id
        slides.append(slide)
    payload: dict[str, Any] = {}
    if title:
        payload["title"] = {"text": {"headline": html.escape(title, quote=False), "text": ""}}
    payload["events"] = slides
    return payload


def export_timelinejs_json(
    events: Iterable[Event],
    target: str | os.PathLike | IO,
    *,
    title: str = "",
    sources: dict[str, Article] | None = None,
) -> None:
    """Write the TimelineJS JSON (UTF-8) to a path, atomically, or to a stream."""
    payload = timelinejs_json(events, title=title, sources=sources)
    _write(target, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


# --- reading: the slide text back into a description and sources ------------------------


class _SlideText(HTMLParser):
    """Splits slide HTML into paragraphs, quotes and source lines, as ``event_html`` writes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (kind, text): "p", "quote" or "source"
        self.kind = "p"
        self.buffer: list[str] = []

    def _flush(self) -> None:
        text = "".join(self.buffer).strip()
        if text:
            self.blocks.append((self.kind, text))
        self.kind, self.buffer = "p", []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.buffer.append("\n")
        elif tag in ("p", "div", "blockquote", "li", "h1", "h2", "h3"):
            self._flush()
            if tag == "blockquote":
                self.kind = "quote"
            elif "source" in (dict(attrs).get("class") or "").split():
                self.kind = "source"
            elif "confidence" in (dict(attrs).get("class") or "").split():
                self.kind = "confidence"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "blockquote", "li", "h1", "h2", "h3"):
            self._flush()

    def handle_data(self, data: str) -> None:
        self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _plain(text: str) -> str:
    """HTML cell text as plain text (a headline may hold tags or entities)."""
    parser = _SlideText()
    parser.feed(text)
    parser.close()
    return " ".join(" ".join(block for _, block in parser.blocks).split())


@dataclass(frozen=True)
class _SlideParts:
    description: str
    sources: tuple[SourceRef, ...]
    confidence: str  # the paragraph ``event_html`` writes the grade in, as text ("" if none)


def _read_slide_text(text: str) -> _SlideParts:
    parser = _SlideText()
    parser.feed(text)
    parser.close()
    description = "\n\n".join(
        "\n".join(line.strip() for line in block.split("\n"))
        for kind, block in parser.blocks
        if kind == "p"
    )
    refs: list[SourceRef] = []
    quote = None
    for kind, block in parser.blocks:
        if kind == "quote":
            if quote is not None:
                refs.append(SourceRef(evidence=quote))
            quote = " ".join(block.split())
        elif kind == "source":
            name = " ".join(block.split()).removeprefix("Source:").strip()
            refs.append(SourceRef(name=name, evidence=quote or ""))
            quote = None
    if quote is not None:
        refs.append(SourceRef(evidence=quote))
    confidence = "\n".join(block for kind, block in parser.blocks if kind == "confidence")
    return _SlideParts(description, tuple(refs), confidence)


# "Confidence: B2 (usually reliable source, probably true). The note", as event_html writes
# it; the words in brackets are the grade's own, said again.
_CONFIDENCE = re.compile(
    r"Confidence:\s*(?P<code>[^\s(.]*)\s*(?:\([^)]*\))?\.?\s*(?P<note>.*)", re.S | re.I
)


def _read_confidence(text: str, number: int, result: TimelineJsImport) -> tuple[str, str]:
    """The grade and note of a slide's confidence paragraph. The line saying where the
    sources disagree on the date is left out: it is worked out again from the sources. A
    text that is not a grade is a note on the row, as in a CSV file, and no grade."""
    text = text.split(DISAGREEMENT_PREFIX, 1)[0].strip()
    match = _CONFIDENCE.match(text)
    if match is None:
        return "", ""
    note = " ".join(match["note"].split())
    try:
        return read_grade(match["code"]), note
    except GradeError as error:
        result.problems.append(CsvProblem(number, "Text", f"{error}; it was left empty", False))
        return "", note


# --- reading: cells to dates ---------------------------------------------------------------

_TIME = re.compile(
    r"(\d{1,2})(?:[:.](\d{2})(?:[:.]\d{2}(?:[.,]\d+)?)?)?\s*(?:([ap])\.?m\.?)?", re.I
)
_APPROXIMATE = re.compile(r"^(?:about|around|approx(?:imately|\.)?|circa|ca\.|c\.|~)\s*", re.I)
_DISPLAY_SPLIT = re.compile(r"\s+(?:–|—|-|to|until)\s+", re.I)


def _number(cell: str, column: str) -> int | None:
    # TimelineJS strips spaces and thousands commas from its number cells ("1,914").
    cell = re.sub(r"[\s,]+", "", cell)
    if not cell:
        return None
    if not re.fullmatch(r"-?\d+", cell):
        raise _CellError(column, f'"{cell}" is not a whole number')
    return int(cell)


def _hour_minute(cell: str, column: str) -> tuple[int | None, int | None]:
    """A Time cell as TimelineJS reads it: "14", "14:30", "2:30 PM", "1430", "14:30:00"."""
    cell = cell.strip()
    if not cell:
        return None, None
    match = re.fullmatch(r"(\d{1,2})(\d{2})", cell) or _TIME.fullmatch(cell)
    if not match:
        raise _CellError(column, f'"{cell}" is not a time like 14:30')
    hour = int(match.group(1))
    minute = int(match.group(2)) if match.group(2) else None
    period = (match.group(3) or "").lower() if match.re is _TIME else ""
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    return hour, minute


def _date_from_parts(cells: dict[str, str], prefix: str) -> FuzzyDate | None:
    """The date of the Year/Month/Day/Time cells (or "End ..."), at the precision present."""
    names = [f"{prefix}{part}" for part in ("Year", "Month", "Day", "Time")]
    year, month, day = (_number(cells.get(name, ""), name) for name in names[:3])
    hour, minute = _hour_minute(cells.get(names[3], ""), names[3])
    if year is None:
        if any(v is not None for v in (month, day, hour)):
            raise _CellError(names[0], "a month, day or time is given without a year")
        return None
    try:
        return FuzzyDate(year, month, day, hour, minute)
    except DateError as error:
        # Name the cell at fault: "there is no month 13" is the Month's, and so on.
        message = str(error)
        found = re.search(r"no (month|day|hour|minute)\b", message)
        part = {"month": "Month", "day": "Day"}.get(found.group(1), "Time") if found else "Year"
        raise _CellError(f"{prefix}{part}", message) from None


def _date_from_text(cell: str, column: str) -> FuzzyDate | None:
    # The older TimelineJS sheet ("Start Date" column) holds dates like 1/15/2022 (US order).
    if not cell.strip():
        return None
    try:
        return read_date(cell, dayfirst=False)
    except DateError as error:
        raise _CellError(column, str(error)) from None


def _flags(words: str) -> tuple[bool, bool]:
    words = words.strip()
    approximate = bool(_APPROXIMATE.match(words)) or words.endswith("~")
    uncertain = "uncertain" in words.casefold() or words.endswith("?")
    return approximate, uncertain


def _apply_display(when: When, display: str) -> When:
    """Flags and "ongoing" from a Display Date in words, as ``display_date`` writes them."""
    if not display.strip():
        return when
    parts = _DISPLAY_SPLIT.split(display.strip(), maxsplit=1)
    start = when.start.with_flags(
        **dict(zip(("approximate", "uncertain"), _flags(parts[0]), strict=True))
    )
    if when.end is None:
        ongoing = len(parts) == 2 and parts[1].strip().casefold() == ONGOING
        ongoing = ongoing or (len(parts) == 1 and ONGOING in display.casefold())
        return When(start, ongoing=ongoing)
    end = when.end
    if len(parts) == 2:
        approximate, uncertain = _flags(parts[1])
        end = end.with_flags(approximate=approximate, uncertain=uncertain)
    return When(start, end)


# --- reading: the sheet ------------------------------------------------------------------

# Header cells matched case-insensitively with spaces/underscores collapsed. "Tag" is the
# older sheets' name for Group; "Start Date"/"End Date" their one-cell dates.
_ALIASES = {
    "tag": "Group",
    "start date": "Start Date",
    "end date": "End Date",
    "headline": "Headline",
    "title": "Headline",
}


def _header_key(cell: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", cell).split()).casefold()


def _column_names(header: list[str]) -> dict[int, str]:
    known = {_header_key(name): name for name in HEADER}
    names: dict[int, str] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell.removeprefix("\ufeff"))
        name = known.get(key) or _ALIASES.get(key)
        if name and name not in names.values():
            names[index] = name
    return names


def _read_text(source: str | os.PathLike | IO, name: str) -> str:
    data: bytes | str
    if isinstance(source, (str, os.PathLike)):
        data = read_bounded(Path(source), MAX_BYTES, TimelineJsError, "a TimelineJS sheet")
    else:
        data = source.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise TimelineJsError(f"{name}: the file is too large to be a TimelineJS sheet")
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return decode(data, name)[0]
    except CsvError as error:
        raise TimelineJsError(str(error)) from None


def import_timelinejs_csv(source: str | os.PathLike | IO) -> TimelineJsImport:
    """Read a TimelineJS sheet (CSV) into events, origin ``imported``.

    Dates come from Year/Month/Day/Time (and End ...) at the precision the filled cells
    give, or from older sheets' "Start Date"/"End Date". The "title" row becomes the title;
    "era" rows are skipped with a note. Rows that cannot be read are reported with their
    spreadsheet row number (header = row 1). Raises TimelineJsError when the file is not a
    TimelineJS sheet at all.
    """
    if isinstance(source, (str, os.PathLike)):
        name = Path(source).name or str(source)
    else:
        label = getattr(source, "name", None)
        name = Path(label).name if isinstance(label, str) and label else "<stream>"
    text = _read_text(source, name)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    except csv.Error as error:
        raise TimelineJsError(f"{name}: cannot be read as CSV ({error})") from None
    if not rows:
        raise TimelineJsError(f"{name}: the file is empty")
    columns = _column_names(rows[0])
    present = set(columns.values())
    if "Headline" not in present or not present & {"Year", "Start Date"}:
        raise TimelineJsError(
            f"{name}: this is not a TimelineJS sheet (it needs a Headline column and a Year "
            "or Start Date column)"
        )
    result = TimelineJsImport(title="", events=[])
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {columns[i]: cell.strip() for i, cell in enumerate(row) if i in columns}
        _read_row(cells, number, result)
    return result


def _read_row(cells: dict[str, str], number: int, result: TimelineJsImport) -> None:
    kind = cells.get("Type", "").casefold()
    headline = _plain(unneutralise(cells.get("Headline", "")))
    if kind == "title":
        if result.title:
            result.problems.append(CsvProblem(number, "Type", "a second title row was skipped"))
        else:
            result.title = headline
        return
    if kind == "era":
        result.problems.append(
            CsvProblem(number, "Type", "an era (a shaded span, not an event) was skipped")
        )
        return
    if not headline:
        result.problems.append(CsvProblem(number, "Headline", "the headline is empty"))
        return
    one_cell = "Start Date" in cells and not cells.get("Year")
    try:
        if one_cell:
            start = _date_from_text(cells["Start Date"], "Start Date")
            end = _date_from_text(cells.get("End Date", ""), "End Date")
        else:
            start = _date_from_parts(cells, "")
            end = _date_from_parts(cells, "End ")
        if start is None:
            raise _CellError("Year", "the date is empty")
        when = When(start, None if end == start else end)
        when = _apply_display(when, unneutralise(cells.get("Display Date", "")))
    except DateError as error:
        end_column = "End Date" if one_cell else "End Year"
        column = error.column if isinstance(error, _CellError) else end_column
        result.problems.append(CsvProblem(number, column, str(error)))
        return
    slide = _read_slide_text(cells.get("Text", ""))
    grade, note = _read_confidence(slide.confidence, number, result)
    result.events.append(
        Event(
            id=new_id(),
            title=headline,
            when=when,
            description=slide.description,
            category=unneutralise(cells.get("Group", "")),
            sources=slide.sources,
            origin=Origin.IMPORTED,
            # As from a CSV file: a grade read back is kept as given, not suggested anew.
            confidence=grade,
            confidence_note=note,
            confidence_set_by_hand=bool(grade),
        )
    )


# --- reading: the JSON format ------------------------------------------------------------

_JSON_DATE_PARTS = (("year", "Year"), ("month", "Month"), ("day", "Day"))


def is_timelinejs_header(header: list[str]) -> bool:
    """Whether a CSV header row is TimelineJS's template (Year ... Headline): such a sheet
    keeps its date in parts, which the plain CSV importer does not read."""
    present = set(_column_names(header).values())
    return {"Year", "Headline"} <= present


def _json_cells(date: object, prefix: str, where: str) -> dict[str, str]:
    """A JSON date object ({"year": "2014", "month": "3"}) as the sheet's date cells."""
    if date is None:
        return {}
    if not isinstance(date, dict):
        raise _CellError(f"{prefix}Year", f"{where} is not a date object")
    cells = {f"{prefix}{name}": str(date.get(key, "")) for key, name in _JSON_DATE_PARTS}
    hour, minute = str(date.get("hour", "")).strip(), str(date.get("minute", "")).strip()
    if hour:
        cells[f"{prefix}Time"] = f"{hour}:{int(minute):02d}" if minute.isdigit() else hour
    return cells


def import_timelinejs_json(source: str | os.PathLike | IO) -> TimelineJsImport:
    """Read TimelineJS JSON (``{"title": ..., "events": [...]}``) into events, origin
    ``imported``, as ``export_timelinejs_json`` writes it. Slides that cannot be read are
    reported by their number (the first slide is 1); TimelineJsError when the file is not
    TimelineJS JSON at all."""
    if isinstance(source, (str, os.PathLike)):
        name = Path(source).name or str(source)
    else:
        label = getattr(source, "name", None)
        name = Path(label).name if isinstance(label, str) and label else "<stream>"
    try:
        payload = json.loads(_read_text(source, name))
    except ValueError as error:
        raise TimelineJsError(f"{name}: this is not JSON ({error})") from None
    except RecursionError:
        raise TimelineJsError(f"{name}: this is not TimelineJS JSON (nested too deeply)") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("events"), list):
        raise TimelineJsError(f'{name}: this is not TimelineJS JSON (it has no "events" list)')
    result = TimelineJsImport(title="", events=[])
    title = payload.get("title")
    if isinstance(title, dict) and isinstance(title.get("text"), dict):
        result.title = _plain(str(title["text"].get("headline", "")))
    for number, slide in enumerate(payload["events"], start=1):
        if not isinstance(slide, dict):
            result.problems.append(CsvProblem(number, "", "this slide is not an object"))
            continue
        text = slide.get("text")
        if not isinstance(text, dict):
            text = {}
        try:
            cells = {
                **_json_cells(slide.get("start_date"), "", "start_date"),
                **_json_cells(slide.get("end_date"), "End ", "end_date"),
            }
        except _CellError as error:
            result.problems.append(CsvProblem(number, error.column, str(error)))
            continue
        cells.update(
            {
                "Headline": str(text.get("headline", "")),
                "Text": str(text.get("text", "")),
                "Group": str(slide.get("group", "")),
                "Display Date": str(slide.get("display_date", "")),
            }
        )
        _read_row(cells, number, result)
    return result
