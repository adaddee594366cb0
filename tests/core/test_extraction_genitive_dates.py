"""A date in the genitive belongs to its noun, so a speaker's date still dates what was said.
Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described
from timeline_app.core.extraction import extract_events

PAPER = dt.date(2021, 3, 12)  # a Friday


def test_a_genitive_date_in_what_was_said_leaves_the_speakers_date_to_it():
    found = extract_events(
        "Ferry crews stop work\n\nThe ferry crews stopped work at dawn. The harbour minister "
        "said on Tuesday that her office welcomed help from the unions in the inquiry into "
        "last week's fire.",
        PAPER,
    )
    assert dates(found, "welcomes") == ["2021-03-09"], described(found)
    # a date of what was said, not in the genitive, still dates it and not the saying
    found = extract_events(
        "Ferry crews stop work\n\nThe ferry crews stopped work at dawn. The harbour minister "
        "said on Tuesday that the unions had accepted a new offer last week.",
        PAPER,
    )
    assert dates(found, "accept") == ["2021-03-01/2021-03-07"], described(found)
    assert not [e for e in found if e.when.to_edtf() == "2021-03-09"], described(found)


def test_a_genitive_date_written_with_a_curly_apostrophe_is_read_alike():
    found = extract_events(
        "Ferry crews stop work\n\nThe ferry crews stopped work at dawn. The port authority "
        "said on Wednesday that insurers had paid for the damage from Monday\u2019s storm.",
        PAPER,
    )
    assert dates(found, "insurers", "damage") == ["2021-03-10"], described(found)
