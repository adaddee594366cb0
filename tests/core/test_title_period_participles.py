"""A period's participle and its date ("the quarter ended March 31") inside what a firm said,
or before a plain "was": the title tells the verb after the date, never "ends". Every sentence
was written for these tests."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 5, 10)


def titles(text: str) -> list[str]:
    return [event.title for event in extract_events(text, PUBLISHED)]


def test_a_saying_s_figure_for_a_period_ended_on_a_full_date_keeps_its_own_verb():
    # the parse read "orders" as what was said and "ended" as the saying's complement
    found = titles("Harlow Pumps said orders in the nine months ended Feb. 28, 2024, slid 6%.")
    assert found
    assert not any(" end" in title.lower() for title in found)
    assert any(title.endswith("orders slid 6%") for title in found)


def test_a_saying_s_figure_for_a_quarter_is_titled_by_the_figure_s_verb():
    assert titles("Merrow Tiles said exports in the quarter ended Aug. 31 climbed 11%.") == [
        "Exports climb 11%"
    ]


def test_the_parse_gives_the_saying_the_figure_s_verb_not_the_participle():
    doc = parse("Tamsin Bakeries said revenue in the nine months ended Sept. 30 rose 3%.")
    rose = next(t for t in doc if t.text == "rose")
    ended = next(t for t in doc if t.text == "ended")
    assert rose.dep_ == "ccomp" and rose.head.text == "said"
    assert ended.head.text == "months"
    assert any(c.text == "revenue" and c.dep_.startswith("nsubj") for c in rose.children)


def test_a_period_s_figure_stated_with_was_proposes_no_ending():
    found = titles("Turnover for the year ended Jan. 31 was $8 million.")
    assert not any(re.search(r"\bend(s|ed)?\b", title) for title in found)


def test_a_passive_infinitive_in_what_was_said_is_no_reduced_relative():
    # "to be published" after "be" is the infinitive's own passive: read as a relative, the
    # clause before it was left as "He published"
    found = titles(
        "The regulator's chief said the rules to be published next month would decide "
        "whether the lender complied."
    )
    assert not any(title.endswith("publishes") or title.endswith("published") for title in found)
