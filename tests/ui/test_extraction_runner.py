"""Articles are read one after another off the GUI thread; a failure is reported, not fatal."""

from __future__ import annotations

import datetime as dt
import threading
import time

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Event
from timeline_app.ui.extraction_runner import ExtractionRunner


def fake_extract(text, published, *, source_id, source_name, cancelled=None):
    if "broken" in text:
        raise ValueError("the extractor tripped")
    return [Event(f"{source_id}-1", text.split(".")[0], When(FuzzyDate(published.year)))]


def article(number: int, text: str) -> Article:
    return Article(f"a{number}", f"Article {number}", text, published=dt.date(2022, 1, 18))


def test_a_failed_article_is_reported_and_the_queue_goes_on(qtbot):
    runner = ExtractionRunner(fake_extract)
    finished, failed = [], []
    runner.finished.connect(
        lambda key, art, events: finished.append((key, [e.title for e in events]))
    )
    runner.failed.connect(lambda key, art, message: failed.append((key, message)))
    for number, text in enumerate(["Talks resume in Geneva.", "A broken page.", "Troops leave."]):
        runner.submit(article(number, text), key=number)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert finished == [(0, ["Talks resume in Geneva"]), (2, ["Troops leave"])]
    assert failed == [(1, "ValueError: the extractor tripped")]
    runner.wait(5000)


def test_cancel_drops_the_running_and_queued_articles_and_keeps_later_ones(qtbot):
    gate = []

    def slow_extract(text, published, **names):
        while not gate:  # the first article is still being read when Cancel comes
            time.sleep(0.005)
        return fake_extract(text, published, **names)

    runner = ExtractionRunner(slow_extract)
    finished, cancelled = [], []
    runner.finished.connect(lambda key, art, events: finished.append(key))
    runner.cancelled.connect(cancelled.extend)
    runner.submit(article(0, "First report."), key=0)
    runner.submit(article(1, "Second report."), key=1)
    runner.cancel()
    assert cancelled == [0, 1] and not runner.is_busy()
    runner.submit(article(2, "Third report."), key=2)
    gate.append(True)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    runner.wait(5000)
    qtbot.wait(50)  # a late result of the cancelled article would arrive now
    assert finished == [2]


def test_each_request_is_a_handle_with_its_own_callbacks(qtbot):
    """Callers route results by the handle, not by reading parts of a key."""
    gate = []

    def slow_extract(text, published, **names):
        while not gate:
            time.sleep(0.005)
        return fake_extract(text, published, **names)

    runner = ExtractionRunner(slow_extract)
    seen = []
    first = runner.submit(
        article(0, "Talks resume."),
        on_done=lambda events: seen.append(("done 0", [e.title for e in events])),
        on_cancelled=lambda: seen.append("cancelled 0"),
    )
    second = runner.submit(
        article(1, "A broken page."), on_failed=lambda message: seen.append(("failed 1", message))
    )
    third = runner.submit(
        article(2, "Troops leave."), on_cancelled=lambda: seen.append("cancelled 2")
    )
    runner.cancel_request(third)  # queued: dropped at once
    assert seen == ["cancelled 2"]
    gate.append(True)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert seen == [
        "cancelled 2",
        ("done 0", ["Talks resume"]),
        ("failed 1", "ValueError: the extractor tripped"),
    ]
    assert first.article.id == "a0" and second.article.id == "a1"
    runner.wait(5000)


def test_cancel_stops_the_article_being_read_at_its_next_sentence(qtbot):
    """A long article is not read to its end after Cancel: the extractor is asked between
    sentences, stops, and the next article is read at once."""
    sentences = [f"Convoy {n} crossed the border on 3 March 2022." for n in range(500)]
    asked, cancelled_now, checked = threading.Event(), threading.Event(), []

    def sentence_by_sentence(text, published, *, cancelled, **names):
        events = []
        for sentence in text.split(". "):
            checked.append(sentence)
            if len(checked) == 3 and not asked.is_set():
                asked.set()  # three sentences in, the user presses Cancel
                cancelled_now.wait(10)
            if cancelled():
                raise RuntimeError("cancelled between sentences")
            events += fake_extract(
                sentence, published, source_id=names["source_id"], source_name=""
            )
        return events

    runner = ExtractionRunner(sentence_by_sentence)
    finished, dropped = [], []
    runner.finished.connect(lambda key, art, events: finished.append((key, len(events))))
    runner.cancelled.connect(dropped.extend)
    runner.submit(article(0, ". ".join(sentences)), key="long")
    qtbot.waitUntil(asked.is_set, timeout=10_000)
    runner.cancel()
    cancelled_now.set()
    assert runner.wait(10_000)
    assert len(checked) == 3  # not 500
    assert dropped == ["long"] and not runner.is_busy()
    runner.submit(article(1, "Talks resumed in Geneva. Troops left."), key="next")
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    assert finished == [("next", 2)]


def test_an_article_too_long_is_refused_in_the_extractor_s_own_words(qtbot):
    runner = ExtractionRunner()  # the app's extractor, which reads up to a million characters
    failed = []
    runner.failed.connect(lambda key, art, message: failed.append(message))
    runner.submit(article(0, "Talks resumed on 3 March 2022. " * 40_000))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=60_000)
    assert len(failed) == 1
    assert failed[0].startswith("the text is 1.2 million characters")
    assert failed[0].endswith("split it into articles")
