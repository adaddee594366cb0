"""Events as CSV: one row per event, for spreadsheets and for other timeline tools.

Writing goes through ``pandas.DataFrame.to_csv``; reading sniffs the delimiter on a sample
and then parses with pandas' C engine (4 to 8 times faster than pandas' own sniffing
Python engine on 100,000 rows). Every cell is read as text, so "NA", "null" and "0012" stay what they say.

Two promises, checked by the tests:

* ``import_csv(export_csv(events))`` gives back the same events (see ``COLUMNS`` for the
  few things a CSV row cannot hold).
* ``import_csv`` never raises anything but ``CsvError`` on a bad file, and it reports the
  rows it cannot read as ``CsvProblem`` values instead of dropping them silently.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from timeline_app.core.admiralty import GradeError, read_grade
from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.bounded_read import read_bounded
from timeline_app.core.corroboration import independent_sources
from timeline_app.core.date_reader import read_when
from timeline_app.core.dates import (
    DateError,
    Precision,
    When,
    read_edtf_date,
)
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef, new_id

COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "category",
    "actors",
    "location",
    "description",
    "source",
    "evidence",
    "origin",
    "attribution",
    "confidence",
    "confidence_note",
    "independent_sources",
)
"""The columns ``export_csv`` writes, in this order (UTF-8, comma, CRLF rows, RFC 4180 quotes).

==============  ============================================================================
``id``          The event's id; kept on import, a new one is made when empty or repeated.
``title``       What happened, one line. Required on import.
``start``       The start date as EDTF without the ~/? flags: ``2014``, ``2021-12``,
                ``2021-12-31``, ``2021-12-31T20:00``. Required on import, where any date a
                person writes is also read ("March 2014", "Dec. 31, 2021", "2015/..").
``end``         Empty for a single date, ``..`` for a range still going on, otherwise the
                end date as EDTF *with* its own flags (``2022-01~``).
``precision``   ``year``, ``month``, ``day``, ``hour`` or ``minute``: how much of the start is
                known. On import it is checked against the start date; the date text wins.
``approximate`` ``true``/``false``: the start is "about" (EDTF ``~``).
``uncertain``   ``true``/``false``: the start is "perhaps" (EDTF ``?``).
``category``    Free text, e.g. ``protest`` or ``diplomacy``.
``actors``      Who took part, joined with ``"; "``. A ``;`` or ``\\`` inside a name is written
                ``\\;`` or ``\\\\``. Names are trimmed; empty names are dropped.
``location``    Free text.
``description`` Free text; may hold line breaks.
``source``      For each source: its article's title, else its name, else its URL; several
                are joined with ``" | "`` (a ``|`` or ``\\`` inside is written ``\\|``/``\\\\``).
``evidence``    The first source's evidence sentence.
``origin``      ``extracted``, ``manual`` or ``imported`` (empty on import: ``imported``).
``attribution`` ``stated``, ``reported``, ``claimed`` or ``denied``: the first source's.
``confidence``  The Admiralty grade: a reliability letter A-F and a credibility digit 1-6
                (``B2``); empty when not graded. On import a grade is kept as if set by hand.
``confidence_note``  Why the event has its grade (suggested, or the user's note).
``independent_sources``  How many independent sources tell it (copies of one wire story and
                one article cited twice count once); written, not read back.
==============  ============================================================================

Free-text cells (id, title, category, actors, location, description, source, evidence,
confidence_note)
that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return are written with a
leading ``'`` so that spreadsheets show them instead of running them (OWASP CSV
injection); a cell that already begins with quotes followed by one of those gets one more
quote (``'=x`` is written ``''=x``). On import a cell of one or more quotes followed by
one of those characters loses one quote, so the round trip is exact.

A CSV row does not hold: source ids and character offsets, the sources' own attributions
after the first, ``attributed_to``, ``date_text``, conflicts and tags (a ``tags`` column
in a foreign file is read, split like actors). A source whose label, evidence and
attribution are all empty leaves no trace. NUL characters are dropped on export (a CSV
file cannot carry them) and lone surrogates become ``?``.
"""

# Header names other tools use, matched after trimming, case-folding and turning ``_``/``-``
# into spaces. "group"/"type" (TimelineJS) are categories; "tags" are Event.tags, not the
# category, because an event has one category but many tags.
ALIASES: dict[str, str] = {
    # Our own two-word columns, as the header key spells them.
    "confidence note": "confidence_note",
    "independent sources": "independent_sources",
    "grade": "confidence",
    "event id": "id",
    "uid": "id",
    "identifier": "id",
    "headline": "title",
    "name": "title",
    "event": "title",
    "event title": "title",
    "event name": "title",
    "date": "start",
    "start date": "start",
    "begin": "start",
    "from": "start",
    "when": "start",
    "start time": "start",
    "date start": "start",
    "end date": "end",
    "until": "end",
    "to": "end",
    "end time": "end",
    "date end": "end",
    "approx": "approximate",
    "circa": "approximate",
    "group": "category",
    "type": "category",
    "kind": "category",
    "event type": "category",
    "actor": "actors",
    "people": "actors",
    "participants": "actors",
    "parties": "actors",
    "who": "actors",
    "place": "location",
    "where": "location",
    "country": "location",
    "text": "description",
    "details": "description",
    "summary": "description",
    "notes": "description",
    "body": "description",
    "url": "source",
    "link": "source",
    "source url": "source",
    "source name": "source",
    "sources": "source",
    "publication": "source",
    "quote": "evidence",
    "sentence": "evidence",
    "excerpt": "evidence",
    "tags": "tags",
    "tag": "tags",
    "keywords": "tags",
}
REQUIRED = ("title", "start")
# Refuse before reading: no spreadsheet of events is this large, and decoding and parsing it
# would take several times its size in memory.
MAX_CSV_BYTES = 512 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")

# Text columns: neutralised on export, un-neutralised on import.
_TEXT_COLUMNS = (
    "id",
    "confidence_note",
    "title",
    "category",
    "actors",
    "location",
    "description",
    "source",
    "evidence",
    "tags",
)
# A spreadsheet skips blanks and line breaks before a formula ("\n=HYPERLINK(...)" runs too):
# what may precede = + - @ at the start of a cell.
_BLANKS = "\x01-\x20\x7f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
_STARTS = frozenset("'=+-@") | {  # first characters worth a regex match
    chr(code)
    for code in (*range(0x01, 0x21), 0x7F, 0xA0, 0x1680, *range(0x2000, 0x200C), 0x2028, 0x2029)
    + (0x202F, 0x205F, 0x3000, 0xFEFF)
}
_RISKY_START = re.compile(f"\x00['=+\\-@\t\r]|\x00[{_BLANKS}]+[=+\\-@]")  # cell starts so
_FORMULA = re.compile(f"'*(?:[{_BLANKS}]*[=+\\-@]|[\t\r])")
_QUOTED_FORMULA = re.compile(f"'+(?:[{_BLANKS}]*[=+\\-@]|[\t\r])")
_TRUE = {"true", "yes", "y", "1", "x", "t", "ja", "oui", "vrai", "wahr"}
_FALSE = {"false", "no", "n", "0", "", "f", "nein", "non", "faux", "falsch"}
_PRECISIONS = {p.label: p for p in Precision}
_LABELS = {p: p.label for p in Precision}
_ORIGINS = {o.value: o for o in Origin}
_ATTRIBUTIONS = {a.value: a for a in Attribution}


class CsvError(ValueError):
    """A CSV file that cannot be read at all; the message names the file and the place."""


class _CellError(Exception):
    """A date cell that cannot be read: the column at fault and why."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """Something wrong in one row: ``row`` as a spreadsheet numbers it (header = row 1),
    ``column`` as the file's header names it (empty when the whole row is at fault).

    ``skipped`` says whether the row was left out of the events (an unreadable date, an
    empty title) or read anyway (a note, e.g. a repeated id that was replaced).
    """

    row: int
    column: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        place = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{place}: {self.message}"


@dataclass
class CsvImport:
    """What ``import_csv`` read: the events, the problems it found, and how it read them."""

    events: list[Event]
    problems: list[CsvProblem]
    source_name: str
    columns: dict[str, str] = field(default_factory=dict)  # our column -> header in the file
    ignored_columns: list[str] = field(default_factory=list)
    delimiter: str = ","
    encoding: str = "utf-8"


# --- writing --------------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet should show it: ``=SUM(A1)`` becomes ``'=SUM(A1)``."""
    if cell[:1] in _STARTS and _FORMULA.match(cell):
        return "'" + cell
    return cell


def unneutralise(cell: str) -> str:
    """Undo ``neutralise``: ``'=SUM(A1)`` becomes ``=SUM(A1)``; ``'hello`` stays."""
    if cell[:1] == "'" and _QUOTED_FORMULA.match(cell):
        return cell[1:]
    return cell


def join_list(items: Iterable[str], separator: str, glue: str | None = None) -> str:
    """Join trimmed names with ``glue`` (default ``"<separator> "``), escaping the separator
    and the backslash inside names so that ``split_list`` gives them back."""
    escaped = []
    for item in items:
        item = item.strip()
        if "\\" in item or separator in item:
            item = item.replace("\\", "\\\\").replace(separator, "\\" + separator)
        escaped.append(item)
    return (f"{separator} " if glue is None else glue).join(escaped)


def split_list(cell: str, separator: str, *, keep_empty: bool = False) -> list[str]:
    """Split what ``join_list`` wrote; an unknown escape like ``\\x`` is kept as written.

    Names are trimmed (``join_list`` trims them too, so only hand-typed spaces around the
    separator go). ``keep_empty`` keeps empty names between separators, for the source
    column, where position matters.
    """
    if "\\" not in cell:
        parts = [part.strip() for part in cell.split(separator)]
    else:
        # A character the cell does not hold stands in for the escapes while it is split:
        # NUL, as import refuses it, else a private-use one. str.replace pairs backslashes
        # left to right, as reading the escapes one by one would.
        mark = "\x00" if "\x00" not in cell else _unused_character(cell)
        hidden = cell.replace("\\\\", mark + "b").replace("\\" + separator, mark + "s")
        parts = [
            part.replace(mark + "s", separator).replace(mark + "b", "\\").strip()
            for part in hidden.split(separator)
        ]
    if keep_empty:
        return [] if parts == [""] else parts
    return [part for part in parts if part]


def _unused_character(cell: str) -> str:
    return next(chr(code) for code in range(0xE000, 0x110000) if chr(code) not in cell)


def _source_label(ref: SourceRef, sources: dict[str, Article] | None) -> str:
    article = sources.get(ref.source_id) if sources and ref.source_id else None
    if article is not None:
        return article.title or ref.name or article.url
    return ref.name


def _date_cells(when: When) -> tuple[str, str, str, str, str]:
    """start, end, precision, approximate, uncertain of one When."""
    start = when.start
    text = start.to_edtf()
    if text[-1] in "~?%":
        text = text[:-1]
    end = ".." if when.ongoing else (when.end.to_edtf() if when.end is not None else "")
    return (
        text,
        end,
        start.precision.label,
        "true" if start.approximate else "false",
        "true" if start.uncertain else "false",
    )


def _source_cell(refs: tuple[SourceRef, ...], sources: dict[str, Article] | None) -> str:
    if len(refs) > 1:
        # Two mentions in one article are one source to a reader ("X | X" said it twice).
        seen: set[str] = set()
        kept = []
        for ref in refs:
            if ref.source_id and ref.source_id in seen:
                continue
            seen.add(ref.source_id)
            kept.append(ref)
        refs = tuple(kept)
    if len(refs) == 1:
        label = _source_label(refs[0], sources)
        if "|" not in label and "\\" not in label:
            return label.strip()
    return join_list((_source_label(ref, sources) for ref in refs), "|", " | ")


def events_frame(
    events: Iterable[Event],
    *,
    sources: dict[str, Article] | None = None,
    neutralise_formulas: bool = True,
) -> pd.DataFrame:
    """The events as a DataFrame of text with the ``COLUMNS``, ready for ``to_csv``."""
    events = list(events)
    # Many events share a date and a list of actors: work each out once. Dates by identity
    # (a loaded document shares one When per date; hashing a When runs Python code), with
    # the When kept in the entry so that its id cannot be reused by another object.
    date_cache: dict[int, tuple[When, tuple[str, str, str, str, str]]] = {}
    actor_cache: dict[tuple[str, ...], str] = {(): ""}
    dates, actors = [], []
    for event in events:
        when = event.when
        entry = date_cache.get(id(when))
        if entry is None:
            entry = date_cache[id(when)] = (when, _date_cells(when))
        dates.append(entry[1])
        cell = actor_cache.get(event.actors)
        if cell is None:
            cell = actor_cache[event.actors] = join_list(event.actors, ";")
        actors.append(cell)
    start, end, precision, approximate, uncertain = (
        (list(column) for column in zip(*dates, strict=True)) if dates else ([], [], [], [], [])
    )
    first = [event.sources[0] if event.sources else None for event in events]
    data: dict[str, list[str]] = {
        "id": [event.id for event in events],
        "title": [event.title for event in events],
        "start": start,
        "end": end,
        "precision": precision,
        "approximate": approximate,
        "uncertain": uncertain,
        "category": [event.category for event in events],
        "actors": actors,
        "location": [event.location for event in events],
        "description": [event.description for event in events],
        "source": [
            _source_cell(event.sources, sources) if event.sources else "" for event in events
        ],
        "evidence": [ref.evidence if ref is not None else "" for ref in first],
        # _value_ is the plain attribute behind Enum.value's descriptor: a tenth of the cost.
        "origin": [event.origin._value_ for event in events],
        # An event without a source (added by hand) has no one vouching for it: left empty.
        "attribution": [ref.attribution._value_ if ref is not None else "" for ref in first],
        "confidence": [event.confidence for event in events],
        "confidence_note": [event.confidence_note for event in events],
        "independent_sources": [
            str(independent_sources(event, sources or {})) if event.sources else "0"
            for event in events
        ],
    }
    if neutralise_formulas:
        for column in _TEXT_COLUMNS:
            # One scan of the joined column finds whether any cell starts like a formula
            # (rarely): only then is each cell looked at.
            if column in data and _RISKY_START.search("\x00" + "\x00".join(data[column])):
                # Inlined neutralise(): this runs on every text cell of the column.
                data[column] = [
                    "'" + value if value[:1] in _STARTS and _FORMULA.match(value) else value
                    for value in data[column]
                ]
    return pd.DataFrame(data, columns=list(COLUMNS), dtype=object)


def _start_key(event: Event) -> float:
    return event.when.start_ordinal


def export_csv(
    events: Iterable[Event],
    target: str | os.PathLike | IO,
    *,
    sources: dict[str, Article] | None = None,
    bom: bool = False,
    neutralise_formulas: bool = True,
) -> None:
    """Write one row per event (``COLUMNS``), by start date, to a path, atomically, or to a
    stream.

    ``sources`` (the document's articles by id) gives the source column its titles. ``bom``
    starts the file with a UTF-8 byte order mark, which older Excel needs to see UTF-8.
    A text stream should be opened with ``newline=""`` (rows end in CRLF, as RFC 4180 says).
    Raises OSError when the file cannot be written.
    """
    with _collector_paused():
        # By date, as a reader of a timeline expects; events of one start keep their order.
        ordered = sorted(events, key=_start_key)
        frame = events_frame(ordered, sources=sources, neutralise_formulas=neutralise_formulas)
    # CRLF rows: Python's csv writer then quotes every cell holding a \r or \n, so a lone
    # \r inside a description survives the C parser on the way back in.
    text = frame.to_csv(index=False, lineterminator="\r\n")
    if "\x00" in text:  # a CSV cannot carry NUL; import_csv would refuse the file
        text = text.replace("\x00", "")
    if isinstance(target, (str, os.PathLike)):
        encoding = "utf-8-sig" if bom else "utf-8"
        write_atomically(target, text.encode(encoding, errors="replace"))
    elif isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(
        getattr(target, "mode", "")
    ):
        target.write(("\ufeff" + text if bom else text).encode("utf-8", errors="replace"))
    else:
        target.write("\ufeff" + text if bom else text)


# --- reading: bytes to text -----------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _read_bytes(source, name: str) -> bytes | str:
    """The file's bytes (or a text stream's text), refusing what is too large to be a table."""
    if isinstance(source, (str, os.PathLike)):
        return read_bounded(Path(source), MAX_CSV_BYTES, CsvError, "a CSV file of events")
    try:
        data = source.read(MAX_CSV_BYTES + 1)
    except (OSError, ValueError) as error:
        raise CsvError(f"{name}: cannot be read ({error})") from None
    if data is None:  # a non-blocking stream with nothing to read yet
        data = b""
    if len(data) > MAX_CSV_BYTES:
        raise CsvError(
            f"{name}: the file is larger than the {MAX_CSV_BYTES >> 20} MiB limit for "
            "a CSV file of events"
        )
    return data


def _looks_utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a byte order mark: ASCII text has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    A byte order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8 is tried first and
    cp1252, then Latin-1, read what is left. NUL bytes mean a binary file. A UTF-8 file with
    a few bad bytes stays UTF-8, the bad bytes replaced by U+FFFD (see ``import_csv``).
    """
    not_csv = f"{name}: this is not a CSV file"
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        head = data[:1024]
        if b"\x00" in head:
            encoding = _looks_utf16_without_bom(head)
            if encoding is None:
                raise CsvError(f"{not_csv} (it holds binary data: NUL bytes)")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise CsvError(
                f"{not_csv} (it is not valid {encoding.upper()} at byte {error.start})"
            ) from None
        text = text.removeprefix("\ufeff")
    else:
        text, encoding = _decode_unmarked(data)
    _refuse_binary(text, not_csv, guessed=encoding in ("cp1252", "latin-1"))
    return text, encoding


def _decode_unmarked(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # One bad byte (a truncated copy, a stray cp1252 character) does not make a UTF-8 file
    # cp1252: that would garble every other accented letter in it ("Mélanie" as "MÃ©lanie").
    # The file is taken for UTF-8 when it holds at least as many well-formed multi-byte
    # characters as bad bytes; text in cp1252 almost never forms valid UTF-8 sequences.
    escaped = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for char in escaped if "\udc80" <= char <= "\udcff")
    good = sum(1 for char in escaped if char > "\x7f") - bad
    if good >= bad:
        return data.decode("utf-8", "replace"), "utf-8"
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _refuse_binary(text: str, not_csv: str, *, guessed: bool = False) -> None:
    """Refuse NUL characters, and control characters in text whose encoding was a guess.

    Only a guess is checked for control characters: an exported cell may hold them, but a
    file that is not even UTF-8 and has many of them is binary (random bytes have ~12%).
    """
    if "\x00" in text:
        raise CsvError(f"{not_csv} (it holds binary data: NUL characters)")
    if guessed:
        head = text[:1024]
        controls = sum(1 for char in head if char < " " and char not in "\t\n\r\f\v")
        if controls > max(2, len(head) // 20):
            raise CsvError(f"{not_csv} (it looks like binary data)")


# --- reading: text to a table ---------------------------------------------------------------


def _header_key(cell: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", cell).split()).casefold()


def _canonical(cell: str) -> str | None:
    key = _header_key(cell)
    if key in COLUMNS:
        return key
    return ALIASES.get(key)


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that best splits the first rows into known columns.

    Known column names in the header count most, then rows that split into as many cells
    as the header, then the number of cells: a sample of 64 KiB is enough for that.
    """
    sample = _sample(text)
    truncated = len(text) > len(sample)
    best, best_score = ",", None
    for delimiter in DELIMITERS:
        try:
            rows = []
            for row in csv.reader(io.StringIO(sample), delimiter=delimiter):
                rows.append(row)
                if len(rows) > 21:
                    break
        except csv.Error:
            continue
        if truncated and len(rows) > 1:
            rows = rows[:-1]  # the sample may end in the middle of a row
        rows = [row for row in rows if any(cell.strip() for cell in row)]
        if not rows:
            continue
        header, body = rows[0], rows[1:]
        known = sum(1 for cell in header if _canonical(cell))
        consistent = sum(1 for row in body if len(row) == len(header)) / len(body) if body else 1
        score = (known, len(header) > 1, consistent, len(header))
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def _sample(text: str) -> str:
    """The first 64 KiB of rows to look at, and all of the header however wide it is."""
    header_end = text.find("\n")
    return text[: max(65536, header_end + 65536)] if header_end >= 0 else text


# The widest header read: as many columns as a spreadsheet holds (Excel's and LibreOffice's
# last column, XFD); every row of the table is made as wide as the header.
MOST_COLUMNS = 16_384
_SKIPPED = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")
_EOF_IN_QUOTE = re.compile(r"EOF inside string starting at row (\d+)")


def _parse_table(text: str, delimiter: str, name: str) -> tuple[pd.DataFrame, np.ndarray, list]:
    """All cells as text, the spreadsheet row number of each line of it, and skipped rows."""
    widest, header_width, header_row = 1, 0, 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(_sample(text)), delimiter=delimiter)):
            widest = max(widest, len(row))
            if not header_width and any(row):
                header_width, header_row = len(row), number + 1
    except csv.Error:
        pass  # the parser below says what is wrong, with the row
    # The table is as wide as its header: one stray row of 100,000 delimiters would otherwise
    # make every row 100,000 cells wide (the parser skips it and it is reported instead).
    width = header_width or widest
    if width > MOST_COLUMNS:
        raise CsvError(
            f"{name}: the header (row {header_row or 1}) has {width:,} cells, more than the "
            f"{MOST_COLUMNS:,} columns a spreadsheet holds (empty cells at its end count too)"
        )
    # Room for a few more cells than the header: a ragged row then shows up in the extra
    # columns with its own row number instead of being skipped by the parser.
    width += 4
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                io.StringIO(text),
                sep=delimiter,
                header=None,
                names=list(range(width)),
                dtype=str,
                na_filter=False,
                keep_default_na=False,
                engine="c",
                skip_blank_lines=False,
                on_bad_lines="warn",
                quotechar='"',
                doublequote=True,
            )
        except pd.errors.EmptyDataError:
            raise CsvError(f"{name}: the file is empty") from None
        except pd.errors.ParserError as error:
            message = str(error)
            if match := _EOF_IN_QUOTE.search(message):
                raise CsvError(
                    f"{name}: row {int(match.group(1)) + 1}: a quoted cell is never closed "
                    '(a " is missing)'
                ) from None
            raise CsvError(f"{name}: cannot be read as CSV ({message})") from None
        except Exception as error:  # noqa: BLE001 - hostile input must not crash the app
            raise CsvError(f"{name}: cannot be read as CSV ({error})") from None
    skipped = []
    for warning in caught:
        for match in _SKIPPED.finditer(str(warning.message)):
            skipped.append((int(match.group(1)), int(match.group(3))))
    rows = np.arange(1, len(frame) + len(skipped) + 1)
    if skipped:
        rows = np.delete(rows, [number - 1 for number, _ in skipped])
    return frame, rows, skipped


# --- reading: rows to events ----------------------------------------------------------------


def _read_cell(text: str, column: str, dayfirst: bool) -> When:
    # No anchor: a cell saying "last Tuesday" is refused, not dated from the day of import.
    try:
        return read_when(text, dayfirst=dayfirst)
    except DateError as error:
        raise _CellError(column, str(error)) from None


def _read_when(start: str, end: str, dayfirst: bool) -> When:
    """The When of a start and an end cell; _CellError names the column at fault.

    A start cell may hold a whole range a person typed ("5-7 May 2023", "2014 to 2015",
    "since 2015"); then the end cell must be empty. An end cell holding a span ("Q1 2022")
    ends where the span ends.
    """
    start, end = start.strip(), end.strip()
    if not start:
        raise _CellError("start", "the start date is empty")
    first = _read_cell(start, "start", dayfirst)
    if not end:
        return first
    if first.is_range:
        raise _CellError(
            "end", f"the start ({first.describe()}) is already a range; the end must be empty"
        )
    if end.casefold() in ("..", "open", "ongoing", "present", "now", "today"):
        return When(first.start, ongoing=True)
    last = _read_cell(end, "end", dayfirst)
    if last.ongoing:
        raise _CellError("end", f'"{end}" is not an end: it is still going on')
    try:
        return When(first.start, last.end or last.start)
    except DateError as error:
        raise _CellError("end", str(error)) from None


def _flag(value: str) -> bool | None:
    value = value.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def import_csv(source: str | os.PathLike | IO, *, dayfirst: bool = False) -> CsvImport:
    """Read events from a CSV file written by this app or by another tool.

    ``source`` is a path or an open stream (bytes or text). Only a title and a start column
    are needed; the others are matched by name, case and spaces ignored, with ``ALIASES``.
    Rows that cannot be read are reported in ``problems`` with their row numbers; events
    get origin ``imported`` unless the origin column says otherwise. ``dayfirst`` settles
    "03/04/2021". Raises CsvError (naming the file) when the file as a whole cannot be read.
    """
    if isinstance(source, (str, os.PathLike)):
        name = Path(source).name or str(source)
    else:
        label = getattr(source, "name", None)
        name = Path(label).name if isinstance(label, str) and label else "<stream>"
    data = _read_bytes(source, name)
    if isinstance(data, str):
        text, encoding = data.removeprefix("\ufeff"), "text"
        _refuse_binary(text, f"{name}: this is not a CSV file")
    else:
        text, encoding = decode(data, name)
    # Bytes that were not UTF-8 in a UTF-8 file were replaced: name the rows that hold them.
    replaced = encoding == "utf-8" and isinstance(data, bytes) and "\ufffd" in text
    if not text.strip():
        raise CsvError(f"{name}: the file is empty (a CSV of events needs at least a header row)")
    delimiter = sniff_delimiter(text)
    with _collector_paused():
        frame, rows, skipped = _parse_table(text, delimiter, name)
        result = _read_events(frame, rows, skipped, name, dayfirst, delimiter, encoding)
    if replaced:
        result.problems.extend(_replaced_byte_notes(frame, rows))
        result.problems.sort(key=lambda problem: problem.row)
    return result


def _replaced_byte_notes(frame: pd.DataFrame, rows: np.ndarray) -> list[CsvProblem]:
    marked = np.zeros(len(frame), dtype=bool)
    for column in frame.columns:
        marked |= frame[column].str.contains("\ufffd", regex=False).to_numpy(dtype=bool)
    return [
        CsvProblem(
            int(row),
            "",
            "some bytes are not valid UTF-8; they are shown as \ufffd (check the text)",
            skipped=False,
        )
        for row in rows[marked]
    ]


@contextlib.contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector while many small objects are made.

    Making 100,000 events with their dates and sources sets off collections that walk the
    whole growing heap again and again: about 40% of an import. Events hold no cycles,
    so nothing is left for the collector to find afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# A message names at most this many of a header's cells, each cut to _CELL_SHOWN characters:
# a header of one cell of 100,000 characters is no message to read.
_NAMES_SHOWN = 12
_CELL_SHOWN = 40


def _shortened(cell: str) -> str:
    return cell if len(cell) <= _CELL_SHOWN else cell[: _CELL_SHOWN - 1] + "…"


def _read_events(
    frame: pd.DataFrame,
    rows: np.ndarray,
    skipped: list,
    name: str,
    dayfirst: bool,
    delimiter: str,
    encoding: str,
) -> CsvImport:
    """Events from the parsed table: header matched, each row read or reported."""
    nonblank = (frame != "").any(axis=1).to_numpy()
    if not nonblank.any():
        raise CsvError(f"{name}: the file is empty (a CSV of events needs at least a header row)")
    header_at = int(np.argmax(nonblank))
    header = [str(cell).strip() for cell in frame.iloc[header_at]]
    while header and not header[-1]:
        header.pop()

    # Our own names first, so that a file with both "start" and "date" uses "start".
    positions: dict[str, int] = {}
    for exact_only in (True, False):
        for index, cell in enumerate(header):
            key = _header_key(cell)
            column = key if key in COLUMNS else (None if exact_only else ALIASES.get(key))
            if column and column not in positions:
                positions[column] = index
    missing = [column for column in REQUIRED if column not in positions]
    if missing:
        named = [_shortened(cell) for cell in header if cell]
        found = ", ".join(f'"{cell}"' for cell in named[:_NAMES_SHOWN]) or "no names"
        if len(named) > _NAMES_SHOWN:
            found += f" and {len(named) - _NAMES_SHOWN:,} more"
        what = (
            f"the column {missing[0]} is"
            if len(missing) == 1
            else f"the columns {' and '.join(missing)} are"
        )
        raise CsvError(
            f"{name}: {what} missing; the header (row {int(rows[header_at])}) has {found}. "
            "Needed: title (or headline, name, event) and start (or date, start date)"
        )
    used = set(positions.values())
    ignored = [cell for index, cell in enumerate(header) if index not in used and cell]

    body = frame.iloc[header_at + 1 :]
    numbers = rows[header_at + 1 :].tolist()
    keep = nonblank[header_at + 1 :].tolist()
    ragged = (
        (body.iloc[:, len(header) :] != "").any(axis=1).tolist()
        if len(header) < len(frame.columns)
        else [False] * len(body)
    )
    cells: dict[str, list[str]] = {}
    for column, index in positions.items():
        values = body[index].tolist()
        if column in _TEXT_COLUMNS:
            # Inlined unneutralise(): this runs on every text cell of the file.
            values = [
                value[1:] if value[:1] == "'" and _QUOTED_FORMULA.match(value) else value
                for value in values
            ]
        cells[column] = values
    empty = [""] * len(body)
    columns = [
        cells.get(key, empty)
        for key in (*COLUMNS, "tags")  # the order the row loop below unpacks them in
    ]
    problems = [
        CsvProblem(
            number,
            "",
            f"the row has {seen} cells but the header has {len(header)}; it was left out",
        )
        for number, seen in skipped
    ]
    ragged_note = (
        f"the row has more cells than the {len(header)} columns of the header "
        "(a stray delimiter?); it was left out"
    )
    # Values repeat down a column (dates, actors, sources): read each distinct one once.
    date_cache: dict[tuple[str, ...], tuple[When | None, tuple]] = {}
    list_cache: dict[str, tuple[str, ...]] = {"": ()}
    ref_cache: dict[tuple[str, str, str], tuple[SourceRef, ...]] = {}
    origin_of: dict[str, Origin] = {"": Origin.IMPORTED, **_ORIGINS}
    seen_ids: set[str] = set()
    events: list[Event] = []
    for (
        row,
        keep_row,
        bad,
        event_id,
        title,
        start,
        end,
        precision,
        approximate,
        uncertain,
        category,
        actors,
        location,
        description,
        label,
        evidence,
        origin,
        attribution,
        confidence,
        confidence_note,
        _independent,
        tags,
    ) in zip(numbers, keep, ragged, *columns, strict=True):
        if not keep_row:
            continue  # a blank line is a blank spreadsheet row, not an event
        if bad:
            problems.append(CsvProblem(row, "", ragged_note))
            continue
        if not title.strip():
            problems.append(CsvProblem(row, "title", "the title is empty; the row was left out"))
            continue
        dates = (start, end, precision, approximate, uncertain)
        reading = date_cache.get(dates)
        if reading is None:
            reading = date_cache[dates] = _read_dates(*dates, dayfirst)
        when, notes = reading
        for column, message, left_out in notes:
            problems.append(CsvProblem(row, column, message, left_out))
        if when is None:
            continue

        if not event_id.strip():
            event_id = new_id()
        elif event_id in seen_ids:
            fresh = new_id()
            problems.append(
                CsvProblem(
                    row,
                    "id",
                    f'the id "{event_id}" was used by an earlier row; this event '
                    f'got the new id "{fresh}"',
                    skipped=False,
                )
            )
            event_id = fresh
        seen_ids.add(event_id)

        chosen_origin = origin_of.get(origin)
        if chosen_origin is None:
            chosen_origin = _choice(origin, _ORIGINS, Origin.IMPORTED, "origin", row, problems)
        refs = ref_cache.get((label, evidence, attribution))
        if refs is None:
            refs = _read_refs(label, evidence, attribution, row, problems)
            # A note about a bad attribution must be repeated on every row, so no cache.
            if len(ref_cache) < 100_000 and (not attribution or attribution in _ATTRIBUTIONS):
                ref_cache[(label, evidence, attribution)] = refs
        actor_names = list_cache.get(actors)
        if actor_names is None:
            actor_names = list_cache[actors] = tuple(split_list(actors, ";"))
        grade = ""
        if confidence:
            try:
                grade = read_grade(confidence)
            except GradeError as error:
                problems.append(
                    CsvProblem(row, "confidence", f"{error}; it was left empty", skipped=False)
                )
        tag_names = list_cache.get(tags)
        if tag_names is None:
            tag_names = list_cache[tags] = tuple(split_list(tags, ";"))
        events.append(
            Event(
                id=event_id,
                title=title,
                when=when,
                description=description,
                category=category,
                actors=actor_names,
                location=location,
                sources=refs,
                origin=chosen_origin,
                tags=tag_names,
                confidence=grade,
                confidence_note=confidence_note,
                confidence_set_by_hand=bool(grade),
            )
        )
    # Name columns as the file's header does ("Date", not "start"): that is what the
    # person sees in the spreadsheet.
    shown = {column: header[index] for column, index in positions.items() if header[index]}
    problems = [
        replace(problem, column=shown[problem.column])
        if shown.get(problem.column, problem.column) != problem.column
        else problem
        for problem in problems
    ]
    problems.sort(key=lambda problem: problem.row)
    return CsvImport(
        events=events,
        problems=problems,
        source_name=name,
        columns={column: header[index] for column, index in positions.items()},
        ignored_columns=ignored,
        delimiter=delimiter,
        encoding=encoding,
    )


def _read_dates(
    start: str, end: str, precision: str, approximate: str, uncertain: str, dayfirst: bool
) -> tuple[When | None, tuple[tuple[str, str, bool], ...]]:
    """The When of a row's date cells and its notes as (column, message, row left out)."""
    if (end == ".." or not end) and approximate in _FALSE and uncertain in _FALSE:
        # What this app writes: EDTF start, no end or "..", no flags in the columns.
        # Anything else, errors included, takes the long way below, which explains them.
        with contextlib.suppress(DateError):
            date = read_edtf_date(start)
            if date is not None and (not precision or precision == _LABELS[date.precision]):
                return When(date, ongoing=bool(end)), ()
    try:
        when = _read_when(start, end, dayfirst)
    except _CellError as error:
        return None, ((error.column, f"{error.message}; the row was left out", True),)
    notes = []
    if approximate not in _FALSE or uncertain not in _FALSE:
        flags = {}
        for column, value in (("approximate", approximate), ("uncertain", uncertain)):
            flag = _flag(value)
            if flag is None:
                notes.append(
                    (column, f'"{value}" is neither true nor false; false was used', False)
                )
            elif flag:
                flags[column] = True
        if flags:
            # The flags add to what the date text says ("2014~"); they never take it away.
            when = replace(when, start=when.start.with_flags(**flags))
    precision = precision.strip().casefold()
    if precision and precision != when.start.precision.label:
        if precision in _PRECISIONS:
            message = (
                f'the precision "{precision}" does not match the start date, which is '
                f"to the {when.start.precision.label}; the date was used"
            )
        else:
            message = (
                f'"{precision}" is not a precision (year, month, day, hour or minute); '
                "the date was used"
            )
        notes.append(("precision", message, False))
    return when, tuple(notes)


def _read_refs(
    label: str, evidence: str, attribution: str, row: int, problems: list[CsvProblem]
) -> tuple[SourceRef, ...]:
    """The source references of a row: evidence and attribution belong to the first."""
    chosen = _ATTRIBUTIONS.get(attribution) if attribution else Attribution.STATED
    if chosen is None:
        chosen = _choice(
            attribution, _ATTRIBUTIONS, Attribution.STATED, "attribution", row, problems
        )
    if "|" in label or "\\" in label:
        names = split_list(label, "|", keep_empty=True)
    else:
        names = [label.strip()] if label else []
    if not names and (evidence or chosen is not Attribution.STATED):
        names = [""]
    if not names:
        return ()
    first = SourceRef(name=names[0], evidence=evidence, attribution=chosen)
    return (first, *[SourceRef(name=name) for name in names[1:]]) if len(names) > 1 else (first,)


def _choice(value: str, allowed: dict, default, column: str, row: int, problems: list):
    key = value.strip().casefold()
    if not key:
        return default
    if key in allowed:
        return allowed[key]
    problems.append(
        CsvProblem(
            row,
            column,
            f'"{value}" is not one of {", ".join(allowed)}; {default.value} was used',
            skipped=False,
        )
    )
    return default
