"""A title cut to fit never ends on a piece of what it cut: a preposition of several words
("as a result [of ...]"), a modifier whose noun went ("founds successful [... firm]"), or a
piece of a long name ("Institute for Applied [Glaciology]"). Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.title_finish import finish, trimmed

PUBLISHED = dt.date(2020, 5, 4)


def by_year(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


# --- a preposition of several words whose object was cut --------------------------------------


def test_as_a_result_without_its_object_is_cut_off():
    found = by_year(
        "On March 3, 2011, Helsing Corp. acquired 40,000 common shares from Varna as a result "
        "of a purchase agreement."
    )
    assert found[2011] == "Helsing Corp. acquires 40,000 common shares from Varna"


def test_compound_prepositions_left_at_the_end_go_with_or_without_their_article():
    def cut(title: str) -> str:
        return " ".join(trimmed(title.split(" ")))

    assert cut("Firm locked in dispute with Wexler in an attempt") == (
        "Firm locked in dispute with Wexler"
    )
    assert cut("Dealers close positions ahead") == "Dealers close positions"
    # "ahead" right after the title's verb is the verb's own adverb
    assert cut("Strike goes ahead") == "Strike goes ahead"


# --- a modifier whose noun the cut left out -----------------------------------------------------


def test_a_list_of_adjectives_cut_at_and_gives_way_to_the_noun():
    found = by_year(
        "After the war, Jan Pieter van der Berg established a large and very lucrative "
        "marine salvage company in Rotterdam in 1921."
    )
    assert found[1921] == "Jan Pieter van der Berg establishes marine salvage company"


def test_an_adjective_before_a_comma_is_not_the_object():
    found = by_year(
        "Orvik Ltd. last week launched a new, $12-a-share offer for the Bergen-based shipping "
        "company."
    )
    assert found[2020] == "Orvik Ltd. launches offer"


# --- a long name cut at the limit ----------------------------------------------------------------


def test_a_name_too_long_to_fit_is_cut_before_its_joining_word():
    title = finish(
        "Greta Lindqvist receives Lifetime Achievement Award of Association for Applied "
        "Marine Glaciology",
        keep=4,
    )
    assert title == "Greta Lindqvist receives Lifetime Achievement Award"


def test_a_long_name_that_fits_is_kept_whole():
    title = finish("Lindqvist joins Association for Applied Marine Glaciology", keep=3)
    assert title == "Lindqvist joins Association for Applied Marine Glaciology"


# --- words a headline writes as one, or once ---------------------------------------------------


def test_a_contraction_said_of_the_future_is_one_headline_word():
    found = by_year(
        "Vessen Mining estimated on 4 March 2019 that the new smelter wouldn't be profitable "
        "for a decade."
    )
    assert found[2019] == "Vessen Mining estimates new smelter won't be profitable"


def test_a_modal_left_after_the_headline_s_to_goes():
    found = by_year(
        # a plan with its own day (a closing "Madrid predicted" makes it a guess, no event)
        "Exiles in Lisbon will now ``use every means to delay'' the transfer on 3 May 2019."
    )
    assert found[2019] == "Exiles in Lisbon to use every means to delay transfer"


def test_a_word_written_twice_over_is_written_once():
    assert finish("Minister denies agency notified notified its clients") == (
        "Minister denies agency notified its clients"
    )
    assert finish("Glass output is is following trend") == "Glass output is following trend"
    assert finish("Firm does n't pay dividend") == "Firm doesn't pay dividend"


# --- how near a dropped date was --------------------------------------------------------------


def test_how_soon_after_a_dropped_time_goes_with_it():
    found = by_year("Witnesses said a gunman opened fire on the Kessel ferry shortly after noon.")
    assert found[2020] == "Gunman opens fire on Kessel ferry"
