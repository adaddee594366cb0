"""Vague amounts, discourse markers and other underspecified expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.timex import tag

DCT = dt.date(1998, 8, 7)  # a Friday


def hits(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, DCT)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They will have to live without power for a while.", "a while"),
        ("Troops could stay in the region for some time.", "some time"),
        ("We are there to stay for a fairly lengthy period.", "a fairly lengthy period"),
        ("The plant was shut for a short time.", "a short time"),
    ],
)
def test_vague_amounts_are_durations_of_unknown_length(text, span):
    assert hits(text)[span] == ("DURATION", "PXX")


def test_a_while_ago_is_not_a_duration():
    assert "a while" not in hits("He left a while ago.")


@pytest.mark.parametrize(
    "text",
    [
        "Now, he says, the plan looks doomed.",
        "Now for the weather.",
        'He paused. "Now, listen to me."',
    ],
)
def test_now_as_a_discourse_marker_is_not_tagged(text):
    assert "Now" not in hits(text)


def test_now_as_a_time_is_tagged():
    assert hits("Prices are now falling.")["now"] == ("DATE", "PRESENT_REF")
    assert hits("Now the court must decide.")["Now"] == ("DATE", "PRESENT_REF")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shares hit a high for the year of $42 in June.", "the year"),
        ("Sales rose in the first nine months of the year.", "the year"),
        ("Planting was delayed earlier in the year by rain.", "earlier in the year"),
    ],
)
def test_the_year_of_a_business_report_is_the_current_one(text, span):
    assert hits(text)[span] == ("DATE", "1998")


def test_the_year_of_an_event_is_not_tagged():
    assert "the year" not in hits("It was the year of the flood.")


def test_one_day_after_a_modal_is_an_unspecified_future():
    assert hits("Islam will one day be the second religion.")["one day"] == ("DATE", "FUTURE_REF")
    assert hits("The strike lasted one day.")["one day"] == ("DURATION", "P1D")


def test_soon_after_an_event_and_generic_tomorrow_are_not_tagged():
    assert hits("He was killed soon after being captured.") == {}
    assert hits('"We are choosing the people of tomorrow," he said.') == {}
    assert hits("The vote is scheduled for tomorrow.")["tomorrow"] == ("DATE", "1998-08-08")
    assert hits("Prices will soon rise.")["soon"] == ("DATE", "FUTURE_REF")


def test_the_nth_day_of_an_event_said_in_the_present_is_today():
    assert hits("It's the second day of the offensive.")["the second day"] == ("DATE", "1998-08-07")
    assert "the second day" not in hits("He resigned on the second day of the talks.")


def test_months_of_pay_are_an_amount_not_a_duration():
    assert hits("He got a bonus equal to six months of base pay.") == {}
    assert hits("The region suffered two years of war.")["two years"] == ("DURATION", "P2Y")


def test_hours_or_minutes_later_or_earlier_is_a_vague_point():
    # like "days later": counted from the last time told, not an amount the calendar holds
    assert hits("Hours later, the pickets went home.")["Hours later"] == ("DATE", "FUTURE_REF")
    assert hits("Minutes earlier, a siren sounded.")["Minutes earlier"] == ("DATE", "PAST_REF")
