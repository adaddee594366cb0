"""The CSV format: exact round trips, foreign files, formula neutralising."""

from __future__ import annotations

import calendar
import codecs
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core import csv_format
from timeline_app.core.csv_format import (
    COLUMNS,
    CsvError,
    export_csv,
    import_csv,
    join_list,
    neutralise,
    split_list,
    unneutralise,
)
from timeline_app.core.dates import DateError, FuzzyDate, When
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef


def _round_trip(events: list[Event], **options) -> csv_format.CsvImport:
    stream = io.StringIO(newline="")
    export_csv(events, stream, **options)
    return import_csv(io.StringIO(stream.getvalue()))


def _event(title: str = "Troops cross the border", when: str = "2022-02-24", **fields) -> Event:
    return Event(id=fields.pop("id", "e1"), title=title, when=When.from_edtf(when), **fields)


# --- strategies -----------------------------------------------------------------------------

# Text a spreadsheet cell may hold: anything but NUL (a CSV cannot carry it) and lone
# surrogates (not text), with the characters that break naive CSV code mixed in often.
_TRICKY = [
    ",",
    ";",
    "|",
    "\\",
    '"',
    "'",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "=",
    "+",
    "-",
    "@",
    " ",
    "NA",
    "null",
    "0012",
    "=SUM(A1)",
    "'=",
    "''-",
    "مرحبا",
    "שלום",
    "\u200f",
    "😀",
    "Ελλάδα",
    "Київ",
    "\u2028",
    "\x85",
    "#",
]
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
text = st.lists(st.one_of(st.text(_chars, max_size=8), st.sampled_from(_TRICKY)), max_size=6).map(
    "".join
)
names = text.map(str.strip).filter(bool)  # names in lists are trimmed by design


@st.composite
def fuzzy_dates(draw) -> FuzzyDate:
    year = draw(st.integers(1, 9999))
    parts = [year]
    precision = draw(st.integers(1, 5))
    if precision >= 2:
        parts.append(draw(st.integers(1, 12)))
    if precision >= 3:
        parts.append(draw(st.integers(1, calendar.monthrange(year, parts[1])[1])))
    if precision >= 4:
        parts.append(draw(st.integers(0, 23)))
    if precision >= 5:
        parts.append(draw(st.integers(0, 59)))
    return FuzzyDate(*parts, approximate=draw(st.booleans()), uncertain=draw(st.booleans()))


@st.composite
def whens(draw) -> When:
    start = draw(fuzzy_dates())
    kind = draw(st.sampled_from(["single", "range", "ongoing"]))
    if kind == "ongoing":
        return When(start, ongoing=True)
    if kind == "range":
        try:
            return When(start, draw(fuzzy_dates()))
        except DateError:
            pass  # the end came before the start: a single date is as good an example
    return When(start)


@st.composite
def source_refs(draw) -> tuple[SourceRef, ...]:
    labels = draw(st.lists(st.one_of(st.just(""), names), max_size=3))
    if not labels:
        return ()
    evidence = draw(text)
    attribution = draw(st.sampled_from(list(Attribution)))
    if labels == [""] and not evidence and attribution is Attribution.STATED:
        return ()  # a source with nothing to say leaves no trace in a row
    first = SourceRef(name=labels[0], evidence=evidence, attribution=attribution)
    return (first, *(SourceRef(name=label) for label in labels[1:]))


@st.composite
def event_lists(draw) -> list[Event]:
    count = draw(st.integers(1, 5))
    ids = draw(st.lists(names, min_size=count, max_size=count, unique=True))
    return [
        Event(
            id=event_id,
            title=draw(text.filter(str.strip)),
            when=draw(whens()),
            description=draw(text),
            category=draw(text),
            actors=tuple(draw(st.lists(names, max_size=4))),
            location=draw(text),
            sources=draw(source_refs()),
            origin=draw(st.sampled_from(list(Origin))),
        )
        for event_id in ids
    ]


# --- round trips ----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_lists())
def test_round_trip_gives_back_the_same_events(events):
    result = _round_trip(events)
    assert result.problems == []
    # Rows come by start date; events of one start keep the order they had.
    assert result.events == sorted(events, key=lambda e: e.when.start_ordinal)


@settings(max_examples=50, deadline=None)
@given(event_lists())
def test_round_trip_without_neutralising_keeps_cells_that_do_not_look_quoted(events):
    # Without neutralising, "'=x" is written as is and comes back as "=x": that is the
    # documented price. Every other event comes back whole.
    result = _round_trip(events, neutralise_formulas=False)
    # A title such as "'\r" comes back blank, and a blank title is a row reported, not read.
    by_date = sorted(events, key=lambda e: e.when.start_ordinal)
    kept = [e for e in by_date if unneutralise(e.title).strip()]
    assert len(result.problems) == len(events) - len(kept)
    assert len(result.events) == len(kept)
    for before, after in zip(kept, result.events, strict=True):
        assert after.when == before.when
        assert after.title == unneutralise(before.title)


@settings(max_examples=100, deadline=None)
@given(whens())
def test_dates_survive_with_precision_flags_and_ongoing(when):
    [event] = _round_trip([_event(when=when.to_edtf())]).events
    assert event.when == when
    assert event.when.start.precision == when.start.precision


@settings(max_examples=300)
@given(text)
def test_neutralise_is_undone_exactly(cell):
    assert unneutralise(neutralise(cell)) == cell
    assert neutralise(cell)[:1] not in ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=300)
@given(st.lists(names, max_size=5), st.sampled_from([";", "|"]))
def test_joined_names_split_back(items, separator):
    assert split_list(join_list(items, separator), separator) == items


def test_export_to_a_path_is_atomic_utf8_and_reads_back(tmp_path):
    events = [
        _event(id="a", title="Café", when="2014"),
        _event(id="b", title="Київ", when="2021-12-31T20:00"),
    ]
    target = tmp_path / "events.csv"
    export_csv(events, target, bom=True)
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"id,title,start,end,precision,")
    assert "Київ".encode() in data
    assert data.count(b"\r\n") == 3  # RFC 4180 rows
    export_csv(events[:1], target)
    assert (tmp_path / "events.csv~").read_bytes() == data  # the previous file is kept
    assert import_csv(target).events == events[:1]
    assert import_csv(target).source_name == "events.csv"


def test_header_is_exactly_the_documented_columns():
    stream = io.StringIO()
    export_csv([], stream)
    assert stream.getvalue() == ",".join(COLUMNS) + "\r\n"
    assert COLUMNS == (
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
    for column in COLUMNS:  # each column is documented in the module
        assert f"``{column}``" in csv_format.__doc__ + _column_doc()


def _column_doc() -> str:
    source = Path(csv_format.__file__).read_text(encoding="utf-8")
    return source[source.index("COLUMNS: tuple") : source.index("# Header names")]


def test_cells_are_written_as_documented():
    article = Article("s1", title="Kyiv Independent", url="https://kyivindependent.com/x")
    event = _event(
        when="2022-01-11~/2022-01~",
        actors=("Russia", "NATO; allies"),
        sources=(
            SourceRef(source_id="s1", evidence="Troops moved.", attribution=Attribution.CLAIMED),
            SourceRef(name="Reuters | wire"),
            SourceRef(source_id="gone", name="BBC"),
        ),
        origin=Origin.EXTRACTED,
    )
    stream = io.StringIO()
    export_csv([event], stream, sources={"s1": article})
    row = stream.getvalue().split("\r\n")[1]
    assert row == (
        "e1,Troops cross the border,2022-01-11,2022-01~,day,true,false,,"
        "Russia; NATO\\; allies,,,Kyiv Independent | Reuters \\| wire | BBC,Troops moved.,"
        "extracted,claimed,,,3"
    )


def test_source_falls_back_to_the_url_and_an_ongoing_range_ends_in_dots():
    article = Article("s1", url="https://example.org/a")
    event = _event(when="2015/..", sources=(SourceRef(source_id="s1"),))
    stream = io.StringIO()
    export_csv([event], stream, sources={"s1": article})
    cells = stream.getvalue().split("\r\n")[1].split(",")
    assert cells[2:5] == ["2015", "..", "year"]
    assert cells[11] == "https://example.org/a"


def test_nul_characters_are_dropped_on_export():
    stream = io.StringIO()
    export_csv([_event(title="a\x00b")], stream)
    assert "\x00" not in stream.getvalue()
    assert import_csv(io.StringIO(stream.getvalue())).events[0].title == "ab"


# --- formula neutralising -------------------------------------------------------------------


def test_formulas_are_neutralised_in_the_file_and_restored_on_import(tmp_path):
    event = _event(
        title="=SUM(A1)",
        description="-5 degrees",
        category="+1",
        location="@home",
        actors=("=HYPERLINK()",),
        sources=(SourceRef(name="'=quoted", evidence="\tcmd"),),
    )
    target = tmp_path / "f.csv"
    export_csv([event], target)
    data = target.read_bytes()
    for cell in (
        b"'=SUM(A1)",
        b"'-5 degrees",
        b"'+1",
        b"'@home",
        b"'=HYPERLINK()",
        b"'\tcmd",
        b"''=quoted",
    ):
        assert cell in data
    [back] = import_csv(target).events
    assert back == event


def test_without_neutralising_the_raw_cell_is_written():
    stream = io.StringIO()
    export_csv([_event(title="=SUM(A1)")], stream, neutralise_formulas=False)
    assert "\r\ne1,=SUM(A1),2022-02-24," in stream.getvalue()
    assert "'=SUM" not in stream.getvalue()


def test_a_leading_quote_before_ordinary_text_is_left_alone():
    assert neutralise("'hello") == "'hello"
    assert unneutralise("'hello") == "'hello"
    assert unneutralise("'-5") == "-5"
    assert unneutralise("'''=x") == "''=x"
    assert neutralise("2014") == "2014"


# --- foreign files --------------------------------------------------------------------------


def test_foreign_file_with_aliases_other_case_order_semicolons_and_latin1(tmp_path):
    # Cells holding the list separator ";" must be quoted in a ";"-delimited file.
    text = (
        " Headline ;DATE;End Date;Details;Tags;Group;Who;URL;Ignored\r\n"
        'Café opens;March 2014;;Größe;"x; y";économie;"A; B";https://a.example/é;zz\r\n'
        "Truce;Dec. 31, 2021;2022-01~;;;;;;\r\n"
    )
    path = tmp_path / "foreign.csv"
    path.write_bytes(text.encode("latin-1"))
    result = import_csv(path)
    assert result.problems == []
    assert result.delimiter == ";"
    assert result.encoding == "cp1252"
    assert result.ignored_columns == ["Ignored"]
    first, second = result.events
    assert first.title == "Café opens"
    assert first.when == When(FuzzyDate(2014, 3))
    assert first.description == "Größe"
    assert first.category == "économie"
    assert first.tags == ("x", "y")
    assert first.actors == ("A", "B")
    assert first.sources == (SourceRef(name="https://a.example/é"),)
    assert first.origin is Origin.IMPORTED
    assert len(first.id) == 12 and first.id != second.id
    assert second.when == When(FuzzyDate(2021, 12, 31), FuzzyDate(2022, 1, approximate=True))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom_and_tabs(tmp_path, codec):
    text = "Title\tStart Date\tprecision\nМир\t2015/..\tyear\n"
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-16-le": codecs.BOM_UTF16_LE}
    path = tmp_path / "wide.csv"
    path.write_bytes(bom[codec] + text.encode(codec))
    result = import_csv(path)
    assert result.problems == []
    assert result.delimiter == "\t"
    [event] = result.events
    assert (event.title, event.when) == ("Мир", When(FuzzyDate(2015), ongoing=True))


def test_cp1252_bytes_that_are_not_utf8():
    data = "title,start\n\u201cQuoted\u201d \u20ac,2014\n".encode("cp1252")
    result = import_csv(io.BytesIO(data))
    assert result.encoding == "cp1252"
    assert result.events[0].title == "\u201cQuoted\u201d \u20ac"


def test_pipe_delimiter_and_text_stays_text():
    data = "id|title|start|category\n0012|NA|2014|null\n"
    [event] = import_csv(io.StringIO(data)).events
    assert (event.id, event.title, event.category) == ("0012", "NA", "null")


def test_dayfirst_settles_ambiguous_dates():
    data = "title,date\nA,03/04/2021\n"
    assert import_csv(io.StringIO(data)).events[0].when.start == FuzzyDate(2021, 3, 4)
    assert import_csv(io.StringIO(data), dayfirst=True).events[0].when.start == FuzzyDate(
        2021, 4, 3
    )


def test_ranges_and_ongoing_written_by_hand_in_one_cell():
    data = "title,start\nA,2014 to 2015\nB,since March 2014\nC,2015/..\n"
    events = import_csv(io.StringIO(data)).events
    assert [e.when for e in events] == [
        When(FuzzyDate(2014), FuzzyDate(2015)),
        When(FuzzyDate(2014, 3), ongoing=True),
        When(FuzzyDate(2015), ongoing=True),
    ]


def test_flags_columns_add_to_the_date_and_precision_is_checked():
    data = (
        "title,start,precision,approximate,uncertain\n"
        "A,2014,year,TRUE,no\n"
        "B,2021-12-31,month,false,false\n"
    )
    result = import_csv(io.StringIO(data))
    assert [e.when.start for e in result.events] == [
        FuzzyDate(2014, approximate=True),
        FuzzyDate(2021, 12, 31),
    ]
    [note] = result.problems
    assert (note.row, note.column, note.skipped) == (3, "precision", False)
    assert "the date was used" in note.message


def test_empty_and_repeated_ids_get_new_ones_with_a_note():
    data = "id,title,start\n,A,2014\nx,B,2014\nx,C,2014\n"
    result = import_csv(io.StringIO(data))
    ids = [event.id for event in result.events]
    assert ids[1] == "x" and len(set(ids)) == 3 and ids[0] and ids[2] != "x"
    [note] = result.problems
    assert (note.row, note.column, note.skipped) == (4, "id", False)
    assert '"x" was used by an earlier row' in note.message


def test_row_numbers_count_spreadsheet_rows_across_multi_line_cells_and_blank_lines():
    data = 'title,start,description\nA,2014,"two\nlines"\n\nB,never,x\n'
    result = import_csv(io.StringIO(data))
    assert [e.title for e in result.events] == ["A"]
    [problem] = result.problems
    assert (problem.row, problem.column, problem.skipped) == (4, "start", True)
    assert str(problem).startswith("row 4, column start: ")


def test_problems_name_the_column_as_the_file_does():
    data = "Headline,When,End Date\nA,2015,2014\nB,someday,\n"
    result = import_csv(io.StringIO(data))
    assert [(p.row, p.column) for p in result.problems] == [(2, "End Date"), (3, "When")]
    assert result.columns == {"title": "Headline", "start": "When", "end": "End Date"}


def test_origin_column_is_kept_and_defaults_to_imported():
    data = "title,start,origin\nA,2014,manual\nB,2014,\nC,2014,Extracted\n"
    events = import_csv(io.StringIO(data)).events
    assert [e.origin for e in events] == [Origin.MANUAL, Origin.IMPORTED, Origin.EXTRACTED]


def test_header_only_file_gives_no_events_and_no_problems():
    result = import_csv(io.StringIO(",".join(COLUMNS) + "\r\n"))
    assert (result.events, result.problems) == ([], [])


def test_missing_required_column_names_what_was_found():
    with pytest.raises(CsvError) as caught:
        import_csv(io.StringIO("Headline,Notes\nA,b\n"))
    message = str(caught.value)
    assert message.startswith("<stream>: ")
    assert "start" in message and '"Headline", "Notes"' in message


def test_a_vanished_file_a_folder_and_a_too_large_file(tmp_path, monkeypatch):
    with pytest.raises(CsvError, match="does not exist"):
        import_csv(tmp_path / "gone.csv")
    with pytest.raises(CsvError, match="folder"):
        import_csv(tmp_path)
    path = tmp_path / "big.csv"
    path.write_text("title,start\n" + "A,2014\n" * 100)
    monkeypatch.setattr(csv_format, "MAX_CSV_BYTES", 500)
    with pytest.raises(CsvError, match=r"big\.csv: the file is .* larger than"):
        import_csv(path)
    stream = io.BytesIO(path.read_bytes())
    stream.name = "/somewhere/piped.csv"
    with pytest.raises(CsvError, match=r"^piped\.csv: the file is larger than"):
        import_csv(stream)


# --- issue 12: dates typed into a spreadsheet are read by the app's one reader ------------


def test_typed_ranges_in_a_start_cell_are_the_days_written_not_a_dateutil_guess():
    result = csv_format.import_csv(
        io.StringIO(
            "title,start,end\n"
            "Summit,5-7 May 2023,\n"
            'Talks,"March 1-3, 2022",\n'
            "Quarter,Q1 2022,\n"
            "Decade,the 1990s,\n"
            "Since,since 2015,\n"
            "Pair,1 March 2022,Q2 2022\n"
        )
    )
    assert result.problems == []
    assert [e.when for e in result.events] == [
        When(FuzzyDate(2023, 5, 5), FuzzyDate(2023, 5, 7)),
        When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 3, 3)),
        When(FuzzyDate(2022, 1), FuzzyDate(2022, 3)),
        When(FuzzyDate(1990, approximate=True), FuzzyDate(1999, approximate=True)),
        When(FuzzyDate(2015), ongoing=True),
        When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 6)),
    ]


def test_a_date_cell_the_reader_cannot_read_is_a_named_row_error_never_a_wrong_date():
    result = csv_format.import_csv(
        io.StringIO(
            "title,start,end\n"
            "A,last Tuesday,\n"
            "B,1 March 2022 blah,\n"
            "C,Dec 31,\n"
            "D,3/4/21,\n"
            "E,1-3 March 2022,5 March 2022\n"
            "F,2022-03-01,\n"
        )
    )
    assert [e.title for e in result.events] == ["F"]
    found = [(p.row, p.column, p.message.split(";")[0]) for p in result.problems]
    assert found == [
        (
            2,
            "start",
            '"last Tuesday" counts from a date, and there is none here: give the date itself',
        ),
        (3, "start", 'read "1 March 2022" but not "blah"'),
        (4, "start", '"Dec 31" has no year'),
        (5, "start", '"3/4/21": write the year in full (which century is "21"?)'),
        (6, "end", "the start (from 1 March 2022 to 3 March 2022) is already a range"),
    ]


@pytest.mark.parametrize(
    ("cell", "when"),
    [
        ("1-3 March 2022", When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 3, 3))),
        ("1 to 3 March 2022", When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 3, 3))),
        ("from 1 to 3 March 2022", When(FuzzyDate(2022, 3, 1), FuzzyDate(2022, 3, 3))),
        (
            "spring 2022",
            When(FuzzyDate(2022, 3, approximate=True), FuzzyDate(2022, 5, approximate=True)),
        ),
        ("the first half of 2021", When(FuzzyDate(2021, 1), FuzzyDate(2021, 6))),
        ("early March 2022", When(FuzzyDate(2022, 3, approximate=True))),
        (
            "the 19th century",
            When(FuzzyDate(1800, approximate=True), FuzzyDate(1899, approximate=True)),
        ),
        ("around 2015", When(FuzzyDate(2015, approximate=True))),
        ("c. 1990", When(FuzzyDate(1990, approximate=True))),
        ("2015/..", When(FuzzyDate(2015), ongoing=True)),
    ],
)
def test_every_kind_of_typed_date_imports_as_the_editor_reads_it(cell, when):
    result = csv_format.import_csv(io.StringIO(f'title,start\nEvent,"{cell}"\n'))
    assert result.problems == []
    assert [e.when for e in result.events] == [when]


@pytest.mark.parametrize("cell", ["yesterday", "three weeks ago", "last Tuesday", "early March"])
def test_relative_dates_in_a_csv_are_row_errors(cell):
    result = csv_format.import_csv(io.StringIO(f"title,start\nEvent,{cell}\n"))
    assert result.events == []
    assert [(p.row, p.column, p.skipped) for p in result.problems] == [(2, "start", True)]


# --- what a reader of the exported sheet sees (issue 16) ------------------------------------


def test_rows_come_by_start_date_and_ties_keep_their_order():
    events = [
        _event("Later", "2022-03", id="a"),
        _event("Earliest", "2014", id="b"),
        _event("Same start, first", "2022-01-10", id="c"),
        _event("Same start, second", "2022-01-10", id="d"),
    ]
    stream = io.StringIO()
    export_csv(events, stream)
    frame = pd.read_csv(io.StringIO(stream.getvalue()), dtype=str, keep_default_na=False)
    assert frame["id"].tolist() == ["b", "c", "d", "a"]


def test_an_event_added_by_hand_vouches_for_nothing_and_one_article_is_listed_once():
    article = Article("s1", title="Weapons and men")
    by_hand = _event("Noted by me", origin=Origin.MANUAL, id="m")
    twice = _event(
        "Two mentions",
        id="t",
        sources=(
            SourceRef(source_id="s1", evidence="First.", attribution=Attribution.REPORTED),
            SourceRef(source_id="s1", evidence="Again."),
        ),
    )
    stream = io.StringIO()
    export_csv([by_hand, twice], stream, sources={"s1": article})
    frame = pd.read_csv(io.StringIO(stream.getvalue()), dtype=str, keep_default_na=False)
    rows = frame.set_index("id")
    assert rows.loc["m", "attribution"] == "" and rows.loc["m", "source"] == ""
    assert rows.loc["t", "source"] == "Weapons and men"
    assert rows.loc["t", "attribution"] == "reported"
    back = {e.id: e for e in import_csv(io.StringIO(stream.getvalue())).events}
    assert back["m"].sources == ()
