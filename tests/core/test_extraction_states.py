"""States, scenes and views are not happenings: each rule that leaves one out is shown by a
sentence pair written for it, the state left out and the happening beside it kept."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
LEAD = "Rebels shelled the port on Saturday.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_what_was_going_on_below_the_lead_is_a_scene_not_a_happening():
    found = events(LEAD + "Two warships were patrolling the strait in March, the navy said.")
    assert not titled(found, "patrol"), described(found)
    found = events(
        LEAD + "The minister said the two men had been discussing the planned visit in September."
    )
    assert not titled(found, "discuss"), described(found)
    # the lead's progressive is the story's news
    found = events("Rebels are shelling the capital, residents said on Monday.")
    assert titled(found, "shell", "capital"), described(found)
    # what a speaker reports is going on now is the news they give
    found = events(LEAD + "Britain is sending anti-tank missiles to Kyiv, the minister told MPs.")
    assert titled(found, "send", "missiles"), described(found)
    # what has gone on since a date began then
    found = events(LEAD + "The singer has been fighting cancer since 2004.")
    assert titled(found, "cancer"), described(found)


def test_the_simple_present_in_a_quotation_is_a_view_not_a_happening():
    found = events(
        "“Opening the border to traders helps to stabilize a region that saw three wars "
        "this century,” the minister said."
    )
    assert not titled(found, "stabilize"), described(found)
    # the past in a quotation tells what happened
    found = events("“We won the vote this century,” the minister said.")
    assert titled(found, "win", "vote"), described(found)
    # a quoted name of a work is no speech
    found = events(LEAD + "Her video “Why I Do Not Want To Talk” was shown on television in 2011.")
    assert titled(found, "shown"), described(found)


def test_what_something_has_is_a_state_and_what_someone_had_done_stays():
    found = events("The two candy firms had sales of $154 million in 2023.")
    assert found == [], described(found)
    found = events("The old browser has 277 known flaws in 2024, the firm said.")
    assert not titled(found, "flaws"), described(found)
    # having a child, a happening, and the perfect are news
    found = events("The singer had a baby in 2023.")
    assert titled(found, "baby"), described(found)
    found = events("The minister has resigned, the party said on Monday.")
    assert titled(found, "resign"), described(found)
    # a role had in a film of a year is a happening of a life, whatever numbers its name holds
    found = events("Jared Kowal is an actor. In 2009, Kowal had the lead role in Friday the 13th.")
    assert titled(found, "role"), described(found)


def test_what_a_show_is_to_run_until_is_its_schedule():
    assert events("The exhibition of Polish posters is to run until 9 May.") == []
    assert events("The exhibition of Polish posters was to run until 9 May.") == []
    # a run that took place
    found = events("The dockers' strike ran for a week in May.")
    assert titled(found, "strike"), described(found)


def test_what_has_gone_on_since_is_no_news_of_the_day_but_a_count_since_is():
    found = events(LEAD + "Jan Kowal has eluded the police since they issued a warrant for him.")
    assert not titled(found, "elude"), described(found)
    found = events(LEAD + "NATO's mission has changed greatly since its founding.")
    assert not titled(found, "change"), described(found)
    found = events(
        LEAD + "Since the first phone was released in 2007, the servers of Acme have "
        "experienced problems at every launch."
    )
    assert not titled(found, "problems"), described(found)
    assert titled(found, "released"), described(found)
    # a count of what happened since is news
    found = events(LEAD + "Jan Kowal has won three races since he joined the team.")
    assert titled(found, "three races"), described(found)
    # without "since", the perfect of a named doer stays news
    found = events(LEAD + "Jan Kowal has escaped from the prison near the border.")
    assert titled(found, "escape"), described(found)
    # and with its start, what has gone on since is dated by when it began
    found = events("Kowalski has played for Legia Warsaw since 2019.")
    assert [e.when.to_edtf() for e in found] == ["2019/.."], described(found)


def test_what_kind_or_whose_something_was_is_a_state():
    found = events("The flooding in 2009 was of great concern to the city, the mayor said.")
    assert not titled(found, "concern"), described(found)
    # where a happening took place is told with it
    found = events("The first performances of his works were in Prague in 1872.")
    assert titled(found, "Prague"), described(found)


def test_the_writer_or_a_speaker_saying_we_with_an_adverb_is_no_news():
    found = events(LEAD + "We in fact have seen the numbers of such groups dropping in the 1990s.")
    assert not titled(found, "numbers"), described(found)
    # "we" with a noun is the people named
    found = events("We Poles in fact won the war in 1920.")
    assert titled(found, "war"), described(found)


def test_where_a_thing_is_kept_is_no_happening():
    found = events("The newspaper said on Monday that the hair was in a packet with two bullets.")
    assert not titled(found, "packet"), described(found)
    found = events("The glitches in 2024 were apparently in the payment system.")
    assert not titled(found, "payment"), described(found)
    # where a happening took place is told with it
    found = events("The first performances of his works were in Prague in 1872.")
    assert titled(found, "Prague"), described(found)


def test_a_kind_in_the_simple_present_says_what_is_usual():
    found = events("Such groups grow rapidly in hard times, the report said on Monday.")
    assert not titled(found, "grow"), described(found)
    # in the past, a kind tells what happened to its members
    found = events("Every bank closed on Monday.")
    assert titled(found, "close"), described(found)


def test_who_backs_a_thing_is_a_credit_line_not_a_happening():
    found = events(LEAD + "The study was supported by the Marsh Foundation and the city council.")
    assert not titled(found, "support"), described(found)
    found = events(LEAD + "The prize is sponsored by a local bank.")
    assert not titled(found, "sponsor"), described(found)
    # backing given on a day is a happening
    found = events(LEAD + "The bill was backed by the Senate on Tuesday.")
    assert titled(found, "bill", "backed"), described(found)


def test_no_comment_is_no_happening():
    found = events(LEAD + "The mayor declined to comment on Friday.")
    assert not titled(found, "comment"), described(found)
    found = events(LEAD + "The mayor could not be reached for comment on Friday.")
    assert not titled(found, "reach"), described(found)
    # declining to act, and an agreement not reached, are news
    found = events(LEAD + "The mayor declined to sign the bill on Friday.")
    assert titled(found, "sign", "bill"), described(found)
    found = events(LEAD + "An agreement could not be reached on Friday, the union said.")
    assert titled(found, "agreement"), described(found)


def test_a_date_inside_a_told_state_is_the_states_not_the_telling():
    found = events(
        LEAD + "A student admitted she was willing to skip class Thursday night to see the band."
    )
    assert not titled(found, "admit"), described(found)
    # a date before what is told dates the telling
    found = events(LEAD + "The minister admitted on Thursday she was wrong.")
    assert titled(found, "admit", "wrong"), described(found)


def test_a_guess_with_may_or_might_is_a_view_and_saying_it_is_no_news():
    found = events(LEAD + "The gunmen may be hiding in the hills, police said on Friday.")
    assert not titled(found, "hiding"), described(found)
    found = events(LEAD + "Police said on Friday the gunmen might have fled to the north.")
    assert not titled(found, "fled"), described(found)
    # what may happen on a day is foretold, and announcing it is news
    found = events(LEAD + "The talks may resume on Monday, the minister said on Friday.")
    assert titled(found, "talks", "resume"), described(found)
    found = events(LEAD + "The hostages may be released on Monday, the minister said on Friday.")
    assert titled(found, "hostages", "released"), described(found)


def test_a_quoted_promise_below_the_lead_is_colour_not_news():
    found = events(
        LEAD + "“We will concentrate on our core business,” the chairman said on Friday."
    )
    assert not titled(found, "concentrate"), described(found)
    # what will be, in reported speech, is the announcement the story tells
    found = events(LEAD + "The chairman said on Friday the firm would sell its candy business.")
    assert titled(found, "sell", "candy"), described(found)
    # a quotation that opens the story is its news
    found = events("“We will strike back,” the general said on Monday.")
    assert titled(found, "strike back"), described(found)
