"""A day yet to come that the parse hangs on a noun of the clause: the noun's, not the clause's.

"Harwell Corp. said it is pressing for the repayment on Jan. 9 of its notes", "the union is
pushing for a ballot on May 2 on the offer": the day is when the repayment or the ballot is
to be; the pressing and the pushing are told now. A verb that puts the happening on the
calendar ("slated for release on June 24") is left alone: the happening on its day is the
news. With the date left to its noun, the clause is dated, or left out, as any undated clause
is (news of the day). A clause told in the future ("will hold a vote on May 2") is left
alone: its plan is what the date dates.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import guess_lemma
from timeline_app.core.tenses import Tense

if TYPE_CHECKING:
    from timeline_app.core.dates import When
    from timeline_app.core.extraction.analysis import Analysis
    from timeline_app.core.extraction.syntax import ParsedText

# how a noun's own date hangs on it ("the repayment on Jan. 9", "a vote May 2")
_ON_A_NOUN = frozenset({"nmod", "nmod:tmod", "nmod:unmarked"})
# verbs that put a happening on the calendar: their news is the happening on its day
_SCHEDULING = lexicon.words("schedule slate set plan fix book")
# how that noun hangs on the clause's verb ("pressing for the repayment", "set a vote")
_OF_THE_VERB = frozenset({"obj", "obl"})


def day_of_a_scheduled_noun(
    parsed: ParsedText, start: int, end: int, analysis: Analysis, when: When, published: dt.date
) -> bool:
    """Whether the date in ``[start, end)``, a day after ``published``, hangs ("on") on a noun
    that is the object of the clause's own verb, told in the present or the past."""
    group = analysis.group
    if group is None or group.tense not in (Tense.PRESENT, Tense.PAST):
        return False
    if when.start.day is None or when.start_ordinal <= published.toordinal():
        return False
    words = [t for t in parsed.tokens(start, end) if not start <= t.head.idx < end]
    if len(words) != 1 or words[0].dep_ not in _ON_A_NOUN:
        return False
    if not any(c.dep_ == "case" and c.lower_ == "on" for c in words[0].children):
        return False  # "debentures, due March 15": a term of the noun (``day_it_falls_due``)
    noun = words[0].head
    if noun.pos_ != "NOUN" or noun.dep_ not in _OF_THE_VERB:
        return False
    verb = noun.head
    if analysis.head_at is None or verb.idx != analysis.head_at:
        return False
    # "slated for release on June 24": what is put on the calendar is the news, with its day
    return guess_lemma(verb.text) not in _SCHEDULING
