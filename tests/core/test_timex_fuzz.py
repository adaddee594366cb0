"""Mutated news sentences never crash the tagger or the extractor.

Dates the calendar cannot hold ("2,500 years ago", "tomorrow" on 9999-12-31, counts with
thirty digits) are refused for that expression alone, or kept as TIMEX3 can write them
(a BC year, a duration); the rest of the text is still read.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.extraction import extract_events
from timeline_app.core.timex import tag

# Sentences of the kinds news and history articles are made of, written for this test.
SENTENCES = [
    "Rome was founded 2,775 years ago, and the city was sacked in 410.",
    "The talks will resume in 10000 years from now, the minister joked on Monday.",
    "Troops arrived on Dec. 31 and left the next day, two weeks after the vote.",
    "In 1991 the republic declared independence; two years earlier, protests had spread.",
    "Results for the current fiscal year are due next week, a year earlier than planned.",
    "The siege lasted from 1992-1995, and the summer of 1993 was the worst.",
    "Caesar crossed the Rubicon in 49 BC and was killed five years later.",
    "At 8:30 a.m. tomorrow the border reopens for three days, officials said yesterday.",
    "The treaty, signed on 28 June 1919, took effect in January of the following year.",
    "Every Monday since the 1950s the council has met at noon for about two hours.",
    "In the second half of 1942 the fleets met on June 3–4, 1942, and again the next spring.",
    "Hannibal left in the spring of 218 BC; in 216 B.C. he won, and AD 9 was a disaster.",
    "The war (1861-1863) ended in November of the following year, the night before the vote.",
    "In March of that year, 2,500 years after the founding, the city fell at midnight.",
]
DCTS = [
    dt.date(1, 1, 1),
    dt.date(1, 12, 31),
    dt.date(9999, 12, 31),
    dt.date(9999, 1, 1),
    dt.date(2022, 1, 18),
    dt.date(2000, 2, 29),
    None,
]
WHITESPACE = [" ", "\r\n", "\t", "\n\n", "  ", "\u00a0", "\u2009", "\r"]
NUMBERS = st.one_of(
    st.integers(0, 10**30).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.sampled_from(["0", "00", "9999", "10000", "99999", "1e9", "½", "2.5", "0.0001"]),
)


@st.composite
def mutated(draw) -> str:
    """One or two sentences with their numbers swapped, spaces changed, and characters
    inserted, deleted or repeated."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2)))
    text = re.sub(r"\d[\d,.]*", lambda _m: draw(NUMBERS), text)
    text = re.sub(r" ", lambda _m: draw(st.sampled_from(WHITESPACE)), text)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if edit == "insert":
            text = text[:at] + draw(st.text(max_size=3)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)) :]
        else:
            text = text[:at] + text[at : at + 8] * 3 + text[at:]
    return text


FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(mutated(), st.sampled_from(DCTS))
@example("It happened 2,500 years ago.", dt.date(2022, 1, 18))
@example("They arrive tomorrow.", dt.date(9999, 12, 31))
@example("They left yesterday.", dt.date(1, 1, 1))
@example("the current fiscal\r\nyear", dt.date(2022, 1, 18))
@example("It ended 99999999999999999999999 years ago.", dt.date(2022, 1, 18))
def test_tag_reads_any_mutated_sentence(text, dct):
    for t in tag(text, dct):
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from(DCTS))
@example("Rome was founded 2,775 years ago.", dt.date(2022, 1, 18))
@example("They arrive tomorrow.", dt.date(9999, 12, 31))
@example("Caesar was killed in 44 BC.", dt.date(2022, 1, 18))
@example("Officials said earlier this week that the process will begin.", dt.date(9999, 12, 31))
def test_extract_events_reads_any_mutated_sentence(text, dct):
    for event in extract_events(text, dct):
        assert event.title


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The city was founded 2,500 years ago.", dt.date(2022, 1, 18), "2,500 years ago", "BC0479"),
        ("It ended 3,000 years ago.", dt.date(2022, 6, 1), "3,000 years ago", "BC0979"),
        ("It will last 10000 years from now.", dt.date(2022, 1, 18), "10000 years from now", "P10000Y"),
        ("Results for the current fiscal\r\nyear fell.", dt.date(2022, 1, 18),
         "the current fiscal\r\nyear", "2022"),
    ],
)  # fmt: skip
def test_dates_beyond_the_calendar_keep_a_value_timex3_allows(text, dct, span, value):
    found = {t.text: t.value for t in tag(text, dct)}
    assert found.get(span) == value, found


def test_a_date_past_the_calendar_is_refused_and_the_rest_is_read():
    found = [
        (t.text, t.value) for t in tag("They arrive tomorrow, as in 1999.", dt.date(9999, 12, 31))
    ]
    assert found == [("1999", "1999")]
