"""Kinds read from who acts when the verb alone says nothing: a ministry or a council is
government, a judge agreeing rules, a state's dead are its war's, what a country generates
is its economy.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2025, 3, 14)


CASES = [
    (
        "In 2019 open-air concerts were banned from the old harbour by the Ministry of Culture.",
        "ban",
        "politics",
    ),
    (
        "Rubber-tipped batons were banned by several provincial police agencies in 2021.",
        "ban",
        "politics",
    ),
    ("On Tuesday the mayor asked the city council to reopen the Varn bridge.", "ask", "politics"),
    ("On Monday Mr Justice Harold Pevensey agreed with the brewer's defence.", "agree", "legal"),
    ("The Austrians suffered 112 deaths along the Drava river in 1917.", "suffer", "armed clash"),
    (
        "The country generated twice as much wind-powered electricity in 2013 as it did in 2012.",
        "generate",
        "economy",
    ),
]


@pytest.mark.parametrize(("text", "title_word", "kind"), CASES)
def test_kind_is_read_from_who_acts(text: str, title_word: str, kind: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == kind
