"""Wire news dates a happening once and then refers back to it, or times one thing by
another: each clause takes the time that governs it (TimeML's anchoring), not the day the
paper ran. Every sentence here was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2026, 3, 25)  # a Wednesday


def events(text: str, published: dt.date = PUBLISHED) -> list[Event]:
    return extract_events(text, published)


# --- a definite description of a dated happening -----------------------------------------------

BOMBINGS = (
    "LEEDS, England (AP) _\n\n"
    "The new consul met the city's mayor on Tuesday to resume talks that the car bombing of "
    "the consulate had cut short.\n\n"
    "Bombs exploded at two consulates on March 3, killing 40 people.\n\n"
)


def test_the_blast_that_damaged_the_building_is_the_dated_explosion():
    found = events(BOMBINGS + "The blast in Leeds damaged the consulate.")
    assert dates(found, "blast", "damages") == ["2026-03-03"], described(found)


def test_a_victim_hurt_in_the_blast_was_hurt_on_its_day():
    found = events(BOMBINGS + "The consul was cut on her hands in the blast.")
    assert dates(found, "cut on her hands") == ["2026-03-03"], described(found)


def test_bombings_a_possessive_date_named_have_killed_on_that_day():
    found = events(
        "BERLIN, March 25 (AP) --\n\n"
        "The foreign minister said on Wednesday that police were helping to investigate last "
        "Friday's bombings of two consulates.\n\n"
        "The bombings at the consulates in Leeds and York have killed more than 40 people."
    )
    # the killing is the bombings' (told as one event with them, or on their day), never
    # the news of the day
    assert dates(found, "bomb"), described(found)
    # the help with the inquiry is what the minister said on Wednesday: the genitive date
    # is the bombings', not the helping's
    assert dates(found, "investigate") == ["2026-03-25"], described(found)
    told = [e for e in found if "investigate" not in e.title]
    assert set(dates(told, "bomb") + dates(told, "kill")) == {"2026-03-20"}, described(found)


def test_a_date_that_opens_a_past_perfect_sets_the_scene_of_its_paragraph():
    found = events(
        "LEEDS, England (AP) _\n\n"
        "The new consul met the city's mayor on Tuesday to resume talks that the car bombing "
        "of the consulate had cut short.\n\n"
        "On March 3, the consul had just left the consulate. She was walking to her car when "
        "the bomb went off, killing 40 people.\n\n"
        "The consul was cut on her hands in the blast."
    )
    assert dates(found, "walks to her car") == ["2026-03-03"], described(found)
    assert dates(found, "cut on her hands") == ["2026-03-03"], described(found)


# --- descriptions left alone on purpose --------------------------------------------------------

TWO_ATTACKS = (
    "KABUL (AP) _\n\n"
    "Gunmen attacked a bus near the border on Monday, police said.\n\n"
    "Gunmen attacked a market in the capital on March 21, the army said.\n\n"
)


def test_the_attack_after_one_dated_attack_is_that_attack():
    found = events(
        "KABUL (AP) _\n\n"
        "Gunmen attacked a market in the capital on March 21, the army said.\n\n"
        "The attack destroyed a police post."
    )
    assert dates(found, "destroys police post") == ["2026-03-21"], described(found)


def test_the_attack_after_two_dated_attacks_is_neither_day():
    found = events(TWO_ATTACKS + "The attack destroyed a police post.")
    # either attack could be meant: the story's own day, approximate, as before
    assert dates(found, "destroys police post") == ["2026-03-23~"], described(found)


def test_what_followed_the_blast_is_not_of_its_day():
    found = events(BOMBINGS + "The blast prompted a review of security at every consulate.")
    assert "2026-03-03" not in dates(found, "review"), described(found)


def test_arrested_in_the_bombing_is_not_when_the_bomb_went_off():
    found = events(BOMBINGS + "A taxi driver was arrested in the bombing.")
    assert "2026-03-03" not in dates(found, "arrested"), described(found)


def test_an_indefinite_blast_is_a_new_one():
    found = events(BOMBINGS + "A blast damaged a bridge in the harbour.")
    assert "2026-03-03" not in dates(found, "damages bridge"), described(found)


# --- the figure a result is compared with ------------------------------------------------------

RESULTS = "NEW YORK (AP) _\n\nThe brewer named a new chief executive on Tuesday.\n\n"


def test_a_result_set_against_a_year_earlier_is_the_news_of_the_day():
    found = events(
        RESULTS + "Separately, the brewer posted a third-quarter net loss of $4.1 million, or 12 "
        "cents a share, versus net income of $6.2 million, or $1.05 a share, a year earlier."
    )
    # the year before is when the compared figure stood, not when the loss was posted
    posted = dates(found, "posts net loss")
    assert posted and all(d.startswith("2026-03") for d in posted), described(found)


def test_a_day_after_a_count_of_things_still_dates_its_clause():
    found = events(RESULTS + "The brewer closed its plants in 3 towns on Monday.")
    assert dates(found, "closes its plants") == ["2026-03-23"], described(found)


def test_a_figure_in_the_sentence_before_does_not_take_the_date():
    found = events(
        RESULTS + "Its sales rose from $3.5 million. The brewer closed two plants on Monday."
    )
    assert dates(found, "closes two plants") == ["2026-03-23"], described(found)


# --- a date inside the subject of a present perfect --------------------------------------------

PROTESTS = "Students march for jailed classmate\n\nWednesday, March 25, 2026\n\n"


def test_a_finished_past_inside_the_subject_does_not_date_the_present_perfect():
    found = events(
        "Arrest of student sets off protests\n\nWednesday, March 25, 2026\n\n"
        "News of the arrest of a student at a school in Ohio last week has set off protests "
        "across the country."
    )
    # "last week" is the arrest's; the protests are the news of the day (about the day)
    assert dates(found, "protests") == ["2026-03-25~"], described(found)


def test_today_before_has_still_dates_the_clause():
    found = events(PROTESTS + "The school board today has suspended the head teacher.")
    assert dates(found, "suspends head teacher") == ["2026-03-25"], described(found)


def test_a_fronted_year_still_dates_the_present_perfect():
    found = events(PROTESTS + "In 2014 the city council has closed the old school.")
    assert dates(found, "closes old school") == ["2014"], described(found)


# --- a happening an amount of time before the news -----------------------------------------------

AIRLINE = "SYDNEY (AP) _\n\nThe airline will double its flights to India by August.\n\n"


def test_a_month_after_counts_back_from_the_news_told_in_the_present():
    found = events(
        AIRLINE + "This move comes barely a month after the airline suspended a number of "
        "flights to Spain."
    )
    assert dates(found, "suspends", "flights to Spain") == ["2026-02~"], described(found)


def test_after_with_no_amount_of_time_is_the_news_month():
    found = events(
        AIRLINE + "This move comes after the airline suspended a number of flights to Spain."
    )
    assert dates(found, "suspends", "flights to Spain") == ["2026-03~"], described(found)


# --- a vague stretch of days narrowed to the day the text gives elsewhere ------------------------

GALLERY = "Gallery opens print show\n\nWednesday, March 25, 2026\n\n"


def test_this_past_week_takes_the_day_of_the_thursday_opening():
    found = events(
        GALLERY + "This past week marked the opening night of a print exhibit at the city "
        "museum. The museum celebrated the Thursday opening with a concert."
    )
    assert dates(found, "marks opening night") == ["2026-03-19"], described(found)


def test_earlier_this_week_takes_the_day_the_letter_is_dated():
    found = events(
        "HAVANA (AP) _\n\n"
        "The fisherman had written a letter earlier this week to the attorney general, "
        "demanding his son's return.\n\n"
        "``I object to every move made by the court,'' the fisherman said in the letter, "
        "dated Monday."
    )
    assert dates(found, "writes letter") == ["2026-03-23"], described(found)


def test_a_day_given_to_another_noun_does_not_narrow_the_stretch():
    found = events(
        GALLERY + "This past week marked the opening night of a print exhibit at the city "
        "museum. The museum held a Thursday concert for its donors."
    )
    assert dates(found, "marks opening night") == ["2026-03-16/2026-03-22"], described(found)


# --- the lead's day, not the paper's -----------------------------------------------------------


def test_the_leads_undated_past_is_the_day_the_lead_gives_in_a_next_day_paper():
    found = events(
        "KABUL (AP) _\n\n"
        "Rebels seized the northern town of Kunduz on Wednesday. Government troops fled to "
        "the hills, and the governor resigned.",
        dt.date(2026, 3, 26),  # a Thursday paper
    )
    assert dates(found, "troops flee") == ["2026-03-25~"], described(found)
    assert dates(found, "governor resigns") == ["2026-03-25~"], described(found)


def test_the_leads_undated_past_with_no_day_given_is_the_publication_day():
    found = events(
        "KABUL (AP) _\n\n"
        "Rebels seized the northern town of Kunduz. Government troops fled to the hills.",
        dt.date(2026, 3, 26),
    )
    assert dates(found, "troops flee") == ["2026-03-26~"], described(found)
