"""A bare "the law" or "that lawsuit" as a title's subject is the fuller mention of its noun
before it: "Orvale's strict new water law upheld", not "Law upheld". Every sentence was
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_the_law_is_the_one_named_in_full_before():
    text = (
        "Orvale's strict new water law may be driving farmers away. About a third of the "
        "valley's growers have gone since the law was upheld two weeks ago, a union said."
    )
    assert titles(text) == ["Orvale's strict new water law upheld"]


def test_that_lawsuit_is_the_one_filed_before():
    text = (
        "Kestrel Records filed a copyright lawsuit against the band in 1988. That lawsuit was "
        "settled in 1991, with the band paying $2 million."
    )
    assert titles(text)[-1] == "Copyright lawsuit settled"


def test_a_bare_mention_before_points_back_to_the_fuller_one():
    text = (
        "Tarn County brought in a steep bridge toll in 2014. The toll was cut twice. "
        "The toll was finally scrapped in 2019."
    )
    assert titles(text)[-1] == "Steep bridge toll scrapped"
