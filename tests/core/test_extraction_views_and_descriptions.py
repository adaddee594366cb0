"""No view, judgement or description is proposed as a happening, and a description set
beside the subject never takes the place of its verb.

- What someone believes or suspects happened is their view of it: saying it is news, believing
  it is not (``syntax.believed``).
- An adjective judges even a happening: "the raid has been very successful" tells how it
  went, not that anything happened (``syntax.state``).
- A participle in an apposition to the subject ("one of several firms owned by ...", "a
  closely held maker of pumps") describes the subject; the verb the subject goes with comes
  after the apposition (``syntax.verb_tags``).

Each sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_what_is_believed_to_have_happened_is_no_event():
    assert (
        _titles(
            "The ministry believes that the rebels seized the airport at Dorvale on Tuesday, "
            "aid workers said."
        )
        == []
    )


def test_what_is_believed_under_a_closing_report_is_no_event():
    assert (
        _titles(
            "The ministry believes that rebels have seized the airport at Dorvale, aid workers "
            "said on Tuesday."
        )
        == []
    )


def test_a_judgement_of_a_happening_told_in_quotes_is_no_event():
    assert (
        _titles('Spokesman Tom Reed said on Tuesday that "the raid has been very successful."')
        == []
    )


def test_a_judgement_of_talks_is_no_event():
    assert (
        _titles("The mayor's aide said on Tuesday that the talks with the union were useful.") == []
    )


def test_a_participle_describing_the_subject_is_not_its_verb():
    titles = _titles(
        "Corvane Holdings Ltd., one of several firms owned by the banker Ian Reid, said on "
        "Tuesday it had sold its stake in Dalmar Inc."
    )
    assert titles == ["Corvane Holdings Ltd. says it sold its stake in Dalmar Inc"]


def test_a_graded_participle_before_a_noun_is_not_a_verb():
    titles = _titles("Two privately owned banks in Dorvale closed on Tuesday.")
    assert titles == ["Two privately owned banks in Dorvale close"]


def test_a_graded_participle_in_an_apposition_is_not_a_verb():
    titles = _titles(
        "Vance Trust, a closely held maker of pumps, said on Tuesday it had cut 200 jobs."
    )
    assert titles == ["Vance Trust says it cut 200 jobs"]


def test_a_wholly_owned_unit_does_not_own():
    titles = _titles(
        "Brill Foods, a wholly owned unit of Dalmar Inc., said on Tuesday it would close two "
        "plants."
    )
    assert titles == ["Brill Foods says it will close two plants"]
