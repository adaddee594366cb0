"""Many sources into a document: each captured once, its bytes kept as evidence, and what the
document already holds (by SHA-256) never read again."""

from __future__ import annotations

import hashlib

import pytest

from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceStore
from timeline_app.core.source_intake import take_in

STORY = (
    "KYIV, 14 November 2024 - Engineers began repairing the dam on Thursday, the ministry "
    "said, after shelling stopped for the first time in a week.\n"
)


def write_articles(folder, count: int) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"report-{number}.txt"
        path.write_text(f"Report {number}\n\n{STORY}Paragraph {number} of its own.\n")
        paths.append(path)
    return paths


def test_a_folder_is_captured_with_each_source_kept_as_evidence(tmp_path):
    paths = write_articles(tmp_path / "inbox" / "deeper", 3)
    (tmp_path / "inbox" / "notes.pdf").write_bytes(b"%PDF not an article")
    store = EvidenceStore(tmp_path / "store")
    seen: list[float] = []
    intake = take_in([str(tmp_path / "inbox")], store, {}, report=seen.append)
    assert len(intake.captured) == 3 and intake.skipped == 0 and intake.problems == []
    for path, captured in zip(paths, intake.captured, strict=True):
        raw = path.read_bytes()
        assert captured.article.sha256 == hashlib.sha256(raw).hexdigest()
        assert captured.article.size == len(raw)
        assert store.read(captured.article.sha256) == raw
        assert captured.article.captured_at.endswith("Z")
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_sources_the_document_holds_are_left_out_unread(tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "inbox", 3)
    store = EvidenceStore(tmp_path / "store")
    first = take_in([str(paths[0])], store, {})
    held = {a.article.id: a.article for a in first.captured}

    read = []
    import timeline_app.core.source_intake as intake_module

    real = intake_module.capture_source

    def counting(spec, client=None):
        read.append(spec.location)
        return real(spec, client)

    monkeypatch.setattr(intake_module, "capture_source", counting)
    again = take_in([str(tmp_path / "inbox")], store, held)
    assert again.skipped == 1
    assert [c.article.title for c in again.captured] == ["Report 1", "Report 2"]
    assert str(paths[0]) not in read  # hashed, never read as an article again


def test_the_same_file_twice_in_one_intake_is_taken_once(tmp_path):
    paths = write_articles(tmp_path / "inbox", 1)
    intake = take_in([str(paths[0]), str(tmp_path / "inbox")], EvidenceStore(tmp_path / "s"), {})
    assert len(intake.captured) == 1 and intake.skipped == 1


def test_a_page_with_the_text_of_one_held_gets_an_id_of_its_own_and_says_it_is_a_copy(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(f"Dam repairs\n\n{STORY}")
    (inbox / "b.txt").write_text(f"Dam repairs\n\n{STORY}", encoding="utf-8-sig")  # a BOM
    intake = take_in([str(inbox)], EvidenceStore(tmp_path / "s"), {})
    first, second = (c.article for c in intake.captured)
    assert first.text == second.text and first.sha256 != second.sha256
    assert second.id != first.id and second.copy_of == first.id


def test_problems_are_named_and_the_rest_is_taken(tmp_path):
    paths = write_articles(tmp_path / "inbox", 1)
    empty = tmp_path / "empty"
    empty.mkdir()
    intake = take_in(
        [str(tmp_path / "gone.txt"), str(empty), str(paths[0])], EvidenceStore(tmp_path / "s"), {}
    )
    assert len(intake.captured) == 1
    assert len(intake.problems) == 2
    assert "gone.txt" in intake.problems[0] and "empty" in intake.problems[1]


def test_a_web_page_behind_a_redirect_keeps_both_addresses_and_the_server_dates(
    tmp_path, local_web
):
    page = f"<html><head><title>Dam repairs</title></head><body><article><p>{STORY * 3}</p>"
    page += "</article></body></html>"
    final = local_web.add(
        "/story", page.encode(), headers={"Last-Modified": "Wed, 13 Nov 2024 18:02:11 GMT"}
    )
    asked = local_web.redirect("/s/1", "/story")
    store = EvidenceStore(tmp_path / "s")
    intake = take_in([asked], store, {})
    assert intake.problems == []
    (captured,) = intake.captured
    article = captured.article
    assert article.requested_url == asked and article.url == final
    assert article.last_modified == "Wed, 13 Nov 2024 18:02:11 GMT"
    assert article.server_date.endswith("GMT")
    assert store.read(article.sha256) == page.encode()
    held = {article.id: article}
    assert take_in([asked], store, held).skipped == 1


def test_stopping_between_two_sources(tmp_path):
    write_articles(tmp_path / "inbox", 4)
    store = EvidenceStore(tmp_path / "s")
    reports = []

    class Stop(Exception):
        pass

    def report(fraction: float) -> None:
        reports.append(fraction)
        if len(reports) > 3:
            raise Stop

    with pytest.raises(Stop):
        take_in([str(tmp_path / "inbox")], store, {}, report=report)
    kept = [p for p in (tmp_path / "s").rglob("*") if p.is_file()]
    assert 0 < len(kept) < 4  # those read before the stop are kept whole, the rest unread


def test_held_articles_without_a_hash_do_not_stop_anything(tmp_path):
    paths = write_articles(tmp_path / "inbox", 1)
    intake = take_in([str(paths[0])], EvidenceStore(tmp_path / "s"), {"x": Article("x", "Typed")})
    assert len(intake.captured) == 1


# --- an article opened, imported, dropped or pasted in the window -----------------------------


def test_article_files_are_kept_as_captured_and_those_held_left_out_unread(tmp_path, monkeypatch):
    from timeline_app.core import source_intake
    from timeline_app.core.source_intake import take_in_article_files

    paths = write_articles(tmp_path / "inbox", 3)
    store = EvidenceStore(tmp_path / "store")
    first = take_in_article_files(paths[:1], store, {})
    (captured,) = first.captured
    assert store.read(captured.article.sha256) == paths[0].read_bytes()
    held = {captured.article.id: captured.article}

    read = []
    real = source_intake.capture_article_file
    monkeypatch.setattr(
        source_intake, "capture_article_file", lambda path: read.append(path) or real(path)
    )
    again = take_in_article_files([*paths, paths[1]], store, held)
    assert [c.article.title for c in again.captured] == ["Report 1", "Report 2"]
    assert again.skipped == 2 and again.left_out == ["report-0.txt", "report-1.txt"]
    assert paths[0] not in read  # hashed, never read again
    assert all(store.has(c.article.sha256, c.article.size) for c in again.captured)


def test_article_files_that_cannot_be_read_or_kept_are_named(tmp_path, monkeypatch):
    from timeline_app.core.source_intake import take_in_article_files

    paths = write_articles(tmp_path / "inbox", 1)
    (tmp_path / "empty.txt").write_text("  \n")
    intake = take_in_article_files(
        [tmp_path / "gone.txt", tmp_path / "empty.txt", paths[0]], EvidenceStore(tmp_path / "s"), {}
    )
    assert [c.article.title for c in intake.captured] == ["Report 0"]
    assert "gone.txt" in intake.problems[0] and "empty.txt" in intake.problems[1]

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline_app.core.evidence_store.write_atomically", full_disk)
    (tmp_path / "new.txt").write_text("New\n\n" + STORY)
    refused = take_in_article_files([tmp_path / "new.txt"], EvidenceStore(tmp_path / "t"), {})
    assert refused.captured == []  # never an article on the timeline with no capture kept
    assert "new.txt" in refused.problems[0] and "No space left" in refused.problems[0]


def test_an_article_read_before_without_a_capture_keeps_its_id_and_gains_one(tmp_path):
    from timeline_app.core.article_reading import read_article_file
    from timeline_app.core.source_intake import take_in_article_files

    paths = write_articles(tmp_path / "inbox", 1)
    older = read_article_file(paths[0]).article  # an older document: no custody record
    intake = take_in_article_files(paths, EvidenceStore(tmp_path / "s"), {older.id: older})
    (captured,) = intake.captured
    assert captured.article.id == older.id and not captured.article.copy_of
    assert captured.article.sha256


def test_the_same_text_pasted_twice_is_taken_once(tmp_path):
    from timeline_app.core.source_intake import take_in_pasted

    store = EvidenceStore(tmp_path / "s")
    text = f"Dam repairs\n\n{STORY}"
    first = take_in_pasted(text, store, {})
    (captured,) = first.captured
    assert store.read(captured.article.sha256) == text.encode("utf-8")
    again = take_in_pasted(text, store, {captured.article.id: captured.article})
    assert again.captured == [] and again.left_out == ["clipboard:"]
    other = take_in_pasted(text + "More.\n", store, {captured.article.id: captured.article})
    assert len(other.captured) == 1
