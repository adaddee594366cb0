"""The day's news told below a story's lead: what "also" joins to the day of the lead's
report, who was named to a post or left one, and what a narrative run leaves out (a cause
cited, what a result reflected). Each case shown by sentences written for it
(``narrative_time``, ``dating_rules``, ``wire_leads``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 5, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


# --- "also", far below a lead that reports a result -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Castell Mining Corp. reported a loss of $3 million for the quarter ended March 31. "
            "The miner has 400 workers. Its mines are in Peru and Chile. Castell also sold its "
            "stake in a copper smelter.",
            "2019-05-14~ Castell sells its stake in copper smelter",
        ),
        (
            "Pell Freight Inc. posted net income of $12 million for the quarter ended March 31. "
            "The trucker runs 900 rigs. Most of its loads are farm goods. The company also "
            "bought a warehouse in Omaha.",
            "2019-05-14~ Pell Freight Inc. buys warehouse in Omaha",
        ),
    ],
)
def test_also_far_below_a_lead_reporting_a_result_joins_the_day_of_the_report(text, expected):
    assert expected in described(events(text)), described(events(text))


@pytest.mark.parametrize(
    "added",
    [
        "The gain also was fueled by lower cotton prices.",
        "The results also reflected a one-time charge.",
        "The company also cited strong demand for denim.",
    ],
)
def test_also_far_below_the_lead_adds_no_cause_state_or_words_said(added):
    text = (
        "Brandt Textiles Inc. reported a 30% rise in net income for the quarter ended March "
        "31. Its mills are in Georgia. Most of its cloth goes to jeans makers. " + added
    )
    assert described(events(text)) == [
        "2019-05-14~ Brandt Textiles Inc. reports 30% rise in net income"
    ]


# --- what a narrative run leaves out --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the port of Dara on Saturday. The port was quiet by noon. Critics "
        "cited the army's weak defences.",
        "Ferry crews walked off the job on Monday. The ferries carry 5,000 people a day. Union "
        "leaders cited unpaid overtime.",
        "Shares of Olsen Corp. fell sharply on Monday. The company makes boilers. The drop "
        "reflected worries about its debt.",
        "Voters in Tarbes elected a new mayor on Sunday. The town has 40,000 people. The vote "
        "reflected anger over rising rents.",
    ],
)
def test_a_cause_cited_or_what_a_result_reflected_is_no_happening_of_the_run(text):
    found = described(events(text))
    assert not [t for t in found if "cite" in t or "reflect" in t], found


# --- a change of post, told below the lead ----------------------------------------------------


def test_a_change_of_post_told_below_the_lead_is_the_days_news():
    found = events(
        "Harwell Bank Corp. agreed to sell its credit-card unit for $300 million. The unit has "
        "two million accounts. The sale needs regulators' approval.\n\nPaul Reyes, the bank's "
        "chairman, resigned. Ann Cole, the treasurer, was named chief executive. Her deputy, "
        "Tom Ode, was appointed treasurer."
    )
    assert described(found)[1:] == [
        "2019-05-14~ Paul Reyes resigns",
        "2019-05-14~ Ann Cole named chief executive",
        "2019-05-14~ Ann Cole's deputy appointed treasurer",
    ]


def test_a_leader_stepping_down_below_the_lead_is_the_days_news():
    found = events(
        "Delmar Shipping Co. said it will close two of its five yards. The yards build "
        "tugboats. Orders for tugs have fallen for three years.\n\nMarta Ruiz stepped down as "
        "president of Delmar. Jonas Weber was elected to the board."
    )
    assert "2019-05-14~ Marta Ruiz steps down as president of Delmar" in described(found), (
        described(found)
    )
    assert "2019-05-14~ Jonas Weber elected to board" in described(found), described(found)


def test_a_post_given_to_people_a_relative_clause_describes_is_the_days_news():
    found = events(
        "Harwell Bank Corp. agreed to sell its credit-card unit for $300 million. The unit has "
        "two million accounts. The sale needs regulators' approval.\n\nAnn Cole, 54, the "
        "treasurer, and Tom Ode, 58, who heads its trust arm, were named vice chairmen and are to "
        "serve on the board."
    )
    assert dates(found, "named", "vice") == ["2019-05-14~"], described(found)


@pytest.mark.parametrize(
    "told",
    [
        # dated: background with its own date
        "Leo Grant was elected council president in 2015.",
        # named after someone: no post
        "Leo Grant was named after his grandfather.",
        # no one named: a post changed hands, but whose?
        "The treasurer resigned.",
    ],
)
def test_a_change_of_post_below_the_lead_needs_a_named_person_and_no_date_of_its_own(told):
    found = events(
        "The city council of Varna voted to raise bus fares by 10%. The fare rise takes effect "
        "in July. Buses carry 90,000 riders a day.\n\n" + told
    )
    assert not [t for t in described(found) if t.startswith("2019-05-14~ ") and "fare" not in t]


# --- a happening moved to another day -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate moved the vote on the budget to Friday.", "2019-05-14~ Senate moves vote"),
        (
            "The league pushed back the start of the season to Oct. 3.",
            "2019-05-14~ League pushes back start",
        ),
        (
            "The board shifted its annual meeting to June 12.",
            "2019-05-14~ Board shifts its annual meeting",
        ),
    ],
)
def test_the_day_a_happening_is_moved_to_does_not_date_the_moving(text, expected):
    found = described(events(text))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_moving_to_a_place_is_still_dated_by_its_own_date():
    assert described(events("The club moved to Madrid in 1950.")) == ["1950 Club moves to Madrid"]


# --- the day what was decided takes effect ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Cole resigned as chairman of Harwell Bank, effective Friday.",
            "2019-05-14~ Ann Cole resigns as chairman of Harwell Bank",
        ),
        (
            "Harwell Bank Corp. created a new risk committee, effective Feb. 1.",
            "2019-05-14~ Harwell Bank Corp. creates new risk committee",
        ),
    ],
)
def test_the_day_a_decision_takes_effect_does_not_date_the_deciding(text, expected):
    assert described(events(text)) == [expected]


def test_a_law_becoming_effective_on_a_day_is_dated_by_it():
    assert dates(events("The tax cut became effective on Jan. 1."), "tax") == ["2019-01-01"]


def test_a_source_announcing_its_own_plan_in_the_lead_is_the_day_s_news():
    published = dt.date(2004, 3, 9)
    found = extract_events(
        "Brightwater Ferries Ltd. said it plans to raise 40 million euros by selling bonds. "
        "The bonds would be listed in Oslo.",
        published,
    )
    assert [e.when.to_edtf() for e in found if "plans to raise" in e.title] == ["2004-03-09~"]
    found = extract_events(
        "Brightwater Ferries Ltd. said it will merge with a unit of Nordsjo Shipping. "
        "Regulators must approve the deal.",
        published,
    )
    assert [e.title for e in found if "merge" in e.title], [e.title for e in found]


def test_a_forecast_of_what_others_will_do_is_no_announcement():
    found = extract_events(
        "Brightwater Ferries Ltd. said fuel prices will rise. Its shares fell.",
        dt.date(2004, 3, 9),
    )
    assert not [e for e in found if "will rise" in e.title], [e.title for e in found]


# --- a place named with its state or country before the lead's verb -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury in Bangor, Maine, has found Ellis Crane guilty on all nine counts he "
            "faced for setting fire to a boatyard.",
            "2019-05-14~ Jury in Bangor finds Ellis Crane guilty on all nine counts",
        ),
        (
            "A court in Ghent, Belgium, has fined the shipping firm Noord Lines for the oil "
            "it dumped.",
            "2019-05-14~ Court in Ghent fines shipping firm Noord Lines for oil it dumped",
        ),
    ],
)
def test_the_lead_verb_after_a_place_and_its_state_is_the_days_news(text, expected):
    """ "in Bangor, Maine, has found": "has" after the state's comma is the verb, never a
    plural noun like "talks", so the clause is not cut into a participle phrase."""
    assert expected in described(events(text))
