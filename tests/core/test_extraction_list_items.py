"""A list pasted from a page, one item a line with no full stop: each item is a sentence of
its own, and its bullet, dash or number is no word of it. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.sentences import split_sentences

PUBLISHED = dt.date(2021, 6, 30)


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def events(text: str) -> list[tuple[str, tuple[int, int | None, int | None]]]:
    found = extract_events(text, PUBLISHED)
    return [(e.title, (e.when.start.year, e.when.start.month, e.when.start.day)) for e in found]


# --- the sentence split ------------------------------------------------------------------------


def test_bullet_lines_without_full_stops_are_sentences_of_their_own():
    text = (
        "Timeline of the strike\n\n"
        "• Bus drivers walked out in Leeds on 2 June\n"
        "• Tram crews joined them on 9 June\n"
        "▪ The council settled on 21 June"
    )
    assert sentences(text) == [
        "Timeline of the strike",
        "Bus drivers walked out in Leeds on 2 June",
        "Tram crews joined them on 9 June",
        "The council settled on 21 June",
    ]


def test_dash_star_and_numbered_items_are_sentences_without_their_marks():
    text = (
        "- the bridge shut on 3 June\n"
        "* engineers found a crack on 5 June\n"
        "1. Divers checked the piers\n"
        "2) The bridge reopened on 12 June"
    )
    assert sentences(text) == [
        "the bridge shut on 3 June",
        "engineers found a crack on 5 June",
        "Divers checked the piers",
        "The bridge reopened on 12 June",
    ]


def test_a_bullet_with_no_space_after_it_is_still_a_mark():
    assert sentences("•Crews cleared the road\n•Power came back") == [
        "Crews cleared the road",
        "Power came back",
    ]


def test_a_stopped_item_loses_its_mark_too():
    assert sentences("• Rain fell all night.\n• Rivers rose by dawn.") == [
        "Rain fell all night.",
        "Rivers rose by dawn.",
    ]


def test_a_wrapped_sentence_and_a_hyphen_inside_a_line_are_untouched():
    wrapped = (
        "The well-known choir sang at the 2-1 win over\n"
        "the visitors as temperatures fell to\n"
        "-5 degrees in the valley"
    )
    assert sentences(wrapped + "\n- Snow closed the pass") == [wrapped, "Snow closed the pass"]


# --- events read from the items ----------------------------------------------------------------


def test_each_dated_bullet_line_is_an_event_of_its_own_day():
    text = (
        "Storm season so far\n\n"
        "Forecasters issued warnings this month.\n\n"
        "• Ferries sailed from Oban on 7 June\n"
        "• Ferries sailed from Mallaig on 8 June\n"
        "- The harbour at Oban reopened on 10 June\n"
    )
    found = events(text)
    by_day = {day: title for title, day in found}
    assert (2021, 6, 7) in by_day and "Mallaig" not in by_day[(2021, 6, 7)]
    assert (2021, 6, 8) in by_day and "Mallaig" in by_day[(2021, 6, 8)]
    assert (2021, 6, 10) in by_day and "harbour" in by_day[(2021, 6, 10)].lower()
    for title, _ in found:
        assert not set(title) & set("•▪-"), title
