"""A date before the noun of an occasion that a charge is about dates that occasion, not the
charge nor the clause the charge hangs on. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 6, 20)  # a Thursday


def test_a_lawsuit_alleging_misconduct_at_a_dated_inspection_keeps_its_own_day():
    found = extract_events(
        "On Friday, the Harlow Tenants Union filed a lawsuit against the Dunmore County "
        "housing office, alleging negligence at the 4 March inspection.",
        PUBLISHED,
    )
    assert [e.when.to_edtf() for e in found] == ["2024-06-14"], described(found)
    assert "lawsuit" in found[0].title, described(found)


def test_a_suit_accusing_guards_of_assault_during_a_dated_strike_keeps_its_own_day():
    found = extract_events(
        "On Wednesday the Brisk Harbour dockers' guild sued the port board, accusing guards "
        "of assault during the 2 May strike.",
        PUBLISHED,
    )
    assert [e.when.to_edtf() for e in found] == ["2024-06-19"], described(found)


def test_a_charge_made_at_a_dated_hearing_is_of_the_hearing_day():
    found = extract_events(
        "Senator Ilse Varro accused the port board of fraud at the 12 June hearing.",
        PUBLISHED,
    )
    assert [e.when.to_edtf() for e in found] == ["2024-06-12"], described(found)
