"""Wire news as agencies and business pages write it: results reported in a lead, quotations
opened with two apostrophes, a headline that announces what the story says was unveiled.
Each case is a sentence written for it."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(1989, 11, 2)


def test_results_reported_in_the_lead_are_the_news_of_the_day():
    # "reported" with a thing for its object is no saying, and "third-quarter" is the
    # earnings' date, not the reporting's
    found = extract_events(
        "Acme Corp. reported a 40% decline in third-quarter earnings. "
        "The Toledo company earned $12 million.",
        PUBLISHED,
    )
    reported = titled(found, "reports", "decline")
    assert len(reported) == 1, described(found)
    assert reported[0].when.to_edtf() == "1989-11-02~"


def test_an_announcement_of_a_thing_is_an_act_and_a_report_to_someone_is_not():
    found = extract_events("The firm announced a merger with a rival. Its shares rose.", PUBLISHED)
    assert titled(found, "announces", "merger"), described(found)
    found = extract_events(
        "The agency reported to police that the van was gone. Its shares rose.", PUBLISHED
    )
    assert not titled(found, "reports"), described(found)


def test_a_quotation_opened_with_two_apostrophes_is_speech_not_news():
    found = extract_events(
        "Farmers marched through Toledo on Sunday. ''The governor is betraying the valley,'' "
        "said Ana Ruiz, 56, of Toledo.",
        dt.date(2000, 4, 17),
    )
    assert titled(found, "march"), described(found)
    assert not titled(found, "governor"), described(found)


def test_a_headline_announcing_what_the_story_says_was_unveiled_is_one_event():
    text = (
        "Kestrel Motors announces electric van\n\n"
        "April 17, 2000\n\n"
        "Kestrel Motors unveiled its first electric van at a show in Turin on Monday. "
        "The van goes on sale in May."
    )
    found = extract_events(text, dt.date(2000, 4, 17))
    van = [e for e in found if "van" in e.title.lower() and "sale" not in e.title.lower()]
    assert len(van) == 1, described(found)
    assert van[0].when.to_edtf() == "2000-04-17"
    assert len(van[0].sources) == 2  # the headline and the story's sentence


def test_a_figure_for_a_predicate_is_a_state_not_a_happening():
    found = extract_events(
        "Acme said its profit fell. Sales in the latest quarter were $1.76 billion. "
        "Revenue for the year was $4.2 million.",
        PUBLISHED,
    )
    assert not titled(found, "sales"), described(found)
    assert not titled(found, "revenue"), described(found)


def test_the_date_of_a_sum_compared_with_dates_nothing():
    found = extract_events(
        "Citadel posted a third-quarter net loss of $2.3 million, or 68 cents a share, "
        "versus net income of $5.3 million, or $1.61 a share, a year earlier. Its shares fell.",
        PUBLISHED,
    )
    loss = titled(found, "loss")
    assert len(loss) == 1, described(found)
    assert loss[0].when.to_edtf() == "1989-11-02~"  # the news of the day, not 1988's quarter


def test_a_sum_from_which_no_figure_is_compared_leaves_the_date_alone():
    # "from" opens where the ships came from, not a sum compared with
    found = extract_events(
        "The yard went bankrupt in August. Carnival, which has three ships on order from "
        "the yard, presented claims for $1.5 billion in damages in the court this week.",
        PUBLISHED,
    )
    claims = titled(found, "claims")
    assert len(claims) == 1, described(found)
    # "this week", told in the past, runs to the day of writing (Thursday)
    assert claims[0].when.to_edtf() == "1989-10-30/1989-11-02"


def test_separately_opens_a_second_story_whose_news_is_of_the_day():
    found = extract_events(
        "Jane Roe was named president of Acme Corp. She succeeds John Doe, who retired in "
        "March. The appointment takes effect Nov. 13. Separately, Acme posted a net loss of "
        "$2.3 million.",
        PUBLISHED,
    )
    loss = titled(found, "loss")
    assert len(loss) == 1, described(found)
    assert loss[0].when.to_edtf() == "1989-11-02~"


def test_a_stretch_since_a_year_that_frames_dated_happenings_is_no_happening_of_its_own():
    found = extract_events(
        "The league was founded in 1980. Since 1990 the club has won the cup in 1995, 1999 "
        "and 2004.",
        dt.date(2005, 3, 1),
    )
    wins = titled(found, "cup")
    assert sorted(e.when.to_edtf() for e in wins) == ["1995", "1999", "2004"], described(found)


def test_a_wish_or_a_fear_on_a_day_is_no_happening_of_that_day():
    found = extract_events(
        "Farmers blocked the highway on Monday. The ministry wants the court to lift the ban "
        "issued Thursday. Many worried their protest would fail today.",
        dt.date(2000, 4, 17),
    )
    assert titled(found, "block"), described(found)
    assert not titled(found, "want"), described(found)
    assert not titled(found, "worr"), described(found)


def test_a_dated_happening_named_by_a_noun_alone_is_titled_by_what_was_done_to_whom():
    found = extract_events(
        "Police are investigating last Friday's bombing of the embassy.", dt.date(1998, 8, 11)
    )
    assert described(found) == ["1998-08-07 Embassy bombed"]


def test_a_subject_that_names_a_dated_happening_retells_it():
    found = extract_events(
        "The minister praised the help of both countries in probing last Friday's bombings of "
        "the embassies. The bombings in Lagos and Accra have killed more than 200 people.",
        dt.date(1998, 8, 11),
    )
    bombed = [e for e in found if "bomb" in e.title.lower()]
    assert len(bombed) == 1, described(found)
    assert bombed[0].when.to_edtf() == "1998-08-07"
    assert len(bombed[0].sources) == 2


def test_still_in_a_place_or_condition_is_a_state_that_lasted():
    found = extract_events(
        "Voters chose a new president on Sunday. Ten years ago the island was still under "
        "military rule.",
        dt.date(1999, 3, 12),
    )
    assert titled(found, "president"), described(found)
    assert not titled(found, "rule"), described(found)


def test_wire_backtick_quotes_stay_out_of_titles():
    found = extract_events(
        "The threat was named in his famous ``Iron Curtain'' speech delivered on March 5, "
        "1946, at a college.",
        dt.date(1999, 3, 12),
    )
    assert described(found) == ["1946-03-05 Iron Curtain speech delivered"]


def test_what_a_named_source_says_has_happened_is_news_below_the_lead_too():
    """ "The firm said that it has agreed to sell ...": the present perfect a named source
    uses reaches up to the telling, so it is the day's news, not background; what someone
    says has long been so is not."""
    found = extract_events(
        "Harlow Tools posts loss\n\n"
        "Harlow Tools Inc. posted a loss of $4 million for its third quarter on Tuesday.\n\n"
        "Revenue fell 8%.\n\n"
        "The firm said that it has agreed to sell its van-parts unit to Orvik Motors for $20 "
        "million.\n\n"
        "Analysts said the sale has long been expected.",
        PUBLISHED,
    )
    assert titled(found, "agrees to sell", "van-parts unit"), described(found)
    assert not titled(found, "expected"), described(found)


def test_a_past_perfect_a_past_saying_moved_back_is_news_below_the_lead():
    """ "The bank said it had shut two branches": under a past saying, English moves the
    source's "we have shut" back to "had shut"; it is the source's news at the telling, of
    about the publication month, as the present perfect would be; a date of the clause
    beside it ("next month") is not its own."""
    found = extract_events(
        "Morrow Savings posts loss\n\n"
        "Morrow Savings Bank posted a loss of $9 million for its second quarter on Monday.\n\n"
        "Deposits fell 3%.\n\n"
        "The bank said it had shut two branches in Dayton and would sell a third next month.",
        PUBLISHED,
    )
    shut = titled(found, "shut", "branches")
    assert len(shut) == 1, described(found)
    assert shut[0].when.to_edtf() == "1989-11~"

    # "had never shut" says what did not happen; "had shut ... in 1975" is dated by its year
    found = extract_events(
        "Morrow Savings posts loss\n\n"
        "Morrow Savings Bank posted a loss of $9 million for its second quarter on Monday.\n\n"
        "Deposits fell 3%.\n\n"
        "The bank said it had never shut a branch in Dayton.",
        PUBLISHED,
    )
    assert not titled(found, "shut"), described(found)
    found = extract_events(
        "Morrow Savings posts loss\n\n"
        "Morrow Savings Bank posted a loss of $9 million for its second quarter on Monday.\n\n"
        "Deposits fell 3%.\n\n"
        "The bank said it had shut a branch in Dayton in 1975.",
        PUBLISHED,
    )
    assert [e.when.to_edtf() for e in titled(found, "shut")] in ([], ["1975"]), described(found)
