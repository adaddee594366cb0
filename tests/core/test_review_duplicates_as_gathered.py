"""The review's "Duplicate of" and the crisis desk's gathering are one decision: a candidate
repeats the timeline event the desk would gather it into, and no other."""

from timeline_app.core.corroboration import review_plan
from timeline_app.core.dates import When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.review import find_duplicates


def told(event_id, title, when, *, article, evidence="", kind=""):
    source = SourceRef(source_id=article, name=article, evidence=evidence or title, start=0, end=9)
    return Event(
        id=event_id, title=title, when=When.from_edtf(when), sources=(source,), category=kind
    )


def test_two_acts_alike_in_words_are_no_duplicate():
    # One arrest and one release of the same people read alike letter by letter, but they are
    # two acts: the desk keeps them apart, so the review must not hide the second as a repeat.
    held = [told("held", "Army arrests 12 protesters in Lagos", "2024-05-02", article="first")]
    new = [told("new", "Army releases 12 protesters in Lagos", "2024-05-02", article="second")]
    assert review_plan(held, new, {}).joined == {}
    assert find_duplicates(new, held) == {}


def test_one_happening_told_a_day_apart_is_a_duplicate():
    # Two outlets date one storm a day apart (filed across midnight): the desk gathers them,
    # so the review marks the second as a repeat of the first rather than as new.
    held = [told("held", "Storm floods coastal villages", "2024-03-04", article="first")]
    new = [told("new", "Storm floods coastal villages", "2024-03-05", article="second")]
    assert review_plan(held, new, {}).joined == {"new": "held"}
    assert find_duplicates(new, held) == {"new": "held"}


def test_the_duplicate_is_the_event_the_desk_gathers_into():
    # The timeline holds a march and a clash on one day under the same words; a new report
    # of the clash repeats the clash (a kind of its family), not the march its title matches.
    held = [
        told("march", "Crowds gather at the port", "2024-07-09", article="first", kind="protest"),
        told(
            "clash",
            "Gunfight at the port gate",
            "2024-07-09",
            article="first",
            evidence="Gunmen and police fought at the port gates, where crowds gathered.",
            kind="armed clash",
        ),
    ]
    new = [
        told(
            "new",
            "Crowds gather at the port",
            "2024-07-09",
            article="second",
            evidence="Gunmen and police fought at the port gates as crowds gathered.",
            kind="armed clash",
        )
    ]
    assert find_duplicates(new, held) == {"new": "clash"}


def test_a_plan_given_is_the_one_followed():
    # The panel works out the desk's plan once, for the notes and the duplicates alike.
    held = [told("held", "Storm floods coastal villages", "2024-03-04", article="first")]
    new = [told("new", "Storm floods coastal villages", "2024-03-05", article="second")]
    assert find_duplicates(new, held, {}) == {}
    assert find_duplicates(new, held, {"new": "held"}) == {"new": "held"}
    # a plan joining a candidate to another candidate, not to the timeline, is no repeat
    assert find_duplicates(new, held, {"new": "elsewhere"}) == {}
