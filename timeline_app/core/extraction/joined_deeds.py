"""One doer's deed and its qualification, joined by "but" under one date: one happening.

"The guards kept the crowd from the palace on Sunday but let it march in the park": the
second verb borrows the first's subject and date, and "but" sets it against the first as a
limit or an outcome of that same happening, so its words become a source of that event,
not a second proposal. Deeds joined by "and" stay apart: "was arrested on Monday and
charged with murder", "shelled the town and destroyed the bridge", "retired and joined an
institute" are each two happenings to a reader. Even after "but" two stay two where a reader
counts two: a harm done to people, a new undertaking begun, a subject of its own, or a date
of its own.
"""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.repeats import HARMS, PHASES, Draft

# What sets a second deed against the first as part of it: "but allowed", "but found".
_JOINERS = lexicon.words("but")


def fold_joined_deeds(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each second deed of a pair folded into the first as a further source."""
    kept: list[Draft] = []
    for draft in drafts:
        last = kept[-1] if kept else None
        if last is not None and _step_of(last, draft):
            # who the second deed names ("joined the Oslo survey") stays on the event
            actors = tuple(dict.fromkeys(last.event.actors + draft.event.actors))
            last.event = replace(last.event, actors=actors)
            last.absorb(draft)
            continue
        kept.append(draft)
    return kept


def _step_of(first: Draft, second: Draft) -> bool:
    """Whether ``second`` is the next clause of ``first``'s sentence, joined by "but", with the subject and the date of ``first`` and none of its own."""
    return (
        second.sentence == first.sentence >= 0
        and second.clause == first.clause + 1
        and second.marker.lower() in _JOINERS
        and not second.own_subject
        and second.subject == first.subject
        and _one_date(first, second)
        and first.lemma not in HARMS
        and second.lemma not in HARMS
        and second.lemma not in PHASES
    )


def _one_date(first: Draft, second: Draft) -> bool:
    """Whether one date holds both deeds: the first's, which the second, dated by no words
    of its own, takes ("in 1990" sets the time of "and joined"), or the story's day (or the
    news of the day) for both. A loose date ("a year and a half ago") does not: "was
    launched a year ago but has already sold a million" tells a running total since, not a
    step of the launch."""
    when = first.event.when
    if second.event.when != when or second.timex not in (None, first.timex):
        return False
    if first.timex is None:
        return True
    return not (when.start.approximate or when.ongoing or when.is_range)
