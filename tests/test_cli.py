"""The command line, as a script or a person without a screen uses it."""

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from timeline_app.cli import main
from timeline_app.core.bundled import seed_article_path
from timeline_app.core.document import TimelineDocument, load_document, save_document


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_tag_prints_timex3_values_as_json():
    result = run(
        "tag",
        "--dct",
        "2013-03-22",
        "--format",
        "json",
        "-",
        stdin="The bank raised rates on Monday and will meet again next week.",
    )
    assert result.returncode == 0, result.stderr
    found = {item["text"]: item for item in json.loads(result.stdout)}
    assert found["Monday"]["value"] == "2013-03-18"
    assert found["Monday"]["type"] == "DATE"
    assert found["next week"]["value"] == "2013-W13"


def test_tag_writes_timeml_leaving_the_text_unchanged(capsys):
    text_path = seed_article_path()
    assert main(["tag", "--dct", "2022-01-18", str(text_path)]) == 0
    out = capsys.readouterr().out
    assert '<TIMEX3 tid="t' in out and 'value="2022-01-17">Monday</TIMEX3>' in out
    stripped = re.sub(r"</?TIMEX3[^>]*>", "", out)
    original = text_path.read_text(encoding="utf-8")
    assert stripped.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") == original


def test_extract_writes_the_seed_events_to_csv(tmp_path):
    out = tmp_path / "seed.csv"
    result = run("extract", str(seed_article_path()), "--published", "2022-01-18", "-o", str(out))
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    starts = set(table["start"])
    assert {"2014", "2015", "2022-01-17", "2021-12-31"} <= starts
    crimea = table[table["start"] == "2014"]
    assert crimea["precision"].tolist()[0] == "year"
    ongoing = table[table["start"] == "2015"]
    assert ongoing["end"].tolist()[0] == ".."


def test_extract_grades_each_event_as_the_window_does(tmp_path):
    # One article, no outlet rated on the command line: reliability F; a stated happening
    # from one source is "possibly true" (3), a claim or a denial less.
    out = tmp_path / "seed.csv"
    result = run("extract", str(seed_article_path()), "--published", "2022-01-18", "-o", str(out))
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert table["confidence"].str.fullmatch(r"F[3-6]").all(), table["confidence"].tolist()
    stated = table[table["attribution"] == "stated"]
    assert not stated.empty and set(stated["confidence"]) == {"F3"}
    assert set(table["independent_sources"]) == {"1"}


def test_extract_without_output_prints_a_document(tmp_path):
    result = run("extract", str(seed_article_path()), "--published", "2022-01-18")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "crisis-timeline" and len(data["events"]) >= 6


def test_export_writes_csv_of_a_document(tmp_path):
    document_path = tmp_path / "doc.ctimeline"
    result = run("extract", str(seed_article_path()), "-o", str(document_path))
    assert result.returncode == 0, result.stderr  # the date comes from the seed's metadata
    csv_path = tmp_path / "doc.csv"
    assert main(["export", str(document_path), "-o", str(csv_path)]) == 0
    table = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    events = sorted(load_document(document_path).events, key=lambda e: e.when.start_ordinal)
    assert table["title"].tolist() == [e.title for e in events]  # by date


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["extract", "/nonexistent/article.txt", "--published", "2022-01-18"], "does not exist"),
        (["tag", "/nonexistent/text.txt"], "does not exist"),
        (["export", "/nonexistent/doc.ctimeline", "-o", "/tmp/x.csv"], "does not exist"),
    ],
)
def test_bad_input_prints_one_line_and_fails(capsys, args, fragment):
    assert main(args) != 0
    err = capsys.readouterr().err.strip()
    assert fragment in err and len(err.splitlines()) == 1


def test_a_published_date_that_is_not_a_date_is_refused():
    # read by the app's date reader (issue 12), which names what is missing
    result = run("extract", str(seed_article_path()), "--published", "18 January")
    assert result.returncode != 0
    assert '"18 January" has no year; give a day like 2022-01-18' in result.stderr
    result = run("extract", str(seed_article_path()), "--published", "January 2022")
    assert result.returncode != 0
    assert "not a day" in result.stderr


def test_an_article_without_a_date_asks_for_one(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("On Monday the talks resumed.", encoding="utf-8")
    result = run("extract", str(article))
    assert result.returncode != 0
    assert "--published" in result.stderr


def test_extract_reads_the_date_of_a_dateline_or_a_page(tmp_path, capsys):
    article = tmp_path / "port.txt"
    article.write_text(
        "Dockers end strike\n\nROTTERDAM, 14 November 2024 - The strike ended on Monday.",
        encoding="utf-8",
    )
    assert main(["extract", str(article)]) == 0
    document = json.loads(capsys.readouterr().out)
    [source] = document["sources"]
    assert source["published"] == "2024-11-14" and source["title"] == "Dockers end strike"
    assert [e["when"] for e in document["events"]] == ["2024-11-11"]
    page = tmp_path / "port.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-11-14T09:00Z">'
        "</head><body><article><p>The strike ended on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["events"][0]["when"] == "2024-11-11"


def test_extract_reads_a_page_as_the_windows_import_does(tmp_path, monkeypatch):
    """The story of a page is what trafilatura finds in it, on the command line as in the
    window: a page's events do not depend on the way it came in or the format written."""
    import trafilatura

    from timeline_app.core.capture import capture_path
    from timeline_app.core.extraction import extract_events

    page = tmp_path / "harbour.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2021-05-12T09:00Z">'
        "</head><body><article><p>The ferry service was suspended on Wednesday.</p>"
        "<p>Most read: Dunmore's mayor resigned on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    # Trafilatura's reading of a real page drops such teasers; here it is told to.
    monkeypatch.setattr(
        trafilatura, "extract", lambda *a, **k: "The ferry service was suspended on Wednesday."
    )
    [captured] = capture_path(page)
    window = [e.title for e in extract_events(captured.article.text, captured.article.published)]
    assert window == ["Ferry service suspended"]
    for output in ("events.csv", "events.ctimeline"):
        assert main(["extract", str(page), "-o", str(tmp_path / output)]) == 0
    assert pd.read_csv(tmp_path / "events.csv")["title"].tolist() == window
    assert [e.title for e in load_document(tmp_path / "events.ctimeline").events] == window


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("On Monday the talks resumed.", "the publication date is unknown"),
        ("KYIV, March 2 (Reuters) - Talks resumed on Monday.", "“KYIV, March 2” gives no year"),
    ],
)
def test_extract_refuses_an_article_that_does_not_say_its_year(tmp_path, capsys, text, says):
    article = tmp_path / "note.txt"
    article.write_text(text, encoding="utf-8")
    assert main(["extract", str(article)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert says in line and "--published YYYY-MM-DD" in line


def test_export_of_a_broken_document_names_the_problem(tmp_path, capsys):
    broken = tmp_path / "broken.ctimeline"
    broken.write_text('{"format": "crisis-timeline", "version": 1, "events": [{"id": "a"}]}')
    assert main(["export", str(broken), "-o", str(tmp_path / "out.csv")]) == 1
    assert 'event 1 has no "title"' in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


def test_export_refuses_an_unknown_format(tmp_path, capsys):
    path = tmp_path / "doc.ctimeline"
    save_document(TimelineDocument("t"), path)
    assert main(["export", str(path), "-o", str(tmp_path / "out.xyz")]) == 1
    assert "format" in capsys.readouterr().err


# --- export reads what the window opens (issue 12) ---------------------------------------


def test_export_reads_a_csv_and_says_which_rows_it_could_not_read(tmp_path, capsys):
    sheet = tmp_path / "typed.csv"
    sheet.write_text(
        "title,start\n"
        "Summit,5-7 May 2023\n"
        'Talks,"March 1-3, 2022"\n'
        "Vote,last Tuesday\n"
        "Deal,1 March 2022 blah\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert main(["export", str(sheet), "-o", str(out)]) == 0
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert table[["title", "start", "end"]].values.tolist() == [  # by date
        ["Talks", "2022-03-01", "2022-03-03"],
        ["Summit", "2023-05-05", "2023-05-07"],
    ]
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("crisis-timeline: typed.csv: row 4 (start): ")
    assert '"last Tuesday" counts from a date' in errors[0]
    assert 'row 5 (start): read "1 March 2022" but not "blah"' in errors[1]


def test_export_fails_when_no_row_of_a_csv_can_be_read(tmp_path, capsys):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("title,start\nVote,yesterday\n", encoding="utf-8")
    assert main(["export", str(sheet), "-o", str(tmp_path / "out.csv")]) == 1
    err = capsys.readouterr().err
    assert "row 2 (start)" in err and "no event could be read" in err
    assert not (tmp_path / "out.csv").exists()


def test_export_reads_its_own_timelinejs_files_back(tmp_path, make_document):
    document = make_document()
    save_document(document, tmp_path / "doc.ctimeline")
    for name in ("tl.csv", "tl.json"):
        fmt = "timelinejs-csv" if name.endswith(".csv") else "timelinejs-json"
        args = ["export", str(tmp_path / "doc.ctimeline"), "-o", str(tmp_path / name)]
        assert main([*args, "--format", fmt]) == 0
        assert main(["export", str(tmp_path / name), "-o", str(tmp_path / f"{name}.csv")]) == 0
        table = pd.read_csv(tmp_path / f"{name}.csv", dtype=str, keep_default_na=False)
        by_date = sorted(document.events, key=lambda e: e.when.start_ordinal)
        assert table["title"].tolist() == [e.title for e in by_date]
        assert table["start"].tolist() == [e.when.start.to_edtf().rstrip("~?%") for e in by_date]


def test_export_of_an_article_says_to_extract_it_first(capsys):
    assert main(["export", str(seed_article_path()), "-o", "/tmp/never.csv"]) == 1
    err = capsys.readouterr().err.strip()
    assert "this is an article" in err and "crisis-timeline extract" in err
    assert len(err.splitlines()) == 1


def test_export_reads_numeric_dates_day_first_when_told(tmp_path):
    sheet = tmp_path / "numeric.csv"
    sheet.write_text("title,start\nTalks,03/04/2021\n", encoding="utf-8")
    for flag, start in (([], "2021-03-04"), (["--day-first"], "2021-04-03")):
        assert main(["export", str(sheet), "-o", str(tmp_path / "out.csv"), *flag]) == 0
        table = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
        assert table["start"].tolist() == [start]


def test_extract_refuses_a_book_length_text_in_one_line(tmp_path, capsys):
    book = tmp_path / "book.txt"
    book.write_text("On 3 March 2022 the army shelled the port.\n" * 30_000, encoding="utf-8")
    assert main(["extract", str(book), "--published", "2022-03-05"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "book.txt" in line and "split it into articles" in line
