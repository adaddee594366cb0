"""A weekday on a verb in the simple present is the next such day: a timetable.

The tagger chooses between the last and the next "Monday" by the cue words near it ("will",
"said"), and with none it takes the last. News writes what is scheduled in the simple present
("The trial opens Thursday", "Talks resume Monday"), and TimeML's guidelines read a weekday by
its verb's tense: with a past verb the last such day before publication, with a future or a
present one of a timetable the next. The parse says which verb the weekday hangs on; only a
present that is no perfect ("has met"), no saying ("says Monday"), no headline (whose present
tells the past) and no quotation moves the day a week on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.quotations import Quotations
from timeline_app.core.extraction.syntax import ParsedText, lemma
from timeline_app.core.timex import Timex

_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_PRESENT = frozenset({"VBZ", "VBP"})
_SENTENCE_END = frozenset({".", "!", "?"})


def scheduled_weekdays(
    parsed: ParsedText, timexes: list[Timex], published: dt.date | None, quotations: Quotations
) -> list[Timex]:
    """``timexes`` with each bare weekday a simple-present verb of a sentence takes moved
    to the next such day, if the tagger had read it as the last."""
    if published is None:
        return timexes
    return [_scheduled(parsed, t, published, quotations) or t for t in timexes]


def _scheduled(
    parsed: ParsedText, timex: Timex, published: dt.date, quotations: Quotations
) -> Timex | None:
    if timex.type != "DATE" or not _WEEKDAY.fullmatch(timex.text):
        return None
    try:
        day = dt.date.fromisoformat(timex.value)
    except ValueError:
        return None
    if day >= published or quotations.holds(timex.start):
        return None
    token = parsed.token_at(timex.start)
    if token is None:
        return None
    verb = token.head
    if verb.tag_ not in _PRESENT or verb.i >= token.i:
        return None
    if any(t.tag_.startswith(("VB", "MD")) for t in token.doc[verb.i + 1 : token.i]):
        # "said Monday that it plans to bid for the stock it does not hold", the parse hanging the
        # day on a present far from it: the day follows its own verb, with no other between
        return None
    if any(c.dep_.startswith("aux") for c in verb.children):
        return None  # "has met Monday", "is held Monday" read as a passive of the past
    if lemma(verb) in lexicon.REPORTING_VERBS:
        return None  # "says Monday": the broadcast's present of what was said
    if verb.sent[-1].text not in _SENTENCE_END:
        return None  # a headline's present tells what has happened
    later = day + dt.timedelta(days=7)
    return replace(timex, value=later.isoformat())
