"""The opening sentence's news told in the present perfect or progressive: of the day.

News tells its freshest happening in the present perfect ("The minister has called an
inquiry into the ferry fleet") or the progressive ("The old films are coming to phones"), in its
first sentence, where the day's news stands. Told so below the lead, the same forms are
loose background ("has functioned as ...", "are carrying"), of about the publication month;
in the story's first sentence they are the news itself, of the publication day
(approximate), or of the story's day where the text gives one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.clauses import ClauseKind
from timeline_app.core.extraction.grammar import Aspect, Tense

if TYPE_CHECKING:
    from timeline_app.core.extraction.analysis import Analysis
    from timeline_app.core.extraction.sentences import Sentence

_FRESH = frozenset({Aspect.PERFECT, Aspect.PROGRESSIVE})


def lede_news(sentence: Sentence, lede: int | None, analysis: Analysis) -> bool:
    """Whether the clause is the main clause of the story's first sentence, telling its
    happening in the present perfect or progressive."""
    group = analysis.group
    return (
        lede is not None
        and sentence.index == lede
        and group is not None
        and group.tense == Tense.PRESENT
        and group.aspect in _FRESH
        and analysis.clause.kind == ClauseKind.MAIN
    )
