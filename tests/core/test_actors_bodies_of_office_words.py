"""A body whose name is made of words that are otherwise titles ("the Security Council",
"the State Council") acts: the run ends with a body's word, which no title before a person
does ("Security Minister", "State Secretary").

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extraction import extract_events

from .extraction_checks import actors_of_one_event

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Security Council condemned the shelling of the port on Thursday.",
            "Security Council",
        ),
        ("The State Council approved the new river dam on Monday.", "State Council"),
        (
            "President Okafor asked the National Security Council on Monday to review the plan.",
            "National Security Council",
        ),
    ],
)
def test_a_body_named_with_office_words_acts(text: str, body: str) -> None:
    assert body in actors_of_one_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Defense Minister resigned on Monday.", []),
        ("Foreign Minister Ana Ruiz resigned on Monday.", ["Ana Ruiz"]),
    ],
)
def test_a_title_alone_is_still_no_body(text: str, actors: list[str]) -> None:
    # guard: a run of title words that ends with a title names no body
    assert actors_of_one_event(text, PUBLISHED) == actors


def test_the_alliance_is_no_body_of_office_words() -> None:
    # a state's council named between is no union of members for "the alliance" to stand for
    text = (
        "NATO leaders met in Brussels on Monday. Mr. Lind, an aide on the National "
        "Security Council at the time, spoke on Tuesday. In July 1997 the alliance said it would admit Varnia."
    )
    admit = [e for e in extract_events(text, PUBLISHED) if "admit" in e.title]
    assert len(admit) == 1, [e.title for e in extract_events(text, PUBLISHED)]
    assert admit[0].actors == ("NATO",)
