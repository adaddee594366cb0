"""The day's news in a wire lead, and states a figure or a place only describes: each case
shown by a sentence written for it (``wire_leads``, ``figure_states``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.syntax import ParsedText, Reading, reading_of
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2019, 5, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


# --- the lead's news, told through its source ------------------------------------------------


def test_a_lead_source_saying_without_that_what_it_did_gives_the_happening_of_the_day():
    found = events(
        "Harbor Mills Inc. said it agreed to sell its bakery unit for $40 million. The unit "
        "makes bread and rolls. It employs 300 people in two towns."
    )
    assert described(found) == [
        "2019-05-14~ Harbor Mills Inc. agrees to sell its bakery unit for $40 million"
    ]


def test_a_lead_source_saying_with_that_what_it_did_gives_the_happening_of_the_day():
    found = events("Harbor Mills Inc. said that it agreed to sell its bakery unit.")
    assert described(found) == ["2019-05-14~ Harbor Mills Inc. agrees to sell its bakery unit"]


def test_a_perfect_said_without_that_is_news_of_the_day():
    found = events("The White House said the president has approved new rules for watch imports.")
    assert described(found) == ["2019-05~ President approves new rules for watch imports"]


def test_a_past_happening_said_below_the_lead_stays_old_news():
    found = events(
        "Harbor Mills Inc. said it agreed to sell its bakery unit. The unit makes bread. It "
        "employs 300 people. The company said it closed a plant in Ohio."
    )
    assert not [e for e in found if "plant" in e.title.lower()], described(found)


def test_an_inverted_said_after_a_quotation_cuts_nothing():
    assert events('"We are grateful for your help," said the mayor to the gathered crowd.') == []


def test_a_present_says_without_a_date_stays_commentary():
    assert events("An analyst says the company priced the phone well.") == []


# --- a result reported -------------------------------------------------------------------------


def test_a_reported_result_is_the_news_of_the_day_not_of_its_quarter():
    found = events("Harbor Mills reported a 30% drop in third-quarter profit.")
    assert described(found) == ["2019-05-14~ Harbor Mills reports 30% drop in profit"]


def test_a_reported_result_with_a_participle_phrase_is_still_the_news():
    found = events(
        "Harbor Mills Inc. reported a 30% drop in fourth-quarter earnings, reflecting higher "
        "flour costs."
    )
    assert described(found) == ["2019-05-14~ Harbor Mills Inc. reports 30% drop in earnings"]


def test_reporting_a_thing_said_is_still_only_saying():
    assert events("The minister reported that the talks went well.") == []


# --- figures, places and states going on --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revenue in the quarter was $4.2 million.",
        "Sales for the full year were $6.6 billion, up 13% from a year earlier.",
        "Two years ago the island was still under military rule.",
        "The mayor was in Chicago on Sunday.",
        "On Sunday, family members were outside the house.",
        "During the broadcast on Sunday, relatives and the boy were outside the home of his uncle.",
        # the parser makes the participle the head: still a copula of place
        "The minister said he was in nearby Denver working with the exiles in 1970.",
    ],
)
def test_a_figure_a_place_or_a_state_going_on_is_no_happening(text):
    assert events(text) == [], described(events(text))


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("The island was still under military rule.", Reading.STATE),
        ("The mayor was in Chicago.", Reading.STATE),
        # left alone: a condition a happening left, and where a happening took place
        ("Six people were in custody.", Reading.HAPPENING),
        ("The first concerts of the orchestra were in Vienna.", Reading.HAPPENING),
    ],
)
def test_what_a_copula_tells(sentence, reading):
    parsed = ParsedText(parse(sentence))
    body = sentence.rstrip(".")
    assert reading_of(parsed.head(0, len(body))) == reading


def test_where_a_happening_took_place_is_left_alone():
    found = events("The first concerts of the orchestra were in Vienna in 1901.")
    assert described(found) == ["1901 First concerts of orchestra are in Vienna"]


# --- what a dated closing report tells in the present -----------------------------------------


def test_a_closing_report_dates_what_it_tells_as_going_on():
    found = events("The army is shelling the city, the minister said Saturday.")
    assert described(found) == ["2019-05-11 Army shells city"]


def test_a_closing_report_dates_what_it_tells_as_come_about():
    found = events(
        "The death toll in the ferry fire has risen to 9, hospital officials said Wednesday."
    )
    assert described(found) == ["2019-05-08 Death toll in ferry fire rises to 9"]


def test_a_closing_report_of_what_is_not_going_on_dates_nothing():
    assert events("The army is not shelling the city, the minister said Saturday.") == []


# --- a plan announced --------------------------------------------------------------------------


def test_a_plan_announced_in_a_closing_report_is_the_announcing_of_its_day():
    found = events(
        "The ferry line plans to add a night crossing to Tallinn, the company announced Monday."
    )
    assert described(found) == [
        "2019-05-13 Company announces ferry line plans to add night crossing to Tallinn"
    ]


def test_a_prediction_said_is_left_out():
    assert events("Prices are expected to rise next year, analysts said Monday.") == []
    assert events("The ferry line plans to add a night crossing, a spokesman said.") == []


# --- the lead's news, where the tagger or a comma hid it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger reads "completed" after "it" as a participle; with a subject and no
        # "has" it is the finite past of what was said
        (
            "Kestrel Tool Corp. said it completed its purchase of a gear maker in Ohio.",
            "Kestrel Tool Corp. completes its purchase",
        ),
        (
            "Moreno Freight Inc. said it arranged a $30 million credit line with a Denver bank.",
            "Moreno Freight Inc. arranges $30 million credit line",
        ),
        (
            "Lindqvist Paper Co. said it filed a lawsuit in federal court to block a hostile bid.",
            "Lindqvist Paper Co. files lawsuit in federal court to block hostile bid",
        ),
    ],
)
def test_a_lead_source_saying_what_it_did_is_news_even_where_the_tagger_slips(text, expected):
    found = events(text)
    assert [e.title for e in found if e.title.startswith(expected)], described(found)
    assert all(str(e.when.start.day) == "14" for e in found), described(found)


def test_a_lead_source_with_its_town_after_a_comma_is_still_the_sayer():
    found = events(
        "Pelham Dairy Inc., Fresno, Calif., said it bought a cheese plant for $12 million."
    )
    assert described(found) == ["2019-05-14~ Pelham Dairy Inc. buys cheese plant for $12 million"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Tools Corp. declared a 3-for-2 stock split.", "declares 3-for-2 stock split"),
        (
            "Brenner Foods said it declared a special dividend of 50 cents a share.",
            "declares special dividend of 50 cents",
        ),
        ("The island's governor declared a state of emergency.", "declares state of emergency"),
    ],
)
def test_declaring_a_thing_is_an_act_of_the_day(text, expected):
    found = events(text)
    assert [e for e in found if expected in e.title], described(found)


def test_declaring_that_something_is_so_is_still_only_saying():
    assert events("The mayor declared that the crisis was over.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kessler Mills Co. announced that it sold its paper unit to a Swedish group.",
            "2019-05-14~ Kessler Mills Co. sells its paper unit to Swedish group",
        ),
        (
            "Kessler Mills Co. reported that its third-quarter profit grew 19% from a year ago.",
            "2019-05-14~ Kessler Mills Co.'s profit grows 19%",
        ),
    ],
)
def test_a_lead_source_announcing_a_happening_or_reporting_a_result_gives_the_day_news(
    text, expected
):
    assert described(events(text)) == [expected]


def test_also_below_the_lead_joins_the_day_of_the_leads_undated_news():
    found = events(
        "Harlow Tools Corp. cut its quarterly dividend to four cents a share. The dividend is "
        "payable Jan. 5 to stock of record Dec. 1. The toolmaker makes saws and drills. It "
        "has plants in Ohio and Texas. The company also adopted a new anti-takeover plan."
    )
    assert "2019-05-14~ Harlow Tools Corp. adopts new anti-takeover plan" in described(found), (
        described(found)
    )


def test_also_below_the_lead_joins_the_day_the_lead_dated():
    found = events(
        "Rebels seized the northern town of Kora on Sunday. The town has 20,000 people. Its "
        "market is the largest in the region. Aid groups are worried about food supplies. The "
        "rebels also freed 40 prisoners from the town's jail."
    )
    assert [e for e in described(found) if e.startswith("2019-05-12~ Rebels free")], described(
        found
    )
