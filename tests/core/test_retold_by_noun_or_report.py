"""A happening told again by the noun that names it, or reported again by its teller, is one
event; another happening of that day, or one told elsewhere, stays apart.

Each sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_an_accident_named_back_on_its_day_is_the_happening_told():
    titles = _titles(
        "A storm toppled a crane onto a crowded market in Dorvale on Tuesday, killing 12 "
        "people. Rescue teams searched the rubble through the night. The accident, which "
        "happened on Tuesday, was blamed on high winds."
    )
    assert not any("Accident" in t for t in titles)
    assert any("crane" in t for t in titles)


def test_a_strike_that_began_on_the_day_of_the_walkout_is_the_walkout():
    titles = _titles(
        "Dock workers in Corvia walked out on Monday over pay. The port handles most of the "
        "country's grain. The strike, which began on Monday, has left ships waiting offshore."
    )
    assert titles == ["Dock workers in Corvia walk out over pay"]


def test_another_attack_that_day_stays_its_own():
    titles = _titles(
        "Gunmen attacked a bus in Tarvel on Tuesday, killing four passengers. Another attack "
        "occurred in Morrow on Tuesday."
    )
    assert len(titles) == 2


def test_an_attack_in_another_town_that_day_stays_its_own():
    titles = _titles(
        "Gunmen attacked a bus in Tarvel on Tuesday, killing four passengers. The attack in "
        "Morrow occurred on Tuesday."
    )
    assert len(titles) == 2


def test_a_debut_told_again_without_its_stage_is_one_debut():
    titles = _titles(
        "Lena Marsh made her stage debut at the Lyric Theatre in 1961. Critics praised her "
        "voice. Marsh made her stage debut in 1961 and soon joined the company."
    )
    assert titles == ["Lena Marsh makes her stage debut at Lyric Theatre"]


def test_a_film_debut_the_same_year_stays_its_own():
    titles = _titles(
        "Lena Marsh made her stage debut at the Lyric Theatre in 1961. Critics praised her "
        "voice. Marsh made her film debut in 1961 and soon joined the studio."
    )
    assert len(titles) == 2


def test_a_plan_announced_again_by_its_teller_is_one_report():
    titles = _titles(
        "Corvel Foods said it plans to close three bakeries in the north. Corvel announced "
        "its plan as it reported lower sales."
    )
    assert titles == ["Corvel Foods says it plans to close three bakeries in north"]


def test_a_second_plan_of_the_same_teller_stays_its_own():
    titles = _titles(
        "Corvel Foods said it plans to close three bakeries in the north. Corvel also said it "
        "plans to sell its flour mill."
    )
    assert len(titles) == 2


def test_a_debut_told_first_without_its_stage_takes_the_title_that_names_it():
    events = extract_events(
        "Nora Vell made her stage debut in 1974. Critics praised her voice. Vell made her "
        "stage debut at the Corran Playhouse in 1974, playing a maid.",
        PUBLISHED,
    )
    assert [e.title for e in events] == ["Nora Vell makes her stage debut at Corran Playhouse"]
    assert "Corran Playhouse" in events[0].actors
    assert len(events[0].sources) == 2


def test_a_prize_told_again_with_what_it_was_for_keeps_that_title():
    titles = _titles(
        "Harlan Dray won the Vessey Prize in 1988. He taught at a school in the north. Dray "
        "won the Vessey Prize for poetry in 1988."
    )
    assert titles == ["Harlan Dray wins Vessey Prize for poetry"]
