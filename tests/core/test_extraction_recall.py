"""Happenings the clause structure used to miss or split wrongly, each shown by a sentence
written for it: the lead of a story given as one block, coordinated clauses with subjects
of their own, gapped lists, reduced relatives and participle phrases with dates of their
own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.sentences import split_sentences

DATA_ARTICLES = Path(__file__).parent.parent / "data" / "articles"

PUBLISHED = dt.date(2019, 5, 14)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


# --- the lead ----------------------------------------------------------------------------


def test_the_lead_is_the_headline_and_the_first_sentences_of_the_story():
    text = (
        "Water board closes reservoir\n\n"
        "May 14, 2019\n\n"
        "The regional water board closed the northern reservoir. Engineers found a crack. "
        "The dam was built in 1961. Repairs cost money."
    )
    lead = [s.text for s in split_sentences(text) if s.lead]
    assert lead == [
        "Water board closes reservoir",
        "May 14, 2019",
        "The regional water board closed the northern reservoir.",
        "Engineers found a crack.",
    ]


def test_a_story_in_one_block_has_a_lead_of_two_sentences():
    text = (
        "HARBOURTON (AP) _ Dockers walked off the job at the container port. The shipping "
        "line diverted two vessels. Harbourton has seen three strikes. The mayor urged talks."
    )
    lead = [s.text for s in split_sentences(text) if s.lead]
    assert lead == [
        "Dockers walked off the job at the container port.",
        "The shipping line diverted two vessels.",
    ]


def test_the_news_told_undated_after_a_headline_and_date_line_is_proposed():
    # the story's second sentence, in the simple past with no date: news of the day
    found = events(
        "Water board closes reservoir\n\n"
        "May 14, 2019\n\n"
        "Heavy rain flooded the valley over the weekend. The regional water board closed "
        "the northern reservoir. The reservoir holds drinking water for the city."
    )
    closed = titled(found, "closes", "reservoir")
    assert [e.when.to_edtf() for e in closed] == ["2019-05-14~"], described(found)


# --- a second clause with its own subject ------------------------------------------------


def test_a_second_clause_opening_on_its_own_date_is_a_happening_of_that_date():
    found = events(
        "The brothers opened a bakery in 1962, and in 1975 their first shop in the capital "
        "was opened to customers."
    )
    assert [e.when.to_edtf() for e in titled(found, "bakery")] == ["1962"], described(found)
    shop = titled(found, "shop")
    assert [e.when.to_edtf() for e in shop] == ["1975"], described(found)


def test_but_then_a_date_then_a_subject_opens_a_clause():
    found = events(
        "A first complaint was lodged in Lyon, but on 3 April 2011 the two clubs agreed to "
        "settle the dispute."
    )
    agreed = titled(found, "agree")
    assert [e.when.to_edtf() for e in agreed] == ["2011-04-03"], described(found)
    assert not titled(found, "complaint", "agree"), described(found)


def test_a_subject_with_a_name_in_commas_opens_a_second_clause():
    found = events(
        "Northwind Freight's finance director, Ada Brennan, resigned and its founder, Oskar "
        "Lind, is taking charge of the accounts, the company said."
    )
    assert titled(found, "director resigns"), described(found)
    assert not titled(found, "resigns and"), described(found)
    # the second clause's subject is the founder, by the name given in commas (subjects branch)
    assert titled(found, "Oskar Lind takes charge"), described(found)


def test_a_date_in_may_is_a_month_not_a_modal():
    found = events("On 3 May 2002 the army shelled the town.")
    assert described(found) == ["2002-05-03 Army shells town"]


def test_a_date_before_a_determiner_dates_the_clause_not_the_noun():
    # the parser may hang "2 March 2001" on "army"; the determiner shows it is no part of it
    found = events(
        "On 1 January 2000 the army shelled the town, and on 2 March 2001 the army shelled "
        "the port."
    )
    assert sorted(described(found)) == [
        "2000-01-01 Army shells town",
        "2001-03-02 Army shells port",
    ]


def test_a_date_the_parser_hangs_on_a_verb_still_dates_the_clause():
    # the parse may read "on Friday finished" as a noun phrase; a verb is no noun a date
    # could name
    found = events(
        "Federal auditors in Lisbon on Friday finished checking the accounts, in talks with "
        "the treasury."
    )
    assert [e.when.to_edtf() for e in titled(found, "finish")] == ["2019-05-10"], described(found)


def test_a_relative_clause_after_a_name_tells_of_that_name():
    found = events(
        "It was the first time that Okafor, who arrived Thursday with a dozen engineers, had "
        "been allowed to visit the plant."
    )
    arrived = titled(found, "arrives")
    assert [e.when.to_edtf() for e in arrived] == ["2019-05-09"], described(found)
    assert arrived[0].title.startswith("Okafor"), arrived[0].title


# --- gapped lists ------------------------------------------------------------------------


def test_a_gapped_list_gives_each_date_its_own_happening():
    found = events(
        "In 2003 the studio released a racing game, in 2005 a football game and the "
        "following year its first film was shown in cinemas."
    )
    assert sorted(described(found))[:2] == [
        "2003 Studio releases racing game",
        "2005 Studio releases football game",
    ]
    film = titled(found, "first film shown")
    assert [e.when.to_edtf() for e in film] == ["2006"], described(found)
    assert len(found) == 3, described(found)


def test_a_gapped_conjunct_after_and_takes_the_verb_and_subject_before_it():
    found = events("In 2001 the company released the player, and the following year a phone.")
    assert sorted(described(found)) == [
        "2001 Company releases player",
        "2002 Company releases phone",
    ]


def test_a_gapped_conjunct_of_a_passive_verb_is_its_subject():
    found = events("The old bridge was opened in 1932, and in 1957 the new tunnel.")
    assert sorted(described(found)) == ["1932 Old bridge opened", "1957 New tunnel opened"]


def test_a_date_range_is_no_gap():
    # (a measure's rise between two years is a trend, no happening: test_extraction_non_events)
    found = events("Rents in Lodz were frozen between 2014 and 2016 by a decree.")
    assert len(found) == 1, described(found)
    assert found[0].when.to_edtf() == "2014/2016"


def test_a_date_opening_a_sentence_dates_the_clauses_it_joins():
    found = events("In 1985 the founder was dismissed and the board hired a new chief.")
    assert sorted(described(found)) == ["1985 Board hires new chief", "1985 Founder dismissed"]


def test_a_date_closing_a_clause_dates_only_that_clause():
    # "in 1985" ends the first clause: the board's hiring is not said to be in 1985
    found = events("The founder was dismissed in 1985 and the board hired a new chief.")
    assert not [e for e in titled(found, "hires") if e.when.to_edtf() == "1985"], described(found)


# --- reduced relatives -------------------------------------------------------------------


def test_a_dated_accord_with_a_participle_is_the_happening_of_its_date():
    found = events(
        "The monitors said both sides had honoured the March 4 accord signed by the two governors."
    )
    # the date names the accord: its signing is the happening of March 4, not the honouring
    assert described(found) == ["2019-03-04 Accord signed by the two governors"]


def test_a_dated_settlement_reached_by_the_parties_is_a_happening():
    found = events(
        "The label argued that the download store was a breach of the 1994 settlement "
        "reached between the two companies."
    )
    settlement = titled(found, "settlement reached")
    assert [e.when.to_edtf() for e in settlement] == ["1994"], described(found)


# --- "also": another happening of the occasion just told -----------------------------------

_FAIR = (
    "Acme shows tractor\n\nMay 14, 2019\n\n"
    "At its spring fair in Leeds, Acme unveiled an electric tractor. The tractor runs for "
    "ten hours on one charge. Alongside it, the chief executive also announced a leasing "
    "plan. Its engineers also demonstrated a solar plough. A new seed drill was also "
    "shown at the fair."
)


def test_what_also_happened_beside_the_news_is_news_of_that_day():
    found = events(_FAIR)
    for words in (("announces", "leasing plan"), ("demonstrate", "plough"), ("drill", "shown")):
        assert [e.when.to_edtf() for e in titled(found, *words)] == ["2019-05-14~"], (
            words,
            described(found),
        )


def test_also_goes_with_the_verb_not_the_subject():
    found = events(_FAIR)
    assert titled(found, "Its engineers demonstrate solar plough"), described(found)


def test_also_after_a_happening_of_another_year_is_no_news():
    found = events(
        "Pipes for the city\n\nMay 14, 2019\n\n"
        "The council met on Monday. It has debated the budget for months. The old waterworks "
        "were closed in 1994, and their pumps were scrapped. The council also sold the "
        "pumping station."
    )
    assert not titled(found, "sells"), described(found)


def test_also_telling_what_would_be_is_no_happening():
    found = events(
        "Ports agree\n\nMay 14, 2019\n\n"
        "The two port authorities signed a joint plan on Monday. The minister also declared "
        "that the state would pay for dredging."
    )
    assert not titled(found, "declares"), described(found)


# --- a date inside what was said, "that" left out ------------------------------------------


def test_a_date_inside_a_report_without_that_does_not_date_the_saying():
    # the saying is no happening of Thursday; what would be published is not proposed,
    # exactly as with "that" (what "would" be is no happening)
    for text in (
        "The port authority said it would publish its final offer on Thursday.",
        "The port authority said that it would publish its final offer on Thursday.",
    ):
        assert not [e for e in events(text) if e.when.to_edtf() == "2019-05-16"], text


def test_a_dated_plan_told_without_that_is_proposed_as_a_plan():
    found = events("The port authority said it will publish its final offer on Thursday.")
    assert described(found) == ["2019-05-16 Port authority to publish its final offer"]


def test_a_participle_of_saying_before_a_noun_opens_no_report():
    found = events("Sales of the recently announced tablet began Tuesday in Lisbon.")
    assert [e.when.to_edtf() for e in titled(found, "sales")] == ["2019-05-14"], described(found)


# --- "when" after a date ---------------------------------------------------------------------


def test_a_when_clause_after_a_date_happened_then():
    found = events("The town was rebuilt in 1961, when the new harbour opened.")
    assert sorted(described(found)) == ["1961 New harbour opens", "1961 Town rebuilt"]


def test_a_when_clause_after_since_happened_at_the_start():
    found = events(
        "Since 2004, when the rebels seized the northern valley, some 300 soldiers have been "
        "killed."
    )
    assert [e.when.to_edtf() for e in titled(found, "seize")] == ["2004"], described(found)


def test_a_when_clause_opening_a_sentence_ends_at_the_comma_before_the_main_clause():
    found = events("In 1999, when the dam burst, the village was flooded.")
    assert [e.when.to_edtf() for e in titled(found, "village flooded")] == ["1999"], described(
        found
    )


def test_a_when_clause_telling_a_state_is_no_happening():
    found = events("She entered the academy in 1921 when she was 17, initially studying law.")
    assert not titled(found, "17"), described(found)


def test_an_opening_date_does_not_date_a_noun_phrase_read_as_a_clause():
    # "and other works" is no clause of its own, however "works" reads
    found = events(
        "In 1874 he sent a submission to the state prize, including two symphonies and other works."
    )
    assert not titled(found, "works"), described(found)


def test_an_announced_question_is_not_what_was_said():
    found = events(
        "The agency announces where the four old trains will be shown during an event "
        "marking the line's opening on April 12, 1911."
    )
    assert not [e for e in found if e.title.startswith("Four old trains")], described(found)


# --- reduced relatives and participle phrases with dates of their own ------------------------


def test_a_participle_after_the_subject_with_no_commas_is_a_passive_happening():
    # the finding is the happening of Friday; "belonged" is a state of the body
    found = events("The body found on Friday along a canal belonged to the missing baker.")
    assert described(found) == ["2019-05-10 Body found along canal"]


def test_a_headline_participle_before_a_subordinate_clause_is_the_headline_verb():
    found = events(
        "Parents charged after remedy leads to death of child\n\nMay 14, 2019\n\nThe case "
        "went to court."
    )
    # (the headline's passive is told as it is; "after ... leads" is no sentence verb)
    assert [e.title.split()[0] for e in found if e.title.startswith("Parents")] == ["Parents"], (
        described(found)
    )
    assert any(e.title.startswith("Parents charge") for e in found), described(found)


def test_a_reduced_relative_in_a_source_tail_is_a_happening_of_its_date():
    found = events(
        "The store overtook its rival in February, according to figures released April 3 by "
        "a market research firm."
    )
    released = titled(found, "figures released by")
    assert [e.when.to_edtf() for e in released] == ["2019-04-03"], described(found)


def test_what_a_participle_phrase_prompted_is_a_happening_of_its_own_date():
    found = events(
        "In the late 1980s the maker added sound to its computers, prompting the label to "
        "file suit again in 1989."
    )
    suit = titled(found, "label files suit")
    assert [e.when.to_edtf() for e in suit] == ["1989"], described(found)
    assert not [e for e in titled(found, "adds") if e.when.to_edtf() == "1989"]


def test_an_adverb_after_and_is_no_subject_of_a_second_clause():
    found = events(
        "Last week, rebel fighters killed three guards and seriously wounded six others."
    )
    assert not [e for e in found if e.title.startswith("Seriously")], described(found)


def test_a_participle_that_tells_what_a_thing_is_is_no_happening():
    found = events(
        "The rise is explained by the strong demand enjoyed by the new players at Christmas 2006."
    )
    assert not titled(found, "enjoyed"), described(found)


def test_a_reduced_relative_s_title_ends_before_a_comma():
    found = events(
        "The label says the store breaks an agreement reached between the two firms in 1991, "
        "which kept the computer maker out of music."
    )
    agreement = titled(found, "agreement reached")
    assert [e.title for e in agreement] == ["Agreement reached between the two firms"], described(
        found
    )


def test_a_verb_the_parse_misreads_as_a_participle_on_a_noun_root_stays_the_verb():
    # In the made-up port-strike article the parse reads "collapsed" as a participle on
    # "authority" (its root the noun "Talks"): no reduced relative "Port authority
    # collapsed", but the talks collapsing.
    from timeline_app.core.article_reading import read_article_file

    article = read_article_file(DATA_ARTICLES / "port-strike-talks.html").article
    titles = [e.title for e in extract_events(article.text, article.published)]
    assert any(t.startswith("Talks between port authority and") for t in titles), titles
    assert not any(t.startswith("Port authority collapse") for t in titles), titles


def test_a_bare_date_counted_from_today_dates_its_clause_not_the_name_after_it():
    # the parser hangs "week" on "Control Data" as if it named the company's week
    found = events("Last week Control Data reported a loss of $2 million.")
    assert described(found) == ["2019-05-06/2019-05-12 Control Data reports loss of $2 million"]
    found = events("This month Alcott Bank completed its purchase of a rival lender.")
    assert [e for e in described(found) if e.startswith("2019-05 Alcott Bank completes")], (
        described(found)
    )
