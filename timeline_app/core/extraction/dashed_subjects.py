"""A subject renamed between dashes ("Two steelmakers -- Hallam Corp. and Pryor Inc. --
reported lower earnings"): the aside, which has no verb, names who the resumed clause's
subject is, so its names act in that clause."""

from __future__ import annotations

from timeline_app.core.extraction.actors import Mention
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.clause_rules import DASHES
from timeline_app.core.extraction.sentences import Sentence


def renamed_subject(sentence: Sentence, analyses: list[Analysis], index: int) -> list[Mention]:
    """The names of a verbless aside set off by dashes just before a resumed clause, which
    rename the subject that clause picks up; none where there is no such aside."""
    if index < 2 or analyses[index].clause.kind != ClauseKind.RESUMED:
        return []
    subject, aside, resumed = analyses[index - 2], analyses[index - 1], analyses[index]
    if aside.group is not None or subject.clause.kind != ClauseKind.MAIN:
        return []

    def between(start: int, end: int) -> str:
        return sentence.text[start - sentence.start : end - sentence.start]

    opened = between(subject.clause.end, aside.clause.start)
    closed = between(aside.clause.end, resumed.clause.start)
    if not any(d in opened for d in DASHES) or not any(d in closed for d in DASHES):
        return []
    return list(aside.mentions)
