"""A life's dates in brackets after a name. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2019, 9, 9)


def dated_titles(text: str) -> list[tuple[str, str]]:
    return [(e.when.to_edtf(), e.title) for e in extract_events(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Reyes (4 May 1811 – 19 June 1870) was a Chilean surveyor and poet.",
            [("1811-05-04", "Tomas Reyes born"), ("1870-06-19", "Tomas Reyes dies")],
        ),
        (
            "Mira Holt (née Sand; 3 June 1902 – 8 May 1988) was a pilot.",
            [("1902-06-03", "Mira Holt born"), ("1988-05-08", "Mira Holt dies")],
        ),
        (
            "Anna Berg (born 12 March 1950 in Oslo) is an architect.",
            [("1950-03-12", "Anna Berg born")],
        ),
        ("Ivo Kern (b. June 1845) was a composer.", [("1845-06", "Ivo Kern born")]),
        ("Lena Marsh (died 1921) was a printer.", [("1921", "Lena Marsh dies")]),
    ],
)
def test_the_bracket_after_a_name_gives_birth_and_death(text, expected):
    assert [d for d in dated_titles(text) if d[1].endswith((" born", " dies"))] == expected


def test_a_bracket_after_what_is_no_person_is_no_life():
    for text in (
        "The Republic of Tarvia (1836–1846) was a sovereign state.",
        "The report by Ana Ruiz (2004) found no change.",
        "Ana Ruiz (pictured) met the minister on 3 May 2018.",
    ):
        assert not [t for _, t in dated_titles(text) if t.endswith((" born", " dies"))], text


def test_the_life_dates_leave_the_rest_of_the_life_to_the_clauses():
    found = dated_titles("Karl Dorn (1811–1870) was a painter. Dorn moved to Paris in 1840.")
    assert found == [
        ("1811", "Karl Dorn born"),
        ("1870", "Karl Dorn dies"),
        ("1840", "Karl Dorn moves to Paris"),
    ]


def test_a_history_s_undated_past_is_not_news_of_the_day_it_was_saved():
    # An encyclopaedia's life, saved in 2019: what it tells without a date is not about 2019.
    life = (
        "Karl Dorn (1811–1870) was a painter. Dorn served the king as a court painter. In "
        "1840 he moved to Paris."
    )
    years = [e.when.start.year for e in extract_events(life, PUBLISHED)]
    assert 2019 not in years and 1840 in years
    # News opening on its own day still gives its undated happenings that day.
    news = (
        "Rescuers pulled 12 miners from a flooded pit on 8 September 2019. The company "
        "closed the mine."
    )
    titles = {e.title: e.when.start for e in extract_events(news, PUBLISHED)}
    assert titles["Company closes mine"].year == 2019


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pronunciation set off by a semicolon, itself with brackets inside
            "Marek Hollan (Czech pronunciation: [ˈmarɛk ˈɦolan], ho(h)-LAN; 3 April 1850 – "
            "9 May 1911) was a Czech engraver.",
            [("1850-04-03", "Marek Hollan born"), ("1911-05-09", "Marek Hollan dies")],
        ),
        (  # the name in another script, before dates written to the day
            "Aiko Sato (佐藤 愛子, June 4, 1890 – March 2, 1941) was a Japanese novelist.",
            [("1890-06-04", "Aiko Sato born"), ("1941-03-02", "Aiko Sato dies")],
        ),
        (  # the places of birth and death beside the dates
            "Rory Bain (2 May 1702 in Elgin, Moray, Scotland – 9 June 1770 in Riga, Latvia) "
            "was an admiral.",
            [("1702-05-02", "Rory Bain born"), ("1770-06-09", "Rory Bain dies")],
        ),
    ],
)
def test_an_encyclopaedia_s_opening_bracket_is_read_part_by_part(text, expected):
    assert [d for d in dated_titles(text) if d[1].endswith((" born", " dies"))] == expected


def test_a_headline_above_the_article_is_no_part_of_the_name():
    text = "Lise Varga\n\nLise Varga (12 May 1931 – 2 June 2009) was a Hungarian chemist."
    assert [d for d in dated_titles(text) if d[1].endswith((" born", " dies"))] == [
        ("1931-05-12", "Lise Varga born"),
        ("2009-06-02", "Lise Varga dies"),
    ]


def test_years_alone_after_a_work_named_inside_a_sentence_are_no_life():
    # The years of a work that ran long are not a life, though the title is capitalised.
    text = (
        "Karl Dorn wrote much. His History of Northern Painting (1840 – 1866) ran to six volumes."
    )
    assert not [t for _, t in dated_titles(text) if t.endswith((" born", " dies"))]
    # A person named inside a sentence, described as one, has a life.
    text = "His teacher Ivo Brandt (1790 – 1850), a painter, lived in Lyon."
    assert [t for _, t in dated_titles(text) if t.endswith((" born", " dies"))] == [
        "Ivo Brandt born",
        "Ivo Brandt dies",
    ]


def test_the_life_is_the_person_s_though_titles_stand_around_the_name():
    for text, person in (
        ("Dame Ada Lind DBE (4 May 1901 – 3 June 1980) was a British chemist.", "Ada Lind"),
        ("Rory Bain of Elgin (4 May 1701 – 3 June 1780) was an admiral.", "Rory Bain"),
    ):
        titles = [t for _, t in dated_titles(text) if t.endswith((" born", " dies"))]
        assert titles == [f"{person} born", f"{person} dies"], text
