"""News a reader puts on the timeline that the extractor used to pass over, each shown by a
sentence written for it: a clause set by a fronted phrase that names another dated happening
("Following Thursday's inquest, ..."), and the present perfect of people who act, told below
a dated first paragraph ("The harbour master has resigned.")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.extraction_checks import find
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 3, 18)  # a Thursday
# a first paragraph that already holds a dated happening
OPENING = "Quayside news\n\nThe port board met on Monday.\n\n"


def events(sentence: str) -> list[Event]:
    return extract_events(OPENING + sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "edtf", "words"),
    [
        (
            "Following Tuesday's inquest, the hospital trust suspended two nurses.",
            "2021-03-16",
            ("suspend", "nurses"),
        ),
        (
            "In the wake of the February 27 landslide, the county closed Route 9.",
            "2021-02-27",
            ("county", "close"),
        ),
        (
            "Ahead of Saturday's derby, the club sacked its manager.",
            "2021-03-13",
            ("club", "sack"),
        ),
    ],
)
def test_a_fronted_phrase_naming_a_dated_happening_sets_the_clause_at_its_day(
    sentence: str, edtf: str, words: tuple[str, ...]
) -> None:
    find(events(sentence), edtf, *words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The port authority's director has resigned.", ("director", "resign")),
        ("Detectives have arrested a 52-year-old woman.", ("detectives", "arrest")),
        ("Three dockers have been charged with arson.", ("dockers", "charged")),
        ("At least nine people have died in the mudslides.", ("nine people", "die")),
        ("A blaze has destroyed a furniture store in Brackley.", ("blaze", "store")),
        ("Riots have broken out in the port city.", ("riots", "break")),
    ],
)
def test_the_present_perfect_of_people_who_act_or_a_toll_or_a_disaster_is_news_below_the_lead(
    sentence: str, words: tuple[str, ...]
) -> None:
    find(events(sentence), "2021-03~", *words)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry timetable has been extended.",
        "The old quay has grown busier.",
        "Thousands of people have toured the gallery.",
        "The fighting has dragged on for weeks.",
    ],
)
def test_the_present_perfect_of_a_thing_below_the_first_paragraph_stays_background(
    sentence: str,
) -> None:
    assert [e.title for e in events(sentence) if "board" not in e.title.lower()] == []


def test_the_week_following_a_happening_sets_no_clause_at_its_day() -> None:
    found = events(
        "Some $9 million left the Orchard Bond Fund last week, twice as much as in the week "
        "following the Feb. 11 default of Varden Bank."
    )
    assert not [e for e in found if e.when.to_edtf().startswith("2021-02")]


STORY_DAY_BELOW = (
    "Blaze guts Kessock depot\n\n"
    "A blaze destroyed a bus depot in Kessock, leaving 60 drivers without work.\n\n"
    "Crews fought the flames for seven hours.\n\n"
    "The depot's manager, Ilsa Moray, said the buses were insured.\n\n"
    "The blaze started on Sunday shortly after midnight."
)


def test_a_story_day_given_below_the_lead_dates_the_undated_news_before_it() -> None:
    found = extract_events(STORY_DAY_BELOW, PUBLISHED)
    find(found, "2021-03-14~", "blaze", "destroy")
    find(found, "2021-03-14~", "crews", "fight")


@pytest.mark.parametrize(
    ("sentence", "edtf", "title"),
    [
        (
            "Shipping stalled after Tuesday's closure of the canal.",
            "2021-03-16",
            "Canal closed",
        ),
        (
            "Lawyers studied the March 9 rejection of the appeal by the tribunal.",
            "2021-03-09",
            "Tribunal rejects appeal",
        ),
        (
            "Fares rose after the March 9 purchase of the ferry line by Calder Group.",
            "2021-03-09",
            "Calder Group purchases ferry line",
        ),
    ],
)
def test_a_dated_noun_of_a_deed_is_a_happening_with_its_doer_named_by_by(
    sentence: str, edtf: str, title: str
) -> None:
    assert title in [e.title for e in events(sentence) if e.when.to_edtf() == edtf]
