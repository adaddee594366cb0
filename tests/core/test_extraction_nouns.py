"""Happenings named by a noun rather than told by a clause, each shown by sentences written
for it: a date closing the phrase that frames a clause ("after the collapse of the old
regime 20 years ago") dates the noun's happening, titled with its verb."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(1999, 3, 12)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


LEAD = "Foreign ministers met in Brussels on Friday to discuss the alliance.\n\n"


def test_a_date_closing_an_after_phrase_dates_the_happening_its_noun_names():
    found = events(
        LEAD + "The treaty grew out of a wish to secure the gains made in the region after "
        "the collapse of the old regime 20 years ago."
    )
    assert dates(found, "regime", "collapses") == ["1979"]


def test_the_of_phrase_of_a_deed_is_what_was_done_to():
    found = events(
        LEAD + "The minister has pressed on with the talks she opened after the invasion of "
        "the peninsula last August."
    )
    assert dates(found, "peninsula", "invaded") == ["1998-08"]


def test_a_possessor_is_the_doer_and_a_plural_takes_a_plural_verb():
    found = events(
        LEAD + "The shares have traded lower since Harlan's purchase of Brio Foods in 1995.\n\n"
        "The port stayed closed until the withdrawal of the troops in March 1996."
    )
    assert dates(found, "Harlan purchases Brio Foods") == ["1995"]
    assert dates(found, "troops withdraw") == ["1996-03"]


def test_a_noun_with_no_verb_behind_it_is_left_to_the_clause_rules():
    found = events(LEAD + "Prices fell sharply after the holiday in March 1996.")
    assert not titled(found, "holiday")
    assert described(found)  # the lead is still there


def test_a_clause_resumed_after_the_subjects_relative_clause_keeps_the_subject():
    found = events(
        LEAD + "Granger Corp., which is also a lender, agreed in June to buy Hollis Bank for "
        "$3 million.\n\n"
        "The port authority, which runs the docks, announced on Monday that fees would rise."
    )
    assert dates(found, "Granger", "agrees to buy Hollis Bank") == ["1998-06"]
    assert dates(found, "Port authority announces") == ["1999-03-08"]
    assert not titled(found, "runs docks")


def test_each_item_of_a_list_dated_item_by_item_is_its_own_happening():
    found = events(
        LEAD + "The league has grown three times, adding Porto and Braga in 1952, Leiria in 1955 "
        "and Faro in 1982.\n\n"
        "Its first chairman played for Ajax in 1950, Benfica in 1953 and Celtic in 1956.\n\n"
        "The company opened plants in Ohio in 1971, Texas in 1975 and Oregon in 1980."
    )
    assert dates(found, "adds Porto and Braga") == ["1952"]
    assert dates(found, "adds Leiria") == ["1955"]
    assert dates(found, "adds Faro") == ["1982"]
    assert not titled(found, "Leiria", "Faro")
    assert dates(found, "for Benfica") == ["1953"]
    assert not titled(found, "Ajax", "Celtic")
    assert dates(found, "plants in Texas") == ["1975"]


def test_a_date_beside_such_a_list_dates_no_happening_of_its_own():
    found = events(
        LEAD + "Since 1949, the league has been expanded to include Porto in 1952, Leiria in 1955 "
        "and Faro in 1982."
    )
    assert dates(found, "Leiria") == ["1955"]
    assert not [d for d in dates(found, "league") if d.startswith("1949")]


def test_happenings_listed_with_their_years_stay_one_clause_each():
    found = events(LEAD + "The sermons, preached in 1968 and printed in 1972, started a revival.")
    assert not titled(found, "preached printed")


def test_a_with_phrase_whose_participle_has_its_own_date_is_that_days_happening():
    found = events(
        LEAD + "Aid convoys have reached the border, with the first trucks of the Red Cross "
        "arriving Tuesday.\n\n"
        "The index fell 3%, with bank shares leading the decline on Monday.\n\n"
        "Talks broke down, with the union's leaders walking out on Wednesday."
    )
    assert dates(found, "trucks", "arrive") == ["1999-03-09"]
    assert dates(found, "bank shares lead") == ["1999-03-08"]
    assert dates(found, "leaders walk out") == ["1999-03-10"]


def test_a_with_phrase_still_to_come_or_dated_through_a_noun_is_not_a_happening():
    found = events(
        LEAD + "Officials were hopeful, with talks resuming Monday.\n\n"
        "Acme completed its offer for Brio on Wednesday, with holders tendering 98% of the "
        "shares by the Tuesday deadline."
    )
    assert not titled(found, "talks resume")
    assert not titled(found, "holders tender")
    assert dates(found, "Acme completes") == ["1999-03-10"]


def test_a_relative_clauses_second_verb_with_its_own_date_is_its_own_happening():
    found = events(
        LEAD + "Anna Lind, who joined the bank in 1980 and became its chairman in 1991, will "
        "retire next year.\n\n"
        "The minister, who was born in Riga and emigrated in 1951, welcomed the vote."
    )
    assert dates(found, "Lind joins bank") == ["1980"]
    assert dates(found, "Lind becomes its chairman") == ["1991"]
    assert not titled(found, "joins", "became")
    assert dates(found, "minister emigrates") == ["1951"]


def test_a_relative_clause_without_commas_is_not_cut_at_its_and():
    found = events(
        LEAD + "A girl who crossed the border as a stowaway and became a cause for the "
        "campaigners must be sent back to her mother, a judge decided on Thursday."
    )
    assert not titled(found, "cause", "sent")


def test_a_dated_deed_named_by_a_noun_is_titled_with_its_verb():
    found = events(
        LEAD + "Oil prices have risen since Iraq's Aug. 2 invasion of Kuwait.\n\n"
        "The vote came a week after the Oct. 3 collapse of the coalition."
    )
    assert dates(found, "Iraq invades Kuwait") == ["1998-08-02"]
    assert not titled(found, "Iraq invasion")
    assert "1998-10-03" in dates(found, "coalition collapses")


def test_a_doer_named_by_an_adjective_is_left_to_the_rules_that_know_its_country():
    found = events(
        LEAD + "The club rebuilt its stadium after the German occupation of Antwerp in 1914."
    )
    assert dates(found, "Germany occupies Antwerp") == ["1914"]
    assert not titled(found, "Antwerp occupied")
