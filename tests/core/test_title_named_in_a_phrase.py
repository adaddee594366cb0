"""A name inside a phrase the subject's noun heads is not the subject: "the search for Ivo
Lind was extended" tells what was done to the search, not to Lind (``titles._owned_by``:
a name after any preposition, as after "of", is whom or what the subject is about).

Each sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_search_for_someone_is_what_was_extended():
    titles = _titles("The search for Ivo Lind was extended to Spain on Tuesday.")
    assert titles == ["Search for Ivo Lind extended to Spain"]


def test_an_inquiry_into_someone_is_what_was_widened():
    titles = _titles("The inquiry into Mara Quist was widened to her two firms on Tuesday.")
    assert titles == ["Inquiry into Mara Quist widened to her two firms"]
