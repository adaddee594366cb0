"""One clause, one happening: a clause given two dates that are not a list of dates.

"On Tuesday the council approved the plan, the mayor said on Friday" reads, after the
splitter, as one clause with two dates, and the extractor makes a draft of each; the
happening is one, and the other date belongs to something else in the clause (the report,
a dateline before the sentence, a target "by 2050", an object "chose Monday as the day").
Dates given as a list ("won in 2010 and 2011", "toured in 1872 and, again, in 1873") tell
the happening once for each, and stay.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.extraction.repeats import Draft, one_within_the_other

# What lies between two dates of one list: a comma and at most a preposition ("1995, 1999",
# "in May, in June"), a dash, or a coordinator opening it ("and, with success, in").
_LISTED = re.compile(
    r"\s*(?:(?:and|or|then|but)\b.*|[-–—]\s*|[,;]\s*(?:(?:and|or)\s+)?(?:in|on|at|during|of|by)?\s*)",
    re.IGNORECASE | re.DOTALL,
)


def one_date_per_clause(drafts: list[Draft], text: str, published: dt.date | None) -> list[Draft]:
    """Drafts told by one clause with the same title and two dates neither within the other
    nor listed together are one happening: the draft kept is the first, unless it is dated
    on the publication day and the other before it (a dateline, "reported on Friday",
    "this year" date the telling, not the happening)."""
    kept: list[Draft] = []
    told: dict[tuple[int, int, str], int] = {}  # the place in ``kept`` of each clause's draft
    latest: dict[tuple[int, int, str], Draft] = {}  # the last date of a list the clause gives
    described: set[tuple[int, int, str]] = set()  # clauses whose last date is an apposition's
    for draft in drafts:
        if draft.sentence < 0 or draft.clause < 0 or draft.timex is None:
            kept.append(draft)
            continue
        key = (draft.sentence, draft.clause, draft.event.title)
        place = told.get(key)
        if place is not None and (
            _in_apposition(kept[place], draft, text)
            or (key in described and _listed(latest[key], draft, text))
        ):
            # "joined the Players in 1961, a company popular in the 1950s and 1960s": the
            # decades date the company, and the joining was once
            described.add(key)
            latest[key] = draft
            kept[place].absorb(draft)
            continue
        if not _dated_once(draft):
            kept.append(draft)
            continue
        if (
            place is None
            # one time given twice: ``repeats`` keeps the narrower
            or one_within_the_other(kept[place].event.when, draft.event.when)
            or _listed(latest[key], draft, text)
            or _of_a_noun(kept[place], text)
            or _of_a_noun(draft, text)
            or _relative_between(kept[place], draft, text)
        ):
            told.setdefault(key, len(kept))
            latest[key] = draft
            kept.append(draft)
            continue
        first = kept[place]
        if _of_the_day(first, published) and _before_the_day(draft, published):
            draft.absorb(first)
            kept[place] = draft
        else:
            first.absorb(draft)
    return kept


# A noun phrase set after a comma right beside the clause's date, opened by "a" or "an"
# (", a touring company popular in the 1950s"), describes the noun before it: a date in it is
# the description's.
_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an)\s+[^,;.()]*?\b(?:in|during|from|since|until|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _in_apposition(first: Draft, second: Draft, text: str) -> bool:
    assert first.timex is not None and second.timex is not None
    if second.timex.start < first.timex.end:
        return False
    return _APPOSITION.fullmatch(text[first.timex.end : second.timex.start]) is not None


def _dated_once(draft: Draft) -> bool:
    return draft.dated_by_text and draft.timex is not None and not draft.event.when.is_range


def _listed(first: Draft, second: Draft, text: str) -> bool:
    assert first.timex is not None and second.timex is not None
    one, other = sorted((first.timex, second.timex), key=lambda t: t.start)
    return _LISTED.fullmatch(text[one.end : other.start]) is not None


# A date after a determiner or in brackets dates the noun it stands in ("the 1958 revolution",
# "Vertigo (1958)"), which may be a happening of its own.
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)


def _of_a_noun(draft: Draft, text: str) -> bool:
    assert draft.timex is not None
    before = text[max(0, draft.timex.start - 12) : draft.timex.start]
    return _DETERMINER.search(before) is not None or before.rstrip().endswith(("(", "["))


# A relative clause the splitter left inside its clause tells a happening of its own: "the
# crew that built the bridge in 1990 met on Monday".
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_RELATIVE_REACH = 60  # characters before the first date where the relative clause may open


def _relative_between(first: Draft, second: Draft, text: str) -> bool:
    assert first.timex is not None and second.timex is not None
    one, other = sorted((first.timex, second.timex), key=lambda t: t.start)
    return _RELATIVE.search(text, max(0, one.start - _RELATIVE_REACH), other.start) is not None


def _before_the_day(draft: Draft, published: dt.date | None) -> bool:
    """Whether the draft's date lies before the publication day: a happening told after it
    (a date after it is one the happening names: "announced an event for 12 May")."""
    return published is not None and draft.event.when.end_ordinal() <= published.toordinal()


def _of_the_day(draft: Draft, published: dt.date | None) -> bool:
    """Whether the draft's date holds the publication day."""
    if published is None:
        return False
    when = draft.event.when
    day = published.toordinal()
    return when.start_ordinal <= day < when.end_ordinal()
