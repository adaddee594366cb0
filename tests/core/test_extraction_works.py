"""A year after a work's title dates the work: one event per work, titled with what its
maker did. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

HISTORY = dt.date(2019, 7, 20)  # an encyclopaedia's life, saved long after


def dated(text: str, published: dt.date = HISTORY) -> list[tuple[str, str]]:
    return [(e.when.to_edtf(), e.title) for e in extract_events(text, published)]


ACTRESS = "Lena Marsh (born 4 May 1970) is a Welsh actress. "


def test_each_film_in_a_list_with_its_year_is_an_appearance_in_it():
    found = dated(
        ACTRESS + "She then appeared in a run of small parts in films like Tom Frey's Blue "
        "Harbour (2001), the romantic comedy Meet Me and Stay (2003), and the period drama "
        "Salt Wind (2003)."
    )
    assert ("2001", "Lena Marsh appears in Tom Frey's Blue Harbour") in found
    assert ("2003", "Lena Marsh appears in Meet Me and Stay") in found
    assert ("2003", "Lena Marsh appears in Salt Wind") in found
    # no title of the clause's "run of small parts" for any of the years
    assert not [t for _, t in found if "parts" in t]


def test_a_work_named_by_what_a_sentence_says_of_it_is_its_maker_s():
    found = dated(
        "Aksel Berg (2 March 1861 – 9 May 1940) was a Norwegian linguist. Other notable "
        "works include The Old Tongue (1911), A Northern Grammar (1920) and Runes (1931). "
        "Sound and Sense: a study of the northern tongues in their change (1925) is one of "
        "his pioneering books."
    )
    assert ("1911", "Aksel Berg publishes The Old Tongue") in found
    assert ("1920", "Aksel Berg publishes A Northern Grammar") in found
    assert ("1931", "Aksel Berg publishes Runes") in found
    assert ("1925", "Aksel Berg publishes Sound and Sense") in found


def test_works_after_a_colon_are_each_the_maker_s():
    found = dated(
        "Aksel Berg (2 March 1861 – 9 May 1940) was a Norwegian linguist. He set out his "
        "theory in two papers: Ordenes logik (1913) and Om to slags forbindelser (1921)."
    )
    assert ("1913", "Aksel Berg publishes Ordenes logik") in found
    assert ("1921", "Aksel Berg publishes Om to slags forbindelser") in found


def test_a_participle_after_a_work_does_not_make_its_director_the_maker():
    found = dated(
        ACTRESS + "She won acclaim as the star of Night Ferry (1994), directed by Paul "
        "Kerr, and Glass Town (1997), directed by Ivo Lund."
    )
    assert ("1994", "Lena Marsh stars in Night Ferry") in found
    assert ("1997", "Lena Marsh stars in Glass Town") in found
    assert not [t for _, t in found if "direct" in t.lower()]


def test_appearing_somewhere_is_a_happening_but_appearing_to_be_is_not():
    found = dated(ACTRESS + "She appeared in Blue Harbour in 2001. In 2004 she appeared tired.")
    assert ("2001", "Lena Marsh appears in Blue Harbour") in found
    assert not [w for w, _ in found if w == "2004"]


def test_a_year_that_is_no_work_s_is_left_as_it_was():
    # brackets after a place, a person or an office are no work: the clause is read as any
    found = dated(ACTRESS + "She toured Canada (1999) and moved to Cardiff in 2002.")
    assert not [t for _, t in found if "publishes" in t or "appears in" in t]
    # a list of works with no maker in the text keeps the clause's own words
    found = dated("Her later film roles include The Quiet Shore (2007) and A Long Winter (2009).")
    assert ("2007", "Her later film roles include Quiet Shore") in found


def test_a_title_ends_at_the_lower_case_words_before_it():
    found = dated(
        ACTRESS + "She won praise for her performance as Nora Bell in Ian Roe's version of Tom "
        "Frey's Grey Water (2008)."
    )
    assert ("2008", "Lena Marsh appears in Tom Frey's Grey Water") in found


def test_a_work_told_twice_with_its_year_is_one_event():
    events = extract_events(
        ACTRESS + "She starred in Salt Wind (2003). Ivo Lund's film Salt Wind (2003), her "
        "best known work, is set on a ferry.",
        HISTORY,
    )
    salt = [e for e in events if "Salt Wind" in e.title]
    assert [e.title for e in salt] == ["Lena Marsh stars in Salt Wind"]
    assert len(salt[0].sources) == 2


# --- a state held since a date: its start is the happening -----------------------------------

NOW = dt.date(2010, 4, 17)


def test_being_with_a_firm_since_a_date_is_joining_it_then():
    assert dated("Tom Hale has been with Acme since 2008.", NOW) == [
        ("2008", "Tom Hale joins Acme")
    ]
    assert dated("Tom Hale has worked for Acme since May 2001.", NOW) == [
        ("2001-05", "Tom Hale joins Acme")
    ]


def test_living_somewhere_or_being_married_since_a_date_began_then():
    assert dated("Ann Cole has lived in Oslo since 1990.", NOW) == [
        ("1990", "Ann Cole moves to Oslo")
    ]
    assert dated("Tom Hale has been married to Ann Cole since 1999.", NOW) == [
        ("1999", "Tom Hale marries Ann Cole")
    ]


def test_a_state_with_no_known_start_stays_ongoing_from_its_date():
    # what began "being on leave" the sentence does not say: the state is kept as it is
    assert dated("Ann Cole has been on leave since May.", NOW) == [
        ("2009-05/..", "Ann Cole is on leave")
    ]


# --- participle phrases with a happening of their own -----------------------------------------


def test_an_opening_having_phrase_is_its_subject_s_earlier_happening():
    found = dated(
        "Ann Cole was a banker. Having resigned from the bank in May 1995, she joined the "
        "board of Acme in June.",
        NOW,
    )
    assert ("1995-05", "Ann Cole resigns from bank") in found
    assert ("1995-06", "Ann Cole joins board of Acme") in found
    found = dated("Having been elected in 1990, Tom Hale served two terms.", NOW)
    assert found == [("1990", "Tom Hale elected")]


def test_a_closing_having_phrase_of_a_figure_stays_background():
    # what had been before the clause's figure is no happening of its own
    found = dated("Revenue reached $7 million in 2006, having grown from $5 million in 2005.", NOW)
    assert not [w for w, _ in found if w == "2005"]


def test_a_participle_after_a_comma_with_its_own_date_is_a_second_happening():
    found = dated(
        "Tom Hale was a painter. He moved to Leeds in 1820, marrying Ann Cole there that year."
    )
    assert ("1820", "Tom Hale moves to Leeds") in found
    assert any(w == "1820" and t.startswith("Tom Hale marries Ann Cole") for w, t in found)


# --- states and figures that a date does not make happenings ------------------------------------

WIRE_DAY = dt.date(1989, 11, 2)


def test_being_still_so_at_a_date_is_a_state():
    found = dated(
        "Ironically, the three new members just a decade ago were still under Soviet rule.",
        WIRE_DAY,
    )
    assert found == []
    # a happening with "still" in the past is one
    assert dated("In 1990 the runner still won the race.", WIRE_DAY) == [
        ("1990", "Runner wins race")
    ]


def test_what_a_figure_came_to_over_a_period_is_no_happening():
    assert (
        dated("Sales for the full year were $6.6 billion, up 13% from $5.8 billion.", WIRE_DAY)
        == []
    )
    assert dated("Sales in the latest quarter were $1.76 billion.", WIRE_DAY) == []
    # a change of the figure, told with its date, is one
    assert dated("Sales rose 13% in 1988.", WIRE_DAY) == [("1988", "Sales rise 13%")]


def test_the_time_of_a_figure_set_beside_another_dates_nothing():
    found = dated(
        "Acme posted a net loss of $2.3 million on Monday, versus net income of $5.3 million, "
        "or $1.61 a share, a year earlier.",
        WIRE_DAY,
    )
    assert [w for w, _ in found] == ["1989-10-30"]


def test_a_worry_about_what_would_happen_is_a_view_not_a_happening():
    found = dated(
        "Many worried their efforts to keep the boy in the city would fail today, the "
        "anniversary of the landing.",
        dt.date(2000, 4, 17),
    )
    assert found == []
