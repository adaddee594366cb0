"""TimelineJS exchange: exports read back with independent readers, and the round trip."""

from __future__ import annotations

import csv
import html
import io
import json

import pandas as pd
import pytest

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.events import Article, Event, Origin, SourceRef
from timeline_app.core.timelinejs import (
    HEADER,
    TimelineJsError,
    export_timelinejs_csv,
    export_timelinejs_json,
    import_timelinejs_csv,
)

EXPECTED_HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
)

ARTICLES = {
    "a1": Article(
        "a1",
        title="Weapon and men towards Ukraine",
        publisher="Atlas of Wars",
        url="https://atlasofwars.com",
    ),
}


def _event(id_: str, title: str, when: str, **kw) -> Event:
    return Event(id_, title, When.from_edtf(when), **kw)


EVENTS = [
    _event(
        "e1",
        "Russia annexes Crimea",
        "2014",
        category="military",
        description="The peninsula is annexed.",
        sources=(SourceRef("a1", evidence='Russia annexed Crimea in 2014 & "stayed".'),),
    ),
    _event("e2", "Troops gather near the border", "2021-12", category="military"),
    _event("e3", "Talks in Geneva", "2022-01-10/2022-01-12", category="diplomacy"),
    _event("e4", "Fighting in the Donbas", "2015/..", category="military"),
    _event("e5", "Cyber attack on ministries", "2022-01-14T03~", category="cyber"),
    _event("e6", "Statement at 20:15", "2021-12-31T20:15"),
    _event("e7", '=HYPERLINK("http://x")', "2022-01-17?"),
]


@pytest.fixture
def csv_path(tmp_path):
    path = tmp_path / "timeline.csv"
    export_timelinejs_csv(EVENTS, path, sources=ARTICLES)
    return path


def _frame(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_csv_header_is_exactly_the_timelinejs_template(csv_path):
    first_line = csv_path.read_bytes().split(b"\r\n", 1)[0].decode("utf-8")
    assert first_line == EXPECTED_HEADER
    assert ",".join(HEADER) == EXPECTED_HEADER


def test_csv_dates_keep_their_precision_as_partial_cells(csv_path):
    frame = _frame(csv_path)
    assert len(frame) == len(EVENTS)
    year = frame.iloc[0]
    assert (year["Year"], year["Month"], year["Day"], year["Time"]) == ("2014", "", "", "")
    month = frame.iloc[1]
    assert (month["Year"], month["Month"], month["Day"]) == ("2021", "12", "")
    minute = frame.iloc[5]
    assert (minute["Year"], minute["Month"], minute["Day"], minute["Time"]) == (
        "2021",
        "12",
        "31",
        "20:15",
    )
    assert frame.iloc[4]["Time"] == "03"  # an hour alone: no invented minute


def test_csv_ranges_fill_the_end_and_ongoing_says_so(csv_path):
    frame = _frame(csv_path)
    talks = frame.iloc[2]
    assert (talks["End Year"], talks["End Month"], talks["End Day"]) == ("2022", "1", "12")
    assert talks["Display Date"] == ""
    ongoing = frame.iloc[3]
    assert (ongoing["End Year"], ongoing["End Month"], ongoing["End Day"]) == ("", "", "")
    assert "ongoing" in ongoing["Display Date"]
    assert frame.iloc[0]["End Year"] == ""


def test_csv_group_is_the_category_and_text_holds_evidence_and_source(csv_path):
    frame = _frame(csv_path)
    assert list(frame["Group"][:4]) == ["military", "military", "diplomacy", "military"]
    text = frame.iloc[0]["Text"]
    assert "The peninsula is annexed." in text
    assert html.escape('Russia annexed Crimea in 2014 & "stayed".', quote=False) in text
    assert "Weapon and men towards Ukraine" in text and "Atlas of Wars" in text
    assert 'href="https://atlasofwars.com"' in text


def test_csv_neutralises_formulas_and_escapes_html(csv_path):
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert rows[6]["Headline"].startswith("'=")
    event = _event("x", "<b>bold</b> claim", "2022")
    buffer = io.StringIO()
    export_timelinejs_csv([event], buffer)
    row = next(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert row["Headline"] == "&lt;b&gt;bold&lt;/b&gt; claim"


def test_csv_title_row():
    buffer = io.StringIO()
    export_timelinejs_csv(EVENTS[:1], buffer, title="Ukraine, winter 2022")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "Ukraine, winter 2022"
    assert rows[1]["Headline"] == "Russia annexes Crimea"


def test_unsafe_links_are_not_made(tmp_path):
    articles = {"a": Article("a", title="Trap", url="javascript:alert(1)")}
    event = _event("x", "E", "2022", sources=(SourceRef("a", evidence="q"),))
    buffer = io.StringIO()
    export_timelinejs_csv([event], buffer, sources=articles)
    assert "javascript:" not in buffer.getvalue() and "Trap" in buffer.getvalue()


def test_json_follows_the_timelinejs_format(tmp_path):
    path = tmp_path / "timeline.json"
    export_timelinejs_json(EVENTS, path, title="Ukraine", sources=ARTICLES)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "Ukraine"
    slides = data["events"]
    assert len(slides) == len(EVENTS)
    assert slides[0]["start_date"] == {"year": "2014"}
    assert "end_date" not in slides[0]
    assert slides[0]["group"] == "military" and slides[0]["unique_id"] == "e1"
    assert slides[0]["text"]["headline"] == "Russia annexes Crimea"
    assert "Russia annexed Crimea in 2014" in slides[0]["text"]["text"]
    assert slides[1]["start_date"] == {"year": "2021", "month": "12"}
    assert slides[2]["end_date"] == {"year": "2022", "month": "1", "day": "12"}
    assert "end_date" not in slides[3] and "ongoing" in slides[3]["display_date"]
    assert slides[4]["start_date"] == {"year": "2022", "month": "1", "day": "14", "hour": "3"}
    assert slides[4]["display_date"].startswith("about")
    assert slides[5]["start_date"]["minute"] == "15"
    for slide in slides:  # TimelineJS wants whole numbers, here as strings
        for part in (*slide["start_date"].values(), *slide.get("end_date", {}).values()):
            assert isinstance(part, str) and part.isdigit()


def test_round_trip_keeps_titles_dates_precision_and_groups(csv_path):
    result = import_timelinejs_csv(csv_path)
    assert result.problems == []
    assert [e.title for e in result.events] == [e.title for e in EVENTS]
    assert [e.when for e in result.events] == [e.when for e in EVENTS]
    assert [e.when.start.precision for e in result.events] == [
        Precision.YEAR,
        Precision.MONTH,
        Precision.DAY,
        Precision.YEAR,
        Precision.HOUR,
        Precision.MINUTE,
        Precision.DAY,
    ]
    assert [e.category for e in result.events] == [e.category for e in EVENTS]
    first = result.events[0]
    assert first.description == "The peninsula is annexed."
    assert first.sources[0].evidence == 'Russia annexed Crimea in 2014 & "stayed".'
    assert "Weapon and men towards Ukraine" in first.sources[0].name
    assert all(e.origin is Origin.IMPORTED for e in result.events)


def test_round_trip_of_multiline_description():
    event = _event("x", "E", "2022-02", description="One\nTwo\n\nThree <4>")
    buffer = io.StringIO()
    export_timelinejs_csv([event], buffer)
    result = import_timelinejs_csv(io.StringIO(buffer.getvalue()))
    assert result.events[0].description == "One\nTwo\n\nThree <4>"


def test_import_title_era_start_date_and_tag_columns():
    sheet = (
        "Start Date,End Date,Headline,Text,Tag,Type\n"
        ",,My timeline,,,title\n"
        "2014,2016,The era,,,era\n"
        "3/1/2014,,Spring,,politics,\n"
        "2015,,Second,<p>Body</p>,,\n"
    )
    result = import_timelinejs_csv(io.StringIO(sheet))
    assert result.title == "My timeline"
    assert [(p.row, p.column) for p in result.problems] == [(3, "Type")]
    assert "era" in result.problems[0].message
    spring, second = result.events
    assert spring.when.start == FuzzyDate(2014, 3, 1) and spring.category == "politics"
    assert second.when.start == FuzzyDate(2015) and second.description == "Body"


def test_import_reports_bad_rows_with_their_numbers():
    sheet = (
        "Year,Month,Day,Time,End Year,Headline\n"
        "2022,13,,,,Bad month\n"
        "2022,1,10,25:00,,Bad hour\n"
        "2022,1,10,,2021,Ends before it starts\n"
        "2022,,,,,\n"
        ",,,,,\n"
        '"1,914",7,28,2:30 PM,,Good\n'
    )
    result = import_timelinejs_csv(io.StringIO(sheet))
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Month"),
        (3, "Time"),
        (4, "End Year"),
        (5, "Headline"),
    ]
    (good,) = result.events
    assert good.when.start == FuzzyDate(1914, 7, 28, 14, 30)


def test_import_refuses_a_file_that_is_not_a_timelinejs_sheet(tmp_path):
    with pytest.raises(TimelineJsError, match="not a TimelineJS sheet"):
        import_timelinejs_csv(io.StringIO("a,b\n1,2\n"))
    with pytest.raises(TimelineJsError, match="does not exist"):
        import_timelinejs_csv(tmp_path / "missing.csv")


def test_export_to_a_path_is_atomic_and_keeps_a_backup(tmp_path):
    path = tmp_path / "t.csv"
    export_timelinejs_csv(EVENTS[:1], path)
    export_timelinejs_csv(EVENTS[:2], path)
    assert len(_frame(path)) == 2
    assert len(_frame(tmp_path / "t.csv~")) == 1


# --- the confidence grade, written into the slide text, is read back --------------------------


def _graded(**kw) -> Event:
    return _event(
        "g",
        "Dam repairs begin",
        "2024-11-14",
        sources=(SourceRef("a1", "Atlas of Wars", "Engineers began repairing the dam."),),
        **kw,
    )


@pytest.mark.parametrize("form", ["csv", "json"])
def test_a_round_trip_keeps_the_confidence_grade_and_its_note(tmp_path, form):
    from timeline_app.core.timelinejs import import_timelinejs_json

    event = _graded(confidence="B2", confidence_note="Two outlets agree (Reuters, AP).")
    path = tmp_path / f"graded.{form}"
    if form == "csv":
        export_timelinejs_csv([event, _event("u", "Not graded", "2024")], path, sources=ARTICLES)
        result = import_timelinejs_csv(path)
    else:
        export_timelinejs_json([event, _event("u", "Not graded", "2024")], path, sources=ARTICLES)
        result = import_timelinejs_json(path)
    assert result.problems == []
    graded, ungraded = result.events
    assert graded.confidence == "B2"
    assert graded.confidence_note == "Two outlets agree (Reuters, AP)."
    assert graded.confidence_set_by_hand  # as a CSV's grade: kept, not suggested anew
    assert "Confidence" not in graded.description and graded.sources[0].evidence
    assert (ungraded.confidence, ungraded.confidence_note) == ("", "")
    assert not ungraded.confidence_set_by_hand


def test_the_date_disagreement_line_is_not_taken_for_the_note():
    sheet = (
        "Year,Month,Day,Headline,Text\n"
        '2024,11,14,Dam,"<p class=""confidence"">Confidence: C3 (fairly reliable source, possibly '
        'true)<br>Sources disagree on the date: Reuters 14 Nov 2024; AP 15 Nov 2024</p>"\n'
    )
    (event,) = import_timelinejs_csv(io.StringIO(sheet)).events
    assert (event.confidence, event.confidence_note) == ("C3", "")


def test_a_confidence_that_is_not_a_grade_is_a_note_on_the_row():
    sheet = (
        "Year,Headline,Text\n"
        '2024,Dam,"<p>Repairs.</p><p class=""confidence"">Confidence: high. Seen by our '
        'stringer</p>"\n'
    )
    result = import_timelinejs_csv(io.StringIO(sheet))
    (event,) = result.events  # the row is read all the same
    assert event.confidence == "" and event.confidence_note == "Seen by our stringer"
    assert event.description == "Repairs."
    (problem,) = result.problems
    assert problem.row == 2 and not problem.skipped and "“high” is not a grade" in problem.message
