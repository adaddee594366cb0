"""Text from files and articles is shown as text: an article's title that looks like HTML is
never rendered (an ``<img>`` Qt would load: ``/dev/zero`` never ends), and only web addresses
become links (a ``file:`` link in a page's metadata would open what it names)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6 import QtGui  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QTextDocumentFragment, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget  # noqa: E402

from timeline_app.core.dates import When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Event, Origin, SourceRef  # noqa: E402
from timeline_app.ui import plain_text  # noqa: E402
from timeline_app.ui.article_workspace import ArticleWorkspace  # noqa: E402
from timeline_app.ui.detail_pane import DetailPane  # noqa: E402
from timeline_app.ui.event_model import EventModel  # noqa: E402
from timeline_app.ui.extraction_progress import ExtractionProgress  # noqa: E402
from timeline_app.ui.extraction_runner import ExtractionRunner  # noqa: E402
from timeline_app.ui.message_boxes import message_box  # noqa: E402

# A missing picture, not /dev/zero: were it rendered, the test fails instead of hanging.
IMAGE = "<img src='hostile-picture.png'>"
TITLE = f"{IMAGE}<b>Talks</b> &amp; <i>truce</i>"
PUBLISHER = "<a href='file:///tmp/evil.desktop'>The Daily</a>"
URL = "file:///etc/passwd"


def hostile_document() -> tuple[TimelineDocument, Article, Event]:
    article = Article(
        id="a1",
        title=TITLE,
        text=f"Talks began on 3 March 2022. {IMAGE}",
        publisher=PUBLISHER,
        url=URL,
        published=dt.date(2022, 3, 4),
    )
    ref = SourceRef(
        source_id="a1",
        name=PUBLISHER,
        evidence=f"Talks began on 3 March 2022. {IMAGE}",
        start=0,
        end=28,
        date_text="3 March 2022",
    )
    event = Event(
        id="e1",
        title=TITLE,
        when=When.from_edtf("2022-03-03"),
        sources=(ref,),
        origin=Origin.EXTRACTED,
    )
    return TimelineDocument(events=[event], sources={"a1": article}), article, event


def assert_no_label_renders_markup(widget: QWidget) -> None:
    """Every label showing the hostile text shows it as text (or escaped), with no link that
    is not a web address."""
    for label in widget.findChildren(QLabel):
        text = label.text()
        if label.textFormat() == Qt.TextFormat.PlainText or not text:
            continue
        shown_as_markup = label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(
            text
        )
        if shown_as_markup:
            assert "<img" not in text.lower(), (label.objectName(), text)
            assert 'href="file' not in text and "href='file" not in text, text
            assert not label.openExternalLinks(), text


def test_plain_text_helpers_escape_and_refuse_what_is_not_a_web_page():
    assert plain_text.tooltip("6 September 1998 → 13 September 1998") == (
        "6 September 1998 → 13 September 1998"
    )
    tip = plain_text.tooltip(f"{TITLE}\n\nevidence")
    assert "<img" not in tip and "&lt;img" in tip and QtGui.Qt.mightBeRichText(tip)
    for url in (
        URL,
        "javascript:alert(1)",
        " http://example.com",
        "http://exa mple.com\n",
        "data:text/html,x",
        "smb://host/share",
        "",
    ):
        assert not plain_text.is_openable(url), url
        assert "<a" not in plain_text.link_html(url), url
    assert plain_text.is_openable("https://example.com/a?b=1&c=2")
    assert plain_text.link_html('https://example.com/"><img src=x>') == (
        "https://example.com/&quot;&gt;&lt;img src=x&gt;"  # no valid address: text, escaped
    )
    assert plain_text.link_html("https://example.com/it's?a=1&b=2") == (
        '<a href="https://example.com/it&#x27;s?a=1&amp;b=2">'
        "https://example.com/it&#x27;s?a=1&amp;b=2</a>"
    )
    assert plain_text.is_openable("mailto:desk@example.com", ("mailto",))


def test_open_link_opens_only_web_pages(monkeypatch, qapp):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not plain_text.open_link(URL)
    assert not plain_text.open_link(QUrl("file:///tmp/evil.desktop"))
    assert plain_text.open_link("https://example.com/story")
    assert [u.toString() for u in opened] == ["https://example.com/story"]


def test_a_message_box_shows_a_quoted_title_as_text(qapp):
    box = message_box(
        None,
        QMessageBox.Icon.Warning,
        "Cannot Import",
        f"Row 3: “{TITLE}” has no date",
        informative=f"{PUBLISHER}\n{IMAGE}",
    )
    labels = box.findChildren(QLabel)
    texts = [label for label in labels if IMAGE in label.text()]
    assert len(texts) == 2  # the text and the informative text
    for label in texts:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
    box.deleteLater()


@pytest.fixture
def workspace(qtbot):
    document, article, event = hostile_document()
    model = EventModel(document)
    selection = QItemSelectionModel(model, None)
    stack = QUndoStack()
    runner = ExtractionRunner(lambda text, published, **names: [])
    widget = ArticleWorkspace(model, selection, stack, runner=runner)
    widget._test_keep = (model, selection, stack, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    runner.cancel()
    runner.wait(5000)


def test_the_articles_pane_shows_a_hostile_article_as_text(qtbot, workspace, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert workspace.show_article("a1")
    assert workspace.article_title.textFormat() == Qt.TextFormat.PlainText
    assert workspace.article_title.text() == TITLE
    meta = workspace.article_meta.text()
    assert "&lt;a href=" in meta and "<a" not in meta  # publisher escaped, file: URL no link
    assert "file:///etc/passwd" in meta
    assert not workspace.article_meta.openExternalLinks()
    workspace.article_meta.linkActivated.emit("file:///tmp/evil.desktop")
    assert opened == []
    # The list of articles: its tooltip shows the title as written.
    sources = workspace.source_view.model()
    tip = sources.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    assert_no_label_renders_markup(workspace)
    assert not workspace.grab().isNull()


def test_the_review_panel_shows_a_hostile_article_as_text(qtbot, workspace):
    _document, article, event = hostile_document()
    panel = workspace.review_panel
    panel.review(article, [event])
    panel.show_date_origin(f'from the story\'s <time datetime="{IMAGE}">')
    assert panel.title_label.text() == TITLE
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.date_origin_label.textFormat() == Qt.TextFormat.PlainText
    assert "<a" not in panel.meta_label.text() and "&lt;a href=" in panel.meta_label.text()
    model = panel.candidates
    for column in range(model.columnCount()):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) or ""
        assert "<img" not in tip.lower(), (column, tip)
    assert "<img" not in panel.summary_label.toolTip()
    assert_no_label_renders_markup(panel)
    assert not panel.grab().isNull()


def test_the_detail_pane_links_only_web_pages(qtbot):
    document, _article, event = hostile_document()
    model = EventModel(document)
    selection = QItemSelectionModel(model, None)
    pane = DetailPane(model, selection)
    qtbot.addWidget(pane)
    html = pane.event_html(model.event_by_id("e1"))
    assert "<img" not in html and "href='file" not in html and 'href="file' not in html
    assert "file:///etc/passwd" in html  # shown, not linked


@pytest.mark.parametrize("total", [1, 3])
def test_the_progress_row_quotes_a_hostile_title_as_text(qtbot, total):
    runner = ExtractionRunner(lambda text, published, **names: [])
    progress = ExtractionProgress(runner)
    qtbot.addWidget(progress)
    runner.progress.emit(0, total, TITLE)
    assert TITLE in progress.label.text()
    assert progress.label.textFormat() == Qt.TextFormat.PlainText
    assert "<img" not in progress.label.toolTip() and "&lt;img" in progress.label.toolTip()


def _plain_labels_quoting(box: QMessageBox, text: str) -> list[QLabel]:
    labels = [label for label in box.findChildren(QLabel) if text in label.text()]
    assert labels, f"nothing in the box quotes {text!r}"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
    return labels


def test_the_windows_messages_quote_file_text_as_text(qtbot, monkeypatch, tmp_path):
    """The save question quotes the document's title, the import problems a CSV's cells, and
    errors a file's name: none of them may be read as markup."""
    from timeline_app.ui.commands import AddEventsCommand
    from timeline_app.ui.import_problems import show_import_problems
    from timeline_app.ui.main_window import MainWindow

    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window = MainWindow(interactive=True, remember=False)
    qtbot.addWidget(window)
    document, _article, event = hostile_document()
    document.title = TITLE
    window.set_document(document, None)
    window.undo_stack.push(
        AddEventsCommand(window.model, [dataclasses.replace(event, id="added")], "Add")
    )
    assert window.files.maybe_save()  # "Discard" was answered
    window.messages.error("Cannot Open", f"“{TITLE}” could not be read", PUBLISHER)

    class Problem:
        row, column, message, skipped = 3, "title", f"“{IMAGE}” is not a date I can read", True

    show_import_problems(window, tmp_path / f"{IMAGE}.csv", [Problem()], 0, interactive=True)
    for box in shown:
        box.deleteLater()
    quoted = [
        box for box in shown if any(IMAGE in label.text() for label in box.findChildren(QLabel))
    ]
    assert len(quoted) >= 2
    for box in quoted:
        _plain_labels_quoting(box, IMAGE)


def test_the_table_tooltips_show_a_hostile_title_as_text(qapp):
    document, _article, _event = hostile_document()
    model = EventModel(document)
    for column in range(model.columnCount()):
        tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        if tip and IMAGE in QTextDocumentFragment.fromHtml(tip).toPlainText():
            break
    else:
        raise AssertionError("no tooltip quotes the title")
    assert "<img" not in tip  # escaped: shown as the characters, never loaded
