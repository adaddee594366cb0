"""Custody in the window: captures checked when a document opens, kept beside it when it is
saved, many sources brought in off the GUI thread, the capture record in the detail pane and
the custody log in File ▸ Export."""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, load_document, save_document
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for
from timeline_app.ui import message_boxes
from timeline_app.ui.main_window import MainWindow

PAGES = [
    b"<html><body><p>Engineers began repairing the dam on Thursday.</p></body></html>",
    b"<html><body><p>Repairs to the dam began on Thursday, officials said.</p></body></html>",
    b"Dam repairs\n\nThe dam's repair started on Thursday, the ministry said.\n",
]
STORY = (
    "KYIV, 14 November 2024 - Engineers began repairing the dam on Thursday, the ministry said.\n"
)


class Recorder:
    def __init__(self):
        self.calls: list[tuple] = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return message_boxes.Button.Ok

    @property
    def text(self) -> str:
        return "\n".join(
            str(part) for args, kwargs in self.calls for part in (*args[1:], *kwargs.values())
        )


@pytest.fixture
def win(qtbot):
    window = MainWindow()
    window.set_document(TimelineDocument(), None)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.files.sources.cancel()
    window.undo_stack.setClean()
    window.articles.close_queue()  # an article left under review would be asked about
    window.close()
    window.deleteLater()


def captured_article(raw: bytes, number: int) -> Article:
    return Article(
        f"s{number}",
        f"Report {number}",
        "Text.",
        publisher=f"Outlet {number}",
        url=f"https://news.example/story/{number}",
        published=dt.date(2024, 11, 14),
        sha256=hashlib.sha256(raw).hexdigest(),
        captured_at="2024-11-14T09:30:00Z",
        requested_url=f"http://news.example/s/{number}",
        server_date="Thu, 14 Nov 2024 09:30:00 GMT",
        content_type="text/html; charset=utf-8",
        size=len(raw),
    )


def desk_document() -> TimelineDocument:
    articles = {f"s{n}": captured_article(raw, n) for n, raw in enumerate(PAGES, start=1)}
    event = Event(
        "dam",
        "Dam repairs begin",
        When(FuzzyDate(2024, 11, 14)),
        sources=tuple(
            SourceRef(article.id, article.publisher, f"Quote from report {n}.")
            for n, article in enumerate(articles.values(), start=1)
        ),
    )
    return TimelineDocument("Dam", [event], articles)


def saved_desk(folder):
    path = folder / "dam.ctimeline"
    store = EvidenceStore(evidence_folder_for(path))
    for raw in PAGES:
        store.put(raw)
    save_document(desk_document(), path)
    return path, store


# --- verification on open -----------------------------------------------------------------


def test_opening_names_the_sources_whose_capture_is_missing_or_altered(
    qtbot, win, tmp_docs, monkeypatch
):
    path, store = saved_desk(tmp_docs)
    store.path_of(hashlib.sha256(PAGES[0]).hexdigest()).unlink()
    altered = store.path_of(hashlib.sha256(PAGES[2]).hexdigest())
    altered.chmod(0o644)
    altered.write_bytes(PAGES[2].replace(b"Thursday", b"Saturday"))
    warning = Recorder()
    monkeypatch.setattr(message_boxes, "warning", warning)
    with qtbot.waitSignal(win.files.evidence.checked, timeout=20000) as checked:
        assert win.open_file(path)
    assert len(checked.args[0]) == 2
    assert len(warning.calls) == 1  # one dialog for all of them
    assert "Report 1" in warning.text and "Report 3" in warning.text
    assert "Report 2" not in warning.text
    assert "missing" in warning.text and "no longer matches its SHA-256" in warning.text
    assert win.path == path.resolve()  # open all the same: the events are the user's work
    assert [e.title for e in win.model.events()] == ["Dam repairs begin"]


def test_opening_a_document_whose_captures_match_says_nothing_aloud(qtbot, win, tmp_docs):
    path, _ = saved_desk(tmp_docs)
    with qtbot.waitSignal(win.files.evidence.checked, timeout=20000) as checked:
        assert win.open_file(path)
    assert checked.args[0] == []
    assert "All 3 sources" in win.statusBar().currentMessage()


def test_a_capture_of_another_size_is_named_before_any_hash_is_read(
    qtbot, win, tmp_docs, monkeypatch
):
    path, store = saved_desk(tmp_docs)
    resized = store.path_of(hashlib.sha256(PAGES[1]).hexdigest())
    resized.chmod(0o644)
    resized.write_bytes(PAGES[1] + b"<!-- edited -->")
    warning = Recorder()
    monkeypatch.setattr(message_boxes, "warning", warning)
    with qtbot.waitSignal(win.files.evidence.checked, timeout=20000):
        win.open_file(path)
    assert "Report 2" in warning.text and "bytes" in warning.text


# --- saving keeps the captures beside the document ------------------------------------------


def test_the_first_save_copies_the_captures_beside_the_document(qtbot, win, tmp_docs, monkeypatch):
    for raw in PAGES:
        win.files.evidence.pending.put(raw)  # captured while the timeline was never saved
    win.set_document(desk_document(), None)
    target = tmp_docs / "dam.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert win.files.save_as()
    store = EvidenceStore(evidence_folder_for(target))
    for raw in PAGES:
        assert store.read(hashlib.sha256(raw).hexdigest()) == raw
    assert load_document(target) == desk_document()


def test_save_as_copies_what_the_new_place_lacks(qtbot, win, tmp_docs, monkeypatch):
    path, _ = saved_desk(tmp_docs)
    with qtbot.waitSignal(win.files.evidence.checked, timeout=20000):
        win.open_file(path)
    elsewhere = tmp_docs / "copy" / "dam-copy.ctimeline"
    elsewhere.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    assert win.files.save_as()
    store = EvidenceStore(evidence_folder_for(elsewhere))
    assert all(store.has(hashlib.sha256(raw).hexdigest()) for raw in PAGES)


def test_a_capture_that_cannot_be_kept_fails_the_save_before_the_document_is_written(
    qtbot, win, tmp_docs, monkeypatch
):
    win.files.evidence.pending.put(PAGES[0])
    win.set_document(desk_document(), None)
    target = tmp_docs / "dam.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    critical = Recorder()
    monkeypatch.setattr(message_boxes, "critical", critical)

    def power_cut(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline_app.core.atomic_files.os.replace", power_cut)
    assert not win.files.save_as()
    assert critical.calls and "dam.ctimeline" in critical.text
    assert not target.exists()  # never a document naming a capture its folder lacks
    folder = evidence_folder_for(target)
    assert not [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".tmp")]


def test_a_save_that_finds_a_capture_nowhere_says_which_source(qtbot, win, tmp_docs, monkeypatch):
    win.set_document(desk_document(), None)  # its captures are in no store
    target = tmp_docs / "dam.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warning = Recorder()
    monkeypatch.setattr(message_boxes, "warning", warning)
    assert win.files.save_as()
    assert len(warning.calls) == 1 and "Report 1" in warning.text and "3 of its" in warning.text


# --- many sources into the window -------------------------------------------------------------


def write_articles(folder, count):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"report-{number}.txt"
        path.write_text(f"Report {number}\n\n{STORY}Paragraph {number}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_folder_of_sources_goes_to_review_one_article_each(qtbot, win, tmp_path, monkeypatch):
    write_articles(tmp_path / "inbox", 3)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "inbox")
    )
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as done:
        win.import_folder_action.trigger()
        assert win.files.sources.progress.isVisible()  # the work is off the GUI thread
    intake = done.args[0]
    assert len(intake.captured) == 3
    queued = win.articles.queued_articles()
    assert [a.title for a in queued] == ["Report 0", "Report 1", "Report 2"]
    assert all(a.sha256 and a.published == dt.date(2024, 11, 14) for a in queued)
    for article in queued:
        assert win.files.evidence.pending.has(article.sha256, article.size)
    assert not win.files.sources.progress.isVisible()


def test_sources_the_timeline_or_the_review_holds_are_not_read_again(
    qtbot, win, tmp_path, monkeypatch
):
    paths = write_articles(tmp_path / "inbox", 3)
    raw = paths[0].read_bytes()
    held = Article("old", "Report 0", sha256=hashlib.sha256(raw).hexdigest(), size=len(raw))
    win.set_document(TimelineDocument("Dam", [], {"old": held}), None)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths[:2]], "")
    )
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as done:
        win.import_sources_action.trigger()
    assert done.args[0].skipped == 1
    assert [a.title for a in win.articles.queued_articles()] == ["Report 1"]
    assert "1 already in the timeline" in win.statusBar().currentMessage()
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as again:
        win.files.sources.import_sources([tmp_path / "inbox"])  # Report 1 waits for review
    assert [c.article.title for c in again.args[0].captured] == ["Report 2"]
    assert again.args[0].skipped == 2


def test_pages_and_feeds_from_addresses(qtbot, win, local_web, monkeypatch):
    page = f"<html><head><title>Dam repairs</title></head><body><article><p>{STORY * 3}</p>"
    local_web.add("/story/1", (page + "</article></body></html>").encode())
    local_web.add("/story/2", page.replace("Engineers", "Workers").encode())
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"<item><title>Dam</title><link>{local_web.url('/story/2')}</link>"
        "<pubDate>Thu, 14 Nov 2024 08:00:00 GMT</pubDate></item></channel></rss>"
    )
    local_web.add("/feed.xml", feed.encode(), content_type="application/rss+xml")
    asked = local_web.redirect("/s/1", "/story/1")
    addresses = f"{asked}\n\n{local_web.url('/feed.xml')}\n"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (addresses, True))
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as done:
        win.import_url_action.trigger()
    captured = [c.article for c in done.args[0].captured]
    assert len(captured) == 2 and done.args[0].problems == []
    assert captured[0].requested_url == asked
    assert captured[0].url == local_web.url("/story/1")
    assert len(win.articles.queued_articles()) == 2


def test_each_address_is_fetched_once_however_often_it_is_given(qtbot, win, local_web, monkeypatch):
    page = f"<html><head><title>Pier closed</title></head><body><article><p>{STORY * 3}</p>"
    story = local_web.add("/pier", (page + "</article></body></html>").encode())
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Coast</title>"
        f"<item><title>Pier</title><link>{story}</link></item></channel></rss>"
    )
    listing = local_web.add("/coast.xml", feed.encode(), content_type="application/rss+xml")
    # The page twice (a slip of the paste) and through a feed that links it.
    addresses = f"{story}\n{listing}\n{story}\n"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (addresses, True))
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as done:
        win.import_url_action.trigger()  # through the window's job runner
    assert [c.article.requested_url for c in done.args[0].captured] == [story]
    assert local_web.requests.count("/pier") == 1
    assert len(win.articles.queued_articles()) == 1
    # Asked for again while it waits for review: left out, not fetched a second time.
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (story, True))
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000) as again:
        win.import_url_action.trigger()
    assert again.args[0].captured == [] and again.args[0].skipped == 1
    assert local_web.requests.count("/pier") == 1


def test_cancel_stops_the_import_and_puts_nothing_up_for_review(qtbot, win, local_web, monkeypatch):
    slow = local_web.add("/slow", b"<html><p>late</p></html>", delay=1.5)
    win.files.sources.import_sources([slow])
    assert win.files.sources.is_busy()
    qtbot.mouseClick(win.files.sources.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not win.files.sources.is_busy()
    assert not win.files.sources.progress.isVisible()
    assert "cancelled" in win.statusBar().currentMessage()
    qtbot.wait(1800)
    assert win.articles.queued_articles() == []


def test_sources_that_cannot_be_read_are_listed_in_one_message(qtbot, win, tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "inbox", 1)
    warning = Recorder()
    monkeypatch.setattr(message_boxes, "warning", warning)
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000):
        win.files.sources.import_sources([paths[0], tmp_path / "gone.html"])
    assert len(warning.calls) == 1 and "gone.html" in warning.text
    assert [a.title for a in win.articles.queued_articles()] == ["Report 0"]


# --- the detail pane and the custody log ------------------------------------------------------


def test_the_detail_pane_shows_each_sources_quote_and_capture_record(qtbot, win):
    win.set_document(desk_document(), None)
    win.select_event("dam")
    text = win.details.text()
    sha = hashlib.sha256(PAGES[0]).hexdigest()
    for number in (1, 2, 3):
        assert f"Quote from report {number}." in text
    assert text.count("Captured") >= 3 and "14 Nov 2024, 09:30:00 UTC" in text
    assert "http://news.example/s/1" in text and "https://news.example/story/1" in text
    assert sha[:16] + "…" in text and sha not in text  # shortened on screen
    assert tooltips_of(win.details.browser, sha[:16] + "…") == [sha]  # the whole value
    win.details._link_clicked(QUrl(f"copy-sha256:{sha}"))
    assert QGuiApplication.clipboard().text() == sha


def tooltips_of(browser, shown: str) -> list[str]:
    """The tooltips of the first fragment of the browser's text that is ``shown``."""
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text() == shown:
                return [fragment.charFormat().toolTip()]
            fragments += 1
        block = block.next()
    return []


def test_the_custody_log_is_exported_from_the_file_menu(qtbot, win, tmp_docs, monkeypatch):
    path, _ = saved_desk(tmp_docs)
    with qtbot.waitSignal(win.files.evidence.checked, timeout=20000):
        win.open_file(path)
    log = tmp_docs / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(log), "CSV (*.csv)"))
    win.export_custody_action.trigger()
    frame = pd.read_csv(log, dtype=str, keep_default_na=False)
    assert list(frame["id"]) == ["s1", "s2", "s3"]
    sha = hashlib.sha256(PAGES[0]).hexdigest()
    assert frame.iloc[0]["evidence_file"] == f"dam.ctimeline-evidence/{sha[:2]}/{sha}"
    assert frame.iloc[0]["requested_url"] == "http://news.example/s/1"


def test_an_unsaved_timeline_with_captures_is_saved_before_its_log(qtbot, win, monkeypatch):
    win.set_document(desk_document(), None)
    information = Recorder()
    monkeypatch.setattr(message_boxes, "information", information)
    assert not win.custody_export.export_dialog()
    assert "save the timeline" in information.text.casefold()


def test_a_dropped_folder_is_captured_and_reviewed(qtbot, win, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    write_articles(tmp_path / "dropped", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped"))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000):
        win.dropEvent(drop)
    assert [a.title for a in win.articles.queued_articles()] == ["Report 0", "Report 1"]


def test_captures_found_nowhere_are_named_once_not_at_every_save(qtbot, win, tmp_docs, monkeypatch):
    win.set_document(desk_document(), None)
    target = tmp_docs / "dam.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warning = Recorder()
    monkeypatch.setattr(message_boxes, "warning", warning)
    assert win.files.save_as()
    assert win.files.save()
    assert len(warning.calls) == 1


def test_a_reviewed_source_joins_the_timeline_with_its_custody_record(qtbot, win, tmp_path):
    paths = write_articles(tmp_path / "inbox", 1)
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000):
        win.files.sources.import_sources(paths)
    workspace = win.articles
    qtbot.waitUntil(
        lambda: not workspace.runner.is_busy() and not workspace.review_panel.is_busy(),
        timeout=30000,
    )
    workspace.review_panel.accept_all()
    workspace.review_panel.add_to_timeline()
    raw = paths[0].read_bytes()
    (article,) = win.model.document.sources.values()
    assert article.sha256 == hashlib.sha256(raw).hexdigest() and article.size == len(raw)
    assert article.requested_url == paths[0].resolve().as_uri() and article.captured_at
    assert win.model.events() and all(
        ref.source_id == article.id for e in win.model.events() for ref in e.sources
    )


# --- every way in keeps the source as captured ------------------------------------------------


def accept_the_review(qtbot, win):
    workspace = win.articles
    qtbot.waitUntil(
        lambda: not workspace.runner.is_busy() and not workspace.review_panel.is_busy(),
        timeout=30000,
    )
    workspace.review_panel.accept_all()
    workspace.review_panel.add_to_timeline()


def drop_on(win, paths):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(drop)


@pytest.mark.parametrize("way", ["open", "import", "drop"])
def test_an_article_opened_imported_or_dropped_is_kept_as_captured(
    qtbot, win, tmp_path, monkeypatch, way
):
    (path,) = write_articles(tmp_path / "inbox", 1)
    raw = path.read_bytes()
    if way == "open":
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        win.open_action.trigger()
    elif way == "import":
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
        win.import_article_action.trigger()
    else:
        drop_on(win, [path])
        qtbot.waitUntil(lambda: bool(win.articles.queued_articles()), timeout=5000)
    (queued,) = win.articles.queued_articles()
    assert queued.sha256 == hashlib.sha256(raw).hexdigest() and queued.size == len(raw)
    assert queued.requested_url == path.resolve().as_uri() and queued.captured_at.endswith("Z")
    assert queued.content_type == "text/plain"
    assert win.files.evidence.pending.read(queued.sha256) == raw
    accept_the_review(qtbot, win)
    (article,) = win.model.document.sources.values()
    assert article.sha256 == queued.sha256


def test_an_opened_article_saved_has_its_capture_beside_it_and_verifies(
    qtbot, win, tmp_path, tmp_docs, monkeypatch
):
    from timeline_app.core.custody_log import custody_rows

    (path,) = write_articles(tmp_path / "inbox", 1)
    assert win.open_file(path)
    accept_the_review(qtbot, win)
    target = tmp_docs / "dam.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert win.files.save_as()
    document = load_document(target)
    store = EvidenceStore(evidence_folder_for(target))
    assert store.verify(document.sources.values()) == []
    (article,) = document.sources.values()
    assert store.read(article.sha256) == path.read_bytes()
    (row,) = custody_rows(document.sources.values(), target)
    assert row["requested_url"] == path.resolve().as_uri() and row["sha256"] == article.sha256


def test_an_article_already_on_the_timeline_or_waiting_is_not_read_again(
    qtbot, win, tmp_path, monkeypatch
):
    paths = write_articles(tmp_path / "inbox", 2)
    win.files.review_article_files([paths[0]])
    assert len(win.articles.queued_articles()) == 1
    win.files.review_article_files([paths[0]])  # waiting for review
    assert len(win.articles.queued_articles()) == 1
    assert "“report-0.txt” is already on the timeline or waiting for review" in (
        win.statusBar().currentMessage()
    )
    accept_the_review(qtbot, win)
    win.articles.close_review()
    copy = tmp_path / "elsewhere" / "same.txt"  # the same bytes under another name
    copy.parent.mkdir()
    copy.write_bytes(paths[0].read_bytes())
    drop_on(win, [copy, paths[1]])
    qtbot.waitUntil(lambda: bool(win.articles.queued_articles()), timeout=5000)
    assert [a.title for a in win.articles.queued_articles()] == ["Report 1"]
    assert "“same.txt” is already on the timeline" in win.statusBar().currentMessage()


def test_a_pasted_article_is_kept_as_captured_and_not_taken_twice(qtbot, win):
    text = f"Dam repairs\n\n{STORY}"
    QGuiApplication.clipboard().setText(text)
    win.paste_article_action.trigger()
    (queued,) = win.articles.queued_articles()
    raw = text.encode("utf-8")
    assert queued.sha256 == hashlib.sha256(raw).hexdigest() and queued.size == len(raw)
    assert queued.requested_url == "clipboard:"
    assert queued.content_type == "text/plain; charset=utf-8"
    assert win.files.evidence.pending.read(queued.sha256) == raw
    win.paste_article_action.trigger()
    assert len(win.articles.queued_articles()) == 1
    assert "The pasted article is already on the timeline" in win.statusBar().currentMessage()
    accept_the_review(qtbot, win)
    (article,) = win.model.document.sources.values()
    assert article.requested_url == "clipboard:" and article.sha256 == queued.sha256


def test_the_detail_pane_shows_the_capture_record_of_an_opened_and_a_pasted_article(
    qtbot, win, tmp_path
):
    (path,) = write_articles(tmp_path / "inbox", 1)
    assert win.open_file(path)
    accept_the_review(qtbot, win)
    win.articles.close_review()
    QGuiApplication.clipboard().setText(
        "Port reopens\n\nROTTERDAM, 20 November 2024 - The port reopened on Tuesday, the "
        "authority said.\n"
    )
    win.paste_article_action.trigger()
    accept_the_review(qtbot, win)
    for article in win.model.document.sources.values():
        event = next(e for e in win.model.events() if e.sources[0].source_id == article.id)
        win.select_event(event.id)
        text = win.details.text()
        assert "Captured" in text and article.sha256[:16] + "…" in text
        assert (article.requested_url in text) and f"{article.size:,} bytes" in text
        assert "Answered by" not in text  # nothing answered a file or a paste
        pasted = article.requested_url == "clipboard:"
        assert ("clipboard: (pasted)" in text) is pasted
    assert {a.requested_url[:7] for a in win.model.document.sources.values()} == {
        "file://",
        "clipboa",
    }


def test_a_file_naming_the_web_page_it_came_from_says_both_apart(qtbot, win, tmp_path):
    (path,) = write_articles(tmp_path / "inbox", 1)
    path.with_suffix(".json").write_text('{"url": "https://news.example/dam"}', encoding="utf-8")
    win.files.review_article_files([path])
    accept_the_review(qtbot, win)
    win.select_event(win.model.events()[0].id)
    text = win.details.text()
    assert "Address" in text and path.resolve().as_uri() in text
    assert "Web page" in text and "https://news.example/dam" in text
    assert "Asked for" not in text and "Answered by" not in text


# --- the per-user store of captures not saved: pruned, never what unsaved work names -------------


def age(store, sha, days):
    import os
    import time

    moment = time.time() - days * 86400
    os.utime(store.path_of(sha), (moment, moment))


def crashed_recovery_file(document: TimelineDocument):
    """A recovery file as a window killed with unsaved work leaves it (its process is gone)."""
    import json

    from timeline_app.core.document import document_to_bytes
    from timeline_app.ui.autosave import recovery_folder

    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    header = {
        "format": "crisis-timeline-recovery",
        "pid": 2**22 + 12345,  # beyond any pid in use
        "document_path": None,
        "saved_at": "2026-11-01T10:00:00",
        "title": document.title,
        "event_count": len(document.events),
    }
    path = folder / "crashed.ctimeline-recovery"
    path.write_bytes(json.dumps(header).encode() + b"\n" + document_to_bytes(document))
    return path


def test_start_up_prunes_old_captures_no_unsaved_work_names(qtbot, win):
    pending = win.files.evidence.pending
    forgotten = pending.put(b"a capture of a timeline closed unsaved long ago")
    recent = pending.put(b"a capture taken yesterday")
    crashed = pending.put(PAGES[0])
    shown = pending.put(PAGES[1])
    for sha, days in ((forgotten, 30), (recent, 1), (crashed, 30), (shown, 30)):
        age(pending, sha, days)
    articles = {a.id: a for a in desk_document().sources.values()}
    crashed_recovery_file(TimelineDocument("Crashed", [], {"s1": articles["s1"]}))
    win.set_document(TimelineDocument("Open", [], {"s2": articles["s2"]}), None)
    with qtbot.waitSignal(win.files.evidence.pruned, timeout=20000) as pruned:
        win.files.prune_pending_captures()
    assert pruned.args[0] == [forgotten]
    assert not pending.has(forgotten)
    assert all(pending.has(sha) for sha in (recent, crashed, shown))


def test_run_gui_starts_pruning_at_start_up(qtbot, monkeypatch):
    from timeline_app.ui import app as app_module
    from timeline_app.ui.file_controller import FileController

    started = []
    monkeypatch.setattr(FileController, "prune_pending_captures", lambda self: started.append(self))
    monkeypatch.setattr(app_module.QApplication, "exec", lambda *_a: 0)
    monkeypatch.setattr(app_module, "open_at_launch", lambda window, **_k: True)
    windows = []
    real = app_module.MainWindow
    monkeypatch.setattr(
        app_module, "MainWindow", lambda **k: windows.append(real(**k)) or windows[-1]
    )
    assert app_module.run_gui(None) == 0
    assert len(started) == 1
    for window in windows:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_unsaved_work_restored_after_a_crash_finds_its_captures(qtbot, win, tmp_docs, monkeypatch):
    from timeline_app.core.recovery import find_recoveries
    from timeline_app.ui.autosave import recovery_folder

    QGuiApplication.clipboard().setText(f"Dam repairs\n\n{STORY}")
    win.paste_article_action.trigger()
    accept_the_review(qtbot, win)
    (article,) = win.model.document.sources.values()
    recovery = crashed_recovery_file(win.model.document)  # then the window "crashed"
    win.undo_stack.setClean()
    win.set_document(TimelineDocument(), None)
    age(win.files.evidence.pending, article.sha256, 40)  # and the app was not opened for weeks
    with qtbot.waitSignal(win.files.evidence.pruned, timeout=20000) as pruned:
        win.files.prune_pending_captures()
    assert pruned.args[0] == []  # the recovery file names it
    (found,) = [r for r in find_recoveries(recovery_folder()) if r.path == recovery]
    assert win.recovery.restore(found)
    target = tmp_docs / "restored.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert win.files.save_as()
    saved = load_document(target)
    assert EvidenceStore(evidence_folder_for(target)).verify(saved.sources.values()) == []
    assert saved.sources[article.id].sha256 == article.sha256


def test_save_as_into_a_new_folder_of_an_unsaved_then_saved_timeline_keeps_every_capture(
    qtbot, win, tmp_path, tmp_docs, monkeypatch
):
    paths = write_articles(tmp_path / "inbox", 2)
    paths[1].write_text(
        "Port reopens\n\nROTTERDAM, 20 November 2024 - The port reopened on Tuesday, the "
        "authority said.\n",
        encoding="utf-8",
    )
    win.files.review_article_files([paths[0]])
    accept_the_review(qtbot, win)
    first = tmp_docs / "first.ctimeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(first), ""))
    assert win.files.save_as()
    win.articles.close_review()
    win.files.review_article_files([paths[1]])  # a new capture, not yet beside any document
    accept_the_review(qtbot, win)
    elsewhere = tmp_docs / "a" / "new" / "folder" / "second.ctimeline"
    elsewhere.parent.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    assert win.files.save_as()
    saved = load_document(elsewhere)
    assert len(saved.sources) == 2
    assert EvidenceStore(evidence_folder_for(elsewhere)).verify(saved.sources.values()) == []


def test_a_dropped_saved_page_is_captured_as_a_source(qtbot, win, tmp_path):
    import email.mime.multipart
    import email.mime.text

    message = email.mime.multipart.MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://news.example/dam"
    page = f"<html><head><title>Dam repairs</title></head><body><article><p>{STORY}</p>"
    message.attach(email.mime.text.MIMEText(page + "</article></body></html>", "html", "utf-8"))
    saved = tmp_path / "dam.mhtml"
    saved.write_bytes(message.as_bytes())
    with qtbot.waitSignal(win.files.sources.finished, timeout=30000):
        drop_on(win, [saved])
    (queued,) = win.articles.queued_articles()
    assert queued.sha256 == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert queued.content_type == "multipart/related"
    assert win.files.evidence.pending.has(queued.sha256, queued.size)


def test_an_article_whose_capture_cannot_be_kept_is_not_put_up_for_review(
    qtbot, win, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    (path,) = write_articles(tmp_path / "inbox", 1)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline_app.core.evidence_store.write_atomically", full_disk)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text() + box.informativeText()) or 0
    )
    win.files.review_article_files([path])
    QGuiApplication.clipboard().setText(f"Dam repairs\n\n{STORY}")
    win.paste_article_action.trigger()
    assert win.articles.queued_articles() == []
    assert len(shown) == 2
    assert "report-0.txt" in shown[0] and "No space left on device" in shown[0]
    assert "pasted article could not be kept" in shown[1] and "No space left" in shown[1]


def test_a_saved_page_opened_or_imported_as_an_article_is_read_and_kept_as_captured(
    qtbot, win, tmp_path, monkeypatch
):
    import email.mime.multipart
    import email.mime.text

    message = email.mime.multipart.MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://news.example/dam"
    page = f"<html><head><title>Dam repairs</title></head><body><article><p>{STORY}</p>"
    message.attach(email.mime.text.MIMEText(page + "</article></body></html>", "html", "utf-8"))
    saved = tmp_path / "dam.mht"
    saved.write_bytes(message.as_bytes())
    assert win.open_file(saved)
    (queued,) = win.articles.queued_articles()
    # The story as trafilatura reads it, led by the page's headline as a text file's is.
    assert queued.text.startswith("Dam repairs\n\nKYIV, 14 November 2024")
    assert "Content-Type" not in queued.text and queued.published == dt.date(2024, 11, 14)
    assert queued.sha256 == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert queued.url == "https://news.example/dam" and queued.content_type == "multipart/related"


def test_pruning_runs_off_the_windows_thread(qtbot, win, monkeypatch):
    import threading

    from timeline_app.ui import document_evidence

    threads = []

    def recording(*_args, **_kwargs):
        threads.append(threading.current_thread())
        return []

    monkeypatch.setattr(document_evidence, "prune_pending", recording)
    with qtbot.waitSignal(win.files.evidence.pruned, timeout=20000):
        win.files.prune_pending_captures()
    assert threads and threads[0] is not threading.main_thread()
