"""The table's Attribution column says how a source vouches for an event, and nothing for an
event typed in by hand: no text stated it (the details pane says "entered by hand" and the CSV
export leaves the cell empty, and the table said "stated")."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timeline_app.core.dates import FuzzyDate, When  # noqa: E402
from timeline_app.core.document import TimelineDocument  # noqa: E402
from timeline_app.core.events import Attribution, Event, SourceRef  # noqa: E402
from timeline_app.ui.event_model import Column, EventModel  # noqa: E402


def _cell(event: Event) -> str:
    model = EventModel(TimelineDocument(events=[event]))
    return model.data(model.index(0, Column.ATTRIBUTION))


def test_an_event_entered_by_hand_has_no_attribution_in_the_table(qapp):
    assert _cell(Event("h", "Ferry service resumes", When(FuzzyDate(2023, 6, 2)))) == ""


def test_an_event_from_a_source_shows_how_the_source_vouches_for_it(qapp):
    said = SourceRef(name="Harbour Gazette", evidence="The ferry runs again, the mayor said.")
    assert _cell(Event("s", "Ferry runs again", When(FuzzyDate(2023)), sources=(said,))) == (
        "stated"
    )
    claim = SourceRef(
        name="Harbour Gazette",
        attribution=Attribution.CLAIMED,
        attributed_to="the mayor",
    )
    event = Event("c", "Ferry runs again", When(FuzzyDate(2023)), sources=(claim,))
    assert _cell(event) == "claimed (the mayor)"
