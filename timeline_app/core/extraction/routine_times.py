"""A routine opening or closing told as the time of something else: "Orvik reported a loss
after the stock market closed on Wednesday", "counting began after the polls closed at 21:00".

A market, the polls or an office opening and closing on its timetable is the clock the story
is told by, not news: the clause says when the main clause's happening was. So it is no
event of its own, and its date is the date of the clause it times, when that is the clause
just before it (or just after it, for a time clause put first) and has no date of its own.
What closes something ("after the bank closed its branch") or is a main clause ("The exchange
closed early because of the storm") is news and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Voice
from timeline_app.core.extraction.titles import content_lemma

if TYPE_CHECKING:
    from timeline_app.core.extraction.analysis import Analysis

# Conjunctions that make a clause the time of another.
_TIME_MARKERS = lexicon.words("after before when once until till as")
_OPENING_OR_CLOSING = lexicon.words("open close reopen shut")
# What opens and closes by a timetable.
_ON_A_TIMETABLE = lexicon.words("""
market markets exchange exchanges bourse bourses polls poll booths trading session
""")
# Words that may follow the verb of a routine opening or closing: a time, not an object.
_TIME_WORDS = lexicon.words("on at in for early late yesterday today tonight that this")


def times_another_clause(analysis: Analysis) -> bool:
    """Whether the clause is a time clause telling a market's or the polls' routine opening
    or closing (intransitive: what closes nothing else)."""
    clause, group = analysis.clause, analysis.group
    if group is None or clause.kind != ClauseKind.SUB:
        return False
    if clause.marker.lower() not in _TIME_MARKERS:
        return False
    if group.voice != Voice.ACTIVE or group.negated or group.tense.unreal:
        return False
    if content_lemma(group) not in _OPENING_OR_CLOSING:
        return False
    subject = [t for t in group.subject if t.is_word]
    if not subject or subject[-1].low not in _ON_A_TIMETABLE:
        return False
    following = next((t for t in group.rest if t.is_word), None)
    if following is None or following.low in _TIME_WORDS:
        return True
    return any(t.start <= following.start < t.end for t in analysis.timexes)


def timed_clause(analyses: list[Analysis], index: int) -> int | None:
    """The clause a routine time clause ``index`` gives the time of: the main clause right
    before it (or right after it, when the time clause comes first) with no date of its own;
    None when there is none (its date then dates nothing)."""
    near = index - 1 if index else index + 1  # "After the polls closed on Sunday, ..."
    if near >= len(analyses):
        return None
    other = analyses[near]
    if not other.clause.kind.carries_sentence or other.group is None or other.timexes:
        return None  # "slid after reporting a loss after the market closed": no nearer host
    return near
