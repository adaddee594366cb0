"""A seat of government named stands for those who govern there: "the White House" is no
house, "the Kremlin" is a government.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "title_word"),
    [
        ("In 2008 a narrow win took Marta Quill to the White House.", "win"),
        ("In 2019 the Kremlin hosted a dinner for retired generals.", "dinner"),
    ],
)
def test_a_seat_of_government_is_politics(text: str, title_word: str) -> None:
    assert kind_of_event(text, PUBLISHED, title_word) == "politics"
