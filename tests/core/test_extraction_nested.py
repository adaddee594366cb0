"""A date inside a clause the parse nests in another, where no word opens it for the clause
rules to cut at: a relative clause with no relative word or opened by a preposition, an
adverbial clause under "as". The date is the inner clause's happening's (``nested_clauses``).
Each sentence was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 5, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_a_relative_clause_with_no_relative_word_has_its_own_date():
    found = events(
        "Bank names new chairman\n\n"
        "The bank's finance chief, Ana Ruiz, was named chairman of the firm her father "
        "founded 40 years ago in Lisbon. Her predecessor resigned on Monday."
    )
    # the founding is of 1979, titled with the noun the clause hangs on as its object
    assert dates(found, "founds firm") == ["1979"], described(found)
    # the naming is the lead's news, never dated by the founding's year
    assert all(e.when.to_edtf() != "1979" for e in titled(found, "named")), described(found)


def test_a_relative_clause_opened_by_a_preposition_has_its_own_date():
    found = events(
        "Rail union wins strike vote\n\n"
        "Rail workers voted on Monday to strike for a week. The walkout revives an old "
        "dispute for which the union sued the operator in March."
    )
    assert dates(found, "union sues operator") == ["2019-03"], described(found)
    assert not [e for e in titled(found, "revive") if e.when.to_edtf() == "2019-03"]


def test_a_clause_under_as_with_a_date_is_a_happening_of_that_date():
    found = events(
        "Club sacks coach\n\n"
        "The club sacked its coach on Monday. It had been struggling for years. The team "
        "was sinking in the league as its old striker returned as a trainer in 2004."
    )
    assert dates(found, "striker returns") == ["2004"], described(found)


def test_a_state_inside_a_nested_clause_is_no_happening():
    found = events(
        "Police search farmhouse\n\n"
        "Police searched a farmhouse on Monday. Detectives found a coat in a barn near the "
        "cottage where the painter Ivo Lenz lived in 1990."
    )
    assert not titled(found, "lives"), described(found)


def test_a_happening_told_with_an_as_clause_keeps_the_date_alone():
    # the outer clause tells the happening, the "as" clause its occasion: one event
    found = events(
        "Mill posts loss\n\n"
        "The paper mill posted a loss on Monday. It has shed jobs for years. The mill wrote "
        "off $40 million as it shut its oldest machine in the first quarter."
    )
    assert titled(found, "writes off"), described(found)
    assert not titled(found, "shuts"), described(found)


def test_a_relative_clause_with_no_relative_word_read_as_a_predicate_has_its_own_date():
    found = events(
        "Growers fight levy\n\n"
        "Orchard growers opposed the levy the county board approved earlier this year."
    )
    # the parse read "approved" as a predicate of the board; the approval is of 2019
    assert [d[:4] for d in dates(found, "board approves levy")] == ["2019"], described(found)
    assert not [e for e in titled(found, "oppose") if e.when.to_edtf() == "2019"]


def test_a_relative_clause_tagged_as_a_participle_is_a_happening_of_its_date():
    found = events(
        "Village vote\n\n"
        "Residents of Tarsby rejected the buyout the mining agency offered last week."
    )
    # "offered" has its subject and no auxiliary: a past tense, the offer's own happening
    assert dates(found, "agency offers buyout") == ["2019-05-06/2019-05-12"], described(found)
    # the rejection's title leaves the relative clause out
    assert [e.title for e in titled(found, "reject")] == ["Residents of Tarsby reject buyout"]


def test_a_relative_clause_after_a_compound_noun_has_its_own_date():
    found = events(
        "Dockers angry\n\nDockers criticised the pay deal the port board signed on Thursday."
    )
    assert dates(found, "port board signs pay deal") == ["2019-05-09"], described(found)
    assert [e.title for e in titled(found, "criticise")] == ["Dockers criticise pay deal"]
