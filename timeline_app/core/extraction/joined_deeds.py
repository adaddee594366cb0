"""One doer's deeds, joined in one sentence under one date, that a reader takes as one
happening.

"Harlan retired in 1990 and joined a research institute in Leeds": the second verb borrows
the first's subject and its date; it is a step of the happening the first tells (the way
out and the way in), so its words become a source of that event, not a second proposal.
Two deeds keep their own events where a reader counts two: a harm done to people ("The
gunman shot a guard on Tuesday and seized a bus": the shooting is an event of its own), a
new undertaking begun ("returned to Leeds in 1990 and began his thesis"), a second subject
("the chief resigned and the chairman stepped in"), or a second date.
"""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.repeats import HARMS, PHASES, Draft

# What joins a second deed to the first in one clause chain: "and resigned", "but allowed".
_JOINERS = lexicon.words("and but")


def fold_joined_deeds(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each second deed of a pair folded into the first as a further source."""
    kept: list[Draft] = []
    for draft in drafts:
        last = kept[-1] if kept else None
        if last is not None and _step_of(last, draft):
            # who the second deed names ("joined the Oslo survey") stays on the event
            actors = tuple(dict.fromkeys(last.event.actors + draft.event.actors))
            last.event = replace(last.event, actors=actors)
            last.extra_sources.extend(draft.event.sources)
            continue
        kept.append(draft)
    return kept


def _step_of(first: Draft, second: Draft) -> bool:
    """Whether ``second`` is the next clause of ``first``'s sentence, joined by "and" or
    "but", with the subject and the date of ``first`` and none of its own."""
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
