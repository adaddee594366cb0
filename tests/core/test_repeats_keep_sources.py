"""A happening told three times is one event with three sources: merging an event that had
already taken a repeat keeps that repeat's sentence too. Every sentence was written for
this test."""

from __future__ import annotations

from timeline_app.core.dates import When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.extraction.repeats import Draft, merge_repeats

WHEN = When.from_edtf("2024-05-07")


def draft(sentence: str, start: int) -> Draft:
    source = SourceRef(source_id="a", evidence=sentence, start=start, end=start + len(sentence))
    event = Event(
        id=f"e{start}",
        title="Dockers strike",
        when=WHEN,
        actors=("Dockers", "Harlow Port"),
        sources=(source,),
    )
    return Draft(event, "strike", frozenset({"docker", "strike"}), False)


def test_a_repeat_of_a_repeat_loses_no_sentence():
    first = draft("Dockers at Harlow Port struck on Tuesday.", 0)
    second = draft("The Harlow Port dockers walked off the quays.", 50)
    third = draft("Harlow Port's dockers stayed out all day.", 100)
    # taken by an earlier pass (a clause's one date, a folded "but")
    second.extra_sources.append(third.event.sources[0])
    merged = merge_repeats([first, second])
    assert len(merged) == 1
    evidence = [s.evidence for s in (*merged[0].event.sources, *merged[0].extra_sources)]
    assert evidence == [
        "Dockers at Harlow Port struck on Tuesday.",
        "The Harlow Port dockers walked off the quays.",
        "Harlow Port's dockers stayed out all day.",
    ]
