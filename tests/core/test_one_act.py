"""One happening is one act: events of several articles that share an actor, words and a near
date but tell different acts (a launch, a lawsuit over it) stay two events; the same act told
in a verb of its group is one."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.corroboration import merge_into
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Event, SourceRef
from timeline_app.core.title_acts import same_act, title_acts


def told(eid: str, title: str, day: int, article: str, evidence: str, *actors: str) -> Event:
    source = SourceRef(source_id=article, name=article, evidence=evidence, start=0, end=9)
    when = When(FuzzyDate(2031, 4, day))
    return Event(eid, title, when, actors=actors, sources=(source,))


def papers(*names: str) -> dict[str, Article]:
    return {n: Article(n, publisher=n, published=dt.date(2031, 4, 20)) for n in names}


def test_a_launch_and_a_lawsuit_over_it_two_days_on_stay_two_events():
    timeline = [
        told(
            "suit",
            "Ortolan Labs sues Vexa over Pebble phone name",
            12,
            "Gazette",
            "Ortolan Labs sued Vexa over the name of its Pebble phone on April 12.",
            "Ortolan Labs",
            "Vexa",
        )
    ]
    launch = told(
        "launch",
        "Vexa launches much-awaited Pebble phone",
        10,
        "Courier",
        "Vexa launched its much-awaited Pebble phone on April 10.",
        "Vexa",
    )
    result = merge_into(timeline, [launch], papers("Gazette", "Courier"))
    assert result.joined == {}
    assert [e.id for e in result.added] == ["launch"]


def test_the_same_act_in_another_verb_of_its_group_is_still_one_event():
    timeline = [
        told(
            "quit",
            "Mayor Idris Calloway resigns",
            3,
            "Gazette",
            "Mayor Idris Calloway resigned on Thursday after the audit.",
            "Idris Calloway",
        )
    ]
    again = told(
        "again",
        "Idris Calloway steps down as mayor after audit",
        3,
        "Courier",
        "Idris Calloway stepped down as mayor on Thursday after the audit.",
        "Idris Calloway",
    )
    result = merge_into(timeline, [again], papers("Gazette", "Courier"))
    assert result.joined == {"again": "quit"}


@pytest.mark.parametrize(
    ("title", "acts"),
    [
        ("Vexa launches phone", {"present", "phone"}),  # either could be the verb
        ("Rebel forces shell hill town", {"force", "shell"}),
        ("Upper Tarn dam breached", {"breach"}),  # "dam" after a name is not the verb
        ("Vexa unveils phone", {"present", "phone"}),  # "phone" is a verb too, but the object here
        ("Toy phones recalled after fires", {"recall"}),  # "phones" is the subject's head
        ("Old ferries withdrawn from service", {"withdraw"}),
        ("Bridge to be reopened", {"reopen"}),
        ("Harbour chief chooses to step down", {"choose", "quit"}),
        ("Dockers walk out", {"walk"}),
        ("Minister is in Lisbon", set()),  # a state, no act
        ("Talks on the harbour", set()),
    ],
)
def test_a_titles_act_is_read_from_its_headline_grammar(title, acts):
    assert title_acts(title) == acts


def test_titles_whose_act_cannot_be_read_ask_nothing():
    assert same_act("Talks on the harbour", "Vexa sues Ortolan Labs")
    assert not same_act("Vexa launches phone", "Vexa sues Ortolan Labs")
