"""Events added from a review where the canvas is not looking are said to be there: five events
from a 1996–2007 article added while the view showed 2021–2023 changed nothing on the canvas,
and only the table's count told that anything happened."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import ordinal_of

ARTICLE = (
    "Harbour strike ends\n\n"
    "Dockers at the northern port voted on 3 March 1991 to end their strike. "
    "The union had called the walkout in May 1990 over pay."
)


def review(qtbot, window, tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.with_suffix(".json").write_text('{"published": "1991-03-04"}', encoding="utf-8")
    window.files.review_article_files([path])
    panel = window.articles.review_panel
    qtbot.waitUntil(lambda: panel.candidates.rowCount() >= 1, timeout=10_000)
    return panel


def test_events_added_outside_the_view_are_said_to_be_there(qtbot, window, tmp_path):
    window.view.set_visible_range(ordinal_of(dt.date(2021, 6, 1)), ordinal_of(dt.date(2022, 6, 1)))
    panel = review(qtbot, window, tmp_path)
    panel.accept_all()
    added = panel.add_to_timeline()
    assert added
    message = window.statusBar().currentMessage()
    assert "outside the view" in message and "Ctrl+0" in message


def test_events_added_inside_the_view_need_no_word(qtbot, window, tmp_path):
    window.view.set_visible_range(ordinal_of(dt.date(1989, 1, 1)), ordinal_of(dt.date(1993, 1, 1)))
    panel = review(qtbot, window, tmp_path)
    panel.accept_all()
    assert panel.add_to_timeline()
    assert "outside the view" not in window.statusBar().currentMessage()
