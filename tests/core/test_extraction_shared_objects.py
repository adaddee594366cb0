"""Two verbs joined by "and" that share one object ("searched and impounded the vehicle")
are one happening, titled once with both verbs; a date of the second verb's own keeps its
event."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def test_two_verbs_sharing_an_object_make_one_event():
    found = extract_events(
        "Customs officers stopped a lorry near the Dunmore crossing on Tuesday. The officers "
        "searched and impounded the vehicle.",
        PUBLISHED,
    )
    impounded = titled(found, "impound")
    # "The officers" are the customs officers named before (``described_again``)
    assert [e.title for e in impounded] == ["Customs officers search and impound vehicle"], (
        described(found)
    )


def test_a_date_on_the_second_verb_keeps_its_event():
    found = extract_events(
        "Besides teaching, Ilse Marten founded and led the Halvard Choir in Bergen in 1962.",
        PUBLISHED,
    )
    assert "1962" in [e.when.to_edtf() for e in titled(found, "choir")], described(found)
