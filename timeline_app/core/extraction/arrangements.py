"""Plans told the way English tells an arrangement: "The envoys are to meet in Geneva on
Friday" (the "be to" of a timetable) and "The council is reviewing its budget next month"
(the present progressive with a time yet to come). What they tell has not happened on the
day the story is told, so it is a plan, not an event (the guidelines' "predictions and
plans"); told in the past, "be to" is the future seen from then ("whom he was to meet years
later in Rome"), which did come about, unless it is denied ("the plant wasn't to open until
2031", a timetable again).
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Aspect, VerbGroup
from timeline_app.core.tenses import Tense

_BE = lexicon.words("is are am 's 're was were")
_NOT = lexicon.words("not n't")
# after "is to", a word that starts a noun phrase makes "to" a preposition ("the road is to
# the north", "the prize is to a Dane"), not the mark of an infinitive
_NOUN_STARTS = lexicon.words("""
the a an this that these those his her its their our my your some any each every no one
""")


def arranged_with_be_to(group: VerbGroup) -> bool:
    """ "are to travel", "is to be funded", "wasn't to begin until": a form of "be" as the
    main verb, then "to" and a verb, in the present or denied."""
    if group.main.low not in _BE or (group.tense != Tense.PRESENT and not group.negated):
        return False
    rest = [t for t in group.rest[:3] if t.is_word and t.low not in _NOT]
    if len(rest) < 2 or rest[0].low != "to":
        return False
    verb = rest[1]
    return verb.text.islower() and verb.low not in _NOUN_STARTS


def going_on_at_a_time_to_come(
    group: VerbGroup, when: When | None, published: dt.date | None
) -> bool:
    """ "is reviewing its budget next month", "are flying to Oslo on Friday": the present
    progressive dated after the publication day."""
    if when is None or published is None:
        return False
    if group.tense != Tense.PRESENT or group.aspect != Aspect.PROGRESSIVE:
        return False
    return when.start_ordinal >= published.toordinal() + 1
