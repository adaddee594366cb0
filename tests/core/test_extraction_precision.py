"""What the extractor proposes is what a reader would keep: background and states, plans,
reports about reports and one happening told twice are left out or merged. Each rule is
shown by a sentence written for it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from timeline_app.core.events import Event
from timeline_app.core.extraction import dating_rules, extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def described(found: list[Event]) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in found]


def titled(found: list[Event], word: str) -> list[Event]:
    return [e for e in found if word in e.title.lower()]


def example(doc: str) -> str:
    """The first sentence in straight quotes in a rule's docstring."""
    match = re.search(r'"([^"]{12,})"', doc)
    assert match, f"no quoted example in {doc!r}"
    return match.group(1)


@pytest.mark.parametrize("rule", dating_rules.IDLE_DATE_RULES, ids=lambda rule: rule.name)
def test_each_idle_date_rule_acts_on_its_own_example(rule, monkeypatch):
    acted: list[str] = []

    def watched(original):
        def apply(use):
            value = original.apply(use)
            if value:
                acted.append(original.name)
            return value

        return replace(original, apply=apply)

    rules = [watched(r) for r in dating_rules.IDLE_DATE_RULES]
    monkeypatch.setattr(dating_rules, "IDLE_DATE_RULES", rules)
    extract_events(example(rule.example), PUBLISHED)
    assert rule.name in acted, acted


def test_the_simple_present_below_the_headline_describes_and_is_no_news():
    found = events(
        "Russia signs border treaty with Ukraine\n\n"
        "The presidents of Russia and Ukraine signed a border treaty in Kiev.\n\n"
        "The treaty between Russia and Ukraine also calls for joint patrols on the river."
    )
    assert not titled(found, "call"), described(found)
    # the headline's present is the news, and the lead tells it
    assert titled(found, "sign"), described(found)


def test_the_base_of_a_comparison_dates_nothing():
    found = events(
        "Exports from Germany to China fell to 14 billion dollars last year, down 2.5 "
        "billion dollars from 2019."
    )
    assert [e.when.to_edtf() for e in found] == ["2023"], described(found)
    found = events("Poland's wheat harvest is up 12% from two years ago.")
    assert found == [], described(found)
    # a range is no comparison: "from 2019 to 2021" dates what went on in it
    found = events("Exports from Germany rose 8% from 2019 to 2021.")
    assert [e.when.to_edtf() for e in found] == ["2019/2021"], described(found)


def test_the_current_holder_of_a_post_dates_nothing():
    found = events("The studio was founded in 1986 by the current chief executive of Apple.")
    assert [e.when.to_edtf() for e in found] == ["1986"], described(found)
    found = events("Rescuers were led by the current mayor of Berlin, Kai Wegner.")
    assert found == [], described(found)


def test_now_with_the_simple_present_describes_and_dates_nothing():
    found = events("The Apple store currently sells songs from Britain for 99 pence.")
    assert found == [], described(found)
    # the perfect with "now" is news of the day
    found = events("Russian troops have now left the city of Kherson.")
    assert titled(found, "left") or titled(found, "leave"), described(found)
