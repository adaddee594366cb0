"""What someone was bidden or wished to do stays in the title with what the deed reaches,
even where the parse hangs the infinitive on the participle that describes whom ("union
leaders based in the capital to meet with ..."): the participle's phrase goes first.

Each sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_wish_keeps_whom_the_meeting_is_with():
    titles = _titles(
        "The mayor of Dorvale said in a statement issued Tuesday that she wants union leaders "
        "based in the capital to meet with striking nurses at the city hospital."
    )
    assert titles == ["Mayor of Dorvale wants union leaders to meet with striking nurses"]


def test_a_bidding_keeps_what_was_bidden_when_its_addressee_is_described():
    titles = _titles(
        "Senator Ana Ruiz on Tuesday urged federal inspectors based in Corvia to route all "
        "grain shipments through the northern port."
    )
    assert titles == ["Ana Ruiz urges federal inspectors to route all grain shipments"]


def test_a_request_told_by_its_maker_keeps_what_was_asked():
    titles = _titles(
        "Dorvale's mayor said on Tuesday she had asked union leaders based in the capital to "
        "meet with striking nurses at the city hospital."
    )
    assert titles == ["Dorvale's mayor says she asked union leaders to meet with striking nurses"]
