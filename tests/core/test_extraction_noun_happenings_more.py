"""Happenings named by nouns, beyond "the 1962 uprising": a hyphened noun the parse splits,
a demonstrative before the date, a resolution, the kind of a rising, an undated noun that
frames a dated sentence, and one happening named by its noun and told by a clause proposed
once. Each case is a sentence written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.noun_predicates import NOUN_PREDICATES, opens_happening

PUBLISHED = dt.date(2022, 9, 8)


def events_of(text: str):
    return extract_events(text, PUBLISHED)


def found(text: str) -> list[str]:
    return described(events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Refugees went home after the August 1994 cease-fire of the border war.",
            "1994-08 Cease-fire takes effect",
        ),
        ("Under that 1985 treaty, fishing boats stayed out of the bay.", "1985 Treaty signed"),
        ("Israel ignored the 1978 resolution.", "1978 Resolution adopted"),
    ],
)
def test_a_dated_happening_noun_is_titled_with_its_verb(text, expected):
    events = found(text)
    assert expected in events, events


def test_a_rising_is_filed_as_an_armed_clash():
    """ACLED codes an armed rising against the state as a battle; a crowd's own violence is
    a riot, which "riot" says."""
    events = events_of("Half the valley emptied during the 1911 uprising.")
    rising = [e for e in events if e.title == "Uprising breaks out"]
    assert [e.category for e in rising] == ["armed clash"], [(e.title, e.category) for e in events]


def test_the_opening_words_are_the_article_and_the_demonstratives():
    assert opens_happening("Under that ")
    assert opens_happening("after the ")
    assert not opens_happening("signed a ")
    assert not opens_happening("Monday's ")


def test_each_predicate_names_the_verbs_that_tell_it():
    for rule in NOUN_PREDICATES:
        assert rule.told_by, rule.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1988, after the purchase of Lumo by Kestrel, the plant closed.",
            "1988 Kestrel purchases Lumo",
        ),
        (
            "In 2004, following Halden's purchase of Corvo, Mira Tull returned to the firm.",
            "2004 Halden purchases Corvo",
        ),
        (
            "Mira Tull returned to the firm in 2004, after Halden's purchase of Corvo.",
            "2004 Halden purchases Corvo",
        ),
    ],
)
def test_an_undated_framing_happening_takes_its_sentences_year(text, expected):
    events = found(text)
    assert expected in events, events


@pytest.mark.parametrize(
    "text",
    [
        # "before" points to another time than the sentence's
        "In 2004, before Halden's purchase of Corvo, Mira Tull returned to the firm.",
        # "after" a day may be days before it: the day is the clause's alone
        "On May 4, after Halden's purchase of Corvo, Mira Tull returned to the firm.",
    ],
)
def test_a_framing_happening_is_not_given_another_time(text):
    events = found(text)
    assert not [e for e in events if "purchases Corvo" in e], events


@pytest.mark.parametrize(
    "text",
    [
        "Gale Mills and its weavers settled the dispute in 2001. The 2001 agreement protected "
        "pensions.",
        "Bram Oil broke an agreement reached with the union in 2001. The 2001 agreement "
        "protected pensions.",
    ],
)
def test_a_happening_told_by_a_clause_is_not_proposed_again_by_its_noun(text):
    events = found(text)
    assert not [e for e in events if e.endswith("Agreement signed")], events
    assert any(e.startswith("2001 ") for e in events), events


def test_a_clause_that_only_mentions_the_happening_leaves_its_noun_event():
    """Guard: "burned during the uprising" is no telling of the uprising."""
    events = found("Half the valley burned during the 1911 uprising.")
    assert "1911 Uprising breaks out" in events, events


@pytest.mark.parametrize(
    ("text", "year", "word"),
    [
        ("Six fans died in the worst crush during the 1977 festival.", "1977", "die"),
        ("Forty pilgrims were hurt in a stampede during the 1994 pilgrimage.", "1994", "hurt"),
    ],
)
def test_a_date_on_the_occasion_dates_what_befell_the_crowd_there(text, year, word):
    """The date sits on a second noun, the occasion the happening took place at."""
    events = found(text)
    assert [e for e in events if e.startswith(f"{year} ") and word in e], events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell after Carra's purchase of VeTra in 2019.", "2019 Carra purchases VeTra"),
        # guard: a name written in lower case first keeps it
        ("Shares fell after Carra's purchase of doTel in 2019.", "2019 Carra purchases doTel"),
        # guard: a common noun is lowered after the verb
        ("Shares fell after Carra's purchase of the rival in 2019.", "2019 Carra purchases rival"),
    ],
)
def test_a_name_cased_like_no_word_keeps_its_case_in_the_title(text, expected):
    events = found(text)
    assert expected in events, events
