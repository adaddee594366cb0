"""`crisis-timeline verify` checks every captured source against its SHA-256, and the custody
log lists every source with its capture record and evidence file, as CSV or JSON."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from timeline_app.cli import main
from timeline_app.core.custody_log import COLUMNS, export_custody_csv
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for

PAGES = [
    b"<html><p>Shelling resumed near the dam on Tuesday.</p></html>",
    b"Wire copy: shelling resumed near the dam on Tuesday.",
]


def desk(tmp_path, pages=PAGES):
    """A saved document of captured sources, its evidence beside it, and one typed source."""
    path = tmp_path / "dam.ctimeline"
    store = EvidenceStore(evidence_folder_for(path))
    articles = {}
    for number, raw in enumerate(pages, start=1):
        sha = store.put(raw)
        articles[f"s{number}"] = Article(
            f"s{number}",
            f"Report {number}",
            publisher='=HYPERLINK("http://evil")' if number == 2 else "Daily Post",
            url=f"https://news.example/{number}",
            sha256=sha,
            captured_at="2024-11-14T09:30:00Z",
            requested_url=f"http://news.example/r/{number}",
            server_date="Thu, 14 Nov 2024 09:30:00 GMT",
            last_modified="Wed, 13 Nov 2024 18:02:11 GMT",
            content_type="text/html; charset=utf-8",
            size=len(raw),
            copy_of="s1" if number == 2 else "",
        )
    articles["typed"] = Article("typed", "Notes typed in")
    save_document(TimelineDocument("Dam", [], articles), path)
    return path, store


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_verify_says_all_sources_match(tmp_path):
    path, _ = desk(tmp_path)
    status, out, _ = run("verify", str(path))
    assert status == 0
    assert out.strip() == "dam.ctimeline: all 2 sources match their SHA-256"


def test_verify_prints_one_line_per_problem_and_fails(tmp_path):
    path, store = desk(tmp_path)
    first, second = (hashlib.sha256(p).hexdigest() for p in PAGES)
    store.path_of(first).unlink()
    altered = store.path_of(second)
    altered.chmod(0o644)
    altered.write_bytes(PAGES[1].replace(b"Tuesday", b"Monday!"))
    status, out, _ = run("verify", str(path))
    assert status == 1
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert "“Report 1”" in lines[0] and "is missing" in lines[0]
    assert "“Report 2”" in lines[1] and "no longer matches its SHA-256" in lines[1]


def test_the_command_line_verify_runs_as_a_program(tmp_path):
    path, store = desk(tmp_path)
    store.path_of(hashlib.sha256(PAGES[0]).hexdigest()).unlink()
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "verify", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "is missing" in result.stdout
    assert "Traceback" not in result.stderr


def test_verify_of_a_document_without_captures_has_nothing_to_check(tmp_path):
    path = tmp_path / "plain.ctimeline"
    save_document(TimelineDocument("Plain", [], {"a": Article("a", "Typed")}), path)
    status, out, _ = run("verify", str(path))
    assert status == 0 and "nothing to check" in out


def test_verify_of_a_broken_document_says_so_on_one_line(tmp_path):
    path = tmp_path / "broken.ctimeline"
    path.write_text("{not json")
    status, out, err = run("verify", str(path))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "broken.ctimeline" in err and "not valid JSON" in err


def test_the_custody_log_as_csv_has_one_row_per_source_with_its_record(tmp_path):
    path, _ = desk(tmp_path)
    log = tmp_path / "log.csv"
    status, _, err = run("export", str(path), "-o", str(log), "--format", "custody")
    assert status == 0, err
    frame = pd.read_csv(log, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["id"]) == ["s1", "s2", "typed"]
    first = frame.iloc[0]
    sha = hashlib.sha256(PAGES[0]).hexdigest()
    assert first["sha256"] == sha and first["size"] == str(len(PAGES[0]))
    assert first["captured_at"] == "2024-11-14T09:30:00Z"
    assert first["requested_url"] == "http://news.example/r/1"
    assert first["url"] == "https://news.example/1"
    assert first["server_date"] == "Thu, 14 Nov 2024 09:30:00 GMT"
    assert first["evidence_file"] == f"dam.ctimeline-evidence/{sha[:2]}/{sha}"
    # the path it gives is the file that holds the bytes, relative to the document
    assert hashlib.sha256((tmp_path / first["evidence_file"]).read_bytes()).hexdigest() == sha
    assert frame.iloc[1]["copy_of"] == "s1"
    assert frame.iloc[1]["publisher"].startswith("'=HYPERLINK")  # never run as a formula
    assert frame.iloc[2]["sha256"] == "" and frame.iloc[2]["evidence_file"] == ""


def test_the_custody_log_as_json(tmp_path):
    path, _ = desk(tmp_path)
    log = tmp_path / "log.json"
    status, _, err = run("export", str(path), "-o", str(log), "--format", "custody")
    assert status == 0, err
    rows = json.loads(log.read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == ["s1", "s2", "typed"]
    assert set(rows[0]) == set(COLUMNS)
    assert rows[0]["size"] == len(PAGES[0]) and rows[2]["size"] is None
    assert rows[1]["publisher"] == '=HYPERLINK("http://evil")'  # JSON is data, not a sheet


def test_formulas_are_kept_when_asked(tmp_path):
    path, _ = desk(tmp_path)
    log = tmp_path / "log.csv"
    status, _, _ = run(
        "export", str(path), "-o", str(log), "--format", "custody", "--keep-formulas"
    )
    assert status == 0
    frame = pd.read_csv(log, dtype=str, keep_default_na=False)
    assert frame.iloc[1]["publisher"] == '=HYPERLINK("http://evil")'


@pytest.mark.parametrize("bom", [False, True])
def test_the_csv_log_is_utf8_with_crlf_rows(tmp_path, bom):
    articles = [Article("a", "Über “quotes”, and a\nnew line", sha256="", size=None)]
    log = tmp_path / "log.csv"
    export_custody_csv(articles, log, tmp_path / "d.ctimeline", bom=bom)
    raw = log.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    assert raw.count(b"\r\n") == 2
    frame = pd.read_csv(log, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert frame.iloc[0]["title"] == "Über “quotes”, and a\nnew line"


def test_extract_to_a_document_keeps_the_article_as_captured_beside_it(tmp_path, capsys):
    from timeline_app.core.document import load_document

    article = tmp_path / "dam.txt"
    article.write_bytes(
        b"Dam repairs\r\n\r\nKYIV, 14 November 2024 - Engineers began repairing the dam on "
        b"Thursday, the ministry said.\r\n"
    )
    document_path = tmp_path / "dam.ctimeline"
    assert main(["extract", str(article), "-o", str(document_path)]) == 0
    (source,) = load_document(document_path).sources.values()
    raw = article.read_bytes()
    assert source.sha256 == hashlib.sha256(raw).hexdigest() and source.size == len(raw)
    assert source.requested_url == article.resolve().as_uri() and source.captured_at
    assert EvidenceStore(evidence_folder_for(document_path)).read(source.sha256) == raw
    capsys.readouterr()
    assert main(["verify", str(document_path)]) == 0
    assert "all 1 sources match" in capsys.readouterr().out
