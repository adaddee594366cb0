"""How things stand, in a commentator's words: "Analysts said the firm is giving shareholders
value", "There are signs that buyers are returning".

What a party to the news says is going on is news ("Britain is sending missiles, the
minister told MPs"); what an analyst, an expert, an observer or an unnamed "some" or "many"
says is going on is a reading of the news, and "there are signs that" hedges what follows
into an impression. Neither is a happening of the day.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Aspect
from timeline_app.core.tenses import Tense

# Those whose words about the news are comment on it, not word from a party to it.
_COMMENTATORS = lexicon.words("""
analyst analysts commentator commentators expert experts observer observers pundit pundits
critic critics strategist strategists economist economists watcher watchers
""")
# An unnamed part of a group as the one who speaks: "many Cuban Americans said".
_SOME = lexicon.words("some many")
# What makes what follows an impression: "there are signs that", "there were indications".
_HINTS = lexicon.words("sign signs indication indications")


def _speaker(analyses: list[Analysis], index: int) -> Analysis | None:
    """The clause that says clause ``index``: the verb its that-clause hangs on, or a report
    closing the sentence."""
    clause = analyses[index].clause
    if clause.kind == ClauseKind.COMPLEMENT and clause.parent is not None:
        return analyses[clause.parent]
    if clause.kind.carries_sentence:
        return next((a for a in analyses[index + 1 :] if a.clause.kind == ClauseKind.REPORT), None)
    return None


def _hint(speaker: Analysis) -> bool:
    """Whether ``speaker`` is "there are signs" (what follows is an impression)."""
    group = speaker.group
    if group is None or not group.subject or group.subject[-1].low != "there":
        return False
    return any(t.low in _HINTS for t in group.rest[:3])


def commented_state(analyses: list[Analysis], index: int) -> bool:
    """Whether clause ``index`` tells, in the present, what a commentator or a vague "some"
    or "many" says is so, or what "there are signs" hints at."""
    group = analyses[index].group
    if group is None or group.tense != Tense.PRESENT or group.aspect == Aspect.PERFECT:
        return False
    speaker = _speaker(analyses, index)
    if speaker is None:
        return False
    if _hint(speaker):
        return True
    words = _who_speaks(speaker)
    return any(w in _COMMENTATORS or w in _SOME for w in words)


def _who_speaks(speaker: Analysis) -> list[str]:
    """The words of the one who speaks in ``speaker``: its subject with what stands beside it
    ("Mira Ost, an analyst at Pell Bank, said"), or, in a report that puts its subject after
    the verb, what follows the verb (", said Mira Ost, an analyst at Pell Bank"). Only these:
    "its chairman told shareholders on many occasions" is no "many" speaking."""
    group = speaker.group
    subject = [t.low for t in group.subject if t.is_word] if group is not None else []
    if subject or speaker.clause.kind != ClauseKind.REPORT:
        return subject
    words = [t.low for t in speaker.clause.tokens if t.is_word]
    return words[1:]
