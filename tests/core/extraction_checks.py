"""What the extraction tests look events up by: a date and words of the title."""

from __future__ import annotations

from timeline_app.core.events import Event


def find(events: list[Event], edtf: str, *words: str) -> Event:
    """The event on this date whose title has all the words."""
    matches = [
        e
        for e in events
        if e.when.to_edtf() == edtf and all(w.lower() in e.title.lower() for w in words)
    ]
    assert matches, f"no event {edtf} with {words}: " + "; ".join(
        f"{e.when.to_edtf()} {e.title}" for e in events
    )
    return matches[0]
