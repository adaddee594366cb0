"""A happening told in an "after" clause beside a clause the text dates by a year or month.

"The council began the project in 2004 after the mayor met the ferry owners": the meeting
is a happening of its own, and it came before the beginning, within the same loose time the
date gives (the year, the month): a reader puts it in 2004. A day is too fine to lend ("The
museum reopened on Monday after the council approved its budget": the approval may be of
any day before), and so is a stretch of time; so is what is not a happening told in the
simple past ("after he was ill", "after it had been closed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.dates import Precision
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Aspect
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense

if TYPE_CHECKING:
    from timeline_app.core.dates import When
    from timeline_app.core.extraction.analysis import Analysis

_MARKERS = frozenset({"after"})


def lends_its_time(analyses: list[Analysis], index: int, used: set[int]) -> bool:
    """Whether clause ``index`` is an "after" clause telling a past happening right after a
    clause of this sentence that was dated (``used``) by one date of its own."""
    if index == 0 or index in used or (index - 1) not in used:
        return False
    analysis, host = analyses[index], analyses[index - 1]
    clause, group = analysis.clause, analysis.group
    if clause.kind != ClauseKind.SUB or clause.marker.lower() not in _MARKERS:
        return False
    if analysis.timexes or len(host.timexes) != 1 or group is None:
        return False
    if group.tense != Tense.PAST or group.aspect != Aspect.SIMPLE:
        return False
    if not analysis.reading.proposed or not group.subject:
        return False
    return content_lemma(group) not in lexicon.NOT_HAPPENING_VERBS


def loose_enough(when: When) -> bool:
    """Whether a date is a year or a month: loose enough to hold what came just before."""
    return not when.is_range and when.start.precision <= Precision.MONTH
