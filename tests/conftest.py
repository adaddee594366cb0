"""Shared test set-up: Qt without a screen, settings that never leak between tests, fixtures.

QT_QPA_PLATFORM must be set before anything imports Qt, hence at the top of this file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Article, Attribution, Event, Origin, SourceRef  # noqa: E402

# In CI the property tests draw the same examples on every run and have no time limit per
# example: a busy machine must not turn a passing change red. Locally they explore afresh.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Each test gets empty QSettings and app-data folders of its own."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / folder).mkdir()
        monkeypatch.setenv(variable, str(home / folder))
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # the core tests run without Qt
        yield home
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(home / "settings"))
    QCoreApplication.setOrganizationName("Crisis Timeline Tests")
    QCoreApplication.setApplicationName("Crisis Timeline Tests")
    yield home


@pytest.fixture(autouse=True)
def no_keys_held():
    """Each test starts with no modifier key held down.

    QTest's key click with a modifier ends on the modifier's release, and that event (as on
    X11) still carries the modifier, which the one QApplication of the run then takes as
    held: ``QGuiApplication.keyboardModifiers()`` stays Ctrl after a Ctrl+Z, and the next
    test's ``selectRow`` toggles the row (as Ctrl+click does) instead of selecting it.
    """
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QWidget
    except ImportError:  # the core tests run without Qt
        yield
        return
    if QApplication.instance() is not None and QApplication.keyboardModifiers():
        # Only a spontaneous key event (as QTest sends) sets what the application holds.
        receiver = QWidget()
        QTest.keyRelease(receiver, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
        receiver.deleteLater()
        assert not QApplication.keyboardModifiers(), "a modifier key is still held"
    yield


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: answer "Cancel" and fail the test.

    Tests that expect a dialog monkeypatch it again, which replaces this stand-in.
    """
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:
        yield
        return
    seen: list[str] = []

    def refuse(name, answer):
        def stand_in(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            seen.append(f"{name}: {texts}")
            return answer

        return stand_in

    cancel = QMessageBox.StandardButton.Cancel
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}", cancel))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec", cancel))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec", 0))
    monkeypatch.setattr(QInputDialog, "getText", refuse("QInputDialog.getText", ("", False)))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}", ("", "")))
    yield seen
    assert not seen, f"unexpected modal dialogs: {seen}"


def crimea_event() -> Event:
    return Event(
        id="crimea",
        title="Russian invasion of Crimea",
        when=When(FuzzyDate(2014)),
        category="military",
        actors=("Russia", "Ukraine"),
        location="Crimea",
        origin=Origin.EXTRACTED,
        sources=(
            SourceRef(
                source_id="a1",
                evidence="the UK has pledged to rebuild the Ukrainian navy after "
                "the Russian invasion of Crimea in 2014.",
                attribution=Attribution.STATED,
                date_text="in 2014",
            ),
        ),
    )


def small_document() -> TimelineDocument:
    """A hand-made timeline: five events, one article, one conflict."""
    article = Article(
        id="a1",
        title="Weapon and men towards Ukraine",
        publisher="Atlas of Wars",
        url="https://atlasofwars.com",
        published=dt.date(2022, 1, 18),
    )
    events = [
        crimea_event(),
        Event(
            id="training",
            title="British troops train Ukrainian forces",
            when=When(FuzzyDate(2015), ongoing=True),
            category="military",
            actors=("United Kingdom",),
            location="Ukraine",
            origin=Origin.EXTRACTED,
        ),
        Event(
            id="volfovich",
            title="Russian troops arrive in Belarus for training",
            when=When(FuzzyDate(2022, 1, 17)),
            category="military",
            actors=("Russia", "Belarus"),
            origin=Origin.EXTRACTED,
            sources=(
                SourceRef(
                    source_id="a1",
                    evidence="Alexander Volfovich claimed that Russian troops are arriving",
                    attribution=Attribution.CLAIMED,
                    attributed_to="Alexander Volfovich",
                ),
            ),
            conflicts_with=("canada",),
            conflict_note="Dated differently by another source.",
        ),
        Event(
            id="canada",
            title="Canada deploys special forces to Kiev",
            when=When(FuzzyDate(2022, 1, 16)),
            category="diplomacy",
            actors=("Canada",),
            location="Kiev",
            origin=Origin.EXTRACTED,
            sources=(
                SourceRef(
                    source_id="a1",
                    evidence="Canada has reportedly deployed a small contingent",
                    attribution=Attribution.REPORTED,
                    attributed_to="CBC",
                ),
            ),
        ),
        Event(
            id="talks",
            title="Geneva talks between the US and Russia",
            when=When(FuzzyDate(2022, 1, 10), FuzzyDate(2022, 1, 12)),
            category="diplomacy",
            actors=("United States", "Russia"),
            location="Geneva",
        ),
    ]
    return TimelineDocument(
        title="Ukraine, January 2022", events=events, sources={article.id: article}
    )


@pytest.fixture
def document() -> TimelineDocument:
    return small_document()


@pytest.fixture
def make_document():
    """A factory for fresh copies of the small hand-made document."""
    return small_document


@pytest.fixture
def filter_settled(qtbot):
    """filter_settled(bar): waits until the filter bar has applied what its fields say.

    A filter that took more than an instant is applied at a pause in typing, not on every
    key, and on a busy machine even a small one can: the table is looked at after that.
    """

    def wait(bar) -> None:
        qtbot.waitUntil(lambda: not bar._timer.isActive(), timeout=15_000)

    return wait


@pytest.fixture
def event_named():
    """find_event(win, words, year=None), as a fixture for the test modules."""
    return find_event


@pytest.fixture
def window(qtbot):
    """The main window on the seed article's timeline, shown at 1300×850. Unsaved changes are dropped at the end so
    teardown never waits on the save prompt."""
    from timeline_app.ui.main_window import MainWindow

    # Not qtbot.addWidget: pytest-qt would close it before this fixture could drop the
    # changes, and the save prompt would wait for an answer.
    win = MainWindow()
    assert win.open_seed() and _has_crimea(win), "the seed article's timeline did not open"
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit_all()
    yield win
    if win.current_editor is not None:
        win.current_editor.reject()
    win.undo_stack.setClean()
    win.articles.close_queue()  # an article left under review would be asked about
    win.close()
    win.deleteLater()


def _has_crimea(win) -> bool:
    return any(
        "crimea" in e.title.casefold() and e.when.start == FuzzyDate(2014)
        for e in win.model.events()
    )


def find_event(win, words: str, year: int | None = None) -> Event:
    """The first event whose title or evidence has all ``words`` (and starts in ``year``)."""
    wanted = words.casefold().split()
    for event in win.model.events():
        text = event.search_text()
        if all(w in text for w in wanted) and (year is None or event.when.start.year == year):
            return event
    raise AssertionError(f"no event with {words!r} among {[e.title for e in win.model.events()]}")


@pytest.fixture
def tmp_docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


@pytest.fixture
def local_web():
    """A web server on 127.0.0.1 with routes the test adds (tests/local_web.py)."""
    from local_web import LocalWeb

    web = LocalWeb()
    yield web
    web.close()
