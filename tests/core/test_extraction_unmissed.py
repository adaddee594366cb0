"""Happenings a reader would not miss that the extractor used to leave out or misdate, each
shown by a sentence written for it: a numeral taken for a verb, ..."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2021, 6, 9)  # a Wednesday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_few_hundred_is_a_numeral_not_the_verb_of_its_clause():
    found = events(
        "About 2,000 farmers marched on Monday through the centre of Lyon. Meanwhile in the "
        "capital, a few hundred growers laid a wreath at the gate of the ministry."
    )
    assert dates(found, "wreath") == ["2021-06-07~"]
    assert titled(found, "hundred") == titled(found, "wreath")


def test_a_death_toll_risen_below_the_lead_is_news_of_the_day_it_was_reported():
    found = events(
        "Two car bombs exploded outside the port authority on Friday. The blasts shattered "
        "windows along the harbour front.\n\n"
        "The governor visited the site on Saturday.\n\n"
        "The death toll in the second blast, initially seven, has risen to 11, hospital "
        "officials said Wednesday."
    )
    assert dates(found, "toll", "11") == ["2021-06-09"]


def test_a_share_that_has_fallen_below_the_lead_still_describes_how_things_stand():
    found = events(
        "Acme opened a new plant on Monday. The plant employs 300 people.\n\n"
        "Its share of the market has dropped to about 56 percent, analysts said Wednesday."
    )
    assert titled(found, "share") == []


def test_a_dated_shooting_named_by_a_noun_in_a_clause_of_its_case_is_a_happening():
    # the warrant is not of May 3; the shooting is
    found = events(
        "The suspect has eluded police since they obtained a warrant for him as a witness in "
        "the May 3 sniper shooting of Dr. Ann Lee, a 61-year-old surgeon who ran a clinic."
    )
    assert dates(found, "Ann Lee", "shot") == ["2021-05-03"]


def test_whom_a_dated_deed_named_by_a_noun_was_done_to_leaves_out_what_describes_her():
    found = events(
        "Prosecutors charged two men on Monday over the 2019 shooting of Ruth Amsel, "
        "a retired judge who had sentenced them."
    )
    assert [e.title for e in titled(found, "shot")] == ["Ruth Amsel shot"]
    assert dates(found, "Amsel", "shot") == ["2019"]


def test_someone_named_to_a_post_in_the_lead_is_the_news_however_long_the_subject():
    found = events(
        "Margaret L. Oduya Jr., a senior partner at Boston-based Harlow & Finch, was named "
        "president and chief executive of Keel Marine Corp. and its main shipbuilding unit, "
        "Keel Yards.\n\nThe appointment takes effect July 1."
    )
    assert dates(found, "named", "president") == ["2021-06-09~"]


def test_an_order_issued_on_a_day_is_a_happening_though_the_parse_hangs_it_on_the_verb():
    # no comma, no subject: "issued Thursday" tells of the injunction, not of the asking
    found = events(
        "The city wants the appeals court to lift the temporary injunction issued Thursday "
        "and also order the contractor to resume work."
    )
    assert dates(found, "injunction", "issued") == ["2021-06-03"]
    assert [e.title for e in titled(found, "injunction", "issued")] == [
        "Temporary injunction issued"
    ]
    assert not any(e.when.to_edtf() == "2021-06-03" for e in titled(found, "lift"))


def test_that_same_year_dates_what_happened_in_the_year_told_before():
    found = events(
        "In 2011 Vera Holm starred in a stage revival of The Lark. That same year, Holm was "
        "cast as the lead in the television series Harbour Lights."
    )
    assert dates(found, "cast") == ["2011"]


def test_the_year_before_a_prize_won_dates_the_winning():
    found = events(
        "Tomas Reyd received the 2014 Golden Quill Award of the Northern Press Guild. "
        "He bought a 1965 Mustang."
    )
    assert dates(found, "Reyd", "receives", "Golden Quill") == ["2014"]
    assert titled(found, "Mustang") == []


def test_a_second_participle_joined_by_and_with_its_own_year_is_a_happening_of_that_year():
    found = events(
        "Ada Lind returned to Norway in 1925, teaching at a college in Bergen, and beginning "
        "a survey of the coastal dialects in 1926."
    )
    assert dates(found, "Lind", "survey") == ["1926"]
    assert dates(found, "returns") == ["1925"]
