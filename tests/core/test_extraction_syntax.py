"""The extractor on the parse: which clauses are happenings, what a date modifies, denials,
undated news and sentence ends, each shown by a sentence written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.events import Attribution, Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.syntax import ParsedText, Reading, reading_of
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2013, 3, 22)


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def described(found: list[Event]) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in found]


def test_a_date_before_a_noun_dates_that_noun_not_the_sentence():
    found = events(
        "The prime minister apologised to Turkey on Friday for the 2010 naval raid "
        "that killed nine activists."
    )
    raid = [e for e in found if e.when.to_edtf() == "2010"]
    assert len(raid) == 1, described(found)
    assert raid[0].title.startswith("Naval raid"), raid[0].title
    assert "kills nine activists" in raid[0].title
    apology = [e for e in found if "apologi" in e.title.lower()]
    assert apology and all(e.when.to_edtf() != "2010" for e in apology), described(found)


def test_a_date_on_a_noun_that_names_no_happening_dates_nothing():
    found = events(
        "The former president was told on Thursday that investigators are looking into "
        "donations to his 2007 campaign."
    )
    assert not [e for e in found if e.when.to_edtf() == "2007"], described(found)


@pytest.mark.parametrize(
    "text",
    [
        # a condition and what would follow it, said on a day
        "If Greece leaves the euro, its banks would collapse within days, the minister "
        "said on Tuesday.",
        # a judgement
        "“This is not 2008,” the governor said on Monday.",
        # a view said on a day
        "“It's possible there will be more,” the spokesman said on Monday.",
        # a question
        "Did the army cross the border on Monday?",
    ],
)
def test_what_is_not_a_happening_is_not_proposed(text):
    assert events(text) == [], described(events(text))


def test_a_denial_keeps_its_polarity():
    found = events("The shipping company denied on Monday that it had cut the dockers' wages.")
    assert len(found) == 1, described(found)
    denial = found[0]
    assert "denies" in denial.title and "wages" in denial.title, denial.title
    assert denial.sources[0].attribution == Attribution.DENIED
    assert denial.when.to_edtf() == "2013-03-18"


def test_what_is_denied_is_no_news_of_its_own():
    found = events(
        "The port authority denied that it had refused to negotiate with the union.\n\n"
        "The strike enters its third day."
    )
    assert not any(
        e.title.lower().startswith(("port authority refuses", "it refuses")) for e in found
    ), described(found)
    assert any("denies" in e.title for e in found), described(found)


def test_undated_news_with_a_subject_of_its_own_is_proposed():
    found = events("The flu has killed 105 children so far this season, health officials said.")
    assert [e.title for e in found if "kill" in e.title.lower()], described(found)
    assert found[0].when.start.approximate
    found = events("Rescuers found a body in the rubble of the collapsed hotel.")
    assert [e for e in found if "body" in e.title.lower()], described(found)


def test_pronoun_subjects_outside_the_lead_are_no_news():
    found = events("Troops crossed the border on Monday.\n\nThey have left the city.")
    assert not [e for e in found if "left" in e.title.lower() or "leave" in e.title.lower()]


def test_an_abbreviation_does_not_end_the_sentence():
    found = events(
        "U.S. President Barack Obama said on Wednesday that he had discussed the "
        "ceasefire with Mr. Netanyahu in Jerusalem."
    )
    assert found, "no event"
    assert all("Jerusalem" in e.sources[0].evidence for e in found), [
        e.sources[0].evidence for e in found
    ]


@pytest.mark.parametrize(
    ("sentence", "clause", "reading"),
    [
        (
            "If Cyprus leaves the euro, banks will close.",
            "If Cyprus leaves the euro",
            Reading.CONDITION,
        ),
        ("The savings would be worthless.", "The savings would be worthless", Reading.HYPOTHETICAL),
        ("Did the army cross the border?", "Did the army cross the border", Reading.QUESTION),
        ("This is not Lehman.", "This is not Lehman", Reading.STATE),
        ("Analysts believe the talks failed.", "Analysts believe", Reading.OPINION),
        ("Six people were in custody.", "Six people were in custody", Reading.HAPPENING),
        ("The vote was on Sunday.", "The vote was on Sunday", Reading.HAPPENING),
        (
            "The rebels couldn't cross the river.",
            "The rebels couldn't cross the river",
            Reading.HAPPENING,
        ),
    ],
)
def test_what_a_clause_tells(sentence, clause, reading):
    parsed = ParsedText(parse(sentence))
    start = sentence.index(clause)
    assert reading_of(parsed.head(start, start + len(clause))) == reading


def test_a_text_far_longer_than_an_article_is_refused_at_once():
    from timeline_app.core.extraction import ArticleTooLongError
    from timeline_app.core.extraction.extractor import MAX_ARTICLE_CHARS

    text = "On 3 March 2022 the army shelled the port. " * (MAX_ARTICLE_CHARS // 40)
    with pytest.raises(ArticleTooLongError, match="split it into articles"):
        extract_events(text, PUBLISHED)
