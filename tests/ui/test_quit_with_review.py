"""Quitting while an article is under review asks first: its events are not on the timeline
yet, and nothing keeps the review (an article fetched from a web address and not yet added
was gone, without a word, at the next launch)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

ARTICLE = (
    "Harbour strike ends\n\n"
    "Dockers at the northern port voted on Tuesday to end their strike. "
    "The union had called the walkout in March 2021 over pay."
)


def review(qtbot, window, tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.with_suffix(".json").write_text('{"published": "2023-05-04"}', encoding="utf-8")
    window.files.review_article_files([path])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 1, timeout=10_000)
    return panel


def answering(monkeypatch, button):
    asked = []

    def stand_in(box):
        asked.append((box.text(), box.informativeText()))
        return button

    monkeypatch.setattr(QMessageBox, "exec", stand_in)
    return asked


def test_cancel_keeps_the_window_and_its_review(qtbot, window, tmp_path, monkeypatch):
    review(qtbot, window, tmp_path)
    window.undo_stack.setClean()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert len(asked) == 1
    assert "Harbour strike ends" in asked[0][0] and "under review" in asked[0][0]
    assert [a.title for a in window.articles.queued_articles()] == ["Harbour strike ends"]


def test_quitting_anyway_closes(qtbot, window, tmp_path, monkeypatch):
    review(qtbot, window, tmp_path)
    window.undo_stack.setClean()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert len(asked) == 1


def test_nothing_under_review_closes_without_a_question(qtbot, window, monkeypatch):
    window.undo_stack.setClean()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close()
    assert asked == []


def test_an_article_whose_events_were_added_is_not_asked_about(
    qtbot, window, tmp_path, monkeypatch
):
    panel = review(qtbot, window, tmp_path)
    panel.accept_all()
    panel.add_to_timeline()
    window.undo_stack.setClean()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close()
    assert asked == []


def test_an_article_that_gave_no_events_is_not_asked_about(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "undated.txt"
    path.write_text("Harbour notes\n\nThe dockers and the owners disagree.", encoding="utf-8")
    path.with_suffix(".json").write_text('{"published": "2023-05-04"}', encoding="utf-8")
    window.files.review_article_files([path])
    qtbot.waitUntil(lambda: not window.articles.review_panel.is_busy(), timeout=10_000)
    assert window.articles.queued_articles()
    window.undo_stack.setClean()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close()
    assert asked == []
