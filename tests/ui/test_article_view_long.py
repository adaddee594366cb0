"""A long article shows at once: its dates are found in a worker thread, and only the marks
near what is in view are handed to Qt (a 2 MB article has some 30,000 dates; given all at
once they froze the window for a minute)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Article
from timeline_app.ui.article_view import TAG_IN_WORKER, ArticleView

MONTHS = ["January", "February", "March", "April", "May", "June", "July"]
TOWNS = ["Gomel", "Brest", "Mozyr", "Pinsk", "Lida", "Orsha", "Slonim", "Rechitsa", "Zhlobin"]


def long_article() -> Article:
    paragraphs = [
        f"A convoy from {TOWNS[n % 9]} reached the border on {n % 28 + 1} {MONTHS[n % 7]} 2022, "
        "officials said."
        for n in range(3000)
    ]
    text = "Convoys reach the border\n\n" + "\n\n".join(paragraphs)
    assert len(text) > TAG_IN_WORKER
    return Article("long", "Convoys reach the border", text, published=dt.date(2022, 8, 1))


def marked_positions(view: ArticleView) -> list[int]:
    return [selection.cursor.selectionStart() for selection in view.extraSelections()]


def test_a_long_article_is_shown_first_and_tinted_when_its_dates_are_found(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    article = long_article()
    view.set_article(article)
    assert view.toPlainText() == article.text  # shown without waiting for the tagger
    assert view.is_tagging()
    qtbot.waitUntil(lambda: not view.is_tagging(), timeout=60_000)
    tips = view.date_tooltips()
    assert len(tips) == 3000
    assert tips[0].startswith("1 January 2022: 1 January 2022")

    # Only the dates around the view are marks for Qt, wherever the view is.
    marked = marked_positions(view)
    assert 0 < len(marked) < 300
    last_date = article.text.rindex(" on ") + len(" on ")  # the last paragraph's date
    assert last_date not in marked
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    marked = marked_positions(view)
    assert 0 < len(marked) < 300 and last_date in marked


def test_showing_the_same_article_again_keeps_its_dates(qtbot):
    """The review shows an article while it is read, then again with its events."""
    view = ArticleView()
    qtbot.addWidget(view)
    article = long_article()
    view.set_article(article)
    qtbot.waitUntil(lambda: not view.is_tagging(), timeout=60_000)
    view.set_article(article, [])
    assert not view.is_tagging() and len(view.date_tooltips()) == 3000


def test_a_short_article_is_tinted_at_once(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(
        Article("a", "T", "Talks resumed on 3 March 2022.", published=dt.date(2022, 3, 4))
    )
    assert not view.is_tagging()
    assert view.date_tooltips() == ["3 March 2022: 3 March 2022 (TIMEX3 DATE 2022-03-03)"]


def test_a_text_longer_than_the_extractor_reads_is_shown_without_dates(qtbot):
    """Its events are not read (the extractor refuses it), so its dates are not looked for:
    tagging 30 MB takes a minute and a gigabyte."""
    from timeline_app.core.extraction.extractor import MAX_ARTICLE_CHARS

    paragraph = "Talks resumed on 3 March 2022, officials said.\n\n"
    text = paragraph * (MAX_ARTICLE_CHARS // len(paragraph) + 1)
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(Article("huge", "Talks", text, published=dt.date(2022, 3, 4)))
    assert view.toPlainText() == text
    assert not view.is_tagging() and view.date_tooltips() == []
