"""Titles that name the right doer: the voice of a participle that shares a passive, whom a
pronoun stands for when the text names two people or a relative, and what a biography's opening
says. Every sentence was written for these tests; each shows the title a reader scored 1 or 2
(in a comment) and the one a sub-editor would write, and some show cases left alone on purpose."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2018, 6, 1)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def by_year(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


# --- a participle that shares a passive is a passive ----------------------------------------------


def test_a_participle_sharing_a_passive_with_an_agent_is_a_passive():
    # was: "Goalkeeper replaces by reserve" (the keeper did the replacing)
    found = titles("The goalkeeper was injured on Sunday and replaced by a reserve.")
    assert "Goalkeeper replaced by reserve" in found
    assert "Goalkeeper replaces by reserve" not in found


def test_a_participle_of_a_verb_done_to_someone_sharing_a_passive_is_a_passive():
    # was: "Local man charges with murder"
    found = titles("A local man was arrested on Monday and charged with murder.")
    assert "Local man charged with murder" in found
    # was: "Bridge repairs and reopened"
    found = by_year("The bridge was closed in 1990, repaired and reopened in 1994.")
    assert found[1994] == "Bridge repaired and reopened"


def test_a_verb_with_an_object_after_a_passive_stays_active():
    # left alone: the army did the destroying, and the rebels retreated of their own accord
    assert "Army destroys bridge" in titles(
        "The army shelled the town on Monday and destroyed the bridge."
    )
    assert "Rebels retreat to hills" in titles(
        "The rebels attacked the town on Friday and retreated to the hills."
    )


# --- whom "he" and "she" stand for --------------------------------------------------------------


def test_a_pronoun_after_a_relative_named_as_subject_is_not_the_person_named_before():
    # was: "Anna Lind lives until 1939" (it was her daughter who lived until then)
    found = by_year(
        "Anna Lind was a Swedish painter. Her daughter was married in 1890 to the merchant "
        'Oskar Berg, author of "The Life of Tsar Peter". She lived until 1939.'
    )
    assert found[1939] == "Anna Lind's daughter lives until 1939"


def test_a_title_inside_a_name_shows_the_person_s_sex():
    # was: "Tsar Peter lives until 1939": "Tsar" says he is a man, whom "she" never is
    found = by_year(
        "The merchant Oskar Berg, author of a life of Tsar Peter Romanov, married Anna Lind in "
        "1890. She died in 1939."
    )
    assert found[1939] == "Anna Lind dies"


def test_of_two_subjects_he_is_the_person_the_text_is_about():
    # was: "Karl Varga leaves school to enlist in army" (the brother who died at six)
    found = by_year(
        "Tomas Varga (1820 - 1881) was a Hungarian engineer. Tomas Varga studied in Buda. In "
        "1840, his brother Karl Varga died at the age of six, and Tomas Varga became the eldest "
        "son. He left school in 1842 to enlist in the army."
    )
    assert found[1842].startswith("Tomas Varga leaves school")


def test_given_names_alone_count_as_the_full_name_they_open():
    # was: "Pierre Joseph leaves school" (the brother who died at six)
    found = by_year(
        "Pierre Charles Lamont (1754 - 1825) was a French engineer. In 1758, his brother Pierre "
        "Joseph died at the age of six, and Pierre Charles became the eldest son. He left school "
        "in 1771 to enlist in the army."
    )
    assert found[1771] == "Pierre Charles Lamont leaves school to enlist in army"


def test_a_pronoun_opening_a_paragraph_is_whom_the_paragraph_before_was_about():
    # was: "Marquis de Montclair wounded at Siege of Savannah" (the last subject named)
    found = by_year(
        "Pierre Lamont was a French engineer. Lamont served on General Hale's staff at Valley "
        "Forge in 1778. While there, the Marquis de Montclair commissioned Lamont to paint a "
        "portrait of Hale.\n\nHe was wounded at the Siege of Savannah on October 9, 1779."
    )
    assert found[1779] == "Pierre Lamont wounded at Siege of Savannah"


def test_within_a_paragraph_he_is_still_the_subject_before():
    # left alone: no paragraph opens, so the marquis, the subject before, is "he"
    found = by_year(
        "Pierre Lamont was a French engineer. Lamont served on General Hale's staff in 1778. "
        "In 1779 the Marquis de Montclair met Lamont. He then sailed to France in 1780."
    )
    assert found[1780].startswith("Marquis de Montclair")


# --- a possessive subject says whose it is ------------------------------------------------------


def test_his_or_her_opening_a_subject_names_the_person_the_text_is_about():
    # was: "His wife dies"
    found = by_year("Olav Brandt returned to Oslo in 1973. His wife died in 1981.")
    assert found[1981] == "Olav Brandt's wife dies"
    # a name ending in "s" takes the apostrophe alone
    found = by_year("Tomas Evans returned to Oslo in 1973. His wife died in 1981.")
    assert found[1981] == "Tomas Evans' wife dies"


def test_a_possessive_no_one_fits_is_left_as_written():
    # left alone: no woman is named, so "her" stays hers
    found = by_year("Olav Brandt returned to Oslo in 1973. Her sister moved to Bergen in 1985.")
    assert found[1985] == "Her sister moves to Bergen"


# --- "they" for two people -------------------------------------------------------------------------


def test_people_joined_by_and_are_all_the_subject_and_all_they():
    # was: "Bob Lee marries" and "Ann moves to Ohio"
    found = by_year("Ann and Bob Lee married in 1950. They moved to Ohio in 1952.")
    assert found[1950] == "Ann and Bob Lee marry"
    assert found[1952] == "Ann and Bob Lee move to Ohio"


def test_they_after_a_sentence_naming_two_people_is_those_two():
    # was: "They divorce"
    found = by_year("Tom Hale married Sara Bell in 1960. They divorced in 1972.")
    assert found[1972] == "Tom Hale and Sara Bell divorce"
    found = by_year(
        "Dana Reed has been in a relationship with Sophie Marsh since 2005. They married in 2014."
    )
    assert found[2014] == "Dana Reed and Sophie Marsh marry"


def test_the_couple_is_the_subject_and_the_one_the_verb_was_done_to():
    # was: "Pair marries"; the painter named after "by" is not one of the pair
    found = by_year(
        "Jared Moss met Ann Cole in 2005. Moss proposed to her in front of a painting by the "
        "realist Jules Bastien-Lepage in 2009. The pair married on February 27, 2010."
    )
    assert found[2010] == "Jared Moss and Ann Cole marry"


def test_they_is_left_alone_when_the_two_are_unsure_or_a_plural_noun_is_there():
    # "her" names no one here: the pair may not be the painter's
    found = by_year(
        "Jared Moss proposed to her in front of a painting by the realist Jules Bastien-Lepage "
        "in 2009. The pair married on February 27, 2010."
    )
    assert "Bastien-Lepage" not in found[2010]
    # a plural subject is "they", as before
    found = by_year("The rebels took the town in 1990. They moved north in 1991.")
    assert found[1991] == "Rebels move north"


# --- a biography's opening sentence ----------------------------------------------------------------


def test_who_after_a_copula_is_the_person_the_sentence_describes():
    # was: "Tomas Varga c known proclaims himself Regent of Danube"
    found = by_year(
        "Tomas Varga (c. 1801 – May 3, 1860), known as the Iron Count, was a landowner of Pest, "
        'Hungary, who in 1848 proclaimed himself "Regent of the Danube".'
    )
    assert found[1848] == "Tomas Varga proclaims himself Regent of Danube"
    assert found[1860] == "Tomas Varga dies"


# --- a state that has lasted since a date began with a happening ---------------------------------


def test_has_been_with_a_firm_since_a_date_is_joining_it_then():
    # was: "Dana Reed is with Apple", dated from 2008 on
    (event,) = extract_events("Dana Reed has been with Apple since 2008.", PUBLISHED)
    assert event.title == "Dana Reed joins Apple"
    assert event.when.to_edtf() == "2008"
    assert titles("Tom Lee has worked at the bank since 2001.") == ["Tom Lee joins bank"]
    found = titles("Dana Reed has been in a relationship with Sophie Marsh since 2005.")
    assert found == ["Dana Reed begins relationship with Sophie Marsh"]


def test_a_state_no_happening_begins_is_left_as_it_is():
    # left alone: a closing has no one who joined anything
    (event,) = extract_events("The border has been closed since May.", PUBLISHED)
    assert event.title == "Border closed"
    assert event.when.ongoing


# --- a name in apposition wins over the description ------------------------------------------------


def test_a_person_named_between_commas_after_a_description_is_the_subject():
    # was: "Their son born"
    found = by_year(
        "Jared Moss married Ann Cole in 2010. Their son, Thomas Colton Moss, was born on March "
        "19, 2012."
    )
    assert found[2012] == "Thomas Colton Moss born"
    # was: "Its chairman steps in"
    found = titles("The firm's director, Ada Brennan, resigned. Its chairman, Olaf Lind, resigned.")
    assert "Olaf Lind resigns" in found


def test_a_name_described_after_it_and_a_list_stay_as_they_were():
    # left alone: the name comes first, or the commas list countries
    assert titles("Ortega, a former soldier, was killed on Monday.") == ["Ortega killed"]
    # a description a reader can place stays, as the headline would give it
    assert titles("The mayor's son, Tom Reyes, was arrested on Monday.") == ["Mayor's son arrested"]
    assert titles("Poland, Hungary and the Czech Republic joined NATO in 1999.") == [
        "Poland, Hungary and Czech Republic join NATO"
    ]


# --- "it" passes over a subject of the other number --------------------------------------------------


def test_it_is_the_subject_of_its_number_not_a_plural_named_between():
    # was: "It exhibits its Warhol collection"
    found = titles(
        "The city museum saw attendance levels reach 11,000 visitors when it exhibited its "
        "print collection in 2010."
    )
    assert found == ["City museum exhibits its print collection"]


# --- wire news: who the subject is -------------------------------------------------------------------


def test_a_given_name_spelled_like_a_month_abbreviation_names_a_person():
    # was: "Marek Holub is in Kansas City" (the "he" went to another minister: "Jan Kavan" was
    # taken for a month)
    found = titles(
        '"We are back," said Slovak Foreign Minister Marek Holub. Czech Foreign Minister Jan '
        "Kavan said he was in Kansas City in 1968 when the troops arrived."
    )
    assert "Jan Kavan is in Kansas City" in found


def test_a_relative_clause_after_a_described_name_tells_of_the_person():
    # was: "39 year-old businessman spends Sunday with protesters"
    found = titles(
        '"We will stay," said Tom Reyes, a 39-year-old businessman who joined the protesters '
        "on Sunday."
    )
    assert "Tom Reyes joins protesters" in found
    # was: "Lawyer defends rebels"
    found = by_year("Police arrested Ana Costa, a lawyer who had defended the rebels in 1998.")
    assert found[1998] == "Ana Costa defends rebels"


def test_a_description_with_no_name_before_it_stays():
    # left alone: no person is named before the comma
    assert by_year("The city, a port that was founded in 1850, grew quickly.")[1850] == (
        "Port founded"
    )


def test_him_after_a_subject_owned_by_a_man_is_that_man():
    # was: "Elian Vargas's relatives care for Tom Reyes" (the man quoted just before)
    found = titles(
        '"We will stay," said Tom Reyes, a businessman. Elian Vargas\'s uncle took him to '
        "Miami on Monday."
    )
    assert "Elian Vargas's uncle takes Elian Vargas to Miami" in found


def test_he_joined_to_a_name_by_and_is_the_person_it_stands_for():
    # was: "He and Bushnell talk about slated visit"
    found = by_year(
        "Trade Minister Joseph Kimotho met the envoy. Kimotho said he and Bushnell had been "
        "talking about the visit of the secretary in 1998."
    )
    assert found[1998] == "Joseph Kimotho and Bushnell talk about visit of secretary"


def test_an_adverb_left_before_a_date_is_no_part_of_the_subject():
    # was: "Three rebel leaders just signs truce with army" (the verb agreed with "just")
    found = titles("The three rebel leaders just a year ago signed a truce with the army.")
    assert found == ["Three rebel leaders sign truce with army"]


def test_it_in_what_a_spokesman_said_is_the_organisation_he_speaks_for():
    # was: "Erik Dahl closes plant in Bergen" ("it" is never the man)
    found = titles(
        "Nordlys Shipping spokesman Erik Dahl said on Tuesday that it had closed the plant in "
        "Bergen."
    )
    assert found == ["Nordlys Shipping closes plant in Bergen"]
    # left alone: a ministry that speaks for itself
    assert titles("The ministry said on Monday that it had hit a depot.") == ["Ministry hits depot"]


def test_the_company_is_the_organisation_its_sentence_named():
    # was: "Company cuts 300 jobs"
    found = titles(
        "A spokesman for Nordlys Shipping said on Monday that the company had cut 300 jobs."
    )
    assert found == ["Nordlys Shipping cuts 300 jobs"]
    # left alone: the company of another sentence may be either firm named there
    found = by_year(
        "Nordlys Shipping bought Acme Freight in 1990. The company closed its plant in Bergen in "
        "1995."
    )
    assert found[1995] == "Company closes its plant in Bergen"
