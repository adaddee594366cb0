"""HTML entities left in a plain-text article are read as the characters they stand for,
and every event's evidence still points into the article as written. Every sentence was
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.escaped_entities import unescaped

PUBLISHED = dt.date(2024, 5, 10)


def test_an_escaped_ampersand_inside_a_name_is_read_as_the_ampersand():
    text = "Harrow &amp; Finch said Tuesday it will cut 300 jobs."
    found = extract_events(text, PUBLISHED)
    assert [e.title for e in found] == ["Harrow & Finch says it will cut 300 jobs"]
    assert found[0].when.start.day == 7


def test_evidence_after_an_entity_points_into_the_text_as_written():
    text = (
        "The council said on Monday that the &quot;east pier&quot; will shut.\n\n"
        "DL&amp;K hired 40 guards on Tuesday."
    )
    found = extract_events(text, PUBLISHED)
    hired = next(e for e in found if "hires" in e.title)
    assert hired.title == "DL&K hires 40 guards"
    (source,) = hired.sources
    assert source.start == text.index("DL&amp;K")
    assert source.end == len(text)
    for event in found:
        for source in event.sources:
            assert source.start is not None and source.end is not None
            assert text[source.start : source.end] == source.evidence


def test_only_entities_html_names_are_read():
    assert unescaped("Tom &Co; and Pell &amp Sons").text == "Tom &Co; and Pell &amp Sons"
    assert unescaped("on &#0; or &#xD800;").text == "on &#0; or &#xD800;"  # no character
    read = unescaped("A&eacute;B &#8212; C")
    assert read.text == "AéB — C"
    # offsets before, at and after each entity map back to the text as written
    assert [read.original_offset(i) for i in range(8)] == [0, 1, 9, 10, 11, 18, 19, 20]
