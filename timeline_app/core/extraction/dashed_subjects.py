"""A subject renamed between dashes ("Two steelmakers -- Hallam Corp. and Pryor Inc. --
reported lower earnings"): the aside, which has no verb, names who the resumed clause's
subject is, so its names act in that clause."""

from __future__ import annotations

from timeline_app.core.extraction.actors import Mention
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.clause_rules import DASHES
from timeline_app.core.extraction.grammar import Token
from timeline_app.core.extraction.name_cues import COMPANY_SUFFIXES
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


# the words an aside of names may hold besides the names ("Hallam and Pryor", "both X and Y")
_JOINING = frozenset({"and", "both", ",", "&"})


def renaming_words(
    sentence: Sentence, analyses: list[Analysis], index: int, subject: list[Token]
) -> list[Token]:
    """The aside's words, when it names, and only names, who the resumed clause's ``subject``
    (the clause before the aside's) is: "Two steelmakers -- Hallam Corp. and Pryor Inc. --
    reported ..." is titled with Hallam and Pryor, not with "two steelmakers". None where the
    aside says more than names ("-- including Hallam --" names one of them)."""
    names = renamed_subject(sentence, analyses, index)
    if not names or not subject:
        return []
    before = analyses[index - 2].clause
    if not all(before.start <= t.start and t.end <= before.end for t in subject):
        return []
    words = [t for t in analyses[index - 1].clause.tokens if t.is_word]
    named = [any(m.start <= t.start and t.end <= m.end for m in names) for t in words]
    if not words or not all(n or t.low in _JOINING for t, n in zip(words, named, strict=True)):
        return []
    # two firms or more read best by their names alone: "Hallam and Pryor report ..."
    return [t for t in words if t.text.rstrip(".") not in COMPANY_SUFFIXES and t.text != "."]
