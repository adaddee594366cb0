"""Years before 1000 without an era: read where the words make them years, never counts.
Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.timex import tag

DCT = dt.date(2019, 5, 20)


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 632 the caliph died.", [("632", "0632")]),
        ("The city was sacked in 455, and again in 546.", [("455", "0455"), ("546", "0546")]),
        ("By 410 the walls had fallen.", [("410", "0410")]),
        ("The abbot ruled until 868 when he died.", [("868", "0868")]),
        ("The bishop died in December of 384, in Rome.", [("December of 384", "0384-12")]),
        ("She died on 30 September 420.", [("30 September 420", "0420-09-30")]),
        ("In the winter of 373 he fell ill.", [("the winter of 373", "0373-WI")]),
        (
            "Amon of Sais (c. 314 – 368) was a monk.",
            [("314", "0314"), ("368", "0368")],
        ),
    ],
)
def test_an_early_year_is_read_where_the_words_make_it_one(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The virus was found in 632 cases last year.",
        "Turnout rose by 150 in the north.",
        "About 300 people marched.",
        "The index rose in 300 - 400 trading sessions.",
        "Flight 632 landed safely.",
        "He scored in 90 minutes.",
    ],
)
def test_a_count_is_no_early_year(text):
    assert not [v for _, v in values(text) if v.startswith("0")], values(text)


def test_a_year_with_its_era_keeps_the_era():
    assert values("In the spring of 218 BC the army left.") == [
        ("the spring of 218 BC", "BC0218-SP")
    ]
