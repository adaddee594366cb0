"""Reviewing proposed events: repeats of the timeline's events, and dates that move with the
article's publication date."""

from dataclasses import replace

from timeline_app.core.dates import When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.review import (
    date_shifts,
    find_duplicates,
    key_words,
    normalized_title,
    pair_mentions,
    retimed_events,
)


def event(event_id, title, when, *, source="a1", start=0, end=10, date_text=""):
    ref = SourceRef(
        source_id=source, name="AP", evidence="...", start=start, end=end, date_text=date_text
    )
    return Event(id=event_id, title=title, when=When.from_edtf(when), sources=(ref,))


def test_titles_compare_without_case_punctuation_or_endings():
    assert normalized_title("U.S. troops, 'withdrawn'!") == "u s troops withdrawn"
    assert key_words("Bombings killed 258 people in Nairobi") == {
        "bomb",
        "kill",
        "258",
        "peopl",
        "nairobi",
    }


def test_find_duplicates():
    existing = [
        event(
            "e1",
            "Bombs explode outside U.S. embassies in Kenya and Tanzania",
            "1998-08-07",
            source="a0",
        ),
        event("e2", "U.S. strikes targets in Sudan and Afghanistan", "1998-08-20", source="a0"),
        event("e3", "Embassy bombing suspects handed over", "1998-08", source="a0"),
    ]
    candidates = [
        event("c1", "Bombs exploded outside the US embassies in Kenya, Tanzania", "1998-08-07"),
        event("c2", "Bombs explode outside U.S. embassies in Kenya and Tanzania", "1998-08-08"),
        event("c3", "New Zealand expresses understanding", "1998-08-20"),
        event("c4", "Suspects in embassy bombing handed over", "1998-08-27"),
        event("e2", "A re-read event keeps its id", "1998-08-20"),
    ]
    # c2, a day later, is the same bombing as the crisis desk reads it (reports filed across
    # midnight); c3 shares no words with e2.
    assert find_duplicates(candidates, existing) == {
        "c1": "e1",
        "c2": "e1",
        "c4": "e3",
        "e2": "e2",
    }
    assert find_duplicates(candidates, []) == {}


def test_the_same_sentence_read_again_is_a_duplicate_whatever_its_id_or_title():
    # One sentence gave two events; the timeline holds one of them under another id (the
    # window gives fresh ids) with an edited title.
    existing = [
        event(
            "old", "Embassy bombs injure 5,500", "1998-08-07", start=5, end=90, date_text="Aug. 7"
        )
    ]
    candidates = [
        event(
            "k",
            "Nearly simultaneous bombings kills 258 people",
            "1998-08-07",
            start=5,
            end=90,
            date_text="Aug. 7",
        ),
        event(
            "i",
            "Nearly simultaneous bombings injures more than 5,500 people",
            "1998-08-07",
            start=5,
            end=90,
            date_text="Aug. 7",
        ),
    ]
    assert find_duplicates(candidates, existing) == {"i": "old"}
    # The other event of that sentence is no repeat of it, however alike the titles.
    existing = [replace(candidates[0], id="k0")]
    assert find_duplicates(candidates, existing) == {"k": "k0"}


def test_find_duplicates_prefers_the_most_similar_title():
    existing = [
        event("x", "Talks begin in Geneva", "2022-01-10", source="a0"),
        event("y", "Talks in Geneva begin and end", "2022-01-10", source="a0"),
        event("z", "Peace talks begin in Geneva", "2022-01-10", source="a0"),
    ]
    found = find_duplicates([event("c", "Peace talks begin in Geneva", "2022-01-10")], existing)
    assert found == {"c": "z"}


def test_find_duplicates_on_a_large_timeline_finds_only_the_repeats():
    # Its speed is benchmarks/bench_core.py's find_repeats_s; here, that size changes no answer.
    existing = [
        event(f"e{i}", f"Event number {i}", f"{1900 + i % 100}-0{1 + i % 9}-1{i % 9}", source="a0")
        for i in range(20000)
    ]
    # Same titles, but a year the timeline does not reach: no repeats.
    candidates = [event(f"c{i}", f"Event number {i}", "2050-03-12") for i in range(50)]
    candidates.append(existing[12345])  # read and added before: the very same event
    found = find_duplicates(candidates, existing)
    assert found == {"e12345": "e12345"}


def test_date_shifts_pair_by_evidence_and_date_phrase():
    # Two events read from one sentence share the offsets and the phrase: they pair in order.
    old = [
        event("k", "Bombing kills 258", "1998-08-07", start=5, end=90, date_text="Aug. 7"),
        event("i", "Bombing injures 5,500", "1998-08-07", start=5, end=90, date_text="Aug. 7"),
        event(
            "s", "Police report discoveries", "1998-09-06", start=100, end=180, date_text="Sunday"
        ),
        event("m", "Iraqis questioned", "1998-08", start=200, end=260, date_text="last month"),
        event("g", "Gone with the date", "1998-09-10", start=300, end=330, date_text="Thursday"),
    ]
    new = [
        replace(old[0], id="k2"),
        replace(old[1], id="i2"),
        replace(old[2], id="s2", when=When.from_edtf("1998-09-13")),
        replace(old[3], id="m2", when=When.from_edtf("1998-09")),
    ]
    assert [(a.id, b.id) for a, b in pair_mentions(old, new)] == [
        ("k", "k2"),
        ("i", "i2"),
        ("s", "s2"),
        ("m", "m2"),
    ]
    shifts = date_shifts(old, new)
    assert [(a.id, b.id, b.when.to_edtf()) for a, b in shifts] == [
        ("s", "s2", "1998-09-13"),
        ("m", "m2", "1998-09"),
    ]


def test_retimed_events_leave_user_corrections_alone():
    old = [
        event(
            "s", "Police report discoveries", "1998-09-06", start=100, end=180, date_text="Sunday"
        ),
        event("t", "Ministers meet", "1998-09-10", start=200, end=240, date_text="Thursday"),
    ]
    new = [
        replace(old[0], when=When.from_edtf("1998-09-13")),
        replace(old[1], when=When.from_edtf("1998-09-17")),
    ]
    timeline = [
        replace(old[0], title="Police say they made discoveries"),  # title edited: still moves
        replace(old[1], when=When.from_edtf("1998-09-09")),  # date corrected: stays
        event(
            "o", "Other article", "1998-09-06", source="a2", start=100, end=180, date_text="Sunday"
        ),
    ]
    changes = retimed_events(timeline, old, new, "a1")
    assert [(a.id, a.title, b.when.to_edtf()) for a, b in changes] == [
        ("s", "Police say they made discoveries", "1998-09-13")
    ]
